namespace VoiceHub.Analysis.Themes;

/// <summary>How a theme learned from a few examples sets its threshold (<see cref="FewShotSettings.Cut"/>).</summary>
public enum FewShotCut
{
    /// <summary><see cref="FewShotSettings.Position"/> of the way from the unlabelled rows' mean to the examples' (and <see cref="FewShotSettings.Spread"/>).</summary>
    Position,

    /// <summary>
    /// The cut of highest expected F1 under a two-normal mixture of the unlabelled rows' scores, the examples anchoring
    /// the theme's component (<see cref="FewShotCuts.Mixture"/>).
    /// </summary>
    Mixture,

    /// <summary>
    /// The cut of highest expected F1 read from the examples' ranks among the unlabelled rows as a recall curve, the
    /// theme's number of rows estimated where that curve is steepest (<see cref="FewShotCuts.Recall"/>).
    /// </summary>
    Recall,

    /// <summary>
    /// Learned across the council's other themes (<see cref="FewShotCutModel"/>): each well-labelled theme simulated
    /// with a few examples teaches what cut was best for what the route could see.
    /// </summary>
    Learned,

    /// <summary>
    /// The cut of highest estimated F1 (<see cref="FewShotCuts.ExpectedF1"/>): recall at each cut read from a normal fitted
    /// to the examples' leave-one-out scores, the theme's number of rows from how many unlabelled rows score above.
    /// </summary>
    ExpectedF1,

    /// <summary>
    /// The median of the position, mixture (<see cref="FewShotSettings.MixtureAnchor"/>), recall
    /// (<see cref="FewShotSettings.RecallFrom"/>) and expected-F1 cuts: each rule errs partly on its own, so their middle
    /// may sit nearer the best cut than any one of them. A rule that finds no cut is left out of the median.
    /// </summary>
    Ensemble,

    /// <summary>
    /// Takes as many rows as the theme is estimated to have among the unlabelled ones (times
    /// <see cref="FewShotSettings.ShareMultiple"/>): its share read, as in positive-unlabelled learning, from how many
    /// rows score above where the examples score (<see cref="FewShotCuts.ThemeRows"/>), on scores the self-training did
    /// not lift.
    /// </summary>
    Share,
}
