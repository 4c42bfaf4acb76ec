using System.Text;
using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Tests.Rules;

/// <summary>Runs one rule (enabled even when it is off by default) over a script and returns what it reports.</summary>
internal static class RuleAssert
{
    /// <summary>The findings of <paramref name="rule"/> on <paramref name="script"/>, in order.</summary>
    public static IReadOnlyList<Diagnostic> Findings(string rule, string script, IReadOnlyDictionary<string, object>? options = null) =>
        Analyze(rule, script, options).Diagnostics.Where(d => d.RuleName == rule).ToArray();

    /// <summary>The findings of <paramref name="rule"/> on the bytes of a file, as <c>scriptgen lint</c> reads them.</summary>
    public static IReadOnlyList<Diagnostic> FindingsInFile(string rule, byte[] bytes, string path = "test.ps1") =>
        Analyze(rule, SourceText.FromBytes(bytes, path), null).Diagnostics.Where(d => d.RuleName == rule).ToArray();

    /// <summary>The findings of <paramref name="rule"/> on <paramref name="script"/> saved as a UTF-8 file without a byte-order mark.</summary>
    public static IReadOnlyList<Diagnostic> FindingsInFile(string rule, string script) =>
        FindingsInFile(rule, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(script));

    /// <summary>The whole analysis of <paramref name="script"/> with only <paramref name="rule"/> running.</summary>
    public static AnalysisResult Analyze(string rule, string script, IReadOnlyDictionary<string, object>? options = null) =>
        Analyze(rule, SourceText.From(script, "test.ps1"), options);

    private static AnalysisResult Analyze(string rule, SourceText source, IReadOnlyDictionary<string, object>? options)
    {
        var values = new Dictionary<string, object>(options ?? new Dictionary<string, object>(), StringComparer.OrdinalIgnoreCase) { ["Enable"] = true };
        var settings = new AnalyzerSettings
        {
            IncludeRules = [rule],
            RuleOptions = new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.OrdinalIgnoreCase) { [rule] = values },
        };
        return new ScriptAnalyzer(settings).Analyze(source);
    }

    /// <summary>Each finding as "line:column 'extent text'".</summary>
    public static string[] Describe(IReadOnlyList<Diagnostic> findings, string script) =>
        findings.Select(f => $"{f.Start.Line}:{f.Start.Column} '{script.Substring(f.Span.Start, f.Span.Length)}'").ToArray();
}
