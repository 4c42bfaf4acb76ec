namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGInvalidSuppressionTests
{
    [Theory]
    [InlineData("Get-Date # scriptgen: suppress PSAvoidUsingWriteHost", "has no justification")]
    [InlineData("# scriptgen: suppress PSAvoidUsingWriteHost --   \nGet-Date", "has no justification")]
    [InlineData("Get-Date\n# scriptgen: suppress PSAvoidUsingWriteHost -- last line", "is followed by no code")]
    [InlineData("[Diagnostics.CodeAnalysis.SuppressMessageAttribute($rule, '')]\nparam()", "RuleName must be a string constant")]
    [InlineData("[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', 'extra')]\nparam()", "at most two positional arguments")]
    [InlineData("[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Target = 'F')]\nparam()", "has a Target but no Scope")]
    [InlineData("[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Scope = 'Function', Target = 'Nope*')]\nparam()\nfunction Get-A { }", "matches no function")]
    public void Malformed_suppressions_are_reported(string script, string message)
    {
        var finding = Assert.Single(RuleAssert.Findings("SGInvalidSuppression", script));

        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.Equal(Diagnostics.DiagnosticSeverity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("Get-Date # scriptgen: suppress PSAvoidUsingWriteHost -- because")]
    [InlineData("[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]\nparam()")]
    [InlineData("# an ordinary comment mentioning scriptgen: suppress\nGet-Date")]
    public void Well_formed_suppressions_and_other_comments_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings("SGInvalidSuppression", script));
    }
}
