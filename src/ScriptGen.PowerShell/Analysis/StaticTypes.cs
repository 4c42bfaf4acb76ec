using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Classifies type names as PowerShell resolves them, from names alone: its type accelerators, the .NET and PowerShell
/// namespaces it always has loaded (a name may leave out <c>System.</c>), and the classes and enums the script defines.
/// PSScriptAnalyzer resolves types in its own session, where a type from a module that is not loaded is unknown and
/// counts as [object]; <see cref="StaticTypeKind.Unresolved"/> lets a rule do the same.
/// </summary>
public static class StaticTypes
{
    // PowerShell's built-in type accelerators (TypeAccelerators and CoreTypes in System.Management.Automation).
    private static readonly HashSet<string> Accelerators = new(StringComparer.OrdinalIgnoreCase)
    {
        "Alias", "AllowEmptyCollection", "AllowEmptyString", "AllowNull", "ArgumentCompleter", "ArgumentCompletions",
        "array", "bool", "byte", "char", "CmdletBinding", "datetime", "decimal", "double", "DscResource",
        "ExperimentAction", "Experimental", "ExperimentalFeature", "float", "single", "guid", "hashtable", "int", "int32",
        "short", "int16", "long", "int64", "ciminstance", "cimclass", "cimtype", "cimconverter", "IPEndpoint",
        "NoRunspaceAffinity", "NullString", "OutputType", "ObjectSecurity", "ordered", "Parameter", "PhysicalAddress",
        "pscredential", "PSDefaultValue", "pslistmodifier", "psobject", "pscustomobject", "psprimitivedictionary", "ref",
        "PSTypeNameAttribute", "regex", "DscProperty", "sbyte", "string", "SupportsWildcards", "switch", "cultureinfo",
        "bigint", "securestring", "timespan", "ushort", "uint16", "uint", "uint32", "ulong", "uint64", "uri",
        "ValidateCount", "ValidateDrive", "ValidateLength", "ValidateNotNull", "ValidateNotNullOrEmpty",
        "ValidateNotNullOrWhiteSpace", "ValidatePattern", "ValidateRange", "ValidateScript", "ValidateSet",
        "ValidateTrustedData", "ValidateUserDrive", "version", "void", "ipaddress", "DscLocalConfigurationManager",
        "WildcardPattern", "X509Certificate", "X500DistinguishedName", "xml", "CimSession", "mailaddress", "semver",
        "adsi", "adsisearcher", "wmiclass", "wmi", "wmisearcher", "scriptblock", "pspropertyexpression", "psvariable",
        "type", "psmoduleinfo", "powershell", "runspacefactory", "runspace", "initialsessionstate", "psscriptmethod",
        "psscriptproperty", "psnoteproperty", "psaliasproperty", "psvariableproperty",
    };

    // Types of the System namespace that scripts name without it ([DateTime], [Math], [Environment]).
    private static readonly HashSet<string> SystemTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Activator", "AppDomain", "Array", "Attribute", "BitConverter", "Boolean", "Buffer", "Byte", "Char", "Console",
        "Convert", "DateTime", "DateTimeKind", "DateTimeOffset", "DayOfWeek", "DBNull", "Decimal", "Delegate", "Double",
        "Enum", "Environment", "EventArgs", "Exception", "GC", "Guid", "Int16", "Int32", "Int64", "IntPtr", "Math",
        "MidpointRounding", "Nullable", "Object", "OperatingSystem", "Random", "SByte", "Single", "String",
        "StringComparer", "StringComparison", "StringSplitOptions", "TimeSpan", "TimeZoneInfo", "Type", "UInt16",
        "UInt32", "UInt64", "UIntPtr", "Uri", "UriBuilder", "UriKind", "Version", "Void",
    };

    // Namespaces below System that scripts name without "System." ([IO.Path], [Text.Encoding], [Net.WebClient]).
    private static readonly HashSet<string> SystemNamespaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "Buffers", "CodeDom", "Collections", "ComponentModel", "Configuration", "Data", "Diagnostics", "DirectoryServices",
        "Globalization", "IO", "Linq", "Management", "Media", "Net", "Numerics", "Reflection", "Resources", "Runtime",
        "Security", "ServiceProcess", "Text", "Threading", "Timers", "Web", "Windows", "Xml",
    };

    private static readonly string[] LoadedNamespaces = ["System.", "Microsoft.PowerShell.", "Microsoft.Management.Infrastructure.", "Microsoft.Win32."];

    /// <summary>Classifies <paramref name="type"/>; <paramref name="scriptTypes"/> are the classes and enums the script defines.</summary>
    public static StaticTypeKind Classify(TypeNameNode type, IReadOnlySet<string> scriptTypes) => type switch
    {
        ArrayTypeNameNode array => Classify(array.ElementType, scriptTypes) == StaticTypeKind.Unresolved ? StaticTypeKind.Unresolved : StaticTypeKind.Array,
        GenericTypeNameNode generic => Resolves(generic.GenericDefinition.Name, scriptTypes) ? StaticTypeKind.Other : StaticTypeKind.Unresolved,
        _ => ClassifyName(type.Name, scriptTypes),
    };

    /// <summary>The element type's kind for an array type name, else the kind of the name itself.</summary>
    public static StaticTypeKind ClassifyElement(TypeNameNode type, IReadOnlySet<string> scriptTypes) =>
        Classify(type is ArrayTypeNameNode array ? array.ElementType : type, scriptTypes);

    private static StaticTypeKind ClassifyName(string name, IReadOnlySet<string> scriptTypes)
    {
        if (name.Equals("string", StringComparison.OrdinalIgnoreCase) || name.Equals("System.String", StringComparison.OrdinalIgnoreCase))
        {
            return StaticTypeKind.String;
        }

        if (name.Equals("object", StringComparison.OrdinalIgnoreCase) || name.Equals("System.Object", StringComparison.OrdinalIgnoreCase))
        {
            return StaticTypeKind.Object;
        }

        return Resolves(name, scriptTypes) ? StaticTypeKind.Other : StaticTypeKind.Unresolved;
    }

    private static bool Resolves(string name, IReadOnlySet<string> scriptTypes)
    {
        if (Accelerators.Contains(name) || SystemTypes.Contains(name) || scriptTypes.Contains(name))
        {
            return true;
        }

        foreach (var prefix in LoadedNamespaces)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && SystemNamespaces.Contains(name[..dot]);
    }
}
