using Dapper;
using VoiceHub.Search.Facets;
using VoiceHub.Search.Queries;
using System.Globalization;

namespace VoiceHub.Search.Tests;

/// <summary>
/// Facet counts against the same counts computed by SQL over the judged corpus: every facet, with none, one and several
/// choices and a date range, each facet's counts ignoring its own choices (drill-sideways) but respecting the others.
/// </summary>
public sealed class FacetTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    public static TheoryData<string[], string[], string[], string[], string?, string?> Choices => new()
    {
        { [], [], [], [], null, null },
        { ["Grays"], [], [], [], null, null },
        { ["Grays", "Tilbury and Chadwell"], ["Staff manner & personal attributes"], [], [], null, null },
        { [], ["Timeliness of care", "Contacting services"], ["negative"], ["Home care", "Carers support"], null, null },
        { ["Stanford-le-Hope and Corringham"], [], ["positive", "neutral"], [], "2021-06-10", "2021-07-15" },
        { [], [], [], [], "2025-01-01", null },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public async Task Search_FiltersOnly_FacetCountsEqualSql(string[] localities, string[] themes, string[] sentiments, string[] areas, string? from, string? to)
    {
        var request = new SearchRequest
        {
            Localities = localities,
            Themes = themes,
            Sentiments = sentiments,
            ServiceAreas = areas,
            From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
            // Without words the search lists everything that passes the filters.
            Query = from is null && to is null && localities.Length + themes.Length + sentiments.Length + areas.Length == 0 ? "*" : "",
        };
        var results = corpus.F.Search.Search(request);

        var sql = new SqlFacets(request);
        await using var conn = await corpus.F.Db.DataSource.OpenConnectionAsync();
        Assert.Equal(await conn.ExecuteScalarAsync<int>(sql.Total(), sql.Parameters), results.Total);
        foreach (var facet in FacetCatalog.All)
        {
            var expected = (await conn.QueryAsync<(string Value, int Count)>(sql.Counts(facet), sql.Parameters)).ToDictionary(r => r.Value, r => r.Count);
            var actual = results.Facets.Single(f => f.Facet == facet).Values.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count);
            Assert.True(expected.Count > 0 || facet == FacetCatalog.ServiceArea, $"SQL found no {facet.Key} values: the test is not testing");
            Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
        }
    }

    [Fact]
    public void Search_Words_FacetCountsAddUpToTheTotal()
    {
        var results = corpus.F.Search.Search(new SearchRequest { Query = "staff" });
        Assert.True(results.Total > 20);
        // Every corpus item has exactly one locality and one channel.
        Assert.Equal(results.Total, results.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values.Sum(v => v.Count));
        Assert.Equal(results.Total, results.Facets.Single(f => f.Facet == FacetCatalog.Channel).Values.Sum(v => v.Count));
    }

    [Fact]
    public void Search_ChosenValue_StaysListedWithItsOwnCountAndOthersStayVisible()
    {
        var all = corpus.F.Search.Search(new SearchRequest { Query = "staff" });
        var grays = all.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values.Single(v => v.Value == "Grays");

        var chosen = corpus.F.Search.Search(new SearchRequest { Query = "staff", Localities = ["Grays"] });
        var localities = chosen.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values;

        Assert.Equal(grays.Count, chosen.Total);
        Assert.True(localities.Single(v => v.Value == "Grays").Selected);
        Assert.Equal(4, localities.Count); // the other three localities still offered, with their counts
        Assert.Equal(all.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values.Sum(v => v.Count), localities.Sum(v => v.Count));
    }

    /// <summary>The facet counts as SQL: a condition per facet, each facet counted under the others' conditions.</summary>
    private sealed class SqlFacets(SearchRequest r)
    {
        public object Parameters => new
        {
            localities = r.Localities.ToArray(),
            themes = r.Themes.ToArray(),
            sentiments = r.Sentiments.ToArray(),
            areas = r.ServiceAreas.ToArray(),
            from = r.From,
            to = r.To,
        };

        private const string Day = "coalesce(i.occurred_on, (i.received_at AT TIME ZONE 'UTC')::date)";
        private const string Band = "CASE WHEN i.sentiment <= 2 THEN 'positive' WHEN i.sentiment = 3 THEN 'neutral' WHEN i.sentiment >= 4 THEN 'negative' END";

        private string Where(FacetDefinition? except)
        {
            var conditions = new List<string> { "true" };
            if (r.From is not null) conditions.Add($"{Day} >= @from");
            if (r.To is not null) conditions.Add($"{Day} <= @to");
            if (r.Localities.Count > 0 && except != FacetCatalog.Locality) conditions.Add("l.name = ANY(@localities)");
            if (r.Themes.Count > 0 && except != FacetCatalog.Theme)
                conditions.Add("EXISTS (SELECT 1 FROM item_themes x JOIN themes t ON t.id = x.theme_id WHERE x.item_id = i.id AND t.name = ANY(@themes))");
            if (r.ServiceAreas.Count > 0 && except != FacetCatalog.ServiceArea)
                conditions.Add("EXISTS (SELECT 1 FROM item_service_areas x JOIN service_areas a ON a.id = x.service_area_id WHERE x.item_id = i.id AND a.name = ANY(@areas))");
            if (r.Sentiments.Count > 0 && except != FacetCatalog.Sentiment) conditions.Add($"{Band} = ANY(@sentiments)");
            return string.Join(" AND ", conditions);
        }

        public string Total() => $"SELECT count(*) FROM items i LEFT JOIN localities l ON l.id = i.locality_id WHERE {Where(null)}";

        public string Counts(FacetDefinition facet)
        {
            var (value, join) = facet.Key switch
            {
                "theme" => ("t.name", "JOIN item_themes it ON it.item_id = i.id JOIN themes t ON t.id = it.theme_id"),
                "locality" => ("l.name", ""),
                "channel" => ("i.channel", ""),
                "serviceArea" => ("a.name", "JOIN item_service_areas ia ON ia.item_id = i.id JOIN service_areas a ON a.id = ia.service_area_id"),
                "month" => ($"to_char({Day}, 'YYYY-MM')", ""),
                _ => (Band, ""),
            };
            return $"""
                SELECT {value} AS value, count(*)::int AS count
                FROM items i LEFT JOIN localities l ON l.id = i.locality_id {join}
                WHERE {Where(facet)} AND {value} IS NOT NULL
                GROUP BY 1
                """;
        }
    }
}
