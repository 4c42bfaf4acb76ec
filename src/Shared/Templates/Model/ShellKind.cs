namespace ScriptGen.Templates.Model;

/// <summary>Where a step's script runs.</summary>
public enum ShellKind
{
    /// <summary>The Exchange Management Shell on an Exchange server (Windows PowerShell 5.1).</summary>
    ExchangeManagementShell,
    /// <summary>Windows PowerShell 5.1 or PowerShell 7 with the Microsoft.Graph modules, on an admin workstation with network access.</summary>
    MicrosoftGraph,
    /// <summary>Windows PowerShell 5.1 with the retired MSOnline module, on an admin workstation.</summary>
    MSOnline,
}
