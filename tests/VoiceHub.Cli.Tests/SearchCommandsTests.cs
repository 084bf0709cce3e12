using System.Text.Json;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary><c>voicehub search</c> with filters, <c>voicehub reindex</c>, and the shape of <c>voicehub bench search --json</c>.</summary>
[Trait("Category", "Slow")]
public sealed class SearchCommandsTests(PostgresCluster cluster)
{
    private async Task<CliRunner> ImportedAsync()
    {
        var cli = new CliRunner(await cluster.CreateDatabaseAsync("cli"), TestPaths.TempDirectory("voicehub-cli-index"));
        await cli.JsonAsync("import", TestPaths.Sample("survey.csv"), "--channel", "survey", "--json");
        return cli;
    }

    [Fact]
    public async Task Search_WithFilters_PrintsFilteredHitsAndEveryFacet()
    {
        var cli = await ImportedAsync();

        var all = await cli.JsonAsync("search", "staff", "--json");
        var grays = await cli.JsonAsync("search", "staff", "--locality", "grays", "--from", "2021-01-01", "--to", "2022-12-31", "--top", "3", "--json");

        Assert.True(grays.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.InRange(grays.GetProperty("hits").GetArrayLength(), 1, 3);
        Assert.All(grays.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Grays", h.GetProperty("locality").GetString()));
        var facets = grays.GetProperty("facets");
        Assert.Equal(["theme", "locality", "channel", "serviceArea", "month", "sentiment"], facets.EnumerateObject().Select(p => p.Name));
        var locality = facets.GetProperty("locality").EnumerateArray().ToList();
        Assert.True(locality.Single(v => v.GetProperty("value").GetString() == "Grays").GetProperty("selected").GetBoolean());
        Assert.True(locality.Count > 1); // the other localities, for choosing instead
    }

    [Fact]
    public async Task Search_BadDate_ExitsNonZeroNamingTheOption()
    {
        var cli = await ImportedAsync();
        var (code, stdout, stderr) = await cli.RunAsync("search", "staff", "--from", "31/02/2026", "--json");
        Assert.Equal(2, code);
        Assert.Equal("", stdout.Trim());
        Assert.Contains("--from", stderr);
    }

    [Fact]
    public async Task Reindex_NoAppHoldsTheIndex_RebuildsBesideItAndSwapsItIn()
    {
        var cli = await ImportedAsync();

        var result = await cli.JsonAsync("reindex", "--json");

        Assert.True(result.GetProperty("rebuilt").GetBoolean());
        Assert.Equal(TestPaths.SampleSurveyItems, result.GetProperty("items").GetInt32());
        Assert.True(result.GetProperty("request").GetInt64() > 0);
        Assert.False(Directory.Exists(cli.IndexDirectory + ".new"));
        Assert.False(Directory.Exists(cli.IndexDirectory + ".old"));
        Assert.Equal(2, (await cli.JsonAsync("search", "explained everything", "--json")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BenchSearch_Json_PrintsOneLineWithBothEnginesFigures_AndNewestFirst()
    {
        var cli = new CliRunner("", TestPaths.TempDirectory("voicehub-cli-index")); // the bench starts a cluster of its own
        var json = await cli.JsonAsync("bench", "search", "--items", "2000", "--rounds", "1", "--json");

        Assert.Equal(2000, json.GetProperty("items").GetInt32());
        foreach (var engine in new[] { "lucene", "postgres" })
        {
            var e = json.GetProperty(engine);
            Assert.Equal(["indexPerSecond", "p50Ms", "p95Ms", "p99Ms", "qps"], e.EnumerateObject().Select(p => p.Name));
            Assert.True(e.GetProperty("indexPerSecond").GetDouble() > 0);
            Assert.True(e.GetProperty("p95Ms").GetDouble() >= e.GetProperty("p50Ms").GetDouble());
            Assert.True(e.GetProperty("qps").GetDouble() > 0);
        }
        var newest = json.GetProperty("newest");
        Assert.Equal(["p50Ms", "p95Ms", "maxMs", "browseP50Ms", "browseMaxMs"], newest.EnumerateObject().Select(p => p.Name));
        Assert.True(newest.GetProperty("maxMs").GetDouble() >= newest.GetProperty("p95Ms").GetDouble());
        Assert.True(newest.GetProperty("browseP50Ms").GetDouble() > 0);
    }
}
