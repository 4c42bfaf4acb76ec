namespace ScriptGen.Core.Rendering;

/// <summary>A rendered script: its bundle path, its template, and its bytes (UTF-8 with BOM, CRLF line endings).</summary>
public sealed record RenderedScript(ScriptToRender Source, byte[] Bytes)
{
    /// <summary>The script's path within the bundle.</summary>
    public string Path => Source.ScriptPath;
}
