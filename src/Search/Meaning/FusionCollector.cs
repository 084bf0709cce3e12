using Lucene.Net.Index;
using Lucene.Net.Search;

namespace VoiceHub.Search.Meaning;

/// <summary>
/// Collects, from one pass over words ∪ meaning hits (already past the filters, inside the faceting collector), the top
/// word matches by BM25 and every meaning hit with its rank, then fuses them by reciprocal rank. A document is a word
/// match when it scores above zero: the meaning clause is constant-scored at zero. With <paramref name="ordered"/> (newest
/// or oldest first) every document also goes to it, and only the counts are used from here.
/// </summary>
internal sealed class FusionCollector(int wordsWanted, IReadOnlyList<long> meaningIds, ICollector? ordered = null) : ICollector
{
    private readonly TopScoreDocCollector _words = TopScoreDocCollector.Create(wordsWanted, docsScoredInOrder: false);
    private readonly List<(int Doc, int Rank)> _meaning = [];
    private readonly Dictionary<int, int> _segmentRanks = [];
    private readonly HashSet<int> _meaningWords = [];
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
        for (var rank = 0; rank < meaningIds.Count; rank++)
        {
            var docs = context.AtomicReader.GetTermDocsEnum(IndexSchema.IdTerm(meaningIds[rank]));
            if (docs is null) continue;
            var doc = docs.NextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS) _segmentRanks[doc] = rank;
        }
    }

    public void Collect(int doc)
    {
        ordered?.Collect(doc);
        var isMeaning = _segmentRanks.TryGetValue(doc, out var rank);
        if (isMeaning) _meaning.Add((_docBase + doc, rank));
        if (isMeaning && !(_scorer!.GetScore() > 0)) return;
        if (isMeaning) _meaningWords.Add(_docBase + doc);
        WordMatches++;
        _words.Collect(doc);
    }

    /// <summary>
    /// Documents in fused order, best first, with their fused score and whether only their meaning matched:
    /// score = 1/(k + words rank) + w/(k + meaning rank), ranks counted among the hits left after filters.
    /// </summary>
    public IReadOnlyList<(int Doc, float Score, bool ByMeaning)> Fuse(int k, float meaningWeight)
    {
        var fused = new Dictionary<int, (float Score, bool Words)>();
        var words = _words.GetTopDocs(0, wordsWanted).ScoreDocs;
        for (var i = 0; i < words.Length; i++) fused[words[i].Doc] = (1f / (k + i + 1), true);
        var meaning = _meaning.OrderBy(m => m.Rank).ToList();
        for (var i = 0; i < meaning.Count; i++)
        {
            var add = meaningWeight / (k + i + 1);
            var doc = meaning[i].Doc;
            fused[doc] = fused.TryGetValue(doc, out var f) ? (f.Score + add, f.Words) : (add, _meaningWords.Contains(doc));
        }
        return fused.OrderByDescending(f => f.Value.Score).ThenBy(f => f.Key)
            .Select(f => (f.Key, f.Value.Score, !f.Value.Words)).ToList();
    }
}
