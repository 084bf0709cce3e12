using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>Embeddings read in bulk, for a node's in-memory vector index: all of them at start, then those stored since.</summary>
public sealed class EmbeddingFeedStore(NpgsqlDataSource db)
{
    public sealed record Row(long ItemId, float[] Vector, DateTime EmbeddedAt);

    /// <summary>Embeddings from <paramref name="model"/> after item <paramref name="afterId"/>, lowest id first.</summary>
    public async Task<IReadOnlyList<Row>> PageAsync(string model, long afterId, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, float[], DateTime)>(new CommandDefinition("""
            SELECT item_id, vector, embedded_at FROM item_embeddings
            WHERE model = @model AND item_id > @afterId
            ORDER BY item_id LIMIT @limit
            """, new { model, afterId, limit }, cancellationToken: ct));
        return rows.Select(r => new Row(r.Item1, r.Item2, r.Item3)).ToList();
    }

    /// <summary>Embeddings from <paramref name="model"/> stored after <paramref name="since"/> (UTC), oldest first.</summary>
    public async Task<IReadOnlyList<Row>> StoredSinceAsync(string model, DateTime since, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, float[], DateTime)>(new CommandDefinition("""
            SELECT item_id, vector, embedded_at FROM item_embeddings
            WHERE embedded_at > @since AND model = @model
            ORDER BY embedded_at LIMIT @limit
            """, new { model, since = DateTime.SpecifyKind(since, DateTimeKind.Utc), limit }, cancellationToken: ct));
        return rows.Select(r => new Row(r.Item1, r.Item2, r.Item3)).ToList();
    }

    /// <summary>The database's clock now, so a follower's "since" never depends on its own node's clock.</summary>
    public async Task<DateTime> NowAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<DateTime>(new CommandDefinition("SELECT now()", cancellationToken: ct));
    }
}
