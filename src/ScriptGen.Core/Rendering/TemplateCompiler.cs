using ScriptGen.Core.Rendering.Nodes;
using ScriptGen.Templates.Scanning;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// Compiles the Handlebars subset the checker accepts into <see cref="TemplateNode"/>s. Follows Handlebars' standalone
/// rule: a block, else, comment or partial tag alone on its line takes its line with it (indentation and line break),
/// and a standalone partial is indented by that indentation.
/// </summary>
public static class TemplateCompiler
{
    /// <summary>The nodes of <paramref name="text"/>; throws <see cref="TemplateRenderException"/> on anything the checker would refuse.</summary>
    public static IReadOnlyList<TemplateNode> Compile(string text)
    {
        var tags = TemplateScanner.Scan(text);
        var root = new List<TemplateNode>();
        var frames = new Stack<BlockFrame>();
        var cursor = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var (cutStart, cutEnd, indent) = Standalone(text, tags, i);
            var target = frames.Count > 0 ? frames.Peek().Current : root;
            if (cutStart > cursor)
            {
                target.Add(new TextNode(text[cursor..cutStart]));
            }

            cursor = cutEnd;
            Add(tag, indent, frames, root);
        }

        if (frames.Count > 0)
        {
            throw new TemplateRenderException($"The block {{{{#{frames.Peek().Tag.Name}}}}} at line {frames.Peek().Tag.Line} is never closed.");
        }

        if (cursor < text.Length)
        {
            root.Add(new TextNode(text[cursor..]));
        }

        return root;
    }

    private static void Add(TemplateTag tag, string indent, Stack<BlockFrame> frames, List<TemplateNode> root)
    {
        var target = frames.Count > 0 ? frames.Peek().Current : root;
        switch (tag.Kind)
        {
            case TemplateTagKind.Comment:
                return;
            case TemplateTagKind.Value:
                target.Add(new ValueNode(tag.Name));
                return;
            case TemplateTagKind.Helper when tag.Name == "comment" && tag.Arguments.Count == 1 && !tag.Arguments[0].IsLiteral:
                target.Add(new CommentValueNode(tag.Arguments[0].Text));
                return;
            case TemplateTagKind.Partial when tag.Arguments.Count == 0:
                target.Add(new PartialNode(tag.Name, indent));
                return;
            case TemplateTagKind.BlockOpen:
                frames.Push(new BlockFrame(tag, Kind(tag)));
                return;
            case TemplateTagKind.Else when frames.Count > 0 && !frames.Peek().InElse:
                frames.Peek().InElse = true;
                return;
            case TemplateTagKind.BlockClose when frames.Count > 0 && frames.Peek().Tag.Name == tag.Name:
                var frame = frames.Pop();
                var node = new ConditionNode(frame.Kind, frame.Tag.Arguments[0].Text, frame.Kind == ConditionKind.IfEquals ? frame.Tag.Arguments[1].Text : null, frame.Then, frame.Else);
                (frames.Count > 0 ? frames.Peek().Current : root).Add(node);
                return;
            default:
                throw new TemplateRenderException($"Line {tag.Line}, column {tag.Column}: a {tag.Kind} tag \"{tag.Name}\" cannot render ({tag.Detail}).");
        }
    }

    private static ConditionKind Kind(TemplateTag tag) => (tag.Name, tag.Arguments.Count) switch
    {
        ("if", 1) when !tag.Arguments[0].IsLiteral => ConditionKind.If,
        ("unless", 1) when !tag.Arguments[0].IsLiteral => ConditionKind.Unless,
        ("ifEquals", 2) when !tag.Arguments[0].IsLiteral && tag.Arguments[1].IsLiteral => ConditionKind.IfEquals,
        _ => throw new TemplateRenderException($"Line {tag.Line}, column {tag.Column}: unknown block {{{{#{tag.Name}}}}}."),
    };

    /// <summary>
    /// Where the text before and after tag <paramref name="index"/> is cut: the tag itself, or its whole line when it
    /// stands alone there (only spaces and tabs around it, no other tag), plus the indentation it had.
    /// </summary>
    private static (int CutStart, int CutEnd, string Indent) Standalone(string text, IReadOnlyList<TemplateTag> tags, int index)
    {
        var tag = tags[index];
        var end = tag.Start + tag.Length;
        if (tag.Kind is not (TemplateTagKind.BlockOpen or TemplateTagKind.BlockClose or TemplateTagKind.Else or TemplateTagKind.Comment or TemplateTagKind.Partial))
        {
            return (tag.Start, end, string.Empty);
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, tag.Start - 1)) + 1;
        if (tag.Start == 0)
        {
            lineStart = 0;
        }

        var newline = text.IndexOf('\n', end);
        var lineEnd = newline < 0 ? text.Length : newline;
        var alone = IsBlank(text, lineStart, tag.Start, allowCarriageReturn: false)
            && IsBlank(text, end, lineEnd, allowCarriageReturn: true)
            && (index == 0 || tags[index - 1].Start + tags[index - 1].Length <= lineStart)
            && (index == tags.Count - 1 || tags[index + 1].Start >= lineEnd);
        return alone
            ? (lineStart, newline < 0 ? text.Length : newline + 1, text[lineStart..tag.Start])
            : (tag.Start, end, string.Empty);
    }

    private static bool IsBlank(string text, int from, int to, bool allowCarriageReturn)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is not (' ' or '\t') && !(allowCarriageReturn && c == '\r' && i == to - 1))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class BlockFrame(TemplateTag tag, ConditionKind kind)
    {
        public TemplateTag Tag { get; } = tag;

        public ConditionKind Kind { get; } = kind;

        public List<TemplateNode> Then { get; } = [];

        public List<TemplateNode> Else { get; } = [];

        public bool InElse { get; set; }

        public List<TemplateNode> Current => InElse ? Else : Then;
    }
}
