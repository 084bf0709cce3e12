namespace VoiceHub.Analysis.Training;

/// <summary>What learns each theme's score from the sentence embedding (<see cref="Themes.MeaningManifest"/>).</summary>
public enum MeaningHeadKind
{
    /// <summary>One L-BFGS logistic model per theme, its classes balanced.</summary>
    Linear,

    /// <summary>One small network (<see cref="Mlp"/>) for every theme at once: the hidden layer is shared.</summary>
    Network,
}
