using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A parameter whose name says it holds a secret (Password, Passphrase, Cred...) but whose type is [string] or
/// [object] (or no type, or a type PowerShell cannot resolve, which it treats as [object]): the secret then lives in
/// memory, logs and transcripts as plain text. Each finding offers two fixes, [SecureString] and [PSCredential].
/// </summary>
public sealed class PSAvoidUsingPlainTextForPassword : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingPlainTextForPassword),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Password and credential parameters must be [SecureString] or [PSCredential], not plain strings.");

    // "Cred" also covers Credential.
    private static readonly string[] SecretWords = ["Password", "Passphrase", "Cred"];

    private readonly List<ParameterNode> _candidates = [];
    private readonly HashSet<string> _scriptTypes = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<TypeDefinitionNode>((type, _) => _scriptTypes.Add(type.Name));
        registration.OnNode<ParameterNode>((parameter, _) =>
        {
            if (NamesSecret(parameter.Name.VariablePath.UserPath))
            {
                _candidates.Add(parameter);
            }
        });
        registration.OnEnd(Report);
    }

    // After the walk: a class the parameter is typed with may be defined below it.
    private void Report(RuleContext context)
    {
        foreach (var parameter in _candidates)
        {
            var type = FirstTypeConstraint(parameter);
            if (type is not null && !IsPlainText(type.TypeName))
            {
                continue;
            }

            var name = parameter.Name.Text;
            context.Report(
                parameter,
                $"Parameter '{name}' takes a secret as plain text. Make it [SecureString], or [PSCredential] when it goes with a user name, so the value is not kept, logged or shown in clear.",
                parameter.Name.VariablePath.UserPath,
                [Correction(context, parameter, type, "SecureString"), Correction(context, parameter, type, "PSCredential")]);
        }
    }

    private bool IsPlainText(TypeNameNode type) => StaticTypes.Classify(type, _scriptTypes) switch
    {
        StaticTypeKind.String or StaticTypeKind.Object or StaticTypeKind.Unresolved => true,
        StaticTypeKind.Array => StaticTypes.ClassifyElement(type, _scriptTypes) is StaticTypeKind.String or StaticTypeKind.Object,
        _ => false,
    };

    private static Correction Correction(RuleContext context, ParameterNode parameter, TypeConstraintNode? type, string secureType)
    {
        var description = $"Set {parameter.Name.Text} type to {secureType}";
        return type is null
            ? context.Fix(parameter.Name.Span, $"[{secureType}] {parameter.Name.Text}", description)
            : context.Fix(type.Span, type.TypeName is ArrayTypeNameNode ? $"[{secureType}[]]" : $"[{secureType}]", description);
    }

    private static TypeConstraintNode? FirstTypeConstraint(ParameterNode parameter)
    {
        foreach (var attribute in parameter.Attributes)
        {
            if (attribute is TypeConstraintNode type)
            {
                return type;
            }
        }

        return null;
    }

    private static bool NamesSecret(string name)
    {
        foreach (var word in SecretWords)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
