extern alias generator;

using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ScriptGen.Templates.Generator.Tests.Support;
using TrackingNames = generator::ScriptGen.Templates.Generator.Helpers.TrackingNames;

namespace ScriptGen.Templates.Generator.Tests;

public sealed class IncrementalityTests
{
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_tracked_step_runs_on_the_first_pass()
    {
        var run = GeneratorHarness.Run(TemplateFiles.Fixture());

        Assert.All(StepNames, name => Assert.True(run.Result.TrackedSteps.ContainsKey(name), $"{name} did not run."));
    }

    [Fact]
    public void A_second_run_on_unchanged_input_reports_every_tracked_step_cached_or_unchanged()
    {
        var first = GeneratorHarness.Run(TemplateFiles.Fixture().And(TemplateFiles.Fixture(folder: "second").Replace("second/template-set.json", "\"id\": \"small-set\"", "\"id\": \"other-set\"")));

        var second = first.Rerun();

        foreach (var name in StepNames)
        {
            var outputs = second.Result.TrackedSteps[name].SelectMany(step => step.Outputs).ToArray();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} reran with reason {output.Reason}."));
        }

        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void No_step_output_holds_symbols_syntax_or_a_compilation()
    {
        var run = GeneratorHarness.Run(TemplateFiles.Fixture().Replace("small/steps/01-Set-Thing.legacy.ps1.hbs", "{{variant}}", "{{nope}}"));

        foreach (var (name, steps) in run.Result.TrackedSteps)
        {
            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                Assert.True(ModelGraph.ForbiddenObjects(output.Value).Count == 0, $"{name}: {string.Join("; ", ModelGraph.ForbiddenObjects(output.Value))}");
            }
        }
    }

    [Fact]
    public void The_graph_walk_finds_a_compilation_hidden_in_a_model()
    {
        var run = GeneratorHarness.Run(TemplateFiles.Fixture());

        Assert.NotEmpty(ModelGraph.ForbiddenObjects(new[] { new KeyValuePair<string, object>("x", run.Input) }));
    }

    [Fact]
    public void Editing_one_set_leaves_the_other_sets_output_unchanged()
    {
        var files = TemplateFiles.Fixture().And(TemplateFiles.Fixture(folder: "second").Replace("second/template-set.json", "\"id\": \"small-set\"", "\"id\": \"other-set\""));
        var first = GeneratorHarness.Run(files);
        var path = files.FullPath("second/steps/01-Set-Thing.legacy.ps1.hbs");
        var before = FindText(first, path);
        var edited = new TestAdditionalText(path, Encoding.UTF8.GetBytes(files.Text("second/steps/01-Set-Thing.legacy.ps1.hbs") + "# edited\n"));

        var second = first.RerunWith(before, edited);

        var specs = second.Result.TrackedSteps[TrackingNames.SetSpecs].SelectMany(step => step.Outputs).ToArray();
        Assert.Contains(specs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(specs, o => o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached);
        Assert.Equal(first.Sources["SmallSetTemplateSet.g.cs"], second.Sources["SmallSetTemplateSet.g.cs"]);
        Assert.NotEqual(first.Sources["OtherSetTemplateSet.g.cs"], second.Sources["OtherSetTemplateSet.g.cs"]);
        var index = second.Result.TrackedSteps[TrackingNames.CatalogIndex].SelectMany(step => step.Outputs);
        Assert.All(index, o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, $"CatalogIndex: {o.Reason}"));
    }

    private static AdditionalText FindText(GeneratorRun run, string path) =>
        run.Result.TrackedSteps[TrackingNames.FilesWithOptions]
            .SelectMany(step => step.Outputs)
            .Select(o => (((AdditionalText Text, AnalyzerConfigOptionsProvider Options))o.Value).Text)
            .Single(text => text.Path == path);
}
