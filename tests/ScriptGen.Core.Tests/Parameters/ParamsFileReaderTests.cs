using ScriptGen.Core.Parameters;

namespace ScriptGen.Core.Tests.Parameters;

public sealed class ParamsFileReaderTests
{
    [Fact]
    public void String_and_null_values_are_read_by_key()
    {
        var raw = ParamsFileReader.Read("""{ "tenant": "contoso.com", "pushUri": null }""");

        Assert.Empty(raw.Errors);
        Assert.Equal("contoso.com", raw.Values["tenant"]);
        Assert.Null(raw.Values["pushUri"]);
    }

    [Fact]
    public void Non_string_values_are_reported_against_their_key()
    {
        var raw = ParamsFileReader.Read("""{ "tenant": 42, "environment": ["dev"] }""");

        Assert.Equal(["tenant:must be a string, not a JSON number", "environment:must be a string, not a JSON array"], raw.Errors.Select(e => $"{e.Name}:{e.Rule}"));
    }

    [Theory]
    [InlineData("{ \"tenant\": \"contoso.com\", }")]
    [InlineData("[\"contoso.com\"]")]
    [InlineData("")]
    public void Files_that_are_not_one_json_object_are_reported_for_the_file(string json)
    {
        var error = Assert.Single(ParamsFileReader.Read(json).Errors);

        Assert.Equal(ParamsFileReader.FileKey, error.Name);
    }

    [Fact]
    public void Values_typed_on_the_command_line_win_over_the_file()
    {
        var merged = ParamsFileReader.Read("""{ "tenant": "file.com", "environment": "dev" }""")
            .OverlaidBy(new Dictionary<string, string?> { ["tenant"] = "cli.com" });

        Assert.Equal(("cli.com", "dev"), (merged.Values["tenant"], merged.Values["environment"]));
    }
}
