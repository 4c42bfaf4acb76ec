using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A server name written into a script leaks the environment's layout when the script is shared, and ties the script to one
/// machine. Any command's -ComputerName counts when its value is a constant other than the local computer (localhost, .,
/// ::1, 127.0.0.1); variables and expressions are fine. Like PSScriptAnalyzer, only the full parameter name is recognised.
/// </summary>
public sealed class PSAvoidUsingComputerNameHardcoded : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingComputerNameHardcoded),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "-ComputerName should not be a hard-coded name: pass it in as a parameter or variable.");

    private static readonly string[] LocalComputer = ["localhost", ".", "::1", "127.0.0.1"];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<CommandNode>(Check);

    private static void Check(CommandNode command, RuleContext context)
    {
        for (var i = 0; i < command.Elements.Count; i++)
        {
            if (!ParameterArgument.IsParameter(command, i, "ComputerName")
                || ParameterArgument.ConstantOf(command, i) is not { } value
                || (value.Value is string name && LocalComputer.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            var commandName = command.GetCommandName();
            context.Report(
                command,
                $"The -ComputerName of {(commandName is null ? "this command" : $"'{commandName}'")} is the hard-coded name {value.Text}, which exposes the environment when the script is shared and ties it to one machine. Take the name from a parameter or a variable.",
                commandName);
        }
    }
}
