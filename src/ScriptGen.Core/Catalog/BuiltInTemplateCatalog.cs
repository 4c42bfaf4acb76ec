using System.Reflection;

namespace ScriptGen.Core.Catalog;

/// <summary>The template sets compiled into ScriptGen as resources named <c>templates/&lt;set&gt;/&lt;path&gt;</c>.</summary>
public static class BuiltInTemplateCatalog
{
    private const string Prefix = "templates/";
    private static readonly Lazy<ITemplateCatalog> LazyCatalog = new(Load);

    /// <summary>The built-in catalog, loaded and checked once per process.</summary>
    public static ITemplateCatalog Instance => LazyCatalog.Value;

    private static ITemplateCatalog Load()
    {
        var assembly = typeof(BuiltInTemplateCatalog).Assembly;
        var bySet = new Dictionary<string, Dictionary<string, byte[]>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var normalized = name.Replace('\\', '/');
            if (!normalized.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = normalized[Prefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var setFolder = rest[..slash];
            if (!bySet.TryGetValue(setFolder, out var files))
            {
                bySet[setFolder] = files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            }

            files[rest[(slash + 1)..]] = ReadResource(assembly, name);
        }

        var sets = new List<TemplateSet>();
        foreach (var (folder, files) in bySet)
        {
            var result = TemplateSetLoader.Load(files, TemplateSetOrigin.BuiltIn);
            if (result.Set is null)
            {
                throw new InvalidOperationException(
                    $"The built-in template set '{folder}' is broken:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
            }

            sets.Add(result.Set);
        }

        return new TemplateCatalog(sets);
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
