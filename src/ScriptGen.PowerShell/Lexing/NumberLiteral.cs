using System.Globalization;
using System.Numerics;

namespace ScriptGen.PowerShell.Lexing;

/// <summary>
/// Reads PowerShell numeric literals: decimal, hex (<c>0x</c>), binary (<c>0b</c>), reals with exponents, type
/// suffixes (<c>y uy s us l ul u n d</c>) and multipliers (<c>kb mb gb tb pb</c>), with PowerShell's value rules
/// (an 8-digit hex literal is a signed int, so <c>0xFFFFFFFF</c> is -1).
/// </summary>
public static class NumberLiteral
{
    [Flags]
    internal enum Suffix
    {
        None = 0,
        Unsigned = 1,
        SignedByte = 2,
        UnsignedByte = 3,
        Short = 4,
        UnsignedShort = 5,
        Long = 8,
        UnsignedLong = 9,
        Decimal = 0x10,
        BigInteger = 0x20,
    }

    internal enum Format
    {
        Decimal,
        Hex,
        Binary,
    }

    /// <summary>What a scan of a numeric literal found; <see cref="End"/> is the offset after its last character.</summary>
    internal struct Shape
    {
        public int End;
        public bool NotNumber;
        public Format Format;
        public Suffix Suffix;
        public bool Real;
        public long Multiplier;
        public bool Negative;
        public int DigitsStart;
        public int DigitsEnd;
    }

    /// <summary>The value of a numeric literal's text (e.g. <c>0x10</c>, <c>1.5gb</c>, <c>-3l</c>), or null when it is not a valid number.</summary>
    public static object? GetValue(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        var shape = Scan(text, 0);
        if (shape.NotNumber || shape.End != text.Length)
        {
            return null;
        }

        return TryGetValue(text, shape, out var value) ? value : null;
    }

    /// <summary>
    /// Scans the longest numeric literal starting at <paramref name="start"/>, whose first character is a sign, a dot,
    /// a digit or the <c>!</c> PowerShell's tokenizer lets lead a number probe. Whether the character after it ends
    /// the token depends on the tokenizer mode, so the caller checks that.
    /// </summary>
    internal static Shape Scan(ReadOnlySpan<char> s, int start)
    {
        var shape = new Shape { Multiplier = 1 };
        var i = start;
        var first = At(s, i++);
        if (first.IsDash() || first == '+')
        {
            shape.Negative = first != '+';
            first = At(s, i++);
        }

        shape.DigitsStart = i - 1;
        if (first == '.')
        {
            shape.Real = true;
            i = ScanAfterDot(s, i, ref shape);
        }
        else if (first == '0' && At(s, i) is 'x' or 'X' or 'b' or 'B')
        {
            var hex = At(s, i) is 'x' or 'X';
            i++;
            shape.DigitsStart = i;
            shape.Format = hex ? Format.Hex : Format.Binary;
            while (hex ? At(s, i).IsHexDigit() : At(s, i).IsBinaryDigit())
            {
                i++;
            }

            // "0b" with no digit is not a number; "0x" with none reads as 0, as in PowerShell.
            shape.NotNumber = !hex && i == shape.DigitsStart && !shape.Negative;
        }
        else
        {
            while (At(s, i).IsDecimalDigit())
            {
                i++;
            }

            var c = At(s, i);
            if (c == '.' && At(s, i + 1) != '.')
            {
                shape.Real = true;
                i = ScanAfterDot(s, i + 1, ref shape);
            }
            else if (c is 'e' or 'E')
            {
                shape.Real = true;
                i = ScanExponent(s, i + 1, ref shape);
            }
        }

        shape.DigitsEnd = i;
        i = ScanSuffix(s, i, ref shape);
        i = ScanMultiplier(s, i, ref shape);
        shape.End = i;
        return shape;
    }

    private static char At(ReadOnlySpan<char> s, int i) => (uint)i < (uint)s.Length ? s[i] : '\0';

