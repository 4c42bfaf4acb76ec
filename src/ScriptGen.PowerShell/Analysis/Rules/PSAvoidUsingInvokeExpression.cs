using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Invoke-Expression (or its alias iex) runs a string as code: whatever reaches the string, a parameter value or a
/// file's content, runs with the script's rights, and no analysis sees the code before it runs.
/// </summary>
public sealed class PSAvoidUsingInvokeExpression : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingInvokeExpression),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Do not run strings as code with Invoke-Expression.");

    private const string CommandName = "Invoke-Expression";

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<CommandNode>(Check);

    private static void Check(CommandNode command, RuleContext context)
    {
        if (command.GetCommandName() is { } name && string.Equals(context.Commands.Resolve(name), CommandName, StringComparison.OrdinalIgnoreCase))
        {
            context.Report(
                command,
                "Invoke-Expression runs a string as code, so whatever reaches the string runs too and no analysis sees that code. Call the command directly, with splatting (@parameters) for computed arguments, or use a script block.");
        }
    }
}
