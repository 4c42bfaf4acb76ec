namespace ScriptGen.PowerShell.Syntax;

/// <summary>
/// Visits syntax nodes: override the methods for the node types you care about. Each returns whether to visit the
/// node's children (<see cref="VisitAction.Continue"/>), skip them, or stop the walk. Start a walk with
/// <see cref="SyntaxNode.Walk"/>.
/// </summary>
public abstract class SyntaxVisitor
{
    /// <summary>Called for every node whose type-specific method is not overridden.</summary>
    public virtual VisitAction DefaultVisit(SyntaxNode node) => VisitAction.Continue;

    /// <summary>Called after a node's children were visited (not called for skipped or stopped nodes).</summary>
    public virtual void PostVisit(SyntaxNode node)
    {
    }

    /// <summary>Visits a <see cref="ArrayExpressionNode"/>.</summary>
    public virtual VisitAction VisitArrayExpression(ArrayExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ArrayLiteralNode"/>.</summary>
    public virtual VisitAction VisitArrayLiteral(ArrayLiteralNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ArrayTypeNameNode"/>.</summary>
    public virtual VisitAction VisitArrayTypeName(ArrayTypeNameNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="AssignmentStatementNode"/>.</summary>
    public virtual VisitAction VisitAssignmentStatement(AssignmentStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="AttributeNode"/>.</summary>
    public virtual VisitAction VisitAttribute(AttributeNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="AttributedExpressionNode"/>.</summary>
    public virtual VisitAction VisitAttributedExpression(AttributedExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="BaseConstructorCallNode"/>.</summary>
    public virtual VisitAction VisitBaseConstructorCall(BaseConstructorCallNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="BinaryExpressionNode"/>.</summary>
    public virtual VisitAction VisitBinaryExpression(BinaryExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="BlockStatementNode"/>.</summary>
    public virtual VisitAction VisitBlockStatement(BlockStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="BreakStatementNode"/>.</summary>
    public virtual VisitAction VisitBreakStatement(BreakStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="CatchClauseNode"/>.</summary>
    public virtual VisitAction VisitCatchClause(CatchClauseNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="CommandExpressionNode"/>.</summary>
    public virtual VisitAction VisitCommandExpression(CommandExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="CommandNode"/>.</summary>
    public virtual VisitAction VisitCommand(CommandNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="CommandParameterNode"/>.</summary>
    public virtual VisitAction VisitCommandParameter(CommandParameterNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ConfigurationDefinitionNode"/>.</summary>
    public virtual VisitAction VisitConfigurationDefinition(ConfigurationDefinitionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ConstantExpressionNode"/>.</summary>
    public virtual VisitAction VisitConstantExpression(ConstantExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ContinueStatementNode"/>.</summary>
    public virtual VisitAction VisitContinueStatement(ContinueStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ConvertExpressionNode"/>.</summary>
    public virtual VisitAction VisitConvertExpression(ConvertExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="DataStatementNode"/>.</summary>
    public virtual VisitAction VisitDataStatement(DataStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="DoUntilStatementNode"/>.</summary>
    public virtual VisitAction VisitDoUntilStatement(DoUntilStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="DoWhileStatementNode"/>.</summary>
    public virtual VisitAction VisitDoWhileStatement(DoWhileStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="DynamicKeywordStatementNode"/>.</summary>
    public virtual VisitAction VisitDynamicKeywordStatement(DynamicKeywordStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ErrorExpressionNode"/>.</summary>
    public virtual VisitAction VisitErrorExpression(ErrorExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ErrorStatementNode"/>.</summary>
    public virtual VisitAction VisitErrorStatement(ErrorStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ErrorTypeNameNode"/>.</summary>
    public virtual VisitAction VisitErrorTypeName(ErrorTypeNameNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ExitStatementNode"/>.</summary>
    public virtual VisitAction VisitExitStatement(ExitStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ExpandableStringExpressionNode"/>.</summary>
    public virtual VisitAction VisitExpandableStringExpression(ExpandableStringExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FileRedirectionNode"/>.</summary>
    public virtual VisitAction VisitFileRedirection(FileRedirectionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ForEachStatementNode"/>.</summary>
    public virtual VisitAction VisitForEachStatement(ForEachStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ForStatementNode"/>.</summary>
    public virtual VisitAction VisitForStatement(ForStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FunctionDefinitionNode"/>.</summary>
    public virtual VisitAction VisitFunctionDefinition(FunctionDefinitionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FunctionMemberNode"/>.</summary>
    public virtual VisitAction VisitFunctionMember(FunctionMemberNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="GenericMethodArgumentsNode"/>.</summary>
    public virtual VisitAction VisitGenericMethodArguments(GenericMethodArgumentsNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="GenericTypeNameNode"/>.</summary>
    public virtual VisitAction VisitGenericTypeName(GenericTypeNameNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="HashtableNode"/>.</summary>
    public virtual VisitAction VisitHashtable(HashtableNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="HashtablePairNode"/>.</summary>
    public virtual VisitAction VisitHashtablePair(HashtablePairNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="IfClauseNode"/>.</summary>
    public virtual VisitAction VisitIfClause(IfClauseNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="IfStatementNode"/>.</summary>
    public virtual VisitAction VisitIfStatement(IfStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="IndexExpressionNode"/>.</summary>
    public virtual VisitAction VisitIndexExpression(IndexExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="InvokeMemberExpressionNode"/>.</summary>
    public virtual VisitAction VisitInvokeMemberExpression(InvokeMemberExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="MemberExpressionNode"/>.</summary>
    public virtual VisitAction VisitMemberExpression(MemberExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="MergingRedirectionNode"/>.</summary>
    public virtual VisitAction VisitMergingRedirection(MergingRedirectionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="NamedAttributeArgumentNode"/>.</summary>
    public virtual VisitAction VisitNamedAttributeArgument(NamedAttributeArgumentNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="NamedBlockNode"/>.</summary>
    public virtual VisitAction VisitNamedBlock(NamedBlockNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ParamBlockNode"/>.</summary>
    public virtual VisitAction VisitParamBlock(ParamBlockNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ParameterNode"/>.</summary>
    public virtual VisitAction VisitParameter(ParameterNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ParenExpressionNode"/>.</summary>
    public virtual VisitAction VisitParenExpression(ParenExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="PipelineChainNode"/>.</summary>
    public virtual VisitAction VisitPipelineChain(PipelineChainNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="PipelineNode"/>.</summary>
    public virtual VisitAction VisitPipeline(PipelineNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="PropertyMemberNode"/>.</summary>
    public virtual VisitAction VisitPropertyMember(PropertyMemberNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ReturnStatementNode"/>.</summary>
    public virtual VisitAction VisitReturnStatement(ReturnStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ScriptBlockExpressionNode"/>.</summary>
    public virtual VisitAction VisitScriptBlockExpression(ScriptBlockExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ScriptBlockNode"/>.</summary>
    public virtual VisitAction VisitScriptBlock(ScriptBlockNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SimpleTypeNameNode"/>.</summary>
    public virtual VisitAction VisitSimpleTypeName(SimpleTypeNameNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="StatementBlockNode"/>.</summary>
    public virtual VisitAction VisitStatementBlock(StatementBlockNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="StringConstantExpressionNode"/>.</summary>
    public virtual VisitAction VisitStringConstantExpression(StringConstantExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SubExpressionNode"/>.</summary>
    public virtual VisitAction VisitSubExpression(SubExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SwitchClauseNode"/>.</summary>
    public virtual VisitAction VisitSwitchClause(SwitchClauseNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SwitchOptionNode"/>.</summary>
    public virtual VisitAction VisitSwitchOption(SwitchOptionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SwitchStatementNode"/>.</summary>
    public virtual VisitAction VisitSwitchStatement(SwitchStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="TernaryExpressionNode"/>.</summary>
    public virtual VisitAction VisitTernaryExpression(TernaryExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ThrowStatementNode"/>.</summary>
    public virtual VisitAction VisitThrowStatement(ThrowStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="TrapStatementNode"/>.</summary>
    public virtual VisitAction VisitTrapStatement(TrapStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="TryStatementNode"/>.</summary>
    public virtual VisitAction VisitTryStatement(TryStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="TypeConstraintNode"/>.</summary>
    public virtual VisitAction VisitTypeConstraint(TypeConstraintNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="TypeDefinitionNode"/>.</summary>
    public virtual VisitAction VisitTypeDefinition(TypeDefinitionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="TypeExpressionNode"/>.</summary>
    public virtual VisitAction VisitTypeExpression(TypeExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="UnaryExpressionNode"/>.</summary>
    public virtual VisitAction VisitUnaryExpression(UnaryExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="UsingExpressionNode"/>.</summary>
    public virtual VisitAction VisitUsingExpression(UsingExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="UsingStatementNode"/>.</summary>
    public virtual VisitAction VisitUsingStatement(UsingStatementNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="VariableExpressionNode"/>.</summary>
    public virtual VisitAction VisitVariableExpression(VariableExpressionNode node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="WhileStatementNode"/>.</summary>
    public virtual VisitAction VisitWhileStatement(WhileStatementNode node) => DefaultVisit(node);
}
