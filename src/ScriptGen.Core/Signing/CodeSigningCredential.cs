using System.Security.Cryptography.X509Certificates;

namespace ScriptGen.Core.Signing;

/// <summary>A code-signing certificate with its RSA private key, and the other certificates its file held (the chain).</summary>
public sealed class CodeSigningCredential(X509Certificate2 certificate, IReadOnlyList<X509Certificate2> chain) : IDisposable
{
    /// <summary>The signer's certificate; it has the private key.</summary>
    public X509Certificate2 Certificate { get; } = certificate;

    /// <summary>Every certificate to embed in signatures: the signer's and the others from its file.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; } = chain;

    /// <summary>What CHANGE.md and the manifest say about the signer.</summary>
    public SignerDescription Describe(bool timestamped) => SignerDescription.Of(Certificate, timestamped);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var certificate in Chain)
        {
            certificate.Dispose();
        }

        Certificate.Dispose();
    }
}
