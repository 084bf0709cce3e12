using Lucene.Net.Index;
using Lucene.Net.Search;

namespace VoiceHub.Search.Facets;

/// <summary>
/// One pass over the documents matching the query (before facet choices) that both collects the hits and counts every
/// facet, "drill-sideways": a document that matches every choice is a hit and counts in every facet; one that misses the
/// choices of exactly one facet counts only in that facet, so each facet's counts ignore its own choices (its other
/// values stay visible) but respect all the others. The date range is checked here too, from cached day numbers.
/// </summary>
/// <remarks>
/// This runs for every document the words match (a common word matches a fifth of a million items), so the per-segment
/// state is laid out in flat arrays the loop can read without calls: single-valued facets first, then multi-valued.
/// </remarks>
internal sealed class FacetingCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly FacetSelection _selection;
    private readonly int _fromDay;
    private readonly int _toDay;
    private readonly bool _filterDays;
    private readonly bool _count;
    private readonly Dictionary<string, int>[] _totals;
    private readonly int[] _selectedFacets;

    private SegmentValues? _segment;
    private int[] _days = [];
    private SegmentValues.FieldValues[] _fields = [];
    private int[][] _counts = [];
    private bool[][] _chosen = [];
    // The same facets split by shape, for the counting loop.
    private int[][] _singleSlots = [];
    private int[][] _singleCounts = [];
    private int[][] _multiStarts = [];
    private int[][] _multiSlots = [];
    private int[][] _multiCounts = [];

    public FacetingCollector(ICollector hits, FacetSelection selection, int? fromDay, int? toDay, bool countFacets)
    {
        _hits = hits;
        _selection = selection;
        _filterDays = fromDay is not null || toDay is not null;
        _fromDay = fromDay ?? int.MinValue + 1;
        _toDay = toDay ?? int.MaxValue;
        _count = countFacets;
        _totals = FacetCatalog.All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _selectedFacets = Enumerable.Range(0, FacetCatalog.All.Count).Where(i => selection.Chosen(i) is not null).ToArray();
    }

    /// <summary>Documents matching everything: the hits' total.</summary>
    public int Matched { get; private set; }

    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _hits.SetNextReader(context);
        _segment = SegmentValues.For(context.AtomicReader);
        _days = _segment.Days;
        _fields = _segment.Fields;
        _counts = _fields.Select(f => new int[f.SlotCount]).ToArray();
        _chosen = new bool[_fields.Length][];
        foreach (var i in _selectedFacets)
        {
            var chosen = new bool[_fields[i].SlotCount];
            foreach (var value in _selection.Chosen(i)!) chosen[_fields[i].SlotOf(value)] = true;
            chosen[0] = false; // "no value" (and values absent from this segment) never match
            _chosen[i] = chosen;
        }
        var singles = Enumerable.Range(0, _fields.Length).Where(i => _fields[i].Single is not null).ToArray();
        var multis = Enumerable.Range(0, _fields.Length).Where(i => _fields[i].Single is null).ToArray();
        _singleSlots = singles.Select(i => _fields[i].Single!).ToArray();
        _singleCounts = singles.Select(i => _counts[i]).ToArray();
        _multiStarts = multis.Select(i => _fields[i].Starts!).ToArray();
        _multiSlots = multis.Select(i => _fields[i].Slots!).ToArray();
        _multiCounts = multis.Select(i => _counts[i]).ToArray();
    }

    public void Collect(int doc)
    {
        if (_filterDays)
        {
            var day = _days[doc];
            if (day < _fromDay || day > _toDay) return;
        }

        var missed = -1;
        var selected = _selectedFacets;
        for (var s = 0; s < selected.Length; s++)
        {
            var i = selected[s];
            if (_fields[i].Has(doc, _chosen[i])) continue;
            if (missed >= 0) return; // misses two facets' choices: counts nowhere
            missed = i;
        }

        if (missed < 0)
        {
            Matched++;
            _hits.Collect(doc);
            if (_count) CountAll(doc);
        }
        else if (_count)
        {
            CountOne(_fields[missed], _counts[missed], doc);
        }
    }

    private void CountAll(int doc)
    {
        var singleSlots = _singleSlots;
        var singleCounts = _singleCounts;
        for (var j = 0; j < singleSlots.Length; j++) singleCounts[j][singleSlots[j][doc]]++;
        var multiStarts = _multiStarts;
        for (var j = 0; j < multiStarts.Length; j++)
        {
            var starts = multiStarts[j];
            var slots = _multiSlots[j];
            var counts = _multiCounts[j];
            for (int k = starts[doc], end = starts[doc + 1]; k < end; k++) counts[slots[k]]++;
        }
    }

    private static void CountOne(SegmentValues.FieldValues field, int[] counts, int doc)
    {
        if (field.Single is { } single)
        {
            counts[single[doc]]++;
            return;
        }
        var slots = field.Slots!;
        for (int k = field.Starts![doc], end = field.Starts[doc + 1]; k < end; k++) counts[slots[k]]++;
    }

    /// <summary>Counts per facet (in <see cref="FacetCatalog.All"/> order), value → documents.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, int>> Finish()
    {
        Flush();
        return _totals;
    }

    /// <summary>Adds the finished segment's counts, by value, to the totals (a handful of values per facet).</summary>
    private void Flush()
    {
        if (_segment is null || !_count) return;
        for (var i = 0; i < _counts.Length; i++)
        {
            var values = _fields[i].Values;
            var counts = _counts[i];
            for (var slot = 1; slot < counts.Length; slot++)
            {
                if (counts[slot] == 0) continue;
                var value = values[slot - 1];
                _totals[i][value] = _totals[i].GetValueOrDefault(value) + counts[slot];
            }
        }
        _segment = null;
    }
}
