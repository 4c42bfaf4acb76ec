using System.Text;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>Reads the assembly part of a type name (<c>[string, mscorlib, Version=4.0.0.0]</c>) the way PowerShell spells it.</summary>
internal static class AssemblyNames
{
    /// <summary>The assembly name with PowerShell's spacing (", " between parts, "=" without spaces), or null when there is none.</summary>
    public static string? Read(SourceText source, IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Comma:
                    builder.Append(", ");
                    break;
                case TokenKind.Equals:
                    builder.Append('=');
                    break;
                default:
                    builder.Append(source.Text, token.Start, token.Length);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The type name followed by a comma and the assembly name, as PowerShell's FullName does.</summary>
    public static string Append(string name, string? assemblyName) => assemblyName is null ? name : name + "," + assemblyName;
}
