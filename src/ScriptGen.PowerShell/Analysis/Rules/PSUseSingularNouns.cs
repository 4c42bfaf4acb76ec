using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A function named Verb-Noun whose noun ends in a word that can only be plural (Get-Files, Set-UserSettings):
/// PowerShell nouns are singular even when the command handles many objects. Only the last CamelCase word is checked,
/// and only when the name ends in a lower-case letter (an initialism such as Get-DNS is left alone).
/// </summary>
public sealed class PSUseSingularNouns : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSUseSingularNouns),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Function names must use a singular noun.")
    {
        Options =
        [
            new RuleOptionDescriptor(NounAllowList, RuleOptionKind.StringArray, new[] { "Data", "Windows" }, "Last words of a noun that may stay plural (compared ignoring case)."),
        ],
    };

    private const string NounAllowList = "NounAllowList";

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<FunctionDefinitionNode>(Check);

    private static void Check(FunctionDefinitionNode function, RuleContext context)
    {
        var name = function.Name;
        if (!name.Contains('-', StringComparison.Ordinal) || LastWord(name) is not { } word || !EnglishNouns.IsPluralOnly(word)
            || context.Options.GetStrings(NounAllowList).Contains(word, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var corrected = name[..^word.Length] + EnglishNouns.Singularize(word);
        context.Report(
            function.NameToken.Span,
            $"'{name}' uses the plural noun '{word}'. PowerShell command nouns are singular, even for commands that handle many objects: name it '{corrected}'.",
            name,
            [context.Fix(function.NameToken.Span, corrected, $"Singularized correction of '{name}'")]);
    }

    // The last CamelCase word of the name: from its last capital letter, when the name ends in a lower-case letter and
    // that capital comes after the dash.
    private static string? LastWord(string name)
    {
        if (!char.IsLower(name[^1]))
        {
            return null;
        }

        for (var i = name.Length - 1; i >= 0; i--)
        {
            if (name[i] == '-')
            {
                return null;
            }

            if (char.IsUpper(name[i]))
            {
                return name[i..];
            }
        }

        return null;
    }
}
