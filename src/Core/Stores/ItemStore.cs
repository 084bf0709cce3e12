using Dapper;
using Npgsql;
using NpgsqlTypes;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>Feedback items: bulk insert by binary COPY, and the change feed the index follows.</summary>
public sealed class ItemStore(NpgsqlDataSource db)
{
    /// <summary>
    /// Inserts items inside the caller's transaction. An item whose fingerprint is already stored is skipped, so a
    /// re-export or a retried job adds nothing twice.
    /// </summary>
    /// <returns>How many were added and how many were already there.</returns>
    public static async Task<(int Added, int Duplicates)> InsertAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, long documentId, IReadOnlyList<NewItem> items, CancellationToken ct)
    {
        if (items.Count == 0) return (0, 0);
        await conn.ExecuteAsync(new CommandDefinition("""
            CREATE TEMP TABLE item_import (
                channel text, locality_id integer, locality_rule text, occurred_on date, raw_text text, redacted_text text,
                context text, metadata jsonb, reference text, fingerprint bytea, row_no integer, ord integer
            ) ON COMMIT DROP
            """, transaction: tx, cancellationToken: ct));

        await using (var writer = await conn.BeginBinaryImportAsync("""
            COPY item_import (channel, locality_id, locality_rule, occurred_on, raw_text, redacted_text, context, metadata,
                              reference, fingerprint, row_no, ord) FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            var ord = 0;
            foreach (var item in items)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(item.Channel, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(writer, item.LocalityId, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(writer, item.LocalityRule, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(writer, item.OccurredOn, NpgsqlDbType.Date, ct);
                await writer.WriteAsync(item.RawText, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(item.RedactedText, NpgsqlDbType.Text, ct);
                await WriteNullableAsync(writer, item.Context, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(item.Metadata, NpgsqlDbType.Jsonb, ct);
                await writer.WriteAsync(ReferenceCode.New(), NpgsqlDbType.Text, ct);
                await writer.WriteAsync(item.Fingerprint, NpgsqlDbType.Bytea, ct);
                await WriteNullableAsync(writer, item.RowNo, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(ord++, NpgsqlDbType.Integer, ct);
            }
            await writer.CompleteAsync(ct);
        }

        // DISTINCT ON keeps the first of identical rows within one file; ON CONFLICT skips those already stored.
        var added = await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO items (document_id, channel, locality_id, locality_rule, occurred_on, raw_text, redacted_text, context,
                               metadata, reference, fingerprint, row_no)
            SELECT @documentId, channel, locality_id, locality_rule, occurred_on, raw_text, redacted_text, context,
                   metadata, reference, fingerprint, row_no
            FROM (SELECT DISTINCT ON (fingerprint) * FROM item_import ORDER BY fingerprint, ord) first_of_each
            ORDER BY ord
            ON CONFLICT DO NOTHING
            """, new { documentId }, transaction: tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("DROP TABLE item_import", transaction: tx, cancellationToken: ct));
        return (added, items.Count - added);
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
    /// Changes after <paramref name="cursor"/>, oldest first, with everything the index holds about each item. Writers of
    /// items are serialised until commit (see the schema), so once a change is seen no earlier one can still appear.
    /// </summary>
    /// <remarks>
    /// One statement per batch: the batch's items are picked by change number first, then their themes and service
    /// areas are aggregated for just those ids and joined on, which stays fast for a million-item rebuild (no
    /// per-row subqueries). Anything else the index shows (linked projects) joins the same way.
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
                        ARRAY[]::text[] AS projects -- the projects work joins its links here, as themes are
                 FROM batch b
                 LEFT JOIN localities l ON l.id = b.locality_id
                 LEFT JOIN batch_themes bt ON bt.item_id = b.id
                 LEFT JOIN batch_areas ba ON ba.item_id = b.id)
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
            """, new { id }, cancellationToken: ct));
        var fileName = await grid.ReadSingleOrDefaultAsync<string>();
        var sentiment = await grid.ReadSingleOrDefaultAsync<short?>();
        var themes = (await grid.ReadAsync<(string Name, string Source)>()).ToList();
        var areas = (await grid.ReadAsync<(string Name, string Source)>()).ToList();
        return new ItemDetails
        {
            Item = item,
            DocumentFileName = fileName,
            Sentiment = sentiment,
            Themes = themes.Select(t => new ItemLabel(t.Name, t.Source)).ToList(),
            ServiceAreas = areas.Select(a => new ItemLabel(a.Name, a.Source)).ToList(),
        };
    }
}
