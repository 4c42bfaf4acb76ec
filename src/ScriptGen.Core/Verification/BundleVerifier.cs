using System.Security.Cryptography.X509Certificates;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;

namespace ScriptGen.Core.Verification;

/// <summary>
/// The receiving side's check of a bundle, the same as Verify-Bundle.ps1 and more: the manifest follows the schema;
/// every listed file is there with its size and SHA-256; nothing unlisted is there; when the manifest records
/// signing, every script has a valid signature by the certificate it names; and with a trusted signer, every
/// script is signed by exactly that certificate. Without a trusted signer the signer is reported, not judged. The
/// manifest cannot vouch for itself: with the SHA-256 recorded in the change ticket, a changed manifest fails too.
/// </summary>
public static class BundleVerifier
{
    /// <summary>Verifies <paramref name="contents"/> as of <paramref name="now"/>.</summary>
    public static BundleVerification Verify(BundleContents contents, DateTimeOffset now, X509Certificate2? trustedSigner = null, string? expectedManifestSha256 = null)
    {
        var problems = new List<BundleProblem>(contents.Problems);
        if (!contents.Files.TryGetValue(BundleLayout.Manifest, out var manifestBytes))
        {
            problems.Add(new BundleProblem(null, $"{BundleLayout.Manifest} is missing: this is not a complete bundle (it is written last)"));
            return new BundleVerification(contents.Source, null, null, [], problems);
        }

        var (manifest, schemaProblems) = ManifestReader.Read(manifestBytes);
        problems.AddRange(schemaProblems);
        var manifestSha256 = Sha256Hex.Of(manifestBytes);
        if (expectedManifestSha256 is not null && !string.Equals(expectedManifestSha256, manifestSha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new BundleProblem(BundleLayout.Manifest, $"its SHA-256 is {manifestSha256}, not the approved {expectedManifestSha256.ToLowerInvariant()}"));
        }

        if (manifest is null)
        {
            return new BundleVerification(contents.Source, manifestSha256, null, [], problems);
        }

        var files = manifest.Files.Select(entry => Check(entry, contents, manifest.Signing, trustedSigner, now, problems)).ToArray();
        var listed = manifest.Files.Select(f => f.Path).Append(BundleLayout.Manifest).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(contents.Files.Keys.Where(p => !listed.Contains(p)).Order(StringComparer.Ordinal)
            .Select(p => new BundleProblem(p, "is not in the manifest")));
        return new BundleVerification(contents.Source, manifestSha256, manifest, files, problems);
    }

    private static VerifiedFile Check(ManifestFileEntry entry, BundleContents contents, ManifestSigning signing, X509Certificate2? trustedSigner, DateTimeOffset now, List<BundleProblem> problems)
    {
        if (!contents.Files.TryGetValue(entry.Path, out var bytes))
        {
            problems.Add(new BundleProblem(entry.Path, "is missing"));
            return new VerifiedFile(entry.Path, "missing", null);
        }

        var status = bytes.Length != entry.Bytes ? "size differs" : Sha256Hex.Of(bytes) != entry.Sha256 ? "hash differs" : "ok";
        if (status != "ok")
        {
            problems.Add(new BundleProblem(entry.Path, status == "size differs" ? $"is {bytes.Length} bytes; the manifest says {entry.Bytes}" : "its SHA-256 differs from the manifest's"));
        }

        if (!entry.Path.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase))
        {
            return new VerifiedFile(entry.Path, status, null);
        }

        var signature = AuthenticodeVerifier.Verify(bytes, now);
        var required = signing.Signed || trustedSigner is not null;
        if (signature.Status != SignatureStatus.Valid && (required || signature.Status != SignatureStatus.NotSigned))
        {
            problems.Add(new BundleProblem(entry.Path, $"signature {Describe(signature.Status)}: {signature.Problem}"));
        }
        else if (signature.Signer is { } signer)
        {
            if (signing.Signed && !string.Equals(signer.Thumbprint, signing.Thumbprint, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new BundleProblem(entry.Path, $"is signed by '{signer.Subject}' ({signer.Thumbprint}), not by the certificate the manifest records ({signing.Thumbprint})"));
            }

            if (trustedSigner is not null && !signer.RawData.AsSpan().SequenceEqual(trustedSigner.RawData))
            {
                problems.Add(new BundleProblem(entry.Path, $"is signed by '{signer.Subject}' ({signer.Thumbprint}), not by the trusted signer '{trustedSigner.Subject}' ({trustedSigner.Thumbprint})"));
            }
        }

        return new VerifiedFile(entry.Path, status, signature);
    }

    /// <summary>The lower-case name of a status as text and JSON show it.</summary>
    public static string Describe(SignatureStatus status) => status switch
    {
        SignatureStatus.NotSigned => "missing",
        SignatureStatus.Valid => "valid",
        SignatureStatus.HashMismatch => "hash mismatch",
        _ => "invalid",
    };
}
