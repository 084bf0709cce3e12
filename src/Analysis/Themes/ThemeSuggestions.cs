using System.Numerics.Tensors;
using Microsoft.Extensions.Logging;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Themes;

/// <summary>One proposed example: the item, its redacted text, and how close it is in meaning (cosine, −1…1).</summary>
public sealed record ThemeSuggestion(long ItemId, string Text, float Score);

/// <summary>
/// "Might be this theme": items close in meaning to the theme's description and its confirmed examples, and away from
/// the items staff rejected, scored as the few-shot route scores (<see cref="FewShotThemes"/>): in the candidates'
/// centred and whitened embedding space, by cosine to the prototype (the examples' mean plus ½ × the description),
/// less ½ × the cosine to the rejections' mean. Each confirmation or rejection moves the list. Exact scan over the
/// newest embedded items.
/// </summary>
public sealed class ThemeSuggestions(ThemeStore themes, ISentenceEmbedder embedder, ILogger<ThemeSuggestions> log)
{
    public const int Scan = 20_000;

    /// <summary>The candidates the whitening is estimated from (the newest, at most this many).</summary>
    public const int WhiteningSample = 3_000;

    /// <summary>How much the cosine to the rejections' mean counts against an item.</summary>
    public const float RejectionWeight = 0.5f;

    /// <returns>The best <paramref name="count"/> suggestions, or null when the sentence embedder cannot run.</returns>
    public async Task<IReadOnlyList<ThemeSuggestion>?> ForAsync(int themeId, string name, string description, int count, CancellationToken ct)
    {
        float[] query;
        try
        {
            query = embedder.Embed([$"{name}. {description}"], ct)[0];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("The sentence embedder could not run ({Reason}): no theme suggestions", e.GetType().Name);
            return null;
        }
        var (examples, rejected) = await themes.ExampleVectorsAsync(themeId, embedder.ModelId, ct);
        var candidates = await themes.CandidatesAsync(themeId, embedder.ModelId, Scan, ct);
        var scores = Score(query, examples, rejected, candidates.Select(c => c.Vector).ToList());
        return candidates
            .Select((c, i) => new ThemeSuggestion(c.Id, c.Text, scores[i]))
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.ItemId)
            .Take(count)
            .ToList();
    }

    /// <summary>
    /// Each candidate's score: in the space whitened by the candidates (the first <see cref="WhiteningSample"/>), its
    /// cosine to the few-shot prototype of the examples and description, less <see cref="RejectionWeight"/> × its
    /// cosine to the rejections' mean. A vector of another length scores −∞.
    /// </summary>
    public static float[] Score(float[] description, IReadOnlyList<float[]> examples, IReadOnlyList<float[]> rejected, IReadOnlyList<float[]> candidates)
    {
        var d = description.Length;
        var sample = candidates.Where(c => c.Length == d).Take(WhiteningSample).ToList();
        Func<float[], float[]> space = v => v;
        if (sample.Count > 1)
        {
            var centre = FewShotThemes.Mean(sample);
            var w = FewShotThemes.Whitening(sample, centre, FewShotSettings.Default.Whiten);
            space = v => FewShotThemes.Whitened(v, centre, w);
        }
        var prototype = FewShotThemes.Prototype(examples.Where(e => e.Length == d).Select(space).ToList(), space(description),
            FewShotSettings.Default.DescriptionWeight);
        var away = rejected.Where(r => r.Length == d).Select(space).ToList();
        var against = away.Count > 0 ? FewShotThemes.Prototype(away, null, 0) : null;
        var scores = new float[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Length != d) { scores[i] = float.NegativeInfinity; continue; }
            var z = space(candidates[i]);
            scores[i] = FewShotThemes.Cosine(prototype, z) - (against is null ? 0 : RejectionWeight * FewShotThemes.Cosine(against, z));
        }
        return scores;
    }

    /// <summary>The older ranking, kept for comparison (bench/README.md): Rocchio on the raw embeddings, description + mean of examples − ½ mean of rejections.</summary>
    public static float[] Combine(float[] description, IReadOnlyList<float[]> examples, IReadOnlyList<float[]> rejected)
    {
        var q = (float[])description.Clone();
        Add(q, examples, 1f);
        Add(q, rejected, -0.5f);
        var norm = TensorPrimitives.Norm(q);
        if (norm > 0) TensorPrimitives.Divide(q, norm, q);
        return q;
    }

    private static void Add(float[] q, IReadOnlyList<float[]> vectors, float weight)
    {
        var usable = vectors.Where(v => v.Length == q.Length).ToList();
        if (usable.Count == 0) return;
        foreach (var v in usable)
            for (var i = 0; i < q.Length; i++) q[i] += weight * v[i] / usable.Count;
    }
}
