namespace VoiceHub.Analysis.Themes;

/// <summary>
/// One theme learned from a few examples (<see cref="FewShotThemes"/>): its prototype in embedding space (the mean of
/// its examples' embeddings, plus its description's), the cosine an item must reach, and the scale that turns the
/// distance from that cosine into a score on the model's scale.
/// </summary>
/// <param name="Label">The theme's name.</param>
/// <param name="Index">The theme's position in the model's labels.</param>
/// <param name="Prototype">L2-normalised.</param>
/// <param name="Threshold">The cosine at or above which an item is the theme.</param>
/// <param name="Scale">1 / the spread of the training rows' cosines, so a margin counts in spreads.</param>
/// <param name="Examples">How many examples it learned from.</param>
public sealed record FewShotScorer(string Label, int Index, float[] Prototype, float Threshold, float Scale, int Examples)
{
    /// <summary>The words' weights (<see cref="FewShotWords"/>), or null: scored by meaning alone (as every format-3 model).</summary>
    public IReadOnlyDictionary<string, float>? Words { get; init; }

    /// <summary>The unlabelled rows' mean words' score, subtracted before <see cref="WordsScale"/>.</summary>
    public float WordsCentre { get; init; }

    /// <summary>The words' weight over the spread of the unlabelled rows' words' scores.</summary>
    public float WordsScale { get; init; }

    /// <summary>The item's margin over the theme's threshold, in spreads: ≥ 0 means the item is the theme.</summary>
    public float Margin(float[] embedding, HashSet<string>? terms = null) =>
        Scale * (FewShotThemes.Cosine(Prototype, embedding) - Threshold)
        + (Words is { } w && terms is not null ? WordsScale * (FewShotWords.Score(w, terms) - WordsCentre) : 0);
}
