using ScriptGen.Core.Catalog;
using ScriptGen.PowerShell.Analysis.Commands;

namespace ScriptGen.Cli;

/// <summary>
/// Work that every generate and lint needs and that depends on nothing the command line says: indexing the command
/// catalogue and loading the platform's SHA-256. A second thread starts it at start-up, so a cold process overlaps it
/// with building the command line, validating and rendering (docs/performance.md has the figures).
/// </summary>
internal static class StartupPrefetch
{
    /// <summary>Starts the prefetch when <paramref name="args"/> run generate or lint and a second core is there.</summary>
    public static void Start(string[] args)
    {
        if (Environment.ProcessorCount < 2 || args is not ["generate" or "lint", ..])
        {
            return;
        }

        new Thread(Prefetch) { IsBackground = true, Name = "scriptgen prefetch" }.Start();
    }

    private static void Prefetch()
    {
        try
        {
            _ = CommandCatalog.BuiltIn;
            _ = Sha256Hex.Of([]);
        }
        catch (Exception)
        {
            // The command that needs these reports the same failure where it can; a background thread must not crash the process.
        }
    }
}
