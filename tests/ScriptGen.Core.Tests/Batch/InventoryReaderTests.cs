using ScriptGen.Core.Batch;

namespace ScriptGen.Core.Tests.Batch;

public sealed class InventoryReaderTests
{
    private static readonly string[] Keys = ["tenant", "environment", "cloud", "changeId"];

    [Fact]
    public void Csv_rows_are_numbered_from_one_and_empty_cells_are_not_given()
    {
        var result = InventoryReader.Read("i.csv", "tenant,environment,changeId\r\ncontoso.com,dev,\r\n\"fabrikam.com\",\"prod\",\"CHG,1\"\r\n", Keys);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal((1, "contoso.com", null), (result.Rows[0].Number, result.Rows[0].Values.Values["tenant"], result.Rows[0].Values.Values["changeId"]));
        Assert.Equal((2, "CHG,1"), (result.Rows[1].Number, result.Rows[1].Values.Values["changeId"]));
    }

    [Fact]
    public void Csv_quotes_can_hold_quotes_and_line_breaks()
    {
        var result = InventoryReader.Read("i.csv", "tenant,changeId\n\"contoso.com\",\"a \"\"b\"\"\nc\"\n", Keys);

        Assert.Equal("a \"b\"\nc", result.Rows.Single().Values.Values["changeId"]);
    }

    [Fact]
    public void A_csv_row_with_the_wrong_number_of_fields_keeps_its_problem_to_itself()
    {
        var result = InventoryReader.Read("i.csv", "tenant,environment\ncontoso.com\nfabrikam.com,dev\n", Keys);

        Assert.Null(result.Error);
        Assert.Contains("has 1 fields; the header has 2", Assert.Single(result.Rows[0].Values.Errors).Rule, StringComparison.Ordinal);
        Assert.Empty(result.Rows[1].Values.Errors);
    }

    [Theory]
    [InlineData("i.csv", "tenant,tenantId\nx,y\n", "not parameters: tenantId")]
    [InlineData("i.csv", "tenant\n\"contoso.com\n", "not valid CSV")]
    [InlineData("i.csv", "tenant\n", "holds no rows")]
    [InlineData("i.json", "{ \"tenant\": \"contoso.com\" }", "must be a JSON array")]
    [InlineData("i.json", "[ { \"tenant\": ", "not valid JSON")]
    [InlineData("i.txt", "tenant\ncontoso.com\n", "must be a .json or .csv file")]
    public void An_unusable_inventory_is_reported_as_a_whole(string path, string text, string error)
    {
        Assert.Contains(error, InventoryReader.Read(path, text, Keys).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_rows_are_objects_of_the_params_keys()
    {
        var result = InventoryReader.Read("i.json", """[ { "tenant": "contoso.com", "environment": "dev" }, { "tenant": 5 } ]""", Keys);

        Assert.Equal("dev", result.Rows[0].Values.Values["environment"]);
        Assert.Equal("tenant", Assert.Single(result.Rows[1].Values.Errors).Name);
    }
}
