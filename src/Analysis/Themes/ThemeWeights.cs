using Microsoft.ML.Data;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// Every theme's linear scorer over the shared features: a score is a bias plus the dot product of the item's feature
/// vector with that theme's weights. Kept as one feature-major matrix, so an item's few non-zero features are read once
/// for all themes: scoring a batch is a few hundred multiply-adds per item, not one ML.NET pass per theme.
/// </summary>
public sealed class ThemeWeights
{
    private readonly float[] _weights;
    private readonly float[] _biases;

    public ThemeWeights(int dimension, int labels)
    {
        Dimension = dimension;
        Labels = labels;
        _weights = new float[(long)dimension * labels];
        _biases = new float[labels];
    }

    public int Dimension { get; }

    public int Labels { get; }

    /// <summary>Adds <paramref name="share"/> × one theme's weights and bias (averaging several models is adding each with share 1/k). Themes may be added from different threads at once.</summary>
    public void Add(int label, ReadOnlySpan<float> weights, float bias, float share)
    {
        if (weights.Length != Dimension) throw new ArgumentException($"Expected {Dimension} weights, got {weights.Length}.", nameof(weights));
        for (var f = 0; f < weights.Length; f++) _weights[(long)f * Labels + label] += share * weights[f];
        _biases[label] += share * bias;
    }

    /// <summary>Writes every theme's score for one feature vector into <paramref name="scores"/>.</summary>
    public void Score(in VBuffer<float> features, Span<float> scores)
    {
        _biases.CopyTo(scores);
        var values = features.GetValues();
        if (features.IsDense)
        {
            for (var f = 0; f < values.Length; f++) AddRow(f, values[f], scores);
            return;
        }
        var indices = features.GetIndices();
        for (var j = 0; j < indices.Length; j++) AddRow(indices[j], values[j], scores);
    }

    private void AddRow(int feature, float value, Span<float> scores)
    {
        if (value == 0 || feature >= Dimension) return;
        var row = _weights.AsSpan((int)((long)feature * Labels), Labels);
        for (var l = 0; l < row.Length; l++) scores[l] += value * row[l];
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Dimension);
        writer.Write(Labels);
        foreach (var b in _biases) writer.Write(b);
        foreach (var w in _weights) writer.Write(w);
    }

    /// <exception cref="InvalidDataException">The stream does not hold weights of the expected shape.</exception>
    public static ThemeWeights Read(Stream stream, int dimension, int labels)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            var (d, l) = (reader.ReadInt32(), reader.ReadInt32());
            if (d != dimension || l != labels) throw new InvalidDataException($"The model's weights are {d} × {l}, its manifest says {dimension} × {labels}.");
            var result = new ThemeWeights(d, l);
            for (var i = 0; i < l; i++) result._biases[i] = reader.ReadSingle();
            for (var i = 0; i < result._weights.Length; i++) result._weights[i] = reader.ReadSingle();
            return result;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The model's weights are cut short.");
        }
    }
}
