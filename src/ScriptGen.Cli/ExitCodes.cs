namespace ScriptGen.Cli;

/// <summary>The process exit codes; README.md and ARCHITECTURE.md list the same table.</summary>
public static class ExitCodes
{
    /// <summary>Success; also a rerun whose identical bundle was already there.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above --fail-on (lint), the gate refused (generate), or a bundle is not intact (verify).</summary>
    public const int Findings = 1;

    /// <summary>Invalid input or usage; nothing was written.</summary>
    public const int InvalidInput = 2;

    /// <summary>A different bundle is already there and --force was not given.</summary>
    public const int BundleExists = 3;

    /// <summary>Reading or writing a file failed.</summary>
    public const int IoFailure = 4;

    /// <summary>A batch in which some rows failed and the valid rows were written.</summary>
    public const int PartialBatch = 5;
}
