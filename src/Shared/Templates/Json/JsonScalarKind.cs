namespace ScriptGen.Templates.Json;

/// <summary>The kinds of JSON scalar values.</summary>
public enum JsonScalarKind
{
    String,
    Number,
    Boolean,
    Null,
}
