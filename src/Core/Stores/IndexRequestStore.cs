using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>Requests to rebuild every node's search index (see schema 0200). Each node compares the newest with its own.</summary>
public sealed class IndexRequestStore(NpgsqlDataSource db)
{
    /// <returns>The request's number: a node whose index has served it (or a later one) is done.</returns>
    public async Task<long> RequestRebuildAsync(string requestedBy, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO index_rebuild_requests (requested_by) VALUES (@requestedBy) RETURNING id",
            new { requestedBy }, cancellationToken: ct));
    }

    /// <returns>The newest request's number, 0 when there has been none.</returns>
    public async Task<long> LatestAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT coalesce(max(id), 0) FROM index_rebuild_requests", cancellationToken: ct));
    }
}
