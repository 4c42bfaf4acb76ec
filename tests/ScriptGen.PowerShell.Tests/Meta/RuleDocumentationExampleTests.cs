using System.Text.RegularExpressions;
using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Tests.Rules;
using ScriptGen.Testing;

namespace ScriptGen.PowerShell.Tests.Meta;

/// <summary>
/// The docs are tests: each page's Wrong example must make its rule fire, and its Correct example must not. Examples are
/// analysed as files saved in UTF-8 without a byte-order mark, as a reader would save them, so file-level rules apply.
/// </summary>
public sealed partial class RuleDocumentationExampleTests
{
    public static TheoryData<string> RuleNames() => new(BuiltinRules.All.Select(r => r.Descriptor.Name));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void The_wrong_example_fires_and_the_correct_one_does_not(string rule)
    {
        var page = File.ReadAllText(RepositoryPaths.Combine($"docs/rules/{rule}.md"));

        var wrong = Example(page, "Wrong");
        var correct = Example(page, "Correct");

        Assert.True(RuleAssert.FindingsInFile(rule, wrong).Count > 0, $"{rule}: the Wrong example does not fire:\n{wrong}");
        var unexpected = RuleAssert.FindingsInFile(rule, correct);
        Assert.True(unexpected.Count == 0, $"{rule}: the Correct example fires: {string.Join("; ", unexpected.Select(f => f.Message))}");
    }

    private static string Example(string page, string heading)
    {
        var match = Regex.Match(page, $"### {heading}\\n\\n```powershell\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"No '### {heading}' PowerShell example");
        return match.Groups[1].Value;
    }
}
