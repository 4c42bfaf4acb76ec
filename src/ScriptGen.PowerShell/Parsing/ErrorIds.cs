namespace ScriptGen.PowerShell.Parsing;

/// <summary>The error ids of parse errors: PowerShell's own ids, so settings and tools that know them keep working.</summary>
public static class ErrorIds
{
    /// <summary>ArrayHasTooManyDimensions.</summary>
    public const string ArrayHasTooManyDimensions = nameof(ArrayHasTooManyDimensions);

    /// <summary>AssignmentStatementToAutomaticNotSupported.</summary>
    public const string AssignmentStatementToAutomaticNotSupported = nameof(AssignmentStatementToAutomaticNotSupported);

    /// <summary>BackgroundOperatorInPipelineChain.</summary>
    public const string BackgroundOperatorInPipelineChain = nameof(BackgroundOperatorInPipelineChain);

    /// <summary>BadNumericConstant.</summary>
    public const string BadNumericConstant = nameof(BadNumericConstant);

    /// <summary>ConfigurationBodyEmpty.</summary>
    public const string ConfigurationBodyEmpty = nameof(ConfigurationBodyEmpty);

    /// <summary>ConstructorCantHaveReturnType.</summary>
    public const string ConstructorCantHaveReturnType = nameof(ConstructorCantHaveReturnType);

    /// <summary>ControlLeavingFinally.</summary>
    public const string ControlLeavingFinally = nameof(ControlLeavingFinally);

    /// <summary>DscResourceInvalidGetMethod.</summary>
    public const string DscResourceInvalidGetMethod = nameof(DscResourceInvalidGetMethod);

    /// <summary>DscResourceInvalidKeyProperty.</summary>
    public const string DscResourceInvalidKeyProperty = nameof(DscResourceInvalidKeyProperty);

    /// <summary>DscResourceMissingDefaultConstructor.</summary>
    public const string DscResourceMissingDefaultConstructor = nameof(DscResourceMissingDefaultConstructor);

    /// <summary>DscResourceMissingGetMethod.</summary>
    public const string DscResourceMissingGetMethod = nameof(DscResourceMissingGetMethod);

    /// <summary>DscResourceMissingKeyProperty.</summary>
    public const string DscResourceMissingKeyProperty = nameof(DscResourceMissingKeyProperty);

    /// <summary>DscResourceMissingSetMethod.</summary>
    public const string DscResourceMissingSetMethod = nameof(DscResourceMissingSetMethod);

    /// <summary>DscResourceMissingTestMethod.</summary>
    public const string DscResourceMissingTestMethod = nameof(DscResourceMissingTestMethod);

    /// <summary>DuplicateFormalParameter.</summary>
    public const string DuplicateFormalParameter = nameof(DuplicateFormalParameter);

    /// <summary>DuplicateKeyInHashLiteral.</summary>
    public const string DuplicateKeyInHashLiteral = nameof(DuplicateKeyInHashLiteral);

    /// <summary>DuplicateNamedArgument.</summary>
    public const string DuplicateNamedArgument = nameof(DuplicateNamedArgument);

    /// <summary>DuplicatePropertyInInstanceDefinition.</summary>
    public const string DuplicatePropertyInInstanceDefinition = nameof(DuplicatePropertyInInstanceDefinition);

    /// <summary>DuplicateQualifier.</summary>
    public const string DuplicateQualifier = nameof(DuplicateQualifier);

    /// <summary>DuplicateScriptCommandClause.</summary>
    public const string DuplicateScriptCommandClause = nameof(DuplicateScriptCommandClause);

    /// <summary>EmptyCatchNotLast.</summary>
    public const string EmptyCatchNotLast = nameof(EmptyCatchNotLast);

    /// <summary>EmptyPipeElement.</summary>
    public const string EmptyPipeElement = nameof(EmptyPipeElement);

    /// <summary>EmptyPipelineChainElement.</summary>
    public const string EmptyPipelineChainElement = nameof(EmptyPipelineChainElement);

    /// <summary>EmptyVariableReference.</summary>
    public const string EmptyVariableReference = nameof(EmptyVariableReference);

