using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class OperatorTests
{
    private static ExpressionNode Expression(string text) =>
        ParseAssert.Valid(text).Root.EndBlock!.Statements.Single() is PipelineNode pipeline
            ? pipeline.GetPureExpression() ?? throw new InvalidOperationException("not a pure expression")
            : throw new InvalidOperationException("not a pipeline");

    [Theory]
    [InlineData("-eq", TokenKind.Ieq, false)]
    [InlineData("-ieq", TokenKind.Ieq, false)]
    [InlineData("-ceq", TokenKind.Ceq, true)]
    [InlineData("-NE", TokenKind.Ine, false)]
    [InlineData("-cne", TokenKind.Cne, true)]
    [InlineData("-like", TokenKind.Ilike, false)]
    [InlineData("-clike", TokenKind.Clike, true)]
    [InlineData("-notmatch", TokenKind.Inotmatch, false)]
    [InlineData("-cmatch", TokenKind.Cmatch, true)]
    [InlineData("-replace", TokenKind.Ireplace, false)]
    [InlineData("-creplace", TokenKind.Creplace, true)]
    [InlineData("-in", TokenKind.Iin, false)]
    [InlineData("-cnotcontains", TokenKind.Cnotcontains, true)]
    [InlineData("-split", TokenKind.Isplit, false)]
    [InlineData("-csplit", TokenKind.Csplit, true)]
    [InlineData("-is", TokenKind.Is, false)]
    [InlineData("-as", TokenKind.As, false)]
    [InlineData("-band", TokenKind.Band, false)]
    [InlineData("-shl", TokenKind.Shl, false)]
    [InlineData("-f", TokenKind.Format, false)]
    [InlineData("-and", TokenKind.And, false)]
    [InlineData("-xor", TokenKind.Xor, false)]
    [InlineData("??", TokenKind.QuestionQuestion, false)]
    [InlineData("..", TokenKind.DotDot, false)]
    public void BinaryOperatorsKeepTheirCaseVariant(string op, TokenKind kind, bool caseSensitive)
    {
        var binary = Assert.IsType<BinaryExpressionNode>(Expression($"$a {op} $b"));

        Assert.Equal(kind, binary.Operator);
        Assert.Equal(caseSensitive, binary.IsCaseSensitive);
        Assert.Equal(op, binary.Source.GetText(binary.OperatorToken.Span));
    }

    [Fact]
    public void MultiplicationBindsTighterThanAddition()
    {
        var sum = Assert.IsType<BinaryExpressionNode>(Expression("1 + 2 * 3 - 4"));

        Assert.Equal(TokenKind.Minus, sum.Operator);
        var left = Assert.IsType<BinaryExpressionNode>(sum.Left);
        Assert.Equal(TokenKind.Plus, left.Operator);
        Assert.Equal("2 * 3", left.Right.Text);
    }

    [Fact]
    public void ComparisonBindsTighterThanLogic()
    {
        var or = Assert.IsType<BinaryExpressionNode>(Expression("$a -eq 1 -and $b -lt 2 -or $c"));

        Assert.Equal(TokenKind.Or, or.Operator);
        Assert.Equal("$a -eq 1 -and $b -lt 2", or.Left.Text);
    }

    [Fact]
    public void TheCommaBindsTighterThanArithmetic()
    {
        var plus = Assert.IsType<BinaryExpressionNode>(Expression("1, 2 + 3, 4"));

        Assert.IsType<ArrayLiteralNode>(plus.Left);
        Assert.IsType<ArrayLiteralNode>(plus.Right);
    }

    [Fact]
    public void TheRangeBindsTighterThanFormat()
    {
        var format = Assert.IsType<BinaryExpressionNode>(Expression("'{0}' -f 1..3"));

        Assert.Equal(TokenKind.Format, format.Operator);
        Assert.Equal(TokenKind.DotDot, Assert.IsType<BinaryExpressionNode>(format.Right).Operator);
    }

    [Theory]
    [InlineData("-not $x", TokenKind.Not)]
    [InlineData("!$x", TokenKind.Exclaim)]
    [InlineData("-bnot $x", TokenKind.Bnot)]
    [InlineData("-$x", TokenKind.Minus)]
    [InlineData("+$x", TokenKind.Plus)]
    [InlineData("++$x", TokenKind.PlusPlus)]
    [InlineData("--$x", TokenKind.MinusMinus)]
    [InlineData("$x++", TokenKind.PostfixPlusPlus)]
    [InlineData("$x--", TokenKind.PostfixMinusMinus)]
    [InlineData("-split $x", TokenKind.Isplit)]
    [InlineData("-join $x", TokenKind.Join)]
    public void UnaryOperators(string text, TokenKind kind)
    {
        var unary = Assert.IsType<UnaryExpressionNode>(Expression(text));

        Assert.Equal(kind, unary.Operator);
        Assert.Equal("$x", unary.Operand.Text);
        Assert.Equal(kind is TokenKind.PostfixPlusPlus or TokenKind.PostfixMinusMinus, unary.IsPostfix);
    }

    [Fact]
    public void TheUnaryCommaMakesAOneElementArray()
    {
        var array = Assert.IsType<ArrayLiteralNode>(Expression(",$x"));

        Assert.Equal("$x", Assert.Single(array.Elements).Text);
    }

    [Fact]
    public void TernaryExpressions()
    {
        var ternary = Assert.IsType<TernaryExpressionNode>(Expression("$ok ? 'yes' : $n -gt 1 ? 'many' : 'none'"));

        Assert.Equal("$ok", ternary.Condition.Text);
        Assert.Equal("'yes'", ternary.IfTrue.Text);
        Assert.IsType<TernaryExpressionNode>(ternary.IfFalse);
    }

    [Fact]
    public void AQuestionMarkInsideANameIsNotTernary()
    {
        Assert.IsType<VariableExpressionNode>(Expression("$isOk?"));
    }

    [Fact]
    public void OperatorsMayContinueOnTheNextLine()
    {
        var and = Assert.IsType<BinaryExpressionNode>(Expression("$a -and\n    $b"));

        Assert.Equal(2, and.End.Line);
    }

    [Fact]
    public void DashPrefixedOperatorsAcceptUnicodeDashes()
    {
        var binary = Assert.IsType<BinaryExpressionNode>(Expression("$a \u2013eq $b"));

        Assert.Equal(TokenKind.Ieq, binary.Operator);
    }
}
