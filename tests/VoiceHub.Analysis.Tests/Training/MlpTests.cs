using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

public sealed class MlpTests
{
    /// <summary>Points in the four quadrants: XOR of the signs, which no linear model separates.</summary>
    private static (float[][] X, float[] Xor) Quadrants(int count, int seed)
    {
        var random = new Random(seed);
        var x = new float[count][];
        var xor = new float[count];
        for (var i = 0; i < count; i++)
        {
            var (a, b) = ((float)(random.NextDouble() * 2 - 1), (float)(random.NextDouble() * 2 - 1));
            // Keep a margin around the axes, so the set is cleanly separable.
            a += MathF.Sign(a) * 0.2f;
            b += MathF.Sign(b) * 0.2f;
            x[i] = [a, b];
            xor[i] = a * b > 0 ? 1 : 0;
        }
        return (x, xor);
    }

    [Fact]
    public void Train_SigmoidOutputsOnXorAndARareLabel_SeparatesHeldOutPoints()
    {
        var (x, xor) = Quadrants(400, 1);
        // A second, rare label: the upper-right corner only (about 1 row in 10), weighted up as rare themes are.
        float[][] targets = [.. x.Select((p, i) => new[] { xor[i], p[0] > 0.8f && p[1] > 0.8f ? 1f : 0f })];
        var net = Mlp.Train(x, targets, null, [1, 5], new Mlp.Options { Hidden = 16, Epochs = 200, LearningRate = 0.01f });

        var (test, testXor) = Quadrants(200, 2);
        var output = new float[2];
        int xorRight = 0, cornerRight = 0;
        for (var i = 0; i < test.Length; i++)
        {
            net.Logits(test[i], output);
            if (output[0] > 0 == testXor[i] > 0) xorRight++;
            if (output[1] > 0 == (test[i][0] > 0.8f && test[i][1] > 0.8f)) cornerRight++;
        }
        Assert.True(xorRight >= 190, $"XOR: {xorRight} of 200 right");
        Assert.True(cornerRight >= 180, $"corner: {cornerRight} of 200 right");
    }

    [Fact]
    public void Train_Softmax_LearnsThreeClassesAndRoundTripsThroughStorage()
    {
        var (x, _) = Quadrants(300, 3);
        // Class 0: left half; class 1: upper right; class 2: lower right.
        static int Class(float[] p) => p[0] < 0 ? 0 : p[1] > 0 ? 1 : 2;
        float[][] targets = [.. x.Select(p => Enumerable.Range(0, 3).Select(c => c == Class(p) ? 1f : 0f).ToArray())];
        var net = Mlp.Train(x, targets, null, null, new Mlp.Options { Hidden = 8, Epochs = 100, LearningRate = 0.01f, Softmax = true });

        var (test, _) = Quadrants(100, 4);
        var probabilities = new float[3];
        var right = 0;
        foreach (var p in test)
        {
            net.Probabilities(p, probabilities);
            Assert.Equal(1f, probabilities.Sum(), 3);
            if (Array.IndexOf(probabilities, probabilities.Max()) == Class(p)) right++;
        }
        Assert.True(right >= 95, $"{right} of 100 right");

        using var stream = new MemoryStream();
        net.Write(stream);
        stream.Position = 0;
        var restored = Mlp.Read(stream, 2, 3);
        var (before, after) = (new float[3], new float[3]);
        net.Logits(test[0], before);
        restored.Logits(test[0], after);
        Assert.Equal(before, after);
        Assert.True(restored.Softmax);

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => Mlp.Read(stream, 2, 4));
        Assert.Throws<InvalidDataException>(() => Mlp.Read(new MemoryStream(stream.ToArray()[..20]), 2, 3));
    }

    [Fact]
    public void Train_SameRowsAndSeed_SameNetwork()
    {
        var (x, xor) = Quadrants(100, 5);
        float[][] targets = [.. xor.Select(v => new[] { v })];
        var options = new Mlp.Options { Hidden = 4, Epochs = 5 };
        var (a, b) = (new float[1], new float[1]);
        Mlp.Train(x, targets, null, null, options).Logits(x[0], a);
        Mlp.Train(x, targets, null, null, options).Logits(x[0], b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Average_TwoNetworks_GivesTheMeanOfTheirLogitsAfterStorage()
    {
        var (x, xor) = Quadrants(200, 5);
        float[][] targets = [.. x.Select((p, i) => new[] { xor[i], p[0] > 0 ? 1f : 0f })];
        var first = Mlp.Train(x, targets, null, null, new Mlp.Options { Hidden = 8, Epochs = 20, LearningRate = 0.01f, Seed = 1 });
        var second = Mlp.Train(x, targets, null, null, new Mlp.Options { Hidden = 8, Epochs = 20, LearningRate = 0.01f, Seed = 2 });

        var mean = Mlp.Average([first, second]);
        using var stored = new MemoryStream();
        mean.Write(stored);
        stored.Position = 0;
        var read = Mlp.Read(stored, 2, 2);

        Assert.Equal(16, read.Hidden);
        var (a, b, m) = (new float[2], new float[2], new float[2]);
        foreach (var p in Quadrants(20, 6).X)
        {
            first.Logits(p, a);
            second.Logits(p, b);
            read.Logits(p, m);
            for (var o = 0; o < 2; o++) Assert.Equal((a[o] + b[o]) / 2, m[o], 4);
            Assert.NotEqual(a[0], b[0]); // two seeds, two networks: the mean is not either one
        }
    }

    [Fact]
    public void Average_SoftmaxNetwork_Throws()
    {
        var (x, _) = Quadrants(20, 7);
        float[][] targets = [.. x.Select(p => new[] { p[0] < 0 ? 1f : 0f, p[0] < 0 ? 0f : 1f })];
        var softmax = Mlp.Train(x, targets, null, null, new Mlp.Options { Hidden = 4, Epochs = 2, Softmax = true });

        Assert.Throws<ArgumentException>(() => Mlp.Average([softmax]));
    }
}
