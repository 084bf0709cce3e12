using System.Text.Json;
using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>The append-only audit log. Details hold ids and counts, never feedback text.</summary>
public sealed class AuditStore(NpgsqlDataSource db)
{
    public async Task AppendAsync(long? userId, string actor, string action, string? target, object? details, string? ip, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO audit_log (user_id, actor, action, target, details, ip)
            VALUES (@userId, @actor, @action, @target, @details::jsonb, @ip)
            """, new { userId, actor, action, target, details = JsonSerializer.Serialize(details ?? new { }), ip }, cancellationToken: ct));
    }
}
