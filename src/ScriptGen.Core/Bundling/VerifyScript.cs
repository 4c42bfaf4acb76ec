using ScriptGen.Core.Rendering;

namespace ScriptGen.Core.Bundling;

/// <summary>Verify-Bundle.ps1: the same for every bundle, so it takes no values; written with the bytes of every other script.</summary>
public static class VerifyScript
{
    private static readonly Lazy<byte[]> LazyBytes = new(() =>
    {
        using var stream = typeof(VerifyScript).Assembly.GetManifestResourceStream(BundleLayout.VerifyScript)!;
        using var reader = new StreamReader(stream);
        return ScriptBytes.Encode(reader.ReadToEnd());
    });

    /// <summary>The script's bytes: UTF-8 with BOM, CRLF.</summary>
    public static byte[] Bytes => LazyBytes.Value;
}
