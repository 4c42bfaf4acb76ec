using System.Text;
using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>
/// Prints a tree back to text from the tokens the nodes own and the trivia between them (whitespace, newlines,
/// comments, line continuations and statement-separating semicolons). For a tree from the parser the result is the
/// source text, byte for byte; a token no node owns would be missing from it.
/// </summary>
public static class SyntaxPrinter
{
    /// <summary>Prints the tree of <paramref name="root"/> using the full token list it was parsed with.</summary>
    public static string Print(SyntaxNode root, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(tokens);
        var writer = new Writer(root.Source.Text, tokens);
        var stack = new Stack<object>();
        stack.Push(root);
        var elements = new ElementList();
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item is Token token)
            {
                writer.Emit(token);
                continue;
            }

            elements.Clear();
            ((SyntaxNode)item).WriteElements(elements);
            for (var i = elements.Items.Count - 1; i >= 0; i--)
            {
                stack.Push(elements.Items[i]);
            }
        }

        writer.Finish();
        return writer.ToString();
    }

    /// <summary>True for tokens the printer writes between owned tokens.</summary>
    internal static bool IsSeparator(TokenKind kind) =>
        kind is TokenKind.Whitespace or TokenKind.NewLine or TokenKind.Comment or TokenKind.LineContinuation or TokenKind.Semi;

    private sealed class ElementList : ISyntaxElementSink
    {
        public List<object> Items { get; } = [];

        public void Clear() => Items.Clear();

        public void AddToken(in Token token) => Items.Add(token);

        public void AddNode(SyntaxNode node) => Items.Add(node);

        public void AddNested(SyntaxNode node)
        {
        }
    }

    private sealed class Writer(string text, IReadOnlyList<Token> tokens)
    {
        private readonly StringBuilder _output = new(text.Length);
        private int _next;

        public void Emit(Token token)
        {
            if (token.Index < 0 || token.Index >= tokens.Count)
            {
                return;
            }

            WriteSeparatorsUpTo(token.Index);
            _output.Append(text, token.Start, token.Length);
            _next = Math.Max(_next, token.Index + 1);
        }

        public void Finish() => WriteSeparatorsUpTo(tokens.Count);

        public override string ToString() => _output.ToString();

        private void WriteSeparatorsUpTo(int index)
        {
            for (; _next < index; _next++)
            {
                var token = tokens[_next];
                if (IsSeparator(token.Kind))
                {
                    _output.Append(text, token.Start, token.Length);
                }
            }
        }
    }
}
