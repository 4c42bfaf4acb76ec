using System.Text;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Signing;
using ScriptGen.Core.Verification;

namespace ScriptGen.Core.Comparison;

/// <summary>
/// Compares two bundles for a review board: which files were added, removed or changed (with a unified diff of each
/// changed text file, a script's signature block set aside), and which parameters, templates, tool version, signer
/// or creation time the manifests disagree on. The manifest and provenance are summarised, not diffed line by line.
/// </summary>
public static class BundleComparer
{
    private static readonly string[] Summarised = [BundleLayout.Manifest, BundleLayout.Provenance];

    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/>.</summary>
    public static BundleComparison Compare(BundleContents old, BundleContents @new)
    {
        var problems = old.Problems.Concat(@new.Problems).ToList();
        var oldManifest = Manifest(old, problems);
        var newManifest = Manifest(@new, problems);
        var files = old.Files.Keys.Union(@new.Files.Keys).Order(StringComparer.Ordinal)
            .Select(path => Change(path, old.Files.GetValueOrDefault(path), @new.Files.GetValueOrDefault(path)))
            .OfType<FileChange>()
            .ToArray();
        return new BundleComparison(
            files,
            Changes(oldManifest?.Parameters ?? [], newManifest?.Parameters ?? []),
            Changes(
                oldManifest?.Templates.Select(t => new KeyValuePair<string, string?>(t.Id, t.Sha256)).ToArray() ?? [],
                newManifest?.Templates.Select(t => new KeyValuePair<string, string?>(t.Id, t.Sha256)).ToArray() ?? []),
            Changes(Build(oldManifest), Build(newManifest)),
            problems);
    }

    private static ManifestDocument? Manifest(BundleContents contents, List<BundleProblem> problems)
    {
        if (!contents.Files.TryGetValue(BundleLayout.Manifest, out var bytes))
        {
            problems.Add(new BundleProblem(null, $"{contents.Source} has no {BundleLayout.Manifest}: parameters and templates cannot be compared"));
            return null;
        }

        var (manifest, schemaProblems) = ManifestReader.Read(bytes);
        problems.AddRange(schemaProblems.Select(p => p with { Message = $"{contents.Source}: {p.Message}" }));
        return manifest;
    }

    private static KeyValuePair<string, string?>[] Build(ManifestDocument? manifest) => manifest is null ? [] :
    [
        new("tool", $"{manifest.ToolName} {manifest.ToolVersion}"),
        new("templateSet", manifest.TemplateSetId),
        new("signer", manifest.Signing.Signed ? $"{manifest.Signing.Subject} ({manifest.Signing.Thumbprint})" : "not signed"),
        new("createdUtc", manifest.CreatedUtc),
    ];

    private static ValueChange[] Changes(IReadOnlyList<KeyValuePair<string, string?>> old, IReadOnlyList<KeyValuePair<string, string?>> @new)
    {
        var oldValues = old.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var newValues = @new.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return old.Select(p => p.Key).Concat(@new.Select(p => p.Key)).Distinct(StringComparer.Ordinal)
            .Where(name => !oldValues.TryGetValue(name, out var a) || !newValues.TryGetValue(name, out var b) || a != b)
            .Select(name => new ValueChange(name, oldValues.GetValueOrDefault(name), newValues.GetValueOrDefault(name)))
            .ToArray();
    }

    private static FileChange? Change(string path, byte[]? old, byte[]? @new)
    {
        if (old is null || @new is null)
        {
            return new FileChange(path, old is null ? "added" : "removed", null, null);
        }

        if (old.AsSpan().SequenceEqual(@new))
        {
            return null;
        }

        if (Summarised.Contains(path))
        {
            return new FileChange(path, "changed", null, "summarised below, not diffed");
        }

        var (oldText, oldBlock) = Text(path, old);
        var (newText, newBlock) = Text(path, @new);
        var diff = LineDiff.Unified(oldText, newText, $"old/{path}", $"new/{path}");
        var note = oldBlock == newBlock ? null : diff.Length == 0 ? "only the signature block differs" : "the signature block differs too";
        return new FileChange(path, "changed", diff.Length == 0 ? null : diff, note ?? (diff.Length == 0 ? "only line endings or encoding differ" : null));
    }

    private static (string Text, string? Block) Text(string path, byte[] bytes)
    {
        if (path.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var script = ScriptText.Parse(bytes);
                return (script.Content.TrimStart('\uFEFF'), script.Block);
            }
            catch (FormatException)
            {
                // Not valid text: fall through and diff what decodes.
            }
        }

        return (Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), null);
    }
}
