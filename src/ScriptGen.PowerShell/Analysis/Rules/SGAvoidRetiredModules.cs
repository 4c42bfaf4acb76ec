using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Cmdlets of the MSOnline, AzureAD and AzureADPreview modules, and scripts that import, install or #require them.
/// Microsoft retired MSOnline from April to late May 2025 and AzureAD after July 2025: their cmdlets now fail against
/// Microsoft 365, so a change that depends on them fails half-way in production.
/// </summary>
public sealed class SGAvoidRetiredModules : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGAvoidRetiredModules),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "Avoid the retired MSOnline and AzureAD modules: their cmdlets no longer work; use Microsoft Graph PowerShell.");

    private static readonly HashSet<string> ModuleCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "Import-Module", "Install-Module", "Update-Module", "Save-Module", "Install-PSResource", "Update-PSResource", "Save-PSResource",
    };

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<CommandNode>(CheckCommand);
        registration.OnEnd(CheckRequires);
    }

    private static void CheckCommand(CommandNode command, RuleContext context)
    {
        var name = command.GetInvokedName();
        if (name is null)
        {
            return;
        }

        if (RetiredModules.ModuleOf(name, context.Commands) is { } module)
        {
            context.Report(command, $"{name} is a cmdlet of the {module} module. {Retirement(module)}", suppressionId: name);
            return;
        }

        if (ModuleCommands.Contains(name))
        {
            for (var i = 1; i < command.Elements.Count; i++)
            {
                CheckModuleArgument(command.Elements[i], name, context);
            }
        }
    }

    private static void CheckModuleArgument(SyntaxNode element, string command, RuleContext context)
    {
        switch (element)
        {
            case CommandParameterNode { Argument: { } argument }:
                CheckModuleArgument(argument, command, context);
                break;
            case ArrayLiteralNode list:
                foreach (var item in list.Elements)
                {
                    CheckModuleArgument(item, command, context);
                }

                break;
            case StringConstantExpressionNode text when RetiredModules.IsRetiredModule(text.Value):
                context.Report(text, $"{command} {text.Value}: the {text.Value} module is retired. {Retirement(text.Value)}", suppressionId: text.Value);
                break;
        }
    }

    private static void CheckRequires(RuleContext context)
    {
        foreach (var token in context.Parse.Comments)
        {
            var text = token.GetTextSpan(context.Source);
            if (!text.StartsWith("#requires", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var module in RetiredModules.ModuleNames)
            {
                if (ContainsWord(text, module))
                {
                    context.Report(token.Span, $"This script requires the {module} module. {Retirement(module)}", suppressionId: module);
                }
            }
        }
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            var at = from + found;
            var end = at + word.Length;
            if ((at == 0 || !IsNameChar(text[at - 1])) && (end == text.Length || !IsNameChar(text[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '-';

    private static string Retirement(string module) => module.StartsWith("MSOnline", StringComparison.OrdinalIgnoreCase)
        ? "Microsoft retired MSOnline between April and late May 2025; its cmdlets now fail (403 \"MSOnline PowerShell is disallowed\"). Use Microsoft Graph PowerShell (Connect-MgGraph, Invoke-MgGraphRequest) or Microsoft Entra PowerShell."
        : "Microsoft retired the AzureAD modules after July 2025; their cmdlets no longer work. Use Microsoft Graph PowerShell (Connect-MgGraph, Invoke-MgGraphRequest) or Microsoft Entra PowerShell.";
}
