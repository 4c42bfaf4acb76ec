using System.Text;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Generation;
using ScriptGen.Core.Json;
using ScriptGen.Core.Linting;

namespace ScriptGen.Cli.Commands;

/// <summary>Reports a generate outcome: text (the manifest hash on stdout, the rest on stderr) or one JSON document.</summary>
public static class GenerateReport
{
    /// <summary>Writes the report and returns the exit code the outcome maps to.</summary>
    public static int Write(GenerateOutcome outcome, string format, CliEnvironment environment)
    {
        if (format == "json")
        {
            environment.Output.Write(Encoding.UTF8.GetString(Json(outcome)));
        }
        else
        {
            WriteText(outcome, environment);
        }

        return outcome.Status switch
        {
            GenerateStatus.RefusedByLint => ExitCodes.Findings,
            GenerateStatus.Conflict => ExitCodes.BundleExists,
            _ => ExitCodes.Success,
        };
    }

    /// <summary>Lower-case status names used in JSON output.</summary>
    public static string StatusName(GenerateStatus status) => status switch
    {
        GenerateStatus.Created => "created",
        GenerateStatus.Replaced => "replaced",
        GenerateStatus.Unchanged => "unchanged",
        GenerateStatus.RefusedByLint => "refused",
        _ => "conflict",
    };

    private static void WriteText(GenerateOutcome outcome, CliEnvironment environment)
    {
        var error = environment.Error;
        foreach (var advisory in outcome.Advisories)
        {
            error.WriteLine($"advisory: {advisory.Title} (CHANGE.md explains)");
        }

        foreach (var file in outcome.Lint.Files)
        {
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                error.WriteLine(DiagnosticText.Format(file.Path, diagnostic));
            }
        }

        var summary = outcome.Lint.Summary;
        var lint = outcome.Lint.Engine.Parses
            ? $"lint: {summary.ParseErrors} parse errors, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Information} information"
            : "not parsed or linted: this build has no PowerShell parser";
        switch (outcome.Status)
        {
            case GenerateStatus.RefusedByLint:
                error.WriteLine($"Refused: the scripts have parse errors or error findings ({lint}). Nothing was written.");
                return;
            case GenerateStatus.Conflict:
                error.WriteLine($"scriptgen: error: {outcome.BundleFolder} already holds a different bundle (differing: {string.Join(", ", outcome.DifferingFiles)}). Pass --force to replace it. Nothing was written.");
                return;
            case GenerateStatus.Unchanged:
                error.WriteLine($"Unchanged: {outcome.BundleFolder} already holds this bundle ({lint}).");
                break;
            default:
                error.WriteLine($"{(outcome.Status == GenerateStatus.Created ? "Created" : "Replaced")} {outcome.BundleFolder} ({outcome.Lint.Files.Count} scripts; {lint}).");
                break;
        }

        environment.Output.WriteLine($"{outcome.ManifestSha256}  {Path.Combine(outcome.BundleFolder, BundleLayout.Manifest)}");
        if (outcome.ZipPath is not null)
        {
            environment.Output.WriteLine($"{outcome.ZipSha256}  {outcome.ZipPath}");
        }
    }

    private static byte[] Json(GenerateOutcome outcome) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("status", StatusName(outcome.Status));
        writer.WriteString("bundle", outcome.BundleFolder);
        writer.WriteNullableString("manifestSha256", outcome.ManifestSha256);
        writer.WriteNullableString("zip", outcome.ZipPath);
        writer.WriteNullableString("zipSha256", outcome.ZipSha256);
        writer.WriteStartArray("advisories");
        foreach (var advisory in outcome.Advisories)
        {
            writer.WriteStartObject();
            writer.WriteString("id", advisory.Id);
            writer.WriteString("title", advisory.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("lint");
        writer.WriteBoolean("parsed", outcome.Lint.Engine.Parses);
        DiagnosticJson.WriteSummary(writer, outcome.Lint.Summary);
        writer.WriteEndObject();
        writer.WriteStartArray("differingFiles");
        foreach (var file in outcome.DifferingFiles)
        {
            writer.WriteStringValue(file);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
