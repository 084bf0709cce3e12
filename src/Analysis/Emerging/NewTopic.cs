using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// A group of the week's comments, found by meaning, that grew against the baseline and that no flagged theme explains:
/// <see cref="Count"/> comments this week near its centre where the baseline's rate predicts <see cref="Expected"/>.
/// </summary>
/// <param name="Key">The id of its most central comment: the topic's stable name within its week.</param>
/// <param name="Quotes">Representative comments, closest to the centre first, none a near-duplicate of another.</param>
public sealed record NewTopic(long Key, string Label, int Count, double Expected, double PValue,
    IReadOnlyList<(string Name, int Count)> Localities, IReadOnlyList<long> ItemIds, IReadOnlyList<QuoteCandidate> Quotes);
