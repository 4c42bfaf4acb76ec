using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>A call of a named command in a script: the command node, the name it invokes and the function it sits in.</summary>
public sealed record ScriptCall(CommandNode Node, string Name)
{
    private FunctionDefinitionNode? _container;
    private bool _containerFound;

    /// <summary>The innermost function definition around the call, or null at script level.</summary>
    public FunctionDefinitionNode? Container
    {
        get
        {
            if (!_containerFound)
            {
                _container = Node.FirstAncestor<FunctionDefinitionNode>();
                _containerFound = true;
            }

            return _container;
        }
    }
}
