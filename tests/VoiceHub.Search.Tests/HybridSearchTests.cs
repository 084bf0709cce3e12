using VoiceHub.Core.Model;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Facets;
using VoiceHub.Search.Meaning;
using VoiceHub.Search.Queries;
using VoiceHub.TestCommon;
using static VoiceHub.Search.Tests.PlantedVectors;

namespace VoiceHub.Search.Tests;

/// <summary>
/// Words and meaning together, over a real Lucene index on disk and the real in-memory vector index. The vectors are
/// planted (the model is exercised by the web tests and the relevance bench), so each similarity here is known exactly.
/// </summary>
public sealed class HybridSearchTests : IDisposable
{
    private readonly string _path = TestPaths.TempDirectory("voicehub-hybrid");
    private readonly IndexHolder _holder;
    private readonly VectorIndex _vectors = new() { Model = "planted" };
    private readonly SearchService _search;

    public HybridSearchTests()
    {
        _holder = IndexHolder.Open(_path, write: true, null);
        // Query "ambulance late" is axis 0. Item 1 has the words (cosine 0.7); 2 and its repeat 5 mean it (0.8) without
        // them; 3 means something else; 4 has one of the words and means little of it (0.3).
        Add(1, "The ambulance was late by an hour", "Grays", Vector((0, 0.7f), (3, 0.714f)), new DateOnly(2026, 1, 5));
        Add(2, "We waited all night for the crew to arrive", "Tilbury", Vector((0, 0.8f), (1, 0.6f)), new DateOnly(2026, 1, 1));
        Add(3, "Lovely food on the ward", "Grays", Vector((2, 1f)), new DateOnly(2026, 1, 2));
        Add(4, "The ambulance crew were kind", "Grays", Vector((0, 0.3f), (4, 0.954f)), new DateOnly(2026, 1, 3));
        Add(5, "We waited all night for the crew to arrive.", "Tilbury", Vector((0, 0.8f), (1, 0.6f)), new DateOnly(2026, 1, 9));
        // 6 came in a moment ago: no embedding yet.
        _holder.Current.Add(IndexSchema.Build(new ItemChange { Id = 6, Reference = "R-6", RedactedText = "Parking was impossible", Locality = "Grays", Channel = "survey" }));
        _holder.Current.Commit(6, caughtUp: true);
        _holder.Current.Refresh();
        _search = new SearchService(_holder, new Synonyms(Path.Combine(TestPaths.Seeds, "synonyms.txt"), null),
            new MeaningSearch(_vectors, Embedder) { Floor = 0.5f, Calibration = MeaningCalibration.Median, UnknownWordsBar = 0.6f });
    }

    /// <summary>
    /// Every query means axis 0 ("ambulance late"), except the gibberish "xqzv blorp", whose nearest items (2 and 5) are at
    /// 0.56: above the floor, below the bar a query with no known word must reach.
    /// </summary>
    private static readonly QueryEmbedder Embedder = new("planted", q => q == "xqzv blorp" ? Vector((0, 0.7f), (7, 0.714f)) : Vector((0, 1f)));

    private SearchResults Find(string q, Func<SearchRequest, SearchRequest>? with = null) =>
        _search.Search((with ?? (r => r))(new SearchRequest { Query = q, PageSize = 100 }));

