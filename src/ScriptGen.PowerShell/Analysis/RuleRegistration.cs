using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>Collects what each rule wants from the shared walk of one script.</summary>
public sealed class RuleRegistration
{
    private readonly RuleContext _context;
    private readonly Dictionary<Type, List<Action<SyntaxNode>>> _nodeActions;
    private readonly List<Action> _endActions;
    private readonly RuleGuard _guard;

    internal RuleRegistration(RuleContext context, Dictionary<Type, List<Action<SyntaxNode>>> nodeActions, List<Action> endActions, RuleGuard guard)
    {
        _context = context;
        _nodeActions = nodeActions;
        _endActions = endActions;
        _guard = guard;
    }

    /// <summary>Calls <paramref name="action"/> for every node of type <typeparamref name="T"/> (or derived from it), in source order.</summary>
    public void OnNode<T>(Action<T, RuleContext> action)
        where T : SyntaxNode
    {
        if (!_nodeActions.TryGetValue(typeof(T), out var actions))
        {
            _nodeActions[typeof(T)] = actions = [];
        }

        var context = _context;
        var guard = _guard;
        actions.Add(node => guard.Run(action, (T)node, context));
    }

    /// <summary>Calls <paramref name="action"/> once, after the walk (for rules that look at tokens, text or what they gathered).</summary>
    public void OnEnd(Action<RuleContext> action)
    {
        var context = _context;
        var guard = _guard;
        _endActions.Add(() => guard.Run(() => action(context)));
    }
}
