using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Catalog;

/// <summary>A checked template set: its declaration and every file, ready to render.</summary>
public sealed class TemplateSet
{
    public TemplateSet(TemplateSetDeclaration declaration, IReadOnlyDictionary<string, TemplateFile> files, TemplateSetOrigin origin)
    {
        Declaration = declaration;
        Files = files;
        Origin = origin;
    }

    /// <summary>What template-set.json declares.</summary>
    public TemplateSetDeclaration Declaration { get; }

    /// <summary>Every file of the set by its path within the set.</summary>
    public IReadOnlyDictionary<string, TemplateFile> Files { get; }

    /// <summary>Built in, or read from a folder.</summary>
    public TemplateSetOrigin Origin { get; }

    /// <summary>The set's id, e.g. push-notification-proxy.</summary>
    public string Id => Declaration.Id;

    /// <summary>The variant with this id (case-sensitive), or null.</summary>
    public VariantDeclaration? FindVariant(string id) => Declaration.Variants.FirstOrDefault(v => v.Id == id);

    /// <summary>The variant used when none is asked for.</summary>
    public VariantDeclaration DefaultVariant => Declaration.Variants.First(v => v.IsDefault);

    /// <summary>The implementation of a step for a variant: the step's only one, or the variant's own.</summary>
    public static StepImplementation ImplementationFor(StepDeclaration step, string variant) =>
        step.Implementations.FirstOrDefault(i => i.Variant == variant) ?? step.Implementations.First(i => i.Variant is null);
}
