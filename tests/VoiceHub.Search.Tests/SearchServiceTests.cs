using VoiceHub.Search.Queries;
using VoiceHub.TestCommon;

namespace VoiceHub.Search.Tests;

public sealed class SearchServiceTests(PostgresCluster cluster) : IAsyncLifetime
{
    private SearchFixture _f = null!;

    public async ValueTask InitializeAsync()
    {
        _f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await _f.Sync.CatchUpAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private SearchResults Find(string query, SearchSort sort = SearchSort.Relevance) =>
        _f.Search.Search(new SearchRequest { Query = query, Sort = sort, PageSize = 100 });

    [Fact]
    public void Search_Words_AllMustMatchAndStemmingFindsOtherForms()
    {
        var both = Find("explained everything");
        Assert.Equal(2, both.Total);
        Assert.All(both.Hits, h => Assert.Contains("explained everything", h.Text, StringComparison.OrdinalIgnoreCase));
        Assert.True(Find("explaining").Total >= both.Total); // explain, explained, explaining meet at one stem
    }

    [Fact]
    public void Search_Exclusion_LeavesOutItemsWithTheWord()
    {
        var staff = Find("staff");
        var without = Find("staff -lovely");
        Assert.True(without.Total < staff.Total);
        Assert.DoesNotContain(without.Hits, h => h.Text.Contains("lovely", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_Snippet_MarksMatchesAndEncodesText()
    {
        var hit = Find("\"very informative\"").Hits.Single();
        Assert.Equal("Sat and explained everything, was <mark>very</mark> <mark>informative</mark>.", hit.Snippet);
    }

    [Fact]
    public void Search_NewestFirst_OrdersByDate()
    {
        var dates = Find("staff", SearchSort.Newest).Hits.Select(h => h.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void Search_LocalityFilter_KeepsOnlyThatLocality()
    {
        var results = _f.Search.Search(new SearchRequest { Query = "staff", Localities = ["Grays"], PageSize = 100 });
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal("Grays", h.Locality));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("AND")]
    [InlineData("OR OR OR")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("staff)")]
    [InlineData("title:[a TO")]
    [InlineData("a*")]
    [InlineData("\\")]
    [InlineData("~~~^^^")]
    public void Search_HostileQueries_NeverThrow(string query)
    {
        var results = Find(query);
        Assert.NotNull(results);
    }

    [Fact]
    public void Search_TenThousandCharacters_IsCutAndSaysSo()
    {
        var results = Find(string.Concat(Enumerable.Repeat("staff ", 2000)));
        Assert.Contains("longer than", results.Message);
    }

    [Fact]
    public void Search_Empty_AsksForWords()
    {
        var results = Find("   ");
        Assert.Equal(0, results.Total);
        Assert.Equal("Enter words to search for.", results.Message);
    }

    [Fact]
    public void Search_UnparseableQuery_IsRetriedAsWordsAndSaysSo()
    {
        var results = Find("\"explained everything");
        Assert.True(results.Rewritten);
        Assert.Equal(2, results.Total);
    }
}
