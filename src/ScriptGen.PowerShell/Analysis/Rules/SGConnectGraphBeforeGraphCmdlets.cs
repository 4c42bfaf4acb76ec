using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A Microsoft Graph cmdlet (Verb-Mg..., Invoke-MgGraphRequest) that can run before the script connects to Graph.
/// Without a session it fails; worse, in a shell that is already signed in it silently acts on that session's tenant,
/// account and scopes. A call counts as connected when a Connect-MgGraph (or a function of the script that calls it)
/// comes before it in the same function or at script level; a call inside a function counts as connected when every
/// call of that function is, or when the script never calls the function (its caller connects).
/// </summary>
public sealed class SGConnectGraphBeforeGraphCmdlets : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGConnectGraphBeforeGraphCmdlets),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Connect to Microsoft Graph before the first Graph cmdlet, so the script acts on the intended tenant and scopes.")
    {
        Options =
        [
            new RuleOptionDescriptor("ConnectCommands", RuleOptionKind.StringArray, new[] { "Connect-MgGraph" }, "Commands that open the Graph session, for scripts that connect through a wrapper from another module."),
        ],
    };

    // Microsoft.Graph.Authentication cmdlets that work without a session (they manage or inspect it).
    private static readonly HashSet<string> Offline = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connect-MgGraph", "Disconnect-MgGraph", "Get-MgContext", "Get-MgEnvironment", "Add-MgEnvironment", "Set-MgEnvironment",
        "Remove-MgEnvironment", "Find-MgGraphCommand", "Find-MgGraphPermission", "Get-MgGraphOption", "Set-MgGraphOption",
        "Get-MgRequestContext", "Set-MgRequestContext", "Select-MgProfile", "Get-MgProfile",
    };

    private readonly ScriptCommands _script = new();
    private readonly Dictionary<FunctionDefinitionNode, bool> _functionConnected = [];
    private ILookup<string, ScriptCall>? _callsByName;
    private ScriptCall[] _connectPoints = [];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        _script.Register(registration);
        registration.OnEnd(Check);
    }

    private void Check(RuleContext context)
    {
        // A function of the script named like a Graph cmdlet is judged by the Graph calls inside it.
        var graphCalls = _script.Calls
            .Where(c => !Offline.Contains(c.Name) && !_script.Functions.ContainsKey(c.Name) && IsGraphCommand(c.Name, context.Commands))
            .ToArray();
        if (graphCalls.Length == 0)
        {
            return;
        }

        var connectNames = context.Options.GetStrings("ConnectCommands");
        var connect = new HashSet<string>(connectNames, StringComparer.OrdinalIgnoreCase);
        var calls = _script.Calls;
        _callsByName = calls.ToLookup(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var connecting = ConnectingFunctions(calls, connect);
        _connectPoints = calls.Where(c => connect.Contains(c.Name) || connecting.Contains(c.Name)).ToArray();
        var connectName = connectNames.Count > 0 ? connectNames[0] : "Connect-MgGraph";
        foreach (var call in graphCalls)
        {
            var (node, name) = call;
            var container = call.Container;
            if (!IsConnected(node.Span.Start, container, []))
            {
                var where = container is null ? string.Empty : $" (in function {ScriptFunctions.NameOf(container)}, which the script calls before connecting)";
                context.Report(node, $"{name} can run before {connectName}{where}. Without a Graph session it fails; in a shell that is already signed in it silently uses that session's tenant, account and scopes. Connect first, with -TenantId, the -Scopes the script needs and, for a national cloud, -Environment.", suppressionId: name);
            }
        }
    }

    /// <summary>True when a position is reached only after the script connected.</summary>
    private bool IsConnected(int offset, FunctionDefinitionNode? container, HashSet<FunctionDefinitionNode> visiting)
    {
        foreach (var point in _connectPoints)
        {
            if (ReferenceEquals(point.Container, container) && point.Node.Span.Start < offset)
            {
                return true;
            }
        }

        if (container is null)
        {
            return false;
        }

        if (_functionConnected.TryGetValue(container, out var known))
        {
            return known;
        }

        if (!visiting.Add(container))
        {
            return true;
        }

        var connected = EveryCallConnected(container, visiting);
        visiting.Remove(container);
        _functionConnected[container] = connected;
        return connected;
    }

    private bool EveryCallConnected(FunctionDefinitionNode container, HashSet<FunctionDefinitionNode> visiting)
    {
        var name = ScriptFunctions.NameOf(container);
        if (!_script.Functions.TryGetValue(name, out var defined) || !ReferenceEquals(defined, container))
        {
            return true;
        }

        foreach (var call in _callsByName?[name] ?? [])
        {
            if (!IsConnected(call.Node.Span.Start, call.Container, visiting))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> ConnectingFunctions(IReadOnlyList<ScriptCall> calls, HashSet<string> connect)
    {
        var connecting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var call in calls)
            {
                if (call is { Container: { } container, Name: var name } && (connect.Contains(name) || connecting.Contains(name)) && connecting.Add(ScriptFunctions.NameOf(container)))
                {
                    changed = true;
                }
            }
        }

        return connecting;
    }

    private static bool IsGraphCommand(string name, CommandCatalog catalog)
    {
        if (catalog.FindCommand(name) is { } known)
        {
            return known.Module.StartsWith("Microsoft.Graph", StringComparison.Ordinal);
        }

        // The Graph SDK names every cmdlet Verb-Mg<Noun> (Get-MgUser, Get-MgBetaUser); most are not in the catalogue.
        var dash = name.IndexOf('-');
        return dash > 0 && name.Length > dash + 3 && name[dash + 1] is 'M' or 'm' && name[dash + 2] is 'g' or 'G' && char.IsUpper(name[dash + 3]);
    }
}
