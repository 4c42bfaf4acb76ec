using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Tests.Analysis;

public sealed class SettingsFileReaderTests
{
    private static readonly RuleDescriptor WriteHost = BuiltinRules.Find("PSAvoidUsingWriteHost")!.Descriptor;
    private static readonly RuleDescriptor Configurable = new("PSAvoidLongLines", DiagnosticSeverity.Warning, false, "Long lines.")
    {
        Options = [new RuleOptionDescriptor("MaximumLineLength", RuleOptionKind.Integer, 120, "The longest line allowed.")],
    };

    [Fact]
    public void A_psscriptanalyzer_settings_file_is_read_as_data()
    {
        var result = Read("""
            # comments are fine
            @{
                Severity = @('Error', 'Warning')
                IncludeRules = 'PSAvoid*'
                excluderules = @('PSAvoidUsingWriteHost')
                Rules = @{
                    PSAvoidLongLines = @{ Enable = $true; MaximumLineLength = 100 }
                }
            }
            """);

        Assert.Empty(result.Errors);
        var settings = result.Settings!;
        Assert.Equal([DiagnosticSeverity.Error, DiagnosticSeverity.Warning], settings.Severity);
        Assert.Equal(["PSAvoid*"], settings.IncludeRules);
        Assert.False(settings.IsEnabled(WriteHost));
        Assert.True(settings.IsEnabled(Configurable));
        Assert.Equal(100, settings.OptionsOf(Configurable).GetInteger("MaximumLineLength"));
    }

    [Fact]
    public void A_rule_that_is_off_by_default_needs_enable()
    {
        var settings = Read("@{ IncludeRules = @('PSAvoidLongLines') }").Settings!;

        Assert.False(settings.IsEnabled(Configurable));
        Assert.Equal(120, settings.OptionsOf(Configurable).GetInteger("MaximumLineLength"));
    }

    [Theory]
    [InlineData("@{ Colour = 'blue' }", "unknown key 'Colour'")]
    [InlineData("@{ Severity = 'Critical' }", "Severity 'Critical' must be")]
    [InlineData("@{ Severity = 2 }", "Severity must be a string or an array of strings")]
    [InlineData("@{ IncludeRules = @(Get-Rules) }", "is not constant data")]
    [InlineData("@{ Rules = @{ PSAvoidLongLines = @{ MaximumLineLength = 'long' } } }", "Rules.PSAvoidLongLines.MaximumLineLength must be a whole number")]
    [InlineData("@{ Rules = @{ PSAvoidLongLines = @{ Width = 3 } } }", "unknown option 'Width'")]
    [InlineData("@{ CustomRulePath = 'rules.psm1' }", "custom rule modules are PowerShell code")]
    [InlineData("'no hashtable'", "holds no hashtable")]
    [InlineData("@{ Severity = 'Error'", "line 1:")]
    public void Broken_settings_are_errors_naming_the_key_and_rule(string text, string error)
    {
        var result = Read(text);

        Assert.Null(result.Settings);
        Assert.Contains(result.Errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_of_a_rule_this_tool_lacks_are_a_warning_not_an_error()
    {
        var result = Read("@{ Rules = @{ PSUseCompatibleCommands = @{ Enable = $true } } }");

        Assert.NotNull(result.Settings);
        Assert.Contains("PSUseCompatibleCommands: ScriptGen has no such rule", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_preset_reads_without_errors()
    {
        foreach (var name in SettingsPresets.Names)
        {
            var preset = SettingsPresets.Find(name)!;
            Assert.True(preset.Errors.Count == 0, $"{name}: {string.Join("; ", preset.Errors)}");
            Assert.Equal(name, preset.Settings!.Name);
        }

        Assert.Null(SettingsPresets.Find("nope"));
    }

    private static SettingsReadResult Read(string text) =>
        SettingsFileReader.Read(SourceText.From(text, "settings.psd1"), [WriteHost, Configurable], "settings.psd1");
}
