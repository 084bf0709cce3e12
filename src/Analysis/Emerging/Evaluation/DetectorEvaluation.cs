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

    /// <summary>One synthetic stream: its weekly counts with its burst (if any) added, where the burst is and how big.</summary>
    public sealed record Stream(int[] Counts, int BurstStart, int BurstWeeks, string Size, int FirstExtra)
    {
        /// <summary>Which replicate of the seeds' series (one council's worth) the stream belongs to: the series pooled together.</summary>
        public int Council { get; init; }

        public bool HasBurst => BurstStart >= 0;
        public bool InBurst(int week) => HasBurst && week >= BurstStart && week < BurstStart + BurstWeeks;
    }

    public static EvaluationFigures Run(SyntheticStreams streams, EmergingOptions options, double weeklyItems, int seed, int weeks = 104, int replicates = 12)
    {
        var generated = Generate(streams, seed, options.BaselineWeeks, weeks, replicates);
        var flagged = JudgeAll(generated, options, options.BaselineWeeks);
        return Score(generated, options.BaselineWeeks, options.MinimumCount, (k, w) => flagged[k].Contains(w)) with
        {
            Series = streams.All.Count * replicates,
            WeeklyItems = weeklyItems,
            Seed = seed,
        };
    }

    /// <summary>
    /// The streams: <paramref name="warmUp"/> weeks of history then <paramref name="weeks"/> measured weeks, for each
    /// replicate and series; about one in two gets a burst in the measured weeks. Seeded: the same arguments give the
    /// same streams.
    /// </summary>
    public static IReadOnlyList<Stream> Generate(SyntheticStreams streams, int seed, int warmUp, int weeks, int replicates)
    {
        var random = new Random(seed);
        var total = warmUp + weeks;
        var all = new List<Stream>();
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
                all.Add(new Stream(counts, burstStart, burstWeeks, size.Name, firstExtra) { Council = r });
            }
        }
        return all;
    }

    /// <summary>
    /// The production detector run week by week from <paramref name="firstWeek"/>, as it runs live: each stream's flagged
    /// weeks. With <see cref="EmergingOptions.PoolDispersion"/>, each week's dispersions are pooled over one council's
    /// streams (a replicate), as the hub pools the series it judges that week.
    /// </summary>
    public static IReadOnlyList<HashSet<int>> JudgeAll(IReadOnlyList<Stream> streams, EmergingOptions options, int firstWeek)
    {
        var detector = new Detector(options);
        var flagged = streams.Select(_ => new HashSet<int>()).ToList();
        foreach (var council in Enumerable.Range(0, streams.Count).GroupBy(k => streams[k].Council))
        {
            var members = council.ToList();
            var length = members.Max(k => streams[k].Counts.Length);
            for (var w = firstWeek; w < length; w++)
            {
                var week = w;
                var judged = members.Where(k => week < streams[k].Counts.Length).ToList();
                var pool = BaselinePool.Fit(judged.Select(k => detector.Own(streams[k].Counts[(week - options.BaselineWeeks)..week])),
                    options.PoolDispersion, options.PoolTrend);
                foreach (var k in judged)
                {
                    var s = streams[k];
                    if (s.Counts[w] < options.MinimumCount) continue;
                    if (detector.Judge(s.Counts[(w - options.BaselineWeeks)..w], s.Counts[w], pool).Flagged) flagged[k].Add(w);
                }
            }
        }
        return flagged;
    }

    /// <summary>
    /// Scores any method's flags on the streams from <paramref name="firstWeek"/>: a flag in a burst week is a hit, any
    /// other a false alarm. A flag on fewer than <paramref name="minimumCount"/> items is not counted for any method
    /// (the digest never shows one), so all methods play by the same rule.
    /// </summary>
    public static EvaluationFigures Score(IReadOnlyList<Stream> streams, int firstWeek, int minimumCount, Func<int, int, bool> flaggedAt)
    {
        var outcomes = new List<BurstOutcome>();
        int flags = 0, falseAlarms = 0, quietWeeks = 0, seriesWeeks = 0;
        for (var k = 0; k < streams.Count; k++)
        {
            var s = streams[k];
            int? delay = null;
            var burstFlags = 0;
            for (var w = firstWeek; w < s.Counts.Length; w++)
            {
                var inBurst = s.InBurst(w);
                seriesWeeks++;
                if (!inBurst) quietWeeks++;
                if (s.Counts[w] < minimumCount || !flaggedAt(k, w)) continue;
                flags++;
                if (inBurst)
                {
                    delay ??= w - s.BurstStart;
                    burstFlags++;
                }
                else falseAlarms++;
            }
            if (s.HasBurst) outcomes.Add(new BurstOutcome(s.Size, s.FirstExtra, s.BurstWeeks, delay) { Flags = burstFlags });
        }

        var bySize = Sizes.ToDictionary(z => z.Name, z =>
        {
            var of = outcomes.Where(o => o.Size == z.Name).ToList();
            var big = of.Where(o => o.ExtraItems >= 8).ToList();
            return new EvaluationFigures.SizeFigures(of.Count, Share(of, o => o.DelayWeeks is not null), Share(of, o => o.DelayWeeks == 0),
                Median(of), new EvaluationFigures.SubsetFigures(big.Count, Share(big, o => o.DelayWeeks is not null), Share(big, o => o.DelayWeeks == 0)));
        });
        var detected = outcomes.Where(o => o.DelayWeeks is not null).ToList();
        return new EvaluationFigures
        {
            Precision = flags == 0 ? 0 : (flags - falseAlarms) / (double)flags,
            Recall = Share(outcomes, o => o.DelayWeeks is not null),
            FalseAlarmsPer100SeriesWeeks = quietWeeks == 0 ? 0 : 100.0 * falseAlarms / quietWeeks,
            MedianDelayWeeks = Median(outcomes),
            IssuesPerBurst = detected.Count == 0 ? 0 : detected.Average(o => o.Flags),
            BySize = bySize,
            Series = streams.Count,
            SeriesWeeks = seriesWeeks,
            Bursts = outcomes.Count,
            Flags = flags,
            FalseAlarms = falseAlarms,
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
