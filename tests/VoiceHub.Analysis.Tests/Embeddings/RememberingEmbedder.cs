using System.Collections.Concurrent;
using VoiceHub.Analysis.Embeddings;

namespace VoiceHub.Analysis.Tests.Embeddings;

/// <summary>
/// A real model's vectors, each text run through it once and its vector kept: for tests that train a theme model on the
/// same seed rows again and again (every test of <c>ModelTrainingTests</c> trains at least once). The vectors are the
/// model's own: each text runs alone (<see cref="SentenceEmbedder"/>), so a text's vector never depends on what else
/// is embedded with it or when. Tests of the embedder itself use the model directly.
/// </summary>
public sealed class RememberingEmbedder(ISentenceEmbedder model) : ISentenceEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public string ModelId => model.ModelId;

    public int Dimensions => model.Dimensions;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var vectors = model.Embed(missing, cancellationToken);
            for (var i = 0; i < missing.Length; i++) _vectors[missing[i]] = vectors[i];
        }
        // Copies: a caller may scale or normalise what it is given.
        return texts.Select(t => (float[])_vectors[t].Clone()).ToArray();
    }
}
