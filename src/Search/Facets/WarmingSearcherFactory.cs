using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace VoiceHub.Search.Facets;

/// <summary>
/// Makes each new searcher with VoiceHub's similarity, and decodes the facet values of segments it has not seen before,
/// so the reopen thread pays for that rather than the next person searching.
/// </summary>
internal sealed class WarmingSearcherFactory(Similarity similarity) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves) SegmentValues.For(leaf.AtomicReader);
        return new IndexSearcher(reader) { Similarity = similarity };
    }
}
