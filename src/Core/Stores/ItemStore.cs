using Dapper;
using Npgsql;
using NpgsqlTypes;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>Feedback items: bulk insert by binary COPY, and the change feed the index follows.</summary>
public sealed class ItemStore(NpgsqlDataSource db)
{
    /// <summary>The advisory lock that serialises writers of items (see 0001_initial.sql, items_serialise_writers).</summary>
    private const long WritersLock = 7243001;

    /// <summary>
    /// Inserts items inside the caller's transaction. An item whose fingerprint is already stored (or appears earlier
    /// in the same list) is skipped, so a re-export or a retried job adds nothing twice.
    /// </summary>
    /// <returns>How many were added and how many were already there.</returns>
    public static async Task<(int Added, int Duplicates)> InsertAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, long documentId, IReadOnlyList<NewItem> items, CancellationToken ct)
    {
        var fresh = await LockAndFindNewAsync(conn, tx, items.Select(i => i.Fingerprint).ToList(), ct);
        var added = await CopyAsync(conn, documentId, ToAsync(fresh.Select(i => items[i])), ct);
        return (added, items.Count - added);
    }

    /// <summary>
    /// Takes the items writers' lock (the one every write to items takes anyway, see 0001_initial.sql) and returns the
    /// positions of the fingerprints not yet stored, first of each. With the lock held until commit no other writer can
    /// add a fingerprint between this check and <see cref="CopyAsync"/>, so new items can go straight into items by COPY.
    /// </summary>
    public static async Task<List<int>> LockAndFindNewAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<byte[]> fingerprints, CancellationToken ct)
    {
        if (fingerprints.Count == 0) return [];
        // The statement-level reference check (0101) keeps every new row in a transition table: let it stay in memory.
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@WritersLock); SET LOCAL work_mem = '256MB'",
            new { WritersLock }, tx, cancellationToken: ct));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in await FindByFingerprintsAsync(conn, tx, fingerprints, ct)) seen.Add(Convert.ToBase64String(f.Fingerprint));
        var fresh = new List<int>();
        for (var i = 0; i < fingerprints.Count; i++)
        {
            if (seen.Add(Convert.ToBase64String(fingerprints[i]))) fresh.Add(i);
        }
        return fresh;
    }

    /// <summary>
    /// Streams items into the items table by binary COPY as they come, so preparing later items overlaps PostgreSQL
    /// storing earlier ones. Call <see cref="LockAndFindNewAsync"/> first, in the same transaction.
    /// </summary>
    /// <returns>How many were written.</returns>
    public static async Task<int> CopyAsync(NpgsqlConnection conn, long documentId, IAsyncEnumerable<NewItem> items, CancellationToken ct)
    {
        var count = 0;
        await using var writer = await conn.BeginBinaryImportAsync("""
            COPY items (document_id, channel, locality_id, locality_rule, occurred_on, raw_text, redacted_text, context, metadata,
                        reference, fingerprint, row_no) FROM STDIN (FORMAT BINARY)
            """, ct);
        await foreach (var item in items.WithCancellation(ct))
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(documentId, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(item.Channel, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(writer, item.LocalityId, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(writer, item.LocalityRule, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(writer, item.OccurredOn, NpgsqlDbType.Date, ct);
            await writer.WriteAsync(item.RawText, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(item.RedactedText, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(writer, item.Context, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(item.Metadata, NpgsqlDbType.Jsonb, ct);
            await writer.WriteAsync(item.Reference ?? ReferenceCode.New(), NpgsqlDbType.Text, ct);
            await writer.WriteAsync(item.Fingerprint, NpgsqlDbType.Bytea, ct);
            await WriteNullableAsync(writer, item.RowNo, NpgsqlDbType.Integer, ct);
            count++;
        }
        await writer.CompleteAsync(ct);
        return count;
    }

    private static async IAsyncEnumerable<NewItem> ToAsync(IEnumerable<NewItem> items)
    {
        foreach (var item in items) yield return item;
        await Task.CompletedTask;
    }

    /// <summary>The stored items with these fingerprints (new or stored before), inside the caller's transaction.</summary>
    public static async Task<IReadOnlyList<(long Id, byte[] Fingerprint, string Reference)>> FindByFingerprintsAsync(
        NpgsqlConnection conn, NpgsqlTransaction? tx, IReadOnlyList<byte[]> fingerprints, CancellationToken ct)
    {
        if (fingerprints.Count == 0) return [];
        var rows = await conn.QueryAsync<(long, byte[], string)>(new CommandDefinition(
            "SELECT id, fingerprint, reference FROM items WHERE fingerprint = ANY(@fingerprints)",
            new { fingerprints = fingerprints.ToArray() }, transaction: tx, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>References of stored items by fingerprint: what the API answers for each item it was sent.</summary>
    public async Task<IReadOnlyList<(long Id, byte[] Fingerprint, string Reference)>> FindByFingerprintsAsync(
        IReadOnlyList<byte[]> fingerprints, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await FindByFingerprintsAsync(conn, null, fingerprints, ct);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct =>
        value is { } v ? writer.WriteAsync(v, type, ct) : writer.WriteNullAsync(ct);

    public async Task<FeedbackItem?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<FeedbackItem>(new CommandDefinition("""
            SELECT i.id, i.document_id, i.channel, i.locality_id, l.name AS locality_name, i.locality_rule, i.occurred_on,
                   i.received_at, i.raw_text, i.redacted_text, i.context, i.metadata::text AS metadata, i.reference,
                   i.row_no, i.change_seq
            FROM items i LEFT JOIN localities l ON l.id = i.locality_id
            WHERE i.id = @id
            """, new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<FeedbackItem>> ListForDocumentAsync(long documentId, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<FeedbackItem>(new CommandDefinition("""
            SELECT i.id, i.document_id, i.channel, i.locality_id, l.name AS locality_name, i.locality_rule, i.occurred_on,
                   i.received_at, i.raw_text, i.redacted_text, i.context, i.metadata::text AS metadata, i.reference,
                   i.row_no, i.change_seq
            FROM items i LEFT JOIN localities l ON l.id = i.locality_id
            WHERE i.document_id = @documentId
            ORDER BY i.row_no NULLS LAST, i.id
            LIMIT @limit
            """, new { documentId, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM items", cancellationToken: ct));
    }

    /// <summary>The newest change number: the index is up to date when its cursor reaches it.</summary>
    public async Task<long> LatestChangeAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT greatest((SELECT coalesce(max(change_seq), 0) FROM items),
                            (SELECT coalesce(max(change_seq), 0) FROM item_tombstones))
            """, cancellationToken: ct));
    }

    /// <summary>
    /// Changes after <paramref name="cursor"/>, oldest first. Writers of items are serialised until commit (see the
    /// schema), so once a change is seen no earlier one can still appear.
    /// </summary>
    public async Task<IReadOnlyList<ItemChange>> ChangesAfterAsync(long cursor, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ItemChange>(new CommandDefinition("""
            SELECT * FROM (
                (SELECT i.change_seq, i.id, false AS deleted, i.reference, i.redacted_text, i.context, i.channel,
                        l.name AS locality, i.occurred_on, i.received_at, i.document_id,
                        ARRAY(SELECT t.name FROM item_themes it JOIN themes t ON t.id = it.theme_id
                              WHERE it.item_id = i.id ORDER BY t.name) AS themes
                 FROM items i LEFT JOIN localities l ON l.id = i.locality_id
                 WHERE i.change_seq > @cursor ORDER BY i.change_seq LIMIT @limit)
                UNION ALL
                (SELECT t.change_seq, t.item_id, true, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ARRAY[]::text[]
                 FROM item_tombstones t
                 WHERE t.change_seq > @cursor ORDER BY t.change_seq LIMIT @limit)
            ) changes
            ORDER BY change_seq
            LIMIT @limit
            """, new { cursor, limit }, cancellationToken: ct));
        return rows.AsList();
    }
}
