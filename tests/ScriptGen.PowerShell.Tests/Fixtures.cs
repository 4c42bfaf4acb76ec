using ScriptGen.PowerShell.Text;
using ScriptGen.Testing;

namespace ScriptGen.PowerShell.Tests;

/// <summary>The committed fixture scripts under Fixtures/Parsing, read from the repository.</summary>
internal static class Fixtures
{
    public const string ParsingFolder = "tests/ScriptGen.PowerShell.Tests/Fixtures/Parsing";

    /// <summary>Each fixture as "area/file.ps1", in a stable order.</summary>
    public static IReadOnlyList<string> ParsingFixtures { get; } = Directory
        .EnumerateFiles(RepositoryPaths.Combine(ParsingFolder), "*.ps1", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(RepositoryPaths.Combine(ParsingFolder), path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> ParsingFixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in ParsingFixtures)
        {
            data.Add(name);
        }

        return data;
    }

    public static SourceText Read(string name) =>
        SourceText.FromBytes(File.ReadAllBytes(RepositoryPaths.Combine(ParsingFolder + "/" + name)), name);
}
