using System.CommandLine;
using System.Text;
using ScriptGen.Core.Comparison;
using ScriptGen.Core.Json;
using ScriptGen.Core.Verification;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// `scriptgen diff &lt;old&gt; &lt;new&gt;`: what changed between two bundles (folders or zips), for a review board. Exit 0
/// when they are the same, 1 when they differ (as diff(1) does), 2 for bad input, 4 when a bundle cannot be read.
/// </summary>
public static class DiffCommand
{
    /// <summary>The `diff` command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var old = new Argument<string>("old") { Description = "The approved (or older) bundle: a folder or a zip." };
        var @new = new Argument<string>("new") { Description = "The bundle to review: a folder or a zip." };
        var format = new Option<string>("--format") { Description = "text (default: a unified diff per changed file) or json.", HelpName = "text|json" };
        var command = new Command("diff", "Show what differs between two bundles: added, removed and changed files with a unified diff of each " +
            "changed script, and the parameters, templates, tool version and signer that differ. Exit 0 when equal, 1 when they differ.")
        {
            old, @new, format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(old)!, parseResult.GetValue(@new)!, parseResult.GetValue(format) ?? "text", environment));
        return command;
    }

    private static int Run(string old, string @new, string format, CliEnvironment environment)
    {
        var error = environment.Error;
        if (format is not ("text" or "json"))
        {
            error.WriteLine($"scriptgen: error: --format: '{format}' must be text or json");
            return ExitCodes.InvalidInput;
        }

        var missing = new[] { ("old", old), ("new", @new) }.Where(p => !environment.FileSystem.DirectoryExists(p.Item2) && !environment.FileSystem.FileExists(p.Item2)).ToArray();
        foreach (var (name, path) in missing)
        {
            error.WriteLine($"scriptgen: error: {name}: '{path}' is neither a folder nor a file");
        }

        if (missing.Length > 0)
        {
            return ExitCodes.InvalidInput;
        }

        BundleComparison comparison;
        try
        {
            comparison = BundleComparer.Compare(BundleContentsReader.Read(old, environment.FileSystem), BundleContentsReader.Read(@new, environment.FileSystem));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"scriptgen: error: a bundle cannot be read: {ex.Message}");
            return ExitCodes.IoFailure;
        }

        if (format == "json")
        {
            environment.Output.Write(Encoding.UTF8.GetString(Json(comparison)));
        }
        else
        {
            WriteText(comparison, environment);
        }

        return comparison.HasDifferences ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void WriteText(BundleComparison comparison, CliEnvironment environment)
    {
        var output = environment.Output;
        foreach (var problem in comparison.Problems)
        {
            environment.Error.WriteLine($"warning: {problem}");
        }

        WriteValues(output, "parameter", comparison.Parameters);
        WriteValues(output, "template", comparison.Templates);
        WriteValues(output, "build", comparison.Build);
        foreach (var file in comparison.Files)
        {
            output.WriteLine($"{file.Kind}: {file.Path}{(file.Note is null ? string.Empty : $" ({file.Note})")}");
        }

        foreach (var file in comparison.Files.Where(f => f.UnifiedDiff is not null))
        {
            output.Write(file.UnifiedDiff);
        }

        environment.Error.WriteLine(comparison.HasDifferences
            ? $"The bundles differ: {comparison.Files.Count} file(s), {comparison.Parameters.Count} parameter(s), {comparison.Templates.Count} template(s), {comparison.Build.Count} build value(s)."
            : "The bundles are the same.");
    }

    private static void WriteValues(TextWriter output, string kind, IReadOnlyList<ValueChange> changes)
    {
        foreach (var change in changes)
        {
            output.WriteLine($"{kind} {change.Name}: {change.Old ?? "(none)"} -> {change.New ?? "(none)"}");
        }
    }

    private static byte[] Json(BundleComparison comparison) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("differ", comparison.HasDifferences);
        foreach (var (name, changes) in new[] { ("parameters", comparison.Parameters), ("templates", comparison.Templates), ("build", comparison.Build) })
        {
            writer.WriteStartArray(name);
            foreach (var change in changes)
            {
                writer.WriteStartObject();
                writer.WriteString("name", change.Name);
                writer.WriteNullableString("old", change.Old);
                writer.WriteNullableString("new", change.New);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("files");
        foreach (var file in comparison.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("change", file.Kind);
            writer.WriteNullableString("note", file.Note);
            writer.WriteNullableString("unifiedDiff", file.UnifiedDiff);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("problems");
        foreach (var problem in comparison.Problems)
        {
            writer.WriteStringValue(problem.ToString());
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
