using System.Text;

namespace ScriptGen.Templates.Generator.Helpers;

/// <summary>C# names for declared ids and names. The shared checker has already limited them to ASCII letters, digits and hyphens.</summary>
internal static class Identifiers
{
    /// <summary>
    /// PascalCase of a kebab-case id or a camelCase name: <c>push-notification-proxy</c> becomes
    /// <c>PushNotificationProxy</c>, <c>pushUri</c> becomes <c>PushUri</c>. A segment that starts with a digit is
    /// joined with '_' (<c>a-1b</c> becomes <c>A_1b</c>), so two different ids never share a name.
    /// </summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var startOfSegment = true;
        foreach (var c in name)
        {
            if (c == '-')
            {
                startOfSegment = true;
                continue;
            }

            if (startOfSegment && builder.Length > 0 && c >= '0' && c <= '9')
            {
                builder.Append('_');
            }

            builder.Append(startOfSegment ? char.ToUpperInvariant(c) : c);
            startOfSegment = false;
        }

        return builder.ToString();
    }
}
