using System.Diagnostics;
using System.Text;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Text;

// Usage: ScriptGen.CorpusCheck <folder|file>... [--roundtrip]
// Parses every .ps1/.psm1/.psd1 file and prints one line per parse error: path(line,col): ErrorId: message.
// With --roundtrip it also checks that printing each tree gives the file's text back.
// Exit code: 0 when no file has a parse error (or a round-trip difference), 1 otherwise, 2 for bad usage.
var roots = args.Where(static a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var checkRoundTrip = args.Contains("--roundtrip");
if (roots.Count == 0)
{
    Console.Error.WriteLine("usage: ScriptGen.CorpusCheck <folder|file>... [--roundtrip]");
    return 2;
}

var files = roots.SelectMany(EnumerateScripts).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
var filesWithErrors = 0;
var roundTripFailures = 0;
long bytes = 0;
var clock = Stopwatch.StartNew();
foreach (var file in files)
{
    var content = File.ReadAllBytes(file);
    bytes += content.Length;
    var source = SourceText.FromBytes(content, file);
    var result = PowerShellParser.Parse(source);
    if (result.HasErrors)
    {
        filesWithErrors++;
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.WriteLine($"{file}({diagnostic.Start.Line},{diagnostic.Start.Column}): {diagnostic.RuleName}: {diagnostic.Message}");
        }
    }

    if (checkRoundTrip && result.Print() != source.Text)
    {
        roundTripFailures++;
        Console.WriteLine($"{file}: ROUNDTRIP: printing the tree does not give the text back");
    }
}

clock.Stop();
var summary = new StringBuilder()
    .Append(files.Count).Append(" files, ")
    .Append(bytes / 1024).Append(" KiB, ")
    .Append(filesWithErrors).Append(" with parse errors");
if (checkRoundTrip)
{
    summary.Append(", ").Append(roundTripFailures).Append(" round-trip failures");
}

summary.Append(", ").Append(clock.ElapsedMilliseconds).Append(" ms");
Console.Error.WriteLine(summary.ToString());
return filesWithErrors + roundTripFailures == 0 ? 0 : 1;

static IEnumerable<string> EnumerateScripts(string path)
{
    if (File.Exists(path))
    {
        return [Path.GetFullPath(path)];
    }

    string[] extensions = [".ps1", ".psm1", ".psd1"];
    return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
        .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
        .Select(Path.GetFullPath);
}
