using ScriptGen.Core.Catalog;

namespace ScriptGen.Core.Rendering;

/// <summary>Which scripts a bundle holds for a variant: each step in run order, then each rollback in step order.</summary>
public static class ScriptPlan
{
    /// <summary>The scripts of <paramref name="set"/> for <paramref name="variant"/>.</summary>
    public static IReadOnlyList<ScriptToRender> For(TemplateSet set, string variant)
    {
        var steps = new List<ScriptToRender>();
        var rollbacks = new List<ScriptToRender>();
        var number = 0;
        foreach (var step in set.Declaration.Steps)
        {
            number++;
            var implementation = TemplateSet.ImplementationFor(step, variant);
            steps.Add(new ScriptToRender(step.Script, implementation.Template, number, step.Title, IsRollback: false));
            if (implementation.Rollback is { } rollback)
            {
                rollbacks.Add(new ScriptToRender(rollback.Script, rollback.Template, number, rollback.Title, IsRollback: true));
            }
        }

        return [.. steps, .. rollbacks];
    }
}
