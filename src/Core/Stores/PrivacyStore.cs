using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Retention and erasure. Raw text past its retention age is emptied (the redacted text stays) and the stored upload
/// that held it is emptied too. Erasure on request removes an item outright: its themes, links, contact details and
/// outbox rows go with it (cascades), and its tombstone makes every node's index drop it.
/// </summary>
public sealed class PrivacyStore(NpgsqlDataSource db)
{
    /// <summary>Empties raw text received before <paramref name="cutoff"/>, a batch at a time. Returns how many items.</summary>
    public async Task<int> EraseRawTextBeforeAsync(DateTimeOffset cutoff, int batch, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            var n = await conn.ExecuteAsync(new CommandDefinition("""
                UPDATE items SET raw_text = '', raw_text_erased_at = now()
                WHERE id IN (SELECT id FROM items WHERE received_at < @cutoff AND raw_text_erased_at IS NULL ORDER BY id LIMIT @batch)
                """, new { cutoff, batch }, cancellationToken: ct));
            total += n;
            if (n < batch) return total;
        }
    }

    /// <summary>
    /// Drops the "you said" and "we will" lines as written of actions drafted before <paramref name="cutoff"/> (their
    /// redacted lines stay, and re-redaction then skips them). Returns how many actions.
    /// </summary>
    public async Task<int> EraseDraftLinesBeforeAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE actions SET you_said_raw = NULL, we_will_raw = NULL
            WHERE created_at < @cutoff AND (you_said_raw IS NOT NULL OR we_will_raw IS NOT NULL)
            """, new { cutoff }, cancellationToken: ct));
    }

    /// <summary>Empties the stored bytes of uploads made before <paramref name="cutoff"/>. Returns how many documents.</summary>
    public async Task<int> EraseDocumentBytesBeforeAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE documents SET bytes = ''::bytea, bytes_erased_at = now(), updated_at = now()
            WHERE created_at < @cutoff AND bytes_erased_at IS NULL
            """, new { cutoff }, cancellationToken: ct));
    }

    /// <summary>What an admin checks before erasing: the item with this (normalised) reference, never its text.</summary>
    public async Task<ErasureCandidate?> FindAsync(string reference, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<ErasureCandidate>(new CommandDefinition("""
            SELECT i.id AS item_id, i.reference, i.channel, i.occurred_on, i.received_at, l.name AS locality_name,
                   d.id AS document_id, d.file_name AS document_file_name,
                   (SELECT count(*) FROM items o WHERE o.document_id = i.document_id) AS items_in_document,
                   EXISTS (SELECT 1 FROM feedback_contacts c WHERE c.item_id = i.id AND c.email IS NOT NULL) AS has_contact
            FROM items i JOIN documents d ON d.id = i.document_id LEFT JOIN localities l ON l.id = i.locality_id
            WHERE i.reference = @reference
            """, new { reference }, cancellationToken: ct));
    }

    /// <summary>
    /// Deletes the item and everything hanging off it, and empties its upload's stored bytes (they hold the same words;
    /// the document row stays so the same file cannot bring the item back). False when there was no such item.
    /// </summary>
    public async Task<bool> EraseItemAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var documentId = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "DELETE FROM items WHERE id = @itemId RETURNING document_id", new { itemId }, tx, cancellationToken: ct));
        if (documentId is null) return false;
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE documents SET bytes = ''::bytea, bytes_erased_at = coalesce(bytes_erased_at, now()), updated_at = now() WHERE id = @documentId;
            DELETE FROM form_contacts WHERE document_id = @documentId;
            """, new { documentId }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return true;
    }
}
