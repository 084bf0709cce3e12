using System.Numerics;

namespace VoiceHub.Search.Meaning;

/// <summary>
/// This process's items' sentence vectors, in memory, int8 (one byte a dimension and one scale per vector: 388 bytes an
/// item at 384 dimensions, 370 MB at a million), searched by an exact scan: no approximation to tune and no recall lost,
/// and at the hub's sizes a scan is as fast as a graph would be (see bench/README.md for where that stops being true).
/// Follows PostgreSQL through <see cref="VectorFollower"/>, as the Lucene index does.
/// </summary>
/// <remarks>
/// A vector is quantised symmetrically (value / (max |value| / 127), rounded), so a dot product is an integer sum of
/// int8 products times two scales; the cosine it gives stays within about 0.002 of the float one.
/// </remarks>
public sealed class VectorIndex
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<long, int> _slots = [];
    private long[] _ids = new long[1024];
    private float[] _scales = new float[1024];
    private sbyte[] _data;

    public VectorIndex(int dimensions = 384)
    {
        Dimensions = dimensions;
        _data = new sbyte[1024 * dimensions];
    }

    public int Dimensions { get; }

    /// <summary>The model whose vectors are held; set by the follower.</summary>
    public string? Model { get; set; }

    public int Count { get; private set; }

    /// <summary>Memory the vectors take (ids, scales and bytes, as allocated).</summary>
    public long Bytes => _data.LongLength + _ids.LongLength * 8 + _scales.LongLength * 4 + _slots.Count * 24L;

    /// <summary>Adds or replaces an item's vector. A vector of the wrong length is ignored (another model's).</summary>
    public void Upsert(long id, ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions) return;
        _lock.EnterWriteLock();
        try
        {
            if (!_slots.TryGetValue(id, out var slot))
            {
                slot = Count++;
                if (slot == _ids.Length) Grow();
                _slots[id] = slot;
                _ids[slot] = id;
            }
            _scales[slot] = Quantise(vector, _data.AsSpan(slot * Dimensions, Dimensions));
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Remove(long id)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slots.Remove(id, out var slot)) return;
            var last = --Count;
            if (slot != last)
            {
                _ids[slot] = _ids[last];
                _scales[slot] = _scales[last];
                _data.AsSpan(last * Dimensions, Dimensions).CopyTo(_data.AsSpan(slot * Dimensions, Dimensions));
                _slots[_ids[slot]] = slot;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Clear()
    {
        _lock.EnterWriteLock();
        try
        {
            _slots.Clear();
            Count = 0;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The item's vector as stored (dequantised), or null.</summary>
    public float[]? VectorOf(long id)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_slots.TryGetValue(id, out var slot)) return null;
            var v = new float[Dimensions];
            var bytes = _data.AsSpan(slot * Dimensions, Dimensions);
            for (var i = 0; i < v.Length; i++) v[i] = bytes[i] * _scales[slot];
            return v;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The <paramref name="k"/> items most similar to <paramref name="query"/> (cosine, for normalised vectors) at or
    /// above <paramref name="floor"/>, most similar first. Scans every vector; large sets are split across cores.
    /// </summary>
    public IReadOnlyList<(long Id, float Similarity)> Nearest(ReadOnlySpan<float> query, int k, float floor)
    {
        if (query.Length != Dimensions || k < 1) return [];
        var q = new sbyte[Dimensions];
        var qScale = Quantise(query, q);
        _lock.EnterReadLock();
        try
        {
            var count = Count;
            if (count == 0) return [];
            var chunks = count >= 100_000 ? Math.Min(Environment.ProcessorCount, 8) : 1;
            var per = (count + chunks - 1) / chunks;
            var found = new List<(long, float)>[chunks];
            if (chunks == 1) found[0] = Scan(q, qScale, 0, count, k, floor);
            else Parallel.For(0, chunks, c => found[c] = Scan(q, qScale, c * per, Math.Min(count, (c + 1) * per), k, floor));
            return found.SelectMany(f => f).OrderByDescending(f => f.Item2).ThenBy(f => f.Item1).Take(k).ToList();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private List<(long, float)> Scan(sbyte[] q, float qScale, int from, int to, int k, float floor)
    {
        var heap = new PriorityQueue<long, float>(k + 1);
        var min = floor;
        var dims = Dimensions;
        for (var slot = from; slot < to; slot++)
        {
            var similarity = Dot(q, _data.AsSpan(slot * dims, dims)) * qScale * _scales[slot];
            if (similarity < min) continue;
            heap.Enqueue(_ids[slot], similarity);
            if (heap.Count > k)
            {
                heap.Dequeue();
                heap.TryPeek(out _, out var lowest);
                min = Math.Max(floor, lowest);
            }
        }
        var list = new List<(long, float)>(heap.Count);
        while (heap.TryDequeue(out var id, out var s)) list.Add((id, s));
        return list;
    }

    /// <summary>Writes <paramref name="vector"/> as int8 into <paramref name="into"/>; returns the scale.</summary>
    private static float Quantise(ReadOnlySpan<float> vector, Span<sbyte> into)
    {
        var max = 0f;
        foreach (var x in vector) max = Math.Max(max, Math.Abs(x));
        if (max == 0)
        {
            into.Clear();
            return 0;
        }
        var scale = max / 127f;
        for (var i = 0; i < vector.Length; i++) into[i] = (sbyte)Math.Round(vector[i] / scale);
        return scale;
    }

    /// <summary>Integer dot product: products of two int8 values (never -128) fit in 16 bits; sums are widened to 32.</summary>
    internal static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var sum = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<int>.Zero;
            var width = Vector<sbyte>.Count;
            for (; i + width <= a.Length; i += width)
            {
                Vector.Widen(new Vector<sbyte>(a[i..]), out var al, out var ah);
                Vector.Widen(new Vector<sbyte>(b[i..]), out var bl, out var bh);
                Vector.Widen(al * bl, out var p0, out var p1);
                Vector.Widen(ah * bh, out var p2, out var p3);
                acc += p0 + p1 + p2 + p3;
            }
            sum = Vector.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private void Grow()
    {
        var size = _ids.Length * 2;
        Array.Resize(ref _ids, size);
        Array.Resize(ref _scales, size);
        Array.Resize(ref _data, size * Dimensions);
    }
}
