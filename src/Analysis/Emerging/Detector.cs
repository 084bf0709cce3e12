namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// An over-dispersion-aware threshold for weekly counts in the spirit of the Farrington method (Farrington et al.,
/// 1996; Noufaily et al., 2013) used in UK public-health surveillance:
/// <list type="number">
/// <item>fit a quasi-Poisson log-linear model to the baseline weeks: a constant, or a constant and a linear trend when
/// the trend is significant (|z| &gt; 1.96) and does not predict more than the baseline's largest week;</item>
/// <item>estimate the dispersion φ (at least 1) from the Pearson residuals;</item>
/// <item>down-weight baseline weeks whose standardised Anscombe residual exceeds <see cref="EmergingOptions.OutlierResidual"/>
/// (a past burst, a past flag) and refit, so a burst does not raise its own baseline;</item>
/// <item>upper bound from the 2/3-power transform, which makes Poisson-like counts near-normal:
/// <c>U = μ (1 + ⅔ z √τ / μ)^{3/2}</c> with <c>τ = φμ + Var(μ̂)</c>; when μ is under 1 the bound is at least the
/// Poisson quantile of the same probability (the floor for quiet series).</item>
/// </list>
/// Measured against the peers and left off by default: <see cref="EmergingOptions.Bound"/> (a negative-binomial
/// quantile instead of step 4) and <see cref="EmergingOptions.YearBackWindow"/> (Farrington's weeks around the same week
/// a year back instead of every baseline week); <see cref="EmergingOptions.PoolDispersion"/> and
/// <see cref="EmergingOptions.PoolTrend"/> (steps 1 and 2 helped by every series judged the same week: <see cref="BaselinePool"/>);
/// <see cref="EmergingOptions.Hierarchy"/> (a theme in one locality judged as its share of the theme: <see cref="JudgeShare"/>).
/// A week is flagged when its count is above U and at least <see cref="EmergingOptions.MinimumCount"/>.
/// </summary>
/// <example>
/// A baseline averaging 4 a week with φ = 1.2 and α = 0.005 (z = 2.58) gives U ≈ 10.9: 14 comments is flagged with
/// score (14 − 4) / (10.9 − 4) ≈ 1.45; 10 is not.
/// </example>
public sealed class Detector(EmergingOptions options)
{
    private readonly double _z = Normal.Quantile(1 - options.Alpha);

    /// <param name="baseline">The baseline weeks' counts, oldest first (at least <see cref="EmergingOptions.MinimumBaselineWeeks"/>).</param>
    /// <param name="count">The count of the week judged, the week after the baseline's last.</param>
    /// <param name="pool">
    /// With <see cref="EmergingOptions.PoolDispersion"/> or <see cref="EmergingOptions.PoolTrend"/>: what every series
    /// judged the same week says about dispersions and trends, which this series' own are shrunk toward
    /// (<see cref="BaselinePool"/>); null to use the series' own alone.
    /// </param>
    public Judgement Judge(IReadOnlyList<int> baseline, int count, BaselinePool? pool = null)
    {
        var (fit, t0, m, _, _, _) = FitBaseline(baseline, pool);
        return Bound(count, fit.Predict(t0), fit.Dispersion, fit.PredictionLogVariance(t0), fit.HasTrend, m);
    }

