using System.Numerics.Tensors;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// A k-nearest-neighbour graph over rows' (centred, whitened) embeddings, for spreading a theme's few examples through
/// the rows close to them (label spreading): f ← α S f + (1 − α) y, with y 1 at the examples and S the symmetric,
/// degree-normalised graph. A few examples reach their theme's neighbourhood along the graph where one prototype's
/// cosine does not.
/// </summary>
/// <example>
/// Rows a–b–c in a chain (each the other's neighbour), an example at a, α = 0.5: after spreading, a scores highest, b
/// next, c least but above a row with no path to a (0).
/// </example>
public sealed class FewShotGraph
{
    private readonly int[][] _neighbours;
    private readonly float[][] _weights;

    private FewShotGraph(int[][] neighbours, float[][] weights) => (_neighbours, _weights) = (neighbours, weights);

    /// <summary>How many rows the graph holds.</summary>
    public int Count => _neighbours.Length;

    /// <summary>
    /// Each row joined to its <paramref name="k"/> nearest by cosine (weight the cosine, at least 0), both ways, then
    /// normalised by the square roots of both ends' degrees. O(n² d) time, O(n k) memory.
    /// </summary>
    public static FewShotGraph Build(IReadOnlyList<float[]> vectors, int k)
    {
        var unit = vectors.Select(Unit).ToArray();
        var n = unit.Length;
        var edges = new Dictionary<int, float>[n];
        for (var i = 0; i < n; i++) edges[i] = [];
        foreach (var (i, near) in Enumerable.Range(0, n).Select(i => (i, Nearest(unit, unit[i], k, i))))
        {
            foreach (var (j, w) in near)
            {
                edges[i][j] = Math.Max(edges[i].GetValueOrDefault(j), w);
                edges[j][i] = Math.Max(edges[j].GetValueOrDefault(i), w);
            }
        }
        var degree = edges.Select(e => e.Values.Sum()).ToArray();
        var neighbours = new int[n][];
        var weights = new float[n][];
        for (var i = 0; i < n; i++)
        {
            neighbours[i] = edges[i].Keys.ToArray();
            weights[i] = edges[i].Select(e => degree[i] > 0 && degree[e.Key] > 0 ? e.Value / MathF.Sqrt(degree[i] * degree[e.Key]) : 0).ToArray();
        }
        return new FewShotGraph(neighbours, weights);
    }

    /// <summary>The rows' scores after <paramref name="iterations"/> steps of spreading from <paramref name="seeds"/>.</summary>
    public double[] Spread(IReadOnlyCollection<int> seeds, float alpha, int iterations = 20)
    {
        var y = new double[Count];
        foreach (var s in seeds) y[s] = 1;
        var f = (double[])y.Clone();
        var next = new double[Count];
        for (var t = 0; t < iterations; t++)
        {
            for (var i = 0; i < Count; i++)
            {
                var s = 0.0;
                for (var e = 0; e < _neighbours[i].Length; e++) s += _weights[i][e] * f[_neighbours[i][e]];
                next[i] = alpha * s + (1 - alpha) * y[i];
            }
            (f, next) = (next, f);
        }
        return f;
    }

    /// <summary>
    /// The <paramref name="k"/> rows of <paramref name="unit"/> (unit vectors) nearest <paramref name="query"/> by cosine,
    /// leaving out row <paramref name="skip"/>; each with its cosine floored at 0.
    /// </summary>
    public static List<(int Row, float Weight)> Nearest(IReadOnlyList<float[]> unit, float[] query, int k, int skip = -1)
    {
        var q = Unit(query);
        var best = new PriorityQueue<int, float>(k + 1);
        for (var j = 0; j < unit.Count; j++)
        {
            if (j == skip) continue;
            var c = TensorPrimitives.Dot(q, unit[j]);
            if (best.Count < k) best.Enqueue(j, c);
            else if (best.TryPeek(out _, out var worst) && c > worst) best.EnqueueDequeue(j, c);
        }
        var result = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var j, out var c)) result.Add((j, Math.Max(c, 0)));
        return result;
    }

    /// <summary>The vector over its length (a copy; zero stays zero).</summary>
    public static float[] Unit(float[] v)
    {
        var u = (float[])v.Clone();
        var norm = TensorPrimitives.Norm(u);
        if (norm > 0) TensorPrimitives.Divide(u, norm, u);
        return u;
    }
}
