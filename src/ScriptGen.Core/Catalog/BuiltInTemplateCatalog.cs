using ScriptGen.Core.Catalog.Generated;

namespace ScriptGen.Core.Catalog;

/// <summary>
/// The template sets compiled into ScriptGen. The generator (src/ScriptGen.Templates.Generator) checked each set under
/// templates/ when ScriptGen was built and embedded its declaration and files as C# values, so nothing is parsed here.
/// </summary>
public static class BuiltInTemplateCatalog
{
    /// <summary>The built-in catalog.</summary>
    public static ITemplateCatalog Instance { get; } = new TemplateCatalog(GeneratedTemplateSets.All);
}
