using System.Security.Cryptography.X509Certificates;
using ScriptGen.Core.Signing;

namespace ScriptGen.Core.Tests.Signing;

/// <summary>Signing credentials made from the test certificates.</summary>
public static class TestCredentials
{
    /// <summary>A credential for <paramref name="certificate"/> (its private key included).</summary>
    public static CodeSigningCredential For(X509Certificate2 certificate) =>
        new(X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable), []);
}
