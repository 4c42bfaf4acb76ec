namespace ScriptGen.PowerShell.Analysis;

/// <summary>What <see cref="StaticTypes"/> can tell about a type name without loading types.</summary>
public enum StaticTypeKind
{
    /// <summary>[object] / [System.Object].</summary>
    Object,

    /// <summary>[string] / [System.String].</summary>
    String,

    /// <summary>An array of a type PowerShell would find.</summary>
    Array,

    /// <summary>Any other type PowerShell would find: an accelerator, a .NET or PowerShell type, a class or enum of the script.</summary>
    Other,

    /// <summary>A name PowerShell would not resolve without loading a module; PowerShell then treats the value as [object].</summary>
    Unresolved,
}
