using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Facets;
using VoiceHub.Search.Meaning;

namespace VoiceHub.Search.Queries;

/// <summary>
/// Runs a search: the query as people type it (see <see cref="QuerySyntax"/>), with synonyms, facet choices, a date
/// range, order and paging; counts every facet in the same pass (<see cref="FacetingCollector"/>) and makes snippets.
/// Nothing typed can make it throw: what cannot be read as written is searched as plain words, and the results say so.
/// Plain words (no quotes, <c>-</c>, <c>OR</c>, <c>*</c> or <c>field:</c>) are searched by meaning too, when this node holds
/// the items' vectors (<see cref="MeaningSearch"/>): the words' BM25 ranking and the meaning ranking are fused, and the
/// meaning hits pass the same filters, so the facets count exactly what is listed.
/// </summary>
public sealed class SearchService(IndexHolder indexes, Synonyms synonyms, MeaningSearch? meaning = null)
{
    public const int MaxQueryLength = 1000;
    /// <summary>The deepest a result list goes (page × page size), and the most rows an export holds.</summary>
    public const int MaxResultWindow = 10_000;

    public SearchResults Search(SearchRequest request) => Run(request, snippets: true, facets: true, window: null);

    /// <summary>The first <paramref name="max"/> results in the request's order, without snippets or facets: for export.</summary>
    public SearchResults Export(SearchRequest request, int max = MaxResultWindow) =>
        Run(request with { Page = 1 }, snippets: false, facets: false, window: Math.Clamp(max, 1, MaxResultWindow));

    /// <summary>How many items match, nothing more: for counting a saved search's new matches.</summary>
    public int Count(SearchRequest request) => Run(request with { Page = 1, PageSize = 1 }, snippets: false, facets: false, window: 1).Total;

