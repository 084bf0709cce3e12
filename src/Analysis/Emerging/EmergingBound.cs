namespace VoiceHub.Analysis.Emerging;

/// <summary>How <see cref="Detector"/> turns a baseline's fitted mean and variance into the week's upper bound.</summary>
public enum EmergingBound
{
    /// <summary>Farrington's 2/3-power transform, which makes Poisson-like counts near-normal.</summary>
    PowerTransform,

    /// <summary>The quantile of a negative binomial with the fitted mean and variance (Poisson when not over-dispersed).</summary>
    NegativeBinomial,
}
