using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Stores;

namespace VoiceHub.Search.Jobs;

/// <summary>
/// Rebuilds this node's index from PostgreSQL beside the live one (<c>{index}.new</c>) while the live one keeps serving
/// and following, then swaps it in (<see cref="IndexSync.SwapInAsync"/>). Runs for <c>voicehub reindex</c>: directly
/// when the CLI holds the index, else because the CLI recorded a request that each node's follower serves.
/// </summary>
public sealed class IndexRebuilder(IndexHolder holder, IndexSync sync, IndexRequestStore requests, ILogger<IndexRebuilder> log)
{
    private int _running;

    /// <summary>True while a rebuild is under way in this process.</summary>
    public bool Running => Volatile.Read(ref _running) == 1;

    /// <summary>Rebuilds if a request newer than the live index's exists. A fresh index being built anyway just takes the number.</summary>
    /// <returns>True when it rebuilt and swapped.</returns>
    public async Task<bool> ServeRequestsAsync(CancellationToken ct)
    {
        var live = holder.Current;
        if (!live.CanWrite) return false;
        var latest = await requests.LatestAsync(ct);
        if (latest <= live.RebuildRequest) return false;
        if (live.Rebuilding)
        {
            live.MarkRebuilt(latest);
            return false;
        }
        await RebuildAsync(latest, ct);
        return true;
    }

    /// <summary>Builds a fresh index beside the live one and swaps it in.</summary>
    /// <returns>How many items the new index holds, and how long it took.</returns>
    public async Task<(int Items, TimeSpan Took)> RebuildAsync(long request, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) throw new InvalidOperationException("A rebuild is already running.");
        try
        {
            var clock = Stopwatch.StartNew();
            var path = holder.Current.Path.TrimEnd('/') + ".new";
            log.LogInformation("Rebuilding the search index beside the live one, in {Path} (request {Request})", path, request);
            var fresh = LuceneIndex.Create(path, log);
            try
            {
                await sync.ApplyAsync(fresh, refresh: false, ct);
                var count = fresh.Count();
                await sync.SwapInAsync(fresh, request, ct);
                log.LogInformation("Rebuilt the search index: {Count} items in {Seconds:0.0}s", count, clock.Elapsed.TotalSeconds);
                return (holder.Current.Count(), clock.Elapsed);
            }
            catch
            {
                fresh.Dispose();
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                throw;
            }
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
