using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Weekly digests (immutable snapshots, versioned per week), who subscribes to them by email, and which emails went.
/// </summary>
public sealed class DigestStore(NpgsqlDataSource db)
{
    private const string Select = "SELECT id, week, week_start, version, built_at, built_by, build_ms, content::text AS content FROM digests";

    /// <summary>
    /// Stores a new version of a week's digest. With <paramref name="onlyIfNone"/> (the Monday job, on every node and
    /// on retries) nothing is stored when the week already has one, and that one is returned. A per-week advisory lock
    /// makes two builders of the same week take turns, so versions never clash.
    /// </summary>
    public async Task<(DigestRecord Digest, bool Created)> AddAsync(string week, DateOnly weekStart, string builtBy, int buildMs,
        string contentJson, bool onlyIfNone, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtext('voicehub-digest:' || @week))",
            new { week }, tx, cancellationToken: ct));
        if (onlyIfNone)
        {
            var existing = await conn.QueryFirstOrDefaultAsync<DigestRecord>(new CommandDefinition(
                Select + " WHERE week = @week ORDER BY version DESC LIMIT 1", new { week }, tx, cancellationToken: ct));
            if (existing is not null) return (existing, false);
        }
        var created = await conn.QuerySingleAsync<DigestRecord>(new CommandDefinition("""
            INSERT INTO digests (week, week_start, version, built_by, build_ms, content)
            VALUES (@week, @weekStart, (SELECT coalesce(max(version), 0) + 1 FROM digests WHERE week = @week), @builtBy, @buildMs, @contentJson::jsonb)
            RETURNING id, week, week_start, version, built_at, built_by, build_ms, content::text AS content
            """, new { week, weekStart, builtBy, buildMs, contentJson }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return (created, true);
    }

    /// <summary>The week's newest version, or the one asked for.</summary>
    public async Task<DigestRecord?> FindAsync(string week, int? version, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QueryFirstOrDefaultAsync<DigestRecord>(new CommandDefinition(
            Select + " WHERE week = @week AND (@version::int IS NULL OR version = @version) ORDER BY version DESC LIMIT 1",
            new { week, version }, cancellationToken: ct));
    }

    public async Task<DigestRecord?> FindByIdAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<DigestRecord>(new CommandDefinition(Select + " WHERE id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<(int Version, DateTimeOffset BuiltAt, string BuiltBy)>> VersionsAsync(string week, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(int, DateTimeOffset, string)>(new CommandDefinition(
            "SELECT version, built_at, built_by FROM digests WHERE week = @week ORDER BY version DESC", new { week }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Each week's newest digest, newest week first.</summary>
    public async Task<IReadOnlyList<DigestSummary>> ListAsync(int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<DigestSummary>(new CommandDefinition("""
            SELECT DISTINCT ON (week_start) week, week_start, version, built_at, built_by,
                   coalesce((content->'numbers'->>'total')::int, 0) AS items,
                   coalesce(jsonb_array_length(content->'issues'), 0) + coalesce(jsonb_array_length(content->'negativeTurns'), 0) AS issues
            FROM digests ORDER BY week_start DESC, version DESC LIMIT @limit
            """, new { limit }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>The newest version of the week before <paramref name="weekStart"/>, if one was built.</summary>
    public async Task<DigestRecord?> PreviousAsync(DateOnly weekStart, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QueryFirstOrDefaultAsync<DigestRecord>(new CommandDefinition(
            Select + " WHERE week_start = @previous ORDER BY version DESC LIMIT 1", new { previous = weekStart.AddDays(-7) }, cancellationToken: ct));
    }

    public async Task<bool> IsSubscribedAsync(long userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM digest_subscriptions WHERE user_id = @userId)", new { userId }, cancellationToken: ct));
    }

    /// <returns>True when the subscription changed.</returns>
    public async Task<bool> SetSubscribedAsync(long userId, bool subscribed, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(subscribed
            ? "INSERT INTO digest_subscriptions (user_id) VALUES (@userId) ON CONFLICT DO NOTHING"
            : "DELETE FROM digest_subscriptions WHERE user_id = @userId", new { userId }, cancellationToken: ct)) == 1;
    }

    /// <summary>Subscribers still able to read the digest (staff or admin, not disabled) with no email yet for this digest.</summary>
    public async Task<IReadOnlyList<(long UserId, string Email)>> PendingRecipientsAsync(long digestId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, string)>(new CommandDefinition("""
            SELECT u.id, u.email FROM digest_subscriptions s JOIN users u ON u.id = s.user_id
            WHERE u.role IN ('Admin', 'Staff') AND NOT u.disabled
              AND NOT EXISTS (SELECT 1 FROM digest_emails e WHERE e.digest_id = @digestId AND e.user_id = u.id)
            ORDER BY u.id
            """, new { digestId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>For each reader emailed an earlier version of <paramref name="week"/> than <paramref name="version"/>: the newest one they were sent.</summary>
    public async Task<IReadOnlyDictionary<long, DigestRecord>> LastEmailedAsync(string week, int version, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long UserId, long DigestId)>(new CommandDefinition("""
            SELECT DISTINCT ON (e.user_id) e.user_id, d.id FROM digest_emails e JOIN digests d ON d.id = e.digest_id
            WHERE d.week = @week AND d.version < @version AND e.status = 'sent'
            ORDER BY e.user_id, d.version DESC
            """, new { week, version }, cancellationToken: ct));
        var result = new Dictionary<long, DigestRecord>();
        foreach (var (userId, digestId) in rows) result[userId] = (await FindByIdAsync(digestId, ct))!;
        return result;
    }

    public async Task RecordEmailAsync(long digestId, long userId, string status, string? channel, string? error, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO digest_emails (digest_id, user_id, status, channel, error) VALUES (@digestId, @userId, @status, @channel, @error)
            ON CONFLICT DO NOTHING
            """, new { digestId, userId, status, channel, error }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<(long UserId, string Status)>> EmailsAsync(long digestId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, string)>(new CommandDefinition(
            "SELECT user_id, status FROM digest_emails WHERE digest_id = @digestId ORDER BY user_id", new { digestId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>The redacted text of quoted items, by id; items since removed are absent.</summary>
    public async Task<IReadOnlyDictionary<long, string>> QuoteTextsAsync(IReadOnlyCollection<long> itemIds, CancellationToken ct)
    {
        if (itemIds.Count == 0) return new Dictionary<long, string>();
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long Id, string Text)>(new CommandDefinition(
            "SELECT id, redacted_text FROM items WHERE id = ANY(@ids)", new { ids = itemIds.Distinct().ToArray() }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, r => r.Text);
    }

    /// <summary>"We will" commitments planned or in progress and due before <paramref name="dueBefore"/>: overdue and due soon.</summary>
    public async Task<IReadOnlyList<DueCommitment>> DueCommitmentsAsync(DateOnly dueBefore, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<DueCommitment>(new CommandDefinition("""
            SELECT a.id, CASE WHEN a.we_will <> '' THEN a.we_will ELSE a.you_said END AS we_will, a.owner, a.due_on, a.status,
                   p.title AS project_title
            FROM actions a LEFT JOIN projects p ON p.id = a.project_id
            WHERE a.status IN ('planned', 'in-progress') AND a.due_on IS NOT NULL AND a.due_on < @dueBefore
            ORDER BY a.due_on, a.id
            """, new { dueBefore }, cancellationToken: ct));
        return rows.AsList();
    }
}
