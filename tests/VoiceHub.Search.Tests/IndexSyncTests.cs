using System.Text;
using Dapper;
using VoiceHub.Search.Queries;
using VoiceHub.TestCommon;

namespace VoiceHub.Search.Tests;

public sealed class IndexSyncTests(PostgresCluster cluster)
{
    [Fact]
    public async Task CatchUpAsync_FromEmpty_IndexesEveryItemAndCommitsTheCursor()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        Assert.True(f.Index.Rebuilding);

        var applied = await f.Sync.CatchUpAsync(CancellationToken.None);

        Assert.Equal(TestPaths.SampleSurveyItems, applied);
        Assert.Equal(TestPaths.SampleSurveyItems, f.Index.Count());
        Assert.False(f.Index.Rebuilding);
        Assert.Equal(await f.Db.Items.LatestChangeAsync(CancellationToken.None), f.Index.Cursor);
    }

    [Fact]
    public async Task CatchUpAsync_AfterRestart_ResumesFromTheCommittedCursor()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await f.Sync.CatchUpAsync(CancellationToken.None);
        var cursor = f.Index.Cursor;
        f.Close();

        await f.IngestAsync("more.csv", Encoding.UTF8.GetBytes("Date,Comment\n01/10/2026,The respite centre in Grays is wonderful\n"));
        f.Open();

        Assert.Equal(cursor, f.Index.Cursor);
        Assert.False(f.Index.Rebuilding);
        Assert.Equal(1, await f.Sync.CatchUpAsync(CancellationToken.None));
        Assert.Equal(81, f.Index.Count());
    }

    [Fact]
    public async Task CatchUpAsync_ItemEditedAndDeleted_IndexFollows()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await f.Sync.CatchUpAsync(CancellationToken.None);
        var hit = f.Search.Search(new SearchRequest { Query = "\"very informative\"" }).Hits.Single();

        await using (var conn = await f.Db.DataSource.OpenConnectionAsync())
        {
            await conn.ExecuteAsync("UPDATE items SET redacted_text = 'Now about wheelchairs' WHERE id = @id", new { id = hit.Id });
        }
        await f.Sync.CatchUpAsync(CancellationToken.None);
        Assert.Equal(0, f.Search.Search(new SearchRequest { Query = "\"very informative\"" }).Total);
        Assert.Equal(hit.Id, f.Search.Search(new SearchRequest { Query = "wheelchairs" }).Hits.Single().Id);

        await using (var conn = await f.Db.DataSource.OpenConnectionAsync())
        {
            await conn.ExecuteAsync("DELETE FROM items WHERE id = @id", new { id = hit.Id });
        }
        await f.Sync.CatchUpAsync(CancellationToken.None);
        Assert.Equal(0, f.Search.Search(new SearchRequest { Query = "wheelchairs" }).Total);
        Assert.Equal(79, f.Index.Count());
    }

    [Fact]
    public async Task Open_CorruptIndex_IsMovedAsideAndRebuiltFromPostgres()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await f.Sync.CatchUpAsync(CancellationToken.None);
        f.Close();
        foreach (var file in Directory.GetFiles(f.IndexPath, "segments_*")) File.WriteAllBytes(file, [1, 2, 3]);

        f.Open();
        Assert.True(f.Index.Rebuilding);
        Assert.NotNull(f.Index.RebuildReason);
        await f.Sync.CatchUpAsync(CancellationToken.None);

        Assert.Equal(TestPaths.SampleSurveyItems, f.Index.Count());
        Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(f.IndexPath)!, Path.GetFileName(f.IndexPath) + ".corrupt-*"));
    }
}