    /// <summary>EndSquareBracketExpectedAtEndOfAttribute.</summary>
    public const string EndSquareBracketExpectedAtEndOfAttribute = nameof(EndSquareBracketExpectedAtEndOfAttribute);

    /// <summary>EndSquareBracketExpectedAtEndOfType.</summary>
    public const string EndSquareBracketExpectedAtEndOfType = nameof(EndSquareBracketExpectedAtEndOfType);

    /// <summary>ExceptionTypeAlreadyCaught.</summary>
    public const string ExceptionTypeAlreadyCaught = nameof(ExceptionTypeAlreadyCaught);

    /// <summary>ExpectedExpression.</summary>
    public const string ExpectedExpression = nameof(ExpectedExpression);

    /// <summary>ExpectedValueExpression.</summary>
    public const string ExpectedValueExpression = nameof(ExpectedValueExpression);

    /// <summary>ExpressionsMustBeFirstInPipeline.</summary>
    public const string ExpressionsMustBeFirstInPipeline = nameof(ExpressionsMustBeFirstInPipeline);

    /// <summary>IfStatementMissingCondition.</summary>
    public const string IfStatementMissingCondition = nameof(IfStatementMissingCondition);

    /// <summary>IncompleteDollarSubexpressionReference.</summary>
    public const string IncompleteDollarSubexpressionReference = nameof(IncompleteDollarSubexpressionReference);

    /// <summary>IncompleteDollarVariableReference.</summary>
    public const string IncompleteDollarVariableReference = nameof(IncompleteDollarVariableReference);

    /// <summary>IncompleteMemberDefinition.</summary>
    public const string IncompleteMemberDefinition = nameof(IncompleteMemberDefinition);

    /// <summary>IncompletePropertyAssignmentBlock.</summary>
    public const string IncompletePropertyAssignmentBlock = nameof(IncompletePropertyAssignmentBlock);

    /// <summary>IncompleteString.</summary>
    public const string IncompleteString = nameof(IncompleteString);

    /// <summary>InternalParserError.</summary>
    public const string InternalParserError = nameof(InternalParserError);

    /// <summary>InvalidBracedVariableReference.</summary>
    public const string InvalidBracedVariableReference = nameof(InvalidBracedVariableReference);

    /// <summary>InvalidConfigurationName.</summary>
    public const string InvalidConfigurationName = nameof(InvalidConfigurationName);

    /// <summary>InvalidForeachFlag.</summary>
    public const string InvalidForeachFlag = nameof(InvalidForeachFlag);

    /// <summary>InvalidFunctionParameter.</summary>
    public const string InvalidFunctionParameter = nameof(InvalidFunctionParameter);

    /// <summary>InvalidLeftHandSide.</summary>
    public const string InvalidLeftHandSide = nameof(InvalidLeftHandSide);

    /// <summary>InvalidNamespaceValue.</summary>
    public const string InvalidNamespaceValue = nameof(InvalidNamespaceValue);

    /// <summary>InvalidParameterForDataSectionStatement.</summary>
    public const string InvalidParameterForDataSectionStatement = nameof(InvalidParameterForDataSectionStatement);

    /// <summary>InvalidSwitchFlag.</summary>
    public const string InvalidSwitchFlag = nameof(InvalidSwitchFlag);

    /// <summary>InvalidUnderlyingType.</summary>
    public const string InvalidUnderlyingType = nameof(InvalidUnderlyingType);

    /// <summary>InvalidUnicodeEscapeSequence.</summary>
    public const string InvalidUnicodeEscapeSequence = nameof(InvalidUnicodeEscapeSequence);

    /// <summary>InvalidUnicodeEscapeSequenceValue.</summary>
    public const string InvalidUnicodeEscapeSequenceValue = nameof(InvalidUnicodeEscapeSequenceValue);

    /// <summary>InvalidUsingExpression.</summary>
    public const string InvalidUsingExpression = nameof(InvalidUsingExpression);

    /// <summary>InvalidValueForUsingItemName.</summary>
    public const string InvalidValueForUsingItemName = nameof(InvalidValueForUsingItemName);

