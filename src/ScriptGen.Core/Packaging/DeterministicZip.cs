using System.Buffers.Binary;
using System.Text;
using ScriptGen.Core.Bundling;

namespace ScriptGen.Core.Packaging;

/// <summary>
/// Writes a bundle as a zip whose bytes depend only on the bundle's files and a timestamp: entries stored (not
/// compressed, so no compressor version can change a byte), sorted by path below one folder named after the
/// bundle, every entry with the same DOS time (which cannot go below 1980-01-01), no extra fields, no attributes,
/// names in UTF-8. Any zip tool, Windows Explorer and Expand-Archive read it.
/// </summary>
public static class DeterministicZip
{
    /// <summary>The earliest time a DOS timestamp can hold.</summary>
    public static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const ushort VersionMadeBy = 20; // 2.0, MS-DOS host: external attributes are DOS attributes (none)
    private const ushort VersionNeeded = 20;
    private const ushort Utf8Names = 0x0800;

    /// <summary>The zip that sits beside <paramref name="bundleFolder"/>: &lt;set&gt;.zip next to &lt;set&gt;/.</summary>
    public static string PathFor(string bundleFolder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(bundleFolder)) + ".zip";

    /// <summary>The zip of <paramref name="files"/> under the folder <paramref name="root"/>, dated <paramref name="timestamp"/>.</summary>
    public static byte[] Write(string root, IEnumerable<BundleFile> files, DateTimeOffset timestamp)
    {
        var (time, date) = DosTime(timestamp);
        using var zip = new MemoryStream();
        using var central = new MemoryStream();
        var count = 0;
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var name = Encoding.UTF8.GetBytes($"{root}/{file.Path}");
            var crc = Crc32.Of(file.Bytes);
            var offset = checked((uint)zip.Position);
            var size = checked((uint)file.Bytes.Length);
            WriteHeader(zip, 0x04034b50, central: false, time, date, crc, size, name, offset);
            zip.Write(file.Bytes);
            WriteHeader(central, 0x02014b50, central: true, time, date, crc, size, name, offset);
            count++;
        }

        var centralOffset = checked((uint)zip.Position);
        central.Position = 0;
        central.CopyTo(zip);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)central.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], centralOffset);
        zip.Write(end);
        return zip.ToArray();
    }

    /// <summary>The DOS time and date of <paramref name="timestamp"/> in UTC, clamped to 1980-01-01..2107-12-31; seconds round down to even.</summary>
    public static (ushort Time, ushort Date) DosTime(DateTimeOffset timestamp)
    {
        var utc = timestamp < DosEpoch ? DosEpoch.UtcDateTime : timestamp.UtcDateTime;
        if (utc.Year > 2107)
        {
            utc = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        }

        return ((ushort)((utc.Hour << 11) | (utc.Minute << 5) | (utc.Second / 2)), (ushort)(((utc.Year - 1980) << 9) | (utc.Month << 5) | utc.Day));
    }

    private static void WriteHeader(Stream stream, uint signature, bool central, ushort time, ushort date, uint crc, uint size, byte[] name, uint offset)
    {
        Span<byte> header = stackalloc byte[central ? 46 : 30];
        var at = 0;
        BinaryPrimitives.WriteUInt32LittleEndian(header, signature);
        at += 4;
        if (central)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[at..], VersionMadeBy);
            at += 2;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(header[at..], VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 2)..], Utf8Names);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 4)..], 0); // stored
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 6)..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 8)..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 10)..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 14)..], size);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 18)..], size);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 22)..], checked((ushort)name.Length));
        if (central)
        {
            // extra length, comment length, disk number, internal and external attributes stay zero
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offset);
        }

        stream.Write(header);
        stream.Write(name);
    }
}
