using System.Text;
using ScriptGen.Core.Signing;

namespace ScriptGen.Core.Bundling;

/// <summary>
/// The "Signatures" section of CHANGE.md: who signed every script, the certificate's validity, whether the
/// signatures are time-stamped (and what that means for how long they validate), and what AllSigned needs.
/// </summary>
public static class ChangeDocumentSignatures
{
    /// <summary>Appends the section; for unsigned scripts it says so and what that means under AllSigned.</summary>
    public static void Write(StringBuilder md, SignerDescription? signer)
    {
        md.AppendLine("## Signatures").AppendLine();
        if (signer is null)
        {
            md.AppendLine("The scripts are NOT signed. Integrity rests on the SHA-256 hashes below and in the manifest; a server whose");
            md.AppendLine("execution policy is AllSigned will refuse to run them.").AppendLine();
            return;
        }

        md.AppendLine("Every `.ps1` in this bundle carries an Authenticode signature (SHA-256).").AppendLine();
        md.AppendLine("| Signer | Value |").AppendLine("| --- | --- |");
        md.Append("| Subject | ").Append(Markdown.Code(signer.Subject)).AppendLine(" |");
        md.Append("| Issuer | ").Append(Markdown.Code(signer.Issuer)).AppendLine(" |");
        md.Append("| Thumbprint (SHA-1) | ").Append(Markdown.Code(signer.Thumbprint)).AppendLine(" |");
        md.Append("| Certificate SHA-256 | ").Append(Markdown.Code(signer.CertificateSha256)).AppendLine(" |");
        md.Append("| Valid from | ").Append(ManifestWriter.FormatTimestamp(signer.NotBefore)).AppendLine(" |");
        md.Append("| Valid until | ").Append(ManifestWriter.FormatTimestamp(signer.NotAfter)).AppendLine(" |");
        md.Append("| Time-stamped | ").Append(signer.Timestamped ? "yes (RFC 3161)" : "no").AppendLine(" |").AppendLine();
        md.AppendLine(signer.Timestamped
            ? "The signatures are time-stamped, so they keep validating after the certificate expires."
            : $"The signatures are NOT time-stamped: they stop validating when the certificate expires on {ManifestWriter.FormatTimestamp(signer.NotAfter)}. Run the change before then, or generate and sign again.");
        md.AppendLine("Check that `Get-AuthenticodeSignature` names this thumbprint before running a step. Under the AllSigned");
        md.AppendLine("execution policy the signer's certificate must be in the TrustedPublisher store (and its root in Trusted Root");
        md.AppendLine("Certification Authorities) of the account that runs the scripts.").AppendLine();
    }
}
