using Hangfire;
using Microsoft.Extensions.Options;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Privacy;

/// <summary>
/// Daily: erases raw text received more than <see cref="RetentionOptions.RawTextDays"/> ago (the item's
/// <c>raw_text</c> becomes empty and <c>raw_text_erased_at</c> is set, so pages say it was erased; the redacted text
/// stays), drops the lines as written behind draft actions and empties the stored bytes of uploads as old.
/// Idempotent: a second run finds nothing. The counts (never
/// text) go to the audit log.
/// </summary>
public sealed class RawTextRetentionJob(PrivacyStore privacy, AuditStore audit, IOptions<RetentionOptions> options, TimeProvider clock,
    ILogger<RawTextRetentionJob> log)
{
    public const int Batch = 1000;

    [Queue("default")]
    [AutomaticRetry(Attempts = 3)]
    public async Task<(int Items, int Documents)> RunAsync(CancellationToken ct)
    {
        var days = Math.Max(1, options.Value.RawTextDays);
        var cutoff = clock.GetUtcNow().AddDays(-days);
        var items = await privacy.EraseRawTextBeforeAsync(cutoff, Batch, ct);
        var documents = await privacy.EraseDocumentBytesBeforeAsync(cutoff, ct);
        var drafts = await privacy.EraseDraftLinesBeforeAsync(cutoff, ct);
        if (items > 0 || documents > 0 || drafts > 0)
        {
            await audit.AppendAsync(null, "system", "raw-text-erased", null, new { items, documents, drafts, days, cutoff }, null, ct);
            log.LogInformation("Retention erased the raw text of {Items} items and the files of {Documents} documents older than {Days} days",
                items, documents, days);
        }
        return (items, documents);
    }
}
