using VoiceHub.Analysis.Training;
using VoiceHub.Core.Seeds;

namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>
/// Weekly series as a council would see them, built from the seeds: each theme's share of the labelled feedback in
/// <c>seeds/data</c> (items may carry several themes, as there) and each locality's share of the population in
/// <c>seeds/council/localities.csv</c>, times a council-wide weekly volume. Series are per theme and per theme and
/// locality. Each series has its own over-dispersion φ (variance φμ), a gentle seasonal swing and, in some, a slow
/// drift, so the detector meets the noise it meets live. Seeded: the same arguments give the same streams.
/// </summary>
public sealed class SyntheticStreams
{
    public sealed record Series(string Name, double Mean, double Dispersion, double Drift, double Phase, bool IsLocality);

    public required IReadOnlyList<Series> All { get; init; }

    public static SyntheticStreams FromSeeds(string seedsDirectory, double weeklyItems, int seed)
    {
        var rows = LabelledData.Read(Path.Combine(seedsDirectory, "data", "patient-feedback-labelled.csv"));
        var themeShares = rows.SelectMany(r => r.Labels).Where(l => l != "Not assigned")
            .GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count() / (double)rows.Count);
        var localities = SeedLoader.ReadTable(Path.Combine(seedsDirectory, "council", "localities.csv"))
            .Select(r => (Name: r["name"], Population: double.Parse(r["population"], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var population = localities.Sum(l => l.Population);
        var random = new Random(seed);
        var all = new List<Series>();
        foreach (var (theme, share) in themeShares.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var mean = weeklyItems * share;
            all.Add(Make(random, theme, mean, isLocality: false));
            foreach (var (name, people) in localities) all.Add(Make(random, $"{theme} in {name}", mean * people / population, isLocality: true));
        }
        return new SyntheticStreams { All = all };
    }

    private static Series Make(Random random, string name, double mean, bool isLocality) =>
        new(name, mean, Dispersion: 1 + random.NextDouble() * 0.8, Drift: random.NextDouble() < 0.3 ? (random.NextDouble() - 0.5) * 0.01 : 0,
            Phase: random.NextDouble() * 2 * Math.PI, isLocality);

    /// <summary>The series' expected count in week <paramref name="week"/> (0-based): its mean with seasonality (±10% a year) and drift.</summary>
    public static double MeanAt(Series s, int week) =>
        s.Mean * (1 + 0.1 * Math.Sin(2 * Math.PI * week / 52.0 + s.Phase)) * Math.Exp(s.Drift * week);
}
