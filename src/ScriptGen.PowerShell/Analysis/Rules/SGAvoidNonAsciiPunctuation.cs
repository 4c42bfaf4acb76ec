using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Typographic dashes (U+2013-2015) and quotes (U+2018-201E) where PowerShell expects '-', ''' or '"': in parameters,
/// operators, negative numbers, command and function names, and as string delimiters. PowerShell accepts them, so the
/// script runs, but they come from pasting translated or word-processed documentation and break copying, diffs,
/// search and review. Inside string contents and comments they are text and are left alone.
/// </summary>
public sealed class SGAvoidNonAsciiPunctuation : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGAvoidNonAsciiPunctuation),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Use ASCII dashes and quotes in code: typographic ones pasted from documents run, but break copying, diffs and review.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<CommandParameterNode>(static (node, context) => CheckDashes(node.ParameterToken, "parameter", context));
        registration.OnNode<SwitchOptionNode>(static (node, context) => CheckDashes(node.ParameterToken, "switch option", context));
        registration.OnNode<BinaryExpressionNode>(static (node, context) => CheckDashes(node.OperatorToken, "operator", context));
        registration.OnNode<UnaryExpressionNode>(static (node, context) => CheckDashes(node.OperatorToken, "operator", context));
        registration.OnNode<AssignmentStatementNode>(static (node, context) => CheckDashes(node.OperatorToken, "operator", context));
        registration.OnNode<FunctionDefinitionNode>(static (node, context) => CheckDashes(node.NameToken, "function name", context));
        registration.OnNode<CommandNode>(CheckCommandName);
        registration.OnNode<ConstantExpressionNode>(CheckConstant);
        registration.OnNode<ExpandableStringExpressionNode>(static (node, context) => CheckQuotes(node.LiteralToken, node.StringConstantType, context));
    }

    private static void CheckCommandName(CommandNode command, RuleContext context)
    {
        if (context.Source.HasNonAsciiBytes && command.Elements.Count > 0 && command.Elements[0] is StringConstantExpressionNode { StringConstantType: StringConstantType.BareWord } name)
        {
            CheckDashes(name.LiteralToken, "command name", context);
        }
    }

    private static void CheckConstant(ConstantExpressionNode constant, RuleContext context)
    {
        if (constant is StringConstantExpressionNode text)
        {
            CheckQuotes(text.LiteralToken, text.StringConstantType, context);
        }
        else
        {
            CheckDashes(constant.LiteralToken, "number", context);
        }
    }

    private static void CheckDashes(Token token, string what, RuleContext context)
    {
        if (!context.Source.HasNonAsciiBytes)
        {
            return;
        }

        var text = token.GetTextSpan(context.Source);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is CharTraits.EnDash or CharTraits.EmDash or CharTraits.HorizontalBar)
            {
                var shown = token.GetText(context.Source);
                var message = $"The {what} '{shown}' uses {Describe(text[i])} as a dash. PowerShell reads it as '-', but it breaks copying, diffs, search and review: type the ASCII hyphen-minus '-'.";
                Report(context, token.Start + i, '-', message);
            }
        }
    }

    private static void CheckQuotes(Token token, StringConstantType type, RuleContext context)
    {
        if (!context.Source.HasNonAsciiBytes || token.HasError || type == StringConstantType.BareWord)
        {
            return;
        }

        var hereString = type is StringConstantType.SingleQuotedHereString or StringConstantType.DoubleQuotedHereString;
        var open = token.Start + (hereString ? 1 : 0);
        var close = token.End - (hereString ? 2 : 1);
        if (close <= open)
        {
            return;
        }

        CheckQuote(context, open, "opens", token);
        CheckQuote(context, close, "closes", token);
    }

    private static void CheckQuote(RuleContext context, int offset, string role, Token token)
    {
        var c = context.Source.Text[offset];
        if (c is '\'' or '"' || !(c.IsSingleQuote() || c.IsDoubleQuote()))
        {
            return;
        }

        var ascii = c.IsSingleQuote() ? '\'' : '"';
        var message = $"{Describe(c)} {role} the string {Preview(token.GetText(context.Source))}. PowerShell reads it as {ascii}, but it breaks copying, diffs, search and review: type the ASCII quote {ascii}.";
        Report(context, offset, ascii, message);
    }

    private static void Report(RuleContext context, int offset, char ascii, string message)
    {
        var span = new TextSpan(offset, 1);
        context.Report(span, message, corrections: [context.Fix(span, ascii.ToString(), $"Replace {Describe(context.Source.Text[offset])} with '{ascii}'")]);
    }

    private static string Describe(char c) => c switch
    {
        CharTraits.EnDash => "U+2013 EN DASH",
        CharTraits.EmDash => "U+2014 EM DASH",
        CharTraits.HorizontalBar => "U+2015 HORIZONTAL BAR",
        CharTraits.QuoteSingleLeft => "U+2018 LEFT SINGLE QUOTATION MARK",
        CharTraits.QuoteSingleRight => "U+2019 RIGHT SINGLE QUOTATION MARK",
        CharTraits.QuoteSingleBase => "U+201A SINGLE LOW-9 QUOTATION MARK",
        CharTraits.QuoteReversed => "U+201B SINGLE HIGH-REVERSED-9 QUOTATION MARK",
        CharTraits.QuoteDoubleLeft => "U+201C LEFT DOUBLE QUOTATION MARK",
        CharTraits.QuoteDoubleRight => "U+201D RIGHT DOUBLE QUOTATION MARK",
        CharTraits.QuoteLowDoubleLeft => "U+201E DOUBLE LOW-9 QUOTATION MARK",
        _ => $"U+{(int)c:X4}",
    };

    private static string Preview(string text)
    {
        const int Limit = 40;
        var firstLine = text.AsSpan();
        var newline = firstLine.IndexOfAny('\r', '\n');
        var cut = newline >= 0 || firstLine.Length > Limit;
        firstLine = firstLine[..Math.Min(newline >= 0 ? newline : firstLine.Length, Limit)];
        return cut ? firstLine.ToString() + "..." : firstLine.ToString();
    }
}
