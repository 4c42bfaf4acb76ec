using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A function named Verb-Noun whose verb is not one Get-Verb lists: users cannot guess or discover the command, and
/// Import-Module warns about it. A scope qualifier (<c>global:</c>) is not part of the verb.
/// </summary>
public sealed class PSUseApprovedVerbs : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSUseApprovedVerbs),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Function names must start with an approved verb (Get-Verb).");

    private static readonly string[] Scopes = ["global:", "local:", "script:", "private:"];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<FunctionDefinitionNode>(Check);

    private static void Check(FunctionDefinitionNode function, RuleContext context)
    {
        var name = WithoutScope(function.Name);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || ApprovedVerbs.IsApproved(name[..dash]))
        {
            return;
        }

        context.Report(
            function.NameToken.Span,
            $"'{name}' uses the verb '{name[..dash]}', which is not an approved verb. Use a verb that Get-Verb lists (Get, Set, New, Remove, Invoke...) so users can find and predict the command.");
    }

    private static string WithoutScope(string name)
    {
        foreach (var scope in Scopes)
        {
            if (name.StartsWith(scope, StringComparison.OrdinalIgnoreCase))
            {
                return name[scope.Length..];
            }
        }

        return name;
    }
}
