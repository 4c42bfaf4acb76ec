using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// Whether every path through a method body ends in return or throw, computed as PowerShell computes it: a flow
/// graph of blocks, where a block becomes reachable only when a reachable block flows into it (no constant
/// folding: <c>while ($true)</c> can still be left).
/// </summary>
internal sealed class ReturnAnalysis
{
    private readonly Block _exit = new();
    private readonly List<(string Label, Block Break, Block Continue)> _loops = [];
    private Block _current = Block.Entry();

    public static bool AllPathsReturn(ScriptBlockNode body)
    {
        var analysis = new ReturnAnalysis();
        foreach (var block in body.Blocks)
        {
            analysis.Statements(block.Body.AllStatements);
        }

        analysis._current.FlowsTo(analysis._exit);
        return analysis._exit.Predecessors.TrueForAll(static b => b.Returns || b.Throws || b.Unreachable);
    }

    private void Statements(IReadOnlyList<StatementNode> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
        }
    }

    private void Statement(StatementNode statement)
    {
        switch (statement)
        {
            case IfStatementNode ifStatement:
                If(ifStatement);
                break;
            case SwitchStatementNode switchStatement:
                Loop(switchStatement.LabelText, condition: true, () => SwitchBody(switchStatement), continueAction: null);
                break;
            case ForEachStatementNode forEach:
                var afterForEach = new Block();
                Loop(forEach.LabelText, condition: true, () => Statements(forEach.Body.AllStatements), continueAction: null, afterCondition: afterForEach);
                _current.FlowsTo(afterForEach);
                _current = afterForEach;
                break;
            case ForStatementNode forStatement:
                Loop(forStatement.LabelText, forStatement.Condition is not null, () => Statements(forStatement.Body.AllStatements), forStatement.Iterator);
                break;
            case WhileStatementNode whileStatement:
                Loop(whileStatement.LabelText, condition: true, () => Statements(whileStatement.Body.AllStatements), continueAction: null);
                break;
            case DoWhileStatementNode or DoUntilStatementNode:
                DoLoop((LoopStatementNode)statement);
                break;
            case TryStatementNode tryStatement:
                Try(tryStatement);
                break;
            case TrapStatementNode trap:
                Statements(trap.Body.AllStatements);
                break;
            case DataStatementNode data:
                Statements(data.Body.AllStatements);
                break;
            case BreakStatementNode breakStatement:
                BreakOrContinue(breakStatement.Label, isBreak: true);
                break;
            case ContinueStatementNode continueStatement:
                BreakOrContinue(continueStatement.Label, isBreak: false);
                break;
            case ReturnStatementNode:
                ControlFlowStatement().Returns = true;
                break;
            case ThrowStatementNode or ExitStatementNode:
                ControlFlowStatement().Throws = true;
                break;
        }
    }

    private void If(IfStatementNode node)
    {
        var after = new Block();
        if (node.ElseClause is null)
        {
            _current.FlowsTo(after);
        }

        for (var i = 0; i < node.Clauses.Count; i++)
        {
            var isLast = i == node.Clauses.Count - 1 && node.ElseClause is null;
            var clauseBlock = new Block();
            var next = isLast ? after : new Block();
            _current.FlowsTo(clauseBlock);
            _current.FlowsTo(next);
            _current = clauseBlock;
            Statements(node.Clauses[i].Body.AllStatements);
            _current.FlowsTo(after);
            _current = next;
        }

        if (node.ElseClause is not null)
        {
            Statements(node.ElseClause.AllStatements);
            _current.FlowsTo(after);
        }

        _current = after;
    }

    private void SwitchBody(SwitchStatementNode node)
    {
        var after = new Block();
        var clauses = node.Clauses;
        var hasDefault = node.Default is not null;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clauseBlock = new Block();
            var isLast = i == clauses.Count - 1 && !hasDefault;
            var next = isLast ? after : new Block();
            _current.FlowsTo(next);
            _current.FlowsTo(clauseBlock);
            _current = clauseBlock;
            Statements(clauses[i].Body.AllStatements);
            if (!isLast)
            {
                _current.FlowsTo(next);
                _current = next;
            }
        }

        if (node.Default is { } defaultBody)
        {
            _current.FlowsTo(after);
            Statements(defaultBody.AllStatements);
        }

        _current.FlowsTo(after);
        _current = after;
    }

    private void Loop(string? label, bool condition, Action body, PipelineBaseNode? continueAction, Block? afterCondition = null)
    {
        var continueBlock = new Block();
        if (continueAction is not null)
        {
            var afterContinue = new Block();
            _current.FlowsTo(afterContinue);
            _current = continueBlock;
            _current.FlowsTo(afterContinue);
            _current = afterContinue;
        }
        else
        {
            _current.FlowsTo(continueBlock);
            _current = continueBlock;
        }

        var bodyBlock = new Block();
        var breakBlock = new Block();
        if (condition)
        {
            if (afterCondition is not null)
            {
                _current.FlowsTo(afterCondition);
            }

            _current.FlowsTo(breakBlock);
        }

        _loops.Add((label ?? string.Empty, breakBlock, continueBlock));
        _current.FlowsTo(bodyBlock);
        _current = bodyBlock;
        body();
        _current.FlowsTo(continueBlock);
        _current = breakBlock;
        _loops.RemoveAt(_loops.Count - 1);
    }

    private void DoLoop(LoopStatementNode loop)
    {
        var continueBlock = new Block();
        var bodyBlock = new Block();
        var breakBlock = new Block();
        var repeat = new Block();
        _loops.Add((loop.LabelText ?? string.Empty, breakBlock, continueBlock));
        _current.FlowsTo(bodyBlock);
        _current = bodyBlock;
        Statements(loop is DoWhileStatementNode doWhile ? doWhile.Body.AllStatements : ((DoUntilStatementNode)loop).Body.AllStatements);
        _current.FlowsTo(continueBlock);
        _current = continueBlock;
        _current.FlowsTo(breakBlock);
        _current.FlowsTo(repeat);
        _current = repeat;
        _current.FlowsTo(bodyBlock);
        _current = breakBlock;
        _loops.RemoveAt(_loops.Count - 1);
    }

    private void Try(TryStatementNode node)
    {
        var beforeTry = _current;
        _current = new Block();
        beforeTry.FlowsTo(_current);
        Statements(node.Body.AllStatements);
        var lastInTry = _current;
        var finallyFirst = node.Finally is null ? null : new Block();
        var afterTry = new Block();
        var catchAll = false;
        foreach (var clause in node.CatchClauses)
        {
            catchAll |= clause.IsCatchAll;
            _current = new Block();
            beforeTry.FlowsTo(_current);
            Statements(clause.Body.AllStatements);
            _current.FlowsTo(finallyFirst ?? afterTry);
        }

        if (finallyFirst is not null)
        {
            lastInTry.FlowsTo(finallyFirst);
            _current = finallyFirst;
            Statements(node.Finally!.AllStatements);
            _current.FlowsTo(afterTry);
            var finallyLast = _current;
            if (!catchAll)
            {
                beforeTry.FlowsTo(finallyFirst);
                var rethrow = new Block();
                finallyLast.FlowsTo(rethrow);
                rethrow.Throws = true;
                rethrow.FlowsTo(_exit);
            }

            finallyLast.FlowsTo(afterTry);
        }
        else
        {
            lastInTry.FlowsTo(afterTry);
        }

        _current = afterTry;
    }

    private void BreakOrContinue(ExpressionNode? label, bool isBreak)
    {
        Block? target = null;
        if (label is null)
        {
            if (_loops.Count > 0)
            {
                target = isBreak ? _loops[^1].Break : _loops[^1].Continue;
            }
        }
        else if (label is StringConstantExpressionNode text)
        {
            var loop = _loops.FindLast(l => l.Label.Equals(text.Value, StringComparison.OrdinalIgnoreCase));
            target = loop.Label is null ? null : isBreak ? loop.Break : loop.Continue;
        }

        if (target is null)
        {
            _current.FlowsTo(_exit);
            _current.Throws = true;
        }
        else
        {
            _current.FlowsTo(target);
        }

        _current = new Block();
    }

    private Block ControlFlowStatement()
    {
        _current.FlowsTo(_exit);
        var last = _current;
        _current = new Block();
        return last;
    }

    private sealed class Block
    {
        private readonly List<Block> _successors = [];

        public List<Block> Predecessors { get; } = [];

        public bool Unreachable { get; private set; } = true;

        public bool Returns { get; set; }

        public bool Throws { get; set; }

        public static Block Entry() => new() { Unreachable = false };

        public void FlowsTo(Block next)
        {
            if (_successors.Contains(next))
            {
                return;
            }

            if (!Unreachable)
            {
                next.Unreachable = false;
            }

            _successors.Add(next);
            next.Predecessors.Add(this);
        }
    }
}
