using Lucene.Net.Index;
using Lucene.Net.Search;

namespace VoiceHub.Search.Facets;

/// <summary>
/// One pass over the documents matching the query (before facet choices) that both collects the hits and counts every
/// facet, "drill-sideways": a document that matches every choice is a hit and counts in every facet; one that misses the
/// choices of exactly one facet counts only in that facet, so each facet's counts ignore its own choices (its other
/// values stay visible) but respect all the others. The date range is checked here too, from cached day numbers.
/// </summary>
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
    private int[][] _counts = [];
    private bool[]?[] _chosenOrds = [];

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
        var fields = _segment.Fields;
        _counts = _count ? fields.Select(f => new int[f.Values.Length]).ToArray() : [];
        _chosenOrds = new bool[]?[fields.Length];
        foreach (var i in _selectedFacets)
        {
            var chosen = new bool[fields[i].Values.Length];
            foreach (var value in _selection.Chosen(i)!)
            {
                var ord = fields[i].OrdinalOf(value);
                if (ord >= 0) chosen[ord] = true;
            }
            _chosenOrds[i] = chosen;
        }
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        if (_filterDays)
        {
            var day = segment.Days[doc];
            if (day < _fromDay || day > _toDay) return;
        }

        var missed = -1;
        foreach (var i in _selectedFacets)
        {
            if (segment.Fields[i].Has(doc, _chosenOrds[i]!)) continue;
            if (missed >= 0) return; // misses two facets' choices: counts nowhere
            missed = i;
        }

        if (missed < 0)
        {
            Matched++;
            _hits.Collect(doc);
            if (!_count) return;
            for (var i = 0; i < _counts.Length; i++) Count(segment.Fields[i], _counts[i], doc);
        }
        else if (_count)
        {
            Count(segment.Fields[missed], _counts[missed], doc);
        }
    }

    /// <summary>Counts per facet (in <see cref="FacetCatalog.All"/> order), value → documents.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, int>> Finish()
    {
        Flush();
        return _totals;
    }

    private static void Count(SegmentValues.FieldValues field, int[] counts, int doc)
    {
        if (field.Single is { } single)
        {
            var ord = single[doc];
            if (ord >= 0) counts[ord]++;
            return;
        }
        var ords = field.Ords!;
        for (int k = field.Starts![doc], end = field.Starts[doc + 1]; k < end; k++) counts[ords[k]]++;
    }

    /// <summary>Adds the finished segment's counts, by value, to the totals (a handful of values per facet).</summary>
    private void Flush()
    {
        if (_segment is null || !_count) return;
        for (var i = 0; i < _counts.Length; i++)
        {
            var values = _segment.Fields[i].Values;
            var counts = _counts[i];
            for (var o = 0; o < counts.Length; o++)
            {
                if (counts[o] == 0) continue;
                _totals[i][values[o]] = _totals[i].GetValueOrDefault(values[o]) + counts[o];
            }
        }
        _segment = null;
    }
}
