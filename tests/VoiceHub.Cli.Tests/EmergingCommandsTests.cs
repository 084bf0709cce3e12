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
    /// <summary>
    /// <c>--peers</c> end to end on a small run (one replicate, 4 weeks; R takes a minute): a <c>peers-out.csv</c> left
    /// unfinished is not taken for the peers' flags, the JSON and the table carry every method (and the known-null
    /// reference), a rerun reuses R's flags,
    /// and another seed in the same folder is refused rather than overwriting them.
    /// </summary>
    [Fact]
    public async Task EvaluatePeers_UnfinishedFlagsRerun_JsonAndTableShape_OtherStreamsRefused()
    {
        var cli = new CliRunner("Host=unused", TestPaths.TempDirectory("voicehub-cli-index"));
        var dir = TestPaths.TempDirectory("voicehub-peers");
        string[] args = ["emerging", "evaluate", "--peers", "--peer-replicates", "1", "--peer-weeks", "4", "--peer-dir", dir, "--seed", "5"];
        // What a killed R run of the old script left: the header and a few rows, written after the streams.
        await File.WriteAllTextAsync(Path.Combine(dir, "streams.csv"), "stream,week,count\n1,1,3\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir, "peers-out.csv"), "method,alpha,stream,week,value\nfarrington,NA,1,61,0.5\n", TestContext.Current.CancellationToken);

        var (code, stdout, stderr) = await cli.RunAsync([.. args, "--json"]);
        Assert.True(code == 0, stderr);
        Assert.Contains("peers-out.csv is not finished", stderr);
        var json = JsonDocument.Parse(stdout.Trim()).RootElement;
        Assert.SkipWhen(json.GetProperty("peersSkipped").ValueKind == JsonValueKind.String, "R or its surveillance package is not installed");
        Assert.Equal(155, json.GetProperty("streams").GetInt32());
        Assert.Equal(4, json.GetProperty("weeksJudged").GetInt32());
        Assert.Equal(["VoiceHub", "ears-c1", "ears-c2", "ears-c3", "farrington", "known null (reference)"],
            json.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()).Order(StringComparer.Ordinal));
        foreach (var method in json.GetProperty("methods").EnumerateArray())
        {
            var settings = method.GetProperty("settings").EnumerateArray().ToList();
            Assert.Equal(method.GetProperty("method").GetString()!.StartsWith("ears", StringComparison.Ordinal) ? 11 : 41, settings.Count);
            Assert.All(settings, s => Assert.Equal(["+50%", "+100%", "+200%"], s.GetProperty("bySize").EnumerateObject().Select(p => p.Name)));
            // Read at VoiceHub's own rate first, then at 0.3, 0.5, 0.75 and 1 false alarms per 100 series-weeks.
            var levels = method.GetProperty("atFalseAlarms").EnumerateArray().Select(a => a.GetProperty("falseAlarmsPer100SeriesWeeks").GetDouble()).ToList();
            Assert.Equal(json.GetProperty("falseAlarmsPer100SeriesWeeks").GetDouble(), levels[0]);
            Assert.Equal([0.3, 0.5, 0.75, 1.0], levels.Skip(1).Where(l => l != levels[0]));
        }
        Assert.Contains(json.GetProperty("aimMet").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });

        // The same streams again: R's flags are reused (it would take a minute) and the table has every method's row.
        var finished = File.GetLastWriteTimeUtc(Path.Combine(dir, "peers-out.csv"));
        (code, stdout, stderr) = await cli.RunAsync(args);
        Assert.True(code == 0, stderr);
        Assert.Contains("Reusing the peers' flags", stderr);
        Assert.Equal(finished, File.GetLastWriteTimeUtc(Path.Combine(dir, "peers-out.csv")));
        Assert.Contains("155 streams × 4 weeks judged", stdout);
        foreach (var row in new[] { "| VoiceHub (α 0.005) |", "| ears-c1 (α ", "| ears-c2 (α ", "| ears-c3 (α ", "| farrington (α ", "| known null (reference) (α " })
            Assert.Contains(row, stdout);
        Assert.Contains("| Method | Settings | False alarms (fewest to most) | At VoiceHub's ", stdout);

        // Another seed in the folder holding finished flags: refused, and nothing there is touched.
        var streams = await File.ReadAllTextAsync(Path.Combine(dir, "streams.csv"), TestContext.Current.CancellationToken);
        (code, _, stderr) = await cli.RunAsync([.. args[..^1], "6"]);
        Assert.Equal(2, code);
        Assert.Contains("holds the peers' flags for other streams", stderr);
        Assert.Equal(streams, await File.ReadAllTextAsync(Path.Combine(dir, "streams.csv"), TestContext.Current.CancellationToken));
        Assert.Equal(finished, File.GetLastWriteTimeUtc(Path.Combine(dir, "peers-out.csv")));
    }
}
