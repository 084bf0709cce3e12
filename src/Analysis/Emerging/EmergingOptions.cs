namespace VoiceHub.Analysis.Emerging;

/// <summary>Emerging-issue detection (section <c>VoiceHub:Emerging</c>). The defaults are what <c>voicehub emerging evaluate</c> was tuned with.</summary>
public sealed class EmergingOptions
{
    public const string Section = "VoiceHub:Emerging";

    /// <summary>How many weeks before the week judged make its baseline.</summary>
    public int BaselineWeeks { get; set; } = 26;

    /// <summary>A series with fewer weeks of history than this (new data, a new locality) is not judged yet.</summary>
    public int MinimumBaselineWeeks { get; set; } = 12;

    /// <summary>A week is flagged only with at least this many items, however unusual.</summary>
    public int MinimumCount { get; set; } = 5;

    /// <summary>One-sided false-alarm probability of the upper bound for one series and week.</summary>
    public double Alpha { get; set; } = 0.005;

    /// <summary>A baseline week whose standardised residual exceeds this is down-weighted (Noufaily et al., 2013), so a past burst does not raise the baseline.</summary>
    public double OutlierResidual { get; set; } = 2.58;

    /// <summary>How the upper bound is drawn from the fitted mean and variance: the 2/3-power transform (the default) or a negative-binomial quantile.</summary>
    public EmergingBound Bound { get; set; } = EmergingBound.PowerTransform;

    /// <summary>
    /// 0 (the default): the model is fitted to every baseline week. Above 0, and once the baseline holds more than a
    /// year and this many weeks: only to the weeks within this many of the same week a year back (Farrington's windows,
    /// w), so the seasons are compared like with like. Needs <see cref="BaselineWeeks"/> of at least 52 + w.
    /// </summary>
    public int YearBackWindow { get; set; }

    /// <summary>
    /// Off (the default): each series' over-dispersion is estimated from its own baseline alone. On: each estimate is
    /// shrunk toward the pool of every series judged the same week (<see cref="BaselinePool"/>).
    /// </summary>
    public bool PoolDispersion { get; set; }

    /// <summary>
    /// Off (the default): a series' trend is fitted when significant (|z| &gt; 1.96) and not beyond its baseline's
    /// largest week, as Farrington does. On: every series' trend is fitted and shrunk toward none by the spread of the
    /// trends of every series judged the same week (<see cref="BaselinePool"/>).
    /// </summary>
    public bool PoolTrend { get; set; }

    /// <summary>
    /// Off (the default): a theme's series in one locality is judged on its own baseline. On: as its share of the
    /// theme's series (<see cref="Detector.JudgeShare"/>): the theme's expected count, fitted on every locality's items,
    /// times the locality's share of the theme over the baseline weeks.
    /// </summary>
    public bool Hierarchy { get; set; }

    /// <summary>New phrases: the weeks of feedback before the week that make the background.</summary>
    public int PhraseBackgroundWeeks { get; set; } = 26;

    /// <summary>New phrases: found in at least this many items this week, from at least two documents.</summary>
    public int PhraseMinimumItems { get; set; } = 5;

    /// <summary>New phrases: at least this many times as common this week as in the background.</summary>
    public double PhraseMinimumRatio { get; set; } = 3;

    /// <summary>New phrases: log-likelihood ratio at least this (15.1 is p &lt; 0.0001 on one degree of freedom).</summary>
    public double PhraseMinimumScore { get; set; } = 15.13;

    /// <summary>New phrases: the background must hold at least this many items, or phrases are not judged.</summary>
    public int PhraseMinimumBackground { get; set; } = 200;

    public int MaxPhrases { get; set; } = 10;

    /// <summary>A copy with another <see cref="Alpha"/>, every other setting kept: for sweeping the false-alarm rate.</summary>
    public EmergingOptions WithAlpha(double alpha)
    {
        var copy = (EmergingOptions)MemberwiseClone();
        copy.Alpha = alpha;
        return copy;
    }
}
