using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ScriptGen.Templates.Checking;

namespace ScriptGen.Templates.Generator.Diagnostics;

/// <summary>
/// The build's form of every template problem: the same id, title, severity and help text as the shared
/// <see cref="TemplateProblems"/> table that the run time reports from. docs/diagnostics.md lists them.
/// </summary>
/// <remarks>
/// Ids are literals so Roslyn's release tracking (AnalyzerReleases.*.md) can check them; a test holds each
/// descriptor equal to its row of the shared table.
/// </remarks>
public static class DiagnosticDescriptors
{
    /// <summary>The category of every template diagnostic.</summary>
    public const string Category = "ScriptGen.Templates";

    /// <summary>SGT001: the declaration is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = Create("SGT001", TemplateProblems.InvalidJson);

    /// <summary>SGT002: the declaration breaks a schema rule.</summary>
    public static readonly DiagnosticDescriptor InvalidDeclaration = Create("SGT002", TemplateProblems.InvalidDeclaration);

    /// <summary>SGT003: two declarations share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = Create("SGT003", TemplateProblems.DuplicateId);

    /// <summary>SGT004: a declared file does not exist.</summary>
    public static readonly DiagnosticDescriptor MissingFile = Create("SGT004", TemplateProblems.MissingFile);

    /// <summary>SGT005: a template uses an undeclared name.</summary>
    public static readonly DiagnosticDescriptor UndeclaredParameter = Create("SGT005", TemplateProblems.UndeclaredParameter);

    /// <summary>SGT006: a declared parameter is never used (warning).</summary>
    public static readonly DiagnosticDescriptor UnusedParameter = Create("SGT006", TemplateProblems.UnusedParameter);

    /// <summary>SGT007: raw, unencoded output.</summary>
    public static readonly DiagnosticDescriptor RawOutput = Create("SGT007", TemplateProblems.RawOutput);

    /// <summary>SGT008: an unbalanced block.</summary>
    public static readonly DiagnosticDescriptor UnbalancedBlock = Create("SGT008", TemplateProblems.UnbalancedBlock);

    /// <summary>SGT009: an unknown helper, partial or expression form.</summary>
    public static readonly DiagnosticDescriptor UnsupportedExpression = Create("SGT009", TemplateProblems.UnsupportedExpression);

    /// <summary>SGT010: a file is not UTF-8 without a byte-order mark.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = Create("SGT010", TemplateProblems.NotUtf8);

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly IReadOnlyList<DiagnosticDescriptor> All = new[]
    {
        InvalidJson, InvalidDeclaration, DuplicateId, MissingFile, UndeclaredParameter, UnusedParameter, RawOutput, UnbalancedBlock, UnsupportedExpression, NotUtf8,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

    /// <summary>The descriptor of a template problem id such as SGT005.</summary>
    public static DiagnosticDescriptor For(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, TemplateProblemDescriptor problem) => new(
        id,
        problem.Title,
        "{0}",
        Category,
        problem.Severity == TemplateProblemSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: problem.Help);

    private static Dictionary<string, DiagnosticDescriptor> Index()
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in All)
        {
            byId[descriptor.Id] = descriptor;
        }

        return byId;
    }
}
