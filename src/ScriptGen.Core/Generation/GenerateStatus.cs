namespace ScriptGen.Core.Generation;

/// <summary>How generating one bundle ended.</summary>
public enum GenerateStatus
{
    /// <summary>A new bundle was written.</summary>
    Created,
    /// <summary>A different bundle was replaced (--force).</summary>
    Replaced,
    /// <summary>An identical bundle was already there; nothing was written.</summary>
    Unchanged,
    /// <summary>A script had a parse error or an error finding; nothing was written.</summary>
    RefusedByLint,
    /// <summary>A different bundle is there and --force was not given; nothing was written.</summary>
    Conflict,
}
