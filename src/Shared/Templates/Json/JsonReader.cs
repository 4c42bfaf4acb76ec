using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ScriptGen.Templates.Json;

/// <summary>
/// A strict RFC 8259 reader that records where each value starts, so declaration errors point at a line.
/// Rejects comments, trailing commas, duplicate member names and nesting deeper than <see cref="MaxDepth"/>.
/// </summary>
public sealed class JsonReader
{
    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private JsonReader(string text) => _text = text;

    /// <summary>Parses a whole document; throws <see cref="JsonSyntaxException"/> on the first error.</summary>
    public static JsonNode Parse(string text)
    {
        var reader = new JsonReader(text);
        if (reader.Peek() == '\uFEFF')
        {
            reader._position++;
        }

        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._position < text.Length)
        {
            throw reader.Error("Unexpected text after the end of the JSON value.");
        }

        return value;
    }

    private JsonNode ReadValue(int depth)
    {
        SkipWhitespace();
        var line = _line;
        var column = Column;
        var c = Peek();
        switch (c)
        {
            case '{':
                return ReadObject(depth + 1, line, column);
            case '[':
                return ReadArray(depth + 1, line, column);
            case '"':
                return new JsonScalarNode(line, column, JsonScalarKind.String, ReadString());
            case 't':
                ExpectWord("true");
                return new JsonScalarNode(line, column, JsonScalarKind.Boolean, "true");
            case 'f':
                ExpectWord("false");
                return new JsonScalarNode(line, column, JsonScalarKind.Boolean, "false");
            case 'n':
                ExpectWord("null");
                return new JsonScalarNode(line, column, JsonScalarKind.Null, null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return new JsonScalarNode(line, column, JsonScalarKind.Number, ReadNumber());
                }

                throw Error(_position >= _text.Length ? "Unexpected end of the document." : $"Unexpected character '{c}'.");
        }
    }

    private JsonObjectNode ReadObject(int depth, int line, int column)
    {
        CheckDepth(depth);
        _position++;
        var members = new List<KeyValuePair<string, JsonNode>>();
        var names = new HashSet<string>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new JsonObjectNode(line, column, members);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("Expected a member name in double quotes.");
            }

            var name = ReadString();
            if (!names.Add(name))
            {
                throw Error($"The member name '{name}' appears twice in one object.");
            }

            SkipWhitespace();
            Expect(':');
            members.Add(new KeyValuePair<string, JsonNode>(name, ReadValue(depth)));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            return new JsonObjectNode(line, column, members);
        }
    }

    private JsonArrayNode ReadArray(int depth, int line, int column)
    {
        CheckDepth(depth);
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new JsonArrayNode(line, column, items);
        }

        while (true)
        {
            items.Add(ReadValue(depth));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            return new JsonArrayNode(line, column, items);
        }
    }

    private string ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("The string is not terminated.");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error("Control characters must be escaped inside strings.");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = _position < _text.Length ? _text[_position++] : '\0';
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u': builder.Append(ReadHexEscape()); break;
                default: throw Error("Invalid escape sequence in string.");
            }
        }
    }

    private char ReadHexEscape()
    {
        if (_position + 4 > _text.Length ||
            !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw Error("Invalid \\u escape in string.");
        }

        _position += 4;
        return (char)code;
    }

    private string ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else
        {
            ReadDigits();
        }

        if (Peek() == '.')
        {
            _position++;
            ReadDigits();
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _position++;
            if (Peek() == '+' || Peek() == '-')
            {
                _position++;
            }

            ReadDigits();
        }

        return _text.Substring(start, _position - start);
    }

    private void ReadDigits()
    {
        var start = _position;
        while (Peek() >= '0' && Peek() <= '9')
        {
            _position++;
        }

        if (_position == start)
        {
            throw Error("Expected a digit.");
        }
    }

    private void ExpectWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error($"Expected '{word}'.");
        }

        _position += word.Length;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error(_position >= _text.Length ? $"Expected '{c}' before the end of the document." : $"Expected '{c}'.");
        }

        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"The document nests deeper than {MaxDepth} levels.");
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private int Column => _position - _lineStart + 1;

    private JsonSyntaxException Error(string message) => new(message, _line, Column);
}
