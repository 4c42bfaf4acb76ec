using ScriptGen.Testing;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Generation;
using ScriptGen.Core.IO;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Signing;
using ScriptGen.Core.Tests.Support;

namespace ScriptGen.Core.Tests.Verification;

/// <summary>Generates bundles of the minimal fixture set for the handoff tests: signed or not, zipped or not.</summary>
public static class TestBundles
{
    /// <summary>The creation time the tests record (as SOURCE_DATE_EPOCH would).</summary>
    public static readonly DateTimeOffset Created = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static readonly TemplateSet Set = FixtureSets.Load("minimal");

    /// <summary>Generates one bundle under <paramref name="outputRoot"/>.</summary>
    public static GenerateOutcome Generate(
        string outputRoot, AuthenticodeSigner? signer = null, bool zip = false, string? changeId = null, IFileSystem? fileSystem = null, DateTimeOffset? created = null)
    {
        var raw = new Dictionary<string, string?> { ["tenant"] = "contoso.com", ["environment"] = "dev", ["changeId"] = changeId };
        var values = ParameterValidator.Validate(Set.Declaration, raw, allowRetired: false).Values!;
        var request = new GenerateRequest(Set, values, outputRoot, Force: true, created ?? Created, signer, zip);
        return new BundleGenerator(new RecordingLinter(), fileSystem ?? PhysicalFileSystem.Instance, new ToolInfo("ScriptGen", "9.9.9")).Generate(request);
    }

    /// <summary>A signer with the test certificate <paramref name="certificate"/>.</summary>
    public static AuthenticodeSigner Signer(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) =>
        new(Signing.TestCredentials.For(certificate));
}
