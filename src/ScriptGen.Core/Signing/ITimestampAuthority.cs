namespace ScriptGen.Core.Signing;

/// <summary>An RFC 3161 time-stamp authority: sends a DER TimeStampReq and returns the DER TimeStampResp.</summary>
public interface ITimestampAuthority
{
    /// <summary>Where the requests go, as CHANGE.md names it.</summary>
    Uri Address { get; }

    /// <summary>Sends <paramref name="request"/>; throws <see cref="TimestampException"/> when no response comes.</summary>
    byte[] Send(byte[] request);
}
