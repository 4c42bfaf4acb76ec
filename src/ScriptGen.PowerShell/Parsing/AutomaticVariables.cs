using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>The automatic variables whose type PowerShell fixes: a typed assignment to them must keep that type.</summary>
internal static class AutomaticVariables
{
    private static readonly Dictionary<string, AutomaticType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["_"] = AutomaticType.Object,
        ["args"] = new("System.Object[]", "object[]"),
        ["this"] = AutomaticType.Object,
        ["input"] = AutomaticType.Object,
        ["PSCmdlet"] = new("System.Management.Automation.PSScriptCmdlet"),
        ["PSBoundParameters"] = new("System.Management.Automation.PSBoundParametersDictionary"),
        ["MyInvocation"] = new("System.Management.Automation.InvocationInfo"),
        ["PSScriptRoot"] = AutomaticType.String,
        ["PSCommandPath"] = AutomaticType.String,
    };

    /// <summary>The fixed type of an automatic variable, or null for other variables.</summary>
    public static AutomaticType? TypeOf(string name) => Types.GetValueOrDefault(name);

    /// <summary>An automatic variable's type: its full name and the other names that denote it.</summary>
    internal sealed record AutomaticType(string FullName, params string[] Aliases)
    {
        public static readonly AutomaticType Object = new("System.Object", "object");

        public static readonly AutomaticType String = new("System.String", "string");

        /// <summary>True when a type constraint names this type.</summary>
        public bool Accepts(TypeNameNode type) =>
            type.FullName.Equals(FullName, StringComparison.OrdinalIgnoreCase)
            || Array.Exists(Aliases, alias => type.FullName.Equals(alias, StringComparison.OrdinalIgnoreCase));
    }
}
