using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Settings;

/// <summary>
/// Named settings that ship with ScriptGen, written as PSScriptAnalyzer settings files and read by the same reader:
/// PSGallery, ScriptSecurity and Strict. "default" is every rule that is on by default.
/// </summary>
public static class SettingsPresets
{
    /// <summary>The preset names, "default" first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["default", "PSGallery", "ScriptSecurity", "Strict"];

    /// <summary>The preset called <paramref name="name"/> (ignoring case), or null when there is none.</summary>
    public static SettingsReadResult? Find(string name)
    {
        var preset = Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (preset is null)
        {
            return null;
        }

        if (preset == "default")
        {
            return new SettingsReadResult(AnalyzerSettings.Default, [], []);
        }

        using var stream = typeof(SettingsPresets).Assembly.GetManifestResourceStream($"presets/{preset}.psd1")!;
        using var reader = new StreamReader(stream);
        return SettingsFileReader.Read(SourceText.From(reader.ReadToEnd(), preset + ".psd1"), BuiltinRules.All.Select(r => r.Descriptor).ToArray(), preset);
    }
}
