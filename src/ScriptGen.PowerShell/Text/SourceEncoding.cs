namespace ScriptGen.PowerShell.Text;

/// <summary>How the bytes of a script file were encoded, as told by its byte-order mark (or its absence).</summary>
public enum SourceEncoding
{
    /// <summary>No byte-order mark: read as UTF-8 (Windows PowerShell 5.1 would read it as the ANSI code page).</summary>
    Utf8NoBom,
    /// <summary>UTF-8 with the EF BB BF byte-order mark.</summary>
    Utf8Bom,
    /// <summary>UTF-16 little endian with a byte-order mark.</summary>
    Utf16LittleEndian,
    /// <summary>UTF-16 big endian with a byte-order mark.</summary>
    Utf16BigEndian,
    /// <summary>UTF-32 little endian with a byte-order mark.</summary>
    Utf32LittleEndian,
    /// <summary>UTF-32 big endian with a byte-order mark.</summary>
    Utf32BigEndian,
    /// <summary>The text was given as a string, not as bytes.</summary>
    Unknown,
}
