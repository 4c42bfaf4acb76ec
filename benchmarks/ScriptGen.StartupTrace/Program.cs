using Microsoft.Diagnostics.Tracing.Etlx;
using ScriptGen.StartupTrace;

if (args.Length is < 1 or > 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: ScriptGen.StartupTrace <trace.nettrace> [--stacks]");
    return 2;
}

using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var jit = new JitReport();
var types = new TypeLoadReport();
foreach (var e in log.Events)
{
    jit.Add(e);
    types.Add(e);
}

jit.Write(Console.Out, showStacks: args is [_, "--stacks"]);
Console.WriteLine();
types.Write(Console.Out);
return 0;
