using System.CommandLine;
using System.Text;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Linting;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.Cli.Commands;

/// <summary>`scriptgen lint &lt;paths…&gt;`: parse and lint PowerShell files and folders; exit 1 on findings at or above --fail-on.</summary>
public static class LintCommand
{
    private static readonly string[] Extensions = [".ps1", ".psm1", ".psd1"];

    /// <summary>The `lint` command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and folders to analyse; folders are searched recursively for .ps1, .psm1 and .psd1 files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var syntaxOnly = new Option<bool>("--syntax-only") { Description = "Only parse: report syntax errors, run no rules." };
        var settings = new Option<string>("--settings")
        {
            Description = "A PSScriptAnalyzer settings file (.psd1: IncludeRules, ExcludeRules, Severity, Rules) or a preset: default, PSGallery, ScriptSecurity, Strict. " +
                $"Without it, a {LintSettingsResolver.DiscoveredFileName} beside the first path is used, else the default rules.",
            HelpName = "file|preset",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest severity that makes the exit code 1: ParseError, Error (default), Warning or Information.",
            HelpName = "severity",
        };
        var format = new Option<string>("--format") { Description = "text (default), json (the lint-JSON contract) or sarif (SARIF 2.1.0).", HelpName = "text|json|sarif" };
        var command = new Command("lint", "Parse and lint PowerShell scripts with ScriptGen's own engine and PSScriptAnalyzer-compatible rules; no PowerShell installation is needed.")
        {
            paths, syntaxOnly, settings, failOn, format,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths)!,
            parseResult.GetValue(syntaxOnly),
            parseResult.GetValue(settings),
            parseResult.GetValue(failOn) ?? "Error",
            parseResult.GetValue(format) ?? "text",
            environment));
        return command;
    }

    private static int Run(string[] paths, bool syntaxOnly, string? settingsName, string failOnName, string format, CliEnvironment environment)
    {
        if (format is not ("text" or "json" or "sarif"))
        {
            environment.Error.WriteLine($"scriptgen: error: --format: '{format}' must be text, json or sarif");
            return ExitCodes.InvalidInput;
        }

        if (!Enum.TryParse<DiagnosticSeverity>(failOnName, ignoreCase: true, out var failOn) || int.TryParse(failOnName, out _))
        {
            environment.Error.WriteLine($"scriptgen: error: --fail-on: '{failOnName}' must be ParseError, Error, Warning or Information");
            return ExitCodes.InvalidInput;
        }

        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToArray();
        foreach (var path in missing)
        {
            environment.Error.WriteLine($"scriptgen: error: '{path}' is neither a file nor a folder");
        }

        if (missing.Length > 0)
        {
            return ExitCodes.InvalidInput;
        }

        var settings = LintSettingsResolver.Resolve(syntaxOnly, settingsName, paths, environment.Error);
        if (settings is null)
        {
            return ExitCodes.InvalidInput;
        }

        var linter = new EngineScriptLinter(settings);
        LintReport report;
        try
        {
            var files = paths.SelectMany(Expand).Distinct(StringComparer.Ordinal).ToArray();
            report = new LintReport(linter.Engine, files.Select(f => new LintedFile(f, linter.Analyze(f, File.ReadAllBytes(f)))).ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"scriptgen: error: {ex.Message}");
            return ExitCodes.IoFailure;
        }

        Write(report, format, environment);
        return report.HasFindingsAtOrAbove(failOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void Write(LintReport report, string format, CliEnvironment environment)
    {
        switch (format)
        {
            case "json":
                environment.Output.Write(Encoding.UTF8.GetString(LintJsonWriter.Write(report)));
                return;
            case "sarif":
                environment.Output.Write(Encoding.UTF8.GetString(SarifWriter.Write(report, ToolInfo.Current)));
                return;
        }

        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                environment.Output.WriteLine(DiagnosticText.Format(file.Path, diagnostic));
            }
        }

        var summary = report.Summary;
        var suppressed = report.Files.Sum(f => f.Result.Suppressed.Count);
        environment.Error.WriteLine($"{summary.Files} files: {summary.ParseErrors} parse errors, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Information} information; {suppressed} suppressed; {report.Engine.Rules.Count} rules ({report.Engine.Settings}).");
    }

    private static IEnumerable<string> Expand(string path) =>
        File.Exists(path)
            ? [path]
            : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
}
