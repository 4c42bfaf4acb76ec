namespace ScriptGen.PowerShell.Syntax;

/// <summary>A module named by <c>#requires -Modules</c>: a name alone, or a module specification hashtable.</summary>
/// <param name="Name">The module name (<c>ModuleName</c> of a specification).</param>
/// <param name="Version">The <c>ModuleVersion</c> (minimum version), or null.</param>
/// <param name="RequiredVersion">The <c>RequiredVersion</c>, or null.</param>
/// <param name="MaximumVersion">The <c>MaximumVersion</c>, or null.</param>
/// <param name="Guid">The <c>GUID</c>, or null.</param>
public sealed record RequiredModule(string Name, string? Version = null, string? RequiredVersion = null, string? MaximumVersion = null, string? Guid = null);