    /// <summary>InvalidVariableReference.</summary>
    public const string InvalidVariableReference = nameof(InvalidVariableReference);

    /// <summary>InvalidVariableReferenceWithDrive.</summary>
    public const string InvalidVariableReferenceWithDrive = nameof(InvalidVariableReferenceWithDrive);

    /// <summary>KeywordParameterReservedForFutureUse.</summary>
    public const string KeywordParameterReservedForFutureUse = nameof(KeywordParameterReservedForFutureUse);

    /// <summary>LabelNotFound.</summary>
    public const string LabelNotFound = nameof(LabelNotFound);

    /// <summary>MemberAlreadyDefined.</summary>
    public const string MemberAlreadyDefined = nameof(MemberAlreadyDefined);

    /// <summary>MethodHasCodePathNotReturn.</summary>
    public const string MethodHasCodePathNotReturn = nameof(MethodHasCodePathNotReturn);

    /// <summary>MissingArgument.</summary>
    public const string MissingArgument = nameof(MissingArgument);

    /// <summary>MissingArrayIndexExpression.</summary>
    public const string MissingArrayIndexExpression = nameof(MissingArrayIndexExpression);

    /// <summary>MissingAssemblyNameSpecification.</summary>
    public const string MissingAssemblyNameSpecification = nameof(MissingAssemblyNameSpecification);

    /// <summary>MissingBaseCtorCall.</summary>
    public const string MissingBaseCtorCall = nameof(MissingBaseCtorCall);

    /// <summary>MissingBraceInObjectDefinition.</summary>
    public const string MissingBraceInObjectDefinition = nameof(MissingBraceInObjectDefinition);

    /// <summary>MissingCatchHandlerBlock.</summary>
    public const string MissingCatchHandlerBlock = nameof(MissingCatchHandlerBlock);

    /// <summary>MissingCatchOrFinally.</summary>
    public const string MissingCatchOrFinally = nameof(MissingCatchOrFinally);

    /// <summary>MissingColonInTernaryExpression.</summary>
    public const string MissingColonInTernaryExpression = nameof(MissingColonInTernaryExpression);

    /// <summary>MissingConfigurationName.</summary>
    public const string MissingConfigurationName = nameof(MissingConfigurationName);

    /// <summary>MissingCurlyBraceInSwitchStatement.</summary>
    public const string MissingCurlyBraceInSwitchStatement = nameof(MissingCurlyBraceInSwitchStatement);

    /// <summary>MissingCurlyInConfigurationStatement.</summary>
    public const string MissingCurlyInConfigurationStatement = nameof(MissingCurlyInConfigurationStatement);

    /// <summary>MissingEndCurlyBrace.</summary>
    public const string MissingEndCurlyBrace = nameof(MissingEndCurlyBrace);

    /// <summary>MissingEndParenthesisAfterForeach.</summary>
    public const string MissingEndParenthesisAfterForeach = nameof(MissingEndParenthesisAfterForeach);

    /// <summary>MissingEndParenthesisAfterStatement.</summary>
    public const string MissingEndParenthesisAfterStatement = nameof(MissingEndParenthesisAfterStatement);

    /// <summary>MissingEndParenthesisInExpression.</summary>
    public const string MissingEndParenthesisInExpression = nameof(MissingEndParenthesisInExpression);

    /// <summary>MissingEndParenthesisInFunctionParameterList.</summary>
    public const string MissingEndParenthesisInFunctionParameterList = nameof(MissingEndParenthesisInFunctionParameterList);

    /// <summary>MissingEndParenthesisInMethodCall.</summary>
    public const string MissingEndParenthesisInMethodCall = nameof(MissingEndParenthesisInMethodCall);

    /// <summary>MissingEndParenthesisInSubexpression.</summary>
    public const string MissingEndParenthesisInSubexpression = nameof(MissingEndParenthesisInSubexpression);

    /// <summary>MissingEndParenthesisInSwitchStatement.</summary>
    public const string MissingEndParenthesisInSwitchStatement = nameof(MissingEndParenthesisInSwitchStatement);

    /// <summary>MissingEndSquareBracket.</summary>
    public const string MissingEndSquareBracket = nameof(MissingEndSquareBracket);

