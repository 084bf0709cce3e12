using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Stores;

namespace VoiceHub.Search.Meaning;

/// <summary>
/// Keeps this node's <see cref="VectorIndex"/> in step with PostgreSQL, as <see cref="Jobs.IndexFollower"/> keeps its
/// Lucene index: loads every embedding from the query embedder's model at start (in pages, by item id), then every
/// <see cref="PollEvery"/> those stored since. Until loaded, search is words only. Deleted items may keep their vector
/// until the node restarts; they are never shown, since every meaning hit is resolved through the Lucene index.
/// </summary>
public sealed class VectorFollower(VectorIndex vectors, EmbeddingFeedStore feed, IQueryEmbedder embedder, ILogger<VectorFollower> log)
    : BackgroundService
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(2);

    /// <summary>
    /// An embedding's time is its transaction's start; one may commit a moment after a later-started one is read, so
    /// each poll reads again a few seconds back (re-applying a vector changes nothing).
    /// </summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(5);

    private const int Page = 5000;

    /// <summary>Set once the first full load is done.</summary>
    public bool Loaded { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var since = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                since = Loaded ? await FollowAsync(since, stoppingToken) : await LoadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // PostgreSQL may be briefly away: keep the vectors held and try again.
                log.LogWarning("Could not read embeddings for the vector index: {Error}", e.Message);
            }
            await Task.Delay(PollEvery, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Loads every embedding of the current model; returns the time to follow from.</summary>
    public async Task<DateTime> LoadAsync(CancellationToken ct)
    {
        var model = embedder.ModelId;
        var start = await feed.NowAsync(ct) - Overlap;
        vectors.Clear();
        vectors.Model = model;
        var after = 0L;
        while (true)
        {
            var page = await feed.PageAsync(model, after, Page, ct);
            foreach (var row in page) vectors.Upsert(row.ItemId, row.Vector);
            if (page.Count < Page) break;
            after = page[^1].ItemId;
        }
        Loaded = true;
        log.LogInformation("Vector index loaded: {Count} items from {Model}, {Megabytes:0} MB", vectors.Count, model, vectors.Bytes / 1048576.0);
        // The query model loads on its first call: pay that now rather than on someone's first search.
        _ = embedder.Embed("warm up");
        return start;
    }

    /// <summary>Applies embeddings stored since <paramref name="since"/>; returns the time to follow from next.</summary>
    public async Task<DateTime> FollowAsync(DateTime since, CancellationToken ct)
    {
        var model = embedder.ModelId;
        while (true)
        {
            var rows = await feed.StoredSinceAsync(model, since, Page, ct);
            foreach (var row in rows) vectors.Upsert(row.ItemId, row.Vector);
            if (rows.Count == 0) return since;
            var latest = rows[^1].EmbeddedAt;
            if (rows.Count < Page) return latest - Overlap > since ? latest - Overlap : since;
            since = latest.AddTicks(-1); // a full page: go on from its end; one save's rows share an instant, so read that instant again
        }
    }
}
