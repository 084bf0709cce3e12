using System.Text;
using CsCheck;
using VoiceHub.Search.Queries;
using VoiceHub.TestCommon;

namespace VoiceHub.Search.Tests;

/// <summary>
/// Generated searches, as hostile or clumsy people type them, through the query parser and the real index: never a
/// throw, never slow, never more than a page, and snippets that are always safe HTML (only <c>&lt;mark&gt;</c> added),
/// even over feedback that itself holds markup.
/// </summary>
[Trait("Category", "Slow")] // 2,400 generated searches over a real index
public sealed class QueryFuzzTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);
    private SearchFixture _f = null!;

    public async ValueTask InitializeAsync()
    {
        _f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        await _f.IngestAsync("markup.csv", Encoding.UTF8.GetBytes(
            "Date,Comment\n01/03/2026,\"<script>alert('carer')</script> the <b>respite</b> booking & \"\"waiting\"\" list\"\n"));
        await _f.Sync.CatchUpAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _f.DisposeAsync();

    /// <summary>Words from the sample survey and the markup, query operators, and characters Lucene's syntax gives meaning to.</summary>
    private static readonly Gen<string> Token = Gen.Frequency(
        (4, Gen.OneOf<string>("respite", "carer", "staff", "booking", "waiting", "script", "the", "and", "care", "home", "b", "alert")),
        (3, Gen.OneOf<string>("OR", "AND", "NOT", "-", "\"", "*", "?", "~", "^2", ":", "theme:", "locality:", "channel:", "(", ")", "[", "]",
            "{", "}", "\\", "/", "&&", "||", "!", "+", "<mark>", "<script>", "*:*", "field:", "~0.5", "TO")),
        (1, Gen.String[Gen.Char["\0\uD800\uDC00\uFEFF\u200B ‘’“”é£*?\"\\-:~"], 1, 6]));

    private static readonly Gen<string> Query = Gen.Frequency(
        (6, Token.Array[1, 12].Select(tokens => string.Join(' ', tokens))),
        (2, Token.Array[1, 12].Select(tokens => string.Concat(tokens))),
        (1, Gen.String[0, 200]));

    [Fact]
    public void Parse_AnyText_NeverThrows()
    {
        Query.Sample(typed =>
        {
            var parsed = QuerySyntax.Parse(typed);
            Assert.NotNull(parsed.Groups);
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void Search_AnyQuery_AnswersQuicklyWithinOnePage_AndSnippetsAreSafeHtml()
    {
        Gen.Select(Query, Gen.Int[1, 3], Gen.OneOf(SearchSort.Relevance, SearchSort.Newest, SearchSort.Oldest))
            .Sample((typed, page, sort) =>
            {
                var request = new SearchRequest { Query = typed, Page = page, PageSize = 5, Sort = sort };
                var search = Task.Run(() => _f.Search.Search(request));
                if (!search.Wait(Limit)) throw new TimeoutException($"the search {typed} took over {Limit.TotalSeconds} s");
                var results = search.Result;
                Assert.True(results.Total >= 0);
                Assert.True(results.Hits.Count <= 5);
                foreach (var hit in results.Hits)
                {
                    var outside = hit.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
                    Assert.DoesNotContain('<', outside);
                    Assert.DoesNotContain('>', outside);
                }
            }, iter: 400, threads: 1);
    }

    [Fact]
    public void Search_TheMarkupItem_IsFoundAndItsSnippetIsEncoded()
    {
        var results = _f.Search.Search(new SearchRequest { Query = "alert respite" });
        var hit = Assert.Single(results.Hits);
        Assert.Contains("&lt;script&gt;", hit.Snippet);
        Assert.DoesNotContain("<script>", hit.Snippet);
    }
}
