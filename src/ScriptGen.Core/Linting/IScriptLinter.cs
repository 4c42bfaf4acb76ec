using ScriptGen.PowerShell.Analysis;

namespace ScriptGen.Core.Linting;

/// <summary>Parses and lints one script; the seam between the pipeline and the PowerShell language engine.</summary>
public interface IScriptLinter
{
    /// <summary>A short description of what this linter checks, recorded in the manifest.</summary>
    LintEngineInfo Engine { get; }

    /// <summary>Analyses the bytes of the script at bundle path <paramref name="path"/>.</summary>
    AnalysisResult Analyze(string path, byte[] bytes);
}
