using System.Text.Json;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// The Microsoft PowerShell modules that were retired and no longer work against Microsoft 365: MSOnline (its cmdlets
/// are in the catalogue) and AzureAD/AzureADPreview (cmdlet names from retired-modules.json, with its source).
/// </summary>
public static class RetiredModules
{
    private static readonly Lazy<Dictionary<string, string>> AzureADCommands = new(Load);

    /// <summary>The retired module names that scripts import or require, MSOnline's MSI-era companion included.</summary>
    public static IReadOnlyList<string> ModuleNames { get; } = ["MSOnline", "MSOnlineExtended", "AzureAD", "AzureADPreview"];

    /// <summary>The retired module that <paramref name="commandName"/> (a command or an alias) belongs to, or null.</summary>
    public static string? ModuleOf(string commandName, CommandCatalog catalog)
    {
        if (AzureADCommands.Value.TryGetValue(commandName, out var module))
        {
            return module;
        }

        return catalog.FindCommand(commandName) is { Module: "MSOnline" } ? "MSOnline" : null;
    }

    /// <summary>True when <paramref name="name"/> is one of <see cref="ModuleNames"/>.</summary>
    public static bool IsRetiredModule(string name)
    {
        foreach (var module in ModuleNames)
        {
            if (string.Equals(module, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(RetiredModules).Assembly.GetManifestResourceStream("retired-modules.json")!;
        using var document = JsonDocument.Parse(stream);
        var commands = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in document.RootElement.GetProperty("modules").EnumerateObject())
        {
            foreach (var name in module.Value.EnumerateArray())
            {
                commands.TryAdd(name.GetString()!, module.Name);
            }
        }

        return commands;
    }
}
