using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Stores;

namespace VoiceHub.Search.Jobs;

/// <summary>
/// Brings the index up to PostgreSQL: applies item changes after the index's cursor in batches, makes them searchable
/// at once, and commits the cursor with them. Idempotent: applying a change twice leaves the same document.
/// </summary>
public sealed class IndexSync(LuceneIndex index, ItemStore items, ILogger<IndexSync> log)
{
    private const int BatchSize = 2000;
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public LuceneIndex Index => index;

    /// <returns>How many changes were applied.</returns>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        if (!index.CanWrite) return 0;
        await _gate.WaitAsync(ct);
        try
        {
            var applied = 0;
            var sinceCommit = Stopwatch.StartNew();
            while (true)
            {
                var changes = await items.ChangesAfterAsync(index.Cursor, BatchSize, ct);
                if (changes.Count == 0) break;
                foreach (var change in changes)
                {
                    if (change.Deleted) index.Delete(change.Id);
                    else index.Update(change.Id, IndexSchema.Build(change));
                }
                index.Advance(changes[^1].ChangeSeq);
                applied += changes.Count;
                index.Refresh();
                if (sinceCommit.Elapsed > CommitEvery)
                {
                    index.Commit(index.Cursor, caughtUp: false);
                    sinceCommit.Restart();
                    log.LogInformation("Index at change {Cursor}: {Applied} changes applied so far", index.Cursor, applied);
                }
            }
            if (applied > 0 || index.Rebuilding)
            {
                index.Commit(index.Cursor, caughtUp: true);
                index.Refresh();
            }
            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }
}
