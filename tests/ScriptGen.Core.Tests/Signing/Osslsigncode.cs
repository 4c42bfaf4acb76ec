using System.Diagnostics;

namespace ScriptGen.Core.Tests.Signing;

/// <summary>Runs the independent checker osslsigncode; tests that need it skip with the reason when it is absent.</summary>
public static class Osslsigncode
{
    private static readonly Lazy<bool> LazyAvailable = new(() =>
    {
        try
        {
            return Run("--version").ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    /// <summary>Skips the test when osslsigncode is not installed (.ci/install-tools.sh installs it).</summary>
    public static void RequireInstalled()
    {
        if (!LazyAvailable.Value)
        {
            Assert.Skip("osslsigncode is not installed (apt-get install osslsigncode; .ci/install-tools.sh does it)");
        }
    }

    /// <summary>Runs osslsigncode with <paramref name="arguments"/>; returns the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("osslsigncode") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("osslsigncode did not finish within a minute");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
