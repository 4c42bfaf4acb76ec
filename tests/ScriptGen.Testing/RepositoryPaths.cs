namespace ScriptGen.Testing;

/// <summary>Locates the repository from a test's output folder, so tests read committed files wherever they run.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds ScriptGen.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path under the repository root, from forward-slash segments.</summary>
    public static string Combine(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScriptGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ScriptGen.sln was not found above {AppContext.BaseDirectory}.");
    }
}