    /// <summary>
    /// A locality's week judged as its share of its theme (<see cref="EmergingOptions.Hierarchy"/>): the expected count
    /// is the locality's share of the theme's items over the baseline weeks times the theme's expected count, fitted
    /// (trend, reweighting and all) on the theme's baseline, which holds every locality's items and so is several
    /// times less noisy than the locality's own. The dispersion is the locality's, around that expectation. Weeks where
    /// the locality stood out from its share (a past burst there) are left out of the share. Falls back to
    /// <see cref="Judge"/> when the theme had no items in the baseline.
    /// </summary>
    /// <param name="baseline">The locality's baseline weeks, oldest first.</param>
    /// <param name="themeBaseline">The theme's counts in the same weeks (its items in every locality, and those without one).</param>
    /// <example>
    /// A theme expected at 40 this week, of which a locality held 250 of 1,000 items over the baseline: the locality
    /// is expected at 10, and its bound is drawn around 10 with its own dispersion.
    /// </example>
    public Judgement JudgeShare(IReadOnlyList<int> baseline, IReadOnlyList<int> themeBaseline, int count, BaselinePool? pool = null)
    {
        if (themeBaseline.Count != baseline.Count) throw new ArgumentException("The theme's baseline must cover the same weeks.", nameof(themeBaseline));
        if (themeBaseline.Sum() == 0) return Judge(baseline, count, pool);
        var (fit, t0, m, _, _, _) = FitBaseline(themeBaseline, pool);
        // The fit's weeks are centred: week i of the baseline is at i + offset.
        var offset = t0 - baseline.Count;

        // The share, then once more without the weeks the locality stood out from it.
        var include = Enumerable.Repeat(true, baseline.Count).ToArray();
        var share = Share(baseline, themeBaseline, include);
        var (phi, _) = ShareDispersion(baseline, fit, offset, share, include);
        for (var i = 0; i < baseline.Count; i++)
        {
            var e = share * themeBaseline[i];
            if (e > 0 && (baseline[i] - e) / Math.Sqrt(Math.Max(1, phi) * e) > options.OutlierResidual) include[i] = false;
        }
        share = Share(baseline, themeBaseline, include);
        (phi, var df) = ShareDispersion(baseline, fit, offset, share, include);
        var dispersion = Math.Max(1, pool is null ? phi : pool.Shrink(phi, df));
        var used = Enumerable.Range(0, baseline.Count).Where(i => include[i]).Sum(i => baseline[i]);
        // Var(log μ̂) = Var(log theme mean) + Var(log share), the share's as a ratio of sums: about φ / (the locality's items).
        var logVariance = fit.PredictionLogVariance(t0) + (used > 0 ? dispersion / used : 1);
        return Bound(count, share * fit.Predict(t0), dispersion, logVariance, fit.HasTrend, m);
    }

    private static double Share(IReadOnlyList<int> history, IReadOnlyList<int> themeHistory, bool[] include)
    {
        double own = 0, all = 0;
        for (var i = 0; i < history.Count; i++)
            if (include[i])
            {
                own += history[i];
                all += themeHistory[i];
            }
        return all > 0 ? own / all : 0;
    }

    /// <summary>Pearson's χ² of the locality's baseline weeks around its share of the theme's fitted counts, over its degrees of freedom.</summary>
    private static (double Dispersion, int Df) ShareDispersion(IReadOnlyList<int> history, Fit fit, double offset, double share, bool[] include)
    {
        double pearson = 0;
        var used = 0;
        for (var i = 0; i < history.Count; i++)
        {
            var e = share * fit.Predict(offset + i);
            if (!include[i] || e <= 0) continue;
            pearson += (history[i] - e) * (history[i] - e) / e;
            used++;
        }
        var df = Math.Max(1, used - 1);
        return (used > 1 ? pearson / df : 1, df);
    }

    /// <summary>The upper bound around <paramref name="mu"/> with variance <c>φμ + μ² Var(log μ̂)</c>, and the judgement.</summary>
    private Judgement Bound(int count, double mu, double dispersion, double logVariance, bool trend, int weeks)
    {
        double upper;
        if (mu <= 0)
        {
            upper = 0;
        }
        else
        {
            var tau = dispersion * mu + mu * mu * logVariance;
            upper = options.Bound == EmergingBound.NegativeBinomial
                ? NegativeBinomialQuantile(mu, tau, 1 - options.Alpha)
                : mu * Math.Pow(1 + 2.0 / 3.0 * _z * Math.Sqrt(tau) / mu, 1.5);
        }
        if (mu < 1) upper = Math.Max(upper, PoissonQuantile(Math.Max(mu, 0.2) * dispersion, 1 - options.Alpha));
        var flagged = count > upper && count >= options.MinimumCount;
        var score = upper > mu ? (count - mu) / (upper - mu) : 0;
        return new Judgement(count, mu, upper, score, flagged, dispersion, trend, weeks);
    }

