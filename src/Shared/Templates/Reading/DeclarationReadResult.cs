using System.Collections.Generic;
using ScriptGen.Templates.Checking;
using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Reading;

/// <summary>The declaration read from template-set.json (null when the JSON itself is broken) and the problems found.</summary>
public sealed class DeclarationReadResult
{
    public DeclarationReadResult(TemplateSetDeclaration? declaration, IReadOnlyList<TemplateProblem> problems)
    {
        Declaration = declaration;
        Problems = problems;
    }

    public TemplateSetDeclaration? Declaration { get; }

    public IReadOnlyList<TemplateProblem> Problems { get; }
}
