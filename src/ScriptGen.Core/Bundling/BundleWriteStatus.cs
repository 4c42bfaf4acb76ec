namespace ScriptGen.Core.Bundling;

/// <summary>What writing a bundle did.</summary>
public enum BundleWriteStatus
{
    /// <summary>No bundle was there; it is now.</summary>
    Created,
    /// <summary>A different bundle was there and --force replaced it.</summary>
    Replaced,
    /// <summary>The same bundle was already there (only its creation time may differ); nothing was written.</summary>
    Unchanged,
    /// <summary>A different bundle is there and --force was not given; nothing was written.</summary>
    Conflict,
}
