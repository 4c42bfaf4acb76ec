using System.Text;
using ScriptGen.Core.Batch;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Generation;
using ScriptGen.Core.Json;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// Reports a batch. Text: each failed row with its number and reason on stderr, advisories once, a one-line summary;
/// on stdout the manifest hash of every bundle in place. JSON: one document with a row per inventory row.
/// </summary>
public static class BatchReport
{
    /// <summary>Writes the report of <paramref name="results"/> in <paramref name="format"/>.</summary>
    public static void Write(IReadOnlyList<BatchRowResult> results, string format, CliEnvironment environment)
    {
        if (format == "json")
        {
            environment.Output.Write(Encoding.UTF8.GetString(Json(results)));
            return;
        }

        foreach (var advisory in results.SelectMany(r => r.Outcome?.Advisories ?? []).DistinctBy(a => a.Id))
        {
            environment.Error.WriteLine($"advisory: {advisory.Title} (CHANGE.md explains)");
        }

        foreach (var result in results)
        {
            WriteRow(result, environment);
        }

        var statuses = results.Where(r => r.Outcome is not null).GroupBy(r => r.Outcome!.Status).ToDictionary(g => g.Key, g => g.Count());
        var succeeded = results.Count(r => r.Status == BatchRowStatus.Succeeded);
        environment.Error.WriteLine(
            $"{results.Count} rows: {succeeded} bundles in place ({statuses.GetValueOrDefault(GenerateStatus.Created)} created, " +
            $"{statuses.GetValueOrDefault(GenerateStatus.Replaced)} replaced, {statuses.GetValueOrDefault(GenerateStatus.Unchanged)} unchanged), " +
            $"{results.Count(r => r.Status == BatchRowStatus.Invalid)} invalid, {results.Count(r => r.Status == BatchRowStatus.Failed)} failed.");
    }

    private static void WriteRow(BatchRowResult result, CliEnvironment environment)
    {
        var prefix = $"row {result.Row}";
        switch (result.Status)
        {
            case BatchRowStatus.Succeeded:
                environment.Output.WriteLine($"{result.Outcome!.ManifestSha256}  {Path.Combine(result.Outcome.BundleFolder, BundleLayout.Manifest)}");
                break;
            case BatchRowStatus.Invalid:
                foreach (var error in result.Errors)
                {
                    environment.Error.WriteLine($"{prefix}: {error.Option} ({error.Name}):{(error.Value is null ? string.Empty : $" '{error.Value}'")} {error.Rule}");
                }

                break;
            default:
                environment.Error.WriteLine($"{prefix}: {Reason(result)}");
                break;
        }
    }

    private static string Reason(BatchRowResult result) => result.Outcome?.Status switch
    {
        GenerateStatus.RefusedByLint => $"refused: {result.Outcome.BundleFolder} has parse errors or error findings; nothing was written",
        GenerateStatus.Conflict => $"{result.Outcome.BundleFolder} already holds a different bundle; pass --force to replace it",
        _ => $"could not be written: {result.Failure}",
    };

    private static byte[] Json(IReadOnlyList<BatchRowResult> results) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("rows", results.Count);
        writer.WriteNumber("succeeded", results.Count(r => r.Status == BatchRowStatus.Succeeded));
        writer.WriteNumber("invalid", results.Count(r => r.Status == BatchRowStatus.Invalid));
        writer.WriteNumber("failed", results.Count(r => r.Status == BatchRowStatus.Failed));
        writer.WriteStartArray("results");
        foreach (var result in results)
        {
            writer.WriteStartObject();
            writer.WriteNumber("row", result.Row);
            writer.WriteString("status", result.Outcome is null ? result.Status.ToString().ToLowerInvariant() : GenerateReport.StatusName(result.Outcome.Status));
            writer.WriteNullableString("bundle", result.Outcome?.BundleFolder);
            writer.WriteNullableString("manifestSha256", result.Outcome?.ManifestSha256);
            writer.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("field", error.Name);
                writer.WriteNullableString("value", error.Value);
                writer.WriteString("rule", error.Rule);
                writer.WriteEndObject();
            }

            if (result.Failure is not null)
            {
                writer.WriteStartObject();
                writer.WriteString("field", "bundle");
                writer.WriteNull("value");
                writer.WriteString("rule", result.Failure);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
