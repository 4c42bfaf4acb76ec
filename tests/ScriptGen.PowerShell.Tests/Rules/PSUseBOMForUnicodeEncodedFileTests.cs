using System.Text;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSUseBOMForUnicodeEncodedFileTests
{
    private const string Rule = "PSUseBOMForUnicodeEncodedFile";

    [Fact]
    public void A_utf8_file_without_bom_and_with_non_ascii_characters_is_reported_at_the_first_of_them()
    {
        const string script = "# Mailbox\r\nSet-Mailbox -DisplayName 'J\u00FCrgen M\u00FCller'\r\n";

        var finding = Assert.Single(RuleAssert.FindingsInFile(Rule, Encoding.UTF8.GetBytes(script), "changes/Set-Names.ps1"));

        Assert.Equal(Rule, finding.RuleName);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("2:28 '\u00FC'", RuleAssert.Describe([finding], script)[0]);
        Assert.Equal(
            "The file 'Set-Names.ps1' contains non-ASCII characters (this is the first) but no byte-order mark, so Windows PowerShell 5.1 reads it in the ANSI code page and garbles them. Save it as UTF-8 with BOM.",
            finding.Message);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_too()
    {
        // UTF-16 without its byte-order mark, as in PSScriptAnalyzer's BOMAbsent_UTF16EncodedScript.ps1.
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes("# T\u00FEPIC");

        var finding = Assert.Single(RuleAssert.FindingsInFile(Rule, bytes));

        Assert.Equal((1, 7), (finding.Start.Line, finding.Start.Column));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_covered_whole()
    {
        const string script = "'\U0001F600'";

        var finding = Assert.Single(RuleAssert.FindingsInFile(Rule, Encoding.UTF8.GetBytes(script)));

        Assert.Equal(2, finding.Span.Length);
    }

    public static TheoryData<byte[]> FilesWithABomOrOnlyAscii() => new()
    {
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("'J\u00FCrgen'")).ToArray(),
        Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("'J\u00FCrgen'")).ToArray(),
        Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("'J\u00FCrgen'")).ToArray(),
        Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes("'J\u00FCrgen'")).ToArray(),
        Encoding.ASCII.GetBytes("# Test Script"),
        Array.Empty<byte>(),
    };

    [Theory]
    [MemberData(nameof(FilesWithABomOrOnlyAscii))]
    public void Files_with_a_byte_order_mark_or_only_ascii_bytes_are_not_reported(byte[] bytes)
    {
        Assert.Empty(RuleAssert.FindingsInFile(Rule, bytes));
    }

    [Fact]
    public void Text_given_as_a_string_is_not_checked()
    {
        Assert.Empty(RuleAssert.Findings(Rule, "'J\u00FCrgen'"));
    }
}
