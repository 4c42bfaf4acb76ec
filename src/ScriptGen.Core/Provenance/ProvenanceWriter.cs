using System.Text.Json;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Json;

namespace ScriptGen.Core.Provenance;

/// <summary>
/// Writes provenance.intoto.json: an in-toto Statement v1 whose subjects are the bundle's files (every file but
/// the manifest, written after it, and the statement itself) and whose predicate is SLSA Provenance v1 naming the
/// tool and version, the template set with the SHA-256 of each template used, the variant and the parameters. It
/// holds nothing that changes between runs of the same inputs, not even the creation time, so that only the
/// manifest differs between two runs without SOURCE_DATE_EPOCH (docs/bundle-format.md, "Provenance").
/// </summary>
public static class ProvenanceWriter
{
    /// <summary>The in-toto statement type.</summary>
    public const string StatementType = "https://in-toto.io/Statement/v1";

    /// <summary>The SLSA provenance predicate type.</summary>
    public const string PredicateType = "https://slsa.dev/provenance/v1";

    /// <summary>ScriptGen's build type: externalParameters are the template set, variant and parameters.</summary>
    public const string BuildType = "urn:scriptgen:buildtype:bundle:v1";

    /// <summary>The builder id: the scriptgen command line, run by whoever generated the bundle.</summary>
    public const string BuilderId = "urn:scriptgen:builder:cli";

    /// <summary>The UTF-8 bytes of the statement.</summary>
    public static byte[] Write(ProvenanceInput input) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("_type", StatementType);
        writer.WriteStartArray("subject");
        foreach (var file in input.Subjects.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("name", file.Path);
            WriteDigest(writer, Sha256Hex.Of(file.Bytes));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("predicateType", PredicateType);
        writer.WriteStartObject("predicate");
        WriteBuildDefinition(writer, input);
        writer.WriteStartObject("runDetails");
        writer.WriteStartObject("builder");
        writer.WriteString("id", BuilderId);
        writer.WriteStartObject("version");
        writer.WriteString(input.Tool.Name, input.Tool.Version);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static void WriteBuildDefinition(Utf8JsonWriter writer, ProvenanceInput input)
    {
        writer.WriteStartObject("buildDefinition");
        writer.WriteString("buildType", BuildType);
        writer.WriteStartObject("externalParameters");
        writer.WriteString("templateSet", input.TemplateSetId);
        writer.WriteString("variant", input.Variant);
        writer.WriteStartObject("parameters");
        foreach (var (name, value) in input.Parameters)
        {
            writer.WriteNullableString(name, value);
        }

        writer.WriteEndObject();
        writer.WriteBoolean("signed", input.Signer is not null);
        writer.WriteEndObject();
        writer.WriteStartObject("internalParameters");
        writer.WriteString("templateSetOrigin", input.Origin == TemplateSetOrigin.BuiltIn ? "built-in" : "folder");
        writer.WriteString("lintEngine", $"{input.Lint.Name} {input.Lint.Version}");
        writer.WriteString("lintSettings", input.Lint.Settings);
        if (input.Signer is { } signer)
        {
            writer.WriteString("signerThumbprint", signer.Thumbprint);
            writer.WriteBoolean("timestamped", signer.Timestamped);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("resolvedDependencies");
        foreach (var template in input.Templates)
        {
            writer.WriteStartObject();
            writer.WriteString("uri", $"scriptgen-template:{input.TemplateSetId}/{template.Id}");
            writer.WriteString("name", template.Id);
            WriteDigest(writer, template.Sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDigest(Utf8JsonWriter writer, string sha256)
    {
        writer.WriteStartObject("digest");
        writer.WriteString("sha256", sha256);
        writer.WriteEndObject();
    }
}
