using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// The outbox of "your feedback has moved on" emails: one row per item and step, ever (a unique key), so a step is
/// queued once however often it is swept, and a sent row is never sent again.
/// </summary>
public sealed class NotificationOutboxStore(NpgsqlDataSource db)
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Skipped = "skipped";
    public const string Failed = "failed";

    /// <summary>Queues a step, as pending or (when a later step supersedes it) already skipped.</summary>
    /// <returns>The new row's id, or null when the step was queued before.</returns>
    public async Task<long?> QueueAsync(long itemId, JourneyStep step, bool skipped, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO notification_outbox (item_id, step, status, error)
            VALUES (@itemId, @step, @status, @error)
            ON CONFLICT (item_id, step) DO NOTHING
            RETURNING id
            """, new { itemId, step = step.Code(), status = skipped ? Skipped : Pending, error = skipped ? "superseded by a later step" : null },
            cancellationToken: ct));
    }

    public async Task<IReadOnlySet<JourneyStep>> QueuedStepsAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<string>(new CommandDefinition(
            "SELECT step FROM notification_outbox WHERE item_id = @itemId", new { itemId }, cancellationToken: ct));
        return rows.Select(JourneySteps.Parse).ToHashSet();
    }

    public async Task<OutboxMessage?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<OutboxMessage>(new CommandDefinition("""
            SELECT id, item_id, step, status, attempts, channel, error, created_at, sent_at FROM notification_outbox WHERE id = @id
            """, new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListForItemAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<OutboxMessage>(new CommandDefinition("""
            SELECT id, item_id, step, status, attempts, channel, error, created_at, sent_at FROM notification_outbox
            WHERE item_id = @itemId ORDER BY id
            """, new { itemId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Pending rows older than <paramref name="olderThan"/>: their job was lost, so the sweep enqueues them again.</summary>
    public async Task<IReadOnlyList<long>> ListStalePendingAsync(TimeSpan olderThan, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<long>(new CommandDefinition("""
            SELECT id FROM notification_outbox WHERE status = 'pending' AND created_at < now() - @olderThan ORDER BY id LIMIT @limit
            """, new { olderThan, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Claims a pending row for sending. Only one worker wins; a sent or skipped row is never claimed.</summary>
    /// <returns>False when the row is not pending (already sent, skipped, failed for good, or gone).</returns>
    public static async Task<bool> TryClaimAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, CancellationToken ct) =>
        await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM notification_outbox WHERE id = @id AND status = 'pending' FOR UPDATE SKIP LOCKED", new { id }, tx, cancellationToken: ct)) is not null;

    public static Task MarkAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, string status, string? channel, string? error, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("""
            UPDATE notification_outbox
            SET status = @status, channel = @channel, error = @error, attempts = attempts + 1,
                sent_at = CASE WHEN @status = 'sent' THEN now() END
            WHERE id = @id
            """, new { id, status, channel, error }, tx, cancellationToken: ct));

    /// <summary>Counts a failed attempt and keeps the row pending, outside the claim (whose transaction rolls back).</summary>
    public async Task RecordFailedAttemptAsync(long id, string error, bool giveUp, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE notification_outbox SET attempts = attempts + 1, error = @error,
                   status = CASE WHEN @giveUp THEN 'failed' ELSE status END
            WHERE id = @id AND status = 'pending'
            """, new { id, error, giveUp }, cancellationToken: ct));
    }
}
