namespace ScriptGen.Testing;

/// <summary>Thrown when output differs from its committed snapshot; the message holds the unified diff.</summary>
public sealed class SnapshotMismatchException(string message) : Exception(message);
