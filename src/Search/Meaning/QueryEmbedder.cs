namespace VoiceHub.Search.Meaning;

/// <summary>
/// An <see cref="IQueryEmbedder"/> over any function from text to vector: the composition root passes the sentence
/// embedder's, so Search never references the model's project.
/// </summary>
public sealed class QueryEmbedder(string modelId, Func<string, float[]> embed) : IQueryEmbedder
{
    public string ModelId => modelId;

    public float[] Embed(string query) => embed(query);
}
