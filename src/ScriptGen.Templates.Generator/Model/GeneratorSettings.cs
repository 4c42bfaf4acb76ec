using Microsoft.CodeAnalysis.Diagnostics;

namespace ScriptGen.Templates.Generator.Model;

/// <summary>What the consuming project sets through MSBuild (ScriptGen.Templates.Generator.props).</summary>
internal sealed record GeneratorSettings(string Namespace)
{
    /// <summary>The namespace of the generated code when the project does not set <c>ScriptGenTemplatesNamespace</c>.</summary>
    public const string DefaultNamespace = "ScriptGen.Core.Catalog.Generated";

    /// <summary>Reads the settings from the global analyzer options.</summary>
    public static GeneratorSettings From(AnalyzerConfigOptions options) =>
        new(options.TryGetValue("build_property.ScriptGenTemplatesNamespace", out var value) && value.Trim().Length > 0
            ? value.Trim()
            : DefaultNamespace);
}
