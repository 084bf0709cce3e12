using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Jobs;

/// <summary>
/// Every minute: embeds items that have no embedding from the current model (new items after an ingest, or every item
/// once the model changes), in batches, at most <see cref="EmbeddingOptions.JobMaxBatches"/> a run so one run never
/// holds the lock for long; the next run goes on. Ingest never waits for it. One run at a time across nodes.
/// </summary>
public sealed class EmbedPendingJob(
    ISentenceEmbedder embedder,
    EmbeddingStore store,
    IOptions<EmbeddingOptions> options,
    ILogger<EmbedPendingJob> log)
{
    /// <summary>Its recurring job's id (the schedule, and a test that runs it now rather than at the next minute).</summary>
    public const string Id = "embeddings-embed-pending";

    [Queue("analysis")]
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    [AutomaticRetry(Attempts = 0, LogEvents = false, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public Task<int> RunAsync(CancellationToken ct) => EmbedAsync(embedder, store, options.Value, log, ct);

    /// <summary>One run of an embedding job: the search one here, the classification one in <see cref="EmbedForClassificationJob"/>.</summary>
    internal static async Task<int> EmbedAsync(ISentenceEmbedder embedder, EmbeddingStore store, EmbeddingOptions options, ILogger log, CancellationToken ct)
    {
        var batchSize = Math.Max(1, options.JobBatchSize);
        var maxBatches = Math.Max(1, options.JobMaxBatches);
        var model = embedder.ModelId;
        var clock = Stopwatch.StartNew();
        var embedded = 0;
        var after = 0L;
        for (var b = 0; b < maxBatches; b++)
        {
            var pending = await store.PendingAsync(model, batchSize, ct, after);
            if (pending.Count == 0) break;
            var vectors = embedder.Embed(pending.Select(p => p.Text).ToArray(), ct);
            await store.SaveAsync(model, pending.Select((p, i) => (p.Id, vectors[i])).ToArray(), ct);
            embedded += pending.Count;
            after = pending[^1].Id;
            if (pending.Count < batchSize) break;
        }
        // Counts only: feedback text is never logged.
        if (embedded > 0) log.LogInformation("Embedded {Count} items with {Model} in {Seconds:F1} s", embedded, model, clock.Elapsed.TotalSeconds);
        return embedded;
    }
}
