using System.Collections.Concurrent;
using ScriptGen.Core.Generation;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Rendering;

namespace ScriptGen.Core.Batch;

/// <summary>
/// Generates one bundle per inventory row. Every row is validated first; invalid rows and rows that name a bundle an
/// earlier row already names are reported and skipped. Valid rows are generated in parallel, one per core, each
/// exactly as a single `generate` would, so a row gives the same bytes alone or in a batch. Memory stays bounded:
/// a row's bytes are released once its bundle is written.
/// </summary>
public sealed class BatchGenerator(BundleGenerator generator, int degreeOfParallelism)
{
    /// <summary>Runs the batch; <paramref name="progress"/> is called from worker threads after each row.</summary>
    public IReadOnlyList<BatchRowResult> Generate(BatchRequest request, Action<BatchProgress>? progress = null)
    {
        var results = new BatchRowResult?[request.Rows.Count];
        var valid = new List<(int Index, ParameterValues Values)>();
        var bundles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < request.Rows.Count; i++)
        {
            var row = request.Rows[i];
            var raw = new RawParameters(request.Defaults, []).OverlaidBy(row.Values.Values).OverlaidBy(request.Overrides);
            var validation = row.Values.Errors.Count > 0
                ? new ParameterValidationResult(null, row.Values.Errors)
                : ParameterValidator.Validate(request.Set.Declaration, raw.Values, request.AllowRetired);
            if (!validation.IsValid)
            {
                results[i] = new BatchRowResult(row.Number, BatchRowStatus.Invalid, null, validation.Errors, null);
                continue;
            }

            var key = $"{validation.Values!.Tenant}/{validation.Values.Environment}";
            if (bundles.TryGetValue(key, out var first))
            {
                results[i] = new BatchRowResult(row.Number, BatchRowStatus.Invalid, null,
                    [new ParameterError(Templates.Model.BuiltInValues.EnvironmentParameter, validation.Values.Environment, $"names the bundle {key} that row {first} already names")], null);
                continue;
            }

            bundles[key] = row.Number;
            valid.Add((i, validation.Values));
        }

        var completed = 0;
        var failed = 0;
        void Report(bool ok)
        {
            var done = Interlocked.Increment(ref completed);
            var bad = ok ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
            progress?.Invoke(new BatchProgress(done, bad, request.Rows.Count));
        }

        foreach (var result in results.Where(r => r is not null))
        {
            Report(ok: false);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism) };
        Parallel.ForEach(Partitioner.Create(valid, EnumerablePartitionerOptions.NoBuffering), options, item =>
        {
            var row = request.Rows[item.Index];
            var result = GenerateRow(row.Number, new GenerateRequest(request.Set, item.Values, request.OutputRoot, request.Force, request.CreatedUtc, request.Signer, request.Zip));
            results[item.Index] = result;
            Report(result.Status == BatchRowStatus.Succeeded);
        });

        return results.Select(r => r!).ToArray();
    }

    private BatchRowResult GenerateRow(int row, GenerateRequest request)
    {
        try
        {
            var outcome = generator.Generate(request);
            var ok = outcome.Status is GenerateStatus.Created or GenerateStatus.Replaced or GenerateStatus.Unchanged;
            return new BatchRowResult(row, ok ? BatchRowStatus.Succeeded : BatchRowStatus.Failed, outcome, [], null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or TemplateRenderException or Signing.TimestampException)
        {
            return new BatchRowResult(row, BatchRowStatus.Failed, null, [], ex.Message);
        }
    }
}
