namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Variables PowerShell itself sets or reads: automatic variables and preference variables. Rules exempt them where a
/// script variable of the same name would be suspicious (an unused assignment, a global, a comparison with $null).
/// The list is PSScriptAnalyzer's (its SpecialVars class) plus the preference variables of about_Preference_Variables
/// that it lacks, which PowerShell reads just the same.
/// </summary>
public static class SpecialVariables
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // Automatic variables.
        "_", "PSItem", "args", "this", "input", "PSCmdlet", "PSBoundParameters", "MyInvocation", "PSScriptRoot",
        "PSCommandPath", "ExecutionContext", "Matches", "PSVersionTable", "foreach", "switch", "?", "^", "$", "Host",
        "NestedPromptLevel", "StackTrace", "error", "PWD", "null", "true", "false", "LastExitCode", "env:PATHEXT",

        // Preference variables.
        "ConfirmPreference", "DebugPreference", "ErrorActionPreference", "ErrorView", "FormatEnumerationLimit",
        "InformationPreference", "MaximumHistoryCount", "OFS", "OutputEncoding", "ProgressPreference",
        "PSDefaultParameterValues", "PSEmailServer", "PSModuleAutoLoadingPreference", "PSNativeCommandArgumentPassing",
        "PSNativeCommandUseErrorActionPreference", "VerbosePreference", "WarningPreference", "WhatIfPreference",
        "LogCommandHealthEvent", "LogCommandLifecycleEvent", "LogEngineHealthEvent", "LogEngineLifecycleEvent",
        "LogProviderHealthEvent", "LogProviderLifecycleEvent", "PSSessionApplicationName",
        "PSSessionConfigurationName", "PSSessionOption", "PSStyle", "Transcript",
    };

    /// <summary>True when <paramref name="name"/> (without scope qualifier) is an automatic or preference variable.</summary>
    public static bool Contains(string name) => Names.Contains(name);
}
