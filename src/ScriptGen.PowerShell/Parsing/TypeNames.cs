using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// What the semantic checks need to know about type names without loading types: PowerShell's accelerators for
/// the few types that change parsing rules, and name comparison with and without the System namespace.
/// </summary>
internal static class TypeNames
{
    private static readonly HashSet<string> SafePrimitives = new(StringComparer.OrdinalIgnoreCase)
    {
        "int", "long", "string", "char", "bool", "byte", "sbyte", "short", "ushort", "uint", "ulong", "double", "float",
        "single", "decimal", "bigint", "int16", "int32", "int64", "uint16", "uint32", "uint64", "boolean", "switch",
    };

    public static bool IsVoid(TypeNameNode type) => Is(type, "void", "System.Void");

    public static bool IsOrdered(TypeNameNode type) => Is(type, "ordered", "System.Management.Automation.OrderedHashtable");

    public static bool IsReference(TypeNameNode type) => Is(type, "ref", "System.Management.Automation.PSReference");

    /// <summary>True for primitive types and strings: casts to them keep a constant constant.</summary>
    public static bool IsSafePrimitive(TypeNameNode type)
    {
        var name = WithoutSystem(type.FullName);
        return SafePrimitives.Contains(name);
    }

    /// <summary>True when both names denote the same type, as far as names tell (<c>[Exception]</c> and <c>[System.Exception]</c>).</summary>
    public static bool AreSame(TypeNameNode first, TypeNameNode second) =>
        WithoutSystem(first.FullName).Equals(WithoutSystem(second.FullName), StringComparison.OrdinalIgnoreCase);

    /// <summary>A dotted list of identifiers, as a using namespace statement requires.</summary>
    public static bool IsNamespace(string text)
    {
        foreach (var part in text.Split('.'))
        {
            if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_'))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && char.GetUnicodeCategory(c) is not (
                    System.Globalization.UnicodeCategory.ConnectorPunctuation or System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LetterNumber))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Is(TypeNameNode type, string accelerator, string fullName) =>
        type is SimpleTypeNameNode && (type.FullName.Equals(accelerator, StringComparison.OrdinalIgnoreCase) || type.FullName.Equals(fullName, StringComparison.OrdinalIgnoreCase));

    private static string WithoutSystem(string name) =>
        name.StartsWith("System.", StringComparison.OrdinalIgnoreCase) && name.IndexOf('.', 7) < 0 ? name[7..] : name;
}
