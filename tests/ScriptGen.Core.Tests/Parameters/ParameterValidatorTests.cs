using ScriptGen.Core.Parameters;
using ScriptGen.Core.Tests.Support;

namespace ScriptGen.Core.Tests.Parameters;

public sealed class ParameterValidatorTests
{
    private static readonly ScriptGen.Templates.Model.TemplateSetDeclaration Set = FixtureSets.Load("minimal").Declaration;

    [Fact]
    public void Valid_values_come_back_normalised_in_declaration_order_with_defaults()
    {
        var result = Validate(("tenant", "Contoso.com"), ("environment", "dev"), ("cloud", "global"));

        Assert.Empty(result.Errors);
        Assert.Equal(
            ["tenant=contoso.com", "environment=dev", "cloud=Global", "endpoint=", "server=", "changeId="],
            result.Values!.Values.Select(v => $"{v.Key}={v.Value}"));
        Assert.Equal("modern", result.Values.Variant);
    }

    [Fact]
    public void Missing_required_parameters_are_each_named()
    {
        var result = Validate();

        Assert.Equal(["tenant:is required", "environment:is required"], result.Errors.Select(e => $"{e.Name}:{e.Rule}"));
        Assert.Equal("--tenant", result.Errors[0].Option);
    }

    [Fact]
    public void A_conditionally_required_parameter_is_required_only_when_its_condition_holds()
    {
        var china = Validate(("tenant", "contoso.com"), ("environment", "dev"), ("cloud", "China"));
        var chinaWithEndpoint = Validate(("tenant", "contoso.com"), ("environment", "dev"), ("cloud", "China"), ("endpoint", "https://push.contoso.cn/x"));

        var error = Assert.Single(china.Errors);
        Assert.Equal(("endpoint", "is required when cloud is China"), (error.Name, error.Rule));
        Assert.True(chinaWithEndpoint.IsValid);
    }

    [Fact]
    public void Unknown_keys_are_rejected_by_name()
    {
        var result = Validate(("tenant", "contoso.com"), ("environment", "dev"), ("tenantId", "x"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("tenantId", error.Name);
        Assert.StartsWith("is not a parameter of minimal", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_variant_needs_allow_retired()
    {
        var refused = Validate(("tenant", "contoso.com"), ("environment", "dev"), ("variant", "Legacy"));
        var allowed = ParameterValidator.Validate(Set, Raw(("tenant", "contoso.com"), ("environment", "dev"), ("variant", "Legacy")), allowRetired: true);

        Assert.Contains("--allow-retired", Assert.Single(refused.Errors).Rule, StringComparison.Ordinal);
        Assert.Equal("legacy", allowed.Values!.Variant);
    }

    [Fact]
    public void An_unknown_variant_lists_the_variants()
    {
        var error = Assert.Single(Validate(("tenant", "contoso.com"), ("environment", "dev"), ("variant", "graph")).Errors);

        Assert.Equal(("variant", "must be one of modern or legacy"), (error.Name, error.Rule));
    }

    private static ParameterValidationResult Validate(params (string Key, string Value)[] values) =>
        ParameterValidator.Validate(Set, Raw(values), allowRetired: false);

    private static Dictionary<string, string?> Raw(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => (string?)v.Value);
}
