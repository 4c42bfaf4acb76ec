namespace ScriptGen.PowerShell.Syntax;

/// <summary>An output stream, numbered as in redirections (<c>2&gt;</c> is Error, <c>*&gt;</c> is All).</summary>
public enum RedirectionStream
{
    /// <summary><c>*</c>: every stream.</summary>
    All = 0,
    /// <summary><c>1</c>: success output.</summary>
    Output = 1,
    /// <summary><c>2</c>: errors.</summary>
    Error = 2,
    /// <summary><c>3</c>: warnings.</summary>
    Warning = 3,
    /// <summary><c>4</c>: verbose messages.</summary>
    Verbose = 4,
    /// <summary><c>5</c>: debug messages.</summary>
    Debug = 5,
    /// <summary><c>6</c>: information messages.</summary>
    Information = 6,
}
