namespace ScriptGen.Templates.Model;

/// <summary>The closed set of parameter types; each has one validation rule shared by build and run time.</summary>
public enum ParameterKind
{
    /// <summary>An RFC 1123 DNS name of at least two labels (a tenant domain); normalised to lower case.</summary>
    DnsName,
    /// <summary>A fully qualified host name of at least two labels; normalised to lower case.</summary>
    Fqdn,
    /// <summary>A name that becomes a folder: <c>^[A-Za-z0-9][A-Za-z0-9-]{0,31}$</c>, not a reserved device name.</summary>
    FolderName,
    /// <summary>An absolute https URI with a DNS host and no user information or fragment.</summary>
    HttpsUri,
    /// <summary>One of the declared values, matched without regard to case and written in its declared case.</summary>
    Enum,
    /// <summary>Free text constrained by the declared pattern.</summary>
    Text,
}
