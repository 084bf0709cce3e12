namespace VoiceHub.Analysis.Training;

/// <summary>How to train: which trainers to compare, the validation share, the seed and how many threads.</summary>
public sealed record TrainingOptions
{
    /// <summary>
    /// The default comparison: the linear SVM (best on the seed data's validation folds) and the averaged perceptron,
    /// both fast. L-BFGS and SDCA did no better and took longer (see bench/README.md); they are left to ask for.
    /// </summary>
    public static readonly IReadOnlyList<TrainerKind> DefaultTrainers = [TrainerKind.LinearSvm, TrainerKind.AveragedPerceptron];

    public IReadOnlyList<TrainerKind> Trainers { get; init; } = DefaultTrainers;

    /// <summary>
    /// Thresholds, the floor and the trainer are chosen on out-of-fold scores of the training rows, split into this many
    /// folds (validation splits of the training data, never the test set).
    /// </summary>
    public int Folds { get; init; } = 5;

    public int Seed { get; init; } = 1;

    public int Threads { get; init; } = Environment.ProcessorCount;

    public bool Sentiment { get; init; } = true;

    /// <summary>
    /// Whether the sentiment models that read meaning weight each row by its three-class group
    /// (<see cref="Sentiment.SentimentModel.ClassWeights"/>); false: every row weighs the same (for measuring).
    /// </summary>
    public bool SentimentClassWeights { get; init; } = true;

    /// <summary>
    /// The embedder's model id when every row carries its embedding: the model then also learns a meaning head
    /// (<see cref="Themes.MeaningManifest"/>). Null: words alone.
    /// </summary>
    public string? EmbeddingModel { get; init; }

    /// <summary>Each theme's description embedded ("name. description"), for themes learned from few examples.</summary>
    public IReadOnlyDictionary<string, float[]>? ThemeDescriptions { get; init; }

    /// <summary>
    /// Themes whose other rows were never judged for them: taught by staff examples while the rest of the rows came from
    /// elsewhere, so some unlabelled rows are about them. The few-shot gate (<see cref="FewShotGate"/>) never judges these,
    /// as it would count those rows as the route's mistakes. Null: every theme's rows are fully labelled.
    /// </summary>
    public IReadOnlySet<string>? PartlyLabelled { get; init; }

    /// <summary>
    /// The rows whose out-of-fold predictions make the result's figures when no rows are held out (the hub's seed rows,
    /// so staff corrections teach the model but are not its exam). Null: every training row.
    /// </summary>
    public IReadOnlySet<string>? ExamRows { get; init; }

    /// <summary>
    /// Per theme, the ids of the rows staff confirmed from its "might be this theme" list. They are the rows the theme
    /// already ranked first, so in the few-shot route they shape the prototype but do not set the threshold while at
    /// least two other examples can (bench/README.md, few-shot round 9). Null: every example sets it.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>>? FromSuggestions { get; init; }

    /// <summary>How themes with few examples are learned when the rows carry embeddings (<see cref="Themes.FewShotThemes"/>).</summary>
    public Themes.FewShotSettings FewShot { get; init; } = Themes.FewShotSettings.Default;

    /// <summary>
    /// What learns the meaning head: the network, whose out-of-fold figures on the seed data's 70% split were 0.715 micro
    /// and 0.615 macro F1 against the linear head's 0.701 and 0.602 (bench/README.md, "Words and meaning together").
    /// </summary>
    public MeaningHeadKind MeaningHead { get; init; } = MeaningHeadKind.Network;

    /// <summary>
    /// Whether the models read the kind of question each row answers (<see cref="Themes.QuestionKinds"/>): a one-hot block
    /// after the words' features and, for the networks, after the embedding. False: the text alone, as before.
    /// </summary>
    public bool QuestionKinds { get; init; } = true;

    /// <summary>
    /// For the sentiment models: the value of the kind's one-hot block beside the words' features (L2-normalised to 1),
    /// and the factor on the words crossed with the kind. 4 was chosen on the validation split of the seed data's training
    /// rows from 1, 2, 4 and 8: three-class accuracy 0.786 / 0.802 / 0.823 / 0.805 (bench/README.md, "The question each
    /// answer replies to").
    /// </summary>
    public float SentimentQuestionWeight { get; init; } = 4;

    /// <summary>
    /// The same for the themes' words model; 0: the themes' words do not read the question. Chosen out-of-fold on the seed
    /// data's 70% split: the words' model scored micro / macro F1 0.683 / 0.565 without the kind, 0.673 / 0.508 at 1 and
    /// 0.587 / 0.422 at 4 (bench/README.md, "The question each answer replies to").
    /// </summary>
    public float QuestionWeight { get; init; }

    /// <summary>
    /// Whether the theme network reads the kind beside the embedding. Off: words and meaning scored 0.714 / 0.606 out of
    /// fold with it against 0.715 / 0.615 without (bench/README.md). The sentiment network always reads it.
    /// </summary>
    public bool QuestionInThemeNetwork { get; init; }

    /// <summary>Whether the word n-grams are also crossed with the question's kind (<see cref="Themes.QuestionKinds.Append"/>); chosen on validation (bench/README.md).</summary>
    public bool QuestionCrosses { get; init; } = true;
}
