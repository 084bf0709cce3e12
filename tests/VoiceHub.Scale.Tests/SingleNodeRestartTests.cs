using VoiceHub.TestCommon;

namespace VoiceHub.Scale.Tests;

/// <summary>One node killed in the middle of an ingest and started again: the job completes once, nothing lost or doubled.</summary>
[Trait("Category", "Slow")]
public sealed class SingleNodeRestartTests(PostgresCluster cluster)
{
    private const int Rows = 12_000;

    [Fact(Timeout = 180_000)]
    public async Task Node_KilledMidIngestAndRestarted_FinishesTheIngestOnce()
    {
        var db = new SharedDatabase(await cluster.CreateDatabaseAsync("restart"));
        await using var node = await AppProcess.StartAsync(db.ConnectionString, Settings.FastFailover());
        using (var client = await Node.SignInAsync(node))
        {
            var id = await Node.UploadSurveyAsync(client, node, SurveyFile.Generate(Rows, "restart", marker: "pangolinteapot"), "restart.csv");
            await Waits.ForAsync(db.WritingItemsAsync, w => w, TimeSpan.FromSeconds(60), "the ingest to start writing items", node);
            await node.KillAsync();
            Assert.Equal("ingesting", await db.StatusAsync(id));
            Assert.Equal(0, (await db.CountsAsync(id)).Items);

            await node.StartAsync();
            await Waits.ForAsync(() => db.StatusAsync(id), s => s == "ingested", TimeSpan.FromSeconds(120), "the restarted node to finish the ingest", node);
            var (items, fingerprints, answers, rows, added) = await db.CountsAsync(id);
            Assert.Equal(2 * Rows, items);
            Assert.Equal(items, fingerprints);
            Assert.Equal(items, answers);
            Assert.Equal(Rows, rows);
            Assert.Equal(2 * Rows, added);
            Assert.Equal(1, await db.IngestJobCountAsync(id));
            Assert.Equal("Succeeded", (await db.IngestJobStatesAsync(id))[^1]);
        }

        using var again = await Node.SignInAsync(node);
        await Waits.ForAsync(() => Node.SearchTotalAsync(again, "pangolinteapot"), t => t == 2 * Rows, TimeSpan.FromSeconds(60), "the restarted node to index the survey", node);
    }
}
