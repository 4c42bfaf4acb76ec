using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// <c>ConvertTo-SecureString -AsPlainText</c> (or through an alias) turns a plain-text secret into a SecureString: the
/// secret was already exposed in the script, its history or its input. Parameter names are matched as PowerShell binds
/// them, so an abbreviation such as <c>-AsPlain</c> is found too.
/// </summary>
public sealed class PSAvoidUsingConvertToSecureStringWithPlainText : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingConvertToSecureStringWithPlainText),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "Do not build a SecureString from plain text with ConvertTo-SecureString -AsPlainText.");

    private const string CommandName = "ConvertTo-SecureString";
    private const string ParameterName = "AsPlainText";

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<CommandNode>(Check);

    private static void Check(CommandNode command, RuleContext context)
    {
        if (command.GetCommandName() is not { } name
            || !string.Equals(context.Commands.Resolve(name), CommandName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var info = context.Commands.Find(CommandName);
        foreach (var element in command.Elements)
        {
            if (element is CommandParameterNode parameter
                && string.Equals(info?.ResolveParameter(parameter.ParameterName) ?? parameter.ParameterName, ParameterName, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(
                    command,
                    "ConvertTo-SecureString -AsPlainText makes a SecureString from a secret that is already in plain text (in the script, its history or its input). Read it with Read-Host -AsSecureString or Get-Credential, or load an encrypted standard string or a secret vault entry.",
                    name);
                return;
            }
        }
    }
}
