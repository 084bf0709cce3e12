namespace VoiceHub.Analysis.Themes;

/// <summary>
/// The themes of a stored model that had fewer than <see cref="Below"/> examples and are scored by meaning (and, from
/// format 4, the words of their examples) rather than by the words-and-meaning model (<see cref="FewShotThemes"/>). An item with its embedding gets, for each such theme, its threshold plus the
/// few-shot margin in place of the words-and-meaning score; an item without one is scored by the words alone, as
/// before.
/// </summary>
/// <example>
/// A theme with threshold 0.4 in the meaning head, prototype cosine threshold 0.62 and scale 12.5: an item at cosine
/// 0.70 scores 0.4 + 12.5 × 0.08 = 1.4 (margin 1.0, taken); one at 0.58 scores −0.1 (margin −0.5, not taken).
/// </example>
public sealed record FewShotManifest
{
    public required int Below { get; init; }
    public required IReadOnlyList<FewShotScorer> Themes { get; init; }

    /// <summary>The training rows' mean embedding, subtracted from an item's before scoring; null: not centred.</summary>
    public float[]? Centre { get; init; }

    /// <summary>
    /// The whitening (<see cref="FewShotThemes.Whitening"/>) applied after centring, rows of a lower-triangular matrix
    /// (row i of length i + 1; format 3 stored full rows); null: none.
    /// </summary>
    public float[][]? Whitening { get; init; }

    /// <summary>The embedding as the scorers read it: centred, then whitened when the manifest says so.</summary>
    public float[] Transform(float[] embedding)
    {
        if (Centre is not { } c || c.Length != embedding.Length) return embedding;
        return Whitening is { } w ? FewShotThemes.Whitened(embedding, c, w) : FewShotThemes.Subtract(embedding, c);
    }

    /// <summary>
    /// Puts each few-shot theme's score into <paramref name="row"/> (label order), against <paramref name="thresholds"/>;
    /// the item's <paramref name="text"/> for the themes that also score words.
    /// </summary>
    public void Apply(float[] embedding, float[] row, IReadOnlyList<float?> thresholds, string? text = null)
    {
        embedding = Transform(embedding);
        var terms = text is not null && Themes.Any(t => t.Words is not null) ? FewShotWords.Terms(text) : null;
        foreach (var theme in Themes)
        {
            if (theme.Index >= row.Length || theme.Prototype.Length != embedding.Length) continue;
            row[theme.Index] = (thresholds[theme.Index] ?? 0) + theme.Margin(embedding, terms);
        }
    }
}
