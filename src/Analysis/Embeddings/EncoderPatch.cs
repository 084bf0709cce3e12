using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Onnx;

namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// A fine-tuned encoder shipped as the difference from the package's graph: only the initializers the tuning changed
/// (the six layers; the 47 MB word table is never tuned), so <c>seeds/encoder</c> carries a few MB rather than the
/// whole 90 MB model. At load the package's float32 graph gets the patch's tensors put in, then
/// <see cref="Int8Quantizer"/> runs as for the frozen model.
/// </summary>
/// <remarks>
/// A matrix that a <c>MatMul</c> reads is stored as int8 with one scale per output column, exactly as
/// <see cref="Int8Quantizer"/> quantises it (levels −63 … 63, scale = the column's largest magnitude / 63): quantising
/// the restored matrix again gives back the same levels, so the int8 encoder built from the patch is the one built from
/// the tuned float32 file. Each level is stored as its difference from the base graph's weight quantised with the same
/// scale: fine-tuning moves most weights by less than a level, so the differences are mostly 0 and ±1 and Brotli packs
/// them to a fraction of the levels' size (format 2; format 1 stored the levels themselves). Everything else (biases,
/// layer norms) is stored as float32. The file names the base model and the SHA-256 of the package's graph; a patch
/// applied to another graph fails in words rather than giving wrong vectors.
/// Layout: "VHPATCH", format, name, base model, base SHA-256, tensor count, the tensors' length, the tensors
/// Brotli-compressed, then the SHA-256 of all before.
/// </remarks>
public sealed class EncoderPatch
{
    public const int Format = 2;
    public const string BaseModel = "arctic-embed-xs";
    private const string Magic = "VHPATCH";
    private const byte Float32 = 0, Int8Columns = 1;

    /// <summary>The six layers' tensors are about 11 MB before compression; a larger length is not a patch of this model.</summary>
    private const int MaxTensorBytes = 64 << 20;
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

