using System.Numerics.Tensors;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// A small neural network with one hidden layer (ReLU), written plainly on <see cref="TensorPrimitives"/>: dense inputs,
/// <see cref="Hidden"/> hidden units, and either independent sigmoid outputs (multi-label: every theme at once, so the
/// rare themes share the hidden layer the common ones shape) or one softmax over the outputs (one class per row).
/// Trained by Adam on mini-batches, single-threaded and seeded, so the same rows give the same network.
/// </summary>
/// <example>
/// Two themes over 384-dimension embeddings with 64 hidden units: <c>Mlp.Train(x, y, null, [1, 10], options)</c> weighs
/// each positive row of the second theme ten times; <c>Logits(x[0], output)</c> then writes two scores, each above 0 when
/// its theme is more likely than not.
/// </example>
public sealed class Mlp
{
    private readonly float[] _w1; // Hidden × Inputs, row-major
    private readonly float[] _b1;
    private readonly float[] _w2; // Outputs × Hidden, row-major
    private readonly float[] _b2;

    private Mlp(int inputs, int hidden, int outputs, bool softmax)
    {
        Inputs = inputs;
        Hidden = hidden;
        Outputs = outputs;
        Softmax = softmax;
        _w1 = new float[hidden * inputs];
        _b1 = new float[hidden];
        _w2 = new float[outputs * hidden];
        _b2 = new float[outputs];
    }

    public int Inputs { get; }
    public int Hidden { get; }
    public int Outputs { get; }

    /// <summary>True: the outputs are one softmax (a class per row); false: independent sigmoids (labels per row).</summary>
    public bool Softmax { get; }

    /// <summary>How to train: sizes, passes, step and L2 penalty.</summary>
    public sealed record Options
    {
        public int Hidden { get; init; } = 128;
        public int Epochs { get; init; } = 30;
        public int BatchSize { get; init; } = 32;
        public float LearningRate { get; init; } = 1e-3f;
        public float L2 { get; init; } = 1e-4f;
        public bool Softmax { get; init; }
        public int Seed { get; init; } = 1;
    }

