using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A function that takes a user name and a plain password makes callers keep the password in clear text, in variables,
/// history and logs. Names are matched as PSScriptAnalyzer matches them: a parameter whose name contains User is a user
/// name; one whose name contains Password or Passphrase is a password unless it is typed SecureString, PSCredential, switch
/// or bool (or arrays of them) or carries the credential attribute. Like PSScriptAnalyzer, a function's parameters include
/// those of the script blocks and functions nested in it.
/// </summary>
public sealed class PSAvoidUsingUsernameAndPasswordParams : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingUsernameAndPasswordParams),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "Functions should take a PSCredential, not a user name and a plain-text password.");

    private readonly Dictionary<FunctionDefinitionNode, (ParameterNode? User, ParameterNode? Password)> _functions = [];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<ParameterNode>(Collect);
        registration.OnEnd(Report);
    }

    private void Collect(ParameterNode parameter, RuleContext context)
    {
        var name = parameter.Name.VariablePath.UserPath;
        var isUser = name.Contains("User", StringComparison.OrdinalIgnoreCase);
        var isPassword = (name.Contains("Password", StringComparison.OrdinalIgnoreCase) || name.Contains("Passphrase", StringComparison.OrdinalIgnoreCase))
            && !HasSafeType(parameter);
        if (!isUser && !isPassword)
        {
            return;
        }

        for (var node = parameter.Parent; node is not null; node = node.Parent)
        {
            if (node is FunctionDefinitionNode function)
            {
                var (user, password) = _functions.GetValueOrDefault(function);
                _functions[function] = (isUser ? parameter : user, isPassword ? parameter : password);
            }
        }
    }

    private void Report(RuleContext context)
    {
        foreach (var (function, (user, password)) in _functions)
        {
            if (user is null || password is null)
            {
                continue;
            }

            var span = TextSpan.FromBounds(Math.Min(user.Span.Start, password.Span.Start), Math.Max(user.Span.End, password.Span.End));
            context.Report(
                span,
                $"The function '{function.Name}' takes a user name (${user.Name.VariablePath.UserPath}) and a plain-text password (${password.Name.VariablePath.UserPath}), which callers must then keep in clear text. Replace both with one [PSCredential] $Credential parameter, or at least type the password [SecureString].");
        }
    }

    private static bool HasSafeType(ParameterNode parameter)
    {
        foreach (var attribute in parameter.Attributes)
        {
            var type = attribute.TypeName is ArrayTypeNameNode array ? array.ElementType : attribute.TypeName;
            if (KnownTypeNames.IsSecureString(type) || KnownTypeNames.IsPSCredential(type) || KnownTypeNames.IsSwitch(type)
                || KnownTypeNames.IsBoolean(type) || KnownTypeNames.IsCredentialAttribute(type))
            {
                return true;
            }
        }

        return false;
    }
}
