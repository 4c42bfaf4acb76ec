namespace ScriptGen.Core.Rendering;

/// <summary>A template could not render with the values given: a defect in the template, never in the user's input.</summary>
public sealed class TemplateRenderException(string message, Exception? inner = null) : Exception(message, inner);
