namespace ScriptGen.Core.Signing;

/// <summary>The time-stamp authority could not be reached or its answer cannot be used.</summary>
public sealed class TimestampException(string message, Exception? inner = null) : Exception(message, inner);
