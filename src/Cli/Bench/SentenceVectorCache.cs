using System.Text;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// The bench's sentence vectors, kept between runs in <c>.voicehub/bench/</c> (one file per model name and version), so
/// a second <c>bench search --items 1000000</c> embeds no sentence it has embedded before (the first run's ~120,000
/// sentences took about 1,050 s). Plain float32, as the model gave them: composed vectors are the same with or without
/// the cache. Written as it goes (a header, then one record per sentence, appended a chunk at a time), so a run stopped
/// part way keeps what it embedded; a record cut short by a crash is dropped when the file is next read.
/// </summary>
public sealed class SentenceVectorCache
{
    private const int Magic = 0x56485357;
    private readonly string _model;
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private int _dimensions;

    private SentenceVectorCache(string path, string model)
    {
        Path = path;
        _model = model;
    }

    public string Path { get; }

    public int Count => _vectors.Count;

    /// <summary>The cache for <paramref name="modelId"/> (e.g. <c>arctic-embed-xs/int8/1</c>) in <paramref name="folder"/>.</summary>
    public static SentenceVectorCache Open(string folder, string modelId)
    {
        var name = "sentence-vectors-" + string.Concat(modelId.Select(c => char.IsLetterOrDigit(c) ? c : '-')) + ".bin";
        return OpenFile(System.IO.Path.Combine(folder, name), modelId);
    }

    /// <summary>A cache in the file <paramref name="path"/> (another bench's own, e.g. the relevance bench's per data set).</summary>
    public static SentenceVectorCache OpenFile(string path, string modelId)
    {
        var cache = new SentenceVectorCache(path, modelId);
        if (!File.Exists(cache.Path)) return cache;
        long good = 0;
        using (var reader = new BinaryReader(File.OpenRead(cache.Path), Encoding.UTF8))
        {
            try
            {
                if (reader.ReadInt32() != Magic || reader.ReadString() != modelId) return cache; // another format or model: rewritten
                cache._dimensions = reader.ReadInt32();
                good = reader.BaseStream.Position;
                var bytes = new byte[cache._dimensions * sizeof(float)];
                while (reader.BaseStream.Position < reader.BaseStream.Length)
                {
                    var sentence = reader.ReadString();
                    reader.BaseStream.ReadExactly(bytes);
                    var v = new float[cache._dimensions];
                    Buffer.BlockCopy(bytes, 0, v, 0, bytes.Length);
                    cache._vectors[sentence] = v;
                    good = reader.BaseStream.Position;
                }
            }
            catch (EndOfStreamException)
            {
                // The last record was cut short: keep the ones before it.
            }
        }
        if (good > 0 && good < new FileInfo(cache.Path).Length)
        {
            using var file = File.OpenWrite(cache.Path);
            file.SetLength(good);
        }
        return cache;
    }

    /// <summary>The model id in the header of the cache file at <paramref name="path"/>; null when it is not such a file.</summary>
    public static string? ModelIdOf(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        try
        {
            return reader.ReadInt32() == Magic ? reader.ReadString() : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    public bool TryGet(string sentence, out float[] vector) => _vectors.TryGetValue(sentence, out vector!);

    /// <summary>Holds the vectors and appends them to the file (creating it, with its header, when it has none).</summary>
    public void Append(IReadOnlyList<string> sentences, IReadOnlyList<float[]> vectors)
    {
        if (sentences.Count == 0) return;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var fresh = _dimensions == 0 || !File.Exists(Path);
        if (fresh) _dimensions = vectors[0].Length;
        using var writer = new BinaryWriter(new FileStream(Path, fresh ? FileMode.Create : FileMode.Append, FileAccess.Write), Encoding.UTF8);
        if (fresh)
        {
            writer.Write(Magic);
            writer.Write(_model);
            writer.Write(_dimensions);
        }
        var bytes = new byte[_dimensions * sizeof(float)];
        for (var i = 0; i < sentences.Count; i++)
        {
            _vectors[sentences[i]] = vectors[i];
            writer.Write(sentences[i]);
            Buffer.BlockCopy(vectors[i], 0, bytes, 0, bytes.Length);
            writer.Write(bytes);
        }
    }
}
