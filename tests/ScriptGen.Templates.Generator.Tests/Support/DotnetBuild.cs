using System.Diagnostics;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>Runs <c>dotnet build --disable-build-servers</c> on a project, isolated from the MSBuild that runs the tests.</summary>
public static class DotnetBuild
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    /// <summary>The exit code and the combined output of the build.</summary>
    public static (int ExitCode, string Output) Run(string project)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        foreach (var argument in new[] { "build", project, "--disable-build-servers", "-nologo", "-v:m" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run under MSBuild; its variables would point the child build at the wrong SDK pieces.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build did not finish within {Timeout}.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
