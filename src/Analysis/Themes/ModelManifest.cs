using System.Text.Json.Serialization;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// What a stored model needs besides its ML.NET parts: its labels in scorer order, each label's tuned threshold on the
/// raw score (null when the label had no positive example to learn from: never predicted), the fallback floor, the
/// trainer and the feature vector's size.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>
    /// 5: may read the kind of question an item answers (<see cref="QuestionWeight"/>); 4: carries each theme's number of examples (<see cref="Examples"/>) and few-shot themes may score words too;
    /// 3: may carry few-shot themes (<see cref="FewShot"/>); 2: themes scored from one weight matrix
    /// (<see cref="ThemeWeights"/>), read as having no few-shot theme; 1 had one ML.NET scorer per theme. Formats 2 and
    /// 3 are read with no example counts, formats 2–4 as reading no question.
    /// </summary>
    public const int CurrentFormat = 5;

    /// <summary>The oldest format this build reads.</summary>
    public const int OldestReadable = 2;

    public int Format { get; init; } = CurrentFormat;
    public required string Trainer { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    public required IReadOnlyList<float?> Thresholds { get; init; }

    /// <summary>An item with no theme above its threshold gets its best theme when that theme's score is at least this far from its threshold (negative: below it).</summary>
    public required float Floor { get; init; }
    public required int Dimension { get; init; }
    public bool HasSentiment { get; init; }

    /// <summary>
    /// Whether the model reads the kind of question an item answers: as a block after the featurised words
    /// (<see cref="QuestionKinds.Append"/>) where its weight is above 0, and as network inputs
    /// (<see cref="MeaningManifest.QuestionInput"/>); false for models stored before format 5.
    /// </summary>
    public bool ReadsQuestion { get; init; }

    /// <summary>The value of the question's block in the themes' features (0: the themes' words do not read it).</summary>
    public float QuestionWeight { get; init; }

    /// <summary>The value of the question's block in the sentiment models' features.</summary>
    public float SentimentQuestionWeight { get; init; }

    /// <summary>The size of the sentiment models' word features when it differs from <see cref="Dimension"/> (0: the same).</summary>
    public int SentimentDimension { get; init; }

    [JsonIgnore]
    public int SentimentFeatures => SentimentDimension > 0 ? SentimentDimension : Dimension;

    /// <summary>
    /// How many of the words' first features (the word n-grams) are crossed with the question's kind after the one-hot
    /// block (<see cref="QuestionKinds.Append"/>); 0: none.
    /// </summary>
    public int QuestionCrossedWords { get; init; }

    /// <summary>The meaning head, or null for a model trained without embeddings (it scores from the words alone).</summary>
    public MeaningManifest? Meaning { get; init; }

    /// <summary>Themes learned from few examples and scored by meaning alone, or null (format 3).</summary>
    public FewShotManifest? FewShot { get; init; }

    /// <summary>How many training rows each label learned from, in label order, or null (before format 4).</summary>
    public IReadOnlyList<int>? Examples { get; init; }
}
