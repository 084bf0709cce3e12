using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Onnx;

namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// A fine-tuned encoder shipped as the difference from the package's graph: only the initializers the tuning changed
/// (the six layers; the 47 MB word table is never tuned), so <c>seeds/encoder</c> carries about 11 MB rather than the
/// whole 90 MB model. At load the package's float32 graph gets the patch's tensors put in, then
/// <see cref="Int8Quantizer"/> runs as for the frozen model.
/// </summary>
/// <remarks>
/// A matrix that a <c>MatMul</c> reads is stored as int8 with one scale per output column, exactly as
/// <see cref="Int8Quantizer"/> quantises it (levels −63 … 63, scale = the column's largest magnitude / 63): quantising
/// the restored matrix again gives back the same levels, so the int8 encoder built from the patch is the one built from
/// the tuned float32 file. Everything else (biases, layer norms) is stored as float32. The file names the base model and
/// the SHA-256 of the package's graph; a patch applied to another graph fails in words rather than giving wrong vectors.
/// Layout: "VHPATCH", format, name, base model, base SHA-256, tensor count, the tensors, then the SHA-256 of all before.
/// </remarks>
public sealed class EncoderPatch
{
    public const int Format = 1;
    public const string BaseModel = "arctic-embed-xs";
    private const string Magic = "VHPATCH";
    private const byte Float32 = 0, Int8Columns = 1;
    private const int MaxLevel = 63;

    private readonly long _tensorsAt;

    private EncoderPatch(string name, byte[] baseSha256, int tensors, long tensorsAt, byte[] bytes)
    {
        Name = name;
        BaseSha256 = Convert.ToHexStringLower(baseSha256);
        Tensors = tensors;
        _tensorsAt = tensorsAt;
        Bytes = bytes;
        Hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
    }

    /// <summary>What the tuning was, e.g. <c>themes-sentiment-1</c>; part of the model id.</summary>
    public string Name { get; }

    /// <summary>The SHA-256 (hex) of the package graph the patch was made from.</summary>
    public string BaseSha256 { get; }

    /// <summary>The first 8 hex digits of the file's SHA-256: a new patch is a new model id, so every item is embedded again.</summary>
    public string Hash { get; }

    public byte[] Bytes { get; }

    public int Tensors { get; }

    /// <summary>How many weights the patch changes (decodes the tensors: for the command and tests, not the hub).</summary>
    public long Weights => Decode().Sum(t => (long)t.Values.Length);

    /// <summary>Writes the patch of <paramref name="tuned"/> against <paramref name="baseModel"/> (both float32 ONNX).</summary>
    /// <param name="int8">Store MatMul matrices as int8 with column scales (the default); false stores everything float32.</param>
    /// <exception cref="InvalidDataException">The tuned graph does not have the base graph's initializers.</exception>
    public static EncoderPatch Create(byte[] baseModel, byte[] tuned, string name, bool int8 = true)
    {
        var baseGraph = ModelProto.Parser.ParseFrom(baseModel).Graph;
        var tunedGraph = ModelProto.Parser.ParseFrom(tuned).Graph;
        var baseTensors = baseGraph.Initializer.ToDictionary(t => t.Name);
        var matMulWeights = baseGraph.Node.Where(n => n.OpType == "MatMul" && n.Input.Count == 2).Select(n => n.Input[1]).ToHashSet();
        var changed = new List<Tensor>();
        foreach (var t in tunedGraph.Initializer)
        {
            if (!baseTensors.TryGetValue(t.Name, out var b) || !b.Dims.SequenceEqual(t.Dims) || b.DataType != t.DataType)
                throw new InvalidDataException($"The tuned model's initializer {t.Name} is not in the base graph with the same shape and type: not a tuning of {BaseModel}.");
            if (t.DataType != (int)TensorProto.Types.DataType.Float) continue;
            var count = (int)t.Dims.Aggregate(1L, (a, d) => a * d);
            var values = Int8Quantizer.Floats(t, count);
            if (values.AsSpan().SequenceEqual(Int8Quantizer.Floats(b, count))) continue;
            var dims = t.Dims.Select(d => (int)d).ToArray();
            changed.Add(new Tensor(t.Name, dims, values, int8 && dims.Length == 2 && matMulWeights.Contains(t.Name)));
        }
        if (changed.Count == 0) throw new InvalidDataException($"The tuned model does not differ from the base graph: nothing to ship.");
        return Read(Write(name, SHA256.HashData(baseModel), changed));
    }

