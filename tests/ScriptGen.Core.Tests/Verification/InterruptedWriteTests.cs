using ScriptGen.Testing;
using ScriptGen.Core.IO;
using ScriptGen.Core.Tests.Signing;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Core.Verification;

namespace ScriptGen.Core.Tests.Verification;

public sealed class InterruptedWriteTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_generation_that_dies_at_any_write_leaves_nothing_that_verifies_as_intact_except_a_complete_bundle()
    {
        var writes = 9; // 7 bundle files, then the zip's staging file; one more than that never crashes
        var crashes = 0;
        for (var crashAt = 1; crashAt <= writes; crashAt++)
        {
            var root = Path.Combine(_temp.Path, $"crash-{crashAt}");
            var fileSystem = new CrashingFileSystem(crashAt);

            var error = Record.Exception(() => TestBundles.Generate(root, TestBundles.Signer(TestCertificates.Signer), zip: true, fileSystem: fileSystem));

            if (!fileSystem.Crashed)
            {
                Assert.Null(error);
                continue;
            }

            crashes++;
            Assert.IsType<IOException>(error);
            var dev = Path.Combine(root, "contoso.com", "dev");
            var leftovers = Directory.EnumerateFileSystemEntries(dev).ToArray();
            Assert.NotEmpty(leftovers);
            foreach (var leftover in leftovers)
            {
                var result = BundleVerifier.Verify(BundleContentsReader.Read(leftover, PhysicalFileSystem.Instance), TestCertificates.Now);
                var complete = Path.GetFileName(leftover) == "minimal";
                Assert.True(result.IsIntact == complete, $"crash at write {crashAt}: {leftover} intact={result.IsIntact}");
            }
        }

        Assert.Equal(9, crashes);
    }

    public void Dispose() => _temp.Dispose();
}