    /// <summary>
    /// What <see cref="BaselinePool"/> pools from this series: its own dispersion estimate (Pearson's χ² over its degrees
    /// of freedom, not floored at 1) and the baseline's mean; and the slope of a log-linear trend fitted to the same
    /// (reweighted) weeks, whether or not the trend rule would keep it, with its variance.
    /// </summary>
    public BaselinePool.Estimate Own(IReadOnlyList<int> baseline)
    {
        var (fit, _, m, y, t, w) = FitBaseline(baseline, null);
        var trend = y.Length >= 6 ? Fit.Estimate(y, t, w, trend: true, null) : null;
        return new BaselinePool.Estimate(fit.RawDispersion, m - (fit.HasTrend ? 2 : 1), baseline.Average(),
            trend is { Converged: true } ? trend.Slope : null, trend is { Converged: true } ? trend.SlopeVariance : null);
    }

    private (Fit Fit, double T0, int Weeks, double[] Y, double[] T, double[] W) FitBaseline(IReadOnlyList<int> baseline, BaselinePool? pool)
    {
        var n = baseline.Count;
        if (n < 2) throw new ArgumentException("A baseline needs at least two weeks.", nameof(baseline));
        var weeks = Weeks(n);
        var y = weeks.Select(i => (double)baseline[i]).ToArray();
        // Weeks centred on the baseline's middle, so the intercept and slope are nearly uncorrelated.
        var centre = weeks.Average();
        var t = weeks.Select(i => i - centre).ToArray();
        var t0 = n - centre;
        var m = y.Length;

        var w = Enumerable.Repeat(1.0, m).ToArray();
        var allowTrend = weeks.Length == n;
        var fit = Choose(y, t, w, t0, allowTrend, pool);
        // Farrington's reweighting: once, from the first fit's residuals.
        var reweighted = false;
        for (var i = 0; i < m; i++)
        {
            var s = fit.StandardisedResidual(y[i], i);
            if (s > options.OutlierResidual)
            {
                w[i] = 1 / (s * s);
                reweighted = true;
            }
        }
        if (reweighted)
        {
            var total = w.Sum();
            for (var i = 0; i < m; i++) w[i] *= m / total;
            fit = Choose(y, t, w, t0, allowTrend, pool);
        }
        return (fit, t0, m, y, t, w);
    }

    /// <summary>
    /// The baseline weeks the model is fitted to: all of them, or, with <see cref="EmergingOptions.YearBackWindow"/> set
    /// and more than a year and that window of history, only the weeks within the window of the same week a year back
    /// (and two years back, if there), as the Farrington method does, so a seasonal swing is compared like with like.
    /// </summary>
    private int[] Weeks(int n)
    {
        var window = options.YearBackWindow;
        if (window <= 0 || n < 52 + window) return [.. Enumerable.Range(0, n)];
        var weeks = new List<int>();
        for (var back = 52; n - back - window >= 0; back += 52)
            for (var i = n - back - window; i <= Math.Min(n - 1, n - back + window); i++) weeks.Add(i);
        return [.. weeks.Order()];
    }

    /// <summary>The smallest k with P(X ≤ k) ≥ p for X negative binomial with mean μ and variance τ (Poisson when τ ≤ μ).</summary>
    public static int NegativeBinomialQuantile(double mu, double tau, double p)
    {
        if (tau <= mu * 1.000001) return PoissonQuantile(mu, p);
        var r = mu * mu / (tau - mu);
        var q = mu / (r + mu);
        var term = Math.Exp(r * Math.Log(1 - q));
        var cdf = term;
        var k = 0;
        while (cdf < p && k < 100_000)
        {
            term *= (k + r) / (k + 1) * q;
            k++;
            cdf += term;
        }
        return k;
    }

