using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Emerging-issue flags and their triage. Storing a flag again (a rebuilt digest) refreshes its figures and evidence
/// and keeps what staff decided. Links to projects and actions live in <c>project_issues</c>/<c>action_issues</c>,
/// written by <see cref="ProjectStore.LinkIssueAsync"/> and <see cref="ActionStore.LinkIssueAsync"/>.
/// </summary>
public sealed class EmergingFlagStore(NpgsqlDataSource db)
{
    private const string Select = """
        SELECT f.id, f.week, f.week_start, f.kind, f.theme_id, t.name AS theme_name, f.locality_id, l.name AS locality_name,
               f.channel, f.service_area_id, sa.name AS service_area_name, f.count, f.expected, f.upper_bound, f.score,
               f.sentence, f.evidence::text AS evidence, f.status, f.dismiss_reason, u.display_name AS status_by_name,
               f.status_at, f.detected_at,
               ARRAY(SELECT p.id FROM project_issues pi JOIN projects p ON p.id = pi.project_id WHERE pi.flag_id = f.id ORDER BY p.id) AS project_ids,
               ARRAY(SELECT p.title FROM project_issues pi JOIN projects p ON p.id = pi.project_id WHERE pi.flag_id = f.id ORDER BY p.id) AS project_titles,
               ARRAY(SELECT a.id FROM action_issues ai JOIN actions a ON a.id = ai.action_id WHERE ai.flag_id = f.id ORDER BY a.id) AS action_ids,
               ARRAY(SELECT CASE WHEN a.we_will <> '' THEN a.we_will ELSE a.you_said END FROM action_issues ai JOIN actions a ON a.id = ai.action_id
                     WHERE ai.flag_id = f.id ORDER BY a.id) AS action_titles
        FROM emerging_flags f
        LEFT JOIN themes t ON t.id = f.theme_id
        LEFT JOIN localities l ON l.id = f.locality_id
        LEFT JOIN service_areas sa ON sa.id = f.service_area_id
        LEFT JOIN users u ON u.id = f.status_by
        """;

    public async Task UpsertAsync(IReadOnlyCollection<NewFlag> flags, CancellationToken ct)
    {
        if (flags.Count == 0) return;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        foreach (var f in flags)
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO emerging_flags (id, week, week_start, kind, theme_id, locality_id, channel, service_area_id,
                                            count, expected, upper_bound, score, sentence, evidence)
                VALUES (@Id, @Week, @WeekStart, @Kind, @ThemeId, @LocalityId, @Channel, @ServiceAreaId,
                        @Count, @Expected, @UpperBound, @Score, @Sentence, @EvidenceJson::jsonb)
                ON CONFLICT (id) DO UPDATE SET count = excluded.count, expected = excluded.expected,
                    upper_bound = excluded.upper_bound, score = excluded.score, sentence = excluded.sentence,
                    evidence = excluded.evidence, updated_at = now()
                """, new
            {
                f.Id, f.Week, f.WeekStart, f.Key.Kind, f.Key.ThemeId, f.Key.LocalityId, f.Key.Channel, f.Key.ServiceAreaId,
                f.Count, f.Expected, f.UpperBound, f.Score, f.Sentence, f.EvidenceJson,
            }, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
    }

    public async Task<EmergingFlag?> FindAsync(string id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<EmergingFlag>(new CommandDefinition(
            Select + " WHERE f.id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<EmergingFlag>> ListForWeekAsync(string week, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<EmergingFlag>(new CommandDefinition(
            Select + " WHERE f.week = @week ORDER BY f.score DESC, f.id", new { week }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>A theme's flags (on its own or in a locality) in weeks starting in [<paramref name="from"/>, <paramref name="before"/>).</summary>
    public async Task<IReadOnlyList<EmergingFlag>> ListForThemeAsync(int themeId, DateOnly from, DateOnly before, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<EmergingFlag>(new CommandDefinition(
            Select + " WHERE f.theme_id = @themeId AND f.week_start >= @from AND f.week_start < @before ORDER BY f.week_start, f.score DESC",
            new { themeId, from, before }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <param name="status">Only flags whose effective status is this (<see cref="FlagStatus"/>); null for all.</param>
    public async Task<IReadOnlyList<EmergingFlag>> ListAsync(string? status, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<EmergingFlag>(new CommandDefinition(
            $"SELECT * FROM ({Select}) x ORDER BY week_start DESC, score DESC, id LIMIT @limit", new { limit }, cancellationToken: ct));
        return rows.Where(f => status is null || f.EffectiveStatus == status).ToList();
    }

    /// <summary>Sets the triage status (a dismissal needs its reason).</summary>
    /// <returns>False when there is no such flag.</returns>
    public async Task<bool> SetStatusAsync(string id, string status, string? reason, long? userId, CancellationToken ct)
    {
        if (!FlagStatus.All.Contains(status)) throw new ArgumentOutOfRangeException(nameof(status), status, "Not a flag status.");
        if (status == FlagStatus.Dismissed) ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE emerging_flags SET status = @status, dismiss_reason = CASE WHEN @status = 'dismissed' THEN @reason END,
                   status_by = @userId, status_at = now(), updated_at = now()
            WHERE id = @id
            """, new { id, status, reason = reason?.Trim(), userId }, cancellationToken: ct)) == 1;
    }
}
