using System.Diagnostics;
using VoiceHub.TestCommon;

namespace VoiceHub.Scale.Tests;

/// <summary>
/// Two app processes on different loopback ports, each with its own index folder, sharing one PostgreSQL: what is
/// stored through one is searchable on the other within seconds, and when the node running a long ingest is killed
/// the other finishes it, with nothing lost or doubled.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TwoNodesTests(PostgresCluster cluster)
{
    private const int LongSurveyRows = 20_000;

    [Fact(Timeout = 240_000)]
    public async Task TwoNodes_UploadOnOneSearchOnOther_ThenKilledNodesIngestIsFinishedByTheOther()
    {
        var db = new SharedDatabase(await cluster.CreateDatabaseAsync("scale"));
        await using var first = await AppProcess.StartAsync(db.ConnectionString, Settings.FastFailover());
        await using var second = await AppProcess.StartAsync(db.ConnectionString, Settings.FastFailover());
        Assert.NotEqual(first.Port, second.Port);
        Assert.NotEqual(first.IndexDirectory, second.IndexDirectory);
        using var onFirst = await Node.SignInAsync(first);
        using var onSecond = await Node.SignInAsync(second);

        // Stored through the first node, found through the second within a few seconds.
        var small = await Node.UploadSurveyAsync(onFirst, first, SurveyFile.Generate(20, "small", marker: "quokkateapot"), "small.csv");
        await Waits.ForAsync(() => db.StatusAsync(small), s => s == "ingested", TimeSpan.FromSeconds(60), "the small survey's ingest", first, second);
        var clock = Stopwatch.StartNew();
        await Waits.ForAsync(() => Node.SearchTotalAsync(onSecond, "quokkateapot"), t => t == 40, TimeSpan.FromSeconds(5),
            "the second node to find the 40 answers stored through the first", first, second);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        await Waits.ForAsync(() => Node.SearchTotalAsync(onFirst, "quokkateapot"), t => t == 40, TimeSpan.FromSeconds(5),
            "the first node to find them too", first, second);
        Assert.NotEmpty(Directory.GetFiles(first.IndexDirectory));
        Assert.NotEmpty(Directory.GetFiles(second.IndexDirectory));

        // A long ingest, uploaded through the first; whichever node's worker took it is killed mid-way.
        var big = await Node.UploadSurveyAsync(onFirst, first, SurveyFile.Generate(LongSurveyRows, "big", marker: "wombatlantern"), "big.csv");
        var serverId = await Waits.ForAsync(() => db.IngestProcessedByAsync(big), s => s is not null, TimeSpan.FromSeconds(60), "a worker to take the long ingest", first, second);
        await Waits.ForAsync(db.WritingItemsAsync, w => w, TimeSpan.FromSeconds(60), "the long ingest to start writing items", first, second);
        var (worker, survivor, survivorClient) = serverId!.Contains($":{first.ProcessId}:", StringComparison.Ordinal)
            ? (first, second, onSecond) : (second, first, onFirst);
        await worker.KillAsync();

        // Killed while writing: the ingest's one transaction never committed.
        Assert.Equal("ingesting", await db.StatusAsync(big));
        Assert.Equal(0, (await db.CountsAsync(big)).Items);

        await Waits.ForAsync(() => db.StatusAsync(big), s => s == "ingested", TimeSpan.FromSeconds(120), "the surviving node to finish the long ingest", survivor);
        var (items, fingerprints, answers, rows, added) = await db.CountsAsync(big);
        Assert.Equal(2 * LongSurveyRows, items);
        Assert.Equal(items, fingerprints);
        Assert.Equal(items, answers);
        Assert.Equal(LongSurveyRows, rows);
        Assert.Equal(2 * LongSurveyRows, added);
        Assert.Equal(1, await db.IngestJobCountAsync(big));
        var states = await db.IngestJobStatesAsync(big);
        Assert.Equal("Succeeded", states[^1]);
        Assert.True(states.Count(s => s == "Processing") >= 2, $"The job should have been started twice: {string.Join(", ", states)}");

        await Waits.ForAsync(() => Node.SearchTotalAsync(survivorClient, "wombatlantern"), t => t == 2 * LongSurveyRows, TimeSpan.FromSeconds(60),
            "the surviving node to index the long survey", survivor);
    }
}
