using System.Diagnostics;
using System.Text.Json;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Linting;
using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;
using ScriptGen.Testing;

namespace ScriptGen.Core.Tests.Linting;

public sealed class SarifWriterTests
{
    private static readonly ToolInfo Tool = new("ScriptGen", "9.9.9");

    [Fact]
    public void Findings_become_results_with_levels_regions_fixes_and_suppressions()
    {
        using var document = JsonDocument.Parse(SarifWriter.Write(Report(), Tool));

        var run = document.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["MissingEndCurlyBrace:error", "PSAvoidUsingWriteHost:warning", "PSAvoidUsingWriteHost:warning"], results.Select(r => $"{r.GetProperty("ruleId").GetString()}:{r.GetProperty("level").GetString()}"));
        var region = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((1, 1, 1, 15), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("Write-Output 'a'", results[1].GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal("operator prompt", results[2].GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.Equal("scripts/a.ps1", results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        Assert.Equal(results.Select(r => rules[r.GetProperty("ruleIndex").GetInt32()]), results.Select(r => r.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public void The_output_is_valid_sarif_according_to_microsofts_multitool()
    {
        var tool = RepositoryPaths.Combine(".tools/node_modules/.bin/sarif-multitool-linux");
        if (!File.Exists(tool))
        {
            Assert.Skip($"Microsoft's SARIF multitool is not installed at {tool}; .ci/install-tools.sh installs it from npm.");
        }

        var folder = Directory.CreateTempSubdirectory("scriptgen-sarif").FullName;
        try
        {
            var input = Path.Combine(folder, "lint.sarif");
            var output = Path.Combine(folder, "validation.sarif");
            File.WriteAllBytes(input, SarifWriter.Write(Report(), Tool));

            using var process = Process.Start(new ProcessStartInfo(tool, ["validate", input, "--output", output]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var console = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.True(process.ExitCode == 0, console);
            using var validation = JsonDocument.Parse(File.ReadAllBytes(output));
            var problems = validation.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString())
                .Where(id => id != "SARIF2005")
                .ToArray();
            Assert.True(problems.Length == 0, $"The multitool reports {string.Join(", ", problems)}:\n{console}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static LintReport Report()
    {
        var source = SourceText.From("Write-Host 'a'\nWrite-Host 'b'\nif ($x) {\n", "scripts/a.ps1");
        var writeHost = BuiltinRules.Find("PSAvoidUsingWriteHost")!.Descriptor;
        var first = Diagnostic.Create(source, writeHost.Name, DiagnosticSeverity.Warning, "Write-Host writes to the host.", new TextSpan(0, 14)) with
        {
            Corrections = [new Correction(new TextSpan(0, 14), source.GetLinePosition(0), source.GetLinePosition(14), "Write-Output 'a'", "Use Write-Output.")],
        };
        var second = Diagnostic.Create(source, writeHost.Name, DiagnosticSeverity.Warning, "Write-Host writes to the host.", new TextSpan(15, 14));
        var parseError = Diagnostic.Create(source, "MissingEndCurlyBrace", DiagnosticSeverity.ParseError, "The block is missing its closing '}'.", new TextSpan(38, 1));
        var result = new AnalysisResult([parseError, first], [new SuppressedDiagnostic(second, "operator prompt", SuppressionSource.Comment)]);
        return new LintReport(new LintEngineInfo("ScriptGen.PowerShell", "9.9.9", true, [writeHost], "default"), [new LintedFile("scripts/a.ps1", result)]);
    }
}
