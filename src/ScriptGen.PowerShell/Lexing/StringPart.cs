namespace ScriptGen.PowerShell.Lexing;

/// <summary>
/// A variable or <c>$( )</c> sub-expression found inside an expandable string or bare word, as source offsets.
/// The parser turns each part into a nested expression. Outside here-strings, PowerShell reads a doubled quote
/// (<c>""</c> or <c>`"</c>) inside a sub-expression as one quote: <see cref="CollapsesQuotes"/> says so.
/// </summary>
internal readonly record struct StringPart(int Start, int End, bool IsSubExpression, bool CollapsesQuotes);
