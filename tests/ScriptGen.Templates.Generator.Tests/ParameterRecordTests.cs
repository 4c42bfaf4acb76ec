using ScriptGen.Core.Parameters;
using ScriptGen.Templates.Generator.Tests.Support;
using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Generator.Tests;

/// <summary>The typed parameter record is a view over the declaration: validation is ParameterValidator's, not a generated copy.</summary>
public sealed class ParameterRecordTests
{
    private static readonly Lazy<GeneratedAssembly> LazyAssembly = new(() => GeneratedAssembly.Load(GeneratorHarness.Run(TemplateFiles.Fixture())));

    private static GeneratedAssembly Generated => LazyAssembly.Value;

    private static TemplateSetDeclaration Declaration =>
        (TemplateSetDeclaration)Generated.Type("SmallSetTemplateSet").GetProperty("Declaration")!.GetValue(null)!;

    [Fact]
    public void Properties_are_typed_from_the_declaration()
    {
        var record = Generated.Type("SmallSetParameters");

        Assert.Equal(typeof(string), record.GetProperty("Tenant")!.PropertyType);
        Assert.Equal(typeof(Nullable<>).MakeGenericType(Generated.Type("SmallSetCloud")), record.GetProperty("Cloud")!.PropertyType);
        Assert.Equal(["Global", "China"], System.Enum.GetNames(Generated.Type("SmallSetCloud")));
        Assert.Equal(["Modern", "Legacy"], System.Enum.GetNames(Generated.Type("SmallSetVariant")));
        Assert.True(IsRequired(record, "Tenant"));
        Assert.True(IsRequired(record, "Environment"));
        Assert.False(IsRequired(record, "Endpoint"));
    }

    [Fact]
    public void ToRawValues_uses_the_json_keys_and_declared_enum_text_and_leaves_out_nulls()
    {
        var parameters = Create(("Tenant", "contoso.com"), ("Environment", "dev"), ("Cloud", EnumValue("SmallSetCloud", "China")), ("Variant", EnumValue("SmallSetVariant", "Legacy")));

        var raw = (IReadOnlyDictionary<string, string?>)Call(parameters, "ToRawValues");

        Assert.Equal(
            new Dictionary<string, string?> { ["tenant"] = "contoso.com", ["environment"] = "dev", ["cloud"] = "China", ["variant"] = "legacy" },
            raw);
    }

    [Fact]
    public void Validate_reports_exactly_what_ParameterValidator_reports_for_the_same_values()
    {
        var parameters = Create(("Tenant", "Contoso.COM"), ("Environment", "con"), ("Cloud", EnumValue("SmallSetCloud", "China")), ("ChangeId", "chg1"));

        var typed = (ParameterValidationResult)Call(parameters, "Validate", false);

        var direct = ParameterValidator.Validate(Declaration, new Dictionary<string, string?> { ["tenant"] = "Contoso.COM", ["environment"] = "con", ["cloud"] = "China", ["changeId"] = "chg1" }, allowRetired: false);
        Assert.False(typed.IsValid);
        Assert.Equal(direct.Errors, typed.Errors);
        Assert.Equal(["environment", "changeId", "endpoint"], typed.Errors.Select(e => e.Name));
    }

    [Fact]
    public void A_retired_variant_passes_only_when_allowed()
    {
        var parameters = Create(("Tenant", "contoso.com"), ("Environment", "dev"), ("Variant", EnumValue("SmallSetVariant", "Legacy")));

        Assert.False(((ParameterValidationResult)Call(parameters, "Validate", false)).IsValid);
        Assert.True(((ParameterValidationResult)Call(parameters, "Validate", true)).IsValid);
    }

    [Fact]
    public void FromValues_builds_the_record_from_validated_normalised_values_with_defaults()
    {
        var parameters = Create(("Tenant", "Contoso.COM"), ("Environment", "dev"), ("ChangeId", "CHG0001"));
        var values = ((ParameterValidationResult)Call(parameters, "Validate", false)).Values!;

        var typed = Generated.Type("SmallSetParameters").GetMethod("FromValues")!.Invoke(null, [values])!;

        var expected = Create(("Tenant", "contoso.com"), ("Environment", "dev"), ("Cloud", EnumValue("SmallSetCloud", "Global")), ("ChangeId", "CHG0001"), ("Variant", EnumValue("SmallSetVariant", "Modern")));
        Assert.Equal(expected, typed);
    }

    private static object Create(params (string Property, object Value)[] values)
    {
        var type = Generated.Type("SmallSetParameters");
        var instance = Activator.CreateInstance(type)!;
        foreach (var (property, value) in values)
        {
            type.GetProperty(property)!.SetValue(instance, value);
        }

        return instance;
    }

    private static object EnumValue(string type, string name) => System.Enum.Parse(Generated.Type(type), name);

    private static object Call(object instance, string method, params object[] arguments) =>
        instance.GetType().GetMethod(method)!.Invoke(instance, arguments)!;

    private static bool IsRequired(Type type, string property) =>
        type.GetProperty(property)!.CustomAttributes.Any(a => a.AttributeType.Name == "RequiredMemberAttribute");
}
