namespace ScriptGen.PowerShell.Syntax;

/// <summary>What a script's <c>#requires</c> comments ask for.</summary>
public sealed class ScriptRequirements
{
    /// <summary>The <c>-Version</c> value, or null.</summary>
    public Version? RequiredPSVersion { get; internal set; }

    /// <summary>The <c>-PSEdition</c> values (Desktop, Core).</summary>
    public IReadOnlyList<string> RequiredPSEditions { get; internal set; } = [];

    /// <summary>The <c>-Modules</c> values: names or module specifications.</summary>
    public IReadOnlyList<RequiredModule> RequiredModules { get; internal set; } = [];

    /// <summary>The <c>-Assembly</c> values.</summary>
    public IReadOnlyList<string> RequiredAssemblies { get; internal set; } = [];

    /// <summary>The <c>-ShellId</c> value, or null.</summary>
    public string? RequiredShellId { get; internal set; }

    /// <summary>True when <c>-RunAsAdministrator</c> is given.</summary>
    public bool IsElevationRequired { get; internal set; }
}
