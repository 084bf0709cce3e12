namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// What the detector made of one series' week: the count its baseline predicts, the upper bound, and the exceedance
/// score <c>(count − expected) / (upper bound − expected)</c>, above 1 when the count is over the bound.
/// </summary>
public sealed record Judgement(int Count, double Expected, double UpperBound, double Score, bool Flagged, double Dispersion, bool Trend, int BaselineWeeks);
