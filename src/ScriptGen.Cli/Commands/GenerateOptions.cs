using System.CommandLine;

namespace ScriptGen.Cli.Commands;

/// <summary>The options every `generate &lt;set&gt;` command has besides the set's parameters.</summary>
public sealed class GenerateOptions
{
    private readonly Option<string> _params = new("--params")
    {
        Description = "A JSON file of parameter values with the same camelCase keys (tenant, environment, pushUri, ...); options typed on the command line win.",
        HelpName = "file.json",
    };

    private readonly Option<string> _inventory = new("--inventory")
    {
        Description = "Generate one bundle per row of a JSON array or CSV file of parameter sets (same keys as --params). " +
            "Rows are validated first; an invalid row is reported with its number and does not stop the others (exit 5). " +
            "Per row, the row's values override --params and options typed on the command line override both.",
        HelpName = "file.json|file.csv",
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The folder bundles are written under, as <output>/<tenant>/<environment>/<set>/. Default: output.",
        HelpName = "folder",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Replace a bundle that is already there with different content (without it: exit 3, nothing written).",
    };

    private readonly Option<bool> _allowRetired = new("--allow-retired")
    {
        Description = "Allow a variant marked retired (its scripts are expected to fail; its advisory says why). Without it a retired variant is refused.",
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "text (default): the manifest's SHA-256 on stdout (one line per bundle), messages on stderr. json: one JSON summary on stdout.",
        HelpName = "text|json",
    };

    private readonly Option<string> _signCert = new("--sign-cert")
    {
        Description = "Sign every .ps1 with Authenticode (SHA-256) using this code-signing certificate: a PFX, or a PEM certificate " +
            "(key in the same file or in --sign-key). The certificate needs an RSA key and the code-signing extended key usage.",
        HelpName = "file.pfx|file.pem",
    };

    private readonly Option<string> _signKey = new("--sign-key")
    {
        Description = "The PEM private key of a PEM --sign-cert, when it is not in the certificate file.",
        HelpName = "key.pem",
    };

    private readonly Option<string> _signPasswordEnv = new("--sign-password-env")
    {
        Description = "The name of the environment variable that holds the PFX or PEM-key password. The password is never an argument and never written anywhere.",
        HelpName = "VARIABLE",
    };

    private readonly Option<string> _timestampUrl = new("--timestamp-url")
    {
        Description = "Time-stamp every signature at this RFC 3161 time-stamp authority, so signatures outlive the certificate. " +
            "Needs network access; time-stamped signatures differ on every run.",
        HelpName = "url",
    };

    private readonly Option<bool> _zip = new("--zip")
    {
        Description = "Also write a deterministic zip of the bundle beside it: <output>/<tenant>/<environment>/<set>.zip (same inputs, same zip bytes).",
    };

    /// <summary>Every option in help order.</summary>
    public IEnumerable<Option> All => [_params, _inventory, _output, _force, _allowRetired, _format, _signCert, _signKey, _signPasswordEnv, _timestampUrl, _zip];

    /// <summary>The values given (defaults applied).</summary>
    public GenerateSettings Read(ParseResult parseResult) => new(
        parseResult.GetValue(_params),
        parseResult.GetValue(_inventory),
        parseResult.GetValue(_output) ?? "output",
        parseResult.GetValue(_force),
        parseResult.GetValue(_allowRetired),
        parseResult.GetValue(_format) ?? "text",
        new SigningSettings(parseResult.GetValue(_signCert), parseResult.GetValue(_signKey), parseResult.GetValue(_signPasswordEnv), parseResult.GetValue(_timestampUrl)),
        parseResult.GetValue(_zip));
}
