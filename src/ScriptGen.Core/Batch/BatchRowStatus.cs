namespace ScriptGen.Core.Batch;

/// <summary>How one inventory row ended.</summary>
public enum BatchRowStatus
{
    /// <summary>A bundle was written or was already there unchanged.</summary>
    Succeeded,
    /// <summary>A value broke a rule; nothing was written for this row.</summary>
    Invalid,
    /// <summary>The row's bundle could not be written: refused by lint, a different bundle in place, or an I/O failure.</summary>
    Failed,
}
