using System.Collections.Generic;
using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Checking;

/// <summary>A checked template set: its declaration (null when unreadable) and every problem found.</summary>
public sealed class TemplateSetCheckResult
{
    public TemplateSetCheckResult(TemplateSetDeclaration? declaration, IReadOnlyList<TemplateProblem> problems)
    {
        Declaration = declaration;
        Problems = problems;
    }

    public TemplateSetDeclaration? Declaration { get; }

    public IReadOnlyList<TemplateProblem> Problems { get; }

    /// <summary>True when no problem is an error: the set may render.</summary>
    public bool IsUsable
    {
        get
        {
            if (Declaration is null)
            {
                return false;
            }

            foreach (var problem in Problems)
            {
                if (problem.Descriptor.Severity == TemplateProblemSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
