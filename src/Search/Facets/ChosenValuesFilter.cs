using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace VoiceHub.Search.Facets;

/// <summary>
/// Documents having any of the given values in a facet field, read from the cached doc values
/// (<see cref="SegmentValues"/>): what a typed <c>theme:transport</c> becomes. As a filter it can sit in a query like
/// any term (under OR, or excluded with -), without the keyword fields carrying terms of their own.
/// </summary>
internal sealed class ChosenValuesFilter(int facet, IReadOnlyCollection<string> values) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var field = SegmentValues.For(context.AtomicReader).Fields[facet];
        var chosen = new bool[field.SlotCount];
        var any = false;
        foreach (var value in values)
        {
            var slot = field.SlotOf(value);
            if (slot == 0) continue;
            chosen[slot] = true;
            any = true;
        }
        return any ? new Matching(context.AtomicReader.MaxDoc, acceptDocs, field, chosen) : null;
    }

    public override string ToString() => $"{FacetCatalog.All[facet].Field}:({string.Join(" OR ", values)})";

    private sealed class Matching(int maxDoc, IBits? acceptDocs, SegmentValues.FieldValues field, bool[] chosen) : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc) => field.Has(doc, chosen);
    }
}
