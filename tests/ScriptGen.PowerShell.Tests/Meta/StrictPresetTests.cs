using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.Testing;

namespace ScriptGen.PowerShell.Tests.Meta;

/// <summary>The Strict preset is for reviewing a script before it ships: it must run every rule, those off by default included.</summary>
public sealed class StrictPresetTests
{
    [Fact]
    public void The_strict_preset_enables_every_rule_including_those_off_by_default()
    {
        var preset = SettingsPresets.Find("Strict")!;
        Assert.Empty(preset.Errors);

        var settings = preset.Settings!;
        var notRun = BuiltinRules.All.Select(r => r.Descriptor).Where(r => !settings.IsEnabled(r)).Select(r => r.Name);

        Assert.Empty(notRun);
    }

    [Fact]
    public void The_strict_preset_names_every_rule_that_is_off_by_default()
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("src/ScriptGen.PowerShell/Analysis/Settings/Presets/Strict.psd1"));

        foreach (var rule in BuiltinRules.All.Select(r => r.Descriptor).Where(r => !r.EnabledByDefault))
        {
            Assert.Matches($@"\b{rule.Name}\s*=\s*@\{{[^}}]*Enable\s*=\s*\$true", text);
        }
    }
}
