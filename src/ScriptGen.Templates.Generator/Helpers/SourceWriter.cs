using System.Text;

namespace ScriptGen.Templates.Generator.Helpers;

/// <summary>Writes C# source line by line with four-space indentation and LF line endings, whatever the machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new StringBuilder();
    private int _indent;

    /// <summary>Writes one line at the current indentation; an empty line stays empty.</summary>
    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void Open()
    {
        Line("{");
        _indent++;
    }

    /// <summary>Outdents and writes <c>}</c> followed by <paramref name="suffix"/> (such as <c>;</c> or <c>,</c>).</summary>
    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <summary>Indents the lines that follow.</summary>
    public void Indent() => _indent++;

    /// <summary>Outdents the lines that follow.</summary>
    public void Outdent() => _indent--;

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();
}