    /// <summary>MissingEqualsInHashLiteral.</summary>
    public const string MissingEqualsInHashLiteral = nameof(MissingEqualsInHashLiteral);

    /// <summary>MissingEqualsInPropertyAssignmentBlock.</summary>
    public const string MissingEqualsInPropertyAssignmentBlock = nameof(MissingEqualsInPropertyAssignmentBlock);

    /// <summary>MissingEqualsInUsingAlias.</summary>
    public const string MissingEqualsInUsingAlias = nameof(MissingEqualsInUsingAlias);

    /// <summary>MissingExpression.</summary>
    public const string MissingExpression = nameof(MissingExpression);

    /// <summary>MissingExpressionAfterKeyword.</summary>
    public const string MissingExpressionAfterKeyword = nameof(MissingExpressionAfterKeyword);

    /// <summary>MissingExpressionAfterOperator.</summary>
    public const string MissingExpressionAfterOperator = nameof(MissingExpressionAfterOperator);

    /// <summary>MissingExpressionAfterToken.</summary>
    public const string MissingExpressionAfterToken = nameof(MissingExpressionAfterToken);

    /// <summary>MissingExpressionInNamedArgument.</summary>
    public const string MissingExpressionInNamedArgument = nameof(MissingExpressionInNamedArgument);

    /// <summary>MissingFileSpecification.</summary>
    public const string MissingFileSpecification = nameof(MissingFileSpecification);

    /// <summary>MissingFilenameOption.</summary>
    public const string MissingFilenameOption = nameof(MissingFilenameOption);

    /// <summary>MissingFinallyStatementBlock.</summary>
    public const string MissingFinallyStatementBlock = nameof(MissingFinallyStatementBlock);

    /// <summary>MissingForeachExpression.</summary>
    public const string MissingForeachExpression = nameof(MissingForeachExpression);

    /// <summary>MissingForeachStatement.</summary>
    public const string MissingForeachStatement = nameof(MissingForeachStatement);

    /// <summary>MissingFunctionBody.</summary>
    public const string MissingFunctionBody = nameof(MissingFunctionBody);

    /// <summary>MissingInInForeach.</summary>
    public const string MissingInInForeach = nameof(MissingInInForeach);

    /// <summary>MissingLoopStatement.</summary>
    public const string MissingLoopStatement = nameof(MissingLoopStatement);

    /// <summary>MissingMethodParameterList.</summary>
    public const string MissingMethodParameterList = nameof(MissingMethodParameterList);

    /// <summary>MissingNameAfterKeyword.</summary>
    public const string MissingNameAfterKeyword = nameof(MissingNameAfterKeyword);

    /// <summary>MissingNamedBlocks.</summary>
    public const string MissingNamedBlocks = nameof(MissingNamedBlocks);

    /// <summary>MissingNamedStatementBlock.</summary>
    public const string MissingNamedStatementBlock = nameof(MissingNamedStatementBlock);

    /// <summary>MissingNamespaceAlias.</summary>
    public const string MissingNamespaceAlias = nameof(MissingNamespaceAlias);

    /// <summary>MissingOpenParenthesisAfterKeyword.</summary>
    public const string MissingOpenParenthesisAfterKeyword = nameof(MissingOpenParenthesisAfterKeyword);

    /// <summary>MissingOpenParenthesisInIfStatement.</summary>
    public const string MissingOpenParenthesisInIfStatement = nameof(MissingOpenParenthesisInIfStatement);

    /// <summary>MissingPropertyName.</summary>
    public const string MissingPropertyName = nameof(MissingPropertyName);

    /// <summary>MissingPropertyTerminator.</summary>
    public const string MissingPropertyTerminator = nameof(MissingPropertyTerminator);

    /// <summary>MissingStatementAfterKeyword.</summary>
    public const string MissingStatementAfterKeyword = nameof(MissingStatementAfterKeyword);

    /// <summary>MissingStatementBlock.</summary>
    public const string MissingStatementBlock = nameof(MissingStatementBlock);

    /// <summary>MissingStatementBlockAfterElse.</summary>
    public const string MissingStatementBlockAfterElse = nameof(MissingStatementBlockAfterElse);

