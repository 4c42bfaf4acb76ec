using System.Text.RegularExpressions;
using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Parameters;

/// <summary>
/// The validation rule of each parameter type. A value either passes and comes back normalised, or fails with a
/// sentence that names the rule. Every entry point (CLI options, --params, inventory rows) goes through here.
/// </summary>
public static class ParameterRules
{
    private const int MaxLength = 2048;
    private static readonly Regex FolderNamePattern = new("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Checks <paramref name="value"/> against the parameter's rule; returns the rule it breaks, or null and the normalised value.</summary>
    public static string? Check(ParameterDeclaration parameter, string value, out string normalized)
    {
        normalized = value;
        if (value.Length == 0)
        {
            return "must not be empty";
        }

        if (value.Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters long";
        }

        if (value.Any(char.IsControl))
        {
            return "must not contain control characters (line breaks, tabs and the like)";
        }

        switch (parameter.Kind)
        {
            case ParameterKind.DnsName:
                normalized = value.ToLowerInvariant();
                return IsDnsName(value) ? null : "must be a DNS name of at least two labels (RFC 1123: ASCII letters, digits and hyphens; labels of 1-63 characters that neither start nor end with a hyphen; no trailing dot), e.g. contoso.com";
            case ParameterKind.Fqdn:
                normalized = value.ToLowerInvariant();
                return IsDnsName(value) ? null : "must be a fully qualified host name of at least two labels (RFC 1123), e.g. ex01.contoso.com";
            case ParameterKind.FolderName:
                return CheckFolderName(value);
            case ParameterKind.HttpsUri:
                return CheckHttpsUri(value);
            case ParameterKind.Enum:
                var match = parameter.AllowedValues.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
                normalized = match ?? value;
                return match is not null ? null : $"must be one of {string.Join(", ", parameter.AllowedValues)}";
            default:
                return Regex.IsMatch(value, parameter.Pattern!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
                    ? null
                    : $"must match the pattern {parameter.Pattern}";
        }
    }

    /// <summary>True for an RFC 1123 host name of at least two labels whose last label is not all digits.</summary>
    public static bool IsDnsName(string value)
    {
        if (value.Length > 253)
        {
            return false;
        }

        var labels = value.Split('.');
        if (labels.Length < 2 || labels[^1].All(char.IsAsciiDigit))
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' ||
                !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? CheckFolderName(string value)
    {
        if (!FolderNamePattern.IsMatch(value))
        {
            return "must start with a letter or digit and hold only ASCII letters, digits and hyphens, at most 32 characters (it becomes a folder name)";
        }

        return ReservedDeviceNames.Contains(value)
            ? "must not be a name Windows reserves for a device (CON, PRN, AUX, NUL, COM0-9, LPT0-9)"
            : null;
    }

    private static string? CheckHttpsUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || value.Any(char.IsWhiteSpace))
        {
            return "must be an absolute URI, e.g. https://outlook.office365.com/PushNotifications";
        }

        if (uri.Scheme != Uri.UriSchemeHttps || !value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return "must use https";
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return "must not carry user information, a query or a fragment";
        }

        if (!IsDnsName(uri.IdnHost) || !uri.IsDefaultPort && uri.Port <= 0)
        {
            return "must name its host by a DNS name of at least two labels";
        }

        return null;
    }

    /// <summary>Formats a list of allowed values for a message: "A, B or C".</summary>
    public static string FormatChoices(IReadOnlyList<string> values) => values.Count switch
    {
        0 => string.Empty,
        1 => values[0],
        _ => string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1],
    };
}
