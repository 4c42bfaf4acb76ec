namespace ScriptGen.Core.Catalog;

/// <summary>A catalog over a fixed list of sets.</summary>
public sealed class TemplateCatalog : ITemplateCatalog
{
    public TemplateCatalog(IEnumerable<TemplateSet> sets) =>
        Sets = sets.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<TemplateSet> Sets { get; }

    /// <inheritdoc />
    public TemplateSet? Find(string id) => Sets.FirstOrDefault(s => s.Id == id);
}
