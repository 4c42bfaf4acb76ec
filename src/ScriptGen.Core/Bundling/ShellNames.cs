using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Bundling;

/// <summary>How CHANGE.md names each shell a step runs in.</summary>
public static class ShellNames
{
    /// <summary>The shell's name for people, with the PowerShell version it needs.</summary>
    public static string Describe(ShellKind shell) => shell switch
    {
        ShellKind.ExchangeManagementShell => "Exchange Management Shell (Windows PowerShell 5.1)",
        ShellKind.MicrosoftGraph => "Windows PowerShell 5.1 or PowerShell 7 with the Microsoft.Graph modules",
        _ => "Windows PowerShell 5.1 with the MSOnline module (retired)",
    };
}
