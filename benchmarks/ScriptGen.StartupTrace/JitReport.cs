using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace ScriptGen.StartupTrace;

/// <summary>The methods JIT-compiled during the run, grouped by the nearest ScriptGen or System.CommandLine frame on the stack.</summary>
public sealed class JitReport
{
    private const string NoOwner = "(no ScriptGen or System.CommandLine frame: runtime start-up, the console, other threads)";
    private readonly Dictionary<string, List<(string Method, string[] Stack)>> _byOwner = [];
    private int _count;

    /// <summary>Takes <paramref name="e"/> into account when it is a MethodJittingStarted event.</summary>
    public void Add(TraceEvent e)
    {
        if (e is not MethodJittingStartedTraceData jit)
        {
            return;
        }

        var stack = new List<string>();
        for (var frame = e.CallStack(); frame is not null; frame = frame.Caller)
        {
            stack.Add(frame.CodeAddress.FullMethodName);
        }

        var owner = stack.FirstOrDefault(f => f.StartsWith("ScriptGen", StringComparison.Ordinal) || f.StartsWith("System.CommandLine", StringComparison.Ordinal)) ?? NoOwner;
        if (!_byOwner.TryGetValue(owner, out var methods))
        {
            _byOwner[owner] = methods = [];
        }

        methods.Add(($"{jit.MethodNamespace}::{jit.MethodName}", [.. stack]));
        _count++;
    }

    /// <summary>Writes the groups, largest first, each with its methods (and their stacks when asked).</summary>
    public void Write(TextWriter output, bool showStacks)
    {
        output.WriteLine($"JIT-compiled methods: {_count}");
        foreach (var (owner, methods) in _byOwner.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{methods.Count,5}  {owner}");
            foreach (var (method, stack) in methods)
            {
                output.WriteLine($"         {method}");
                if (showStacks)
                {
                    foreach (var frame in stack.Take(12))
                    {
                        output.WriteLine($"             at {frame}");
                    }
                }
            }
        }
    }
}
