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
/// Parses one stored document into items, redacts and places them, and stores them with the document's new status in
/// one transaction. Safe to re-run: a finished document is left alone, and items are unique by fingerprint.
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
        if (document.Status is DocumentStatus.Ingested or DocumentStatus.Failed) return IngestOutcome.From(document);
        if (!await documents.TryStartAsync(documentId, ct)) return IngestOutcome.From((await documents.FindAsync(documentId, ct))!);

        var bytes = await documents.GetBytesAsync(documentId, ct) ?? [];
        ParseResult parsed;
        try
        {
            parsed = parsers.Parse(document, bytes);
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
            return (await documents.FindAsync(documentId, ct)) is { } failed ? IngestOutcome.From(failed) : throw new InvalidOperationException();
        }

        var resolver = new LocalityResolver(await localities.ListAsync(ct), ProjectPaths.SeedsDirectory(options.Value));
        var items = parsed.Items.Select(p => ToNewItem(document.Channel, p, resolver)).ToList();
        var warnings = parsed.Warnings.ToList();
        if (items.Count == 0) warnings.Add($"{document.FileName}: no answers with text were found.");

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        // Two workers with the same document (a retry racing a slow first run) take turns here; the second finds it done.
        var status = await conn.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT status FROM documents WHERE id = @documentId FOR UPDATE", new { documentId }, tx, cancellationToken: ct));
        if (status != DocumentStatus.Ingesting)
        {
            await tx.RollbackAsync(ct);
            return IngestOutcome.From((await documents.FindAsync(documentId, ct))!);
        }
        var (added, duplicates) = await ItemStore.InsertAsync(conn, tx, documentId, items, ct);
        await DocumentStore.MarkIngestedAsync(conn, tx, documentId, added, duplicates, parsed.RowsSkipped, warnings, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Document {DocumentId} ingested: {Added} items added, {Duplicates} already stored, {Skipped} rows skipped",
            documentId, added, duplicates, parsed.RowsSkipped);
        return IngestOutcome.From((await documents.FindAsync(documentId, ct))!);
    }

    private static NewItem ToNewItem(string channel, ParsedItem p, LocalityResolver resolver)
    {
        var (localityId, rule) = resolver.Resolve(p.LocalityName, p.Postcode, p.Text);
        var metadata = new Dictionary<string, string>(p.Metadata);
        // A full postcode is personal data: only its district is kept.
        if (LocalityResolver.District(p.Postcode) is { } district) metadata["postcodeDistrict"] = district;
        if (p.LocalityName is not null && localityId is null) metadata["localityAsGiven"] = p.LocalityName;
        return new NewItem
        {
            Channel = channel,
            LocalityId = localityId,
            LocalityRule = rule,
            OccurredOn = p.OccurredOn,
            RawText = p.Text,
            RedactedText = Redactor.Redact(p.Text),
            Context = p.Context,
            Metadata = JsonSerializer.Serialize(metadata),
            RowNo = p.RowNo,
            Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes(channel + "\u001e" + p.IdentityKey)),
        };
    }
}
