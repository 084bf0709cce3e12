using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Jobs;

/// <summary>
/// Every minute: gives items their classification embedding (the tuned encoder's vector, <see cref="ClassificationEmbedder"/>),
/// as <see cref="EmbedPendingJob"/> gives them their search one: new items after an ingest, or every item once the tuned
/// model changes, a bounded number of batches a run. Ingest never waits for it; an item classified from its words before
/// its vector came is classified again once it is stored (<see cref="ClassificationStore"/>). One run at a time across nodes.
/// </summary>
public sealed class EmbedForClassificationJob(
    ClassificationEmbedder embedder,
    ClassificationEmbeddingStore store,
    IOptions<EmbeddingOptions> options,
    ILogger<EmbedForClassificationJob> log)
{
    /// <summary>Its recurring job's id (the schedule, and a test that runs it now rather than at the next minute).</summary>
    public const string Id = "embeddings-classification-pending";

    [Queue("analysis")]
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    [AutomaticRetry(Attempts = 0, LogEvents = false, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        try
        {
            return await EmbedPendingJob.EmbedAsync(embedder, store, options.Value, log, ct);
        }
        finally
        {
            // Only the embedding runs need the tuned model: freed, it costs a node nothing between them.
            embedder.Release();
        }
    }
}
