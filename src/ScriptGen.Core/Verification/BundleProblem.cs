namespace ScriptGen.Core.Verification;

/// <summary>One reason a bundle is not intact: the file it concerns (null for the bundle as a whole) and what is wrong.</summary>
public sealed record BundleProblem(string? Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path is null ? Message : $"{Path}: {Message}";
}