    /// <summary>MissingStatementBlockForDataSection.</summary>
    public const string MissingStatementBlockForDataSection = nameof(MissingStatementBlockForDataSection);

    /// <summary>MissingStatementInHashLiteral.</summary>
    public const string MissingStatementInHashLiteral = nameof(MissingStatementInHashLiteral);

    /// <summary>MissingStatementTerminator.</summary>
    public const string MissingStatementTerminator = nameof(MissingStatementTerminator);

    /// <summary>MissingSwitchConditionExpression.</summary>
    public const string MissingSwitchConditionExpression = nameof(MissingSwitchConditionExpression);

    /// <summary>MissingSwitchStatementClause.</summary>
    public const string MissingSwitchStatementClause = nameof(MissingSwitchStatementClause);

    /// <summary>MissingTerminatorMultiLineComment.</summary>
    public const string MissingTerminatorMultiLineComment = nameof(MissingTerminatorMultiLineComment);

    /// <summary>MissingThis.</summary>
    public const string MissingThis = nameof(MissingThis);

    /// <summary>MissingThrottleLimit.</summary>
    public const string MissingThrottleLimit = nameof(MissingThrottleLimit);

    /// <summary>MissingTrapStatement.</summary>
    public const string MissingTrapStatement = nameof(MissingTrapStatement);

    /// <summary>MissingTryStatementBlock.</summary>
    public const string MissingTryStatementBlock = nameof(MissingTryStatementBlock);

    /// <summary>MissingTypeBody.</summary>
    public const string MissingTypeBody = nameof(MissingTypeBody);

    /// <summary>MissingTypeInStaticPropertyAssignment.</summary>
    public const string MissingTypeInStaticPropertyAssignment = nameof(MissingTypeInStaticPropertyAssignment);

    /// <summary>MissingTypeLiteralToken.</summary>
    public const string MissingTypeLiteralToken = nameof(MissingTypeLiteralToken);

    /// <summary>MissingTypename.</summary>
    public const string MissingTypename = nameof(MissingTypename);

    /// <summary>MissingUnicodeEscapeSequenceTerminator.</summary>
    public const string MissingUnicodeEscapeSequenceTerminator = nameof(MissingUnicodeEscapeSequenceTerminator);

    /// <summary>MissingUsingItemName.</summary>
    public const string MissingUsingItemName = nameof(MissingUsingItemName);

    /// <summary>MissingUsingStatementDirective.</summary>
    public const string MissingUsingStatementDirective = nameof(MissingUsingStatementDirective);

    /// <summary>MissingValueForSupportedCommandInDataSectionStatement.</summary>
    public const string MissingValueForSupportedCommandInDataSectionStatement = nameof(MissingValueForSupportedCommandInDataSectionStatement);

    /// <summary>MissingVariableNameAfterForeach.</summary>
    public const string MissingVariableNameAfterForeach = nameof(MissingVariableNameAfterForeach);

    /// <summary>MissingWhileOrUntilInDoWhile.</summary>
    public const string MissingWhileOrUntilInDoWhile = nameof(MissingWhileOrUntilInDoWhile);

    /// <summary>MultipleSwitchDefaultClauses.</summary>
    public const string MultipleSwitchDefaultClauses = nameof(MultipleSwitchDefaultClauses);

    /// <summary>MultipleTypeConstraintsOnMethodParam.</summary>
    public const string MultipleTypeConstraintsOnMethodParam = nameof(MultipleTypeConstraintsOnMethodParam);

    /// <summary>NamedBlockNotAllowedInMethod.</summary>
    public const string NamedBlockNotAllowedInMethod = nameof(NamedBlockNotAllowedInMethod);

    /// <summary>NonStaticMemberAccessInStaticMember.</summary>
    public const string NonStaticMemberAccessInStaticMember = nameof(NonStaticMemberAccessInStaticMember);

    /// <summary>NonVoidMethodMissingReturnValue.</summary>
    public const string NonVoidMethodMissingReturnValue = nameof(NonVoidMethodMissingReturnValue);

