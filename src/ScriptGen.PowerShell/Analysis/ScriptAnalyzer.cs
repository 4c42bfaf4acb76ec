using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Analysis.Suppressions;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Parses a script once and runs every enabled rule over one shared walk of its tree, then applies the script's
/// suppressions. Findings come out in a fixed order: parse errors, then by position, rule name and message.
/// Never throws for a script: a rule that fails reports an Error finding naming itself. Safe to share across threads.
/// </summary>
public sealed class ScriptAnalyzer
{
    private readonly RuleDefinition[] _rules;
    private readonly CommandCatalog? _commands;

    public ScriptAnalyzer(AnalyzerSettings settings, CommandCatalog? commands = null, IReadOnlyList<RuleDefinition>? rules = null)
    {
        Settings = settings;
        // The built-in catalogue is indexed on the first analysis, not here: a CLI that only prints its version or help
        // builds an analyzer too, and indexing costs a cold process about 10 ms.
        _commands = commands;
        var enabled = new List<RuleDefinition>();
        foreach (var rule in rules ?? BuiltinRules.All)
        {
            if (settings.IsEnabled(rule.Descriptor))
            {
                enabled.Add(rule);
            }
        }

        _rules = [.. enabled];
    }

    /// <summary>The settings the analyzer runs with.</summary>
    public AnalyzerSettings Settings { get; }

    /// <summary>The rules that run, in registry order.</summary>
    public IReadOnlyList<RuleDescriptor> EnabledRules => _rules.Select(r => r.Descriptor).ToArray();

    /// <summary>Analyses one script.</summary>
    public AnalysisResult Analyze(SourceText source)
    {
        var parse = PowerShellParser.Parse(source);
        if (_rules.Length == 0)
        {
            return new AnalysisResult(parse.Diagnostics, []);
        }

        var suppressions = SuppressionSet.Read(parse);
        var findings = new List<Diagnostic>();
        var nodeActions = new Dictionary<Type, List<Action<SyntaxNode>>>();
        var endActions = new List<Action>();
        foreach (var definition in _rules)
        {
            var context = new RuleContext(definition.Descriptor, Settings.OptionsOf(definition.Descriptor), parse, _commands ?? CommandCatalog.BuiltIn, suppressions, findings);
            var guard = new RuleGuard(definition.Descriptor, parse.Source, findings);
            guard.Run(() => definition.Create().Register(new RuleRegistration(context, nodeActions, endActions, guard)));
        }

        parse.Root.Walk(new RuleWalker(nodeActions));
        foreach (var action in endActions)
        {
            action();
        }

        var kept = new List<Diagnostic>(parse.Diagnostics);
        var suppressed = new List<SuppressedDiagnostic>();
        foreach (var finding in findings)
        {
            if (suppressions.Match(finding) is { } suppression)
            {
                suppressed.Add(new SuppressedDiagnostic(finding, suppression.Justification, suppression.Source));
            }
            else
            {
                kept.Add(finding);
            }
        }

        return new AnalysisResult(
            kept.Order(DiagnosticOrder.Instance).ToArray(),
            suppressed.OrderBy(s => s.Diagnostic, DiagnosticOrder.Instance).ToArray());
    }
}
