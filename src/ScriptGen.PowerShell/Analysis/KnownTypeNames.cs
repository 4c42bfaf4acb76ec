using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Whether a type name written in a script denotes one of the few .NET types rules care about, resolved as PowerShell
/// resolves names without loading types: its accelerator, its full name, or its full name without the leading System.
/// (all ignoring case); an assembly name does not matter. Array and generic names never match: callers look at element types themselves.
/// </summary>
internal static class KnownTypeNames
{
    /// <summary>[switch], [System.Management.Automation.SwitchParameter].</summary>
    public static bool IsSwitch(TypeNameNode type) => Denotes(type, "System.Management.Automation.SwitchParameter", "switch");

    /// <summary>[bool], [System.Boolean].</summary>
    public static bool IsBoolean(TypeNameNode type) => Denotes(type, "System.Boolean", "bool");

    /// <summary>[securestring], [System.Security.SecureString].</summary>
    public static bool IsSecureString(TypeNameNode type) => Denotes(type, "System.Security.SecureString", "securestring");

    /// <summary>[pscredential], [System.Management.Automation.PSCredential].</summary>
    public static bool IsPSCredential(TypeNameNode type) => Denotes(type, "System.Management.Automation.PSCredential", "pscredential");

    /// <summary>The credential attribute: [System.Management.Automation.CredentialAttribute()], or [Credential()] as attributes may drop the suffix.</summary>
    public static bool IsCredentialAttribute(TypeNameNode type) =>
        Denotes(type, "System.Management.Automation.CredentialAttribute", accelerator: null) || Denotes(type, "System.Management.Automation.Credential", "Credential");

    private static bool Denotes(TypeNameNode type, string fullName, string? accelerator)
    {
        if (type is not SimpleTypeNameNode)
        {
            return false;
        }

        var name = type.Name;
        return (accelerator is not null && name.Equals(accelerator, StringComparison.OrdinalIgnoreCase))
            || name.Equals(fullName, StringComparison.OrdinalIgnoreCase)
            || (name.Length == fullName.Length - "System.".Length && fullName.EndsWith(name, StringComparison.OrdinalIgnoreCase));
    }
}
