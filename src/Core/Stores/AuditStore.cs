using System.Text.Json;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

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

    /// <summary>
    /// One page of entries, newest first. <see cref="AuditQuery.User"/> matches the actor's name or email in part,
    /// <see cref="AuditQuery.Target"/> the target in part (<c>item:42</c>, a reference, <c>user:7</c>); dates are UTC days, inclusive.
    /// </summary>
    public async Task<(IReadOnlyList<AuditEntry> Entries, long Total)> SearchAsync(AuditQuery query, int offset, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = new
        {
            action = string.IsNullOrWhiteSpace(query.Action) ? null : query.Action.Trim(),
            user = string.IsNullOrWhiteSpace(query.User) ? null : "%" + Like(query.User.Trim()) + "%",
            target = string.IsNullOrWhiteSpace(query.Target) ? null : "%" + Like(query.Target.Trim()) + "%",
            from = query.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            to = query.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            offset,
            limit,
        };
        const string Where = """
            WHERE (@action::text IS NULL OR action = @action)
              AND (@user::text IS NULL OR actor ILIKE @user OR user_id IN (SELECT id FROM users WHERE email ILIKE @user))
              AND (@target::text IS NULL OR target ILIKE @target)
              AND (@from::timestamptz IS NULL OR at >= @from)
              AND (@to::timestamptz IS NULL OR at < @to)
            """;
        using var grid = await conn.QueryMultipleAsync(new CommandDefinition($"""
            SELECT id, at, user_id, actor, action, target, details::text AS details, ip FROM audit_log
            {Where}
            ORDER BY at DESC, id DESC OFFSET @offset LIMIT @limit;
            SELECT count(*) FROM audit_log {Where};
            """, args, cancellationToken: ct));
        var entries = (await grid.ReadAsync<AuditEntry>()).AsList();
        return (entries, await grid.ReadSingleAsync<long>());
    }

    /// <summary>Every action name recorded so far, for the audit page's filter.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT action FROM audit_log ORDER BY action", cancellationToken: ct))).AsList();
    }

    private static string Like(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
