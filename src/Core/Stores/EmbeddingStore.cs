using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>Items' sentence embeddings, one per item, each with the model that made it.</summary>
public sealed class EmbeddingStore(NpgsqlDataSource db)
{
    /// <summary>Items with no embedding from <paramref name="model"/> yet, lowest id first, with their redacted text.</summary>
    public async Task<IReadOnlyList<(long Id, string Text)>> PendingAsync(string model, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, string)>(new CommandDefinition("""
            SELECT i.id, i.redacted_text FROM items i
            LEFT JOIN item_embeddings e ON e.item_id = i.id
            WHERE e.item_id IS NULL OR e.model <> @model
            ORDER BY i.id LIMIT @limit
            """, new { model, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Stores (or replaces) embeddings in one transaction.</summary>
    public async Task SaveAsync(string model, IReadOnlyList<(long Id, float[] Vector)> embeddings, CancellationToken ct)
    {
        if (embeddings.Count == 0) return;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(conn, tx);
        foreach (var (id, vector) in embeddings)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO item_embeddings (item_id, model, vector) VALUES ($1, $2, $3)
                ON CONFLICT (item_id) DO UPDATE SET model = EXCLUDED.model, vector = EXCLUDED.vector, embedded_at = now()
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = id });
            command.Parameters.Add(new NpgsqlParameter { Value = model });
            command.Parameters.Add(new NpgsqlParameter { Value = vector });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The embeddings from <paramref name="model"/> of the items asked for; items without one are absent.</summary>
    public async Task<IReadOnlyDictionary<long, float[]>> GetAsync(IReadOnlyCollection<long> itemIds, string model, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, float[])>(new CommandDefinition(
            "SELECT item_id, vector FROM item_embeddings WHERE item_id = ANY(@ids) AND model = @model",
            new { ids = itemIds.ToArray(), model }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }
}
