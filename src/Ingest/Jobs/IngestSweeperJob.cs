using Hangfire;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Stores;

namespace VoiceHub.Ingest.Jobs;

/// <summary>
/// Re-enqueues documents left received or ingesting for over ten minutes (an enqueue lost between commit and queue, a
/// node killed mid-ingest, an outage that outlasted Hangfire's retries). Ingest is idempotent, so a spare run does no
/// harm. A document whose ingest has started <see cref="MaxRuns"/> times without finishing is failing for a reason of
/// its own: it is marked failed and set aside, with the upload kept, so staff see why instead of "Reading" for ever.
/// A failed document (refused, stopped at a parsing limit, or set aside) is never taken up again: only received and
/// ingesting ones are, and a retry is staff's choice.
/// </summary>
public sealed class IngestSweeperJob(DocumentStore documents, IBackgroundJobClient jobs, ILogger<IngestSweeperJob> log)
{
    /// <summary>Two rounds of the ingest job's own attempts (one run and three automatic retries each).</summary>
    public const int MaxRuns = 8;

    private static readonly TimeSpan Stuck = TimeSpan.FromMinutes(10);

    [Queue("ingest")]
    [DisableConcurrentExecution(60)]
    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var id in await documents.FailAbandonedAsync(MaxRuns, Stuck, ct))
        {
            log.LogWarning("Document {DocumentId} marked failed: its ingest started {Runs} or more times without finishing", id, MaxRuns);
        }
        foreach (var id in await documents.ListStuckAsync(Stuck, ct))
        {
            jobs.Enqueue<IngestDocumentJob>(j => j.RunAsync(id, CancellationToken.None));
            log.LogInformation("Re-enqueued stuck document {DocumentId}", id);
        }
    }
}
