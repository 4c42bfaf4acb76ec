using System.Collections;

namespace ScriptGen.PowerShell.Lexing;

/// <summary>
/// The tokens of a script, stored in fixed-size chunks. One array per script would land on the large object heap
/// for any script over about 16 KB, and large-object allocations trigger full collections: parsing a corpus then
/// spends more time in the garbage collector than in the parser.
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    // 1024 tokens of 20 bytes: 20 KB per chunk, well below the 85,000-byte large object threshold.
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<Token[]> _chunks = [];

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <inheritdoc />
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _chunks[index >> ChunkShift][index & ChunkMask];
        }

        set
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            _chunks[index >> ChunkShift][index & ChunkMask] = value;
        }
    }

    /// <summary>Appends a token.</summary>
    public void Add(Token token)
    {
        var chunk = Count >> ChunkShift;
        if (chunk == _chunks.Count)
        {
            // The first chunk starts small: most scripts are short.
            _chunks.Add(new Token[chunk == 0 ? 64 : ChunkSize]);
        }
        else if (chunk == 0 && Count == _chunks[0].Length)
        {
            Array.Resize(ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_chunks)[0], Math.Min(ChunkSize, Count * 2));
        }

        _chunks[chunk][Count & ChunkMask] = token;
        Count++;
    }

    /// <summary>Forgets the tokens from <paramref name="count"/> on.</summary>
    public void Truncate(int count) => Count = Math.Clamp(count, 0, Count);

    /// <inheritdoc />
    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
