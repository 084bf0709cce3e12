namespace VoiceHub.Search.Meaning;

/// <summary>
/// Turns a typed search into a sentence vector comparable with the items' stored embeddings. Search owns this interface
/// (Search may not reference Analysis, where the model lives); the composition root (Web, the CLI) adapts the sentence
/// embedder to it, so Search depends on what it needs and Analysis knows nothing of search.
/// </summary>
public interface IQueryEmbedder
{
    /// <summary>The model id the items' embeddings must carry (see <c>item_embeddings.model</c>); others are not loaded.</summary>
    string ModelId { get; }

    /// <summary>One L2-normalised vector for the query. Thread-safe.</summary>
    float[] Embed(string query);
}
