using Lucene.Net.Index;
using Lucene.Net.Search;

namespace VoiceHub.Search.Meaning;

/// <summary>
/// The meaning hits' documents in one searcher: each item id looked up once, segment by segment until found, and shared
/// by the query's filter and the fusion collector (they used to look up every id in every segment, each of them).
/// </summary>
internal static class MeaningDocs
{
    /// <summary>Top-level doc number → rank in <paramref name="hits"/> (0 = nearest), for the hits that are in the index.</summary>
    public static Dictionary<int, int> Resolve(IndexReader reader, IReadOnlyList<(long Id, float Similarity)> hits)
    {
        var docs = new Dictionary<int, int>(hits.Count);
        var left = Enumerable.Range(0, hits.Count).ToList();
        // Newest segments first: an item changed lately has its live document there (and deleted ones in older segments).
        foreach (var leaf in reader.Leaves.Reverse())
        {
            if (left.Count == 0) break;
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.Id)?.GetEnumerator();
            if (terms is null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            DocsEnum? postings = null;
            for (var i = left.Count - 1; i >= 0; i--)
            {
                var rank = left[i];
                if (!terms.SeekExact(IndexSchema.IdTerm(hits[rank].Id).Bytes)) continue;
                postings = terms.Docs(live, postings, DocsFlags.NONE);
                var doc = postings.NextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) continue;
                docs[leaf.DocBase + doc] = rank;
                left.RemoveAt(i);
            }
        }
        return docs;
    }
}
