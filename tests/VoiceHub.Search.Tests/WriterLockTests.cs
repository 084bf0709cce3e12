using VoiceHub.Search.Queries;
using VoiceHub.TestCommon;

namespace VoiceHub.Search.Tests;

public sealed class WriterLockTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Open_SecondHolderWhileOneWrites_IsReadOnlyAndSeesTheWritersCommits()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await f.Sync.CatchUpAsync(CancellationToken.None);

        using (var second = IndexHolder.Open(f.IndexPath, write: true, null))
        {
            Assert.False(second.Current.CanWrite);
            Assert.Equal(TestPaths.SampleSurveyItems, second.Count());
            Assert.Equal(f.Index.Cursor, second.Current.Cursor);
            Assert.Equal(1, new SearchService(second, new Analysis.Synonyms(f.SynonymsPath, null)).Search(new SearchRequest { Query = "\"very informative\"" }).Total);
        }

        f.Close(); // the writer goes: the next holder writes
        var next = IndexHolder.Open(f.IndexPath, write: true, null);
        Assert.True(next.Current.CanWrite);
        next.Dispose();
        f.Open();
    }
}
