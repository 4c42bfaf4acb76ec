namespace ScriptGen.PowerShell.Syntax;

/// <summary>What a walk does after visiting a node.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children.</summary>
    Continue,
    /// <summary>Skip the node's children and go on with its next sibling.</summary>
    SkipChildren,
    /// <summary>End the walk.</summary>
    StopVisit,
}
