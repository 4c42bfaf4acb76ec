using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Analysis.Flow;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Microsoft Graph's addKey and removeKey actions (Add-/Remove-MgServicePrincipalKey, Add-/Remove-MgApplicationKey,
/// their Beta twins, or a request to .../addKey or .../removeKey) without a proof. Both actions require a JWT signed
/// with the private key of a certificate the object already holds; without it they fail, and an administrator adding a
/// first key cannot produce one. Silent when the body cannot be seen (splatting, a value built elsewhere).
/// </summary>
public sealed class SGAvoidAddRemoveKeyWithoutProof : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGAvoidAddRemoveKeyWithoutProof),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "Graph's addKey and removeKey need a proof signed by a key the object already holds; without one they fail.");

    private const string Remedy = "To add or remove a certificate as an administrator, write the whole keyCredentials list instead: PATCH servicePrincipals/{id} (or applications/{id}) with Invoke-MgGraphRequest, or Update-MgServicePrincipal -KeyCredentials.";

    private static readonly HashSet<string> RequestCommands = new(StringComparer.OrdinalIgnoreCase) { "Invoke-MgGraphRequest", "Invoke-RestMethod", "Invoke-WebRequest" };

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<CommandNode>(CheckCommand);

    private static void CheckCommand(CommandNode command, RuleContext context)
    {
        var name = command.GetInvokedName();
        if (name is null)
        {
            return;
        }

        if (KeyAction(name) is { } action)
        {
            CheckCmdlet(command, name, action, context);
        }
        else if (RequestCommands.Contains(name))
        {
            CheckRequest(command, name, context);
        }
    }

    private static void CheckCmdlet(CommandNode command, string name, string action, RuleContext context)
    {
        if (command.HasSplatting())
        {
            return;
        }

        var owner = name.Contains("Application", StringComparison.OrdinalIgnoreCase) ? "application" : "service principal";
        CommandParameterNode? body = null;
        foreach (var element in command.Elements)
        {
            if (element is not CommandParameterNode parameter)
            {
                continue;
            }

            if (IsPrefixOf(parameter.ParameterName, "Proof", minimum: 2))
            {
                return;
            }

            if (IsPrefixOf(parameter.ParameterName, "BodyParameter", minimum: 1))
            {
                body = parameter;
            }
        }

        if (body is not null)
        {
            if (HasProof(command.GetArgument(body)) != false)
            {
                return;
            }

            context.Report(command, $"{name} calls Microsoft Graph's {action} action with a -BodyParameter that has no proof. {Requirement(action, owner)} {Remedy}", suppressionId: name);
            return;
        }

        context.Report(command, $"{name} calls Microsoft Graph's {action} action without -Proof. {Requirement(action, owner)} {Remedy}", suppressionId: name);
    }

    private static void CheckRequest(CommandNode command, string name, RuleContext context)
    {
        string? action = null;
        foreach (var element in command.Elements)
        {
            action ??= ActionInUri(element is CommandParameterNode { Argument: { } argument } ? argument : element);
        }

        if (action is null || command.HasSplatting())
        {
            return;
        }

        var owner = "service principal or application";
        var body = FindBody(command);
        if (body is null)
        {
            context.Report(command, $"This request calls Microsoft Graph's {action} action without a body, so without a proof. {Requirement(action, owner)} {Remedy}", suppressionId: name);
        }
        else if (HasProof(command.GetArgument(body)) == false)
        {
            context.Report(command, $"This request calls Microsoft Graph's {action} action with a body that has no proof. {Requirement(action, owner)} {Remedy}", suppressionId: name);
        }
    }

    private static string Requirement(string action, string owner) =>
        $"{action} requires a proof: a JWT signed with the private key of a certificate the {owner} already holds, so it fails for an administrator (\"Insufficient privileges\") and cannot add a first key.";

    private static CommandParameterNode? FindBody(CommandNode command)
    {
        foreach (var element in command.Elements)
        {
            if (element is CommandParameterNode parameter && IsPrefixOf(parameter.ParameterName, "Body", minimum: 1))
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>Whether a body value carries a proof: true or false when it can be read, null when it cannot.</summary>
    private static bool? HasProof(ExpressionNode? value, int depth = 0)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (value)
        {
            case HashtableNode table:
                foreach (var pair in table.KeyValuePairs)
                {
                    if (pair.Key is StringConstantExpressionNode key && key.Value.Equals("proof", StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            case StringConstantExpressionNode text:
                return text.Value.Contains("proof", StringComparison.OrdinalIgnoreCase);
            case ExpandableStringExpressionNode text:
                return text.Value.Contains("proof", StringComparison.OrdinalIgnoreCase) ? true : null;
            case ConvertExpressionNode convert:
                return HasProof(convert.Child, depth + 1);
            case ParenExpressionNode paren:
                return HasProof(paren.Pipeline, depth + 1);
            case VariableExpressionNode variable when PrecedingAssignment.Find(variable) is { Right: PipelineBaseNode right }:
                return HasProof(right, depth + 1);
            default:
                return null;
        }
    }

    private static bool? HasProof(PipelineBaseNode pipeline, int depth)
    {
        if (pipeline.GetPureExpression() is { } expression)
        {
            return HasProof(expression, depth);
        }

        // $body | ConvertTo-Json, or ConvertTo-Json -InputObject $body: the JSON holds what the hashtable holds.
        if (pipeline is not PipelineNode { PipelineElements: [.., CommandNode last] } chain
            || !string.Equals(last.GetInvokedName(), "ConvertTo-Json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (chain.PipelineElements is [CommandExpressionNode input, _])
        {
            return HasProof(input.Expression, depth + 1);
        }

        for (var i = 1; i < last.Elements.Count; i++)
        {
            if (last.Elements[i] is ExpressionNode argument && (i == 1 || last.Elements[i - 1] is CommandParameterNode { Argument: null, ParameterName: var p } && IsPrefixOf(p, "InputObject", minimum: 1)))
            {
                return HasProof(argument, depth + 1);
            }
        }

        return null;
    }

    private static string? ActionInUri(SyntaxNode element)
    {
        var text = element switch
        {
            StringConstantExpressionNode constant => constant.Value,
            ExpandableStringExpressionNode expandable => expandable.Value,
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        return EndsSegment(text, "/addKey") ? "addKey" : EndsSegment(text, "/removeKey") ? "removeKey" : null;
    }

    private static bool EndsSegment(string text, string segment)
    {
        var at = text.IndexOf(segment, StringComparison.OrdinalIgnoreCase);
        var end = at + segment.Length;
        return at >= 0 && (end == text.Length || text[end] is '?' or '/' or '#');
    }

    private static string? KeyAction(string name)
    {
        var add = name.StartsWith("Add-Mg", StringComparison.OrdinalIgnoreCase);
        if (!add && !name.StartsWith("Remove-Mg", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = name.AsSpan(name.IndexOf('-') + 3);
        if (noun.StartsWith("Beta", StringComparison.OrdinalIgnoreCase))
        {
            noun = noun[4..];
        }

        return noun.Equals("ServicePrincipalKey", StringComparison.OrdinalIgnoreCase) || noun.Equals("ApplicationKey", StringComparison.OrdinalIgnoreCase)
            ? add ? "addKey" : "removeKey"
            : null;
    }

    private static bool IsPrefixOf(string typed, string parameter, int minimum) =>
        typed.Length >= minimum && parameter.StartsWith(typed, StringComparison.OrdinalIgnoreCase);
}
