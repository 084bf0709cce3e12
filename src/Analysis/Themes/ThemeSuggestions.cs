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
/// centred and whitened embedding space, by cosine to the prototype (the examples' mean plus ½ × the description, moved
/// away from the rejections' mean by <see cref="FewShotSettings.RejectionWeight"/>), as the trained route's prototype is
/// before its self-training. Each confirmation or rejection moves the list. Exact scan over the
/// newest embedded items. The whitening (a 384 × 384 covariance and its Cholesky factor) is estimated once and kept
/// until the embedding model changes or <see cref="RefreshAfter"/> newer items have arrived, not on every request.
/// </summary>
public sealed class ThemeSuggestions(ThemeStore themes, ISentenceEmbedder embedder, ILogger<ThemeSuggestions> log)
{
    public const int Scan = 20_000;

    /// <summary>The candidates the whitening is estimated from (the newest, at most this many).</summary>
    public const int WhiteningSample = 3_000;

    /// <summary>How many item ids past the kept whitening's newest candidate make it stale (a tenth of its sample).</summary>
    public const long RefreshAfter = WhiteningSample / 10;

    private volatile CandidateSpace? _space;

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
        var vectors = candidates.Select(c => c.Vector).ToList();
        var space = _space;
        var newest = candidates.Count > 0 ? candidates.Max(c => c.Id) : 0;
        if (!Fresh(space, embedder.ModelId, query.Length, newest))
        {
            space = Space(embedder.ModelId, newest, query.Length, vectors);
            _space = space;
        }
        var scores = Score(query, examples, rejected, vectors, space);
        return candidates
            .Select((c, i) => new ThemeSuggestion(c.Id, c.Text, scores[i]))
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.ItemId)
            .Take(count)
            .ToList();
    }

    /// <summary>
    /// Each candidate's score: in the space whitened by the candidates (the first <see cref="WhiteningSample"/>), its
    /// cosine to the few-shot prototype of the examples and description, moved away from the rejections' mean by
    /// <see cref="FewShotSettings.RejectionWeight"/>. A vector of another length scores −∞.
    /// </summary>
    /// <param name="whitened">A whitening estimated before (<see cref="Space"/>), or null: from these candidates.</param>
    /// <param name="settings">The route's settings (its description and rejection weights); null: the defaults.</param>
    public static float[] Score(float[] description, IReadOnlyList<float[]> examples, IReadOnlyList<float[]> rejected, IReadOnlyList<float[]> candidates,
        CandidateSpace? whitened = null, FewShotSettings? settings = null)
    {
        var d = description.Length;
        whitened ??= Space("", 0, d, candidates);
        Func<float[], float[]> space = v => v;
        if (whitened is { Centre: { } centre, Whitening: { } w } && centre.Length == d) space = v => FewShotThemes.Whitened(v, centre, w);
        var away = rejected.Where(r => r.Length == d).Select(space).ToList();
        // The trained route's prototype (FewShotThemes.Score, before its self-training): one code path for both.
        settings ??= FewShotSettings.Default;
        var prototype = FewShotThemes.Prototype(examples.Where(e => e.Length == d).Select(space).ToList(), space(description),
            settings.DescriptionWeight, null, 0, away.Count > 0 ? FewShotThemes.Prototype(away, null, 0) : null, settings.RejectionWeight);
        var scores = new float[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
            scores[i] = candidates[i].Length != d ? float.NegativeInfinity : FewShotThemes.Cosine(prototype, space(candidates[i]));
        return scores;
    }

    /// <summary>
    /// The centre and whitening of the first <see cref="WhiteningSample"/> candidates of dimension <paramref name="dimension"/>
    /// (none when fewer than two), labelled with the embedding model and the newest candidate's id.
    /// </summary>
    public static CandidateSpace Space(string model, long newestId, int dimension, IReadOnlyList<float[]> candidates)
    {
        var sample = candidates.Where(c => c.Length == dimension).Take(WhiteningSample).ToList();
        if (sample.Count < 2) return new CandidateSpace(model, newestId, null, null);
        var centre = FewShotThemes.Mean(sample);
        return new CandidateSpace(model, newestId, centre, FewShotThemes.Whitening(sample, centre, FewShotSettings.Default.Whiten));
    }

    /// <summary>
    /// Whether a kept whitening still serves: the same embedding model and dimension, estimated from at least two
    /// candidates, and fewer than <see cref="RefreshAfter"/> ids older than the newest candidate now.
    /// </summary>
    /// <example>Kept at newest id 5,000: still used at 5,299; estimated again at 5,300.</example>
    public static bool Fresh(CandidateSpace? space, string model, int dimension, long newestId) =>
        space is { Centre: { } centre } && space.Model == model && centre.Length == dimension && newestId - space.NewestId < RefreshAfter;

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
