namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>
/// One method's first-week recall, per burst size, against its false alarms per 100 series-weeks, over its settings
/// (VoiceHub's and Farrington's alpha, EARS's alpha), so methods are compared at the same false-alarm rate rather than
/// at whichever of their settings happens to land nearest. Between two settings the recall is interpolated linearly
/// in the false-alarm rate; where several settings give the same rate, the best recall among them counts.
/// </summary>
/// <example>
/// Settings at 0.4 and 0.8 false alarms with first-week recall 0.10 and 0.20 read 0.15 at 0.6. Asked for 0.2, below
/// the method's lowest rate, the curve answers 0.10 marked <see cref="Reach.BelowLowest"/>: the method cannot be that
/// quiet, and 0.10 is at most what it would catch if it could. Asked for 1.0, it answers 0.20 marked
/// <see cref="Reach.AboveHighest"/>: at least that.
/// </example>
public sealed class FalseAlarmCurve
{
    /// <summary>Where the false-alarm rate asked for lies against the method's settings.</summary>
    public enum Reach
    {
        Within,
        BelowLowest,
        AboveHighest,
    }

    public sealed record Reading(double Recall, Reach Reach);

    /// <summary>One setting: its false alarms per 100 series-weeks and its first-week recall by burst size.</summary>
    public sealed record Point(double Setting, double FalseAlarms, IReadOnlyDictionary<string, double> RecallInFirstWeek);

    /// <summary>The settings, fewest false alarms first.</summary>
    public required IReadOnlyList<Point> Points { get; init; }

    public static FalseAlarmCurve From(IEnumerable<(double Setting, EvaluationFigures Figures)> settings) => new()
    {
        Points = settings
            .Select(s => new Point(s.Setting, s.Figures.FalseAlarmsPer100SeriesWeeks,
                s.Figures.BySize.ToDictionary(kv => kv.Key, kv => kv.Value.RecallInFirstWeek)))
            .OrderBy(p => p.FalseAlarms).ThenBy(p => p.Setting)
            .ToList(),
    };

    /// <summary>First-week recall for bursts of <paramref name="size"/> at <paramref name="falseAlarms"/> per 100 series-weeks.</summary>
    public Reading RecallAt(string size, double falseAlarms) =>
        Interpolate(Points.Select(p => (p.FalseAlarms, p.RecallInFirstWeek[size])).ToList(), falseAlarms);

    /// <summary>
    /// Linear interpolation of y at <paramref name="x"/> between the points either side; at a repeated x the largest
    /// y. Outside the points' range, the nearest end's y with where it lies.
    /// </summary>
    public static Reading Interpolate(IReadOnlyList<(double X, double Y)> points, double x)
    {
        if (points.Count == 0) throw new ArgumentException("A curve needs at least one point.", nameof(points));
        var curve = points.GroupBy(p => p.X).Select(g => (X: g.Key, Y: g.Max(p => p.Y))).OrderBy(p => p.X).ToList();
        if (x < curve[0].X) return new Reading(curve[0].Y, Reach.BelowLowest);
        if (x > curve[^1].X) return new Reading(curve[^1].Y, Reach.AboveHighest);
        for (var i = 0; i < curve.Count; i++)
        {
            if (curve[i].X == x) return new Reading(curve[i].Y, Reach.Within);
            if (curve[i + 1].X > x)
            {
                var (a, b) = (curve[i], curve[i + 1]);
                return new Reading(a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X), Reach.Within);
            }
        }
        throw new InvalidOperationException("Unreachable: x lies within the curve's range.");
    }
}
