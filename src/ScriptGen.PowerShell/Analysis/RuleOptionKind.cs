namespace ScriptGen.PowerShell.Analysis;

/// <summary>The value types a rule option can have in a settings file.</summary>
public enum RuleOptionKind
{
    Boolean,
    Integer,
    String,
    StringArray,
}
