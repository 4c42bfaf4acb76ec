using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    private static readonly HashSet<string> EnumUnderlyingTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong",
        "int16", "uint16", "int32", "uint32", "int64", "uint64",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
    };

    private StatementNode ClassDefinitionRule(List<AttributeBaseNode>? attributes, Token classToken)
    {
        SkipNewlines();
        var name = SimpleNameRule(out var nameToken);
        if (name is null)
        {
            ReportIncompleteInput(After(classToken), ErrorIds.MissingNameAfterKeyword, TextOf(classToken));
            return TypeDefinitionError(attributes, [classToken], []);
        }

        nameToken = _tokenizer.SetFlags(nameToken, (nameToken.Flags & ~TokenFlags.MemberName) | TokenFlags.TypeName);
        SkipNewlines();
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Signature);
            var (colon, baseTypes, commas) = BaseTypesRule();
            var lCurly = NextToken();
            if (lCurly.Kind != TokenKind.LCurly)
            {
                UngetToken(lCurly);
                ReportIncompleteInput(baseTypes.Count > 0 ? After(baseTypes[^1]) : After(nameToken), ErrorIds.MissingTypeBody, TextOf(classToken));
                var tokens = new List<Token> { classToken, nameToken };
                AddIfPresent(tokens, colon);
                tokens.AddRange(commas);
                return TypeDefinitionError(attributes, Sorted(tokens), [.. baseTypes]);
            }

            var members = new List<MemberNode>();
            var errorNodes = new List<SyntaxNode>();
            while (true)
            {
                var member = ClassMemberRule(TextOf(nameToken), errorNodes, out var sawSomething);
                if (member is not null)
                {
                    members.Add(member);
                }
                else if (!sawSomething)
                {
                    break;
                }
            }

            var rCurly = CloseTypeBody(lCurly);
            var hasTypeConstraint = attributes?.Exists(static a => a is TypeConstraintNode) == true;
            if (errorNodes.Count > 0 || hasTypeConstraint)
            {
                var tokens = new List<Token> { classToken, nameToken, lCurly };
                AddIfPresent(tokens, colon);
                tokens.AddRange(commas);
                AddIfPresent(tokens, rCurly);
                var nested = new List<SyntaxNode>(baseTypes);
                nested.AddRange(members);
                nested.AddRange(errorNodes);
                return TypeDefinitionError(attributes, Sorted(tokens), SortedNodes(nested));
            }

            return new TypeDefinitionNode(AttributesOnly(attributes), classToken, nameToken, TextOf(nameToken), colon, baseTypes, commas, lCurly, members, rCurly);
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }
    }

    private (Token? Colon, List<TypeConstraintNode> BaseTypes, List<Token> Commas) BaseTypesRule()
    {
        var baseTypes = new List<TypeConstraintNode>();
        var commas = new List<Token>();
        var colon = PeekToken();
        if (colon.Kind != TokenKind.Colon)
        {
            return (null, baseTypes, commas);
        }

        SkipToken();
        SkipNewlines();
        Token? comma = null;
        while (true)
        {
            var baseType = TypeNameRule(allowAssemblyQualifiedNames: false, out _);
            if (baseType is null)
            {
                ReportIncompleteInput(comma is { } c ? After(c) : After(colon), ErrorIds.TypeNameExpected);
                break;
            }

            baseTypes.Add(new TypeConstraintNode(Missing(TokenKind.LBracket, baseType.Span.Start), baseType, null));
            SkipNewlines();
            var next = PeekToken();
            if (next.Kind != TokenKind.Comma)
            {
                break;
            }

            SkipToken();
            SkipNewlines();
            commas.Add(next);
            comma = next;
        }

        return (colon, baseTypes, commas);
    }

    private Token? CloseTypeBody(Token lCurly)
    {
        var rCurly = NextToken();
        if (rCurly.Kind == TokenKind.RCurly)
        {
            return rCurly;
        }

        UngetToken(rCurly);
        ReportIncompleteInput(After(lCurly), rCurly.Span, ErrorIds.MissingEndCurlyBrace);
        return null;
    }

    private static List<AttributeNode> AttributesOnly(List<AttributeBaseNode>? attributes) =>
        attributes is null ? [] : attributes.OfType<AttributeNode>().ToList();

    private static ErrorStatementNode TypeDefinitionError(List<AttributeBaseNode>? attributes, List<Token> tokens, List<SyntaxNode> nested)
    {
        var nodes = new List<SyntaxNode>();
        if (attributes is not null)
        {
            nodes.AddRange(attributes);
        }

        nodes.AddRange(nested);
        return new ErrorStatementNode(tokens, nodes);
    }

    /// <summary>
    /// One class member: a property or a method. Returns null at the end of the members; <paramref name="sawSomething"/>
    /// tells a member that failed (its parts go to <paramref name="errorNodes"/>) from the end.
    /// </summary>
    private MemberNode? ClassMemberRule(string className, List<SyntaxNode> errorNodes, out bool sawSomething)
    {
        sawSomething = false;
        var attributes = new List<AttributeNode>();
        var modifiers = new List<Token>();
        TypeConstraintNode? type = null;
        var extraTypes = new List<SyntaxNode>();
        Token token;
        while (true)
        {
            SkipNewlines();
            var attribute = AttributeRule();
            if (attribute is AttributeNode attributeNode)
            {
                attributes.Add(attributeNode);
                continue;
            }

            if (attribute is TypeConstraintNode typeConstraint)
            {
                if (type is null)
                {
                    type = typeConstraint;
                }
                else
                {
                    ReportError(typeConstraint.Span, ErrorIds.TooManyTypes);
                    extraTypes.Add(typeConstraint);
                }

                continue;
            }

            token = PeekToken();
            if (token.Kind is TokenKind.Hidden or TokenKind.Static)
            {
                if (modifiers.Exists(m => m.Kind == token.Kind))
                {
                    ReportError(token, ErrorIds.DuplicateQualifier, TextOf(token));
                }

                modifiers.Add(token);
                SkipToken();
                continue;
            }

            break;
        }

        var hasPrefix = attributes.Count > 0 || modifiers.Count > 0 || type is not null;
        if (token.Kind == TokenKind.Variable)
        {
            sawSomething = true;
            SkipToken();
            var property = PropertyMemberRule(attributes, modifiers, type, token);
            if (extraTypes.Count == 0 && property is not null)
            {
                return property;
            }

            RecordMemberError(errorNodes, attributes, type, extraTypes, modifiers, property);
            return null;
        }

        if (token.Kind == TokenKind.Identifier || token.Kind == TokenKind.DynamicKeyword || (token.Flags & TokenFlags.Keyword) != 0)
        {
            sawSomething = true;
            SkipToken();
            token = _tokenizer.SetFlags(token, TokenFlags.None);
            var errorsBefore = errorNodes.Count;
            var method = MethodDeclarationRule(attributes, modifiers, type, token, className, errorNodes);
            if (method is null)
            {
                // The broken method's error node already holds its attributes, type and modifiers; the extra types
                // sit among them, so they join that node.
                if (extraTypes.Count > 0)
                {
                    var holder = errorNodes.FindIndex(errorsBefore, n => n is ErrorStatementNode && n.Span.Start <= extraTypes[0].Span.Start && extraTypes[0].Span.Start < n.Span.End);
                    if (holder >= 0 && errorNodes[holder] is ErrorStatementNode broken)
                    {
                        errorNodes[holder] = new ErrorStatementNode(broken.Tokens, SortedNodes([.. broken.NestedNodes, .. extraTypes]));
                    }
                    else
                    {
                        errorNodes.Add(new ErrorStatementNode([], extraTypes));
                    }
                }

                return null;
            }

            if (extraTypes.Count == 0)
            {
                return method;
            }

            RecordMemberError(errorNodes, attributes, type, extraTypes, modifiers, method);
            return null;
        }

        if (hasPrefix || extraTypes.Count > 0)
        {
            sawSomething = true;
            var last = Math.Max(modifiers.Count > 0 ? modifiers[^1].End : 0, Math.Max(attributes.Count > 0 ? attributes[^1].Span.End : 0, type?.Span.End ?? 0));
            ReportIncompleteInput(new Text.TextSpan(last, 0), ErrorIds.IncompleteMemberDefinition);
            RecordMemberError(errorNodes, attributes, type, extraTypes, modifiers, null);
        }

        return null;
    }

    private static void RecordMemberError(List<SyntaxNode> errorNodes, List<AttributeNode> attributes, TypeConstraintNode? type,
        List<SyntaxNode> extraTypes, List<Token> modifiers, SyntaxNode? member)
    {
        if (member is not null)
        {
            // The extra types sit among the member's own parts, so the member is taken apart into one error node.
            var parts = new List<SyntaxNode>(member.Children);
            parts.AddRange(extraTypes);
            errorNodes.Add(new ErrorStatementNode(Sorted([.. member.OwnTokens]), SortedNodes(parts)));
            return;
        }

        var nested = new List<SyntaxNode>(attributes);
        AddIfPresent(nested, type);
        nested.AddRange(extraTypes);
        errorNodes.Add(new ErrorStatementNode(Sorted([.. modifiers]), SortedNodes(nested)));
    }

    private PropertyMemberNode? PropertyMemberRule(List<AttributeNode> attributes, List<Token> modifiers, TypeConstraintNode? type, Token variable)
    {
        Token? equals = null;
        ExpressionNode? initialValue = null;
        var next = PeekToken();
        if (next.Kind == TokenKind.Equals)
        {
            SkipToken();
            equals = next;
            SkipNewlines();
            initialValue = ExpressionRule();
        }

        var end = initialValue?.Span.End ?? (equals ?? variable).End;
        var semicolon = PropertyTerminator(end, reportMissing: true);
        var name = VariableName(variable);
        return new PropertyMemberNode(attributes, modifiers, type, variable, name, equals, initialValue, semicolon);
    }

    private StatementNode? EnumDefinitionRule(List<AttributeBaseNode>? attributes, Token enumToken)
    {
        SkipNewlines();
        var name = SimpleNameRule(out var nameToken);
        if (name is null)
        {
            ReportIncompleteInput(After(enumToken), ErrorIds.MissingNameAfterKeyword, TextOf(enumToken));
            return TypeDefinitionError(attributes, [enumToken], []);
        }

        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Signature);
            Token? colon = null;
            var baseTypes = new List<TypeConstraintNode>();
            var next = PeekToken();
            if (next.Kind == TokenKind.Colon)
            {
                SkipToken();
                colon = next;
                SkipNewlines();
                var underlying = TypeNameRule(allowAssemblyQualifiedNames: false, out _);
                if (underlying is null)
                {
                    ReportIncompleteInput(After(next), ErrorIds.TypeNameExpected);
                }
                else
                {
                    if (!EnumUnderlyingTypes.Contains(underlying.FullName))
                    {
                        ReportError(underlying.Span, ErrorIds.InvalidUnderlyingType, underlying.Name);
                    }

                    baseTypes.Add(new TypeConstraintNode(Missing(TokenKind.LBracket, underlying.Span.Start), underlying, null));
                }
            }

            SkipNewlines();
            var lCurly = NextToken();
            if (lCurly.Kind != TokenKind.LCurly)
            {
                UngetToken(lCurly);
                ReportIncompleteInput(After(nameToken), ErrorIds.MissingTypeBody, TextOf(enumToken));
                var tokens = new List<Token> { enumToken, nameToken };
                AddIfPresent(tokens, colon);
                return TypeDefinitionError(attributes, tokens, [.. baseTypes]);
            }

            var members = new List<MemberNode>();
            while (EnumMemberRule() is { } member)
            {
                members.Add(member);
            }

            var rCurly = CloseTypeBody(lCurly);
            if (attributes?.Exists(static a => a is TypeConstraintNode) == true)
            {
                var tokens = new List<Token> { enumToken, nameToken, lCurly };
                AddIfPresent(tokens, colon);
                AddIfPresent(tokens, rCurly);
                var nested = new List<SyntaxNode>(baseTypes);
                nested.AddRange(members);
                return TypeDefinitionError(attributes, Sorted(tokens), nested);
            }

            return new TypeDefinitionNode(AttributesOnly(attributes), enumToken, nameToken, TextOf(nameToken), colon, baseTypes, [], lCurly, members, rCurly);
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }
    }

    private PropertyMemberNode? EnumMemberRule()
    {
        SkipNewlines();
        var name = SimpleNameRule(out var nameToken);
        if (name is null)
        {
            return null;
        }

        var end = nameToken.End;
        Token? equals = null;
        ExpressionNode? value = null;
        var missingValue = false;
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Expression);
            var next = PeekToken();
            if (next.Kind == TokenKind.Equals)
            {
                SkipToken();
                equals = next;
                value = ExpressionRule();
                if (value is null)
                {
                    ReportError(After(next), ErrorIds.ExpectedValueExpression, next.Kind.Text());
                    end = next.End;
                    missingValue = true;
                }
                else
                {
                    end = value.Span.End;
                }
            }
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }

        var semicolon = PropertyTerminator(end, reportMissing: !missingValue);
        return new PropertyMemberNode([], [], null, nameToken, name.Value, equals, value, semicolon);
    }

    /// <summary>A property or enum value ends with ';', a newline or '}'; returns the ';' when there is one.</summary>
    private Token? PropertyTerminator(int end, bool reportMissing)
    {
        var terminator = PeekToken();
        if (terminator.Kind is not (TokenKind.NewLine or TokenKind.Semi or TokenKind.RCurly) && reportMissing)
        {
            ReportIncompleteInput(new Text.TextSpan(end, 0), ErrorIds.MissingPropertyTerminator);
        }

        Token? semicolon = null;
        if (terminator.Kind == TokenKind.Semi)
        {
            SkipToken();
            semicolon = terminator;
        }

        SkipNewlinesAndSemicolons();
        return semicolon;
    }

    private string VariableName(Token variable) =>
        VariablePath.Create(VariableUserPath(variable)).Name;
}
