namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>Poisson and gamma draws for the synthetic streams (seeded <see cref="Random"/>, so every run is the same).</summary>
public static class Sampling
{
    public static int Poisson(Random random, double lambda)
    {
        if (lambda <= 0) return 0;
        if (lambda < 30)
        {
            // Knuth: multiply uniforms until below e^-λ.
            var limit = Math.Exp(-lambda);
            var k = 0;
            var p = random.NextDouble();
            while (p > limit)
            {
                k++;
                p *= random.NextDouble();
            }
            return k;
        }
        // Large λ: normal approximation with continuity correction is ample for counts this size.
        return Math.Max(0, (int)Math.Round(lambda + Math.Sqrt(lambda) * StandardNormal(random)));
    }

    /// <summary>Gamma(shape, scale) by Marsaglia and Tsang (2000).</summary>
    public static double Gamma(Random random, double shape, double scale)
    {
        if (shape < 1) return Gamma(random, shape + 1, scale) * Math.Pow(random.NextDouble(), 1 / shape);
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = StandardNormal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v))) return d * v * scale;
        }
    }

    /// <summary>A count with mean μ and variance φμ (φ ≥ 1): Poisson when φ = 1, else gamma-Poisson (negative binomial).</summary>
    public static int OverDispersed(Random random, double mu, double phi)
    {
        if (mu <= 0) return 0;
        if (phi <= 1.0001) return Poisson(random, mu);
        var shape = mu / (phi - 1);
        return Poisson(random, Gamma(random, shape, mu / shape));
    }

    public static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
