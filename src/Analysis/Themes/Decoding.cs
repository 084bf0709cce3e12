namespace VoiceHub.Analysis.Themes;

/// <summary>
/// Turns per-theme scores into a theme set: every theme at or above its threshold; if none, the best theme (highest
/// score relative to its threshold) when it is at least <c>floor</c> from its threshold; otherwise "Not assigned".
/// "Not assigned" never stands beside another theme.
/// </summary>
/// <example>
/// Thresholds (A 0, B 1), floor −0.5: scores (A 0.2, B 3) → {A, B}; scores (A −0.3, B 0) → {A} (best margin −0.3 ≥ −0.5);
/// scores (A −2, B −1) → {Not assigned}.
/// </example>
public static class Decoding
{
    public const string NotAssigned = "Not assigned";

    public static List<int> Decode(ReadOnlySpan<float> scores, IReadOnlyList<float?> thresholds, float floor, int notAssignedIndex)
    {
        var chosen = new List<int>();
        var best = -1;
        var bestMargin = float.NegativeInfinity;
        for (var i = 0; i < scores.Length; i++)
        {
            if (thresholds[i] is not { } t) continue;
            var margin = scores[i] - t;
            if (margin >= 0) chosen.Add(i);
            if (margin > bestMargin)
            {
                bestMargin = margin;
                best = i;
            }
        }
        if (chosen.Count > 1 && notAssignedIndex >= 0) chosen.Remove(notAssignedIndex);
        if (chosen.Count == 0 && best >= 0 && bestMargin >= floor) chosen.Add(best);
        return chosen;
    }

    /// <summary>The model's confidence in a theme: the logistic of its score's distance from its threshold (0.5 at the threshold).</summary>
    public static float Confidence(float score, float threshold) => 1f / (1f + MathF.Exp(-(score - threshold)));
}