    private static int ScanAfterDot(ReadOnlySpan<char> s, int i, ref Shape shape)
    {
        while (At(s, i).IsDecimalDigit())
        {
            i++;
        }

        return At(s, i) is 'e' or 'E' ? ScanExponent(s, i + 1, ref shape) : i;
    }

    private static int ScanExponent(ReadOnlySpan<char> s, int i, ref Shape shape)
    {
        var c = At(s, i);
        if (c == '+' || c.IsDash())
        {
            i++;
        }

        var digitsStart = i;
        while (At(s, i).IsDecimalDigit())
        {
            i++;
        }

        if (i == digitsStart)
        {
            shape.NotNumber = true;
        }

        return i;
    }

    private static int ScanSuffix(ReadOnlySpan<char> s, int i, ref Shape shape)
    {
        var c = At(s, i);
        if (!c.IsTypeSuffix())
        {
            return i;
        }

        i++;
        shape.Suffix = char.ToLowerInvariant(c) switch
        {
            'u' => Suffix.Unsigned,
            's' => Suffix.Short,
            'l' => Suffix.Long,
            'd' => Suffix.Decimal,
            'y' => Suffix.SignedByte,
            _ => Suffix.BigInteger,
        };
        c = At(s, i);
        if (!c.IsTypeSuffix())
        {
            return i;
        }

        i++;
        if (shape.Suffix == Suffix.Unsigned && char.ToLowerInvariant(c) is 'l' or 's' or 'y')
        {
            shape.Suffix |= char.ToLowerInvariant(c) switch { 'l' => Suffix.Long, 's' => Suffix.Short, _ => Suffix.SignedByte };
        }
        else
        {
            shape.NotNumber = true;
        }

        return i;
    }

    private static int ScanMultiplier(ReadOnlySpan<char> s, int i, ref Shape shape)
    {
        var c = At(s, i);
        if (!c.IsMultiplierStart())
        {
            return i;
        }

        shape.Multiplier = char.ToLowerInvariant(c) switch
        {
            'k' => 1L << 10,
            'm' => 1L << 20,
            'g' => 1L << 30,
            't' => 1L << 40,
            _ => 1L << 50,
        };
        if (At(s, i + 1) is 'b' or 'B')
        {
            return i + 2;
        }

        shape.NotNumber = true;
        return i + 1;
    }

