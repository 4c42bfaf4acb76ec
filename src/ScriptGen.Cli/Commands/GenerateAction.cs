using ScriptGen.Core.Catalog;
using ScriptGen.Core.Generation;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Rendering;

namespace ScriptGen.Cli.Commands;

/// <summary>Runs `generate &lt;set&gt;` for one set of values: merge, validate, generate, report, pick the exit code.</summary>
public sealed class GenerateAction(TemplateSet set, CliEnvironment environment)
{
    /// <summary>Generates one bundle from values typed on the command line and the settings.</summary>
    public int Run(IReadOnlyDictionary<string, string?> commandLineValues, GenerateSettings settings)
    {
        var error = environment.Error;
        if (settings.Format is not ("text" or "json"))
        {
            error.WriteLine($"scriptgen: error: --format: '{settings.Format}' must be text or json");
            return ExitCodes.InvalidInput;
        }

        var fileValues = ReadParamsFile(settings.ParamsFile);
        if (fileValues.Errors.Count > 0)
        {
            ParameterErrorText.Write(error, fileValues.Errors, $"--params {settings.ParamsFile}");
            return ExitCodes.InvalidInput;
        }

        var (createdUtc, timeError) = CreationTime.Resolve(environment);
        if (timeError is not null)
        {
            error.WriteLine($"scriptgen: error: {timeError}");
            return ExitCodes.InvalidInput;
        }

        if (!SignerFactory.TryCreate(settings.Signing, environment, out var signer))
        {
            error.WriteLine($"Nothing was written. Run 'scriptgen generate {set.Id} --help' for every option and its rule.");
            return ExitCodes.InvalidInput;
        }

        if (settings.InventoryFile is not null)
        {
            return new BatchAction(set, environment).Run(fileValues.Values, commandLineValues, settings, createdUtc, signer);
        }

        var raw = fileValues.OverlaidBy(commandLineValues);
        var validation = ParameterValidator.Validate(set.Declaration, raw.Values, settings.AllowRetired);
        if (!validation.IsValid)
        {
            ParameterErrorText.Write(error, validation.Errors, source: null);
            error.WriteLine($"Nothing was written. Run 'scriptgen generate {set.Id} --help' for every option and its rule.");
            return ExitCodes.InvalidInput;
        }

        var request = new GenerateRequest(set, validation.Values!, settings.OutputRoot, settings.Force, createdUtc, signer, settings.Zip);
        GenerateOutcome outcome;
        try
        {
            outcome = new BundleGenerator(environment.Linter, environment.FileSystem, Core.Bundling.ToolInfo.Current).Generate(request);
        }
        catch (Core.Signing.TimestampException ex)
        {
            error.WriteLine($"scriptgen: error: --timestamp-url: {ex.Message}. Nothing was written.");
            return ExitCodes.IoFailure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"scriptgen: error: could not write the bundle under '{settings.OutputRoot}': {ex.Message}");
            return ExitCodes.IoFailure;
        }
        catch (TemplateRenderException ex)
        {
            error.WriteLine($"scriptgen: error: a template of {set.Id} failed to render (a defect in the template, not in your values): {ex.Message}");
            return ExitCodes.Findings;
        }

        return GenerateReport.Write(outcome, settings.Format, environment);
    }

    private RawParameters ReadParamsFile(string? path)
    {
        if (path is null)
        {
            return RawParameters.Empty;
        }

        try
        {
            return ParamsFileReader.Read(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new RawParameters(new Dictionary<string, string?>(), [new ParameterError(ParamsFileReader.FileKey, path, $"cannot be read: {ex.Message}")]);
        }
    }
}
