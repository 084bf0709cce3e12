namespace VoiceHub.Cli.Bench;

/// <summary>
/// The experiment's linear name head (stop 28): logistic regression on a word's standardised features, trained by
/// mini-batch gradient descent with Adam and a little L2, deterministically (a seeded shuffle).
/// </summary>
public sealed class NameHead
{
    private readonly float[] _mean;
    private readonly float[] _scale;
    private readonly float[] _weights;
    private float _bias;

    private NameHead(int features)
    {
        _mean = new float[features];
        _scale = new float[features];
        _weights = new float[features];
    }

    /// <summary>The probability that a word is a name.</summary>
    public float Score(float[] x)
    {
        var z = _bias;
        for (var i = 0; i < x.Length; i++) z += _weights[i] * (x[i] - _mean[i]) * _scale[i];
        return 1 / (1 + MathF.Exp(-z));
    }

    public static NameHead Train(IReadOnlyList<(float[] X, bool Name)> examples, int epochs = 8, float rate = 0.002f, float l2 = 1e-4f, int batch = 64)
    {
        var n = examples[0].X.Length;
        var head = new NameHead(n);
        foreach (var (x, _) in examples) for (var i = 0; i < n; i++) head._mean[i] += x[i] / examples.Count;
        for (var i = 0; i < n; i++)
        {
            double variance = 0;
            foreach (var (x, _) in examples) variance += (x[i] - head._mean[i]) * (x[i] - head._mean[i]);
            head._scale[i] = (float)(1 / Math.Sqrt(variance / examples.Count + 1e-6));
        }
        var m = new float[n + 1];
        var v = new float[n + 1];
        var g = new float[n + 1];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(7);
        var step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            for (var start = 0; start < order.Length; start += batch)
            {
                Array.Clear(g);
                var end = Math.Min(order.Length, start + batch);
                for (var k = start; k < end; k++)
                {
                    var (x, name) = examples[order[k]];
                    var error = head.Score(x) - (name ? 1 : 0);
                    for (var i = 0; i < n; i++) g[i] += error * (x[i] - head._mean[i]) * head._scale[i];
                    g[n] += error;
                }
                step++;
                for (var i = 0; i <= n; i++)
                {
                    var w = i < n ? head._weights[i] : head._bias;
                    var grad = g[i] / (end - start) + (i < n ? l2 * w : 0);
                    m[i] = 0.9f * m[i] + 0.1f * grad;
                    v[i] = 0.999f * v[i] + 0.001f * grad * grad;
                    var update = rate * (m[i] / (1 - MathF.Pow(0.9f, step))) / (MathF.Sqrt(v[i] / (1 - MathF.Pow(0.999f, step))) + 1e-8f);
                    if (i < n) head._weights[i] -= update;
                    else head._bias -= update;
                }
            }
        }
        return head;
    }
}
