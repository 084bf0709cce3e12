namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// A phrase that stands out this week: in <see cref="Count"/> items (from <see cref="Documents"/> documents) where the
/// background rate predicts <see cref="Expected"/>; <see cref="Score"/> is Dunning's log-likelihood ratio G².
/// </summary>
public sealed record PhraseResult(string Phrase, int Count, double Expected, double Score, int Documents);
