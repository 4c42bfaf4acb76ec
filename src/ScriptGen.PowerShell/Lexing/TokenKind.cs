namespace ScriptGen.PowerShell.Lexing;

/// <summary>The kind of a token; names and values are those of PowerShell's own <c>TokenKind</c>, plus <see cref="Whitespace"/>.</summary>
public enum TokenKind
{
    /// <summary>A character sequence that is not a token (an error).</summary>
    Unknown = 0,
    /// <summary>A variable such as <c>$x</c>, <c>$env:Path</c> or <c>${a b}</c>.</summary>
    Variable = 1,
    /// <summary>A splatted variable such as <c>@params</c>.</summary>
    SplattedVariable = 2,
    /// <summary>A command parameter such as <c>-Name</c> or <c>-Name:</c>.</summary>
    Parameter = 3,
    /// <summary>A number literal.</summary>
    Number = 4,
    /// <summary>A loop label such as <c>:outer</c>.</summary>
    Label = 5,
    /// <summary>A simple name: a member name, a type name or a bare word in expression mode.</summary>
    Identifier = 6,
    /// <summary>A command name or argument in command mode (a bare word, possibly expandable).</summary>
    Generic = 7,
    /// <summary>A line break (CRLF, LF or CR).</summary>
    NewLine = 8,
    /// <summary>A backtick followed by a line break.</summary>
    LineContinuation = 9,
    /// <summary>A line comment or a block comment.</summary>
    Comment = 10,
    /// <summary>The end of the text (zero length).</summary>
    EndOfInput = 11,
    /// <summary>A single-quoted string.</summary>
    StringLiteral = 12,
    /// <summary>A double-quoted string.</summary>
    StringExpandable = 13,
    /// <summary>A single-quoted here-string.</summary>
    HereStringLiteral = 14,
    /// <summary>A double-quoted here-string.</summary>
    HereStringExpandable = 15,
    /// <summary><c>(</c></summary>
    LParen = 16,
    /// <summary><c>)</c></summary>
    RParen = 17,
    /// <summary><c>{</c></summary>
    LCurly = 18,
    /// <summary><c>}</c></summary>
    RCurly = 19,
    /// <summary><c>[</c></summary>
    LBracket = 20,
    /// <summary><c>]</c></summary>
    RBracket = 21,
    /// <summary><c>@(</c></summary>
    AtParen = 22,
    /// <summary><c>@{</c></summary>
    AtCurly = 23,
    /// <summary><c>$(</c></summary>
    DollarParen = 24,
    /// <summary><c>;</c></summary>
    Semi = 25,
    /// <summary><c>&amp;&amp;</c></summary>
    AndAnd = 26,
    /// <summary><c>||</c></summary>
    OrOr = 27,
    /// <summary><c>&amp;</c></summary>
    Ampersand = 28,
    /// <summary><c>|</c></summary>
    Pipe = 29,
    /// <summary><c>,</c></summary>
    Comma = 30,
    /// <summary><c>--</c></summary>
    MinusMinus = 31,
    /// <summary><c>++</c></summary>
    PlusPlus = 32,
    /// <summary><c>..</c></summary>
    DotDot = 33,
    /// <summary><c>::</c></summary>
    ColonColon = 34,
    /// <summary><c>.</c></summary>
    Dot = 35,
    /// <summary><c>!</c></summary>
    Exclaim = 36,
    /// <summary><c>*</c></summary>
    Multiply = 37,
    /// <summary><c>/</c></summary>
    Divide = 38,
    /// <summary><c>%</c></summary>
    Rem = 39,
    /// <summary><c>+</c></summary>
    Plus = 40,
    /// <summary><c>-</c></summary>
    Minus = 41,
    /// <summary><c>=</c></summary>
    Equals = 42,
    /// <summary><c>+=</c></summary>
    PlusEquals = 43,
    /// <summary><c>-=</c></summary>
    MinusEquals = 44,
    /// <summary><c>*=</c></summary>
    MultiplyEquals = 45,
    /// <summary><c>/=</c></summary>
    DivideEquals = 46,
    /// <summary><c>%=</c></summary>
    RemainderEquals = 47,
    /// <summary>An output redirection such as <c>&gt;</c>, <c>2&gt;&gt;</c> or <c>2&gt;&amp;1</c>.</summary>
    Redirection = 48,
    /// <summary><c>&lt;</c> (reserved, an error in a command).</summary>
    RedirectInStd = 49,
    /// <summary><c>-f</c></summary>
    Format = 50,
    /// <summary><c>-not</c></summary>
    Not = 51,
    /// <summary><c>-bnot</c></summary>
    Bnot = 52,
    /// <summary><c>-and</c></summary>
    And = 53,
    /// <summary><c>-or</c></summary>
    Or = 54,
    /// <summary><c>-xor</c></summary>
    Xor = 55,
    /// <summary><c>-band</c></summary>
    Band = 56,
    /// <summary><c>-bor</c></summary>
    Bor = 57,
    /// <summary><c>-bxor</c></summary>
    Bxor = 58,
    /// <summary><c>-join</c></summary>
    Join = 59,
    /// <summary><c>-eq</c> or <c>-ieq</c></summary>
    Ieq = 60,
    /// <summary><c>-ne</c> or <c>-ine</c></summary>
    Ine = 61,
    /// <summary><c>-ge</c> or <c>-ige</c></summary>
    Ige = 62,
    /// <summary><c>-gt</c> or <c>-igt</c></summary>
    Igt = 63,
    /// <summary><c>-lt</c> or <c>-ilt</c></summary>
    Ilt = 64,
    /// <summary><c>-le</c> or <c>-ile</c></summary>
    Ile = 65,
    /// <summary><c>-like</c> or <c>-ilike</c></summary>
    Ilike = 66,
    /// <summary><c>-notlike</c> or <c>-inotlike</c></summary>
    Inotlike = 67,
    /// <summary><c>-match</c> or <c>-imatch</c></summary>
    Imatch = 68,
    /// <summary><c>-notmatch</c> or <c>-inotmatch</c></summary>
    Inotmatch = 69,
    /// <summary><c>-replace</c> or <c>-ireplace</c></summary>
    Ireplace = 70,
    /// <summary><c>-contains</c> or <c>-icontains</c></summary>
    Icontains = 71,
    /// <summary><c>-notcontains</c> or <c>-inotcontains</c></summary>
    Inotcontains = 72,
    /// <summary><c>-in</c> or <c>-iin</c></summary>
    Iin = 73,
    /// <summary><c>-notin</c> or <c>-inotin</c></summary>
    Inotin = 74,
    /// <summary><c>-split</c> or <c>-isplit</c></summary>
    Isplit = 75,
    /// <summary><c>-ceq</c></summary>
    Ceq = 76,
    /// <summary><c>-cne</c></summary>
    Cne = 77,
    /// <summary><c>-cge</c></summary>
    Cge = 78,
    /// <summary><c>-cgt</c></summary>
    Cgt = 79,
    /// <summary><c>-clt</c></summary>
    Clt = 80,
    /// <summary><c>-cle</c></summary>
    Cle = 81,
    /// <summary><c>-clike</c></summary>
    Clike = 82,
    /// <summary><c>-cnotlike</c></summary>
    Cnotlike = 83,
    /// <summary><c>-cmatch</c></summary>
    Cmatch = 84,
    /// <summary><c>-cnotmatch</c></summary>
    Cnotmatch = 85,
    /// <summary><c>-creplace</c></summary>
    Creplace = 86,
    /// <summary><c>-ccontains</c></summary>
    Ccontains = 87,
    /// <summary><c>-cnotcontains</c></summary>
    Cnotcontains = 88,
    /// <summary><c>-cin</c></summary>
    Cin = 89,
    /// <summary><c>-cnotin</c></summary>
    Cnotin = 90,
    /// <summary><c>-csplit</c></summary>
    Csplit = 91,
    /// <summary><c>-is</c></summary>
    Is = 92,
    /// <summary><c>-isnot</c></summary>
    IsNot = 93,
    /// <summary><c>-as</c></summary>
    As = 94,
    /// <summary>Postfix <c>++</c> (an operator kind; the token is PlusPlus).</summary>
    PostfixPlusPlus = 95,
    /// <summary>Postfix <c>--</c> (an operator kind; the token is MinusMinus).</summary>
    PostfixMinusMinus = 96,
    /// <summary><c>-shl</c></summary>
    Shl = 97,
    /// <summary><c>-shr</c></summary>
    Shr = 98,
    /// <summary><c>:</c></summary>
    Colon = 99,
    /// <summary><c>?</c> (ternary)</summary>
    QuestionMark = 100,
    /// <summary><c>??=</c></summary>
    QuestionQuestionEquals = 101,
    /// <summary><c>??</c></summary>
    QuestionQuestion = 102,
    /// <summary><c>?.</c></summary>
    QuestionDot = 103,
    /// <summary><c>?[</c></summary>
    QuestionLBracket = 104,
    /// <summary>The keyword <c>begin</c>.</summary>
    Begin = 119,
    /// <summary>The keyword <c>break</c>.</summary>
    Break = 120,
    /// <summary>The keyword <c>catch</c>.</summary>
    Catch = 121,
    /// <summary>The keyword <c>class</c>.</summary>
    Class = 122,
    /// <summary>The keyword <c>continue</c>.</summary>
    Continue = 123,
    /// <summary>The keyword <c>data</c>.</summary>
    Data = 124,
    /// <summary>The keyword <c>define</c>.</summary>
    Define = 125,
    /// <summary>The keyword <c>do</c>.</summary>
    Do = 126,
    /// <summary>The keyword <c>dynamicparam</c>.</summary>
    Dynamicparam = 127,
    /// <summary>The keyword <c>else</c>.</summary>
    Else = 128,
    /// <summary>The keyword <c>elseif</c>.</summary>
    ElseIf = 129,
    /// <summary>The keyword <c>end</c>.</summary>
    End = 130,
    /// <summary>The keyword <c>exit</c>.</summary>
    Exit = 131,
    /// <summary>The keyword <c>filter</c>.</summary>
    Filter = 132,
    /// <summary>The keyword <c>finally</c>.</summary>
    Finally = 133,
    /// <summary>The keyword <c>for</c>.</summary>
    For = 134,
    /// <summary>The keyword <c>foreach</c>.</summary>
    Foreach = 135,
    /// <summary>The keyword <c>from</c>.</summary>
    From = 136,
    /// <summary>The keyword <c>function</c>.</summary>
    Function = 137,
    /// <summary>The keyword <c>if</c>.</summary>
    If = 138,
    /// <summary>The keyword <c>in</c>.</summary>
    In = 139,
    /// <summary>The keyword <c>param</c>.</summary>
    Param = 140,
    /// <summary>The keyword <c>process</c>.</summary>
    Process = 141,
    /// <summary>The keyword <c>return</c>.</summary>
    Return = 142,
    /// <summary>The keyword <c>switch</c>.</summary>
    Switch = 143,
    /// <summary>The keyword <c>throw</c>.</summary>
    Throw = 144,
    /// <summary>The keyword <c>trap</c>.</summary>
    Trap = 145,
    /// <summary>The keyword <c>try</c>.</summary>
    Try = 146,
    /// <summary>The keyword <c>until</c>.</summary>
    Until = 147,
    /// <summary>The keyword <c>using</c>.</summary>
    Using = 148,
    /// <summary>The keyword <c>var</c>.</summary>
    Var = 149,
    /// <summary>The keyword <c>while</c>.</summary>
    While = 150,
    /// <summary>The keyword <c>workflow</c>.</summary>
    Workflow = 151,
    /// <summary>The keyword <c>parallel</c>.</summary>
    Parallel = 152,
    /// <summary>The keyword <c>sequence</c>.</summary>
    Sequence = 153,
    /// <summary>The keyword <c>inlinescript</c>.</summary>
    InlineScript = 154,
    /// <summary>The keyword <c>configuration</c>.</summary>
    Configuration = 155,
    /// <summary>A dynamic keyword (a DSC resource or configuration keyword).</summary>
    DynamicKeyword = 156,
    /// <summary>The keyword <c>public</c>.</summary>
    Public = 157,
    /// <summary>The keyword <c>private</c>.</summary>
    Private = 158,
    /// <summary>The keyword <c>static</c>.</summary>
    Static = 159,
    /// <summary>The keyword <c>interface</c>.</summary>
    Interface = 160,
    /// <summary>The keyword <c>enum</c>.</summary>
    Enum = 161,
    /// <summary>The keyword <c>namespace</c>.</summary>
    Namespace = 162,
    /// <summary>The keyword <c>module</c>.</summary>
    Module = 163,
    /// <summary>The keyword <c>type</c>.</summary>
    Type = 164,
    /// <summary>The keyword <c>assembly</c>.</summary>
    Assembly = 165,
    /// <summary>The keyword <c>command</c>.</summary>
    Command = 166,
    /// <summary>The keyword <c>hidden</c>.</summary>
    Hidden = 167,
    /// <summary>The keyword <c>base</c>.</summary>
    Base = 168,
    /// <summary>The keyword <c>default</c>.</summary>
    Default = 169,
    /// <summary>The keyword <c>clean</c>.</summary>
    Clean = 170,
    /// <summary>Spaces, tabs and other blanks between tokens (not a PowerShell token kind: ScriptGen keeps it so tokens cover the text).</summary>
    Whitespace = 200,
}
