using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// Finds the settings for `lint`: --syntax-only; else --settings as a file or a preset name; else, as
/// PSScriptAnalyzer does, a PSScriptAnalyzerSettings.psd1 in the folder of the first path; else the default rules.
/// </summary>
public static class LintSettingsResolver
{
    /// <summary>The file name PSScriptAnalyzer looks for beside the analysed scripts.</summary>
    public const string DiscoveredFileName = "PSScriptAnalyzerSettings.psd1";

    /// <summary>The settings, or null after writing why they cannot be used.</summary>
    public static AnalyzerSettings? Resolve(bool syntaxOnly, string? settings, IReadOnlyList<string> paths, TextWriter error)
    {
        if (syntaxOnly)
        {
            return AnalyzerSettings.SyntaxOnly;
        }

        if (settings is null)
        {
            var folder = Directory.Exists(paths[0]) ? paths[0] : Path.GetDirectoryName(Path.GetFullPath(paths[0]))!;
            var discovered = Path.Combine(folder, DiscoveredFileName);
            if (!File.Exists(discovered))
            {
                return AnalyzerSettings.Default;
            }

            error.WriteLine($"Using the settings file {discovered}.");
            settings = discovered;
        }

        SettingsReadResult? result;
        if (File.Exists(settings))
        {
            result = SettingsFileReader.Read(SourceText.FromBytes(File.ReadAllBytes(settings), settings), BuiltinRules.All.Select(r => r.Descriptor).ToArray(), Path.GetFileName(settings));
        }
        else
        {
            result = SettingsPresets.Find(settings);
            if (result is null)
            {
                error.WriteLine($"scriptgen: error: --settings: '{settings}' is neither a settings file nor a preset ({string.Join(", ", SettingsPresets.Names)})");
                return null;
            }
        }

        foreach (var warning in result.Warnings)
        {
            error.WriteLine($"scriptgen: warning: --settings {settings}: {warning}");
        }

        foreach (var problem in result.Errors)
        {
            error.WriteLine($"scriptgen: error: --settings {settings}: {problem}");
        }

        return result.Settings;
    }
}