    /// <summary>
    /// Trains on <paramref name="inputs"/> (rows of equal length) against <paramref name="targets"/> (0 or 1 per output;
    /// for softmax, one 1 per row). A row's loss is multiplied by its <paramref name="rowWeights"/> entry and, for
    /// sigmoid outputs, a positive target's by its output's <paramref name="positiveWeights"/> entry.
    /// </summary>
    public static Mlp Train(IReadOnlyList<float[]> inputs, IReadOnlyList<float[]> targets, float[]? rowWeights, float[]? positiveWeights,
        Options options, CancellationToken ct = default)
    {
        if (inputs.Count == 0 || inputs.Count != targets.Count) throw new ArgumentException("Inputs and targets must be non-empty and of equal count.");
        var (d, k, h) = (inputs[0].Length, targets[0].Length, options.Hidden);
        var net = new Mlp(d, h, k, options.Softmax);
        var random = new Random(options.Seed);
        // He initialisation for the ReLU layer, Glorot for the output layer.
        var a1 = MathF.Sqrt(6f / d);
        for (var i = 0; i < net._w1.Length; i++) net._w1[i] = (float)(random.NextDouble() * 2 - 1) * a1;
        var a2 = MathF.Sqrt(6f / (h + k));
        for (var i = 0; i < net._w2.Length; i++) net._w2[i] = (float)(random.NextDouble() * 2 - 1) * a2;

        var parameters = new[] { net._w1, net._b1, net._w2, net._b2 };
        var grads = parameters.Select(p => new float[p.Length]).ToArray();
        var m = parameters.Select(p => new float[p.Length]).ToArray();
        var v = parameters.Select(p => new float[p.Length]).ToArray();
        var hidden = new float[h];
        var output = new float[k];
        var dOut = new float[k];
        var dHidden = new float[h];
        var order = Enumerable.Range(0, inputs.Count).ToArray();
        const float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f;
        var step = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            ct.ThrowIfCancellationRequested();
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += options.BatchSize)
            {
                var end = Math.Min(order.Length, start + options.BatchSize);
                foreach (var g in grads) Array.Clear(g);
                for (var b = start; b < end; b++)
                {
                    var r = order[b];
                    var x = inputs[r];
                    var y = targets[r];
                    net.Forward(x, hidden, output);
                    var weight = rowWeights?[r] ?? 1f;
                    if (options.Softmax)
                    {
                        TensorPrimitives.SoftMax(output, dOut);
                        for (var o = 0; o < k; o++) dOut[o] = (dOut[o] - y[o]) * weight;
                    }
                    else
                    {
                        for (var o = 0; o < k; o++)
                        {
                            var p = 1f / (1f + MathF.Exp(-output[o]));
                            var w = y[o] > 0 ? weight * (positiveWeights?[o] ?? 1f) : weight;
                            dOut[o] = (p - y[o]) * w;
                        }
                    }
                    Array.Clear(dHidden);
                    for (var o = 0; o < k; o++)
                    {
                        if (dOut[o] == 0) continue;
                        var row = net._w2.AsSpan(o * h, h);
                        var gRow = grads[2].AsSpan(o * h, h);
                        TensorPrimitives.MultiplyAdd(hidden, dOut[o], gRow, gRow);
                        TensorPrimitives.MultiplyAdd(row, dOut[o], dHidden, dHidden);
                        grads[3][o] += dOut[o];
                    }
                    for (var j = 0; j < h; j++)
                    {
                        if (hidden[j] <= 0 || dHidden[j] == 0) continue;
                        var gRow = grads[0].AsSpan(j * d, d);
                        TensorPrimitives.MultiplyAdd(x, dHidden[j], gRow, gRow);
                        grads[1][j] += dHidden[j];
                    }
                }
                step++;
                var scale = 1f / (end - start);
                var correction1 = 1 - MathF.Pow(beta1, step);
                var correction2 = 1 - MathF.Pow(beta2, step);
                for (var p = 0; p < parameters.Length; p++)
                {
                    var (param, grad, mp, vp) = (parameters[p], grads[p], m[p], v[p]);
                    // Weights (not biases) are penalised.
                    var l2 = p % 2 == 0 ? options.L2 : 0;
                    for (var i = 0; i < param.Length; i++)
                    {
                        var g = grad[i] * scale + l2 * param[i];
                        mp[i] = beta1 * mp[i] + (1 - beta1) * g;
                        vp[i] = beta2 * vp[i] + (1 - beta2) * g * g;
                        param[i] -= options.LearningRate * (mp[i] / correction1) / (MathF.Sqrt(vp[i] / correction2) + epsilon);
                    }
                }
            }
        }
        return net;
    }

    /// <summary>
    /// One network whose logits are the mean of <paramref name="networks"/>' logits (sigmoid outputs, the same inputs and
    /// outputs): their hidden layers side by side, each output layer divided by their number.
    /// </summary>
    /// <example>Five networks of 128 hidden units give one of 640; its logit for a theme is the five logits' mean.</example>
    public static Mlp Average(IReadOnlyList<Mlp> networks)
    {
        if (networks.Count == 0) throw new ArgumentException("Give at least one network.", nameof(networks));
        var first = networks[0];
        if (networks.Any(n => n.Inputs != first.Inputs || n.Outputs != first.Outputs || n.Softmax))
        {
            throw new ArgumentException("Only sigmoid networks of the same inputs and outputs can be averaged.", nameof(networks));
        }
        var net = new Mlp(first.Inputs, networks.Sum(n => n.Hidden), first.Outputs, softmax: false);
        var share = 1f / networks.Count;
        var offset = 0;
        foreach (var n in networks)
        {
            n._w1.CopyTo(net._w1, offset * net.Inputs);
            n._b1.CopyTo(net._b1, offset);
            for (var o = 0; o < net.Outputs; o++)
            {
                TensorPrimitives.Multiply(n._w2.AsSpan(o * n.Hidden, n.Hidden), share, net._w2.AsSpan(o * net.Hidden + offset, n.Hidden));
                net._b2[o] += share * n._b2[o];
            }
            offset += n.Hidden;
        }
        return net;
    }

    /// <summary>Folds a constant input scale into the first layer: afterwards the network takes the inputs unscaled.</summary>
    internal void ScaleInputs(float scale) => TensorPrimitives.Multiply(_w1, scale, _w1);

    /// <summary>Writes the output layer's raw scores (logits) for one input into <paramref name="output"/>.</summary>
    public void Logits(ReadOnlySpan<float> input, Span<float> output)
    {
        Span<float> hidden = Hidden <= 1024 ? stackalloc float[Hidden] : new float[Hidden];
        Forward(input, hidden, output);
    }

    /// <summary>For a softmax network, the class probabilities of one input.</summary>
    public void Probabilities(ReadOnlySpan<float> input, Span<float> output)
    {
        Logits(input, output);
        if (Softmax) TensorPrimitives.SoftMax(output, output);
        else TensorPrimitives.Sigmoid(output, output);
    }

    private void Forward(ReadOnlySpan<float> x, Span<float> hidden, Span<float> output)
    {
        if (x.Length != Inputs) throw new ArgumentException($"Expected {Inputs} inputs, got {x.Length}.", nameof(x));
        for (var j = 0; j < Hidden; j++) hidden[j] = Math.Max(0, TensorPrimitives.Dot(_w1.AsSpan(j * Inputs, Inputs), x) + _b1[j]);
        for (var o = 0; o < Outputs; o++) output[o] = TensorPrimitives.Dot(_w2.AsSpan(o * Hidden, Hidden), hidden) + _b2[o];
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Inputs);
        writer.Write(Hidden);
        writer.Write(Outputs);
        writer.Write(Softmax);
        foreach (var array in new[] { _w1, _b1, _w2, _b2 })
        {
            foreach (var value in array) writer.Write(value);
        }
    }

    /// <exception cref="InvalidDataException">The stream does not hold a network of the expected inputs and outputs.</exception>
    public static Mlp Read(Stream stream, int inputs, int outputs)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            var (d, h, k, softmax) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean());
            if (d != inputs || k != outputs || h is <= 0 or > 65536)
            {
                throw new InvalidDataException($"The network is {d} → {h} → {k}; the manifest says {inputs} inputs and {outputs} outputs.");
            }
            var net = new Mlp(d, h, k, softmax);
            foreach (var array in new[] { net._w1, net._b1, net._w2, net._b2 })
            {
                for (var i = 0; i < array.Length; i++) array[i] = reader.ReadSingle();
            }
            return net;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The network's weights are cut short.");
        }
    }
}
