using System.Collections.Generic;

namespace ScriptGen.Templates.Model;

/// <summary>
/// Names every template can use besides its parameters and lookup values, and the names a parameter may not take
/// because the CLI or the renderer already uses them.
/// </summary>
public static class BuiltInValues
{
    public const string ToolVersion = "toolVersion";
    public const string TemplateSetId = "templateSetId";
    public const string TemplateId = "templateId";
    public const string TemplateSha256 = "templateSha256";
    public const string ScriptName = "scriptName";
    public const string StepNumber = "stepNumber";
    public const string StepCount = "stepCount";
    public const string StepTitle = "stepTitle";
    public const string Variant = "variant";

    /// <summary>The parameter every set declares for the tenant: the first folder of the bundle path.</summary>
    public const string TenantParameter = "tenant";

    /// <summary>The parameter every set declares for the environment: the second folder of the bundle path.</summary>
    public const string EnvironmentParameter = "environment";

    /// <summary>Built-in names with what each holds, in the order docs list them.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Descriptions = new[]
    {
        Pair(ToolVersion, "ScriptGen's version, e.g. 0.1.0"),
        Pair(TemplateSetId, "the template set's id"),
        Pair(TemplateId, "the template file's path within the set, e.g. steps/01-Set-X.ps1.hbs"),
        Pair(TemplateSha256, "SHA-256 of the template file's bytes, lower-case hex"),
        Pair(ScriptName, "the bundle path of the script being rendered, e.g. rollback/01-Restore-X.ps1"),
        Pair(StepNumber, "the step's 1-based position in run order"),
        Pair(StepCount, "the number of steps in the set"),
        Pair(StepTitle, "the step's title"),
        Pair(Variant, "the chosen variant's id"),
    };

    /// <summary>Names a parameter may not take: built-ins and the CLI's own option keys.</summary>
    public static readonly IReadOnlyCollection<string> ReservedParameterNames = new HashSet<string>
    {
        ToolVersion, TemplateSetId, TemplateId, TemplateSha256, ScriptName, StepNumber, StepCount, StepTitle, Variant,
        "params", "inventory", "output", "force", "allowRetired", "templates", "format", "zip", "help", "version",
        "signCert", "signKey", "signPasswordEnv", "timestampUrl", "sourceDateEpoch", "createdUtc",
    };

    /// <summary>True for a built-in value name.</summary>
    public static bool IsBuiltIn(string name)
    {
        foreach (var pair in Descriptions)
        {
            if (pair.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    private static KeyValuePair<string, string> Pair(string name, string description) => new KeyValuePair<string, string>(name, description);
}