    /// <summary>OnlyOneParameterListAllowed.</summary>
    public const string OnlyOneParameterListAllowed = nameof(OnlyOneParameterListAllowed);

    /// <summary>OpenBraceNeedsToBeBackTickedInVariableName.</summary>
    public const string OpenBraceNeedsToBeBackTickedInVariableName = nameof(OpenBraceNeedsToBeBackTickedInVariableName);

    /// <summary>OperatorRequiresVariableOrProperty.</summary>
    public const string OperatorRequiresVariableOrProperty = nameof(OperatorRequiresVariableOrProperty);

    /// <summary>OrderedAttributeOnlyOnHashLiteralNode.</summary>
    public const string OrderedAttributeOnlyOnHashLiteralNode = nameof(OrderedAttributeOnlyOnHashLiteralNode);

    /// <summary>ParamBlockNotAllowedInMethod.</summary>
    public const string ParamBlockNotAllowedInMethod = nameof(ParamBlockNotAllowedInMethod);

    /// <summary>ParameterAttributeArgumentNeedsToBeConstant.</summary>
    public const string ParameterAttributeArgumentNeedsToBeConstant = nameof(ParameterAttributeArgumentNeedsToBeConstant);

    /// <summary>ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock.</summary>
    public const string ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock = nameof(ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock);

    /// <summary>ParameterCannotHaveArgument.</summary>
    public const string ParameterCannotHaveArgument = nameof(ParameterCannotHaveArgument);

    /// <summary>ParameterRequiresArgument.</summary>
    public const string ParameterRequiresArgument = nameof(ParameterRequiresArgument);

    /// <summary>PipelineValueRequired.</summary>
    public const string PipelineValueRequired = nameof(PipelineValueRequired);

    /// <summary>RedirectionNotSupported.</summary>
    public const string RedirectionNotSupported = nameof(RedirectionNotSupported);

    /// <summary>ReferenceNeedsToBeByItselfInTypeConstraint.</summary>
    public const string ReferenceNeedsToBeByItselfInTypeConstraint = nameof(ReferenceNeedsToBeByItselfInTypeConstraint);

    /// <summary>ReferenceNeedsToBeByItselfInTypeSequence.</summary>
    public const string ReferenceNeedsToBeByItselfInTypeSequence = nameof(ReferenceNeedsToBeByItselfInTypeSequence);

    /// <summary>ReferenceNeedsToBeLastTypeInTypeConversion.</summary>
    public const string ReferenceNeedsToBeLastTypeInTypeConversion = nameof(ReferenceNeedsToBeLastTypeInTypeConversion);

    /// <summary>RequiredNameOrExpressionMissing.</summary>
    public const string RequiredNameOrExpressionMissing = nameof(RequiredNameOrExpressionMissing);

    /// <summary>RequiresArgumentMustBeConstant.</summary>
    public const string RequiresArgumentMustBeConstant = nameof(RequiresArgumentMustBeConstant);

    /// <summary>RequiresInvalidStringArgument.</summary>
    public const string RequiresInvalidStringArgument = nameof(RequiresInvalidStringArgument);

    /// <summary>RequiresModuleInvalid.</summary>
    public const string RequiresModuleInvalid = nameof(RequiresModuleInvalid);

    /// <summary>RequiresPSEditionInvalid.</summary>
    public const string RequiresPSEditionInvalid = nameof(RequiresPSEditionInvalid);

    /// <summary>RequiresPSEditionValueIsAlreadySpecified.</summary>
    public const string RequiresPSEditionValueIsAlreadySpecified = nameof(RequiresPSEditionValueIsAlreadySpecified);

    /// <summary>RequiresVersionInvalid.</summary>
    public const string RequiresVersionInvalid = nameof(RequiresVersionInvalid);

    /// <summary>ReservedKeywordNotAllowed.</summary>
    public const string ReservedKeywordNotAllowed = nameof(ReservedKeywordNotAllowed);

    /// <summary>ScriptRequiresInvalidFormat.</summary>
    public const string ScriptRequiresInvalidFormat = nameof(ScriptRequiresInvalidFormat);

    /// <summary>ScriptTooComplicated.</summary>
    public const string ScriptTooComplicated = nameof(ScriptTooComplicated);

