using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Items' search embeddings (<c>item_embeddings</c>), one per item, each with the model that made it. The same store
/// over <c>item_class_embeddings</c> is <see cref="ClassificationEmbeddingStore"/>.
/// </summary>
public class EmbeddingStore(NpgsqlDataSource db)
{
    /// <summary>The table; a constant of each store, never input.</summary>
    protected virtual string Table => "item_embeddings";

    /// <summary>
    /// Items with no embedding from <paramref name="model"/> yet, lowest id first, with their redacted text. Pass the
    /// last id of the previous page as <paramref name="afterId"/> so a run does not walk the embedded items again.
    /// </summary>
    public async Task<IReadOnlyList<(long Id, string Text)>> PendingAsync(string model, int limit, CancellationToken ct, long afterId = 0)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, string)>(new CommandDefinition($"""
            SELECT i.id, i.redacted_text FROM items i
            LEFT JOIN {Table} e ON e.item_id = i.id
            WHERE i.id > @afterId AND (e.item_id IS NULL OR e.model <> @model)
            ORDER BY i.id LIMIT @limit
            """, new { model, limit, afterId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>
    /// Stores (or replaces) embeddings in one transaction: binary COPY into a temporary table, then one upsert, so
    /// 500 vectors of 384 floats are one round trip of about 800 kB rather than 500 statements. Items deleted
    /// meanwhile are skipped.
    /// </summary>
    public async Task SaveAsync(string model, IReadOnlyList<(long Id, float[] Vector)> embeddings, CancellationToken ct)
    {
        if (embeddings.Count == 0) return;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "CREATE TEMP TABLE new_embeddings (item_id bigint, vector real[]) ON COMMIT DROP", transaction: tx, cancellationToken: ct));
        await using (var copy = await conn.BeginBinaryImportAsync("COPY new_embeddings (item_id, vector) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (id, vector) in embeddings)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(vector, NpgsqlDbType.Array | NpgsqlDbType.Real, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await conn.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO {Table} (item_id, model, vector)
            SELECT n.item_id, @model, n.vector FROM new_embeddings n JOIN items i ON i.id = n.item_id
            ON CONFLICT (item_id) DO UPDATE SET model = EXCLUDED.model, vector = EXCLUDED.vector, embedded_at = now()
            """, new { model }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    /// <summary>The embeddings from <paramref name="model"/> of the items asked for; items without one are absent.</summary>
    public async Task<IReadOnlyDictionary<long, float[]>> GetAsync(IReadOnlyCollection<long> itemIds, string model, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, float[])>(new CommandDefinition(
            $"SELECT item_id, vector FROM {Table} WHERE item_id = ANY(@ids) AND model = @model",
            new { ids = itemIds.ToArray(), model }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>How many items each model has embedded, most first, and how many items wait for <paramref name="model"/>.</summary>
    public async Task<(IReadOnlyList<(string Model, long Items)> ByModel, long Waiting)> CountsAsync(string model, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var byModel = (await conn.QueryAsync<(string, long)>(new CommandDefinition(
            $"SELECT model, count(*) FROM {Table} GROUP BY model ORDER BY count(*) DESC, model", cancellationToken: ct))).AsList();
        var embedded = byModel.Where(m => m.Item1 == model).Sum(m => m.Item2);
        var items = await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM items", cancellationToken: ct));
        return (byModel, Math.Max(0, items - embedded));
    }
}
