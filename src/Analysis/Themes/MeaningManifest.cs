using System.Text.Json.Serialization;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// The meaning head of a stored model: every theme also has a linear scorer over the item's sentence embedding. An item
/// that has its embedding is scored <c>text + weight × spread_text × (meaning − mean_meaning) / spread_meaning</c>: the
/// meaning score is standardised and brought to the words' scale, so the words' scores keep their meaning (weight 0 is
/// exactly the words' model) and the fallback to an item's best theme still compares like with like. Thresholds and
/// the floor are tuned out-of-fold on exactly that sum. An item without an embedding from <see cref="EmbeddingModel"/>
/// is scored by the words alone, with the manifest's own thresholds.
/// </summary>
/// <example>
/// A theme whose text scores spread 0.8 and meaning scores averaged −3.0 with spread 2.0: an item scoring 0.4 on words
/// and −1.0 on meaning gets 0.4 + 0.5 × 0.8 × (−1.0 + 3.0) / 2.0 = 0.8 with a weight of 0.5.
/// </example>
public sealed record MeaningManifest
{
    /// <summary>The <see cref="Embeddings.ISentenceEmbedder.ModelId"/> the head learned from; other embeddings are not used.</summary>
    public required string EmbeddingModel { get; init; }
    public required int Dimensions { get; init; }

    public const string LinearHead = "linear";
    public const string NetworkHead = "mlp";

    /// <summary>
    /// <see cref="LinearHead"/>: one linear scorer per theme (<c>meaning.bin</c>); <see cref="NetworkHead"/>: one network
    /// for every theme (<c>meaning-mlp.bin</c>). Models stored before the network existed have no value here: linear.
    /// </summary>
    public string Head { get; init; } = LinearHead;
    /// <summary>Each theme's weight of meaning, in label order.</summary>
    public required IReadOnlyList<float> Betas { get; init; }
    public required IReadOnlyList<float> TextSpread { get; init; }
    public required IReadOnlyList<float> MeaningMean { get; init; }
    public required IReadOnlyList<float> MeaningSpread { get; init; }
    public required IReadOnlyList<float?> Thresholds { get; init; }
    public required float Floor { get; init; }

    /// <summary>Sentiment learned from the words' features and the embedding (scaled by <see cref="SentimentEmbeddingScale"/>) together.</summary>
    public bool HasSentiment { get; init; }
    public float SentimentEmbeddingScale { get; init; }

    /// <summary>
    /// The share of the sentiment network (<c>meaning-sentiment-mlp.bin</c>, a softmax <see cref="Training.Mlp"/> on the
    /// embedding) in the sentiment probabilities; the rest is the words-and-meaning model's. 0: no network (models stored
    /// before it existed).
    /// </summary>
    /// <example>Share 0.5, the model says 4 with 0.6 and the network 2 with 0.7 (4 with 0.2): 4 gets 0.4, 2 gets at most 0.35 + 0.5 × the model's own: 4 wins unless the model gave 2 above 0.1.</example>
    public float SentimentNetworkShare { get; init; }

    /// <summary>
    /// The value of the question kind's one-hot inputs after the embedding (<see cref="QuestionKinds.NetworkInput"/>) to
    /// the theme network, as the stored network reads them; 0: it reads the embedding alone (as every model stored before
    /// format 5 does).
    /// </summary>
    public float QuestionInput { get; init; }

    /// <summary>The same for the sentiment network.</summary>
    public float SentimentQuestionInput { get; init; }

    /// <summary>How many inputs the theme network reads: the embedding, and the question kind's block when <see cref="QuestionInput"/> is set.</summary>
    [JsonIgnore]
    public int NetworkInputs => Inputs(QuestionInput);

    [JsonIgnore]
    public int SentimentNetworkInputs => Inputs(SentimentQuestionInput);

    /// <summary>The theme network's input for an item: its embedding, and its question's kind when the network reads it.</summary>
    public float[] NetworkInput(float[] embedding, QuestionKind kind) => Input(embedding, kind, QuestionInput);

    public float[] SentimentNetworkInput(float[] embedding, QuestionKind kind) => Input(embedding, kind, SentimentQuestionInput);

    private int Inputs(float question) => Dimensions + (question > 0 ? QuestionKinds.Count : 0);

    private static float[] Input(float[] embedding, QuestionKind kind, float question) =>
        question > 0 ? QuestionKinds.NetworkInput(embedding, 1, kind, question) : embedding;

    /// <summary>The combined score of one theme.</summary>
    public float Combine(int label, float text, float meaning) => Combine(label, text, meaning, Betas[label]);

    public float Combine(int label, float text, float meaning, float beta) =>
        float.IsNegativeInfinity(text) || float.IsNaN(meaning)
            ? float.NegativeInfinity
            : text + beta * TextSpread[label] * (meaning - MeaningMean[label]) / MeaningSpread[label];
}