    /// <summary>Reads a patch file's bytes.</summary>
    /// <exception cref="InvalidDataException">Not a patch, another format, or damaged (its checksum does not match).</exception>
    public static EncoderPatch Read(byte[] bytes)
    {
        if (bytes.Length < 32 + Magic.Length || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
            throw new InvalidDataException("The encoder patch is damaged or not a patch: its checksum does not match its contents.");
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 32), Encoding.UTF8);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic) throw new InvalidDataException("Not an encoder patch.");
        var format = reader.ReadInt32();
        if (format != Format) throw new InvalidDataException($"The encoder patch is format {format}; this build reads format {Format}.");
        var name = reader.ReadString();
        var baseModel = reader.ReadString();
        if (baseModel != BaseModel) throw new InvalidDataException($"The encoder patch is for {baseModel}; this build runs {BaseModel}.");
        var baseSha = reader.ReadBytes(32);
        var count = reader.ReadInt32();
        var patch = new EncoderPatch(name, baseSha, count, reader.BaseStream.Position, bytes);
        patch.Decode(); // a tensor of an unknown kind fails now, not at first use
        return patch;
    }

    /// <summary>
    /// The tensors, decoded on each call rather than kept: the hub reads the patch's name and hash at start, and the
    /// 43 MB of float32 weights are needed only while the model is built.
    /// </summary>
    private Tensor[] Decode()
    {
        using var reader = new BinaryReader(new MemoryStream(Bytes, 0, Bytes.Length - 32), Encoding.UTF8);
        reader.BaseStream.Position = _tensorsAt;
        var tensors = new Tensor[Tensors];
        for (var i = 0; i < tensors.Length; i++)
        {
            var tensorName = reader.ReadString();
            var kind = reader.ReadByte();
            var dims = new int[reader.ReadInt32()];
            for (var d = 0; d < dims.Length; d++) dims[d] = reader.ReadInt32();
            var count = dims.Aggregate(1, (a, d) => a * d);
            var values = new float[count];
            if (kind == Float32)
            {
                for (var v = 0; v < count; v++) values[v] = reader.ReadSingle();
            }
            else if (kind == Int8Columns && dims.Length == 2)
            {
                var columns = dims[1];
                var scales = new float[columns];
                for (var c = 0; c < columns; c++) scales[c] = reader.ReadSingle();
                var levels = reader.ReadBytes(count);
                for (var v = 0; v < count; v++) values[v] = (sbyte)levels[v] * scales[v % columns];
            }
            else throw new InvalidDataException($"The encoder patch's tensor {tensorName} has an unknown kind {kind}.");
            tensors[i] = new Tensor(tensorName, dims, values, kind == Int8Columns);
        }
        return tensors;
    }

    /// <summary>The base graph with the patch's tensors put in, as float32 ONNX bytes.</summary>
    /// <exception cref="InvalidDataException">The base graph is not the one the patch was made from.</exception>
    public byte[] Apply(byte[] baseModel, string packageName)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(baseModel));
        if (sha != BaseSha256)
            throw new InvalidDataException($"The tuned encoder patch {Name} was made for a {BaseModel} graph with SHA-256 {BaseSha256[..12]}…, " +
                $"but {packageName} carries one with {sha[..12]}…: make the patch again from the tuned model (voicehub encoder patch).");
        var proto = ModelProto.Parser.ParseFrom(baseModel);
        var initializers = proto.Graph.Initializer.ToDictionary(t => t.Name);
        foreach (var t in Decode())
        {
            if (!initializers.TryGetValue(t.Name, out var target) || !target.Dims.Select(d => (int)d).SequenceEqual(t.Dims))
                throw new InvalidDataException($"The tuned encoder patch {Name} has {t.Name}, which {packageName}'s graph lacks or shapes otherwise.");
            var raw = new byte[t.Values.Length * sizeof(float)];
            Buffer.BlockCopy(t.Values, 0, raw, 0, raw.Length);
            target.FloatData.Clear();
            target.RawData = ByteString.CopyFrom(raw);
        }
        return proto.ToByteArray();
    }

    private static byte[] Write(string name, byte[] baseSha256, IReadOnlyList<Tensor> tensors)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(Format);
            writer.Write(name);
            writer.Write(BaseModel);
            writer.Write(baseSha256);
            writer.Write(tensors.Count);
            foreach (var t in tensors)
            {
                writer.Write(t.Name);
                writer.Write(t.Int8 ? Int8Columns : Float32);
                writer.Write(t.Dims.Length);
                foreach (var d in t.Dims) writer.Write(d);
                if (!t.Int8)
                {
                    foreach (var v in t.Values) writer.Write(v);
                    continue;
                }
                // Int8Quantizer's scheme, so quantising the restored matrix again gives the same levels.
                var columns = t.Dims[1];
                var scales = new float[columns];
                for (var v = 0; v < t.Values.Length; v++) scales[v % columns] = Math.Max(scales[v % columns], Math.Abs(t.Values[v]));
                for (var c = 0; c < columns; c++) scales[c] = scales[c] == 0 ? 1 : scales[c] / MaxLevel;
                foreach (var s in scales) writer.Write(s);
                var levels = new byte[t.Values.Length];
                for (var v = 0; v < levels.Length; v++)
                    levels[v] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(t.Values[v] / scales[v % columns]), -MaxLevel, MaxLevel));
                writer.Write(levels);
            }
        }
        var body = stream.ToArray();
        return [.. body, .. SHA256.HashData(body)];
    }

    private sealed record Tensor(string Name, int[] Dims, float[] Values, bool Int8);
}
