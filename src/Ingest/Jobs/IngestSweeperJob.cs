using Hangfire;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Stores;

namespace VoiceHub.Ingest.Jobs;

/// <summary>
/// Re-enqueues documents left received or ingesting for over ten minutes (an enqueue lost between commit and queue, a
/// node killed mid-ingest whose job Hangfire has given up on). Ingest is idempotent, so a spare run does no harm.
/// </summary>
public sealed class IngestSweeperJob(DocumentStore documents, IBackgroundJobClient jobs, ILogger<IngestSweeperJob> log)
{
    [Queue("ingest")]
    [DisableConcurrentExecution(60)]
    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var id in await documents.ListStuckAsync(TimeSpan.FromMinutes(10), ct))
        {
            jobs.Enqueue<IngestDocumentJob>(j => j.RunAsync(id, CancellationToken.None));
            log.LogInformation("Re-enqueued stuck document {DocumentId}", id);
        }
    }
}
