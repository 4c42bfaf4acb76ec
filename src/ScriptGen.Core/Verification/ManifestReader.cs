using System.Text.Json;
using System.Text.RegularExpressions;
using ScriptGen.Core.Bundling;

namespace ScriptGen.Core.Verification;

/// <summary>
/// Reads manifest.json and checks it against schema version 1: every member the format requires, with its type,
/// file paths that stay inside the bundle, sizes and lower-case SHA-256 hex. The result is null when the manifest
/// cannot be used; each broken rule is one problem.
/// </summary>
public static partial class ManifestReader
{
    /// <summary>The manifest and the schema rules it breaks.</summary>
    public static (ManifestDocument? Manifest, IReadOnlyList<BundleProblem> Problems) Read(byte[] manifest)
    {
        var problems = new List<BundleProblem>();
        try
        {
            using var document = JsonDocument.Parse(manifest);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("is not a JSON object");
            }

            var schema = Member(root, "schemaVersion", JsonValueKind.Number, problems);
            if (schema is { } version && (!version.TryGetInt32(out var number) || number != ManifestWriter.SchemaVersion))
            {
                return Fail($"has schemaVersion {version.GetRawText()}; this ScriptGen reads version {ManifestWriter.SchemaVersion}");
            }

            var tool = Member(root, "tool", JsonValueKind.Object, problems);
            var templateSet = Member(root, "templateSet", JsonValueKind.Object, problems);
            var parameters = Member(root, "parameters", JsonValueKind.Object, problems);
            var files = Member(root, "files", JsonValueKind.Array, problems);
            var created = Member(root, "createdUtc", JsonValueKind.String, problems);
            var result = new ManifestDocument(
                ManifestWriter.SchemaVersion,
                Text(tool, "name", problems),
                Text(tool, "version", problems),
                Text(templateSet, "id", problems),
                Templates(templateSet, problems),
                Parameters(parameters, problems),
                Files(files, problems),
                created?.GetString() ?? string.Empty,
                Signing(root, problems));
            return (problems.Count == 0 ? result : null, problems);
        }
        catch (JsonException ex)
        {
            return Fail($"is not valid JSON: {ex.Message}");
        }

        (ManifestDocument?, IReadOnlyList<BundleProblem>) Fail(string message) => (null, [new BundleProblem(BundleLayout.Manifest, message)]);
    }

    private static JsonElement? Member(JsonElement? parent, string name, JsonValueKind kind, List<BundleProblem> problems)
    {
        if (parent is { } element && element.TryGetProperty(name, out var value) && value.ValueKind == kind)
        {
            return value;
        }

        if (parent is not null)
        {
            problems.Add(new BundleProblem(BundleLayout.Manifest, $"'{name}' is missing or not a JSON {kind.ToString().ToLowerInvariant()}"));
        }

        return null;
    }

    private static string Text(JsonElement? parent, string name, List<BundleProblem> problems) =>
        Member(parent, name, JsonValueKind.String, problems)?.GetString() ?? string.Empty;

    private static ManifestTemplateEntry[] Templates(JsonElement? templateSet, List<BundleProblem> problems)
    {
        var templates = Member(templateSet, "templates", JsonValueKind.Array, problems);
        return templates is null ? [] : templates.Value.EnumerateArray().Select(t => new ManifestTemplateEntry(Text(t, "id", problems), Hash(t, problems))).ToArray();
    }

    private static KeyValuePair<string, string?>[] Parameters(JsonElement? parameters, List<BundleProblem> problems)
    {
        if (parameters is null)
        {
            return [];
        }

        var values = new List<KeyValuePair<string, string?>>();
        foreach (var property in parameters.Value.EnumerateObject())
        {
            if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                problems.Add(new BundleProblem(BundleLayout.Manifest, $"parameter '{property.Name}' is neither a string nor null"));
            }

            values.Add(new(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null));
        }

        return [.. values];
    }

    private static ManifestFileEntry[] Files(JsonElement? files, List<BundleProblem> problems)
    {
        if (files is null)
        {
            return [];
        }

        var entries = new List<ManifestFileEntry>();
        foreach (var file in files.Value.EnumerateArray())
        {
            var path = Text(file, "path", problems);
            var size = Member(file, "bytes", JsonValueKind.Number, problems);
            var bytes = size is { } s && s.TryGetInt64(out var n) && n >= 0 ? n : -1;
            if (!BundleContentsReader.IsSafeEntryName(path) || path == BundleLayout.Manifest)
            {
                problems.Add(new BundleProblem(BundleLayout.Manifest, $"lists the path '{path}', which is not a file inside the bundle"));
            }
            else if (entries.Any(e => e.Path == path))
            {
                problems.Add(new BundleProblem(BundleLayout.Manifest, $"lists '{path}' twice"));
            }

            if (bytes < 0)
            {
                problems.Add(new BundleProblem(BundleLayout.Manifest, $"gives '{path}' a size that is not a whole number of bytes"));
            }

            entries.Add(new ManifestFileEntry(path, bytes, Hash(file, problems)));
        }

        return [.. entries];
    }

    private static string Hash(JsonElement element, List<BundleProblem> problems)
    {
        var hash = Text(element, "sha256", problems);
        if (!Sha256Pattern().IsMatch(hash))
        {
            problems.Add(new BundleProblem(BundleLayout.Manifest, $"'{hash}' is not a SHA-256 in lower-case hex"));
        }

        return hash;
    }

    private static ManifestSigning Signing(JsonElement root, List<BundleProblem> problems)
    {
        if (!root.TryGetProperty("signing", out var signing))
        {
            return ManifestSigning.Unsigned;
        }

        var signed = Member(signing, "signed", JsonValueKind.True, []) is not null;
        if (!signed)
        {
            Member(signing, "signed", JsonValueKind.False, problems);
            return ManifestSigning.Unsigned;
        }

        var signer = Member(signing, "signer", JsonValueKind.Object, problems);
        return new ManifestSigning(true, Text(signer, "subject", problems), Text(signer, "thumbprint", problems), Member(signing, "timestamped", JsonValueKind.True, []) is not null);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
