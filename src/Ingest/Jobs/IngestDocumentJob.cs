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

namespace VoiceHub.Ingest.Jobs;

/// <summary>
/// Parses one stored document into items, redacts and places them, and stores them (with any draft actions) and the
/// document's new status in one transaction. Safe to re-run: a finished or waiting document is left alone, and items
/// are unique by fingerprint. A document lacking fields staff must give is parked as needs-review, storing nothing.
/// </summary>
public sealed class IngestDocumentJob(
    NpgsqlDataSource db,
    DocumentStore documents,
    LocalityStore localities,
    DocumentParsers parsers,
    IOptions<VoiceHubOptions> options,
    ILogger<IngestDocumentJob> log)
{
    [Queue("ingest")]
    [AutomaticRetry(Attempts = 3)]
    public async Task<IngestOutcome> RunAsync(long documentId, CancellationToken ct)
    {
        var document = await documents.FindAsync(documentId, ct);
        if (document is null) return new IngestOutcome(documentId, DocumentStatus.Failed, 0, 0, [], "The document no longer exists.");
        if (document.Status is not (DocumentStatus.Received or DocumentStatus.Ingesting)) return IngestOutcome.From(document);
        if (!await documents.TryStartAsync(documentId, ct)) return IngestOutcome.From((await documents.FindAsync(documentId, ct))!);

        var bytes = await documents.GetBytesAsync(documentId, ct) ?? [];
        ParseResult parsed;
        try
        {
            parsed = await parsers.ParseAsync(document, bytes, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser fault on odd input must not become an endless retry: keep the upload and say so.
            log.LogError(e, "Parser fault on document {DocumentId}", documentId);
            parsed = ParseResult.Failed($"{document.FileName}: VoiceHub could not read this file ({e.GetType().Name}). " +
                                        "It has been kept; an administrator can retry it.");
        }

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

        var uploadLocality = UploadDetails.Parse(document.Metadata).Field(UploadDetails.Locality);
        var items = ToNewItems(document.Channel, parsed.Items, resolver, uploadLocality);
        if (items.Count == 0) warnings.Add($"{document.FileName}: no answers with text were found.");
        var drafts = parsed.DraftActions.Select((d, i) => new NewDraftAction(i + 1, d.YouSaid, d.WeWill,
            Fingerprint(document.Channel, "draft\u001e" + d.IdentityKey),
            d.ItemIndexes.Where(x => x < items.Count).Select(x => items[x].Fingerprint).ToList())).ToList();

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
        var (added, duplicates) = await ItemStore.InsertAsync(conn, tx, documentId, items, ct);
        if (drafts.Count > 0) await DraftActionStore.InsertAsync(conn, tx, documentId, drafts, ct);
        await DocumentStore.MarkIngestedAsync(conn, tx, documentId, added, duplicates, parsed.RowsSkipped, warnings, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Document {DocumentId} ingested: {Added} items added, {Duplicates} already stored, {Skipped} rows skipped, {Drafts} draft actions",
            documentId, added, duplicates, parsed.RowsSkipped, drafts.Count);
        return await OutcomeAsync(documentId, ct);
    }

    private async Task<IngestOutcome> OutcomeAsync(long documentId, CancellationToken ct) =>
        (await documents.FindAsync(documentId, ct)) is { } d ? IngestOutcome.From(d) : throw new InvalidOperationException($"Document {documentId} vanished.");

    /// <summary>
    /// Redacts, places and fingerprints parsed items. Items are independent, so the work is spread over the cores
    /// (order kept): on a large survey this is most of the ingest's time.
    /// </summary>
    public static List<NewItem> ToNewItems(string channel, IReadOnlyList<ParsedItem> parsed, LocalityResolver resolver, string? uploadLocality)
    {
        var result = new NewItem[parsed.Count];
        // Contexts (a survey's questions, a report's headings) repeat: redact each once.
        var contexts = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        Parallel.For(0, parsed.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => result[i] = ToNewItem(channel, parsed[i], resolver, uploadLocality, contexts));
        return [.. result];
    }

    private static NewItem ToNewItem(string channel, ParsedItem p, LocalityResolver resolver, string? uploadLocality,
        System.Collections.Concurrent.ConcurrentDictionary<string, string> contexts)
    {
        var named = p.LocalityName ?? uploadLocality;
        var (localityId, rule) = resolver.Resolve(named, p.Postcode, p.Text);
        if (rule == LocalityResolver.ByColumn) rule = p.LocalityName is null ? "upload" : p.LocalitySource ?? rule;
        var metadata = p.Metadata.Count == 0 ? p.Metadata : new Dictionary<string, string>(p.Metadata);
        // A full postcode is personal data: only its district is kept.
        if (LocalityResolver.District(p.Postcode) is { } district) metadata = new(metadata) { ["postcodeDistrict"] = district };
        if (named is not null && localityId is null) metadata = new(metadata) { ["localityAsGiven"] = named };
        return new NewItem
        {
            Channel = channel,
            LocalityId = localityId,
            LocalityRule = rule,
            OccurredOn = p.OccurredOn,
            RawText = p.Text,
            RedactedText = Redactor.Redact(p.Text),
            Context = p.Context is null ? null : contexts.GetOrAdd(p.Context, Redactor.Redact),
            Metadata = metadata.Count == 0 ? "{}" : JsonSerializer.Serialize(metadata),
            RowNo = p.RowNo,
            Fingerprint = Fingerprint(channel, p.IdentityKey),
            Reference = p.Reference,
        };
    }

    /// <summary>What makes two items one: the channel and what identifies the item across exports of its source.</summary>
    public static byte[] Fingerprint(string channel, string identityKey) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(channel + "\u001e" + identityKey));
}
