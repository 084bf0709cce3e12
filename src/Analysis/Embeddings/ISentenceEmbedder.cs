namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// Turns text into sentence vectors that lie close together when the texts mean the same. The model runs in-process
/// from a package that carries it; nothing is fetched.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>
    /// The model's name and version as stored beside every embedding (for example "arctic-embed-xs/int8/2"). When it
    /// changes, every item is embedded again.
    /// </summary>
    string ModelId { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One L2-normalised vector per text, in the order given. Thread-safe.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
