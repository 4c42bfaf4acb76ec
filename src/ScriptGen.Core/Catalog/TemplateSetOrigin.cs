namespace ScriptGen.Core.Catalog;

/// <summary>Where a template set came from; recorded in the manifest without any machine path.</summary>
public enum TemplateSetOrigin
{
    /// <summary>Compiled into ScriptGen from the repository's templates/ folder.</summary>
    BuiltIn,
    /// <summary>Read at run time from a folder named by --templates.</summary>
    Folder,
}
