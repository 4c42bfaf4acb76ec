extern alias generator;

using Microsoft.CodeAnalysis;
using ScriptGen.Templates.Checking;
using ScriptGen.Testing;
using DiagnosticDescriptors = generator::ScriptGen.Templates.Generator.Diagnostics.DiagnosticDescriptors;

namespace ScriptGen.Templates.Generator.Tests;

/// <summary>The build's descriptors, the shared problem table, the release-tracking file and docs/diagnostics.md name the same problems.</summary>
public sealed class DiagnosticDescriptorTests
{
    public static TheoryData<string> Ids => [.. TemplateProblems.All.Select(p => p.Id)];

    [Fact]
    public void Every_template_problem_has_one_descriptor_in_the_same_order()
    {
        Assert.Equal(TemplateProblems.All.Select(p => p.Id), DiagnosticDescriptors.All.Select(d => d.Id));
        Assert.Equal(TemplateProblems.All.Count, typeof(TemplateProblems).GetFields().Count(f => f.FieldType == typeof(TemplateProblemDescriptor)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_descriptor_has_the_title_help_and_severity_of_its_problem(string id)
    {
        var problem = TemplateProblems.All.Single(p => p.Id == id);

        var descriptor = DiagnosticDescriptors.For(id);

        Assert.Equal(problem.Title, descriptor.Title.ToString());
        Assert.Equal(problem.Help, descriptor.Description.ToString());
        Assert.Equal(problem.Severity == TemplateProblemSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_release_file_lists_each_id_with_its_severity(string id)
    {
        var descriptor = DiagnosticDescriptors.For(id);
        var lines = File.ReadAllLines(RepositoryPaths.Combine("src/ScriptGen.Templates.Generator/Diagnostics/AnalyzerReleases.Unshipped.md"));

        Assert.Contains($"{id} | {DiagnosticDescriptors.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", lines);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Docs_describe_each_id_under_a_heading_with_its_title(string id)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("docs/diagnostics.md"));

        Assert.Contains($"## {id}: {TemplateProblems.All.Single(p => p.Id == id).Title}", lines);
    }
}
