using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScriptGen.Templates.Generator.Model;

/// <summary>A place in a file as plain data, so models compare by value; turned into a <see cref="Location"/> only when reported.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The Roslyn location of this place.</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
