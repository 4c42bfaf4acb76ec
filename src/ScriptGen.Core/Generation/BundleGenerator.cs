using System.Collections.Concurrent;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.IO;
using ScriptGen.Core.Linting;
using ScriptGen.Core.Packaging;
using ScriptGen.Core.Provenance;
using ScriptGen.Core.Rendering;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.Templates.Checking;

namespace ScriptGen.Core.Generation;

/// <summary>
/// The generate pipeline for one bundle: render every script, parse and lint each, refuse on any parse error or
/// error finding, sign the scripts when asked, then write scripts, CHANGE.md, provenance.intoto.json and
/// manifest.json (last) atomically, and the zip beside the bundle when asked. Never touches the console or the
/// environment; the caller maps the outcome to messages and exit codes. Safe to share across threads.
/// </summary>
public sealed class BundleGenerator(IScriptLinter linter, IFileSystem fileSystem, ToolInfo tool)
{
    private readonly ConcurrentDictionary<TemplateSet, ScriptRenderer> _renderers = new();

    /// <summary>Generates the bundle of <paramref name="request"/>.</summary>
    public GenerateOutcome Generate(GenerateRequest request)
    {
        var set = request.Set;
        var values = request.Values;
        var renderer = _renderers.GetOrAdd(set, s => new ScriptRenderer(s, tool.Version));
        var rendered = renderer.RenderAll(values);
        var scripts = rendered.Select(s => new BundleFile(s.Path, s.Bytes)).Append(new BundleFile(BundleLayout.VerifyScript, VerifyScript.Bytes)).ToArray();
        var lint = new LintReport(linter.Engine, scripts.Select(f => new LintedFile(f.Path, linter.Analyze(f.Path, f.Bytes))).ToArray());
        var folder = BundleLayout.Folder(request.OutputRoot, values.Tenant, values.Environment, set.Id);
        var advisories = AdvisorySelector.Select(set.Declaration, values);
        if (lint.HasFindingsAtOrAbove(DiagnosticSeverity.Error))
        {
            return new GenerateOutcome(GenerateStatus.RefusedByLint, folder, null, advisories, lint, []);
        }

        var signer = request.Signer;
        if (signer is not null)
        {
            scripts = scripts.Select(f => f with { Bytes = signer.Sign(f.Bytes) }).ToArray();
        }

        var hashes = new KeyValuePair<string, string>[scripts.Length];
        for (var i = 0; i < scripts.Length; i++)
        {
            hashes[i] = new(scripts[i].Path, Sha256Hex.Of(scripts[i].Bytes));
        }

        var changeDocument = ChangeDocumentWriter.Write(new ChangeDocumentInput(
            set, values, advisories, rendered.Select(s => new ScriptEntry(s.Source, hashes.First(h => h.Key == s.Path).Value)).ToArray(), hashes, lint, tool, signer?.Signer));
        var files = new List<BundleFile>(scripts)
        {
            new(BundleLayout.ChangeDocument, changeDocument),
            new(BundleLayout.LintSarif, SarifWriter.Write(lint, tool)),
        };
        var templates = TemplatesUsed(set, rendered);
        files.Add(new BundleFile(BundleLayout.Provenance, ProvenanceWriter.Write(new ProvenanceInput(
            tool, set.Id, set.Origin, values.Variant, values.Values, templates, lint.Engine, signer?.Signer, [.. files]))));
        var manifest = ManifestWriter.Write(new BundleManifest(
            tool,
            set.Id,
            values.Variant,
            set.Origin,
            templates,
            values.Values,
            advisories,
            lint,
            files.Select(f => new ManifestFileEntry(f.Path, f.Bytes.Length, Sha256Hex.Of(f.Bytes))).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(),
            request.CreatedUtc,
            signer?.Signer));
        files.Add(new BundleFile(BundleLayout.Manifest, manifest));

        var written = new BundleWriter(fileSystem).Write(folder, files, request.Force);
        var status = written.Status switch
        {
            BundleWriteStatus.Created => GenerateStatus.Created,
            BundleWriteStatus.Replaced => GenerateStatus.Replaced,
            BundleWriteStatus.Unchanged => GenerateStatus.Unchanged,
            _ => GenerateStatus.Conflict,
        };
        var manifestSha256 = status switch
        {
            GenerateStatus.Conflict => null,
            GenerateStatus.Unchanged => Sha256Hex.Of(fileSystem.ReadFile(Path.Combine(folder, BundleLayout.Manifest))),
            _ => Sha256Hex.Of(manifest),
        };
        var zip = request.Zip && status != GenerateStatus.Conflict
            ? WriteZip(folder, status == GenerateStatus.Unchanged ? ReadBundle(folder) : files)
            : default((string, string)?);
        return new GenerateOutcome(status, folder, manifestSha256, advisories, lint, written.DifferingFiles, zip?.Item1, zip?.Item2);
    }

    private (string, string) WriteZip(string folder, IReadOnlyList<BundleFile> files)
    {
        var manifest = files.First(f => f.Path == BundleLayout.Manifest).Bytes;
        using var document = System.Text.Json.JsonDocument.Parse(manifest);
        var createdUtc = DateTimeOffset.Parse(document.RootElement.GetProperty("createdUtc").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return new BundleZipWriter(fileSystem).Write(folder, files, createdUtc);
    }

    private BundleFile[] ReadBundle(string folder) =>
        fileSystem.EnumerateFiles(folder)
            .Select(path => new BundleFile(Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'), fileSystem.ReadFile(path)))
            .ToArray();

    private static ManifestTemplateEntry[] TemplatesUsed(TemplateSet set, IReadOnlyList<RenderedScript> rendered) =>
        rendered.Select(s => s.Source.TemplatePath)
            .Append(Templates.Reading.DeclarationReader.FileName)
            .Concat(set.Files.Keys.Where(path => TemplateBodyChecker.PartialName(path) is not null))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(path => new ManifestTemplateEntry(path, set.Files[path].Sha256))
            .ToArray();
}
