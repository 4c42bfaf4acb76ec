using System.Text;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.Testing;

namespace ScriptGen.PowerShell.Tests.Parsing;

/// <summary>Every fixture script: its tree and errors match the snapshot, and the tree prints the file back byte for byte.</summary>
public sealed class FixtureTests
{
    public static TheoryData<string> Names => Fixtures.ParsingFixtureNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void TheTreeAndErrorsMatchTheSnapshot(string name)
    {
        var result = PowerShellParser.Parse(Fixtures.Read(name));

        var dump = new StringBuilder(SyntaxDumper.Dump(result.Root));
        foreach (var diagnostic in result.Diagnostics)
        {
            dump.Append("error ").Append(diagnostic.RuleName).Append(" at ")
                .Append(diagnostic.Start.Line).Append(',').Append(diagnostic.Start.Column).Append(": ")
                .AppendLine(diagnostic.Message);
        }

        Snapshot.Verify(dump.ToString(), name.Replace('/', '.').Replace(".ps1", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheTreeIsLosslessAndConsistent(string name)
    {
        TreeInvariants.AssertHold(PowerShellParser.Parse(Fixtures.Read(name)));
    }

    [Fact]
    public void OnlyTheErrorFixturesHaveParseErrors()
    {
        foreach (var name in Fixtures.ParsingFixtures)
        {
            var result = PowerShellParser.Parse(Fixtures.Read(name));
            Assert.True(
                result.HasErrors == name.StartsWith("120-errors/", StringComparison.Ordinal),
                $"{name}: {ParseAssert.Describe(result.Diagnostics)}");
        }
    }
}
