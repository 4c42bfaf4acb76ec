using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Generator.Model;

/// <summary>
/// A usable template set, everything the emitter needs: the shared checker's declaration, every file, and the
/// C# name stem of its generated types (<c>PushNotificationProxy</c>).
/// </summary>
internal sealed record TemplateSetSpec(string TypeStem, TemplateSetDeclaration Declaration, EquatableArray<TemplateFileSpec> Files);
