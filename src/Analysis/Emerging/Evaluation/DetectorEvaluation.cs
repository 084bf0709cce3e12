namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>
/// Measures the detector on synthetic streams with bursts of known size, place and week. Each series runs for
/// <c>warmUp + weeks</c> weeks; in the measured weeks, about one series in two gets one burst of +50%, +100% or +200%
/// over its expected count, lasting one to three weeks, added as that many extra items on top of the noise. The
/// detector (the production code) then runs week by week as it would live, each week judged against the weeks before,
/// bursts included. A flag in a burst week is a hit; any other flag is a false alarm.
/// </summary>
public static class DetectorEvaluation
{
    public static readonly (string Name, double Factor)[] Sizes = [("+50%", 0.5), ("+100%", 1.0), ("+200%", 2.0)];

    public static EvaluationFigures Run(SyntheticStreams streams, EmergingOptions options, double weeklyItems, int seed, int weeks = 104, int replicates = 12)
    {
        var detector = new Detector(options);
        var random = new Random(seed);
        var warmUp = options.BaselineWeeks;
        var total = warmUp + weeks;
        var outcomes = new List<BurstOutcome>();
        int flags = 0, falseAlarms = 0, quietWeeks = 0, seriesWeeks = 0;

        for (var r = 0; r < replicates; r++)
        {
            foreach (var s in streams.All)
            {
                var counts = new int[total];
                for (var w = 0; w < total; w++) counts[w] = Sampling.OverDispersed(random, SyntheticStreams.MeanAt(s, w), s.Dispersion);

                var burstStart = -1;
                var burstWeeks = 0;
                var size = Sizes[0];
                var firstExtra = 0;
                if (random.NextDouble() < 0.5)
                {
                    size = Sizes[random.Next(Sizes.Length)];
                    burstWeeks = 1 + random.Next(3);
                    burstStart = warmUp + random.Next(weeks - burstWeeks + 1);
                    for (var w = burstStart; w < burstStart + burstWeeks; w++)
                    {
                        var extra = (int)Math.Round(size.Factor * SyntheticStreams.MeanAt(s, w));
                        if (w == burstStart) firstExtra = extra;
                        counts[w] += extra;
                    }
                }

                int? delay = null;
                for (var w = warmUp; w < total; w++)
                {
                    var inBurst = burstStart >= 0 && w >= burstStart && w < burstStart + burstWeeks;
                    seriesWeeks++;
                    if (!inBurst) quietWeeks++;
                    if (counts[w] < options.MinimumCount) continue;
                    var judgement = detector.Judge(counts[(w - options.BaselineWeeks)..w], counts[w]);
                    if (!judgement.Flagged) continue;
                    flags++;
                    if (inBurst) delay ??= w - burstStart;
                    else falseAlarms++;
                }
                if (burstStart >= 0) outcomes.Add(new BurstOutcome(size.Name, firstExtra, burstWeeks, delay));
            }
        }

        var bySize = Sizes.ToDictionary(z => z.Name, z =>
        {
            var of = outcomes.Where(o => o.Size == z.Name).ToList();
            var big = of.Where(o => o.ExtraItems >= 8).ToList();
            return new EvaluationFigures.SizeFigures(of.Count, Share(of, o => o.DelayWeeks is not null), Share(of, o => o.DelayWeeks == 0),
                Median(of), new EvaluationFigures.SubsetFigures(big.Count, Share(big, o => o.DelayWeeks is not null), Share(big, o => o.DelayWeeks == 0)));
        });
        return new EvaluationFigures
        {
            Precision = flags == 0 ? 0 : (flags - falseAlarms) / (double)flags,
            Recall = Share(outcomes, o => o.DelayWeeks is not null),
            FalseAlarmsPer100SeriesWeeks = quietWeeks == 0 ? 0 : 100.0 * falseAlarms / quietWeeks,
            MedianDelayWeeks = Median(outcomes),
            BySize = bySize,
            Series = streams.All.Count * replicates,
            SeriesWeeks = seriesWeeks,
            Bursts = outcomes.Count,
            Flags = flags,
            FalseAlarms = falseAlarms,
            WeeklyItems = weeklyItems,
            Seed = seed,
        };
    }

    private static double Share(IReadOnlyCollection<BurstOutcome> of, Func<BurstOutcome, bool> hit) =>
        of.Count == 0 ? 0 : of.Count(hit) / (double)of.Count;

    private static double? Median(IEnumerable<BurstOutcome> of)
    {
        var delays = of.Where(o => o.DelayWeeks is not null).Select(o => (double)o.DelayWeeks!.Value).Order().ToList();
        if (delays.Count == 0) return null;
        return delays.Count % 2 == 1 ? delays[delays.Count / 2] : (delays[delays.Count / 2 - 1] + delays[delays.Count / 2]) / 2;
    }
}
