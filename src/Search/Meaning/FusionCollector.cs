using Lucene.Net.Index;
using Lucene.Net.Search;

namespace VoiceHub.Search.Meaning;

/// <summary>
/// Collects, from one pass over words ∪ meaning hits (already past the filters, inside the faceting collector), the top
/// word matches by BM25 and every meaning hit with its rank, similarity and BM25 (0 without the words), then fuses them
/// by the <see cref="FusionRule"/> chosen. A document is a word match when it scores above zero: the meaning clause is
/// constant-scored at zero. With <paramref name="ordered"/> (newest or oldest first) every document also goes to it, and
/// only the counts are used from here.
/// </summary>
/// <param name="meaningDocs">The meaning hits' documents (top-level doc → rank in <paramref name="meaningHits"/>; <see cref="MeaningDocs"/>).</param>
internal sealed class FusionCollector(int wordsWanted, IReadOnlyList<(long Id, float Similarity)> meaningHits, IReadOnlyDictionary<int, int> meaningDocs,
    ICollector? ordered = null) : ICollector
{
    private readonly TopScoreDocCollector _words = TopScoreDocCollector.Create(wordsWanted, docsScoredInOrder: false);
    private readonly List<(int Doc, int Rank, float Words)> _meaning = [];
    private readonly Dictionary<int, int> _segmentRanks = [];
    private Scorer? _scorer;
    private int _docBase;

    /// <summary>Documents the words match (after filters).</summary>
    public int WordMatches { get; private set; }

    public bool AcceptsDocsOutOfOrder => ordered?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        _words.SetScorer(scorer);
        ordered?.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _words.SetNextReader(context);
        ordered?.SetNextReader(context);
        _docBase = context.DocBase;
        _segmentRanks.Clear();
        var end = _docBase + context.AtomicReader.MaxDoc;
        foreach (var (doc, rank) in meaningDocs)
        {
            if (doc >= _docBase && doc < end) _segmentRanks[doc - _docBase] = rank;
        }
    }

    public void Collect(int doc)
    {
        ordered?.Collect(doc);
        var isMeaning = _segmentRanks.TryGetValue(doc, out var rank);
        var score = isMeaning ? _scorer!.GetScore() : 0;
        if (isMeaning) _meaning.Add((_docBase + doc, rank, score > 0 ? score : 0));
        if (isMeaning && !(score > 0)) return;
        WordMatches++;
        _words.Collect(doc);
    }

    /// <summary>The meaning hits listed that lack some of the words (top-level doc numbers): <see cref="FusionRule.AnyWordScores"/> scores them by the words they have.</summary>
    public IReadOnlyList<int> MeaningOnly => _meaning.Where(m => m.Words == 0).Select(m => m.Doc).ToList();

    /// <summary>Documents in fused order, best first, with their fused score and whether only their meaning matched.</summary>
    /// <param name="anyWords">With <see cref="FusionRule.AnyWordScores"/>: BM25 of any of the words for meaning hits that lack some (by doc).</param>
    public IReadOnlyList<(int Doc, float Score, bool ByMeaning)> Fuse(MeaningSearch settings, IReadOnlyDictionary<int, float>? anyWords = null)
    {
        var words = _words.GetTopDocs(0, wordsWanted).ScoreDocs;
        var meaning = _meaning.OrderBy(m => m.Rank).ToList();
        var fused = settings.Fusion switch
        {
            FusionRule.Scores => ByScores(words, meaning, settings.MeaningShare, null),
            FusionRule.AnyWordScores => ByScores(words, meaning, settings.MeaningShare, anyWords),
            FusionRule.MeaningLift => ByLift(words, meaning, settings.WordLift),
            _ => ByRanks(words, meaning, settings.FusionK, settings.MeaningWeight),
        };
        return fused.OrderByDescending(f => f.Value.Score).ThenBy(f => f.Key)
            .Select(f => (f.Key, f.Value.Score, !f.Value.Words)).ToList();
    }

    /// <summary>score = 1/(k + words rank) + w/(k + meaning rank), ranks counted among the hits left after filters.</summary>
    private static Dictionary<int, (float Score, bool Words)> ByRanks(ScoreDoc[] words, List<(int Doc, int Rank, float Words)> meaning, int k, float weight)
    {
        var fused = new Dictionary<int, (float Score, bool Words)>();
        for (var i = 0; i < words.Length; i++) fused[words[i].Doc] = (1f / (k + i + 1), true);
        for (var i = 0; i < meaning.Count; i++)
        {
            var add = weight / (k + i + 1);
            var doc = meaning[i].Doc;
            fused[doc] = fused.TryGetValue(doc, out var f) ? (f.Score + add, f.Words) : (add, meaning[i].Words > 0);
        }
        return fused;
    }

    /// <summary>(1 − α) · BM25 / best BM25 + α · (cosine − lowest) / (best − lowest) (see <see cref="FusionRule.Scores"/>).</summary>
    private Dictionary<int, (float Score, bool Words)> ByScores(ScoreDoc[] words, List<(int Doc, int Rank, float Words)> meaning, float share,
        IReadOnlyDictionary<int, float>? anyWords)
    {
        float Bm25((int Doc, int Rank, float Words) m) => m.Words > 0 ? m.Words : anyWords?.GetValueOrDefault(m.Doc) ?? 0;
        var best = words.Length > 0 ? words[0].Score : 0f;
        foreach (var m in meaning) best = Math.Max(best, Bm25(m));
        var (high, low) = meaning.Count > 0 ? (meaningHits[meaning[0].Rank].Similarity, meaningHits[meaning[^1].Rank].Similarity) : (0f, 0f);
        var spread = high - low;
        float Norm(float bm25) => best > 0 ? bm25 / best : 0;
        var fused = new Dictionary<int, (float Score, bool Words)>();
        foreach (var w in words) fused[w.Doc] = ((1 - share) * Norm(w.Score), true);
        foreach (var m in meaning)
        {
            var cosine = spread > 0 ? (meaningHits[m.Rank].Similarity - low) / spread : 1f;
            fused[m.Doc] = ((1 - share) * Norm(Bm25(m)) + share * cosine, m.Words > 0);
        }
        return fused;
    }

    /// <summary>Cosine, plus <paramref name="lift"/> for an item with all the words; word matches outside the meaning list count as the lowest cosine listed.</summary>
    private Dictionary<int, (float Score, bool Words)> ByLift(ScoreDoc[] words, List<(int Doc, int Rank, float Words)> meaning, float lift)
    {
        var low = meaning.Count > 0 ? meaningHits[meaning[^1].Rank].Similarity : 0f;
        var fused = new Dictionary<int, (float Score, bool Words)>();
        // Word matches outside the meaning list keep their BM25 order among themselves, just under the lowest cosine.
        var best = words.Length > 0 ? words[0].Score : 1f;
        foreach (var w in words) fused[w.Doc] = (low + lift - 0.001f * (1 - w.Score / best), true);
        foreach (var m in meaning) fused[m.Doc] = (meaningHits[m.Rank].Similarity + (m.Words > 0 ? lift : 0), m.Words > 0);
        return fused;
    }
}
