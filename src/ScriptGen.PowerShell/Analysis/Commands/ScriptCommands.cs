using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// The commands a script calls (by name, in source order) and the functions it defines, gathered during the shared
/// walk for rules that can only judge a call once they have seen the whole script.
/// </summary>
public sealed class ScriptCommands
{
    private readonly List<ScriptCall> _calls = [];
    private readonly Dictionary<string, FunctionDefinitionNode> _functions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every call of a named command (<see cref="CommandNodeExtensions.GetInvokedName"/>), in source order.</summary>
    public IReadOnlyList<ScriptCall> Calls => _calls;

    /// <summary>The functions the script defines, by the name they are called by (the first definition of a name).</summary>
    public IReadOnlyDictionary<string, FunctionDefinitionNode> Functions => _functions;

    /// <summary>True when the script dot-sources a file (<c>. .\Helpers.ps1</c>), whose functions it may then call.</summary>
    public bool DotSourcesFiles { get; private set; }

    /// <summary>Gathers from the walk that <paramref name="registration"/> belongs to.</summary>
    public void Register(RuleRegistration registration)
    {
        registration.OnNode<CommandNode>((command, _) =>
        {
            if (command.GetInvokedName() is { } name)
            {
                _calls.Add(new ScriptCall(command, name));
            }
            else if (command.InvocationOperator == TokenKind.Dot && command.Elements is [not ScriptBlockExpressionNode, ..])
            {
                DotSourcesFiles = true;
            }
        });
        registration.OnNode<FunctionDefinitionNode>((function, _) => _functions.TryAdd(ScriptFunctions.NameOf(function), function));
    }
}
