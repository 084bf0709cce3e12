using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace VoiceHub.Search.Facets;

/// <summary>
/// One segment's facet values and days, decoded once from doc values into plain arrays. Segments never change, so this
/// is cached against the segment's core and shared by every search until a merge retires the segment; counting a
/// facet is then an array read per matching document instead of a doc-values decode.
/// </summary>
/// <remarks>
/// Ordinals are stored plus one, so 0 means "no value" and counting needs no branch: a count array has a slot 0 that
/// nobody reads. Memory: four bytes per document per single-valued facet, and an offsets array plus ordinals for the
/// multi-valued ones (themes, service areas): about 40 MB at a million items. New segments are decoded when the
/// searcher that first sees them is opened (<see cref="WarmingSearcherFactory"/>), not by the first search.
/// </remarks>
internal sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = new();

    private SegmentValues(AtomicReader reader)
    {
        Fields = FacetCatalog.All.Select(f => FieldValues.Read(reader, f.Field)).ToArray();
        Days = new int[reader.MaxDoc];
        var days = reader.GetNumericDocValues(IndexSchema.Day);
        for (var doc = 0; doc < Days.Length; doc++) Days[doc] = days is null ? IndexSchema.NoDay : (int)days.Get(doc);
    }

    /// <summary>Per facet, in <see cref="FacetCatalog.All"/> order.</summary>
    public FieldValues[] Fields { get; }

    /// <summary>Day number per document (<see cref="IndexSchema.NoDay"/> when unknown).</summary>
    public int[] Days { get; }

    public static SegmentValues For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentValues(reader));

    /// <summary>One facet field in one segment: the distinct values and which of them each document has.</summary>
    internal sealed class FieldValues
    {
        private readonly Dictionary<string, int> _slots;

        private FieldValues(string[] values, int[]? single, int[]? starts, int[]? slots)
        {
            Values = values;
            Single = single;
            Starts = starts;
            Slots = slots;
            _slots = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
            for (var i = 0; i < values.Length; i++) _slots[values[i]] = i + 1;
        }

        /// <summary>Slot − 1 → value.</summary>
        public string[] Values { get; }

        /// <summary>How long an array indexed by slot must be (slot 0 is "no value").</summary>
        public int SlotCount => Values.Length + 1;

        /// <summary>When no document has two values: document → slot (0 for none).</summary>
        public int[]? Single { get; }

        /// <summary>Otherwise: document d's slots are <c>Slots[Starts[d]..Starts[d + 1]]</c>.</summary>
        public int[]? Starts { get; }

        public int[]? Slots { get; }

        /// <summary>The value's slot, 0 when no document in the segment has it.</summary>
        public int SlotOf(string value) => _slots.GetValueOrDefault(value);

        /// <summary>Whether document <paramref name="doc"/> has a value whose slot is marked in <paramref name="chosen"/> (sized <see cref="SlotCount"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Has(int doc, bool[] chosen)
        {
            if (Single is { } single) return chosen[single[doc]];
            var slots = Slots!;
            for (int k = Starts![doc], end = Starts[doc + 1]; k < end; k++)
            {
                if (chosen[slots[k]]) return true;
            }
            return false;
        }

        /// <summary>The values document <paramref name="doc"/> has, in value order.</summary>
        public IReadOnlyList<string> ValuesOf(int doc)
        {
            if (Single is { } single) return single[doc] > 0 ? [Values[single[doc] - 1]] : [];
            var list = new List<string>(Starts![doc + 1] - Starts[doc]);
            for (int k = Starts[doc], end = Starts[doc + 1]; k < end; k++) list.Add(Values[Slots![k] - 1]);
            return list;
        }

        public static FieldValues Read(AtomicReader reader, string field)
        {
            var maxDoc = reader.MaxDoc;
            var dv = reader.GetSortedSetDocValues(field);
            if (dv is null) return new FieldValues([], new int[maxDoc], null, null);

            var values = new string[dv.ValueCount];
            var bytes = new BytesRef();
            for (var o = 0; o < values.Length; o++)
            {
                dv.LookupOrd(o, bytes);
                values[o] = bytes.Utf8ToString();
            }

            var starts = new int[maxDoc + 1];
            var slots = new List<int>(maxDoc);
            var multi = false;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = slots.Count;
                dv.SetDocument(doc);
                long ord;
                var n = 0;
                while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    slots.Add((int)ord + 1);
                    n++;
                }
                if (n > 1) multi = true;
            }
            starts[maxDoc] = slots.Count;
            if (multi) return new FieldValues(values, null, starts, slots.ToArray());

            var single = new int[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++) single[doc] = starts[doc + 1] > starts[doc] ? slots[starts[doc]] : 0;
            return new FieldValues(values, single, null, null);
        }
    }
}