    private static Fit Choose(double[] y, double[] t, double[] w, double t0, bool allowTrend, BaselinePool? pool)
    {
        var flat = Fit.Estimate(y, t, w, trend: false, pool);
        if (y.Length < 6 || !allowTrend) return flat;
        var trend = Fit.Estimate(y, t, w, trend: true, pool);
        if (pool?.SlopeVariance is { } prior)
        {
            // The pool's trend rule: every series' slope, shrunk toward none by how far the pool's slopes spread beyond
            // their noise; the intercept refitted for the shrunk slope.
            if (!trend.Converged) return flat;
            var keep = prior > 0 ? prior / (prior + trend.SlopeVariance) : 0;
            return Fit.WithSlope(y, t, w, keep * trend.Slope, keep * trend.SlopeVariance, pool);
        }
        if (!trend.Converged || trend.SlopeZ is not { } z || Math.Abs(z) <= 1.96) return flat;
        // Farrington: a trend that predicts beyond anything seen in the baseline is not trusted.
        return trend.Predict(t0) <= y.Max() ? trend : flat;
    }

    /// <summary>The smallest k with P(X ≤ k) ≥ p for X ~ Poisson(λ).</summary>
    public static int PoissonQuantile(double lambda, double p)
    {
        var term = Math.Exp(-lambda);
        var cdf = term;
        var k = 0;
        while (cdf < p && k < 10_000)
        {
            k++;
            term *= lambda / k;
            cdf += term;
        }
        return k;
    }

    /// <summary>A weighted quasi-Poisson fit with log link: log μ = a (+ b·t), by iteratively reweighted least squares.</summary>
    private sealed class Fit
    {
        private double _a, _b;
        // The inverse of the Fisher information (X' W μ X)^-1, unscaled by φ.
        private double _c00, _c01, _c11;
        private double[] _t = [];
        private double[] _w = [];

        public bool HasTrend { get; private init; }
        public bool Converged { get; private set; } = true;
        public double Dispersion { get; private set; } = 1;

        /// <summary>Pearson's χ² over the degrees of freedom, before the floor at 1 and any pooling.</summary>
        public double RawDispersion { get; private set; } = 1;
        public double? SlopeZ => HasTrend && _c11 > 0 ? _b / Math.Sqrt(Dispersion * _c11) : null;

        public double Slope => _b;

        /// <summary>Var(b̂), scaled by φ (at least 1).</summary>
        public double SlopeVariance => Dispersion * _c11;

        public double Predict(double t) => Math.Exp(_a + _b * t);

        /// <summary>Var(log μ̂) at <paramref name="t"/>, scaled by φ.</summary>
        public double PredictionLogVariance(double t) => Dispersion * (_c00 + 2 * t * _c01 + t * t * _c11);

        public double StandardisedResidual(double y, int i)
        {
            var mu = Predict(_t[i]);
            if (mu <= 0) return y > 0 ? double.PositiveInfinity : 0;
            var anscombe = 1.5 * (Math.Pow(y, 2.0 / 3) - Math.Pow(mu, 2.0 / 3)) / Math.Pow(mu, 1.0 / 6);
            var leverage = _w[i] * mu * (_c00 + 2 * _t[i] * _c01 + _t[i] * _t[i] * _c11);
            return anscombe / Math.Sqrt(Dispersion * Math.Max(1e-6, 1 - leverage));
        }

