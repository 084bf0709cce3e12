using System.Text.Json;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>The CLI's JSON is a contract scripts rely on: these tests pin its shape and its exit codes.</summary>
[Trait("Category", "Slow")]
public sealed class ImportAndSearchTests(PostgresCluster cluster)
{
    private async Task<CliRunner> CliAsync() =>
        new(await cluster.CreateDatabaseAsync("cli"), TestPaths.TempDirectory("voicehub-cli-index"));

    [Fact]
    public async Task Import_ThenSearch_PrintsTheContractAndTheIndexIsBroughtUpToDate()
    {
        var cli = await CliAsync();

        var import = await cli.JsonAsync("import", TestPaths.Sample("survey.csv"), "--channel", "survey", "--json");
        Assert.Equal(["documentId", "status", "itemsAdded", "duplicatesSkipped", "warnings", "error"],
            import.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ingested", import.GetProperty("status").GetString());
        Assert.Equal(TestPaths.SampleSurveyItems, import.GetProperty("itemsAdded").GetInt32());
        Assert.Equal(JsonValueKind.Null, import.GetProperty("error").ValueKind);

        var search = await cli.JsonAsync("search", "explained everything", "--json");
        Assert.Equal(2, search.GetProperty("total").GetInt32());
        var hit = search.GetProperty("hits")[0];
        foreach (var key in new[] { "id", "reference", "text", "snippet", "themes", "locality", "channel", "date", "score" })
        {
            Assert.True(hit.TryGetProperty(key, out _), $"hit has no {key}");
        }
        Assert.Contains("<mark>explained</mark>", hit.GetProperty("snippet").GetString());
        Assert.Equal(JsonValueKind.Object, search.GetProperty("facets").ValueKind);

        var again = await cli.JsonAsync("import", TestPaths.Sample("survey.csv"), "--channel", "survey", "--json");
        Assert.Equal(0, again.GetProperty("itemsAdded").GetInt32());
        Assert.Equal(TestPaths.SampleSurveyItems, again.GetProperty("duplicatesSkipped").GetInt32());
    }

    [Fact]
    public async Task Import_BrokenCsv_ExitsZeroReportingFailedWithTheRow()
    {
        var cli = await CliAsync();
        var file = Path.Combine(TestPaths.TempDirectory(), "broken.csv");
        await File.WriteAllTextAsync(file, "Date,Comment\n01/10/2026,a fine first answer to keep\n02/10/2026,\"never closed\n");

        var result = await cli.JsonAsync("import", file, "--channel", "survey", "--json");

        Assert.Equal("failed", result.GetProperty("status").GetString());
        Assert.Contains("Row 3", result.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("import", "/nowhere/at/all.csv", "--channel", "survey", "--json")]
    [InlineData("import", "seeds/samples/survey.csv", "--channel", "carrier-pigeon", "--json")]
    [InlineData("import", "seeds/samples/survey.csv")]
    public async Task Import_CannotRun_ExitsNonZeroWithAMessage(params string[] args)
    {
        var cli = await CliAsync();
        var (code, stdout, stderr) = await cli.RunAsync(args);
        Assert.NotEqual(0, code);
        Assert.DoesNotContain("\"documentId\"", stdout); // no JSON a script could mistake for a result
        Assert.NotEqual("", stderr.Trim());
    }
}
