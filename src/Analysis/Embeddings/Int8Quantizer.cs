using Google.Protobuf;
using Onnx;

namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// Dynamic int8 quantisation of an ONNX graph, done in memory: every <c>MatMul</c> whose weight is a constant float
/// matrix becomes a com.microsoft <c>DynamicQuantizeMatMul</c>, with the weight stored as int8 and one scale per output
/// column; ONNX Runtime quantises the activations to uint8 per call. Everything else (embeddings, layer norms,
/// attention scores, GELU) stays float32.
/// </summary>
/// <remarks>
/// Weights use 7 bits (−63 … 63): on AVX2 without VNNI the uint8 × int8 kernel adds pairs of products in 16 bits,
/// and 255 × 127 × 2 = 64,770 would saturate it; 255 × 63 × 2 = 32,130 does not. For example a column whose largest
/// weight is 0.252 gets scale 0.004, and a weight of −0.1 is stored as −25 (−0.1 / 0.004).
/// </remarks>
public static class Int8Quantizer
{
    private const int MaxLevel = 63;

    /// <summary>The quantised model's bytes and how many MatMuls were quantised.</summary>
    public static (byte[] Model, int Quantised) Quantise(byte[] model)
    {
        var proto = ModelProto.Parser.ParseFrom(model);
        var quantised = Quantise(proto);
        return (proto.ToByteArray(), quantised);
    }

    /// <summary>Quantises <paramref name="proto"/> in place (no copy of the graph made); returns how many MatMuls were quantised.</summary>
    public static int Quantise(ModelProto proto)
    {
        var graph = proto.Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name);
        var uses = graph.Node.SelectMany(n => n.Input).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
        var quantised = 0;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || node.Input.Count != 2) continue;
            if (!initializers.TryGetValue(node.Input[1], out var weight)) continue;
            if (weight.DataType != (int)TensorProto.Types.DataType.Float || weight.Dims.Count != 2) continue;
            var rows = (int)weight.Dims[0];
            var columns = (int)weight.Dims[1];
            var values = Floats(weight, rows * columns);

            var scales = new float[columns];
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                    scales[c] = Math.Max(scales[c], Math.Abs(values[r * columns + c]));
            for (var c = 0; c < columns; c++) scales[c] = scales[c] == 0 ? 1 : scales[c] / MaxLevel;
            var levels = new byte[rows * columns];
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                    levels[r * columns + c] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(values[r * columns + c] / scales[c]), -MaxLevel, MaxLevel));

            var name = weight.Name;
            var quantisedWeight = new TensorProto { Name = name + "_int8", DataType = (int)TensorProto.Types.DataType.Int8, RawData = ByteString.CopyFrom(levels) };
            quantisedWeight.Dims.Add(rows);
            quantisedWeight.Dims.Add(columns);
            var scale = new TensorProto { Name = name + "_scale", DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(Bytes(scales)) };
            scale.Dims.Add(columns);
            graph.Initializer.Add(quantisedWeight);
            graph.Initializer.Add(scale);
            if (uses[name] == 1) graph.Initializer.Remove(weight);

            var input = node.Input[0];
            node.Input.Clear();
            node.Input.Add([input, quantisedWeight.Name, scale.Name]); // symmetric: no zero point
            node.OpType = "DynamicQuantizeMatMul";
            node.Domain = "com.microsoft";
            quantised++;
        }
        if (quantised > 0 && proto.OpsetImport.All(o => o.Domain != "com.microsoft"))
            proto.OpsetImport.Add(new OperatorSetIdProto { Domain = "com.microsoft", Version = 1 });
        return quantised;
    }

    internal static float[] Floats(TensorProto tensor, int count)
    {
        if (tensor.FloatData.Count == count) return [.. tensor.FloatData];
        var raw = tensor.RawData.Span;
        if (raw.Length != count * sizeof(float)) throw new InvalidDataException($"Weight {tensor.Name} has {raw.Length} bytes for {count} floats.");
        var values = new float[count];
        for (var i = 0; i < count; i++) values[i] = BitConverter.ToSingle(raw.Slice(i * 4, 4)); // ONNX raw data is little-endian
        return values;
    }

    private static byte[] Bytes(float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        return bytes;
    }
}
