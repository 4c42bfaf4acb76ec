using System.Globalization;
using ScriptGen.Core.Bundling;

namespace ScriptGen.Core.Tests.Bundling;

public sealed class ManifestWriterTests
{
    [Theory]
    [InlineData("2026-01-31T08:00:00+00:00", "2026-01-31T08:00:00Z")]
    [InlineData("2026-11-22T23:59:59-05:00", "2026-11-23T04:59:59Z")]
    [InlineData("0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00", "9999-12-31T23:59:59Z")]
    public void A_timestamp_is_written_in_UTC_to_the_second(string value, string expected) =>
        Assert.Equal(expected, ManifestWriter.FormatTimestamp(DateTimeOffset.Parse(value, CultureInfo.InvariantCulture)));
}
