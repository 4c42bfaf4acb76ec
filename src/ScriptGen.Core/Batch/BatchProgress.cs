namespace ScriptGen.Core.Batch;

/// <summary>How far a batch has come: rows finished (either way) and failed, out of the total.</summary>
public readonly record struct BatchProgress(int Completed, int Failed, int Total);
