using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Templates.Checking;
using ScriptGen.Templates.Generator.Model;

namespace ScriptGen.Templates.Generator.Parsing;

/// <summary>Builds the catalog from every checked set: the usable sets ordered by id, refusing ids that two folders share.</summary>
internal static class CatalogBuilder
{
    /// <summary>The catalog and its cross-set problems.</summary>
    public static CatalogSpec Build(ImmutableArray<CheckedTemplateSet> checkedSets)
    {
        var byId = new SortedDictionary<string, List<CheckedTemplateSet>>(System.StringComparer.Ordinal);
        foreach (var set in checkedSets)
        {
            if (set.Spec is null)
            {
                continue;
            }

            if (!byId.TryGetValue(set.Spec.Declaration.Id, out var sharing))
            {
                byId[set.Spec.Declaration.Id] = sharing = new List<CheckedTemplateSet>();
            }

            sharing.Add(set);
        }

        var sets = new List<TemplateSetSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var pair in byId)
        {
            if (pair.Value.Count == 1)
            {
                sets.Add(pair.Value[0].Spec!);
                continue;
            }

            foreach (var set in pair.Value)
            {
                var message = $"The template set id \"{pair.Key}\" is declared by {pair.Value.Count} folders; each built-in set needs its own id.";
                var start = new LinePosition(0, 0);
                diagnostics.Add(new DiagnosticInfo(TemplateProblems.DuplicateId.Id, message, new LocationInfo(set.DeclarationPath, new TextSpan(0, 0), new LinePositionSpan(start, start))));
            }
        }

        return new CatalogSpec(new EquatableArray<TemplateSetSpec>(sets), new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    /// <summary>The ids and type stems the catalog class lists.</summary>
    public static EquatableArray<CatalogEntry> Index(CatalogSpec catalog)
    {
        var entries = new List<CatalogEntry>(catalog.Sets.Count);
        foreach (var set in catalog.Sets)
        {
            entries.Add(new CatalogEntry(set.Declaration.Id, set.TypeStem));
        }

        return new EquatableArray<CatalogEntry>(entries);
    }
}
