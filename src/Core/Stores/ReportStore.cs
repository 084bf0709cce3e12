using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Counts for Our Voice and the evidence report: feedback by channel, theme and locality, and who took part. Only
/// counts leave here; pages outside staff suppress the small ones (<see cref="Reporting.SmallCounts"/>).
/// An item's date is when it was said (occurred on), else the day it was received in Europe/London.
/// </summary>
public sealed class ReportStore(NpgsqlDataSource db)
{
    private const string ItemsInPeriod = """
        SELECT i.* FROM items i
        WHERE (@from::date IS NULL OR coalesce(i.occurred_on, (i.received_at AT TIME ZONE 'Europe/London')::date) >= @from::date)
          AND (@to::date IS NULL OR coalesce(i.occurred_on, (i.received_at AT TIME ZONE 'Europe/London')::date) <= @to::date)
        """;

    public async Task<FeedbackCounts> FeedbackAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = Period(from, to);
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            $"WITH p AS ({ItemsInPeriod}) SELECT count(*) FROM p", args, cancellationToken: ct));
        var byChannel = await conn.QueryAsync<NamedCount>(new CommandDefinition(
            $"WITH p AS ({ItemsInPeriod}) SELECT channel AS name, count(*) AS count FROM p GROUP BY channel ORDER BY count(*) DESC, channel",
            args, cancellationToken: ct));
        var byTheme = await conn.QueryAsync<NamedCount>(new CommandDefinition($"""
            WITH p AS ({ItemsInPeriod})
            SELECT btrim(t.public_name) AS name, count(DISTINCT p.id) AS count
            FROM p JOIN item_themes it ON it.item_id = p.id JOIN themes t ON t.id = it.theme_id
            WHERE t.active AND t.public AND btrim(t.public_name) <> ''
            GROUP BY btrim(t.public_name) ORDER BY count(DISTINCT p.id) DESC, 1
            """, args, cancellationToken: ct));
        var byLocality = await conn.QueryAsync<NamedCount>(new CommandDefinition($"""
            WITH p AS ({ItemsInPeriod})
            SELECT coalesce(l.name, 'Not known') AS name, count(*) AS count FROM p LEFT JOIN localities l ON l.id = p.locality_id
            GROUP BY coalesce(l.name, 'Not known') ORDER BY count(*) DESC, 1
            """, args, cancellationToken: ct));
        return new FeedbackCounts
        {
            Total = total,
            ByChannel = byChannel.Select(c => c with { Name = Channels.DisplayNameOf(c.Name) }).ToList(),
            ByTheme = byTheme.AsList(),
            ByLocality = byLocality.AsList(),
        };
    }

    public async Task<Participation> ParticipationAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var args = Period(from, to);
        var items = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            $"WITH p AS ({ItemsInPeriod}) SELECT count(*) FROM p", args, cancellationToken: ct));
        var sessions = await conn.QueryAsync<NamedCount>(new CommandDefinition($"""
            WITH p AS ({ItemsInPeriod})
            SELECT channel AS name, count(DISTINCT document_id) AS count FROM p
            WHERE channel IN ('listening-space', 'talking-shop', 'vcs-report')
            GROUP BY channel ORDER BY channel
            """, args, cancellationToken: ct));
        var counts = await conn.QuerySingleAsync<(long Joined, long Informed, long Comments)>(new CommandDefinition("""
            SELECT
              (SELECT count(*) FROM people_bank WHERE (@from::date IS NULL OR (created_at AT TIME ZONE 'Europe/London')::date >= @from::date)
                                                AND (@to::date IS NULL OR (created_at AT TIME ZONE 'Europe/London')::date <= @to::date)),
              (SELECT count(*) FROM feedback_contacts WHERE (@from::date IS NULL OR (created_at AT TIME ZONE 'Europe/London')::date >= @from::date)
                                                      AND (@to::date IS NULL OR (created_at AT TIME ZONE 'Europe/London')::date <= @to::date)),
              (SELECT count(*) FROM action_comments WHERE (@from::date IS NULL OR (created_at AT TIME ZONE 'Europe/London')::date >= @from::date)
                                                    AND (@to::date IS NULL OR (created_at AT TIME ZONE 'Europe/London')::date <= @to::date))
            """, args, cancellationToken: ct));
        return new Participation
        {
            FeedbackItems = items,
            SessionsByChannel = sessions.Select(c => c with { Name = Channels.DisplayNameOf(c.Name) }).ToList(),
            JoinedPeoplesBank = counts.Joined,
            AskedToBeKeptInformed = counts.Informed,
            ScrutinyComments = counts.Comments,
        };
    }

    private static DynamicParameters Period(DateOnly? from, DateOnly? to)
    {
        var p = new DynamicParameters();
        p.Add("from", from, System.Data.DbType.Date);
        p.Add("to", to, System.Data.DbType.Date);
        return p;
    }
}