    /// <summary>How many weights the patch changes (reads the tensors' shapes: for the command and tests, not the hub).</summary>
    public long Weights => Decode(null).Sum(t => (long)t.Count);

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
        return Read(Write(name, SHA256.HashData(baseModel), changed, baseTensors));
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
        patch.Decode(null); // a tensor of an unknown kind fails now, not at first use
        return patch;
    }

    /// <summary>
    /// The tensors, decoded on each call rather than kept: the hub reads the patch's name and hash at start, and the
    /// 43 MB of float32 weights are needed only while the model is built. Without the base graph's tensors only the
    /// names and shapes are read (their values stay null).
    /// </summary>
    private Tensor[] Decode(IReadOnlyDictionary<string, TensorProto>? baseTensors)
    {
        using var reader = new BinaryReader(new MemoryStream(Bytes, 0, Bytes.Length - 32), Encoding.UTF8);
        reader.BaseStream.Position = _tensorsAt;
        var length = reader.ReadInt32();
        if (length is < 0 or > MaxTensorBytes) throw new InvalidDataException($"The encoder patch's tensors claim {length:N0} bytes: not a patch of {BaseModel}.");
        var body = new byte[length];
        if (!BrotliDecoder.TryDecompress(reader.ReadBytes((int)(reader.BaseStream.Length - reader.BaseStream.Position)), body, out var written) || written != length)
            throw new InvalidDataException("The encoder patch's tensors do not decompress to the length it gives.");
        using var tensorsReader = new BinaryReader(new MemoryStream(body), Encoding.UTF8);
        var tensors = new Tensor[Tensors];
        for (var i = 0; i < tensors.Length; i++)
        {
            var tensorName = tensorsReader.ReadString();
            var kind = tensorsReader.ReadByte();
            var dims = new int[tensorsReader.ReadInt32()];
            for (var d = 0; d < dims.Length; d++) dims[d] = tensorsReader.ReadInt32();
            var count = dims.Aggregate(1, (a, d) => a * d);
            if (kind == Float32)
            {
                var raw = tensorsReader.ReadBytes(count * sizeof(float));
                float[]? values = null;
                if (baseTensors is not null)
                {
                    values = new float[count];
                    Buffer.BlockCopy(raw, 0, values, 0, raw.Length);
                }
                tensors[i] = new Tensor(tensorName, dims, values, false);
            }
            else if (kind == Int8Columns && dims.Length == 2)
            {
                var columns = dims[1];
                var scales = new float[columns];
                for (var c = 0; c < columns; c++) scales[c] = tensorsReader.ReadSingle();
                var differences = tensorsReader.ReadBytes(count);
                float[]? values = null;
                if (baseTensors is not null)
                {
                    if (!baseTensors.TryGetValue(tensorName, out var b) || b.Dims.Aggregate(1L, (a, d) => a * d) != count)
                        throw new InvalidDataException($"The encoder patch has {tensorName}, which the base graph lacks or shapes otherwise.");
                    var baseValues = Int8Quantizer.Floats(b, count);
                    values = new float[count];
                    for (var v = 0; v < count; v++)
                        values[v] = (Level(baseValues[v], scales[v % columns]) + (sbyte)differences[v]) * scales[v % columns];
                }
                tensors[i] = new Tensor(tensorName, dims, values, true);
            }
            else throw new InvalidDataException($"The encoder patch's tensor {tensorName} has an unknown kind {kind}.");
        }
        return tensors;
    }

    /// <summary>The base graph with the patch's tensors put in, as float32 ONNX bytes.</summary>
    /// <exception cref="InvalidDataException">The base graph is not the one the patch was made from.</exception>
    public byte[] Apply(byte[] baseModel, string packageName) => ApplyTo(baseModel, packageName).ToByteArray();

    /// <summary>The same as a graph, for building the int8 model without writing and parsing the float32 one again.</summary>
    /// <exception cref="InvalidDataException">The base graph is not the one the patch was made from.</exception>
    public ModelProto ApplyTo(byte[] baseModel, string packageName)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(baseModel));
        if (sha != BaseSha256)
            throw new InvalidDataException($"The tuned encoder patch {Name} was made for a {BaseModel} graph with SHA-256 {BaseSha256[..12]}…, " +
                $"but {packageName} carries one with {sha[..12]}…: make the patch again from the tuned model (voicehub encoder patch).");
        var proto = ModelProto.Parser.ParseFrom(baseModel);
        var initializers = proto.Graph.Initializer.ToDictionary(t => t.Name);
        // Decoded in full before any tensor is replaced: an int8 tensor is read against the base graph's own weights.
        foreach (var t in Decode(initializers))
        {
            if (!initializers.TryGetValue(t.Name, out var target) || !target.Dims.Select(d => (int)d).SequenceEqual(t.Dims))
                throw new InvalidDataException($"The tuned encoder patch {Name} has {t.Name}, which {packageName}'s graph lacks or shapes otherwise.");
            var raw = new byte[t.Count * sizeof(float)];
            Buffer.BlockCopy(t.Values!, 0, raw, 0, raw.Length);
            target.FloatData.Clear();
            target.RawData = UnsafeByteOperations.UnsafeWrap(raw); // raw is this tensor's alone: no second copy
        }
        return proto;
    }

    private static byte[] Write(string name, byte[] baseSha256, IReadOnlyList<Tensor> tensors, IReadOnlyDictionary<string, TensorProto> baseTensors)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var t in tensors)
            {
                writer.Write(t.Name);
                writer.Write(t.Int8 ? Int8Columns : Float32);
                writer.Write(t.Dims.Length);
                foreach (var d in t.Dims) writer.Write(d);
                if (!t.Int8)
                {
                    foreach (var v in t.Values!) writer.Write(v);
                    continue;
                }
                // Int8Quantizer's scheme, so quantising the restored matrix again gives the same levels.
                var values = t.Values!;
                var columns = t.Dims[1];
                var scales = new float[columns];
                for (var v = 0; v < values.Length; v++) scales[v % columns] = Math.Max(scales[v % columns], Math.Abs(values[v]));
                for (var c = 0; c < columns; c++) scales[c] = scales[c] == 0 ? 1 : scales[c] / MaxLevel;
                foreach (var s in scales) writer.Write(s);
                var baseValues = Int8Quantizer.Floats(baseTensors[t.Name], values.Length);
                var differences = new byte[values.Length];
                for (var v = 0; v < differences.Length; v++)
                    differences[v] = unchecked((byte)(sbyte)(Level(values[v], scales[v % columns]) - Level(baseValues[v], scales[v % columns])));
                writer.Write(differences);
            }
        }
        var raw = body.ToArray();
        var packed = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        if (!BrotliEncoder.TryCompress(raw, packed, out var packedLength, quality: 11, window: 24))
            throw new InvalidOperationException("Brotli could not compress the patch's tensors.");
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(Format);
            writer.Write(name);
            writer.Write(BaseModel);
            writer.Write(baseSha256);
            writer.Write(tensors.Count);
            writer.Write(raw.Length);
            writer.Write(packed, 0, packedLength);
        }
        var file = stream.ToArray();
        return [.. file, .. SHA256.HashData(file)];
    }

    /// <summary>A weight's int8 level under its column's scale, as <see cref="Int8Quantizer"/> rounds it.</summary>
    private static int Level(float value, float scale) => Math.Clamp((int)MathF.Round(value / scale), -MaxLevel, MaxLevel);

    /// <summary>A changed tensor; <see cref="Values"/> is null when only its name and shape were read.</summary>
    private sealed record Tensor(string Name, int[] Dims, float[]? Values, bool Int8)
    {
        public int Count => Dims.Aggregate(1, (a, d) => a * d);
    }
}
