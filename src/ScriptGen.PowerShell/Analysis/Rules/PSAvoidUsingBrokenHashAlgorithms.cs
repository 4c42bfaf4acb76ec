using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// MD5 and SHA-1 have practical collision attacks: a hash made with them no longer proves that a file is the one that was
/// approved. Any command's -Algorithm counts (Get-FileHash and third-party commands alike), as in PSScriptAnalyzer.
/// </summary>
public sealed class PSAvoidUsingBrokenHashAlgorithms : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingBrokenHashAlgorithms),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "-Algorithm should not be MD5 or SHA1, which are broken: use SHA256 or stronger.");

    private static readonly string[] Broken = ["MD5", "SHA1"];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<CommandNode>(Check);

    private static void Check(CommandNode command, RuleContext context)
    {
        for (var i = 0; i < command.Elements.Count; i++)
        {
            if (ParameterArgument.IsParameter(command, i, "Algorithm")
                && ParameterArgument.ConstantOf(command, i)?.Value is string algorithm
                && Broken.Contains(algorithm, StringComparer.OrdinalIgnoreCase))
            {
                var commandName = command.GetCommandName();
                context.Report(
                    command,
                    $"{(commandName is null ? "This command" : $"'{commandName}'")} uses the broken hash algorithm {algorithm}, for which collisions can be made: a matching hash no longer proves the content. Use SHA256 or stronger.",
                    commandName);
            }
        }
    }
}
