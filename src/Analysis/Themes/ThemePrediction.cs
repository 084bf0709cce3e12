namespace VoiceHub.Analysis.Themes;

/// <summary>
/// What a model says about one text: its themes, each with a confidence (0.5 at the theme's own threshold, above it
/// when assigned), how unsure the model was (the smallest distance of any theme's score from its threshold: small
/// means a staff review would help most), and its sentiment (1 very positive … 5 very negative) when the model has one.
/// </summary>
public sealed record ThemePrediction(IReadOnlyList<ThemeScore> Themes, float Margin, int? Sentiment)
{
    /// <summary>True when the text's sentence embedding was read as well as its words (the model's meaning head).</summary>
    public bool UsedMeaning { get; init; }
}

public sealed record ThemeScore(string Theme, float Confidence);