        /// <summary>
        /// The fit with the slope fixed at <paramref name="slope"/> (known up to <paramref name="slopeVariance"/>): the
        /// intercept is then the weighted mean's, log(Σwy / Σw e^{bt}), and the prediction carries both variances.
        /// </summary>
        public static Fit WithSlope(double[] y, double[] t, double[] w, double slope, double slopeVariance, BaselinePool? pool)
        {
            var fit = new Fit { HasTrend = slope != 0, _t = t, _w = w, _b = slope };
            var swy = w.Zip(y, (a, b) => a * b).Sum();
            if (swy <= 0)
            {
                fit._a = double.NegativeInfinity;
                fit._b = 0;
                return fit;
            }
            fit._a = Math.Log(swy / w.Zip(t, (a, ti) => a * Math.Exp(slope * ti)).Sum());
            double i00 = 0, pearson = 0;
            for (var i = 0; i < y.Length; i++)
            {
                var mu = fit.Predict(t[i]);
                i00 += w[i] * mu;
                if (mu > 0) pearson += w[i] * (y[i] - mu) * (y[i] - mu) / mu;
            }
            fit._c00 = 1 / i00;
            var df = Math.Max(1, y.Length - 2);
            fit.RawDispersion = pearson / df;
            fit.Dispersion = Math.Max(1, pool is null ? fit.RawDispersion : pool.Shrink(fit.RawDispersion, df));
            fit._c11 = slopeVariance / fit.Dispersion;
            return fit;
        }

        public static Fit Estimate(double[] y, double[] t, double[] w, bool trend, BaselinePool? pool)
        {
            var fit = new Fit { HasTrend = trend, _t = t, _w = w };
            var sw = w.Sum();
            var swy = w.Zip(y, (a, b) => a * b).Sum();
            if (swy <= 0)
            {
                // Nothing at all in the baseline: μ = 0, no variance to estimate.
                fit._a = double.NegativeInfinity;
                return fit;
            }
            fit._a = Math.Log(swy / sw);
            if (trend)
            {
                for (var iter = 0; iter < 50; iter++)
                {
                    double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
                    for (var i = 0; i < y.Length; i++)
                    {
                        var mu = fit.Predict(t[i]);
                        var r = w[i] * (y[i] - mu);
                        g0 += r;
                        g1 += r * t[i];
                        var h = w[i] * mu;
                        h00 += h;
                        h01 += h * t[i];
                        h11 += h * t[i] * t[i];
                    }
                    var det = h00 * h11 - h01 * h01;
                    if (det <= 1e-12)
                    {
                        fit.Converged = false;
                        break;
                    }
                    var da = (h11 * g0 - h01 * g1) / det;
                    var db = (h00 * g1 - h01 * g0) / det;
                    fit._a += da;
                    fit._b += db;
                    if (double.IsNaN(fit._a) || double.IsNaN(fit._b) || Math.Abs(fit._b) > 5)
                    {
                        fit.Converged = false;
                        break;
                    }
                    if (Math.Abs(da) < 1e-9 && Math.Abs(db) < 1e-9) break;
                }
            }

            double i00 = 0, i01 = 0, i11 = 0, pearson = 0;
            for (var i = 0; i < y.Length; i++)
            {
                var mu = fit.Predict(t[i]);
                var h = w[i] * mu;
                i00 += h;
                i01 += h * t[i];
                i11 += h * t[i] * t[i];
                if (mu > 0) pearson += w[i] * (y[i] - mu) * (y[i] - mu) / mu;
            }
            if (trend)
            {
                var det = i00 * i11 - i01 * i01;
                fit._c00 = i11 / det;
                fit._c01 = -i01 / det;
                fit._c11 = i00 / det;
            }
            else
            {
                fit._b = 0;
                fit._c00 = 1 / i00;
            }
            var df = Math.Max(1, y.Length - (trend ? 2 : 1));
            fit.RawDispersion = pearson / df;
            fit.Dispersion = Math.Max(1, pool is null ? fit.RawDispersion : pool.Shrink(fit.RawDispersion, df));
            return fit;
        }
    }
}
