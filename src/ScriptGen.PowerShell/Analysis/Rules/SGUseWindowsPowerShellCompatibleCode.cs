using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// PowerShell 6/7 syntax, escapes, number forms, commands and parameters in a script that targets Windows PowerShell
/// 5.1: one that says <c>#requires -Version 5.1</c> (or lower) or <c>#requires -PSEdition Desktop</c>, or every
/// script when the TargetVersion option is below 6. The Exchange Management Shell is Windows PowerShell 5.1: it cannot
/// parse the new syntax (the script does not start), reads the new escapes as plain letters, and fails on parameters
/// and commands it does not have. Parameters are checked against the catalogue's 5.1 parameter lists.
/// </summary>
public sealed class SGUseWindowsPowerShellCompatibleCode : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGUseWindowsPowerShellCompatibleCode),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "A script for Windows PowerShell 5.1 (the Exchange Management Shell) must not use PowerShell 7 syntax, commands or parameters.")
    {
        Options =
        [
            new RuleOptionDescriptor("TargetVersion", RuleOptionKind.String, string.Empty, "The PowerShell version every script must run on, below 6 (e.g. '5.1'); empty to go by each script's #requires."),
        ],
    };

    private const string Unparsable = "cannot parse it, so the script does not run at all";
    private string? _target;

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<BinaryExpressionNode>(Binary);
        registration.OnNode<AssignmentStatementNode>(Assignment);
        registration.OnNode<TernaryExpressionNode>((node, context) => Syntax(node.QuestionMark.Span, "The ternary operator ? :", "PowerShell 7.0", "Use if/else.", context));
        registration.OnNode<PipelineChainNode>(Chain);
        registration.OnNode<MemberExpressionNode>(Member);
        registration.OnNode<IndexExpressionNode>(Index);
        registration.OnNode<NamedBlockNode>(Block);
        registration.OnNode<PipelineNode>(Pipeline);
        registration.OnNode<ConstantExpressionNode>(Constant);
        registration.OnNode<ExpandableStringExpressionNode>((node, context) => Escapes(node.LiteralToken, node.StringConstantType, context));
        registration.OnNode<CommandNode>(Command);
    }

    private void Binary(BinaryExpressionNode node, RuleContext context)
    {
        if (node.Operator == TokenKind.QuestionQuestion)
        {
            Syntax(node.OperatorToken.Span, "The null-coalescing operator ??", "PowerShell 7.0", "Use if ($null -eq $value) { ... } else { ... }.", context);
        }
    }

    private void Assignment(AssignmentStatementNode node, RuleContext context)
    {
        if (node.Operator == TokenKind.QuestionQuestionEquals)
        {
            Syntax(node.OperatorToken.Span, "The null-coalescing assignment ??=", "PowerShell 7.0", "Use if ($null -eq $variable) { $variable = ... }.", context);
        }
    }

    private void Chain(PipelineChainNode node, RuleContext context)
    {
        var text = node.Operator == TokenKind.AndAnd ? "&&" : "||";
        Syntax(node.OperatorToken.Span, $"The pipeline chain operator {text}", "PowerShell 7.0", "Use separate statements with if ($?) or try/catch.", context);
        if (node.BackgroundToken is { } background)
        {
            Syntax(background.Span, "A trailing & that runs the pipeline as a background job", "PowerShell 6.0", "Use Start-Job.", context);
        }
    }

    private void Member(MemberExpressionNode node, RuleContext context)
    {
        if (node.NullConditional)
        {
            Syntax(node.OperatorToken.Span, "The null-conditional member access ?.", "PowerShell 7.1", "Test for $null first.", context);
        }

        if (node is InvokeMemberExpressionNode { GenericArguments: { } generic })
        {
            Syntax(generic.Span, "A generic method call with type arguments", "PowerShell 7.3", "Call the method through reflection (MakeGenericMethod), or use a non-generic overload.", context);
        }
    }

    private void Index(IndexExpressionNode node, RuleContext context)
    {
        if (node.NullConditional)
        {
            Syntax(node.OpenBracket.Span, "The null-conditional index ?[]", "PowerShell 7.1", "Test for $null first.", context);
        }
    }

    private void Block(NamedBlockNode node, RuleContext context)
    {
        if (node is { BlockKind: TokenKind.Clean, Keyword: { } keyword })
        {
            Syntax(keyword.Span, "The clean block", "PowerShell 7.3", "Clean up in a finally block of the end block.", context);
        }
    }

    private void Pipeline(PipelineNode node, RuleContext context)
    {
        if (!Targets(context))
        {
            return;
        }

        if (node.BackgroundToken is { } background)
        {
            Syntax(background.Span, "A trailing & that runs the pipeline as a background job", "PowerShell 6.0", "Use Start-Job.", context);
        }

        foreach (var pipe in node.Pipes)
        {
            if (StartsLine(pipe, context.Parse.Tokens))
            {
                Syntax(pipe.Span, "A pipe at the start of a line", "PowerShell 7", "End the previous line with the pipe instead.", context);
            }
        }
    }

    private void Constant(ConstantExpressionNode node, RuleContext context)
    {
        if (node is StringConstantExpressionNode text)
        {
            Escapes(text.LiteralToken, text.StringConstantType, context);
            return;
        }

        if (node.LiteralToken.Kind != TokenKind.Number || !Targets(context))
        {
            return;
        }

        var number = node.LiteralToken.GetTextSpan(context.Source);
        var (feature, version) = NumberFeature(number);
        if (feature is not null)
        {
            Syntax(node.LiteralToken.Span, $"{feature} (in {number.ToString()})", version, "Write the number without it, with a cast if the type matters ([byte]1, [bigint]'123').", context);
        }
    }

    private void Escapes(Token token, StringConstantType type, RuleContext context)
    {
        if (type is not (StringConstantType.DoubleQuoted or StringConstantType.DoubleQuotedHereString) || !Targets(context))
        {
            return;
        }

        var text = token.GetTextSpan(context.Source);
        for (var i = text.IndexOf('`'); i >= 0 && i + 1 < text.Length; i = NextBacktick(text, i + 2))
        {
            var escape = text[i + 1];
            if (escape is 'e' or 'E' || (escape is 'u' or 'U' && i + 2 < text.Length && text[i + 2] == '{'))
            {
                var shown = escape is 'e' or 'E' ? "`e" : "`u{...}";
                var replacement = escape is 'e' or 'E' ? "$([char]27)" : "$([char]0x...)";
                Report(context, new TextSpan(token.Start + i, 2), $"The escape {shown} is PowerShell 6.0 syntax; Windows PowerShell 5.1, which {Reason(context)}, reads it as the letter {escape} without the backtick. Use {replacement} instead.");
            }
        }
    }

    private void Command(CommandNode command, RuleContext context)
    {
        if (!Targets(context) || command.GetInvokedName() is not { } name || context.Commands.FindCommand(name) is not { } info)
        {
            return;
        }

        IReadOnlyList<string>? windowsParameters = null;
        if (info.Versions.Count > 0 && !info.Versions.TryGetValue("5.1", out windowsParameters))
        {
            Report(context, command.Elements[0].Span, $"{info.Name} does not exist in Windows PowerShell 5.1, which {Reason(context)}; it came with PowerShell 6 or 7.");
            return;
        }

        var table = ParameterTable.For(info);
        foreach (var element in command.Elements)
        {
            if (element is not CommandParameterNode { ParameterName: not "-" } parameter || table.Match(parameter.ParameterName).Parameter is not { } bound)
            {
                continue;
            }

            var missing = bound.Equals("ProgressAction", StringComparison.OrdinalIgnoreCase)
                || (windowsParameters is not null && !CommandInfo.CommonParameterAliases.ContainsKey(bound) && !windowsParameters.Contains(bound, StringComparer.OrdinalIgnoreCase));
            if (missing)
            {
                Report(context, parameter.Span, $"-{bound} of {info.Name} is a PowerShell 7 parameter; Windows PowerShell 5.1, which {Reason(context)}, does not have it, so the command fails.");
            }
        }
    }

    private void Syntax(TextSpan span, string feature, string version, string fix, RuleContext context)
    {
        if (Targets(context))
        {
            Report(context, span, $"{feature} is {version} syntax; Windows PowerShell 5.1, which {Reason(context)}, {Unparsable}. {fix}");
        }
    }

    private static void Report(RuleContext context, TextSpan span, string message) => context.Report(span, message);

    private bool Targets(RuleContext context) => (_target ??= Target(context)).Length > 0;

    private string Reason(RuleContext context) => _target ??= Target(context);

    /// <summary>Why the script targets Windows PowerShell 5.1, as a clause ("this script requires with ..."), or empty when it does not.</summary>
    private static string Target(RuleContext context)
    {
        var option = context.Options.GetString("TargetVersion").Trim();
        if (option.Length > 0)
        {
            return TryParseVersion(option, out var target) && target.Major < 6 ? $"the settings target (TargetVersion {option})" : string.Empty;
        }

        var requirements = context.Parse.Requirements;
        if (requirements.RequiredPSEditions.Any(e => e.Equals("Core", StringComparison.OrdinalIgnoreCase)) || requirements.RequiredPSVersion is { Major: >= 6 })
        {
            return string.Empty;
        }

        if (requirements.RequiredPSVersion is { } version)
        {
            return $"this script targets with #requires -Version {version}";
        }

        return requirements.RequiredPSEditions.Any(e => e.Equals("Desktop", StringComparison.OrdinalIgnoreCase))
            ? "this script targets with #requires -PSEdition Desktop"
            : string.Empty;
    }

    private static bool TryParseVersion(string text, out Version version) =>
        Version.TryParse(text.Contains('.') ? text : text + ".0", out version!);

    private static (string? Feature, string Version) NumberFeature(ReadOnlySpan<char> number)
    {
        var digits = number.TrimStart("-\u2013\u2014\u2015");
        if (digits.Length > 2 && digits[0] == '0' && digits[1] is 'b' or 'B')
        {
            return ("The binary prefix 0b", "PowerShell 6.2");
        }

        var end = digits.Length;
        if (end > 2 && IsMultiplier(digits[(end - 2)..]))
        {
            end -= 2;
        }

        var suffixStart = end;
        while (suffixStart > 0 && digits[suffixStart - 1] is 'u' or 'U' or 's' or 'S' or 'y' or 'Y' or 'n' or 'N' or 'l' or 'L')
        {
            suffixStart--;
        }

        var suffix = digits[suffixStart..end];
        if (suffix.Length == 0 || suffix.Equals("l", StringComparison.OrdinalIgnoreCase))
        {
            return (null, string.Empty);
        }

        return suffix.Equals("n", StringComparison.OrdinalIgnoreCase)
            ? ("The BigInteger suffix n", "PowerShell 7.0")
            : ($"The type suffix {suffix.ToString()}", "PowerShell 6.2");
    }

    private static bool IsMultiplier(ReadOnlySpan<char> suffix) =>
        suffix[1] is 'b' or 'B' && suffix[0] is 'k' or 'K' or 'm' or 'M' or 'g' or 'G' or 't' or 'T' or 'p' or 'P';

    private static bool StartsLine(Token pipe, IReadOnlyList<Token> tokens)
    {
        for (var i = pipe.Index - 1; i >= 0; i--)
        {
            switch (tokens[i].Kind)
            {
                case TokenKind.Whitespace or TokenKind.Comment:
                    continue;
                case TokenKind.NewLine:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    private static int NextBacktick(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var next = text[from..].IndexOf('`');
        return next < 0 ? -1 : from + next;
    }
}
