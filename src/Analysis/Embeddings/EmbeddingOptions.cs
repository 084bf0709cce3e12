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

    /// <summary>Texts per model run. Texts are sorted by length first, so a batch pads only to its own longest text.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Run texts shortest first (default). Off only to measure what sorting wins: <c>voicehub bench embed --unsorted</c>.</summary>
    public bool SortByLength { get; set; } = true;

    /// <summary>Threads one model run uses; 0 for every core.</summary>
    public int Threads { get; set; }

    /// <summary>Items the embedding job embeds per batch, and batches per run.</summary>
    public int JobBatchSize { get; set; } = 500;

    public int JobMaxBatches { get; set; } = 20;
}
