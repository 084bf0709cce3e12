using VoiceHub.Core.Model;

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

        /// <summary>The series' true mean and dispersion (from the generator; no detector sees them): for the known-null reference.</summary>
        public SyntheticStreams.Series? Truth { get; init; }

        /// <summary>In a hierarchy: a theme's locality streams, whose sum it is (its true null is theirs added up).</summary>
        public IReadOnlyList<int> Parts { get; init; } = [];

        /// <summary>In a hierarchy: a locality's theme stream; -1 for a theme, and for every stream of independent series.</summary>
        public int Theme { get; init; } = -1;

        public bool HasBurst => BurstStart >= 0;
        public bool InBurst(int week) => HasBurst && week >= BurstStart && week < BurstStart + BurstWeeks;
    }

    /// <summary>
    /// One burst: its first week, length, size over the expected count, the items it adds in its first week (to the
    /// streams at the lowest level it touches, so not counted twice), and every stream it shows in.
    /// </summary>
    public sealed record Burst(int Start, int Weeks, string Size, int FirstExtra, IReadOnlyList<int> Streams)
    {
        public bool Covers(int week) => week >= Start && week < Start + Weeks;
    }

    /// <summary>The streams and their bursts: one burst a stream for independent series, a burst in several for a hierarchy.</summary>
    public sealed record Generated(IReadOnlyList<Stream> Streams, IReadOnlyList<Burst> Bursts)
    {
        public bool IsHierarchy => Streams.Any(s => s.Theme >= 0);

        /// <summary>Independent series: each stream's own burst, touching that stream alone.</summary>
        public static Generated Of(IReadOnlyList<Stream> streams) =>
            new(streams, [.. streams.Select((s, k) => s.HasBurst ? new Burst(s.BurstStart, s.BurstWeeks, s.Size, s.FirstExtra, [k]) : null).OfType<Burst>()]);

        /// <summary>A stream's true mean and variance in a week: its own series', or for a theme in a hierarchy its localities' added up.</summary>
        public (double Mean, double Variance) TrueNull(int k, int week)
        {
            var s = Streams[k];
            if (s.Parts.Count > 0)
            {
                double mean = 0, variance = 0;
                foreach (var part in s.Parts)
                {
                    var (m, v) = TrueNull(part, week);
                    mean += m;
                    variance += v;
                }
                return (mean, variance);
            }
            var mu = SyntheticStreams.MeanAt(s.Truth!, week);
            return (mu, s.Truth!.Dispersion * mu);
        }
    }

    public static EvaluationFigures Run(SyntheticStreams streams, EmergingOptions options, double weeklyItems, int seed, int weeks = 104, int replicates = 12)
    {
        var generated = Generate(streams, seed, options.BaselineWeeks, weeks, replicates);
        var flagged = JudgeAll(generated, options, options.BaselineWeeks);
        return Score(generated, options.BaselineWeeks, options.MinimumCount, (k, w) => flagged[k].ContainsKey(w)) with
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
                all.Add(new Stream(counts, burstStart, burstWeeks, size.Name, firstExtra) { Council = r, Truth = s });
            }
        }
        return all;
    }

    /// <summary>
    /// Streams in a hierarchy, as the hub sees them: each theme's count is the sum of its localities' counts. The
    /// localities of a theme share its seasonal phase and drift (a theme's season and trend are the council's), each
    /// with its own level (population share) and over-dispersion. Bursts: each locality, with probability one in two,
    /// gets a burst of its own (showing in it and in its theme); each theme, with probability one in two, gets a burst
    /// across all its localities (showing in the theme and every locality). Sizes and lengths as in
    /// <see cref="Generate"/>; bursts may overlap in time. Seeded, and not the same random sequence as <see cref="Generate"/>.
    /// </summary>
    /// <example>
    /// With 31 themes in 4 localities a replicate is 155 streams (31 themes, 124 localities), as for independent series,
    /// with about 62 locality bursts and 15 theme-wide ones.
    /// </example>
    public static Generated GenerateHierarchy(SyntheticStreams streams, int seed, int warmUp, int weeks, int replicates)
    {
        var random = new Random(seed);
        var total = warmUp + weeks;
        var all = new List<Stream>();
        var bursts = new List<Burst>();
        for (var r = 0; r < replicates; r++)
        {
            for (var i = 0; i < streams.All.Count;)
            {
                var theme = streams.All[i];
                if (theme.IsLocality) throw new ArgumentException("The series must be a theme followed by its localities.", nameof(streams));
                var localities = streams.All.Skip(i + 1).TakeWhile(s => s.IsLocality)
                    .Select(s => s with { Phase = theme.Phase, Drift = theme.Drift }).ToList();
                var themeIndex = all.Count;
                var partIndexes = Enumerable.Range(themeIndex + 1, localities.Count).ToList();
                var counts = localities.Select(l => Enumerable.Range(0, total).Select(w => Sampling.OverDispersed(random, SyntheticStreams.MeanAt(l, w), l.Dispersion)).ToArray()).ToList();

                for (var j = 0; j < localities.Count; j++)
                {
                    if (random.NextDouble() >= 0.5) continue;
                    var (start, length, size) = Place(random, warmUp, weeks);
                    var first = Add(counts[j], localities[j], start, length, size.Factor);
                    bursts.Add(new Burst(start, length, size.Name, first, [themeIndex, partIndexes[j]]));
                }
                if (random.NextDouble() < 0.5)
                {
                    var (start, length, size) = Place(random, warmUp, weeks);
                    var first = localities.Select((l, j) => Add(counts[j], l, start, length, size.Factor)).Sum();
                    bursts.Add(new Burst(start, length, size.Name, first, [themeIndex, .. partIndexes]));
                }

                var sum = Enumerable.Range(0, total).Select(w => counts.Sum(c => c[w])).ToArray();
                all.Add(new Stream(sum, -1, 0, "", 0) { Council = r, Truth = theme, Parts = partIndexes });
                for (var j = 0; j < localities.Count; j++)
                    all.Add(new Stream(counts[j], -1, 0, "", 0) { Council = r, Truth = localities[j], Theme = themeIndex });
                i += 1 + localities.Count;
            }
        }
        return new Generated(all, bursts);

        static (int Start, int Weeks, (string Name, double Factor) Size) Place(Random random, int warmUp, int weeks)
        {
            var size = Sizes[random.Next(Sizes.Length)];
            var length = 1 + random.Next(3);
            return (warmUp + random.Next(weeks - length + 1), length, size);
        }

        // The burst's extra items in each of its weeks; returns those of its first week.
        static int Add(int[] counts, SyntheticStreams.Series s, int start, int length, double factor)
        {
            var first = 0;
            for (var w = start; w < start + length; w++)
            {
                var extra = (int)Math.Round(factor * SyntheticStreams.MeanAt(s, w));
                if (w == start) first = extra;
                counts[w] += extra;
            }
            return first;
        }
    }

    /// <summary>
    /// The production detector run week by week from <paramref name="firstWeek"/>, as it runs live: each stream's flagged
    /// weeks, with their judgements. With <see cref="EmergingOptions.PoolDispersion"/>, each week's dispersions are pooled over one council's
    /// streams (a replicate), as the hub pools the series it judges that week. With <see cref="EmergingOptions.Hierarchy"/>,
    /// a locality's stream in a hierarchy is judged as its share of its theme's (<see cref="Detector.JudgeShare"/>).
    /// </summary>
    public static IReadOnlyList<Dictionary<int, Judgement>> JudgeAll(IReadOnlyList<Stream> streams, EmergingOptions options, int firstWeek)
    {
        var detector = new Detector(options);
        var flagged = streams.Select(_ => new Dictionary<int, Judgement>()).ToList();
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
                    var judgement = options.Hierarchy && s.Theme >= 0
                        ? detector.JudgeShare(s.Counts[(w - options.BaselineWeeks)..w], streams[s.Theme].Counts[(w - options.BaselineWeeks)..w], s.Counts[w], pool)
                        : detector.Judge(s.Counts[(w - options.BaselineWeeks)..w], s.Counts[w], pool);
                    if (judgement.Flagged) flagged[k][w] = judgement;
                }
            }
        }
        return flagged;
    }

    /// <summary>Scores flags on independent series, each stream with its own burst: see <see cref="Score(Generated, int, int, Func{int, int, bool})"/>.</summary>
    public static EvaluationFigures Score(IReadOnlyList<Stream> streams, int firstWeek, int minimumCount, Func<int, int, bool> flaggedAt) =>
        Score(Generated.Of(streams), firstWeek, minimumCount, flaggedAt);

    /// <summary>
    /// Scores any method's flags on the streams from <paramref name="firstWeek"/>. A burst is detected in a week when any
    /// stream it shows in is flagged that week; a flag in a week no burst of its stream covers is a false alarm, counted
    /// per series-week. A flag on fewer than <paramref name="minimumCount"/> items is not counted for any method (the
    /// digest never shows one), so all methods play by the same rule. Issues per burst: the weeks of the burst flagged
    /// in any of its streams, as the digest groups one burst's flags in one week (a locality and its theme) into one
    /// issue; flags per burst: every stream's flags in its weeks, ungrouped.
    /// </summary>
    public static EvaluationFigures Score(Generated generated, int firstWeek, int minimumCount, Func<int, int, bool> flaggedAt)
    {
        var streams = generated.Streams;
        var covered = streams.Select(_ => new HashSet<int>()).ToList();
        foreach (var b in generated.Bursts)
        foreach (var k in b.Streams)
            for (var w = b.Start; w < b.Start + b.Weeks; w++) covered[k].Add(w);
        bool Flag(int k, int w) => w < streams[k].Counts.Length && streams[k].Counts[w] >= minimumCount && flaggedAt(k, w);

        int flags = 0, falseAlarms = 0, quietWeeks = 0, seriesWeeks = 0;
        for (var k = 0; k < streams.Count; k++)
        for (var w = firstWeek; w < streams[k].Counts.Length; w++)
        {
            var inBurst = covered[k].Contains(w);
            seriesWeeks++;
            if (!inBurst) quietWeeks++;
            if (!Flag(k, w)) continue;
            flags++;
            if (!inBurst) falseAlarms++;
        }

        var outcomes = new List<BurstOutcome>();
        foreach (var b in generated.Bursts)
        {
            var weeks = Enumerable.Range(b.Start, b.Weeks).Where(w => b.Streams.Any(k => Flag(k, w))).ToList();
            outcomes.Add(new BurstOutcome(b.Size, b.FirstExtra, b.Weeks, weeks.Count == 0 ? null : weeks[0] - b.Start)
            {
                Flags = weeks.Count,
                UngroupedFlags = Enumerable.Range(b.Start, b.Weeks).Sum(w => b.Streams.Count(k => Flag(k, w))),
            });
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
            FlagsPerBurst = detected.Count == 0 ? 0 : detected.Average(o => o.UngroupedFlags),
            BySize = bySize,
            Series = streams.Count,
            SeriesWeeks = seriesWeeks,
            Bursts = outcomes.Count,
            Flags = flags,
            FalseAlarms = falseAlarms,
        };
    }

    /// <summary>
    /// Issues per detected burst in a hierarchy as the digest shows them: each week, the flags of the streams a burst
    /// shows in go through the digest's own grouping (<see cref="IssueGrouping"/>, on item overlap: a locality's items
    /// are a subset of its theme's, localities share none), so a locality and its theme are one issue when the
    /// locality's items are most of the theme's excess, and a burst across a theme may show as several. Returns the
    /// mean over detected bursts: all, those in one locality, those across a theme.
    /// </summary>
    public static (double All, double InOneLocality, double AcrossATheme) DigestIssuesPerBurst(Generated generated, int minimumCount,
        IReadOnlyList<IReadOnlyDictionary<int, Judgement>> flagged)
    {
        var streams = generated.Streams;
        var issues = new List<(bool Local, int Issues)>();
        foreach (var b in generated.Bursts)
        {
            var total = 0;
            for (var w = b.Start; w < b.Start + b.Weeks; w++)
            {
                var week = w;
                var flags = b.Streams.Where(k => streams[k].Counts[week] >= minimumCount && flagged[k].ContainsKey(week))
                    .Select(k => new IssueGrouping.Flag(Issue(k, flagged[k][week]), Items(k, week))).ToList();
                if (flags.Count > 0) total += IssueGrouping.Group(flags).Count;
            }
            if (total > 0) issues.Add((b.Streams.Count == 2, total));
        }
        return (Mean(issues), Mean(issues.Where(i => i.Local)), Mean(issues.Where(i => !i.Local)));

        static double Mean(IEnumerable<(bool, int Issues)> of) => of.Select(i => (double)i.Issues).DefaultIfEmpty(0).Average();

        DetectedIssue Issue(int k, Judgement judgement)
        {
            var theme = streams[k].Theme < 0 ? k : streams[k].Theme;
            var key = streams[k].Theme < 0 ? new SeriesKey(SeriesKinds.Theme, ThemeId: theme) : new SeriesKey(SeriesKinds.ThemeLocality, ThemeId: theme, LocalityId: k);
            return new DetectedIssue { FlagId = key.Id, Key = key, Judgement = judgement, Sentence = key.Id, Weeks = [] };
        }

        // A theme's items this week are numbered 0, 1, …, its localities' in turn; a locality's are its run of them.
        IReadOnlyCollection<long> Items(int k, int week)
        {
            long start = 0;
            foreach (var part in streams[k].Theme < 0 ? [] : streams[streams[k].Theme].Parts)
            {
                if (part == k) break;
                start += streams[part].Counts[week];
            }
            var count = streams[k].Counts[week];
            return [.. Enumerable.Range(0, count).Select(i => start + i)];
        }
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
