using VoiceHub.Core.Model;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Facets;
using VoiceHub.Search.Meaning;
using VoiceHub.Search.Queries;
using VoiceHub.TestCommon;
using static VoiceHub.Search.Tests.PlantedVectors;

namespace VoiceHub.Search.Tests;

/// <summary>
/// The query's vector sharpened by feedback (<see cref="MeaningFeedback"/>), over a real Lucene index on disk and the real
/// vector index, with planted vectors so every cosine is known. The query "rings back" is axis 0; the feedback that has
/// the words leans toward axis 1 (calls not returned), so sharpened by it the query is (0.894, 0.447).
/// </summary>
public sealed class MeaningFeedbackTests : IDisposable
{
    private readonly string _path = TestPaths.TempDirectory("voicehub-feedback");
    private readonly IndexHolder _holder;
    private readonly VectorIndex _vectors = new() { Model = "planted" };
    private readonly Synonyms _synonyms = new(Path.Combine(TestPaths.Seeds, "synonyms.txt"), null);

    public MeaningFeedbackTests()
    {
        _holder = IndexHolder.Open(_path, write: true, null);
        // Cosines to the query as typed, then to the query sharpened by item 1: 1 has the words (0.60, 0.89); 2 means
        // what 1 means without the words (0.45, 0.80); 3 is near the words' other sense (0.55, 0.49); 4 is unrelated.
        Add(1, "Nobody rings back when I call the office", "Grays", Vector((0, 0.6f), (1, 0.8f)));
        Add(2, "I left three messages and heard nothing", "Tilbury", Vector((0, 0.45f), (1, 0.893f)));
        Add(3, "The doorbell went all night", "Grays", Vector((0, 0.55f), (2, 0.835f)));
        Add(4, "Lovely lunch", "Grays", Vector((3, 1f)));
        _holder.Current.Commit(4, caughtUp: true);
        _holder.Current.Refresh();
    }

    private SearchService Service(MeaningFeedback feedback) => new(_holder, _synonyms,
        new MeaningSearch(_vectors, new QueryEmbedder("planted", q => q == "xqzv blorp" ? Vector((0, 0.9f), (5, 0.436f)) : Vector((0, 1f))))
        {
            Floor = 0.5f, Calibration = MeaningCalibration.None, Feedback = feedback, FeedbackWeight = 1f, FeedbackHits = 3, UnknownWordsBar = 0.6f, Kept = 0,
        });

    [Fact]
    public void Search_FeedbackFromTheWords_ListsWhatTheWordMatchesMean_AndFacetsCountIt()
    {
        var plain = Service(MeaningFeedback.None).Search(new SearchRequest { Query = "rings back", PageSize = 100 });
        Assert.Equal([1L, 3L], plain.Hits.Select(h => h.Id));

        var search = Service(MeaningFeedback.Words);
        var sharpened = search.Search(new SearchRequest { Query = "rings back", PageSize = 100 });

        Assert.Equal([1L, 2L], sharpened.Hits.Select(h => h.Id));
        Assert.Equal([false, true], sharpened.Hits.Select(h => h.ByMeaning));
        Assert.Equal(2, sharpened.Total);
        Assert.Equal(1, sharpened.ByMeaning);
        Assert.Equal(sharpened.Total, sharpened.Facets.Single(f => f.Facet == FacetCatalog.Locality).Values.Sum(v => v.Count));
        Assert.Equal(1, search.Count(new SearchRequest { Query = "rings back", Localities = ["Tilbury"] }));

        // Exact syntax and nonsense (no known word, best match 0.54: under the bar) are untouched by feedback.
        Assert.Equal([1L], search.Search(new SearchRequest { Query = "rings back", Exact = true }).Hits.Select(h => h.Id));
        Assert.Equal([1L], search.Search(new SearchRequest { Query = "\"rings back\"" }).Hits.Select(h => h.Id));
        Assert.Equal(0, search.Search(new SearchRequest { Query = "xqzv blorp" }).Total);
    }

    [Fact]
    public void Search_ShortQueryExpanded_AveragesTheQueryWithFeedbackAboutIt()
    {
        // "rings back" alone is axis 0; "feedback about rings back" is axis 1; expanded, the query is (0.707, 0.707).
        var embedder = new QueryEmbedder("planted", q => q.StartsWith("feedback about ", StringComparison.Ordinal) ? Vector((1, 1f)) : Vector((0, 1f)));
        SearchService By(int expand) => new(_holder, _synonyms,
            new MeaningSearch(_vectors, embedder) { Floor = 0.5f, Calibration = MeaningCalibration.None, ExpandUpToWords = expand, Kept = 0 });

        Assert.Equal([1L, 3L], By(0).Search(new SearchRequest { Query = "rings back" }).Hits.Select(h => h.Id));
        var expanded = By(3).Search(new SearchRequest { Query = "rings back" });
        Assert.Equal([1L, 2L], expanded.Hits.Select(h => h.Id));
        Assert.Equal(1, expanded.ByMeaning);
        // Longer queries are embedded as typed.
        Assert.Equal([3L], By(1).Search(new SearchRequest { Query = "rings back" }).Hits.Where(h => h.ByMeaning).Select(h => h.Id));
    }

    private void Add(long id, string text, string locality, float[] vector)
    {
        _holder.Current.Add(IndexSchema.Build(new ItemChange
        {
            Id = id, Reference = $"R-{id}", RedactedText = text, Locality = locality, Channel = "survey", OccurredOn = new DateOnly(2026, 1, (int)id),
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
