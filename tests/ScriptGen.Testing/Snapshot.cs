using System.Runtime.CompilerServices;
using System.Text;

namespace ScriptGen.Testing;

/// <summary>
/// Compares output with a committed <c>*.verified.*</c> file byte for byte. On a mismatch it writes
/// <c>*.received.*</c> beside it and fails with a unified diff. Setting SCRIPTGEN_ACCEPT_SNAPSHOTS=1 accepts
/// the received bytes instead, which is the deliberate act of approving a change.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that turns a mismatch into an update of the verified file.</summary>
    public const string AcceptVariable = "SCRIPTGEN_ACCEPT_SNAPSHOTS";

    /// <summary>Verifies bytes against <c>Snapshots/&lt;name&gt;.verified.&lt;extension&gt;</c> beside the calling test file.</summary>
    public static void Verify(byte[] actual, string name, string extension, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verifiedPath = Path.Combine(folder, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");

        var expected = File.Exists(verifiedPath) ? File.ReadAllBytes(verifiedPath) : null;
        if (expected is not null && expected.AsSpan().SequenceEqual(actual))
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllBytes(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllBytes(receivedPath, actual);
        var diff = UnifiedDiff.Create(
            expected is null ? string.Empty : Decode(expected),
            Decode(actual),
            Path.GetFileName(verifiedPath),
            Path.GetFileName(receivedPath));
        var what = expected is null ? "No snapshot exists yet" : "Output differs from its snapshot";
        throw new SnapshotMismatchException(
            $"{what}: {verifiedPath}\nReceived bytes were written to {receivedPath}; review them and rerun with {AcceptVariable}=1 to accept.\n{diff}");
    }

    /// <summary>Verifies text, stored as UTF-8 without a byte-order mark.</summary>
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "") =>
        Verify(new UTF8Encoding(false).GetBytes(actual), name, extension, callerFile);

    private static string Decode(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Replace("\uFEFF", "<BOM>").Replace("\r\n", "<CR>\n");
}
