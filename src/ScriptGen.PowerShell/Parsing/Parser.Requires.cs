using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

/// <remarks>
/// A <c>#requires</c> comment is read as PowerShell reads it: the text after <c>#</c> is parsed as a command named
/// requires whose parameters (matched by prefix) must have constant arguments.
/// </remarks>
internal sealed partial class Parser
{
    private static readonly string[] RequiresParameters = ["shellid", "pssnapin", "version", "psedition", "assembly", "modules", "runasadministrator"];

    private ScriptRequirements? ReadRequirements()
    {
        if (_tokenizer.RequiresComments is not { Count: > 0 } comments)
        {
            return null;
        }

        var requirements = new ScriptRequirements();
        var editions = new List<string>();
        var modules = new List<RequiredModule>();
        var assemblies = new List<string>();
        foreach (var comment in comments.ToArray())
        {
            var tokenizer = new Tokenizer(_source.Text, comment.Start + 1, comment.End, null, _diagnostics, tokens: null, isNested: true, _tokenizer.Work);
            var parser = new Parser(_source, _options, _diagnostics, tokenizer, depth: 0);
            if (parser.CommandRule() is not CommandNode command || command.Elements.Count == 0)
            {
                continue;
            }

            var elements = command.Elements;
            if (elements[0] is not StringConstantExpressionNode name || !SpanOf(name.LiteralToken).Equals("requires", StringComparison.OrdinalIgnoreCase))
            {
                ReportError(SpanOfElements(command), ErrorIds.ScriptRequiresInvalidFormat);
            }

            for (var i = 1; i < elements.Count; i++)
            {
                if (elements[i] is not CommandParameterNode parameter)
                {
                    ReportError(elements[i].Span, ErrorIds.ScriptRequiresInvalidFormat);
                    continue;
                }

                var argument = parameter.Argument ?? (i + 1 < elements.Count && elements[i + 1] is ExpressionNode next ? next : null);
                if (parameter.Argument is null && argument is not null)
                {
                    i++;
                }

                ReadRequiresParameter(parameter, argument, requirements, editions, modules, assemblies);
            }
        }

        requirements.RequiredPSEditions = editions;
        requirements.RequiredModules = modules;
        requirements.RequiredAssemblies = assemblies;
        return requirements;
    }

    private static Text.TextSpan SpanOfElements(CommandNode command) => command.Span;

    private void ReadRequiresParameter(CommandParameterNode parameter, ExpressionNode? argument, ScriptRequirements requirements,
        List<string> editions, List<RequiredModule> modules, List<string> assemblies)
    {
        var name = parameter.ParameterName;
        var matched = Array.Find(RequiresParameters, p => name.Length > 0 && p.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        if (matched == "runasadministrator")
        {
            requirements.IsElevationRequired = true;
            if (argument is not null)
            {
                ReportError(parameter.Span, ErrorIds.ParameterCannotHaveArgument, name);
            }

            return;
        }

        if (argument is null)
        {
            ReportError(parameter.Span, ErrorIds.ParameterRequiresArgument, name);
            return;
        }

        if (matched == "modules")
        {
            if (!RequiresConstant.TryReadModules(argument, _source, modules))
            {
                ReportError(argument.Span, ErrorIds.RequiresArgumentMustBeConstant);
            }

            return;
        }

        if (!RequiresConstant.TryRead(argument, _source, out var values))
        {
            ReportError(argument.Span, ErrorIds.RequiresArgumentMustBeConstant);
            return;
        }

        switch (matched)
        {
            case "shellid":
                requirements.RequiredShellId = values[0];
                break;
            case "pssnapin":
                break;
            case "version":
                var text = values.Count == 1 ? values[0] : _source.GetText(argument.Span);
                if (!Version.TryParse(text.Contains('.', StringComparison.Ordinal) ? text : text + ".0", out var version))
                {
                    ReportError(argument.Span, ErrorIds.RequiresVersionInvalid);
                    return;
                }

                requirements.RequiredPSVersion = version;
                break;
            case "psedition":
                foreach (var edition in values)
                {
                    if (!edition.Equals("Desktop", StringComparison.OrdinalIgnoreCase) && !edition.Equals("Core", StringComparison.OrdinalIgnoreCase))
                    {
                        ReportError(argument.Span, ErrorIds.RequiresPSEditionInvalid, "psedition");
                    }

                    if (editions.Exists(e => e.Equals(edition, StringComparison.OrdinalIgnoreCase)))
                    {
                        ReportError(argument.Span, ErrorIds.RequiresPSEditionValueIsAlreadySpecified, "psedition");
                    }
                    else
                    {
                        editions.Add(edition);
                    }
                }

                break;
            case "assembly":
                assemblies.AddRange(values);
                break;
            default:
                ReportError(parameter.Span, ErrorIds.ScriptRequiresInvalidFormat);
                break;
        }
    }

    /// <summary>Reports statements that start after a comment that looks like a signature block.</summary>
    private void CheckStatementsBeforeSignature(ScriptBlockNode root)
    {
        var signature = _tokenizer.SignatureStart;
        if (signature < 0)
        {
            return;
        }

        foreach (var block in root.DescendantsOfType<StatementBlockNode>())
        {
            foreach (var statement in block.AllStatements)
            {
                if (statement.Span.Start > signature)
                {
                    ReportError(statement.Span, ErrorIds.TokenAfterEndOfValidScriptText);
                }
            }
        }
    }
}
