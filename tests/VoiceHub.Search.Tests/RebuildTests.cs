using System.Text;
using Dapper;
using VoiceHub.Search.Queries;
using VoiceHub.TestCommon;

namespace VoiceHub.Search.Tests;

/// <summary><c>voicehub reindex</c> on a node: a rebuild beside the live index, swapped in under running searches; and a vanished folder.</summary>
public sealed class RebuildTests(PostgresCluster cluster)
{
    [Fact]
    public async Task ServeRequests_NewRequest_RebuildsBesideAndSwapsInWhileSearchesRun()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await f.Sync.CatchUpAsync(CancellationToken.None);
        var expected = f.Search.Search(new SearchRequest { Query = "staff" }).Total;
        Assert.False(await f.Rebuilder.ServeRequestsAsync(CancellationToken.None)); // nothing asked yet
        var request = await f.Requests.RequestRebuildAsync("test", CancellationToken.None);

        using var stop = new CancellationTokenSource();
        var totals = new List<int>();
        var searching = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) totals.Add(f.Search.Search(new SearchRequest { Query = "staff" }).Total);
        });
        Assert.True(await f.Rebuilder.ServeRequestsAsync(CancellationToken.None));
        await stop.CancelAsync();
        await searching;
        totals.Add(f.Search.Search(new SearchRequest { Query = "staff" }).Total);

        Assert.All(totals, t => Assert.Equal(expected, t));
        Assert.Equal(TestPaths.SampleSurveyItems, f.Holder.Count());
        Assert.Equal(request, f.Index.RebuildRequest);
        Assert.False(Directory.Exists(f.IndexPath + ".new"));
        Assert.False(Directory.Exists(f.IndexPath + ".old"));

        // The swapped-in index is the live writer: it follows new items, and remembers the request across a restart.
        await f.IngestAsync("more.csv", Encoding.UTF8.GetBytes("Date,Comment\n01/10/2026,The respite staff in Grays are wonderful\n"));
        Assert.Equal(1, await f.Sync.CatchUpAsync(CancellationToken.None));
        f.Close();
        f.Open();
        Assert.Equal(request, f.Index.RebuildRequest);
        Assert.Equal(81, f.Holder.Count());
        Assert.False(await f.Rebuilder.ServeRequestsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Search_WhileAFreshIndexIsBeingBuilt_SaysSo_AndStopsSayingSoOnceCaughtUp()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        var during = f.Search.Search(new SearchRequest { Query = "staff" });
        Assert.True(during.IndexRebuilding);
        Assert.Equal(0, during.Total);

        await f.Sync.CatchUpAsync(CancellationToken.None);

        var after = f.Search.Search(new SearchRequest { Query = "staff" });
        Assert.False(after.IndexRebuilding);
        Assert.True(after.Total > 0);
    }

    [Fact]
    public async Task ServeRequests_FreshIndexBeingBuilt_TakesTheRequestWithoutASecondBuild()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        var request = await f.Requests.RequestRebuildAsync("test", CancellationToken.None);
        Assert.True(f.Index.Rebuilding);

        Assert.False(await f.Rebuilder.ServeRequestsAsync(CancellationToken.None));
        await f.Sync.CatchUpAsync(CancellationToken.None);

        Assert.Equal(request, f.Index.RebuildRequest);
        Assert.Equal(TestPaths.SampleSurveyItems, f.Holder.Count());
    }

    [Fact]
    public async Task CatchUp_IndexFolderDeletedUnderTheRunningIndex_StartsAgainAndRebuilds()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await f.Sync.CatchUpAsync(CancellationToken.None);
        Directory.Delete(f.IndexPath, recursive: true);

        await f.Sync.CatchUpAsync(CancellationToken.None);

        Assert.Equal(TestPaths.SampleSurveyItems, f.Holder.Count());
        Assert.True(Directory.Exists(f.IndexPath));
        Assert.Equal(1, f.Search.Search(new SearchRequest { Query = "\"very informative\"" }).Total);
    }

    [Fact]
    public async Task CatchUp_ThemesChangedWithATouch_FacetsFollow()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await f.Sync.CatchUpAsync(CancellationToken.None);
        var hit = f.Search.Search(new SearchRequest { Query = "\"very informative\"" }).Hits.Single();
        Assert.Empty(hit.Themes);

        await using (var conn = await f.Db.DataSource.OpenConnectionAsync())
        await using (var tx = await conn.BeginTransactionAsync())
        {
            // What the themes work does: change the item's labels, and touch the item in the same transaction.
            await conn.ExecuteAsync("""
                INSERT INTO item_themes (item_id, theme_id, source) SELECT @id, id, 'staff' FROM themes WHERE name = 'Information directly from staff during care';
                INSERT INTO service_areas (name) VALUES ('Home care') ON CONFLICT (name) DO NOTHING;
                INSERT INTO item_service_areas (item_id, service_area_id, source) SELECT @id, id, 'staff' FROM service_areas WHERE name = 'Home care';
                UPDATE items SET sentiment = 1 WHERE id = @id;
                """, new { id = hit.Id }, tx);
            await tx.CommitAsync();
        }
        await f.Sync.CatchUpAsync(CancellationToken.None);

        var after = f.Search.Search(new SearchRequest { Query = "\"very informative\"" });
        Assert.Equal(["Information directly from staff during care"], after.Hits.Single().Themes);
        Assert.Equal(["Home care"], after.Hits.Single().ServiceAreas);
        Assert.Equal(1, after.Hits.Single().Sentiment);
        Assert.Equal(1, after.Facets.Single(x => x.Facet.Key == "sentiment").Values.Single(v => v.Value == "positive").Count);
        Assert.Equal(1, f.Search.Search(new SearchRequest { ServiceAreas = ["Home care"] }).Total);
    }
}
