using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using VoiceHub.Search.Analysis;

namespace VoiceHub.Search.Queries;

/// <summary>
/// Runs a search: the query as people type it (all words must match, "phrases", -exclude, OR, word*), filters by
/// theme, locality, channel and date, sorted and paged, with snippets. Nothing typed can make it throw: a query Lucene
/// cannot parse is searched as plain words, and the results say so.
/// </summary>
public sealed class SearchService(LuceneIndex index)
{
    public const int MaxQueryLength = 1000;
    public const int MaxResultWindow = 10_000;

    public SearchResults Search(SearchRequest request)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Clamp(request.Page, 1, MaxResultWindow / pageSize);
        var typed = (request.Query ?? "").Trim();
        if (typed.Length == 0 && !HasFilters(request))
        {
            return new SearchResults { Message = "Enter words to search for.", Page = 1, PageSize = pageSize };
        }

        string? message = null;
        if (typed.Length > MaxQueryLength)
        {
            typed = typed[..MaxQueryLength];
            message = $"Your search was longer than {MaxQueryLength:N0} characters, so only the first {MaxQueryLength:N0} were used.";
        }

        var (query, rewritten) = Parse(typed);
        if (rewritten) message = "We could not read your search as written, so we searched for the words in it.";
        var filtered = ApplyFilters(query, request);

        return index.Search(searcher =>
        {
            TopDocs top;
            HashSet<string> terms;
            try
            {
                top = searcher.Search(filtered, null, page * pageSize, SortFor(request.Sort), doDocScores: true, doMaxScore: false);
                terms = QueryTerms(searcher, query);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                return new SearchResults
                {
                    Message = "That search matches too many different words (a very short word followed by *). Add more letters before the *.",
                    Page = page,
                    PageSize = pageSize,
                };
            }

            var hits = new List<SearchHit>();
            for (var i = (page - 1) * pageSize; i < top.ScoreDocs.Length; i++)
            {
                var sd = top.ScoreDocs[i];
                var doc = searcher.Doc(sd.Doc);
                var text = doc.Get(IndexSchema.Text) ?? "";
                var day = doc.GetField(IndexSchema.Day)?.GetInt32Value();
                hits.Add(new SearchHit(
                    long.Parse(doc.Get(IndexSchema.Id), CultureInfo.InvariantCulture),
                    doc.Get(IndexSchema.Reference) ?? "",
                    text,
                    Snippets.Make(index.Analyzer, IndexSchema.Text, text, terms),
                    doc.GetValues(IndexSchema.Theme),
                    doc.Get(IndexSchema.Locality),
                    doc.Get(IndexSchema.Channel),
                    day is { } d ? IndexSchema.FromDayNumber(d) : null,
                    doc.Get(IndexSchema.Context),
                    float.IsNaN(sd.Score) ? 0 : sd.Score));
            }
            return new SearchResults
            {
                Total = top.TotalHits,
                Hits = hits,
                Message = message,
                Rewritten = rewritten,
                Page = page,
                PageSize = pageSize,
            };
        });
    }

    private static bool HasFilters(SearchRequest r) =>
        r.Themes.Count > 0 || r.Localities.Count > 0 || r.Channels.Count > 0 || r.From is not null || r.To is not null;

    /// <summary>Parses with Lucene's classic syntax; on failure, escapes everything and parses the plain words.</summary>
    private (Query Query, bool Rewritten) Parse(string typed)
    {
        if (typed.Length == 0 || typed is "*" or "*:*") return (new MatchAllDocsQuery(), false);
        var parser = new QueryParser(VoiceHubAnalyzer.Version, IndexSchema.Text, index.Analyzer)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            return (parser.Parse(typed), false);
        }
        catch (ParseException)
        {
        }
        catch (BooleanQuery.TooManyClausesException)
        {
        }

        var plain = QueryParserBase.Escape(typed.Replace("\"", " "));
        try
        {
            var words = parser.Parse(plain);
            return (words is BooleanQuery { Clauses.Count: 0 } ? new MatchAllDocsQuery() : words, true);
        }
        catch (ParseException)
        {
            return (new MatchAllDocsQuery(), true);
        }
    }

    private static Query ApplyFilters(Query query, SearchRequest r)
    {
        var clauses = new List<Query>();
        AddAnyOf(clauses, IndexSchema.Theme, r.Themes);
        AddAnyOf(clauses, IndexSchema.Locality, r.Localities);
        AddAnyOf(clauses, IndexSchema.Channel, r.Channels);
        if (r.From is not null || r.To is not null)
        {
            clauses.Add(NumericRangeQuery.NewInt32Range(IndexSchema.Day,
                r.From is { } f ? IndexSchema.DayNumber(f) : null,
                r.To is { } t ? IndexSchema.DayNumber(t) : null, true, true));
        }
        if (clauses.Count == 0) return query;
        var combined = new BooleanQuery { { query, Occur.MUST } };
        foreach (var c in clauses) combined.Add(new ConstantScoreQuery(c) { Boost = 0 }, Occur.MUST);
        return combined;
    }

    private static void AddAnyOf(List<Query> clauses, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        var any = new BooleanQuery();
        foreach (var v in values.Distinct()) any.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        clauses.Add(any);
    }

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(new SortField(IndexSchema.Day, SortFieldType.INT32, true), SortField.FIELD_SCORE),
        SearchSort.Oldest => new Sort(new SortField(IndexSchema.Day, SortFieldType.INT32, false), SortField.FIELD_SCORE),
        _ => Sort.RELEVANCE,
    };

    private static HashSet<string> QueryTerms(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Some query types cannot list their terms; the snippet is then unmarked.
        }
        return terms.Where(t => t.Field == IndexSchema.Text).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }
}
