using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Weekly counts for emerging issues, trends and the digest, done in PostgreSQL. An item's day is when it was said
/// (<c>occurred_on</c>), else the day it was received in Europe/London; its week is the ISO week (Monday start) of that
/// day (<c>date_trunc('week', …)</c> is ISO in PostgreSQL). The expression index <c>items_said_on_idx</c> (0500) finds a
/// range of weeks and carries channel and locality, so counting reads only that range.
/// </summary>
public sealed class WeeklyCountStore(NpgsqlDataSource db)
{
    /// <summary>The item's day, as every query here counts it.</summary>
    public const string SaidOn = "coalesce(i.occurred_on, (i.received_at AT TIME ZONE 'Europe/London')::date)";

    private const int Timeout = 600;

    /// <summary>
    /// Every series' count per week for weeks starting in [<paramref name="from"/>, <paramref name="before"/>): per theme,
    /// per theme and locality, per channel, per service area. Weeks with no items are absent (zero).
    /// </summary>
    public async Task<IReadOnlyList<SeriesCount>> SeriesCountsAsync(DateOnly from, DateOnly before, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string Kind, int? A, int? B, string? C, DateTime Week, int N)>(new CommandDefinition($"""
            WITH i AS MATERIALIZED (
                SELECT i.id, i.channel, i.locality_id, date_trunc('week', {SaidOn})::date AS week
                FROM items i
                WHERE {SaidOn} >= @from AND {SaidOn} < @before
            ), t AS (
                SELECT it.theme_id, i.locality_id, i.week FROM i JOIN item_themes it ON it.item_id = i.id
            )
            SELECT CASE WHEN GROUPING(t.locality_id) = 1 THEN 'theme' ELSE 'theme-locality' END, t.theme_id, t.locality_id, NULL::text,
                   t.week::timestamp, count(*)::int
            FROM t GROUP BY GROUPING SETS ((t.theme_id, t.week), (t.theme_id, t.locality_id, t.week))
            HAVING GROUPING(t.locality_id) = 1 OR t.locality_id IS NOT NULL
            UNION ALL
            SELECT 'channel', NULL, NULL, i.channel, i.week::timestamp, count(*)::int FROM i GROUP BY i.channel, i.week
            UNION ALL
            SELECT 'service-area', sa.service_area_id, NULL, NULL, i.week::timestamp, count(*)::int
            FROM i JOIN item_service_areas sa ON sa.item_id = i.id GROUP BY sa.service_area_id, i.week
            """, new { from, before }, commandTimeout: Timeout, cancellationToken: ct));
        return rows.Select(r => new SeriesCount(r.Kind switch
        {
            SeriesKinds.Theme => new SeriesKey(SeriesKinds.Theme, ThemeId: r.A),
            SeriesKinds.ThemeLocality => new SeriesKey(SeriesKinds.ThemeLocality, ThemeId: r.A, LocalityId: r.B),
            SeriesKinds.Channel => new SeriesKey(SeriesKinds.Channel, Channel: r.C),
            _ => new SeriesKey(SeriesKinds.ServiceArea, ServiceAreaId: r.A),
        }, DateOnly.FromDateTime(r.Week), r.N)).ToList();
    }

    /// <summary>
    /// Per theme and per locality, each week's comments with a sentiment and how many of them were negative (4 or 5 on
    /// the QDC scale), for weeks starting in [<paramref name="from"/>, <paramref name="before"/>).
    /// </summary>
    public async Task<IReadOnlyList<SentimentCount>> SentimentCountsAsync(DateOnly from, DateOnly before, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<SentimentCount>(new CommandDefinition($"""
            WITH i AS MATERIALIZED (
                SELECT i.id, i.locality_id, i.sentiment >= 4 AS negative, date_trunc('week', {SaidOn})::date AS week
                FROM items i
                WHERE i.sentiment IS NOT NULL AND {SaidOn} >= @from AND {SaidOn} < @before
            )
            SELECT 'theme' AS kind, it.theme_id AS id, i.week::timestamp AS week_start, count(*)::int AS total, count(*) FILTER (WHERE i.negative)::int AS negative
            FROM i JOIN item_themes it ON it.item_id = i.id GROUP BY it.theme_id, i.week
            UNION ALL
            SELECT 'locality', i.locality_id, i.week::timestamp, count(*)::int, count(*) FILTER (WHERE i.negative)::int
            FROM i WHERE i.locality_id IS NOT NULL GROUP BY i.locality_id, i.week
            """, new { from, before }, commandTimeout: Timeout, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>The week's negative items (sentiment 4 or 5), each under its themes (kind "theme") and its locality (kind "locality").</summary>
    public async Task<IReadOnlyList<(string Kind, int Id, long ItemId)>> NegativeItemIdsAsync(DateOnly monday, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string, int, long)>(new CommandDefinition($"""
            WITH i AS MATERIALIZED (
                SELECT i.id, i.locality_id FROM items i
                WHERE i.sentiment >= 4 AND {SaidOn} >= @monday AND {SaidOn} < @next
            )
            SELECT 'theme', it.theme_id, i.id FROM i JOIN item_themes it ON it.item_id = i.id
            UNION ALL
            SELECT 'locality', i.locality_id, i.id FROM i WHERE i.locality_id IS NOT NULL
            """, new { monday, next = monday.AddDays(7) }, commandTimeout: Timeout, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>The first and last day any item was said or received on; nulls when there are no items.</summary>
    public async Task<(DateOnly? First, DateOnly? Last)> DataRangeAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleAsync<(DateTime? First, DateTime? Last)>(new CommandDefinition(
            $"SELECT min({SaidOn})::timestamp, max({SaidOn})::timestamp FROM items i", cancellationToken: ct));
        return (row.First is { } f ? DateOnly.FromDateTime(f) : null, row.Last is { } l ? DateOnly.FromDateTime(l) : null);
    }

    /// <summary>The first day each locality had an item: a locality newer than a series' baseline is not judged against weeks it did not exist in.</summary>
    public async Task<IReadOnlyDictionary<int, DateOnly>> LocalityFirstDaysAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(int Id, DateTime First)>(new CommandDefinition(
            $"SELECT i.locality_id, min({SaidOn})::timestamp FROM items i WHERE i.locality_id IS NOT NULL GROUP BY i.locality_id",
            commandTimeout: Timeout, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, r => DateOnly.FromDateTime(r.First));
    }

    /// <summary>Redacted texts of items said in [<paramref name="from"/>, <paramref name="before"/>), with their week and document.</summary>
    public async Task<IReadOnlyList<WeekText>> TextsAsync(DateOnly from, DateOnly before, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long Id, long DocumentId, DateTime Week, string Text, string Channel)>(new CommandDefinition($"""
            SELECT i.id, i.document_id, date_trunc('week', {SaidOn})::timestamp, i.redacted_text, i.channel
            FROM items i WHERE {SaidOn} >= @from AND {SaidOn} < @before
            """, new { from, before }, commandTimeout: Timeout, cancellationToken: ct));
        return rows.Select(r => new WeekText(r.Id, r.DocumentId, DateOnly.FromDateTime(r.Week), r.Text, r.Channel)).ToList();
    }

    /// <summary>Items of one series said in the week from <paramref name="monday"/>: candidates to quote, best theme score first.</summary>
    public async Task<IReadOnlyList<QuoteCandidate>> QuoteCandidatesAsync(SeriesKey key, DateOnly monday, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<QuoteCandidate>(new CommandDefinition($"""
            SELECT i.id, i.reference, i.document_id, i.channel, l.name AS locality_name, i.occurred_on, i.redacted_text,
                   {(key.ThemeId is null ? "NULL::real" : "it.score")} AS score
            {SeriesItemsInWeek(key)}
            ORDER BY {(key.ThemeId is null ? "" : "it.score DESC NULLS LAST,")} i.id
            LIMIT @limit
            """, new { key.ThemeId, key.ServiceAreaId, key.LocalityId, key.Channel, monday, next = monday.AddDays(7), limit },
            commandTimeout: Timeout, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>
    /// FROM and WHERE for one series' items said in the week starting <c>@monday</c> (up to <c>@next</c>), with the
    /// key's own parameters: its theme (as <c>it</c>) and service area joined when the key names them, its locality
    /// and channel filtered.
    /// </summary>
    private static string SeriesItemsInWeek(SeriesKey key) => $"""
        FROM items i
        {(key.ThemeId is null ? "" : "JOIN item_themes it ON it.item_id = i.id AND it.theme_id = @ThemeId")}
        {(key.ServiceAreaId is null ? "" : "JOIN item_service_areas sa ON sa.item_id = i.id AND sa.service_area_id = @ServiceAreaId")}
        LEFT JOIN localities l ON l.id = i.locality_id
        WHERE {SaidOn} >= @monday AND {SaidOn} < @next
          AND (@LocalityId::int IS NULL OR i.locality_id = @LocalityId)
          AND (@Channel::text IS NULL OR i.channel = @Channel)
        """;

    /// <summary>Ids of one series' items said in the week from <paramref name="monday"/>: what tells two flags of one burst apart from two bursts.</summary>
    public async Task<IReadOnlyList<long>> SeriesItemIdsAsync(SeriesKey key, DateOnly monday, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<long>(new CommandDefinition($"SELECT i.id {SeriesItemsInWeek(key)}",
            new { key.ThemeId, key.ServiceAreaId, key.LocalityId, key.Channel, monday, next = monday.AddDays(7) },
            commandTimeout: Timeout, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>The series' items in the week by locality (null: not known), most first.</summary>
    public async Task<IReadOnlyList<NamedCount>> LocalitiesOfAsync(SeriesKey key, DateOnly monday, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<NamedCount>(new CommandDefinition($"""
            SELECT coalesce(l.name, 'Not known') AS name, count(*) AS count
            {SeriesItemsInWeek(key)}
            GROUP BY coalesce(l.name, 'Not known') ORDER BY count(*) DESC, 1
            """, new { key.ThemeId, key.ServiceAreaId, key.LocalityId, key.Channel, monday, next = monday.AddDays(7) },
            commandTimeout: Timeout, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Items per week by channel and by locality for weeks starting in [<paramref name="from"/>, <paramref name="before"/>).</summary>
    public async Task<IReadOnlyList<WeekBreakdown>> BreakdownAsync(DateOnly from, DateOnly before, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string Dimension, string? Name, DateTime Week, int N)>(new CommandDefinition($"""
            WITH i AS MATERIALIZED (
                SELECT i.channel, i.locality_id, date_trunc('week', {SaidOn})::date AS week
                FROM items i WHERE {SaidOn} >= @from AND {SaidOn} < @before
            )
            SELECT 'channel', i.channel, i.week::timestamp, count(*)::int FROM i GROUP BY i.channel, i.week
            UNION ALL
            SELECT 'locality', l.name, i.week::timestamp, count(*)::int FROM i LEFT JOIN localities l ON l.id = i.locality_id GROUP BY l.name, i.week
            """, new { from, before }, commandTimeout: Timeout, cancellationToken: ct));
        return rows.Select(r => new WeekBreakdown(r.Dimension, r.Name, DateOnly.FromDateTime(r.Week), r.N)).ToList();
    }

    /// <summary>One theme's items per week and locality (null: not known) for weeks starting in [<paramref name="from"/>, <paramref name="before"/>).</summary>
    public async Task<IReadOnlyList<WeekBreakdown>> ThemeByLocalityAsync(int themeId, DateOnly from, DateOnly before, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string? Name, DateTime Week, int N)>(new CommandDefinition($"""
            SELECT l.name, date_trunc('week', {SaidOn})::timestamp AS week, count(*)::int
            FROM item_themes it JOIN items i ON i.id = it.item_id LEFT JOIN localities l ON l.id = i.locality_id
            WHERE it.theme_id = @themeId AND {SaidOn} >= @from AND {SaidOn} < @before
            GROUP BY l.name, week
            """, new { themeId, from, before }, commandTimeout: Timeout, cancellationToken: ct));
        return rows.Select(r => new WeekBreakdown("locality", r.Name, DateOnly.FromDateTime(r.Week), r.N)).ToList();
    }
}

/// <summary>One theme's or locality's comments with a sentiment in the week from <see cref="WeekStart"/>, and the negative ones.</summary>
public sealed record SentimentCount
{
    public required string Kind { get; init; }
    public int Id { get; init; }
    public DateTime WeekStart { get; init; }
    public int Total { get; init; }
    public int Negative { get; init; }
}
