using Hangfire;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Jobs;

/// <summary>
/// Runs the current redactor again over everything stored: every item's text as received (or, once retention erased
/// it, its redacted text: redaction is idempotent on its own output, and the first record is kept and added to) and
/// every draft action's lines as written. Changed items are updated, which re-indexes them; the counts go to the run
/// and the audit log. Safe to retry: the run keeps its cursors and goes on where it stopped; a finished run is left.
/// </summary>
public sealed class RedactAgainJob(RedactionStore store, AuditStore audit, ILogger<RedactAgainJob> log)
{
    public const string NewVersionJobId = "redaction-new-version";
    public const int Batch = 500;

    /// <summary>Asks for a run when no run has used <see cref="RedactorVersion.Current"/> yet (the hub starts it at every start).</summary>
    [Queue("default")]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunIfNewVersionAsync(CancellationToken ct)
    {
        if (await store.RequestForNewVersionAsync(RedactorVersion.Current, ct) is { } runId) await RunAsync(runId, ct);
    }

    [Queue("default")]
    [AutomaticRetry(Attempts = 3)]
    public async Task<RedactionRun?> RunAsync(long runId, CancellationToken ct)
    {
        var run = await store.FindAsync(runId, ct);
        if (run is null || run.FinishedAt is not null) return run;
        await store.MarkStartedAsync(runId, ct);

        for (var after = run.LastItemId; ;)
        {
            var batch = await store.ItemsAfterAsync(after, Batch, ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            await store.SaveItemsAsync(runId, after, batch.Count, batch.Select(ItemAgain).OfType<RedactedAgain>().ToList(), ct);
        }
        for (var after = run.LastActionId; ;)
        {
            var batch = await store.DraftsAfterAsync(after, Batch, ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            await store.SaveDraftsAsync(runId, after, batch.Count, batch.Select(DraftAgain).OfType<RedactedAgain>().ToList(), ct);
        }
        await store.MarkFinishedAsync(runId, ct);

        var done = (await store.FindAsync(runId, ct))!;
        // Counts only: what was removed is never written anywhere but the text it was removed from.
        await audit.AppendAsync(done.RequestedBy, done.RequestedByName ?? "system", "redaction-rerun", $"redaction-run:{runId}", new
        {
            redactorVersion = done.RedactorVersion, trigger = done.Trigger, itemsChecked = done.ItemsChecked, itemsChanged = done.ItemsChanged,
            draftsChecked = done.DraftsChecked, draftsChanged = done.DraftsChanged,
        }, null, ct);
        log.LogInformation("Re-redaction run {RunId} (redactor {Version}): {ItemsChanged} of {ItemsChecked} items and {DraftsChanged} of {DraftsChecked} drafts changed",
            runId, done.RedactorVersion, done.ItemsChanged, done.ItemsChecked, done.DraftsChanged, done.DraftsChecked);
        return done;
    }

    /// <summary>The item redacted again, or null when nothing would change.</summary>
    private static RedactedAgain? ItemAgain(RedactionTarget t)
    {
        var result = Redactor.Apply(t.Source);
        var record = result.ToRecord();
        // Redacting redacted text finds only what the first pass missed: the first pass's record still holds.
        if (t.FromRedacted) record = (RedactionRecord.Parse(t.Redactions) ?? RedactionRecord.Empty).Plus(record);
        var context = t.Context is null ? null : Redactor.Redact(t.Context);
        var json = record.ToJson();
        return result.Text == t.Current && context == t.Context && json == Normalised(t.Redactions)
            ? null
            : new RedactedAgain(t.Id, result.Text, context, json, t.Current);
    }

    private static RedactedAgain? DraftAgain(RedactionTarget t)
    {
        // As ingest redacts a draft, and trimmed as the action store keeps its lines.
        var lines = RedactionRecords.RedactDraft(t.Source, t.SecondSource ?? "");
        var (youSaid, weWill) = (lines.YouSaid.Trim(), lines.WeWill.Trim());
        return youSaid == t.Current && weWill == t.SecondCurrent && lines.Redactions == Normalised(t.Redactions)
            ? null
            : new RedactedAgain(t.Id, youSaid, weWill, lines.Redactions!, t.Current, t.SecondCurrent);
    }

    /// <summary>A stored record as this code writes it (jsonb reorders keys and spacing), to compare without false changes.</summary>
    private static string? Normalised(string? json) => RedactionRecord.Parse(json)?.ToJson();
}
