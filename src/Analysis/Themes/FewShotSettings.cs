namespace VoiceHub.Analysis.Themes;

/// <summary>
/// How themes with few examples are learned (<see cref="FewShotThemes"/>). The defaults were chosen on a validation
/// split of the training side of the labelled file (<c>voicehub themes fewshot --explore</c>, bench/README.md).
/// </summary>
public sealed record FewShotSettings
{
    public static readonly FewShotSettings Default = new();

    /// <summary>A theme with fewer examples than this is learned by meaning alone; 0 turns the route off.</summary>
    public int Below { get; init; } = 25;

    /// <summary>Fewer examples than this leave too little to set a threshold from; such a theme keeps the words-and-meaning model.</summary>
    public int MinExamples { get; init; } = 3;

    /// <summary>
    /// Subtract the training rows' mean embedding from every vector first: every comment's embedding shares a large
    /// common direction, which makes all cosines high and alike.
    /// </summary>
    public bool Centre { get; init; } = true;

    /// <summary>
    /// Whiten the centred embeddings (by the training rows' covariance plus this share of its mean variance on the
    /// diagonal), so no common direction dominates the cosine. NaN: centred only.
    /// </summary>
    public float Whiten { get; init; } = 3;

    /// <summary>The description's embedding's weight in the prototype, beside the (unit) mean of the examples.</summary>
    public float DescriptionWeight { get; init; } = 0.5f;

    /// <summary>
    /// Where the threshold sits between the training rows' mean cosine (0) and the examples' mean leave-one-out cosine
    /// (1) to the prototype. NaN: unused.
    /// </summary>
    public float Position { get; init; } = 0.8f;

    /// <summary>How far below the examples' mean leave-one-out cosine the threshold may go, in their standard deviations. NaN: unused. With both rules, the threshold is the higher.</summary>
    public float Spread { get; init; } = float.NaN;

    /// <summary>
    /// How the threshold is set: by <see cref="Position"/> (and <see cref="Spread"/>) from the examples alone, or from
    /// the shape of the unlabelled rows' scores, so that it follows how common the theme is (<see cref="FewShotCuts"/>).
    /// </summary>
    public FewShotCut Cut { get; init; } = FewShotCut.Position;

    /// <summary>
    /// With <see cref="FewShotCut.Learned"/>: the cut model, or null to learn it at training from the themes with at
    /// least <see cref="FewShotCutModel.MinReferenceRows"/> labelled rows (<see cref="FewShotThemes.Fit"/>); the
    /// position rule when there are too few.
    /// </summary>
    public FewShotCutModel? CutModel { get; init; }

    /// <summary>With a <see cref="Cut"/> other than Position: its share in the threshold, the rest from <see cref="Position"/>'s rule.</summary>
    public float CutBlend { get; init; } = 1;

    /// <summary>With <see cref="FewShotCut.Mixture"/>: the examples' weight in the theme's component, as a multiple of their number.</summary>
    public float MixtureAnchor { get; init; } = 1;

    /// <summary>With <see cref="FewShotCut.Recall"/> and <see cref="RecallFrom"/> 0: the theme's number of rows as a multiple of the examples' median rank among the unlabelled rows.</summary>
    public float RankMultiple { get; init; } = 1;

    /// <summary>
    /// With <see cref="FewShotCut.Recall"/>: the theme's number of rows is bounded from this example on (in order of
    /// score, as a share of the examples); 0: it is <see cref="RankMultiple"/> × the examples' median rank instead.
    /// </summary>
    public float RecallFrom { get; init; } = 0.5f;

    /// <summary>With <see cref="FewShotCut.Share"/>: the rows taken as a multiple of the theme's estimated number of rows.</summary>
    public float ShareMultiple { get; init; } = 1;

    /// <summary>Rounds of self-training on the unlabelled rows (<see cref="FewShotThemes.FitOne"/>); 0: none.</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>How many pseudo-examples a round takes, as a multiple of the examples' number.</summary>
    public float PseudoMultiple { get; init; } = 2;

    /// <summary>The pseudo-examples' (unit) weighted mean's weight in the prototype, beside the examples' unit mean.</summary>
    public float PseudoWeight { get; init; } = 1;

    /// <summary>
    /// How far the "might be this theme" list's prototype moves away from the unit mean of the rows staff rejected for
    /// the theme (<see cref="ThemeSuggestions"/>): it ranks by cos(prototype, x) − this × cos(rejections, x). 0: a
    /// rejection only leaves the list. Training does not read rejections (bench/README.md, round 9).
    /// </summary>
    public float RejectionWeight { get; init; } = 0.5f;

    /// <summary>The words' score's weight beside the meaning's, both in spreads of the unlabelled rows' scores; 0: meaning alone.</summary>
    public float WordsWeight { get; init; } = 0.35f;
}
