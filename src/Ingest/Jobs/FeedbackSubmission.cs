using Hangfire;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest.Jobs;

/// <summary>
/// Feedback sent by a person (the online form) or a system (the API): stored first as a document, so nothing is lost,
/// then read into items at once so the sender gets its references; if reading fails, the ingest job is queued to finish it
/// and the sender is told it is stored.
/// </summary>
public sealed class FeedbackSubmission(DocumentStore documents, IngestDocumentJob ingest, IBackgroundJobClient jobs, ILogger<FeedbackSubmission> log)
{
    /// <summary>Stores the batch as a JSON document of <paramref name="channel"/>; the same bytes twice are one document.</summary>
    public async Task<long> StoreAsync(Channel channel, string fileName, FeedbackBatch batch, string metadataJson, CancellationToken ct) =>
        (await documents.SaveAsync(channel.Code(), fileName, "application/json", batch.ToBytes(), metadataJson, null, ct)).Id;

    /// <summary>Reads the stored document into items now, else queues the ingest job.</summary>
    /// <returns>True when it was queued rather than read.</returns>
    public async Task<bool> IngestNowOrQueueAsync(long documentId, CancellationToken ct)
    {
        try
        {
            await ingest.RunAsync(documentId, ct);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The feedback is stored and its references fixed: the job finishes it later. The sender need not wait.
            log.LogError(e, "Inline ingest of document {DocumentId} failed; queued", documentId);
            jobs.Enqueue<IngestDocumentJob>(j => j.RunAsync(documentId, CancellationToken.None));
            return true;
        }
    }
}