    [Fact]
    public void Search_PlainWords_AddsMeaningHitsAndFacetsCountWhatIsListed()
    {
        var r = Find("ambulance late");

        Assert.Equal([1L, 2L, 5L], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(3, r.Total);
        Assert.Equal(2, r.ByMeaning);
        Assert.False(r.Hits.Single(h => h.Id == 1).ByMeaning);
        Assert.True(r.Hits.Single(h => h.Id == 2).ByMeaning);
        Assert.Contains("means the same", r.Message);
        var localities = r.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values;
        Assert.Equal(r.Total, localities.Sum(v => v.Count));
        Assert.Equal(2, localities.Single(v => v.Value == "Tilbury").Count);

        // A filter applies to meaning hits too; the locality facet still offers the others (drill sideways).
        var grays = Find("ambulance late", q => q with { Localities = ["Grays"] });
        Assert.Equal([1L], grays.Hits.Select(h => h.Id));
        Assert.Equal(0, grays.ByMeaning);
        Assert.Equal(2, grays.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values.Single(v => v.Value == "Tilbury").Count);

        // Newest first lists the same items, still marking which were found by meaning.
        var newest = Find("ambulance late", q => q with { Sort = SearchSort.Newest });
        Assert.Equal([5L, 1L, 2L], newest.Hits.Select(h => h.Id));
        Assert.Equal([true, false, true], newest.Hits.Select(h => h.ByMeaning));
        Assert.Equal(2, newest.ByMeaning);

        Assert.Equal(1, _search.Count(new SearchRequest { Query = "ambulance late", Localities = ["Grays"] }));
        Assert.Equal(3, _search.Count(new SearchRequest { Query = "ambulance late" }));
    }

    [Fact]
    public void Search_AnyWordScores_RanksMeaningHitsWithSomeOfTheWordsAboveThoseWithNone()
    {
        // 7 is the nearest in meaning (0.82) but has none of the words; 2 and 5 (0.8) have "crew" and "arrive". No item
        // has all three words, so every hit is a meaning hit and only the any-words BM25 can put 2 and 5 first.
        Add(7, "Nobody came for hours", "Grays", Vector((0, 0.82f), (5, 0.572f)), new DateOnly(2026, 1, 4));
        _holder.Current.Commit(7, caughtUp: true);
        _holder.Current.Refresh();
        var synonyms = new Synonyms(Path.Combine(TestPaths.Seeds, "synonyms.txt"), null);
        SearchResults By(FusionRule rule) => new SearchService(_holder, synonyms,
                new MeaningSearch(_vectors, Embedder) { Floor = 0.5f, Fusion = rule, MeaningShare = 0.5f, FusionK = 5 })
            .Search(new SearchRequest { Query = "crew arrive slowly", PageSize = 100 });

        var fused = By(FusionRule.AnyWordScores);
        Assert.Equal([2L, 5L, 7L, 1L], fused.Hits.Select(h => h.Id));
        Assert.All(fused.Hits, h => Assert.True(h.ByMeaning));

        // The words re-rank only: ranks by meaning alone put 7 first, and every rule lists and counts the same items.
        var ranks = By(FusionRule.ReciprocalRank);
        Assert.Equal(7L, ranks.Hits[0].Id);
        Assert.Equal(fused.Hits.Select(h => h.Id).Order(), ranks.Hits.Select(h => h.Id).Order());
        Assert.Equal(fused.Total, ranks.Total);
        Assert.Equal(4, fused.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values.Sum(v => v.Count));
    }

    [Fact]
    public void Search_AgainAfterTheVectorsChange_FindsTheNewMeaningHit()
    {
        var before = Find("crew arrive slowly");
        Assert.Equal([1L, 2L, 5L], before.Hits.Select(h => h.Id).Order());

        // A new item is indexed, then embedded: the same words again must not be served the nearest list kept from before.
        Add(8, "Waited and waited for someone to come", "Tilbury", Vector((0, 0.9f), (6, 0.436f)), new DateOnly(2026, 1, 6));
        _holder.Current.Commit(8, caughtUp: true);
        _holder.Current.Refresh();
        var after = Find("crew arrive slowly");
        Assert.Equal([1L, 2L, 5L, 8L], after.Hits.Select(h => h.Id).Order());
        Assert.Equal(8L, after.Hits[0].Id); // the nearest (0.9)
        Assert.Equal(before.Total + 1, after.Total);
    }

    [Fact]
    public void Search_ExactOrSyntax_IsWordsOnly()
    {
        Assert.Equal([1L], Find("ambulance late", q => q with { Exact = true }).Hits.Select(h => h.Id));
        Assert.Equal(0, Find("\"ambulance late\"").Total);
        Assert.Equal([1L], Find("ambulance late -crew").Hits.Select(h => h.Id));
        Assert.Equal(0, Find("ambulance late", q => q with { Exact = true }).ByMeaning);
    }

    [Fact]
    public void Search_NoWordMatches_ShowsMeaningAboveTheFloor_ButGibberishAndUnembeddedMatchesDoNot()
    {
        var r = Find("crew arrive slowly");
        Assert.Equal([1L, 2L, 5L], r.Hits.Select(h => h.Id).Order()); // 4 is at 0.3, under the floor
        Assert.Equal(3, r.ByMeaning);
        Assert.StartsWith("No feedback has all these words", r.Message);

        // The words find only feedback not embedded yet: nothing to measure meaning against, so words only.
        var fresh = Find("parking impossible");
        Assert.Equal([6L], fresh.Hits.Select(h => h.Id));
        Assert.Equal(0, fresh.ByMeaning);

        // Gibberish: no word is known and its best match (0.56) is above the floor but below the bar (0.6).
        var nonsense = Find("xqzv blorp");
        Assert.Equal(0, nonsense.Total);
        Assert.Empty(nonsense.Hits);

        // No word known either, but its best match (0.8) clears the bar: found by meaning alone, and the page says so.
        var unknown = Find("telly lounge");
        Assert.Equal([1L, 2L, 5L], unknown.Hits.Select(h => h.Id).Order());
        Assert.Equal(1L, unknown.Hits[^1].Id); // the least near (0.7)
        Assert.All(unknown.Hits, h => Assert.True(h.ByMeaning));
        Assert.StartsWith("No feedback has all these words", unknown.Message);
    }

    [Fact]
    public void Search_NearestKept_ListsTheFirstFewUnderTheFloorButNoMore()
    {
        var synonyms = new Synonyms(Path.Combine(TestPaths.Seeds, "synonyms.txt"), null);
        SearchResults Keeping(int kept) => new SearchService(_holder, synonyms,
                new MeaningSearch(_vectors, Embedder) { Floor = 0.75f, Calibration = MeaningCalibration.None, Kept = kept, KeptFloor = 0.5f })
            .Search(new SearchRequest { Query = "crew arrive slowly", PageSize = 100 });

        // 2 and 5 are at 0.8, over the floor; 1 is third nearest at 0.7, under it; 4 (0.3) is under the kept floor too.
        Assert.Equal([2L, 5L], Keeping(0).Hits.Select(h => h.Id).Order());
        Assert.Equal([2L, 5L], Keeping(2).Hits.Select(h => h.Id).Order());
        var three = Keeping(3);
        Assert.Equal([1L, 2L, 5L], three.Hits.Select(h => h.Id).Order());
        Assert.Equal(3, three.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values.Sum(v => v.Count));
        Assert.Equal([1L, 2L, 5L], Keeping(10).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Similar_ByMeaning_LeavesOutTheItemAndItsRepeats()
    {
        var similar = _search.Similar(2, 3);
        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, h => h.Id is 2 or 5);
        Assert.Equal(1, similar[0].Id);
        Assert.All(similar, h => Assert.True(h.ByMeaning));
    }

    [Fact]
    public void VectorIndex_Int8_KeepsTheFloatOrderAndCosine()
    {
        var random = new Random(7);
        var index = new VectorIndex();
        var vectors = Enumerable.Range(0, 500).Select(_ => Normalised(Enumerable.Range(0, 384).Select(_ => (float)random.NextDouble() - 0.5f).ToArray())).ToList();
        for (var i = 0; i < vectors.Count; i++) index.Upsert(i, vectors[i]);
        var query = vectors[0].Select((x, i) => x + 0.5f * vectors[1][i]).ToArray();
        query = Normalised(query);

        var exact = vectors.Select((v, i) => (Id: (long)i, Cos: v.Select((x, j) => x * query[j]).Sum())).OrderByDescending(x => x.Cos).Take(10).ToList();
        var found = index.Nearest(query, 10, -1f);
        Assert.Equal(exact.Take(2).Select(e => e.Id), found.Take(2).Select(f => f.Id));
        Assert.All(found, f => Assert.InRange(f.Similarity - vectors[(int)f.Id].Select((x, j) => x * query[j]).Sum(), -0.01f, 0.01f));

        index.Remove(0);
        Assert.Equal(499, index.Count);
        Assert.DoesNotContain(index.Nearest(query, 10, -1f), f => f.Id == 0);
        Assert.Null(index.VectorOf(0));
    }

    [Fact]
    public void VectorIndex_TwoStageAboveItsThreshold_FindsWhatAnExactScanFinds()
    {
        var random = new Random(3);
        var centres = Enumerable.Range(0, 50).Select(_ => Enumerable.Range(0, 384).Select(_ => (float)random.NextDouble() - 0.5f).ToArray()).ToArray();
        var exactIndex = new VectorIndex(); // few enough vectors to be scanned exactly
        var count = VectorIndex.TwoStageFrom / 2;
        for (var i = 0; i < count; i++)
        {
            var c = centres[random.Next(centres.Length)];
            exactIndex.Upsert(i, c.Select(x => x + 0.6f * ((float)random.NextDouble() - 0.5f)).ToArray());
        }
        Assert.True(exactIndex.Count < VectorIndex.TwoStageFrom);
        var query = Normalised(centres[7].Select(x => x + 0.3f * ((float)random.NextDouble() - 0.5f)).ToArray());
        var big = new VectorIndex();
        for (var i = 0; i < count; i++) big.Upsert(i, exactIndex.VectorOf(i)!);
        for (var i = 0; i < VectorIndex.TwoStageFrom; i++) big.Upsert(count + i, Vector((i % 384, -1f))); // far away filler
        Assert.True(big.Count >= VectorIndex.TwoStageFrom);

        var expected = exactIndex.Nearest(query, 20, -1f).Select(n => n.Id).ToList();
        var found = big.Nearest(query, 20, -1f).Select(n => n.Id).ToList();
        Assert.True(found.Intersect(expected).Count() >= 18, $"two-stage kept {found.Intersect(expected).Count()} of 20");
    }

    private void Add(long id, string text, string locality, float[] vector, DateOnly day)
    {
        _holder.Current.Add(IndexSchema.Build(new ItemChange
        {
            Id = id, Reference = $"R-{id}", RedactedText = text, Locality = locality, Channel = "survey", OccurredOn = day,
        }));
        _vectors.Upsert(id, vector);
    }

    public void Dispose()
    {
        _holder.Dispose();
        Directory.Delete(_path, recursive: true);
        File.Delete(_path + ".lock");
    }
}
