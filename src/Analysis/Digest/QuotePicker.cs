using System.Numerics.Tensors;
using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// Picks three to five quotes that show a flag fairly: each from a different document, and from different channels
/// where there are several; one-word answers ("Nothing.") only when nothing else is left. Which come first is by
/// meaning when the items are embedded (<see cref="PickByMeaning"/>), else the ones the classifier was surest about.
/// </summary>
public static class QuotePicker
{
    public const int Most = 5;

    /// <summary>Two comments closer than this (cosine) say the same thing: only the first is quoted.</summary>
    public const double NearDuplicate = 0.95;

    public static IReadOnlyList<QuoteCandidate> Pick(IReadOnlyList<QuoteCandidate> candidates)
    {
        var picked = new List<QuoteCandidate>();
        bool Substantial(QuoteCandidate c) => c.RedactedText.Trim().Length >= 25;
        void Pass(Func<QuoteCandidate, bool> fits)
        {
            foreach (var c in candidates)
            {
                if (picked.Count >= Most) return;
                if (picked.Any(p => p.Id == c.Id) || !fits(c)) continue;
                picked.Add(c);
            }
        }
        Pass(c => Substantial(c) && picked.All(p => p.DocumentId != c.DocumentId) && picked.All(p => p.Channel != c.Channel));
        Pass(c => Substantial(c) && picked.All(p => p.DocumentId != c.DocumentId));
        if (picked.Count < 3) Pass(Substantial);
        if (picked.Count < 3) Pass(_ => true);
        return picked;
    }

    /// <summary>
    /// The comments most typical of the burst: candidates in order of closeness (cosine) to the centroid of their
    /// embeddings, near-duplicates of a closer one dropped, then <see cref="Pick"/>'s rules (documents, channels, one-word
    /// answers). A burst about cancelled day-centre transport has its centroid among those comments, so "the bus to the
    /// day centre was cancelled again" comes before an unrelated "Lovely lass" that the classifier scored as high.
    /// When fewer than half the candidates are embedded (the embedder has not caught up, or none is set up) the centroid
    /// would describe a few of them only, so this falls back to <see cref="Pick"/> in the classifier's order.
    /// </summary>
    /// <param name="vectors">Embeddings of the candidates, by item id; items without one are absent.</param>
    public static IReadOnlyList<QuoteCandidate> PickByMeaning(IReadOnlyList<QuoteCandidate> candidates, IReadOnlyDictionary<long, float[]> vectors)
    {
        var embedded = candidates.Where(c => vectors.ContainsKey(c.Id)).ToList();
        if (embedded.Count == 0 || embedded.Count * 2 < candidates.Count) return Pick(candidates);
        var dimensions = vectors[embedded[0].Id].Length;
        var centroid = new double[dimensions];
        foreach (var c in embedded)
        {
            var v = Unit(vectors[c.Id]);
            for (var k = 0; k < dimensions; k++) centroid[k] += v[k];
        }
        var ordered = embedded.Select(c => (Candidate: c, Vector: Unit(vectors[c.Id])))
            .OrderByDescending(x => Dot(x.Vector, centroid)).ThenBy(x => x.Candidate.Id).ToList();
        var kept = new List<(QuoteCandidate Candidate, double[] Vector)>();
        foreach (var x in ordered)
        {
            if (kept.Any(k => Dot(k.Vector, x.Vector) > NearDuplicate)) continue;
            kept.Add(x);
        }
        return Pick([.. kept.Select(k => k.Candidate), .. candidates.Where(c => !vectors.ContainsKey(c.Id))]);
    }

    private static double[] Unit(float[] v)
    {
        var wide = Array.ConvertAll(v, x => (double)x);
        var norm = TensorPrimitives.Norm<double>(wide);
        if (norm == 0) return new double[v.Length];
        TensorPrimitives.Divide(wide, norm, wide);
        return wide;
    }

    private static double Dot(double[] a, double[] b) => TensorPrimitives.Dot<double>(a, b);
}
