using System.Diagnostics;
using ScriptGen.Core.Batch;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// Draws a progress bar with counts and an estimate of the time left on an interactive stderr, at most ten times a
/// second; draws nothing when stderr is a file or a pipe (the summary line is the log).
/// </summary>
public sealed class BatchProgressDisplay(TextWriter error, bool interactive)
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private long _lastDrawn = -1000;
    private bool _drawn;

    /// <summary>Records progress; safe to call from any thread.</summary>
    public void Show(BatchProgress progress)
    {
        if (!interactive)
        {
            return;
        }

        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (now - _lastDrawn < 100 && progress.Completed < progress.Total)
            {
                return;
            }

            _lastDrawn = now;
            _drawn = true;
            var filled = progress.Total == 0 ? Width : progress.Completed * Width / progress.Total;
            var remaining = progress.Completed == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(now * (progress.Total - progress.Completed) / (double)progress.Completed);
            error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {progress.Completed}/{progress.Total}, {progress.Failed} failed, ETA {remaining:mm\\:ss} ");
        }
    }

    /// <summary>Ends the progress line so the summary starts on a line of its own.</summary>
    public void Finish()
    {
        if (_drawn)
        {
            error.WriteLine();
        }
    }
}
