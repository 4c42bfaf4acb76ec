using System.Net.Http.Headers;

namespace ScriptGen.Core.Signing;

/// <summary>A time-stamp authority reached over HTTP(S), as RFC 3161 section 3.4 describes.</summary>
public sealed class HttpTimestampAuthority(Uri address, HttpClient client) : ITimestampAuthority
{
    private static readonly MediaTypeHeaderValue QueryType = new("application/timestamp-query");

    /// <inheritdoc />
    public Uri Address { get; } = address;

    /// <inheritdoc />
    public byte[] Send(byte[] request)
    {
        try
        {
            using var content = new ByteArrayContent(request);
            content.Headers.ContentType = QueryType;
            using var response = client.Send(new HttpRequestMessage(HttpMethod.Post, Address) { Content = content });
            if (!response.IsSuccessStatusCode)
            {
                throw new TimestampException($"the time-stamp authority {Address} answered HTTP {(int)response.StatusCode}");
            }

            using var stream = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            throw new TimestampException($"the time-stamp authority {Address} could not be reached: {ex.Message}", ex);
        }
    }
}
