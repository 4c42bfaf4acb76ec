using System.CommandLine;
using System.Text;
using ScriptGen.Core.Linting;

namespace ScriptGen.Cli.Commands;

/// <summary>`scriptgen lint &lt;paths…&gt;`: parse (and lint) PowerShell files and folders; exit 1 on findings at or above --fail-on.</summary>
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
        var format = new Option<string>("--format") { Description = "text (default) or json (the lint-JSON contract in ARCHITECTURE.md).", HelpName = "text|json" };
        var command = new Command("lint", "Parse and lint PowerShell scripts with ScriptGen's own engine; no PowerShell installation is needed.")
        {
            paths, syntaxOnly, format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths)!, parseResult.GetValue(format) ?? "text", environment));
        return command;
    }

    private static int Run(string[] paths, string format, CliEnvironment environment)
    {
        if (format is not ("text" or "json"))
        {
            environment.Error.WriteLine($"scriptgen: error: --format: '{format}' must be text or json");
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

        var files = paths.SelectMany(Expand).Distinct(StringComparer.Ordinal).ToArray();
        LintReport report;
        try
        {
            report = new LintReport(environment.Linter.Engine, files.Select(f => new LintedFile(f, environment.Linter.Analyze(f, File.ReadAllBytes(f)))).ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"scriptgen: error: {ex.Message}");
            return ExitCodes.IoFailure;
        }

        if (format == "json")
        {
            environment.Output.Write(Encoding.UTF8.GetString(LintJsonWriter.Write(report)));
        }
        else
        {
            foreach (var file in report.Files)
            {
                foreach (var diagnostic in file.Result.Diagnostics)
                {
                    environment.Output.WriteLine(DiagnosticText.Format(file.Path, diagnostic));
                }
            }

            var summary = report.Summary;
            environment.Error.WriteLine($"{summary.Files} files: {summary.ParseErrors} parse errors, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Information} information.");
        }

        return report.HasFindingsAtOrAbove(PowerShell.Diagnostics.DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static IEnumerable<string> Expand(string path) =>
        File.Exists(path)
            ? [path]
            : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
}
