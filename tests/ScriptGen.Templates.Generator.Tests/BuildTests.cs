extern alias generator;

using System.Text;
using ScriptGen.Core.Catalog;
using ScriptGen.Templates.Generator.Tests.Support;
using ScriptGen.Templates.Reading;
using ScriptGen.Testing;
using TemplateCatalogGenerator = generator::ScriptGen.Templates.Generator.TemplateCatalogGenerator;

namespace ScriptGen.Templates.Generator.Tests;

/// <summary>A template mistake fails a real build of a project that uses the generator the way ScriptGen.Core does.</summary>
public sealed class BuildTests
{
    private const string RealSet = "push-notification-proxy";

    [Fact]
    public void Dotnet_build_fails_with_SGT005_at_the_file_and_line_of_an_undeclared_name()
    {
        using var scratch = new ScratchFolder();
        var (files, set) = CopyOfARealSet();
        var step = StepTemplate(files, set);
        var broken = files.Text(step);
        var newline = broken.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var line = broken.Count(c => c == '\n') + (broken.EndsWith('\n') ? 1 : 2);
        broken = (broken.EndsWith('\n') ? broken : broken + newline) + "$Broken = {{notDeclaredAnywhere}}" + newline;
        var bom = files.Files.Keys.First(p => p.EndsWith(TemplateSetFiles.TemplateSuffix, StringComparison.Ordinal) && p != step);
        files = files.With(step, broken).With(bom, [.. Encoding.UTF8.Preamble, .. files.Files[bom]]);
        files.WriteTo(Path.Combine(scratch.Path, "templates"));
        var project = WriteProject(scratch.Path);

        var (exitCode, output) = DotnetBuild.Run(project);

        Assert.True(exitCode != 0, output);
        var templates = Path.Combine(scratch.Path, "templates");
        Assert.Contains($"{Native(templates, step)}({line},11): error SGT005: \"notDeclaredAnywhere\" is not a declared parameter", output, StringComparison.Ordinal);
        Assert.Contains($"{Native(templates, bom)}(1,1): error SGT010: The file starts with a UTF-8 byte-order mark", output, StringComparison.Ordinal);
    }

    /// <summary>templates/push-notification-proxy when the repository has it, else this project's own fixture set.</summary>
    private static (TemplateFiles Files, string Set) CopyOfARealSet()
    {
        var root = RepositoryPaths.Combine("templates");
        return File.Exists(Path.Combine(root, RealSet, DeclarationReader.FileName))
            ? (TemplateFiles.Read(root, RealSet), RealSet)
            : (TemplateFiles.Fixture(), "small");
    }

    private static string StepTemplate(TemplateFiles files, string set)
    {
        var declaration = DeclarationReader.Read(files.Text($"{set}/{DeclarationReader.FileName}")).Declaration!;
        return $"{set}/{declaration.Steps[0].Implementations[0].Template}";
    }

    private static string WriteProject(string folder)
    {
        var props = RepositoryPaths.Combine("src/ScriptGen.Templates.Generator/ScriptGen.Templates.Generator.props");
        var project = Path.Combine(folder, "Probe.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ScriptGenTemplatesDir>$(MSBuildProjectDirectory)/templates/</ScriptGenTemplatesDir>
                <ScriptGenTemplatesNamespace>Probe.Generated</ScriptGenTemplatesNamespace>
              </PropertyGroup>
              <Import Project="{props}" />
              <ItemGroup>
                <Analyzer Include="{typeof(TemplateCatalogGenerator).Assembly.Location}" />
                <Reference Include="{typeof(TemplateSet).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    private static string Native(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
}
