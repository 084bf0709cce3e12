using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Search.Jobs;

/// <summary>
/// Brings this process's index up to PostgreSQL: applies item changes after the index's cursor in batches, makes them
/// searchable, and commits the cursor with them. Idempotent: applying a change twice leaves the same document. The one
/// writer of the index: every write and every swap happens under its gate.
/// </summary>
public sealed class IndexSync(IndexHolder holder, ItemStore items, ILogger<IndexSync> log) : IDisposable
{
    private const int BatchSize = 4000;
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FreshRefreshEvery = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <returns>How many changes were applied.</returns>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        if (!holder.Current.CanWrite) return 0;
        await _gate.WaitAsync(ct);
        try
        {
            ReplaceIfFolderVanished();
            return await ApplyAsync(holder.Current, refresh: true, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Under the gate (so the live index takes no writes meanwhile): brings <paramref name="rebuilt"/> fully up to date,
    /// closes it, and has the holder swap its folder in for the live one's. The old folder is removed afterwards.
    /// </summary>
    public async Task SwapInAsync(LuceneIndex rebuilt, long request, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await ApplyAsync(rebuilt, refresh: false, ct);
            rebuilt.MarkRebuilt(request);
            rebuilt.Commit(rebuilt.Cursor, caughtUp: true);
            var newPath = rebuilt.Path;
            rebuilt.Dispose();

            var live = holder.Current.Path;
            var old = live.TrimEnd('/') + ".old";
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
            holder.Replace(() =>
            {
                Directory.Move(live, old);
                try
                {
                    Directory.Move(newPath, live);
                    return LuceneIndex.Open(live, write: true, log);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    log.LogError("Could not swap in the rebuilt index ({Error}); keeping the old one", e.Message);
                    if (Directory.Exists(live)) Directory.Move(live, newPath);
                    Directory.Move(old, live);
                    return LuceneIndex.Open(live, write: true, log);
                }
            });
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
            log.LogInformation("Swapped in the rebuilt search index at {Path} (request {Request}, change {Cursor})", live, request, holder.Current.Cursor);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Applies every change after <paramref name="index"/>'s cursor to it. A fresh index (cursor 0, empty) takes each item
    /// by <c>Add</c> up to the change number that was newest when it started: those items appear in the feed once, and
    /// skipping the delete-by-id that an update needs makes a million-item build far quicker. Any later change to the same
    /// item comes after that number and is applied as an update.
    /// </summary>
    internal async Task<int> ApplyAsync(LuceneIndex index, bool refresh, CancellationToken ct)
    {
        var addUpTo = index.Cursor == 0 && index.Count() == 0 ? await items.LatestChangeAsync(ct) : 0;
        // Each refresh flushes a small segment that must later be merged: a fresh build refreshes less often.
        var refreshEvery = addUpTo > 0 ? FreshRefreshEvery : RefreshEvery;
        var applied = 0;
        var sinceCommit = Stopwatch.StartNew();
        var sinceRefresh = Stopwatch.StartNew();
        // The next batch is read while this one is indexed: PostgreSQL and Lucene work at once.
        var next = items.ChangesAfterAsync(index.Cursor, BatchSize, ct);
        try
        {
            while (true)
            {
                var changes = await next;
                if (changes.Count == 0) break;
                next = changes.Count == BatchSize
                    ? items.ChangesAfterAsync(changes[^1].ChangeSeq, BatchSize, ct)
                    : Task.FromResult<IReadOnlyList<ItemChange>>([]);

                // Each item appears at most once in a batch, so the order within it does not matter.
                Parallel.ForEach(changes, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, change =>
                {
                    if (change.Deleted) index.Delete(change.Id);
                    else if (change.ChangeSeq <= addUpTo) index.Add(IndexSchema.Build(change));
                    else index.Update(change.Id, IndexSchema.Build(change));
                });
                index.Advance(changes[^1].ChangeSeq);
                applied += changes.Count;

                var last = changes.Count < BatchSize;
                if (refresh && (last || sinceRefresh.Elapsed > refreshEvery))
                {
                    index.Refresh();
                    sinceRefresh.Restart();
                }
                if (!last && sinceCommit.Elapsed > CommitEvery)
                {
                    index.Commit(index.Cursor, caughtUp: false);
                    sinceCommit.Restart();
                    log.LogInformation("Index at {Path} at change {Cursor}: {Applied} changes applied so far", index.Path, index.Cursor, applied);
                }
            }
        }
        finally
        {
            // When the loop ends early, neither leave the read-ahead running nor its fault unobserved.
            await next.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        if (applied > 0 || index.Rebuilding)
        {
            index.Commit(index.Cursor, caughtUp: true);
            if (refresh) index.Refresh();
        }
        return applied;
    }

    /// <summary>The folder was deleted under the running app: start a fresh index there, which the follower then rebuilds.</summary>
    private void ReplaceIfFolderVanished()
    {
        var path = holder.Current.Path;
        if (Directory.Exists(path) && Directory.EnumerateFiles(path, "segments_*").Any()) return;
        log.LogError("The search index folder {Path} has gone; starting a fresh index there and rebuilding it from the database", path);
        holder.Replace(() => LuceneIndex.Open(path, write: true, log), abandon: true);
    }

    /// <summary>Releases the lock; the container calls it when the hub stops.</summary>
    public void Dispose() => _gate.Dispose();
}
