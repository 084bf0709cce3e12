using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Localities;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Redaction;
using VoiceHub.Ingest.Sandbox;

namespace VoiceHub.Ingest.Jobs;

/// <summary>
/// Parses one stored document into items, redacts and places them, and stores them (with any draft actions) and the
/// document's new status in one transaction. Safe to re-run: a finished or waiting document is left alone, and items
/// are unique by fingerprint. A document lacking fields staff must give is parked as needs-review, storing nothing.
/// </summary>
/// <remarks>
/// The file is parsed in a separate, bounded process (<see cref="ParseSandbox"/>). A file it refuses, or that was
/// stopped at a limit, is marked failed and the job returns normally: throwing would make Hangfire run it again. A
/// document whose parse was cut short <see cref="QuarantineAfter"/> times (the node running it died) is set aside.
/// </remarks>
public sealed class IngestDocumentJob(
    NpgsqlDataSource db,
    DocumentStore documents,
    LocalityStore localities,
    ParseSandbox sandbox,
    IOptions<VoiceHubOptions> options,
    ILogger<IngestDocumentJob> log)
{
    /// <summary>Parses cut short before a document is set aside: one may be bad luck, two in a row are the file.</summary>
    public const int QuarantineAfter = 2;

    [Queue("ingest")]
    [AutomaticRetry(Attempts = 3)]
    public async Task<IngestOutcome> RunAsync(long documentId, CancellationToken ct)
    {
        var document = await documents.FindAsync(documentId, ct);
        if (document is null) return Gone(documentId);
        if (document.Status is not (DocumentStatus.Received or DocumentStatus.Ingesting)) return IngestOutcome.From(document);
        if (!await documents.TryStartAsync(documentId, ct)) return await OutcomeAsync(documentId, ct);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var bytes = await documents.GetBytesAsync(documentId, ct) ?? [];
        if (!await documents.StartParsingAsync(documentId, QuarantineAfter, ct))
        {
            log.LogWarning("Document {DocumentId} set aside: its parse was cut short {Times} times", documentId, QuarantineAfter);
            return await OutcomeAsync(documentId, ct);
        }
        SandboxRun run;
        try
        {
            run = await sandbox.ParseAsync(document, bytes, tableOnly: false, ct);
        }
        finally
        {
            // Only a run whose process died mid-parse leaves the parse recorded as running, to be counted next time.
            await documents.FinishParsingAsync(documentId, CancellationToken.None);
        }
        var parsed = run.Result;
        log.Log(run.StoppedBy is null ? LogLevel.Information : LogLevel.Warning,
            "Document {DocumentId}: parsing process {Ending} after {ParseMs} ms ({CpuMs} ms of processor), peak {PeakMb} MB",
            documentId, run.InProcess ? "not needed (a batch VoiceHub wrote)" : run.StoppedBy is { } stop ? $"stopped ({stop})" : "answered", (long)run.Elapsed.TotalMilliseconds,
            (long)run.ProcessorTime.TotalMilliseconds, run.PeakMemoryBytes / (1024 * 1024));

        if (parsed.Error is not null)
        {
            await documents.MarkFailedAsync(documentId, parsed.Error, parsed.Warnings, ct);
            log.LogInformation("Document {DocumentId} failed to parse", documentId);
            return await OutcomeAsync(documentId, ct);
        }

        var resolver = new LocalityResolver(await localities.ListAsync(ct), ProjectPaths.SeedsDirectory(options.Value));
        var missing = parsed.Missing.ToList();
        var warnings = parsed.Warnings.ToList();
        if (parsed.DocumentLocality is { } named && resolver.ResolveName(named) is null && !missing.Contains(UploadDetails.Locality))
        {
            warnings.Add($"{document.FileName}: \"{named}\" is not one of the council's localities.");
            missing.Add(UploadDetails.Locality);
        }
        if (missing.Count > 0)
        {
            await documents.MarkWaitingAsync(documentId, DocumentStatus.NeedsReview, missing, warnings, ct);
            log.LogInformation("Document {DocumentId} needs review: {Missing}", documentId, string.Join(", ", missing));
            return await OutcomeAsync(documentId, ct);
        }

        var parseTime = clock.Elapsed;
        var uploadLocality = UploadDetails.Parse(document.Metadata).Field(UploadDetails.Locality);
        var fingerprints = parsed.Items.Select(p => Fingerprint(document.Channel, p.IdentityKey)).ToList();
        if (fingerprints.Count == 0) warnings.Add($"{document.FileName}: no answers with text were found.");
        // "You said" and "we will" lines are what people said too: redacted like items, the lines as written kept beside.
        var drafts = parsed.DraftActions.Select((d, i) => new NewDraftAction(i + 1, RedactionRecords.RedactDraft(d.YouSaid, d.WeWill),
            Fingerprint(document.Channel, "draft\u001e" + d.IdentityKey),
            d.ItemIndexes.Where(x => x < fingerprints.Count).Select(x => fingerprints[x]).ToList())).ToList();

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        // Two workers with the same document (a retry racing a slow first run) take turns here; the second finds it done.
        var status = await conn.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT status FROM documents WHERE id = @documentId FOR UPDATE", new { documentId }, tx, cancellationToken: ct));
        if (status != DocumentStatus.Ingesting)
        {
            await tx.RollbackAsync(ct);
            return await OutcomeAsync(documentId, ct);
        }
        // Only items not already stored are redacted and placed, and they stream into COPY as they are ready.
        var fresh = await ItemStore.LockAndFindNewAsync(conn, tx, fingerprints, ct);
        var added = await ItemStore.CopyAsync(conn, documentId, PrepareAsync(document.Channel, parsed.Items, fresh, fingerprints, resolver, uploadLocality, ct), ct);
        var duplicates = fingerprints.Count - added;
        if (drafts.Count > 0) await DraftActionStore.InsertAsync(conn, tx, documentId, drafts, ct);
        if (document.Channel == Channel.OnlineForm.Code()) await FormContactStore.MoveToItemsAsync(conn, tx, documentId, ct);
        await DocumentStore.MarkIngestedAsync(conn, tx, documentId, added, duplicates, parsed.RowsSkipped, warnings, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Document {DocumentId} ingested: {Added} items added, {Duplicates} already stored, {Skipped} rows skipped, " +
            "{Drafts} draft actions; read and parse {ParseMs} ms, redact, place and store {StoreMs} ms",
            documentId, added, duplicates, parsed.RowsSkipped, drafts.Count, (long)parseTime.TotalMilliseconds,
            (long)(clock.Elapsed - parseTime).TotalMilliseconds);
        return await OutcomeAsync(documentId, ct);
    }

    /// <summary>The document as it now is; a document deleted by staff meanwhile is not an error to retry.</summary>
    private async Task<IngestOutcome> OutcomeAsync(long documentId, CancellationToken ct) =>
        (await documents.FindAsync(documentId, ct)) is { } d ? IngestOutcome.From(d) : Gone(documentId);

    private static IngestOutcome Gone(long documentId) =>
        new(documentId, DocumentStatus.Failed, 0, 0, [], "The document no longer exists: it was deleted.");

    private const int Chunk = 4096;

    /// <summary>
    /// One core is left for PostgreSQL, which stores the items as they stream in: on the 2-core reference machine, two
    /// preparing threads only starve the COPY they feed (measured with <c>voicehub bench ingest</c>).
    /// </summary>
    private static readonly int PrepareThreads = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>
    /// Redacts and places the items at <paramref name="indexes"/>, a chunk at a time spread over the cores, handing each
    /// chunk on in order as soon as it is ready: while PostgreSQL stores one chunk, the next is being prepared.
    /// </summary>
    public static async IAsyncEnumerable<NewItem> PrepareAsync(string channel, IReadOnlyList<ParsedItem> parsed, IReadOnlyList<int> indexes,
        IReadOnlyList<byte[]> fingerprints, LocalityResolver resolver, string? uploadLocality,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var ready = System.Threading.Channels.Channel.CreateBounded<NewItem[]>(4);
        // Contexts (a survey's questions, a report's headings) repeat: redact each once.
        var contexts = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        // Stops the producer when the consumer stops early (a COPY that failed), so it is never left waiting on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                for (var start = 0; start < indexes.Count; start += Chunk)
                {
                    var chunk = new NewItem[Math.Min(Chunk, indexes.Count - start)];
                    Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = PrepareThreads, CancellationToken = stop.Token },
                        j => chunk[j] = ToNewItem(channel, parsed[indexes[start + j]], fingerprints[indexes[start + j]], resolver, uploadLocality, contexts));
                    await ready.Writer.WriteAsync(chunk, stop.Token);
                }
                ready.Writer.Complete();
            }
            catch (Exception e)
            {
                ready.Writer.TryComplete(e);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var chunk in ready.Reader.ReadAllAsync(ct))
            {
                foreach (var item in chunk) yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer; // never throws: its faults reach the reader through the channel
        }
    }

    /// <summary>All items redacted and placed, in order (for callers that want a list, such as the benchmark's baseline).</summary>
    public static List<NewItem> ToNewItems(string channel, IReadOnlyList<ParsedItem> parsed, LocalityResolver resolver, string? uploadLocality)
    {
        var result = new NewItem[parsed.Count];
        var contexts = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        Parallel.For(0, parsed.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => result[i] = ToNewItem(channel, parsed[i], Fingerprint(channel, parsed[i].IdentityKey), resolver, uploadLocality, contexts));
        return [.. result];
    }

    private static NewItem ToNewItem(string channel, ParsedItem p, byte[] fingerprint, LocalityResolver resolver, string? uploadLocality,
        System.Collections.Concurrent.ConcurrentDictionary<string, string> contexts)
    {
        var named = p.LocalityName ?? uploadLocality;
        var (localityId, rule) = resolver.Resolve(named, p.Postcode, p.Text);
        if (rule == LocalityResolver.ByColumn) rule = p.LocalityName is null ? "upload" : p.LocalitySource ?? rule;
        // What a source gave beside the text (a Talking Shop's outcome and venue, an API's context) is redacted too.
        var metadata = p.Metadata.Count == 0 ? p.Metadata : p.Metadata.ToDictionary(m => m.Key, m => Redactor.Redact(m.Value));
        // A full postcode is personal data: only its district is kept.
        if (LocalityResolver.District(p.Postcode) is { } district) metadata = new(metadata) { ["postcodeDistrict"] = district };
        if (named is not null && localityId is null) metadata = new(metadata) { ["localityAsGiven"] = Redactor.Redact(named) };
        var redacted = Redactor.Apply(p.Text);
        return new NewItem
        {
            Channel = channel,
            LocalityId = localityId,
            LocalityRule = rule,
            OccurredOn = p.OccurredOn,
            RawText = p.Text,
            RedactedText = redacted.Text,
            Redactions = redacted.ToRecordJson(),
            Context = p.Context is null ? null : contexts.GetOrAdd(p.Context, Redactor.Redact),
            Metadata = metadata.Count == 0 ? "{}" : JsonSerializer.Serialize(metadata),
            RowNo = p.RowNo,
            Fingerprint = fingerprint,
            Reference = p.Reference,
        };
    }

    /// <summary>What makes two items one: the channel and what identifies the item across exports of its source.</summary>
    public static byte[] Fingerprint(string channel, string identityKey) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(channel + "\u001e" + identityKey));
}
