using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Write-Host and [Console]::Write/WriteLine write to the host only: output cannot be captured or redirected, and a
/// host-less run loses it. Functions whose name starts with Show exist to show things and are exempt.
/// </summary>
public sealed class PSAvoidUsingWriteHost : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingWriteHost),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Avoid Write-Host and [Console]::Write: their output cannot be captured, redirected or suppressed.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<CommandNode>(CheckCommand);
        registration.OnNode<InvokeMemberExpressionNode>(CheckConsole);
    }

    private static void CheckCommand(CommandNode command, RuleContext context)
    {
        if (string.Equals(command.GetCommandName(), "Write-Host", StringComparison.OrdinalIgnoreCase) && !InShowFunction(command))
        {
            context.Report(command, "Write-Host writes only to the host, so its output cannot be captured, redirected or suppressed. Use Write-Output for data, or Write-Verbose or Write-Information for messages.");
        }
    }

    private static void CheckConsole(InvokeMemberExpressionNode invocation, RuleContext context)
    {
        if (invocation is { Static: true, Expression: TypeExpressionNode type }
            && (string.Equals(type.TypeName.FullName, "Console", StringComparison.OrdinalIgnoreCase) || string.Equals(type.TypeName.FullName, "System.Console", StringComparison.OrdinalIgnoreCase))
            && invocation.MemberName is { } member
            && (string.Equals(member, "Write", StringComparison.OrdinalIgnoreCase) || string.Equals(member, "WriteLine", StringComparison.OrdinalIgnoreCase))
            && !InShowFunction(invocation))
        {
            context.Report(invocation, $"[Console]::{member} writes only to the console, so its output cannot be captured, redirected or suppressed. Use Write-Output for data, or Write-Verbose or Write-Information for messages.");
        }
    }

    private static bool InShowFunction(SyntaxNode node) =>
        node.FirstAncestor<FunctionDefinitionNode>()?.Name.StartsWith("Show", StringComparison.OrdinalIgnoreCase) == true;
}
