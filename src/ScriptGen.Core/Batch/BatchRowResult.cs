using ScriptGen.Core.Generation;
using ScriptGen.Core.Parameters;

namespace ScriptGen.Core.Batch;

/// <summary>The result of one inventory row: its number, status, the outcome when it was generated, and what went wrong.</summary>
public sealed record BatchRowResult(int Row, BatchRowStatus Status, GenerateOutcome? Outcome, IReadOnlyList<ParameterError> Errors, string? Failure);
