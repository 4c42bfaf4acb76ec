using System.Collections.Generic;
using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Checking;

/// <summary>Collects problems for one check run.</summary>
public sealed class ProblemList
{
    private readonly List<TemplateProblem> _items = new List<TemplateProblem>();

    /// <summary>The problems in the order found.</summary>
    public IReadOnlyList<TemplateProblem> Items => _items;

    /// <summary>Adds a problem.</summary>
    public void Add(TemplateProblemDescriptor descriptor, string message, SourceLocation location) =>
        _items.Add(new TemplateProblem(descriptor, message, location));

    /// <summary>Adds problems found elsewhere (by the reader, say).</summary>
    public void AddRange(IEnumerable<TemplateProblem> problems) => _items.AddRange(problems);
}