    private SearchResults Run(SearchRequest request, bool snippets, bool facets, int? window)
    {
        var pageSize = window ?? Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Clamp(request.Page, 1, MaxResultWindow / pageSize);
        var typed = (request.Query ?? "").Trim();
        if (typed.Length == 0 && !request.HasFilters)
        {
            return new SearchResults { Message = "Enter words to search for.", Page = 1, PageSize = pageSize, Sort = request.Sort };
        }

        var notes = new List<string>();
        if (typed.Length > MaxQueryLength)
        {
            typed = typed[..MaxQueryLength];
            notes.Add($"Your search was longer than {MaxQueryLength:N0} characters, so only the first {MaxQueryLength:N0} were used.");
        }
        var parsed = typed.Length == 0 ? new TypedQuery([]) { Everything = true } : QuerySyntax.Parse(typed);
        if (parsed.Rewritten) notes.Add("We could not read your search as written, so we searched for the words in it.");
        var table = synonyms.Current;
        // Embedding the query (a few milliseconds) happens before the index is held.
        var nearest = !request.Exact && meaning is { Enabled: true } && IsPlainWords(parsed) ? meaning.Nearest(typed) : null;

        return indexes.Search((index, searcher) =>
        {
            var built = new QueryBuilder(index.Analyzer, table, field => ValuesOf(searcher, field)).Build(parsed);
            notes.AddRange(built.Notes);
            // Only very common words ("what about me") still have a meaning; with none found, say why nothing is listed.
            var meaningIds = nearest is { Count: > 0 } && !built.Impossible
                             && (KnowsAWord(searcher, built.Query) || nearest[0].Similarity >= meaning!.UnknownWordsBar)
                ? Calibrated(searcher, built.Query, request, typed, table, nearest) : null;
            if (built.Query is null && !built.Impossible && meaningIds is null)
            {
                notes.Add("Your search has only very common words, like “the” or “and”, which are not searched for on their own. " +
                          "Put them in quotes to search for them as a phrase.");
            }
            var sort = request.Sort == SearchSort.Relevance && !built.HasWords && meaningIds is null ? SearchSort.Newest : request.Sort;
            var empty = new SearchResults
            {
                Message = Message(notes), Rewritten = parsed.Rewritten, Page = page, PageSize = pageSize, Sort = sort, IndexRebuilding = index.Rebuilding,
            };
            if (built.Impossible || (built.Query is null && meaningIds is null)) return empty;

            var selection = Choices(searcher, request);
            var meaningDocs = meaningIds is null ? null : MeaningDocs.Resolve(searcher.IndexReader, meaningIds);
            var query = WithReceived(meaningDocs is null ? built.Query! : WithMeaning(built.Query ?? new BooleanQuery(), meaningDocs.Keys), request);

            var wanted = page * pageSize;
            ICollector? ordered = sort == SearchSort.Relevance && meaningIds is not null ? null : sort == SearchSort.Relevance
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
                : TopFieldCollector.Create(SortFor(sort), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var fusion = meaningIds is null ? null : new FusionCollector(ordered is null ? wanted + MeaningSearch.Candidates : 1, meaningIds, meaningDocs!, ordered);
            var hits = (ICollector?)fusion ?? ordered!;
            var collector = new FacetingCollector(hits, selection,
                request.From is { } f ? IndexSchema.DayNumber(f) : null,
                request.To is { } t ? IndexSchema.DayNumber(t) : null, facets);
            try
            {
                searcher.Search(query, collector);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                notes.Add("That search has too many parts. Try fewer words.");
                return empty with { Message = Message(notes) };
            }
            var counts = collector.Finish();
            List<SearchHit> list;
            var byMeaning = 0;
            if (fusion is not null) byMeaning = collector.Matched - fusion.WordMatches;
            if (fusion is not null && ordered is null)
            {
                var fused = fusion.Fuse(meaning!, meaning!.Fusion == FusionRule.AnyWordScores ? AnyWordScores(searcher, built.Query, fusion.MeaningOnly) : null);
                list = fused.Skip((page - 1) * pageSize).Take(pageSize)
                    .Select(f => Hit(searcher, index, f.Doc, f.Score, snippets ? built.Highlight : null) with { ByMeaning = f.ByMeaning }).ToList();
            }
            else
            {
                var top = TopDocsOf(ordered!, (page - 1) * pageSize, pageSize);
                var meaningSet = meaningIds?.Select(m => m.Id).ToHashSet();
                list = top.ScoreDocs.Select(sd => Hit(searcher, index, sd.Doc, sd.Score, snippets ? built.Highlight : null)).ToList();
                if (meaningSet is not null)
                {
                    // Newest or oldest first: a hit found only by meaning scored zero (its words did not match).
                    list = list.Select((h, i) => h with { ByMeaning = meaningSet.Contains(h.Id) && !(top.ScoreDocs[i].Score > 0) }).ToList();
                }
            }
            if (byMeaning != 0) notes.Add(collector.Matched == byMeaning && byMeaning > 0
                ? "No feedback has all these words, so this shows feedback that means the same."
                : "Also showing feedback that means the same as your search.");
            return new SearchResults
            {
                Total = collector.Matched,
                ByMeaning = byMeaning,
                Hybrid = meaningIds is not null,
                Hits = list,
                Facets = facets ? FacetResults(counts, selection) : [],
                Message = Message(notes),
                Rewritten = parsed.Rewritten,
                IndexRebuilding = index.Rebuilding,
                Sort = sort,
                Page = page,
                PageSize = pageSize,
            };
        });
    }

    /// <summary>
    /// Items most like this one, best first, without itself: the nearest by sentence embedding, leaving out its
    /// near-duplicates (the same comment sent twice is not "similar feedback"); Lucene's MoreLikeThis over the redacted
    /// text when the item has no vector yet. Hits come from the index either way, so they carry its redacted text.
    /// </summary>
    public IReadOnlyList<SearchHit> Similar(long itemId, int count = 5)
    {
        var nearest = meaning?.NearestTo(itemId, count * 2);
        if (nearest is { Count: > 0 })
        {
            var hits = indexes.Search((index, searcher) => nearest
                .Select(n => (n, found: searcher.Search(new TermQuery(IndexSchema.IdTerm(n.Id)), 1)))
                .Where(x => x.found.TotalHits > 0)
                .Select(x => Hit(searcher, index, x.found.ScoreDocs[0].Doc, x.n.Similarity, new Highlight()) with { ByMeaning = true })
                .Take(count)
                .ToList());
            if (hits.Count > 0) return hits;
        }
        return SimilarByWords(itemId, count);
    }

    private IReadOnlyList<SearchHit> SimilarByWords(long itemId, int count) => indexes.Search((index, searcher) =>
    {
        var found = searcher.Search(new TermQuery(IndexSchema.IdTerm(itemId)), 1);
        if (found.TotalHits == 0) return (IReadOnlyList<SearchHit>)[];
        // Most feedback is a sentence or two: every word counts once (min term frequency 1), but short words ("me",
        // "my") and words in more than a tenth of all feedback ("staff") say little about what it is about.
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = index.Analyzer,
            FieldNames = [IndexSchema.Text],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MinWordLen = 3,
            MaxQueryTerms = 25,
        };
        mlt.SetMaxDocFreqPct(10);
        var like = mlt.Like(found.ScoreDocs[0].Doc);
        var highlight = new Highlight();
        var terms = new HashSet<Term>();
        like.ExtractTerms(terms);
        foreach (var term in terms.Where(t => t.Field == IndexSchema.Text)) highlight.Stems.Add(term.Text);
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(IndexSchema.IdTerm(itemId)), Occur.MUST_NOT },
        };
        return searcher.Search(query, count).ScoreDocs.Select(sd => Hit(searcher, index, sd.Doc, sd.Score, highlight)).ToList();
    });

    /// <summary>
    /// The meaning hits kept beside the word matches. Similarities from this model are compressed (a random word's
    /// nearest comments score 0.57, real queries' best 0.62), so one floor cannot tell them apart; when the words find
    /// something, the feedback that has them shows how close "means the same" is for this query, and a meaning hit must
    /// be at least that close (<see cref="MeaningSearch.Calibration"/>; see bench/README.md). When the words find
    /// nothing, the floor alone decides; when they find only feedback not yet embedded, no meaning hits are added. Past
    /// the nearest <see cref="MeaningSearch.Kept"/>, a meaning hit must be at or above <see cref="MeaningSearch.Floor"/>.
    /// With <see cref="MeaningSearch.Feedback"/> on, the meaning hits are those nearest to the query sharpened by the top
    /// word matches (or its own nearest items), and the bar is measured against that sharpened query too.
    /// </summary>
    private List<(long Id, float Similarity)>? Calibrated(IndexSearcher searcher, Query? words, SearchRequest request, string typed, SynonymTable synonymTable,
        IReadOnlyList<(long Id, float Similarity)> nearest)
    {
        // The word matches depend only on the words (and synonyms), the received range, the index and the vectors: the
        // same words searched again with a facet chosen, another page or another order reuse them rather than searching twice.
        var key = (typed.ToLowerInvariant(), request.ReceivedFrom, request.ReceivedBefore, meaning!.Vectors.Version, synonymTable);
        var kept = _wordMatches.GetValue(searcher.IndexReader, _ => new ConcurrentDictionary<(string, DateTimeOffset?, DateTimeOffset?, long, SynonymTable), WordMatches>());
        if (!kept.TryGetValue(key, out var matches))
        {
            matches = TopWordMatches(searcher, words, request);
            if (kept.Count >= 1000) kept.Clear();
            kept[key] = matches;
        }
        if (matches.WordsOnly) return null;

        var n = Math.Max(1, meaning.FeedbackHits);
        var from = meaning.Feedback switch
        {
            MeaningFeedback.Words or MeaningFeedback.WordsElseMeaning when matches.Embedded.Length > 0 => matches.Embedded.Take(n).ToList(),
            MeaningFeedback.Meaning or MeaningFeedback.WordsElseMeaning => nearest.Take(n).Select(x => x.Id).ToList(),
            _ => null,
        };
        var sharpened = from is null ? null : meaning.Sharpened(typed, from);
        if (sharpened is not null) nearest = meaning.Nearest(typed.ToLowerInvariant() + "\u0001" + string.Join(',', from!), sharpened);

        var floor = 0f;
        if (meaning.Calibration != MeaningCalibration.None && matches.Embedded.Length > 0)
        {
            var similarities = matches.Embedded
                .Select(id => sharpened is null ? meaning.SimilarityTo(typed, id) : meaning.SimilarityTo(sharpened, id))
                .OfType<float>().Order().ToList();
            floor = meaning.Calibration switch
            {
                MeaningCalibration.Median => similarities[similarities.Count / 2],
                MeaningCalibration.Lowest => similarities[0],
                _ => similarities[^1],
            };
        }
        var listed = nearest.Where((x, i) => x.Similarity >= floor && (i < meaning.Kept || x.Similarity >= meaning.Floor)).ToList();
        return listed.Count > 0 ? listed : null;
    }

    /// <summary>The top 10 word matches that are embedded, best BM25 first; WordsOnly when the words found only feedback not embedded yet.</summary>
    private sealed record WordMatches(long[] Embedded, bool WordsOnly);

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string, DateTimeOffset?, DateTimeOffset?, long, SynonymTable), WordMatches>> _wordMatches = new();

    private WordMatches TopWordMatches(IndexSearcher searcher, Query? words, SearchRequest request)
    {
        var needed = meaning!.Calibration != MeaningCalibration.None || meaning.Feedback is MeaningFeedback.Words or MeaningFeedback.WordsElseMeaning;
        if (words is null || !needed) return new WordMatches([], false);
        var top = searcher.Search(WithReceived(words, request), 10).ScoreDocs;
        var embedded = top
            .Select(sd => long.Parse(searcher.Doc(sd.Doc).Get(IndexSchema.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
            .Where(id => meaning.Vectors.VectorOf(id) is not null)
            .ToArray();
        // The words found feedback that is not embedded yet (it came in within the last minute): there is nothing to
        // measure "means the same" against, so this search is words only until it is.
        return new WordMatches(embedded, meaning.Calibration != MeaningCalibration.None && top.Length > 0 && embedded.Length == 0);
    }

    /// <summary>
    /// BM25 of any of the words (not all) for <paramref name="docs"/>, the meaning hits listed that lack some: a second,
    /// small search that visits only those documents (a filter of at most <see cref="MeaningSearch.Candidates"/>). It only
    /// orders what is already listed; the set, and so the facets, come from the words ∪ meaning pass.
    /// </summary>
    private static Dictionary<int, float>? AnyWordScores(IndexSearcher searcher, Query? words, IReadOnlyList<int> docs)
    {
        if (words is not BooleanQuery all || docs.Count == 0) return null;
        var any = new BooleanQuery();
        foreach (var clause in all.Clauses)
        {
            if (clause.Occur != Occur.MUST) return null; // plain words are all MUST clauses; anything else is not re-ranked
            any.Add(clause.Query, Occur.SHOULD);
        }
        var filtered = new FilteredQuery(any, new DocSetFilter(docs), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        return searcher.Search(filtered, docs.Count).ScoreDocs.ToDictionary(sd => sd.Doc, sd => sd.Score);
    }

    /// <summary>
    /// True when at least one of the query's words occurs in some feedback. Gibberish ("xqzv blorp") still has nearest
    /// neighbours, some fairly close, so a query none of whose words the hub has ever seen gets meaning hits only when
    /// its best match reaches <see cref="MeaningSearch.UnknownWordsBar"/>; this lets the similarity floor sit lower for
    /// real queries (chosen on the relevance bench).
    /// </summary>
    private static bool KnowsAWord(IndexSearcher searcher, Query? query)
    {
        if (query is null) return true; // only very common words: they are known
        var terms = new HashSet<Term>();
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            return true;
        }
        return terms.Count == 0 || terms.Any(t => searcher.IndexReader.DocFreq(t) > 0);
    }

    /// <summary>Plain words only: quoted phrases, -word, OR, word* and field: keep their exact Lucene meaning.</summary>
    private static bool IsPlainWords(TypedQuery parsed) =>
        !parsed.Everything && parsed.Groups.Count > 0 &&
        parsed.Groups.All(g => !g.Excluded && g.AnyOf is [{ Kind: TypedQuery.TermKind.Word, Field: null }]);

    /// <summary>Words ∪ the meaning hits; the meaning clause scores zero, so a document's score is its words' BM25 alone.</summary>
    private static Query WithMeaning(Query words, IReadOnlyCollection<int> docs) => new BooleanQuery(disableCoord: true)
    {
        { words, Occur.SHOULD },
        { new ConstantScoreQuery(new DocSetFilter(docs)) { Boost = 0 }, Occur.SHOULD },
    };

    private static TopDocs TopDocsOf(ICollector hits, int start, int howMany) => hits switch
    {
        TopScoreDocCollector scores => scores.GetTopDocs(start, howMany),
        TopFieldCollector fields => fields.GetTopDocs(start, howMany),
        _ => throw new InvalidOperationException("Unknown collector."),
    };

    private static SearchHit Hit(IndexSearcher searcher, LuceneIndex index, int docId, float score, Highlight? highlight)
    {
        var doc = searcher.Doc(docId);
        var text = doc.Get(IndexSchema.Text, CultureInfo.InvariantCulture) ?? "";
        var day = doc.GetField(IndexSchema.Day)?.GetInt32Value();
        // Keyword values are not stored: they come from the segment's cached doc values.
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var values = SegmentValues.For(leaf.AtomicReader);
        var local = docId - leaf.DocBase;
        IReadOnlyList<string> Of(FacetDefinition facet) => values.Fields[FacetCatalog.IndexOf(facet)].ValuesOf(local);
        static string? First(IReadOnlyList<string> list) => list.Count > 0 ? list[0] : null;
        return new SearchHit(
            long.Parse(doc.Get(IndexSchema.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            doc.Get(IndexSchema.Reference, CultureInfo.InvariantCulture) ?? "",
            text,
            highlight is null ? "" : Snippets.Make(index.Analyzer, text, highlight),
            Of(FacetCatalog.Theme),
            First(Of(FacetCatalog.Locality)),
            First(Of(FacetCatalog.Channel)),
            day is { } d ? IndexSchema.FromDayNumber(d) : null,
            doc.Get(IndexSchema.Context, CultureInfo.InvariantCulture),
            float.IsNaN(score) ? 0 : score)
        {
            ServiceAreas = Of(FacetCatalog.ServiceArea),
            Sentiment = doc.GetField(IndexSchema.SentimentScore)?.GetInt32Value(),
        };
    }

    private static IReadOnlyList<FacetResult> FacetResults(IReadOnlyList<IReadOnlyDictionary<string, int>> counts, FacetSelection selection)
    {
        var results = new List<FacetResult>();
        for (var i = 0; i < FacetCatalog.All.Count; i++)
        {
            var facet = FacetCatalog.All[i];
            var values = counts[i].Select(kv => new FacetValue(kv.Key, FacetLabels.Label(facet, kv.Key), kv.Value, selection.IsChosen(facet, kv.Key))).ToList();
            // A chosen value with no matches stays listed, so it can be unchosen.
            foreach (var chosen in selection.Chosen(i) ?? new HashSet<string>())
            {
                if (!counts[i].ContainsKey(chosen)) values.Add(new FacetValue(chosen, FacetLabels.Label(facet, chosen), 0, true));
            }
            results.Add(new FacetResult(facet, FacetLabels.Order(facet, values).ToList()));
        }
        return results;
    }

    /// <summary>
    /// The chosen facet values, each read as the index's value it means: the page sends exact values, but the API and
    /// the CLI may say <c>--theme transport</c>. A value matching nothing stays chosen (and counts nothing).
    /// </summary>
    private static FacetSelection Choices(IndexSearcher searcher, SearchRequest request)
    {
        var selection = new FacetSelection();
        foreach (var facet in FacetCatalog.All)
        {
            var chosen = request.Chosen(facet);
            if (chosen.Count == 0) continue;
            var values = ValuesOf(searcher, facet.Field);
            selection.Choose(facet, chosen.SelectMany(c => ValueMatcher.Match(facet.Field, values, c) is { Count: > 0 } m ? m : [c]));
        }
        return selection;
    }

    /// <summary>Every value a keyword field has in the index (a few dozen at most), from the cached segment values.</summary>
    private static IReadOnlyCollection<string> ValuesOf(IndexSearcher searcher, string field)
    {
        var facet = FacetCatalog.IndexOfField(field);
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves) values.UnionWith(SegmentValues.For(leaf.AtomicReader).Fields[facet].Values);
        return values;
    }

    private static Query WithReceived(Query query, SearchRequest r)
    {
        if (r.ReceivedFrom is null && r.ReceivedBefore is null) return query;
        // Received days are London days; a range of instants at London midnights (as weeks are) maps exactly.
        var range = NumericRangeQuery.NewInt32Range(IndexSchema.Received, IndexSchema.ReceivedPrecisionStep,
            r.ReceivedFrom is { } from ? IndexSchema.ReceivedDay(from) : null,
            r.ReceivedBefore is { } before ? IndexSchema.ReceivedDay(before) : null, true, false);
        return new BooleanQuery
        {
            { query, Occur.MUST },
            { new ConstantScoreQuery(range) { Boost = 0 }, Occur.MUST },
        };
    }

    /// <summary>
    /// Newest and oldest read the day from its numeric doc values (<see cref="IndexSchema.Day"/>) as the 64-bit values
    /// they are stored as: a column read per hit, never an un-inverted field cache built on the first sort after a reopen.
    /// Equal days go by relevance.
    /// </summary>
    private static Sort SortFor(SearchSort sort) => sort == SearchSort.Oldest ? OldestFirst : NewestFirst;

    private static readonly Sort NewestFirst = new(new SortField(IndexSchema.Day, SortFieldType.INT64, true), SortField.FIELD_SCORE);
    private static readonly Sort OldestFirst = new(new SortField(IndexSchema.Day, SortFieldType.INT64, false), SortField.FIELD_SCORE);

    /// <summary>What the API says beside <see cref="SearchResults.IndexRebuilding"/> (the search page says it at the top).</summary>
    public const string RebuildingNote = "The search index is being rebuilt; results may be incomplete.";

    private static string? Message(List<string> notes) => notes.Count == 0 ? null : string.Join(" ", notes.Distinct());
}