    /// <summary>SplattingNotPermitted.</summary>
    public const string SplattingNotPermitted = nameof(SplattingNotPermitted);

    /// <summary>SplattingNotPermittedInArgumentList.</summary>
    public const string SplattingNotPermittedInArgumentList = nameof(SplattingNotPermittedInArgumentList);

    /// <summary>StreamAlreadyRedirected.</summary>
    public const string StreamAlreadyRedirected = nameof(StreamAlreadyRedirected);

    /// <summary>TerminatorExpectedAtEndOfString.</summary>
    public const string TerminatorExpectedAtEndOfString = nameof(TerminatorExpectedAtEndOfString);

    /// <summary>ThrottleLimitRequiresParallelFlag.</summary>
    public const string ThrottleLimitRequiresParallelFlag = nameof(ThrottleLimitRequiresParallelFlag);

    /// <summary>TokenAfterEndOfValidScriptText.</summary>
    public const string TokenAfterEndOfValidScriptText = nameof(TokenAfterEndOfValidScriptText);

    /// <summary>TooManyDigitsInUnicodeEscapeSequence.</summary>
    public const string TooManyDigitsInUnicodeEscapeSequence = nameof(TooManyDigitsInUnicodeEscapeSequence);

    /// <summary>TooManyTypes.</summary>
    public const string TooManyTypes = nameof(TooManyTypes);

    /// <summary>TypeNameExpected.</summary>
    public const string TypeNameExpected = nameof(TypeNameExpected);

    /// <summary>TypeNotAllowedBeforeParam.</summary>
    public const string TypeNotAllowedBeforeParam = nameof(TypeNotAllowedBeforeParam);

    /// <summary>TypeNotAllowedBeforeStatement.</summary>
    public const string TypeNotAllowedBeforeStatement = nameof(TypeNotAllowedBeforeStatement);

    /// <summary>UnexpectedAttribute.</summary>
    public const string UnexpectedAttribute = nameof(UnexpectedAttribute);

    /// <summary>UnexpectedCharactersAfterHereStringHeader.</summary>
    public const string UnexpectedCharactersAfterHereStringHeader = nameof(UnexpectedCharactersAfterHereStringHeader);

    /// <summary>UnexpectedKeyword.</summary>
    public const string UnexpectedKeyword = nameof(UnexpectedKeyword);

    /// <summary>UnexpectedNameForType.</summary>
    public const string UnexpectedNameForType = nameof(UnexpectedNameForType);

    /// <summary>UnexpectedToken.</summary>
    public const string UnexpectedToken = nameof(UnexpectedToken);

    /// <summary>UnexpectedTokenInDynamicKeyword.</summary>
    public const string UnexpectedTokenInDynamicKeyword = nameof(UnexpectedTokenInDynamicKeyword);

    /// <summary>UnexpectedUnaryOperator.</summary>
    public const string UnexpectedUnaryOperator = nameof(UnexpectedUnaryOperator);

    /// <summary>UnrecognizedToken.</summary>
    public const string UnrecognizedToken = nameof(UnrecognizedToken);

    /// <summary>UsingMustBeAtStartOfScript.</summary>
    public const string UsingMustBeAtStartOfScript = nameof(UsingMustBeAtStartOfScript);

    /// <summary>UsingStatementNotSupported.</summary>
    public const string UsingStatementNotSupported = nameof(UsingStatementNotSupported);

    /// <summary>VoidMethodHasReturn.</summary>
    public const string VoidMethodHasReturn = nameof(VoidMethodHasReturn);

    /// <summary>VoidTypeConstraintNotAllowed.</summary>
    public const string VoidTypeConstraintNotAllowed = nameof(VoidTypeConstraintNotAllowed);

    /// <summary>WhitespaceBeforeHereStringFooter.</summary>
    public const string WhitespaceBeforeHereStringFooter = nameof(WhitespaceBeforeHereStringFooter);

    /// <summary>WorkflowNotSupportedInPowerShellCore.</summary>
    public const string WorkflowNotSupportedInPowerShellCore = nameof(WorkflowNotSupportedInPowerShellCore);
}
