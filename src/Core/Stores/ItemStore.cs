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
                        reference, fingerprint, row_no, redactions) FROM STDIN (FORMAT BINARY)
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
            await WriteNullableAsync(writer, item.Redactions, NpgsqlDbType.Jsonb, ct);
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
                   i.row_no, i.change_seq, i.raw_text_erased_at, i.redactions::text AS redactions
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
                   i.row_no, i.change_seq, i.raw_text_erased_at
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
    /// Changes after <paramref name="cursor"/>, oldest first, with everything the index holds about each item. Writers of
    /// items are serialised until commit (see the schema), so once a change is seen no earlier one can still appear.
    /// </summary>
    /// <remarks>
    /// One statement per batch: the batch's items are picked by change number first, then their themes and service
    /// areas are aggregated for just those ids and joined on, which stays fast for a million-item rebuild (no
    /// per-row subqueries). Linked projects join the same way.
    /// </remarks>
    public async Task<IReadOnlyList<ItemChange>> ChangesAfterAsync(long cursor, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ItemChange>(new CommandDefinition("""
            WITH batch AS MATERIALIZED (
                SELECT i.change_seq, i.id, i.reference, i.redacted_text, i.context, i.channel, i.locality_id, i.occurred_on,
                       i.received_at, i.document_id, i.sentiment
                FROM items i
                WHERE i.change_seq > @cursor
                ORDER BY i.change_seq
                LIMIT @limit
            ),
            batch_themes AS (
                SELECT it.item_id, array_agg(t.name ORDER BY t.name) AS names
                FROM item_themes it JOIN themes t ON t.id = it.theme_id
                WHERE it.item_id IN (SELECT id FROM batch)
                GROUP BY it.item_id
            ),
            batch_projects AS (
                SELECT pi.item_id, array_agg(p.title ORDER BY p.title) AS names
                FROM project_items pi JOIN projects p ON p.id = pi.project_id
                WHERE pi.item_id IN (SELECT id FROM batch)
                GROUP BY pi.item_id
            ),
            batch_areas AS (
                SELECT ia.item_id, array_agg(a.name ORDER BY a.name) AS names
                FROM item_service_areas ia JOIN service_areas a ON a.id = ia.service_area_id
                WHERE ia.item_id IN (SELECT id FROM batch)
                GROUP BY ia.item_id
            )
            SELECT * FROM (
                (SELECT b.change_seq, b.id, false AS deleted, b.reference, b.redacted_text, b.context, b.channel,
                        l.name AS locality, b.occurred_on, b.received_at, b.document_id, b.sentiment,
                        coalesce(bt.names, ARRAY[]::text[]) AS themes,
                        coalesce(ba.names, ARRAY[]::text[]) AS service_areas,
                        coalesce(bp.names, ARRAY[]::text[]) AS projects
                 FROM batch b
                 LEFT JOIN localities l ON l.id = b.locality_id
                 LEFT JOIN batch_themes bt ON bt.item_id = b.id
                 LEFT JOIN batch_areas ba ON ba.item_id = b.id
                 LEFT JOIN batch_projects bp ON bp.item_id = b.id)
                UNION ALL
                (SELECT t.change_seq, t.item_id, true, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                        ARRAY[]::text[], ARRAY[]::text[], ARRAY[]::text[]
                 FROM item_tombstones t
                 WHERE t.change_seq > @cursor ORDER BY t.change_seq LIMIT @limit)
            ) changes
            ORDER BY change_seq
            LIMIT @limit
            """, new { cursor, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>An item with what has been learned about it (themes, service areas, sentiment) and where it came from.</summary>
    public async Task<ItemDetails?> FindDetailsAsync(long id, CancellationToken ct)
    {
        var item = await FindAsync(id, ct);
        if (item is null) return null;
        await using var conn = await db.OpenConnectionAsync(ct);
        using var grid = await conn.QueryMultipleAsync(new CommandDefinition("""
            SELECT d.file_name FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id = @id;
            SELECT sentiment FROM items WHERE id = @id;
            SELECT t.name, it.source FROM item_themes it JOIN themes t ON t.id = it.theme_id WHERE it.item_id = @id ORDER BY t.name;
            SELECT a.name, ia.source FROM item_service_areas ia JOIN service_areas a ON a.id = ia.service_area_id
            WHERE ia.item_id = @id ORDER BY a.name;
            SELECT used_meaning FROM item_classifications WHERE item_id = @id;
            """, new { id }, cancellationToken: ct));
        var fileName = await grid.ReadSingleOrDefaultAsync<string>();
        var sentiment = await grid.ReadSingleOrDefaultAsync<short?>();
        var themes = (await grid.ReadAsync<(string Name, string Source)>()).ToList();
        var areas = (await grid.ReadAsync<(string Name, string Source)>()).ToList();
        var usedMeaning = await grid.ReadSingleOrDefaultAsync<bool?>();
        return new ItemDetails
        {
            Item = item,
            DocumentFileName = fileName,
            Sentiment = sentiment,
            Themes = themes.Select(t => new ItemLabel(t.Name, t.Source)).ToList(),
            ServiceAreas = areas.Select(a => new ItemLabel(a.Name, a.Source)).ToList(),
            ClassifiedWithMeaning = usedMeaning,
        };
    }
}
