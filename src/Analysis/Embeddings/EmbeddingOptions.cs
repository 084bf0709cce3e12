namespace VoiceHub.Analysis.Embeddings;

/// <summary>The <c>VoiceHub:Embeddings</c> settings.</summary>
public sealed class EmbeddingOptions
{
    public const string Section = "VoiceHub:Embeddings";

    /// <summary>
    /// <c>int8</c> (default): the model's matrix weights quantised to 8 bits when it loads, about twice as fast and
    /// within 0.98 cosine of float32 on real comments (see bench/README.md); <c>float32</c>: the model as shipped.
    /// </summary>
    public string Precision { get; set; } = "int8";

    /// <summary>
    /// Texts per model run. 1 (default, and the only value int8 takes): each text runs alone, unpadded, with
    /// <see cref="Threads"/> texts at once, so a text's vector is the same whatever is embedded beside it (int8's
    /// <c>DynamicQuantizeMatMul</c> gives one activation scale to a whole run). More than 1, float32 only: texts are
    /// sorted by length and a batch pads to its own longest text, on <see cref="Threads"/> threads.
    /// </summary>
    public int BatchSize { get; set; } = 1;

    /// <summary>Run texts shortest first (default). Off only to measure what sorting wins: <c>voicehub bench embed --unsorted</c>.</summary>
    public bool SortByLength { get; set; } = true;

    /// <summary>Cores to use, 0 for every core: texts run at once when alone, or threads inside one batched run.</summary>
    public int Threads { get; set; }

    /// <summary>
    /// The tuned encoder's patch (<see cref="ClassificationEmbedder"/>); empty (default): <c>seeds/encoder/arctic-embed-xs-tuned.patch</c>.
    /// </summary>
    public string TunedPatch { get; set; } = "";

    /// <summary>Items the embedding job embeds per batch, and batches per run.</summary>
    public int JobBatchSize { get; set; } = 500;

    public int JobMaxBatches { get; set; } = 20;
}
