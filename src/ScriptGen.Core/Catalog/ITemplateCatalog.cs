namespace ScriptGen.Core.Catalog;

/// <summary>The template sets ScriptGen can generate.</summary>
public interface ITemplateCatalog
{
    /// <summary>Every set, ordered by id.</summary>
    IReadOnlyList<TemplateSet> Sets { get; }

    /// <summary>The set with this id, or null.</summary>
    TemplateSet? Find(string id);
}
