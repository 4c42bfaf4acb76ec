using ScriptGen.Templates.Checking;

namespace ScriptGen.Core.Catalog;

/// <summary>A loaded set (null when it has errors) and every problem found while checking it.</summary>
public sealed record TemplateSetLoadResult(TemplateSet? Set, IReadOnlyList<TemplateProblem> Problems);
