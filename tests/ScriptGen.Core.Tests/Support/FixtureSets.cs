using ScriptGen.Core.Catalog;
using ScriptGen.Testing;

namespace ScriptGen.Core.Tests.Support;

/// <summary>The template sets under Fixtures/TemplateSets, read as files or loaded as sets.</summary>
public static class FixtureSets
{
    /// <summary>The folder of a fixture set.</summary>
    public static string Folder(string name) => RepositoryPaths.Combine($"tests/ScriptGen.Core.Tests/Fixtures/TemplateSets/{name}");

    /// <summary>The files of a fixture set as text, keyed by path within the set.</summary>
    public static Dictionary<string, string> Texts(string name) =>
        FolderTemplateSource.ReadFiles(Folder(name)).ToDictionary(p => p.Key, p => System.Text.Encoding.UTF8.GetString(p.Value));

    /// <summary>A fixture set, loaded and checked; fails the test if it has errors.</summary>
    public static TemplateSet Load(string name)
    {
        var result = TemplateSetLoader.Load(FolderTemplateSource.ReadFiles(Folder(name)), TemplateSetOrigin.Folder);
        return result.Set ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Problems));
    }
}
