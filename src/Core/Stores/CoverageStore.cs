using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Who we heard from in a period: items per locality (against its population), and survey respondents by the
/// demographic answers the survey parser keeps in item metadata (<c>ageBand</c>, <c>carer</c>, <c>ethnicity</c>,
/// <c>disability</c>, <c>sex</c>). A respondent is one survey row (document and row number), however many answers it gave.
/// </summary>
public sealed class CoverageStore(NpgsqlDataSource db)
{
    public static readonly string[] DemographicKeys = ["ageBand", "carer", "ethnicity", "disability", "sex"];

    public async Task<IReadOnlyList<LocalityItems>> ItemsByLocalityAsync(DateOnly from, DateOnly before, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<LocalityItems>(new CommandDefinition($"""
            WITH c AS (
                SELECT i.locality_id, count(*)::int AS items FROM items i
                WHERE {WeeklyCountStore.SaidOn} >= @from AND {WeeklyCountStore.SaidOn} < @before
                GROUP BY i.locality_id
            )
            SELECT l.id AS locality_id, l.name, l.population, coalesce(c.items, 0) AS items
            FROM localities l LEFT JOIN c ON c.locality_id = l.id
            UNION ALL
            SELECT NULL, NULL, NULL, c.items FROM c WHERE c.locality_id IS NULL
            ORDER BY 2 NULLS LAST
            """, new { from, before }, commandTimeout: 600, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Distinct survey respondents per demographic question and answer, and how many survey respondents there were in all.</summary>
    public async Task<(IReadOnlyList<Respondents> Answers, int Total)> RespondentsAsync(DateOnly from, DateOnly before, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var answers = await conn.QueryAsync<Respondents>(new CommandDefinition($"""
            SELECT m.key AS dimension, trim(m.value) AS value,
                   count(DISTINCT i.document_id::text || ':' || coalesce(i.row_no::text, 'item' || i.id::text))::int AS count
            FROM items i CROSS JOIN LATERAL jsonb_each_text(i.metadata) m
            WHERE i.channel = 'survey' AND m.key = ANY(@keys) AND trim(m.value) <> ''
              AND {WeeklyCountStore.SaidOn} >= @from AND {WeeklyCountStore.SaidOn} < @before
            GROUP BY m.key, trim(m.value)
            """, new { keys = DemographicKeys, from, before }, commandTimeout: 600, cancellationToken: ct));
        var total = await conn.ExecuteScalarAsync<int>(new CommandDefinition($"""
            SELECT count(DISTINCT i.document_id::text || ':' || coalesce(i.row_no::text, 'item' || i.id::text))::int
            FROM items i WHERE i.channel = 'survey' AND {WeeklyCountStore.SaidOn} >= @from AND {WeeklyCountStore.SaidOn} < @before
            """, new { from, before }, commandTimeout: 600, cancellationToken: ct));
        return (answers.AsList(), total);
    }
}