    /// <summary>Computes the value of a scanned literal; false when it does not fit the type its suffix asks for.</summary>
    internal static bool TryGetValue(ReadOnlySpan<char> s, in Shape shape, out object? value)
    {
        value = null;
        var digits = s[shape.DigitsStart..shape.DigitsEnd];
        if (digits.IndexOfAnyExcept("0123456789abcdefABCDEF.eE+-\u2013\u2014\u2015") >= 0)
        {
            return false;
        }

        try
        {
            return shape.Real ? TryGetReal(digits, shape, out value) : TryGetInteger(digits, shape, out value);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool TryGetReal(ReadOnlySpan<char> digits, in Shape shape, out object? value)
    {
        Span<char> buffer = digits.Length <= 256 ? stackalloc char[digits.Length + 1] : new char[digits.Length + 1];
        var length = 0;
        if (shape.Negative)
        {
            buffer[length++] = '-';
        }

        foreach (var c in digits)
        {
            buffer[length++] = c.IsDash() ? '-' : c;
        }

        var text = buffer[..length];
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        value = null;
        if (shape.Suffix == Suffix.Decimal)
        {
            if (!decimal.TryParse(text, style, NumberFormatInfo.InvariantInfo, out var d))
            {
                return false;
            }

            value = d * shape.Multiplier;
            return true;
        }

        if (!double.TryParse(text, style, NumberFormatInfo.InvariantInfo, out var number))
        {
            return false;
        }

        if (number == 0.0 && shape.Negative)
        {
            number = -0.0;
        }

        number *= shape.Multiplier;
        if (shape.Suffix == Suffix.None)
        {
            value = number;
            return true;
        }

        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            return false;
        }

        return TryFitSuffix(new BigInteger(Math.Round(number)), shape.Suffix, Format.Decimal, out value);
    }

    private static bool TryGetInteger(ReadOnlySpan<char> digits, in Shape shape, out object? value)
    {
        value = null;
        var suffix = shape.Suffix;
        BigInteger number;
        switch (shape.Format)
        {
            case Format.Hex:
                number = ParseHex(digits, suffix);
                if (digits.Length == 16 && suffix is Suffix.None or Suffix.Unsigned)
                {
                    suffix |= Suffix.Long;
                }

                break;
            case Format.Binary:
                if (digits.IsEmpty)
                {
                    return false;
                }

                number = ParseBinary(digits, (suffix & Suffix.Unsigned) != 0);
                if (digits.Length == 64 && suffix is Suffix.None or Suffix.Unsigned)
                {
                    suffix |= Suffix.Long;
                }

                break;
            default:
                if (!BigInteger.TryParse(digits, NumberStyles.None, NumberFormatInfo.InvariantInfo, out number))
                {
                    return false;
                }

                break;
        }

        number *= shape.Multiplier;
        if (shape.Negative)
        {
            number = -number;
        }

        return TryFitSuffix(number, suffix, shape.Format, out value);
    }

    private static BigInteger ParseHex(ReadOnlySpan<char> digits, Suffix suffix)
    {
        var unsignedValue = BigInteger.Zero;
        foreach (var c in digits)
        {
            unsignedValue = (unsignedValue << 4) + HexValue(c);
        }

        // A literal that fills its type exactly carries a sign bit: 0xFF... of 8 digits is an int, of 16 a long.
        if ((suffix & Suffix.Unsigned) == 0)
        {
            var width = suffix switch
            {
                Suffix.SignedByte => 2,
                Suffix.Short => 4,
                Suffix.Long => 16,
                _ => digits.Length < 16 ? 8 : 16,
            };
            if (digits.Length == width && HexValue(digits[0]) >= 8)
            {
                unsignedValue -= BigInteger.One << (4 * width);
            }
        }

        return unsignedValue;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static BigInteger ParseBinary(ReadOnlySpan<char> digits, bool unsigned)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            value = (value << 1) + (c - '0');
        }

        var signed = !unsigned && digits.Length > 0 && digits[0] == '1'
            && digits.Length is 8 or 16 or 32 or 64 or 96 or >= 128;
        return signed ? value - (BigInteger.One << digits.Length) : value;
    }

    private static bool TryFitSuffix(BigInteger number, Suffix suffix, Format format, out object? value)
    {
        value = suffix switch
        {
            Suffix.SignedByte => Fits(number, sbyte.MinValue, sbyte.MaxValue) ? (sbyte)number : null,
            Suffix.UnsignedByte => Fits(number, byte.MinValue, byte.MaxValue) ? (byte)number : null,
            Suffix.Short => Fits(number, short.MinValue, short.MaxValue) ? (short)number : null,
            Suffix.UnsignedShort => Fits(number, ushort.MinValue, ushort.MaxValue) ? (ushort)number : null,
            Suffix.Long => Fits(number, long.MinValue, long.MaxValue) ? (long)number : null,
            Suffix.Unsigned => Fits(number, uint.MinValue, uint.MaxValue) ? (uint)number
                : Fits(number, ulong.MinValue, ulong.MaxValue) ? (ulong)number : null,
            Suffix.UnsignedLong => Fits(number, ulong.MinValue, ulong.MaxValue) ? (ulong)number : null,
            Suffix.Decimal => Fits(number, (BigInteger)decimal.MinValue, (BigInteger)decimal.MaxValue) ? (decimal)number : null,
            Suffix.BigInteger => number,
            Suffix.None => Fits(number, int.MinValue, int.MaxValue) ? (int)number
                : Fits(number, long.MinValue, long.MaxValue) ? (long)number
                : format != Format.Decimal ? null
                : Fits(number, (BigInteger)decimal.MinValue, (BigInteger)decimal.MaxValue) ? (decimal)number
                : (double)number,
            _ => null,
        };
        return value is not null;
    }

    private static bool Fits(BigInteger number, BigInteger min, BigInteger max) => number >= min && number <= max;
}
