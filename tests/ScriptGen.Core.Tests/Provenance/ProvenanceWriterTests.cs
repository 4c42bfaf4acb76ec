using System.Text.Json;
using ScriptGen.Testing;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Tests.Signing;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Core.Tests.Verification;

namespace ScriptGen.Core.Tests.Provenance;

public sealed class ProvenanceWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void The_statement_is_in_toto_v1_with_every_bundle_file_as_a_subject_and_listed_in_the_manifest()
    {
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(TestCertificates.Signer), changeId: "CHG-1");
        var folder = outcome.BundleFolder;

        using var statement = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "provenance.intoto.json")));
        var root = statement.RootElement;
        Assert.Equal("https://in-toto.io/Statement/v1", root.GetProperty("_type").GetString());
        Assert.Equal("https://slsa.dev/provenance/v1", root.GetProperty("predicateType").GetString());
        var subjects = root.GetProperty("subject").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("digest").GetProperty("sha256").GetString());
        var expected = _temp.Files().Select(f => f[(Path.GetRelativePath(_temp.Path, folder).Length + 1)..]).Where(f => f is not ("manifest.json" or "provenance.intoto.json")).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal), subjects.Keys);
        Assert.All(subjects, s => Assert.Equal(Sha256Hex.Of(File.ReadAllBytes(Path.Combine(folder, s.Key))), s.Value));
        Assert.Contains("\"path\": \"provenance.intoto.json\"", File.ReadAllText(Path.Combine(folder, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_predicate_names_the_tool_the_templates_with_digests_and_the_parameters()
    {
        var outcome = TestBundles.Generate(_temp.Path, changeId: "CHG-1");

        using var statement = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outcome.BundleFolder, "provenance.intoto.json")));
        var predicate = statement.RootElement.GetProperty("predicate");
        var definition = predicate.GetProperty("buildDefinition");
        Assert.Equal("9.9.9", predicate.GetProperty("runDetails").GetProperty("builder").GetProperty("version").GetProperty("ScriptGen").GetString());
        Assert.Equal("minimal", definition.GetProperty("externalParameters").GetProperty("templateSet").GetString());
        Assert.Equal("CHG-1", definition.GetProperty("externalParameters").GetProperty("parameters").GetProperty("changeId").GetString());
        var set = FixtureSets.Load("minimal");
        var dependencies = definition.GetProperty("resolvedDependencies").EnumerateArray().ToArray();
        Assert.Contains(dependencies, d => d.GetProperty("name").GetString() == "steps/01-Set-Thing.ps1.hbs"
            && d.GetProperty("digest").GetProperty("sha256").GetString() == set.Files["steps/01-Set-Thing.ps1.hbs"].Sha256);
    }

    [Fact]
    public void The_statement_does_not_change_with_the_creation_time()
    {
        var first = TestBundles.Generate(Path.Combine(_temp.Path, "a"));
        var second = TestBundles.Generate(Path.Combine(_temp.Path, "b"), created: TestBundles.Created.AddDays(3));

        Assert.Equal(File.ReadAllBytes(Path.Combine(first.BundleFolder, "provenance.intoto.json")), File.ReadAllBytes(Path.Combine(second.BundleFolder, "provenance.intoto.json")));
    }

    public void Dispose() => _temp.Dispose();
}
