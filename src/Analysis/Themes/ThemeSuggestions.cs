using System.Numerics.Tensors;
using Microsoft.Extensions.Logging;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Themes;

/// <summary>One proposed example: the item, its redacted text, and how close it is in meaning (cosine, −1…1).</summary>
public sealed record ThemeSuggestion(long ItemId, string Text, float Score);

/// <summary>
/// "Might be this theme": items close in meaning to the theme's description and its confirmed examples, and away from
/// the items staff rejected (Rocchio: description + mean of examples − ½ mean of rejections). Each confirmation or
/// rejection moves the query, so the list improves. Exact scan over the newest embedded items.
/// </summary>
public sealed class ThemeSuggestions(ThemeStore themes, ISentenceEmbedder embedder, ILogger<ThemeSuggestions> log)
{
    public const int Scan = 20_000;

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
        query = Combine(query, examples, rejected);
        var candidates = await themes.CandidatesAsync(themeId, embedder.ModelId, Scan, ct);
        return candidates
            .Select(c => new ThemeSuggestion(c.Id, c.Text, Dot(query, c.Vector)))
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.ItemId)
            .Take(count)
            .ToList();
    }

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

    private static float Dot(float[] a, float[] b) => a.Length == b.Length ? TensorPrimitives.Dot(a, b) : float.MinValue;
}
