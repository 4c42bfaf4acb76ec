using ScriptGen.Core.Parameters;
using ScriptGen.Templates;
using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Tests.Parameters;

public sealed class ParameterRulesTests
{
    [Theory]
    [InlineData("contoso.com", "contoso.com")]
    [InlineData("Contoso.COM", "contoso.com")]
    [InlineData("contoso.onmicrosoft.com", "contoso.onmicrosoft.com")]
    [InlineData("xn--bcher-kva.example", "xn--bcher-kva.example")]
    [InlineData("a-b.c0", "a-b.c0")]
    public void Dns_names_of_two_or_more_labels_pass_and_are_lower_cased(string value, string expected)
    {
        Assert.Null(ParameterRules.Check(Parameter(ParameterKind.DnsName), value, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("contoso")]
    [InlineData("contoso.com.")]
    [InlineData("-contoso.com")]
    [InlineData("contoso-.com")]
    [InlineData("con_toso.com")]
    [InlineData("contoso..com")]
    [InlineData("1.2.3.4")]
    [InlineData("bücher.example")]
    [InlineData("contoso.com'; Remove-Item C:\\")]
    [InlineData(" contoso.com")]
    public void Other_dns_names_fail_with_the_rule(string value)
    {
        Assert.StartsWith("must ", ParameterRules.Check(Parameter(ParameterKind.DnsName), value, out _));
    }

    [Fact]
    public void A_label_longer_than_63_characters_fails()
    {
        Assert.NotNull(ParameterRules.Check(Parameter(ParameterKind.DnsName), new string('a', 64) + ".com", out _));
        Assert.Null(ParameterRules.Check(Parameter(ParameterKind.DnsName), new string('a', 63) + ".com", out _));
    }

    [Theory]
    [InlineData("dev", null)]
    [InlineData("Prod-2", null)]
    [InlineData("-dev", "must start with a letter or digit")]
    [InlineData("dev.test", "must start with a letter or digit")]
    [InlineData("../etc", "must start with a letter or digit")]
    [InlineData("aux", "reserves for a device")]
    [InlineData("COM1", "reserves for a device")]
    [InlineData("abcdefghijabcdefghijabcdefghijabc", "at most 32 characters")]
    public void Folder_names_follow_the_folder_rule(string value, string? rule)
    {
        var result = ParameterRules.Check(Parameter(ParameterKind.FolderName), value, out _);

        if (rule is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(rule, result, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://outlook.office365.us/PushNotifications", null)]
    [InlineData("https://push.contoso.com:8443/api", null)]
    [InlineData("http://outlook.office365.com/PushNotifications", "must use https")]
    [InlineData("https://user:pw@outlook.office365.com/", "user information")]
    [InlineData("https://outlook.office365.com/?a=b", "query")]
    [InlineData("https://localhost/x", "DNS name")]
    [InlineData("https://10.0.0.1/x", "DNS name")]
    [InlineData("outlook.office365.com/PushNotifications", "absolute URI")]
    [InlineData("https://outlook.office365.com/a b", "absolute URI")]
    public void Https_uris_follow_the_uri_rule(string value, string? rule)
    {
        var result = ParameterRules.Check(Parameter(ParameterKind.HttpsUri), value, out _);

        if (rule is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(rule, result, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("gcchigh", "GCCHigh")]
    [InlineData("GLOBAL", "Global")]
    public void Enum_values_match_without_case_and_come_back_in_declared_case(string value, string expected)
    {
        Assert.Null(ParameterRules.Check(CloudParameter(), value, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("Global,GCC")]
    [InlineData("Mars")]
    public void Enum_numbers_lists_and_unknown_names_fail(string value)
    {
        Assert.Equal("must be one of Global, GCC, GCCHigh", ParameterRules.Check(CloudParameter(), value, out _));
    }

    [Theory]
    [InlineData("CHG0012345", null)]
    [InlineData("CR-2026.11_a", null)]
    [InlineData("CHG 1", "must match the pattern")]
    [InlineData("CHG1\nWrite-Host", "control characters")]
    [InlineData("", "must not be empty")]
    public void Text_values_must_match_their_pattern(string value, string? rule)
    {
        var parameter = Parameter(ParameterKind.Text) with { Pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" };

        var result = ParameterRules.Check(parameter, value, out _);

        if (rule is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(rule, result, StringComparison.Ordinal);
        }
    }

    private static ParameterDeclaration CloudParameter() =>
        Parameter(ParameterKind.Enum) with { AllowedValues = new EquatableArray<string>(["Global", "GCC", "GCCHigh"]) };

    private static ParameterDeclaration Parameter(ParameterKind kind) =>
        new("value", kind, false, null, null, EquatableArray<string>.Empty, null, "A value.", null, new SourceLocation("template-set.json", 1, 1));
}
