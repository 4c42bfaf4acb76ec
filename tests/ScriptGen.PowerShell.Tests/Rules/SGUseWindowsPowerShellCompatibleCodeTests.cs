using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGUseWindowsPowerShellCompatibleCodeTests
{
    private const string Rule = "SGUseWindowsPowerShellCompatibleCode";

    [Fact]
    public void PowerShell_7_syntax_in_a_script_that_requires_5_1_is_reported_on_the_construct()
    {
        const string script = "#requires -Version 5.1\n"
            + "$a = $b ?? 'x'\n"
            + "$c ??= 1\n"
            + "$d = $e ? 1 : 2\n"
            + "Get-Item x && Get-Item y || Get-Item z\n"
            + "$f = ${g}?.Name + ${h}?[0]\n"
            + "Start-Sleep 1 &\n"
            + "Get-Process\n    | Select-Object -First 1\n"
            + "[Array]::Empty[int]()\n"
            + "function f { process { } clean { } }\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["2:9 '??'", "3:4 '??='", "4:9 '?'", "5:12 '&&'", "5:26 '||'", "6:10 '?.'", "6:23 '?['", "7:15 '&'", "9:5 '|'", "10:15 '[int]'", "11:26 'clean'"],
            RuleAssert.Describe(findings, script));
        Assert.Equal(
            "The null-coalescing operator ?? is PowerShell 7.0 syntax; Windows PowerShell 5.1, which this script targets with #requires -Version 5.1, cannot parse it, so the script does not run at all. Use if ($null -eq $value) { ... } else { ... }.",
            findings[0].Message);
        Assert.StartsWith("The clean block is PowerShell 7.3 syntax;", findings[10].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
    }

    [Fact]
    public void New_escapes_and_number_forms_are_reported()
    {
        const string script = "#requires -PSEdition Desktop\n$esc = \"`e[31m red `u{2713} ``e\"\n$n = 1uy + 0b101 + 10n + 2us + 1kb + 3L + 0xFF + 1.5d\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["2:9 '`e'", "2:20 '`u'", "3:6 '1uy'", "3:12 '0b101'", "3:20 '10n'", "3:26 '2us'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "The escape `e is PowerShell 6.0 syntax; Windows PowerShell 5.1, which this script targets with #requires -PSEdition Desktop, reads it as the letter e without the backtick. Use $([char]27) instead.",
            findings[0].Message);
        Assert.Equal(
            "The type suffix uy (in 1uy) is PowerShell 6.2 syntax; Windows PowerShell 5.1, which this script targets with #requires -PSEdition Desktop, cannot parse it, so the script does not run at all. Write the number without it, with a cast if the type matters ([byte]1, [bigint]'123').",
            findings[2].Message);
        Assert.StartsWith("The BigInteger suffix n (in 10n) is PowerShell 7.0 syntax;", findings[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PowerShell_7_commands_and_parameters_are_reported()
    {
        const string script = "#requires -Version 5.1\n$items | ForEach-Object -Parallel { $_ } -ThrottleLimit 4\nGet-Error\nGet-Mailbox -ProgressAction SilentlyContinue\nInvoke-RestMethod -Uri $u -TimeoutSec 30\n$items | Where-Object -Property Name -Not\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["2:25 '-Parallel'", "2:42 '-ThrottleLimit'", "3:1 'Get-Error'", "4:13 '-ProgressAction'", "6:38 '-Not'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "-Parallel of ForEach-Object is a PowerShell 7 parameter; Windows PowerShell 5.1, which this script targets with #requires -Version 5.1, does not have it, so the command fails.",
            findings[0].Message);
        Assert.Equal("Get-Error does not exist in Windows PowerShell 5.1, which this script targets with #requires -Version 5.1; it came with PowerShell 6 or 7.", findings[2].Message);
    }

    [Theory]
    [InlineData("$a = $b ?? 'x'")]
    [InlineData("#requires -Version 7.2\n$a = $b ?? 'x'")]
    [InlineData("#requires -PSEdition Core\n$a = $b ?? 'x'")]
    [InlineData("#requires -Version 5.1\n$a = if ($null -eq $b) { 'x' } else { $b }\nGet-Process |\n    Select-Object -First 1 -ErrorAction Stop\n\"`t`n\" + 1kb + 0x10 + 2L\n$items | ForEach-Object -Process { $_ }")]
    public void Scripts_that_do_not_target_5_1_or_avoid_the_new_features_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void The_target_can_be_set_in_the_settings_and_then_wins_over_the_script()
    {
        const string untargeted = "$a = $b ?? 'x'\n";
        const string requires51 = "#requires -Version 5.1\n$a = $b ?? 'x'\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, untargeted, new Dictionary<string, object> { ["TargetVersion"] = "5.1" }));
        Assert.Contains("Windows PowerShell 5.1, which the settings target (TargetVersion 5.1), cannot parse it", finding.Message, StringComparison.Ordinal);
        Assert.Empty(RuleAssert.Findings(Rule, requires51, new Dictionary<string, object> { ["TargetVersion"] = "7.4" }));
    }
}
