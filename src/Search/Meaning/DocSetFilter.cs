using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace VoiceHub.Search.Meaning;

/// <summary>Passes only the given documents (top-level doc numbers of the searcher it was made for): a few hundred at most.</summary>
internal sealed class DocSetFilter(IReadOnlyCollection<int> docs) : Filter
{
    private readonly int[] _sorted = [.. docs.Order()];

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var start = context.DocBase;
        var end = start + context.AtomicReader.MaxDoc;
        FixedBitSet? bits = null;
        foreach (var doc in _sorted)
        {
            if (doc < start || doc >= end) continue;
            var local = doc - start;
            if (acceptDocs is not null && !acceptDocs.Get(local)) continue;
            (bits ??= new FixedBitSet(context.AtomicReader.MaxDoc)).Set(local);
        }
        return bits;
    }
}
