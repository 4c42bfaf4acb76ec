namespace ScriptGen.Templates.Generator.Helpers;

/// <summary>The names of the pipeline's tracked steps; tests read them to check that a rerun is all cache hits.</summary>
public static class TrackingNames
{
    /// <summary>Each additional file with the analyzer options, which carry its template path.</summary>
    public const string FilesWithOptions = nameof(FilesWithOptions);

    /// <summary>Each additional file that belongs to a template set, read.</summary>
    public const string TemplateFiles = nameof(TemplateFiles);

    /// <summary>Every template file, collected.</summary>
    public const string AllTemplateFiles = nameof(AllTemplateFiles);

    /// <summary>The files grouped by template-set folder.</summary>
    public const string TemplateSets = nameof(TemplateSets);

    /// <summary>Each set run through the shared checker: a spec when usable, and its problems.</summary>
    public const string CheckedSets = nameof(CheckedSets);

    /// <summary>Every checked set, collected.</summary>
    public const string AllCheckedSets = nameof(AllCheckedSets);

    /// <summary>The usable sets with unique ids, and the catalog-level problems.</summary>
    public const string Catalog = nameof(Catalog);

    /// <summary>One usable set, ready to emit.</summary>
    public const string SetSpecs = nameof(SetSpecs);

    /// <summary>The ids and type names the catalog class lists.</summary>
    public const string CatalogIndex = nameof(CatalogIndex);

    /// <summary>MSBuild settings (the namespace of the generated code).</summary>
    public const string Settings = nameof(Settings);

    /// <summary>A set spec with the settings.</summary>
    public const string SetSpecsWithSettings = nameof(SetSpecsWithSettings);

    /// <summary>The catalog index with the settings.</summary>
    public const string CatalogIndexWithSettings = nameof(CatalogIndexWithSettings);

    /// <summary>The problems of one set.</summary>
    public const string SetDiagnostics = nameof(SetDiagnostics);

    /// <summary>The problems that span sets (duplicate ids).</summary>
    public const string CatalogDiagnostics = nameof(CatalogDiagnostics);
}
