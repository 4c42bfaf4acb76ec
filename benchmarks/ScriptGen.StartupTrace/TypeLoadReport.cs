using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace ScriptGen.StartupTrace;

/// <summary>The types the runtime loaded during the run, counted by namespace (generic instantiations by their definition).</summary>
public sealed class TypeLoadReport
{
    private const int Shown = 25;
    private readonly Dictionary<string, int> _byGroup = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Takes <paramref name="e"/> into account when it is a TypeLoadStop event.</summary>
    public void Add(TraceEvent e)
    {
        if (e is not TypeLoadStopTraceData load || string.IsNullOrEmpty(load.TypeName))
        {
            return;
        }

        var definition = load.TypeName.Split('<')[0];
        var group = definition.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) ? definition : Namespace(definition);
        _byGroup[group] = _byGroup.GetValueOrDefault(group) + 1;
        _count++;
    }

    /// <summary>Writes the count and the largest groups.</summary>
    public void Write(TextWriter output)
    {
        output.WriteLine($"type loads: {_count} (each generic instantiation counts once)");
        foreach (var (group, count) in _byGroup.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Shown))
        {
            output.WriteLine($"{count,6}  {group}");
        }
    }

    private static string Namespace(string typeName)
    {
        var dot = typeName.LastIndexOf('.');
        return dot > 0 ? typeName[..dot] : typeName;
    }
}
