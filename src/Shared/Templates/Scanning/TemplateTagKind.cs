namespace ScriptGen.Templates.Scanning;

/// <summary>The kinds of Handlebars tags a template can hold.</summary>
public enum TemplateTagKind
{
    /// <summary><c>{{name}}</c>: a value rendered as a single-quoted PowerShell literal.</summary>
    Value,
    /// <summary><c>{{helper arg…}}</c>: an inline helper call.</summary>
    Helper,
    /// <summary><c>{{#helper arg…}}</c>: the start of a block.</summary>
    BlockOpen,
    /// <summary><c>{{/helper}}</c>: the end of a block.</summary>
    BlockClose,
    /// <summary><c>{{else}}</c> or <c>{{^}}</c>.</summary>
    Else,
    /// <summary><c>{{> name}}</c>: a partial.</summary>
    Partial,
    /// <summary><c>{{! … }}</c> or <c>{{!-- … --}}</c>.</summary>
    Comment,
    /// <summary>Raw output in any form: <c>{{{x}}}</c>, <c>{{&amp;x}}</c>, <c>{{{{raw}}}}</c>, <c>\{{</c>.</summary>
    Raw,
    /// <summary>A tag this project does not support (paths, sub-expressions, hash arguments, inverted sections).</summary>
    Unsupported,
    /// <summary>A <c>{{</c> with no closing <c>}}</c>.</summary>
    Unterminated,
}
