namespace ScriptGen.PowerShell.Analysis;

/// <summary>The approved verbs for command names, with their groups, as Get-Verb lists them in PowerShell 7.</summary>
public static class ApprovedVerbs
{
    private static readonly Dictionary<string, string> GroupByVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Add"] = "Common", ["Clear"] = "Common", ["Close"] = "Common", ["Copy"] = "Common", ["Enter"] = "Common",
        ["Exit"] = "Common", ["Find"] = "Common", ["Format"] = "Common", ["Get"] = "Common", ["Hide"] = "Common",
        ["Join"] = "Common", ["Lock"] = "Common", ["Move"] = "Common", ["New"] = "Common", ["Open"] = "Common",
        ["Optimize"] = "Common", ["Pop"] = "Common", ["Push"] = "Common", ["Redo"] = "Common", ["Remove"] = "Common",
        ["Rename"] = "Common", ["Reset"] = "Common", ["Resize"] = "Common", ["Search"] = "Common", ["Select"] = "Common",
        ["Set"] = "Common", ["Show"] = "Common", ["Skip"] = "Common", ["Split"] = "Common", ["Step"] = "Common",
        ["Switch"] = "Common", ["Undo"] = "Common", ["Unlock"] = "Common", ["Watch"] = "Common",

        ["Connect"] = "Communications", ["Disconnect"] = "Communications", ["Read"] = "Communications",
        ["Receive"] = "Communications", ["Send"] = "Communications", ["Write"] = "Communications",

        ["Backup"] = "Data", ["Checkpoint"] = "Data", ["Compare"] = "Data", ["Compress"] = "Data", ["Convert"] = "Data",
        ["ConvertFrom"] = "Data", ["ConvertTo"] = "Data", ["Dismount"] = "Data", ["Edit"] = "Data", ["Expand"] = "Data",
        ["Export"] = "Data", ["Group"] = "Data", ["Import"] = "Data", ["Initialize"] = "Data", ["Limit"] = "Data",
        ["Merge"] = "Data", ["Mount"] = "Data", ["Out"] = "Data", ["Publish"] = "Data", ["Restore"] = "Data",
        ["Save"] = "Data", ["Sync"] = "Data", ["Unpublish"] = "Data", ["Update"] = "Data",

        ["Debug"] = "Diagnostic", ["Measure"] = "Diagnostic", ["Ping"] = "Diagnostic", ["Repair"] = "Diagnostic",
        ["Resolve"] = "Diagnostic", ["Test"] = "Diagnostic", ["Trace"] = "Diagnostic",

        ["Approve"] = "Lifecycle", ["Assert"] = "Lifecycle", ["Build"] = "Lifecycle", ["Complete"] = "Lifecycle",
        ["Confirm"] = "Lifecycle", ["Deny"] = "Lifecycle", ["Deploy"] = "Lifecycle", ["Disable"] = "Lifecycle",
        ["Enable"] = "Lifecycle", ["Install"] = "Lifecycle", ["Invoke"] = "Lifecycle", ["Register"] = "Lifecycle",
        ["Request"] = "Lifecycle", ["Restart"] = "Lifecycle", ["Resume"] = "Lifecycle", ["Start"] = "Lifecycle",
        ["Stop"] = "Lifecycle", ["Submit"] = "Lifecycle", ["Suspend"] = "Lifecycle", ["Uninstall"] = "Lifecycle",
        ["Unregister"] = "Lifecycle", ["Wait"] = "Lifecycle",

        ["Block"] = "Security", ["Grant"] = "Security", ["Protect"] = "Security", ["Revoke"] = "Security",
        ["Unblock"] = "Security", ["Unprotect"] = "Security",

        ["Use"] = "Other",
    };

    /// <summary>Every approved verb, in Get-Verb's spelling.</summary>
    public static IEnumerable<string> All => GroupByVerb.Keys;

    /// <summary>True when <paramref name="verb"/> is approved (ignoring case).</summary>
    public static bool IsApproved(string verb) => GroupByVerb.ContainsKey(verb);

    /// <summary>The group Get-Verb puts <paramref name="verb"/> in (Common, Data, Lifecycle...), or null when it is not approved.</summary>
    public static string? GroupOf(string verb) => GroupByVerb.GetValueOrDefault(verb);
}
