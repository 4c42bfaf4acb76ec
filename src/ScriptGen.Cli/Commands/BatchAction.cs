using ScriptGen.Core.Batch;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Generation;
using ScriptGen.Templates.Model;

namespace ScriptGen.Cli.Commands;

/// <summary>Runs `generate &lt;set&gt; --inventory &lt;file&gt;`: one bundle per row, in parallel, with progress and a summary.</summary>
public sealed class BatchAction(TemplateSet set, CliEnvironment environment)
{
    /// <summary>Generates every row; returns 0 when all succeeded, 5 when some failed, 2 when the inventory is unusable.</summary>
    public int Run(IReadOnlyDictionary<string, string?> defaults, IReadOnlyDictionary<string, string?> overrides, GenerateSettings settings, DateTimeOffset createdUtc, Core.Signing.AuthenticodeSigner? signer = null)
    {
        var path = settings.InventoryFile!;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"scriptgen: error: --inventory '{path}' cannot be read: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        var keys = set.Declaration.Parameters.Select(p => p.Name).Append(BuiltInValues.Variant).ToArray();
        var inventory = InventoryReader.Read(path, text, keys);
        if (inventory.Error is not null)
        {
            environment.Error.WriteLine($"scriptgen: error: --inventory '{path}' {inventory.Error}");
            return ExitCodes.InvalidInput;
        }

        var request = new BatchRequest(set, inventory.Rows, defaults, overrides, settings.OutputRoot, settings.Force, settings.AllowRetired, createdUtc, signer, settings.Zip);
        var generator = new BatchGenerator(new BundleGenerator(environment.Linter, environment.FileSystem, Core.Bundling.ToolInfo.Current), environment.DegreeOfParallelism);
        var display = new BatchProgressDisplay(environment.Error, environment.ErrorIsInteractive);
        var results = generator.Generate(request, display.Show);
        display.Finish();
        BatchReport.Write(results, settings.Format, environment);
        return results.All(r => r.Status == BatchRowStatus.Succeeded) ? ExitCodes.Success : ExitCodes.PartialBatch;
    }
}
