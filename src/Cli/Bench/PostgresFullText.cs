using System.Diagnostics;
using Dapper;
using Npgsql;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// The same searches done with PostgreSQL's own full-text search, as well as it reasonably can: a stored tsvector with
/// a GIN index, <c>websearch_to_tsquery</c> (the same syntax people type), <c>ts_rank</c> for order, facet counts by
/// GROUP BY with each facet ignoring its own choice (as the search page's do), and <c>ts_headline</c> for the snippets
/// of the page of hits. One round trip per search. Sessions run with JIT and parallel workers off (one thread, as Lucene).
/// </summary>
public sealed class PostgresFullText(NpgsqlDataSource db)
{
    private Dictionary<string, int> _themes = [];
    private Dictionary<string, int> _localities = [];

    /// <returns>How long adding the tsvector column and building its GIN index took.</returns>
    public async Task<TimeSpan> BuildAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            SET maintenance_work_mem = '1GB';
            SET max_parallel_maintenance_workers = 0;
            ALTER TABLE items ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', redacted_text)) STORED;
            CREATE INDEX items_tsv_idx ON items USING gin (tsv);
            ANALYZE items;
            """, commandTimeout: 7200, cancellationToken: ct));
        var took = clock.Elapsed;
        _themes = (await conn.QueryAsync<(string, int)>("SELECT name, id FROM themes")).ToDictionary(t => t.Item1, t => t.Item2);
        _localities = (await conn.QueryAsync<(string, int)>("SELECT name, id FROM localities")).ToDictionary(t => t.Item1, t => t.Item2);
        return took;
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync("SET jit = off; SET max_parallel_workers_per_gather = 0; SET work_mem = '64MB'");
        return conn;
    }

    /// <returns>The total, the number of facet rows and the number of snippets: proof the work was done.</returns>
    public async Task<(long Total, int FacetRows, int Snippets)> SearchAsync(NpgsqlConnection conn, BenchQuery q, CancellationToken ct)
    {
        var p = new
        {
            q = q.Text,
            themes = q.Themes.Length == 0 ? null : q.Themes.Select(t => _themes[t]).ToArray(),
            localities = q.Localities.Length == 0 ? null : q.Localities.Select(l => _localities[l]).ToArray(),
            channels = q.Channels.Length == 0 ? null : q.Channels,
            sentiments = q.Sentiments.Length == 0 ? null : q.Sentiments.SelectMany(Scores).ToArray(),
        };
        var rows = (await conn.QueryAsync<(string Facet, string? Value, long Count, string? Snippet)>(new CommandDefinition(Sql, p, cancellationToken: ct))).ToList();
        return (rows.Where(r => r.Facet == "total").Sum(r => r.Count), rows.Count(r => r.Facet is not ("total" or "hit")), rows.Count(r => r.Facet == "hit"));
    }

    private static short[] Scores(string band) => band switch
    {
        "positive" => [1, 2],
        "neutral" => [3],
        _ => [4, 5],
    };

    /// <summary>
    /// One statement: the matches (before facet choices) are found and ranked once, then counted per facet with the
    /// other facets' choices, and the best 20 that meet every choice get headlines.
    /// </summary>
    private const string Sql = """
        WITH q AS (SELECT websearch_to_tsquery('english', @q) AS q),
        base AS MATERIALIZED (
            SELECT i.id, i.locality_id, i.channel, i.sentiment, i.occurred_on, ts_rank(i.tsv, q.q) AS rank,
                   (@themes::int[] IS NULL OR EXISTS (SELECT 1 FROM item_themes it WHERE it.item_id = i.id AND it.theme_id = ANY(@themes))) AS ok_theme,
                   (@localities::int[] IS NULL OR i.locality_id = ANY(@localities)) AS ok_locality,
                   (@channels::text[] IS NULL OR i.channel = ANY(@channels)) AS ok_channel,
                   (@sentiments::smallint[] IS NULL OR i.sentiment = ANY(@sentiments)) AS ok_sentiment
            FROM items i, q
            WHERE i.tsv @@ q.q
        ),
        top AS (
            SELECT id, rank FROM base WHERE ok_theme AND ok_locality AND ok_channel AND ok_sentiment ORDER BY rank DESC LIMIT 20
        )
        SELECT 'total' AS facet, NULL AS value, count(*) AS count, NULL AS snippet
        FROM base WHERE ok_theme AND ok_locality AND ok_channel AND ok_sentiment
        UNION ALL
        SELECT 'theme', t.name, count(*), NULL FROM base b JOIN item_themes it ON it.item_id = b.id JOIN themes t ON t.id = it.theme_id
        WHERE ok_locality AND ok_channel AND ok_sentiment GROUP BY t.name
        UNION ALL
        SELECT 'locality', l.name, count(*), NULL FROM base b JOIN localities l ON l.id = b.locality_id
        WHERE ok_theme AND ok_channel AND ok_sentiment GROUP BY l.name
        UNION ALL
        SELECT 'channel', b.channel, count(*), NULL FROM base b WHERE ok_theme AND ok_locality AND ok_sentiment GROUP BY b.channel
        UNION ALL
        SELECT 'serviceArea', a.name, count(*), NULL FROM base b JOIN item_service_areas ia ON ia.item_id = b.id
        JOIN service_areas a ON a.id = ia.service_area_id
        WHERE ok_theme AND ok_locality AND ok_channel AND ok_sentiment GROUP BY a.name
        UNION ALL
        SELECT 'month', to_char(b.occurred_on, 'YYYY-MM'), count(*), NULL FROM base b
        WHERE ok_theme AND ok_locality AND ok_channel AND ok_sentiment GROUP BY 2
        UNION ALL
        SELECT 'sentiment', CASE WHEN b.sentiment <= 2 THEN 'positive' WHEN b.sentiment = 3 THEN 'neutral' ELSE 'negative' END, count(*), NULL
        FROM base b WHERE b.sentiment IS NOT NULL AND ok_theme AND ok_locality AND ok_channel GROUP BY 2
        UNION ALL
        SELECT 'hit', t.id::text, 0, ts_headline('english', i.redacted_text, q.q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15')
        FROM top t JOIN items i ON i.id = t.id, q
        """;
}
