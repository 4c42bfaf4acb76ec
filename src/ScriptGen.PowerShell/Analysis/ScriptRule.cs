namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// A lint rule. A new instance analyses each script, so fields may hold what the rule learns about that script.
/// <see cref="Register"/> says which nodes, tokens or moments of the one shared walk the rule wants.
/// </summary>
public abstract class ScriptRule
{
    /// <summary>The rule's descriptor (each rule class also exposes it as a static field).</summary>
    public abstract RuleDescriptor Rule { get; }

    /// <summary>Registers the rule's callbacks for one script.</summary>
    public abstract void Register(RuleRegistration registration);
}
