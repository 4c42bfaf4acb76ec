using System.Reflection;

namespace ScriptGen.Core.Bundling;

/// <summary>The tool's name and version as written into scripts and manifests (no commit hash: see Directory.Build.props).</summary>
public sealed record ToolInfo(string Name, string Version)
{
    /// <summary>This build of ScriptGen.</summary>
    public static ToolInfo Current { get; } = new(
        "ScriptGen",
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
}
