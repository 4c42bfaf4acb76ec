using System.Text;

namespace ScriptGen.Core.Parameters;

/// <summary>Maps parameter keys (camelCase, as in JSON) to CLI options (kebab case) and back.</summary>
public static class ParameterNames
{
    /// <summary>pushUri becomes --push-uri.</summary>
    public static string ToOption(string name)
    {
        var builder = new StringBuilder("--");
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                builder.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
