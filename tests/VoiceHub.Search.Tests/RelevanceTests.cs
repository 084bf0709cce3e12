using VoiceHub.Core.Seeds;
using VoiceHub.Search.Queries;

namespace VoiceHub.Search.Tests;

/// <summary>The judged set: for each search, the items a commissioner expects to see first (see Relevance/README.md).</summary>
public sealed class RelevanceTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Search_JudgedQueries_ExpectedItemsAreInTheTopFive()
    {
        var failures = new List<string>();
        var judged = SeedLoader.ReadTable(CorpusFixture.RelevanceFile("judged.csv")).ToList();
        Assert.True(judged.Count >= 20, "the judged set has gone missing");
        foreach (var row in judged)
        {
            var query = row["query"];
            var expected = row.Values.Skip(1).First().Split(';', StringSplitOptions.TrimEntries);
            var top = corpus.F.Search.Search(new SearchRequest { Query = query, PageSize = 5 }).Hits.Select(h => corpus.Keys[h.Id]).ToList();
            var missing = expected.Where(e => !top.Contains(e)).ToList();
            if (missing.Count > 0) failures.Add($"{query}: missing {string.Join(", ", missing)}; top five were {string.Join(", ", top)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
