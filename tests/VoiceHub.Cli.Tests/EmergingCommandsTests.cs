using System.Text.Json;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary><c>voicehub emerging</c>, <c>voicehub digest</c> and <c>voicehub emerging evaluate</c> as an operator runs them.</summary>
[Trait("Category", "Slow")]
public sealed class EmergingCommandsTests(PostgresCluster cluster)
{
    /// <summary>26 ordinary weeks of 3–5 comments about feeling safe in Grays, then 16 in 2026-W20.</summary>
    private async Task<CliRunner> WithABurstAsync()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var items = new TestItems(db.DataSource);
        var week = new DateOnly(2026, 5, 11); // Monday of 2026-W20
        int[] pattern = [3, 4, 5, 4, 3, 5, 4];
        for (var i = 26; i >= 0; i--)
        {
            await items.AddAsync(i == 0 ? 16 : pattern[i % 7], on: week.AddDays(-7 * i + i % 7), locality: "Grays", theme: "Feeling safe",
                text: "I do not feel safe at night.");
        }
        return new CliRunner(db.ConnectionString, TestPaths.TempDirectory("voicehub-cli-index"));
    }

    [Fact]
    public async Task Emerging_Json_HasTheIssueShapeAndTheFlag_AndDigestWritesTheSnapshot()
    {
        var cli = await WithABurstAsync();
        var json = await cli.JsonAsync("emerging", "--week", "2026-W20", "--json");
        Assert.Equal("2026-W20", json.GetProperty("week").GetString());
        var issue = json.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("locality").ValueKind == JsonValueKind.String);
        Assert.Equal("Feeling safe", issue.GetProperty("theme").GetString());
        Assert.Equal("Grays", issue.GetProperty("locality").GetString());
        Assert.Equal(JsonValueKind.Null, issue.GetProperty("channel").ValueKind);
        Assert.Equal(16, issue.GetProperty("count").GetInt32());
        Assert.True(issue.GetProperty("upperBound").GetDouble() < 16);
        Assert.True(issue.GetProperty("score").GetDouble() > 1);
        Assert.StartsWith("Feeling safe in Grays: 16 comments this week", issue.GetProperty("sentence").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("phrases").ValueKind);

        var file = Path.Combine(TestPaths.TempDirectory("voicehub-digest"), "digest.html");
        var (code, stdout, stderr) = await cli.RunAsync("digest", "--week", "2026-w20", "--out", file);
        Assert.True(code == 0, stderr);
        Assert.Contains("version 1, built now", stdout);
        var html = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("What we heard in week 20 of 2026", html);
        Assert.Contains("Feeling safe in Grays: 16 comments this week", html);
        Assert.Contains("@media print", html);
        Assert.DoesNotContain("<script", html);
        // Again: the stored snapshot, not a new build.
        (code, stdout, _) = await cli.RunAsync("digest", "--week", "2026-W20", "--out", file);
        Assert.Equal(0, code);
        Assert.DoesNotContain("built now", stdout);

        (code, _, stderr) = await cli.RunAsync("emerging", "--week", "2026-W60", "--json");
        Assert.Equal(2, code);
        Assert.Contains("--week '2026-W60' is not an ISO week", stderr);
    }

    [Fact]
    public async Task Evaluate_Json_PrintsTheFiguresBySize()
    {
        var cli = new CliRunner("Host=unused", TestPaths.TempDirectory("voicehub-cli-index"));
        var json = await cli.JsonAsync("emerging", "evaluate", "--json", "--weeks", "52");
        foreach (var name in new[] { "precision", "recall", "falseAlarmsPer100SeriesWeeks" })
        {
            Assert.InRange(json.GetProperty(name).GetDouble(), 0, 100);
        }
        Assert.Equal(["+50%", "+100%", "+200%"], json.GetProperty("bySize").EnumerateObject().Select(p => p.Name));
        var big = json.GetProperty("bySize").GetProperty("+200%").GetProperty("recall").GetDouble();
        var small = json.GetProperty("bySize").GetProperty("+50%").GetProperty("recall").GetDouble();
        Assert.True(big > small, "bigger bursts are easier to detect");
    }
}
