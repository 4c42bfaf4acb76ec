namespace ScriptGen.PowerShell.Analysis;

/// <summary>How a suppression was written.</summary>
public enum SuppressionSource
{
    /// <summary>A [Diagnostics.CodeAnalysis.SuppressMessageAttribute(...)] on a param block, function or class, as PSScriptAnalyzer reads it.</summary>
    Attribute,
    /// <summary>A comment naming the rule, with a required justification.</summary>
    Comment,
}
