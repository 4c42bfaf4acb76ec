namespace ScriptGen.PowerShell.Syntax;

/// <summary>
/// A variable's name with its qualifier, read as PowerShell reads it: <c>global:x</c>, <c>script:x</c>,
/// <c>local:x</c>, <c>private:x</c> and <c>variable:x</c> are scopes; any other <c>prefix:x</c> is a drive
/// (<c>env:</c>, <c>function:</c>, <c>using:</c> ...).
/// </summary>
public sealed class VariablePath
{
    private VariablePath(string userPath, int nameStart, VariableScope scope, bool driveQualified)
    {
        UserPath = userPath;
        Name = userPath[nameStart..];
        Scope = scope;
        IsDriveQualified = driveQualified;
        DriveName = driveQualified ? userPath[..(nameStart - 1)] : null;
    }

    /// <summary>The name as written, with any qualifier (<c>global:x</c>).</summary>
    public string UserPath { get; }

    /// <summary>The name without qualifier (<c>x</c>).</summary>
    public string Name { get; }

    /// <summary>The scope the qualifier names, or <see cref="VariableScope.None"/>.</summary>
    public VariableScope Scope { get; }

    /// <summary>True for <c>drive:name</c> other than the scope names (<c>$env:Path</c>, <c>$using:x</c>).</summary>
    public bool IsDriveQualified { get; }

    /// <summary>The drive for a drive-qualified path (<c>env</c>), else null.</summary>
    public string? DriveName { get; }

    /// <summary>True when no scope or drive is given.</summary>
    public bool IsUnqualified => Scope == VariableScope.None && !IsDriveQualified;

    /// <summary>True for <c>$global:x</c>.</summary>
    public bool IsGlobal => Scope == VariableScope.Global;

    /// <summary>True for <c>$script:x</c>.</summary>
    public bool IsScript => Scope == VariableScope.Script;

    /// <summary>True for <c>$local:x</c>.</summary>
    public bool IsLocal => Scope == VariableScope.Local;

    /// <summary>True for <c>$private:x</c>.</summary>
    public bool IsPrivate => Scope == VariableScope.Private;

    /// <summary>Reads a variable name (without <c>$</c>).</summary>
    public static VariablePath Create(string userPath)
    {
        ArgumentNullException.ThrowIfNull(userPath);
        var nameStart = ScanQualifier(userPath, out var scope, out var driveQualified);
        return new VariablePath(userPath, nameStart, scope, driveQualified);
    }

    /// <inheritdoc />
    public override string ToString() => UserPath;

    /// <summary>Finds where the unqualified name starts, without allocating.</summary>
    internal static int ScanQualifier(ReadOnlySpan<char> path, out VariableScope scope, out bool driveQualified)
    {
        scope = VariableScope.None;
        driveQualified = false;
        if (path.IsEmpty)
        {
            return 0;
        }

        // As in PowerShell, "variable:" is a qualifier of its own and no scope is read after it.
        if (TryScope(path, "variable", out var afterVariable))
        {
            return afterVariable;
        }

        foreach (var (word, kind) in ScopeWords)
        {
            if (TryScope(path, word, out var after))
            {
                scope = kind;
                return after;
            }
        }

        var colon = path.IndexOf(':');
        if (colon > 0)
        {
            driveQualified = true;
        }

        return colon < 0 ? 0 : colon + 1;
    }

    private static readonly (string Word, VariableScope Scope)[] ScopeWords =
    [
        ("global", VariableScope.Global),
        ("local", VariableScope.Local),
        ("private", VariableScope.Private),
        ("script", VariableScope.Script),
    ];

    private static bool TryScope(ReadOnlySpan<char> path, string word, out int after)
    {
        after = word.Length + 1;
        return path.Length > word.Length && path[word.Length] == ':' && path[..word.Length].Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
