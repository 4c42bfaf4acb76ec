using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Benchmarks;

/// <summary>What one pass does to each script: parse it, or parse it and run every default rule.</summary>
public static class Workload
{
    private static readonly ScriptAnalyzer Analyzer = new(AnalyzerSettings.Default);

    /// <summary>Tokenize, parse and the post-parse checks; returns the token count so the work is not optimised away.</summary>
    public static int Parse(SourceText[] sources)
    {
        var tokens = 0;
        foreach (var source in sources)
        {
            tokens += PowerShellParser.Parse(source).Tokens.Count;
        }

        return tokens;
    }

    /// <summary>Parse and all default rules with suppressions applied; returns the finding count.</summary>
    public static int Analyze(SourceText[] sources)
    {
        var findings = 0;
        foreach (var source in sources)
        {
            findings += Analyzer.Analyze(source).Diagnostics.Count;
        }

        return findings;
    }
}
