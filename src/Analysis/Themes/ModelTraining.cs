using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Training;
using Npgsql;
using VoiceHub.Core;
using VoiceHub.Core.Locks;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// Trains the hub's model from the labelled seed data plus staff corrections, stores it with its figures on the fixed
/// validation split (a seeded 20% of the seed data, the same every time), and makes it active when it is not worse
/// than the active model on that split (micro F1, to three decimal places) — or always, when forced. A run that does
/// not promote its model says why, and the Model page shows it. One training at a time across every node and command
/// (a PostgreSQL advisory lock): a second one waits, then usually finds the data unchanged and skips.
/// </summary>
public sealed class ModelTraining(
    NpgsqlDataSource db,
    ThemeModelStore models,
    ClassificationStore classifications,
    ThemeStore themes,
    ActiveModel activeModel,
    ISentenceEmbedder embedder,
    IOptions<ThemesOptions> themesOptions,
    IOptions<VoiceHubOptions> hubOptions,
    ILogger<ModelTraining> log)
{
    /// <summary>The seed for the fixed validation split. Changing it changes what every model is compared on.</summary>
    public const int ValidationSeed = 7;

    public string DefaultDataPath =>
        themesOptions.Value.TrainingData is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(ProjectPaths.SeedsDirectory(hubOptions.Value), "data", "patient-feedback-labelled.csv");

    /// <exception cref="LabelledDataException">The labelled file cannot be read; nothing is stored.</exception>
    public async Task<TrainingOutcome> TrainAsync(string reason, long? requestedBy, string? dataPath, bool force, CancellationToken ct)
    {
        await using var turn = await AdvisoryLock.AcquireAsync(db, AdvisoryLock.ThemeModelTraining, ct);
        // Every training holds the lock for its whole run, so a run still marked training now lost its node.
        await models.FailStaleAsync(TimeSpan.Zero, ct);
        var seedRows = LabelledData.Read(dataPath ?? DefaultDataPath);
        var (seedTrain, validation) = StratifiedSplit.Split(seedRows, themesOptions.Value.ValidationFraction, ValidationSeed);
        // The split is made on the file's own labels (so it is the same rows every time); then its QDC labels are read
        // as the council's themes, which is what the product predicts.
        var mapping = await themes.QdcMappingAsync(ct);
        var themeList = await themes.ListAsync(ct);
        var activeThemes = themeList.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        seedTrain = CouncilLabels.Map(seedTrain, mapping, activeThemes);
        validation = CouncilLabels.Map(validation, mapping, activeThemes);

        // Staff corrections join the training side only, so the validation split stays fixed; a corrected item whose
        // text is also a validation row would let a model see its own exam, so it is left out.
        var validationTexts = validation.Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        var staff = (await classifications.StaffExamplesAsync(ct))
            .Where(e => e.Themes.Length > 0 && !validationTexts.Contains(e.RedactedText))
            .Select(e => new LabelledRow("item-" + e.ItemId.ToString(CultureInfo.InvariantCulture), e.RedactedText, e.Themes, e.Sentiment) { Question = e.Context })
            .ToList();
        var train = seedTrain.Concat(staff).ToList();
        var hash = LabelledData.Hash(train.Concat(validation));

        var active = await models.ActiveAsync(ct);
        var current = active is null ? null : await ReadableAsync(active.Version, ct);
        var run = await models.StartAsync(reason, requestedBy, ct);
        // An active model this build cannot read (an older model format) is replaced even when the data is unchanged, and
        // so is one whose meaning head learned from another embedding model's vectors: it would never use the vectors
        // stored now, and would score every item from its words alone.
        if (!force && active is not null && current is not null && active.TrainingHash == hash
            && (current.Manifest.Meaning is null || current.Manifest.Meaning.EmbeddingModel == embedder.ModelId))
        {
            var why = $"Not trained: the training data has not changed since the active model {active.Version} was trained.";
            await models.CloseAsync(run.Id, "skipped", why, hash, ct);
            log.LogInformation("Training run {Version} skipped: data unchanged", run.Version);
            return new TrainingOutcome((await models.FindAsync(run.Id, ct))!, false, why);
        }

        TrainingResult result;
        try
        {
            // A theme with no row of the seed data is taught by staff examples alone: the seed rows were never judged for it.
            var seedLabels = seedTrain.SelectMany(r => r.Labels).ToHashSet(StringComparer.Ordinal);
            var partly = train.SelectMany(r => r.Labels).Where(l => !seedLabels.Contains(l)).ToHashSet(StringComparer.Ordinal);
            var trainingOptions = new TrainingOptions { Folds = Math.Max(2, themesOptions.Value.Folds), PartlyLabelled = partly };
            var trainers = (themesOptions.Value.Trainers ?? []).Select(c => TrainerKinds.TryParse(c, out var k) ? k : (TrainerKind?)null)
                .OfType<TrainerKind>().ToList();
            if (trainers.Count > 0) trainingOptions = trainingOptions with { Trainers = trainers };
            (train, validation) = await Task.Run(() => Embed(train, validation, ct), ct);
            if (train.All(r => r.Embedding is not null))
            {
                trainingOptions = trainingOptions with { EmbeddingModel = embedder.ModelId, ThemeDescriptions = await Task.Run(() => Describe(themeList, ct), ct) };
            }
            var (trainRows, validationRows) = (train, validation);
            result = await Task.Run(() => ThemeTrainer.Train(trainRows, validationRows, trainingOptions, log, ct), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Training run {Version} failed", run.Version);
            await models.CloseAsync(run.Id, "failed", $"Training failed ({e.GetType().Name}): {e.Message}", hash, CancellationToken.None);
            throw;
        }

        var figures = result.Validation;
        var evaluation = new ModelEvaluation(figures.MicroF1, figures.MacroF1, figures.ExactMatch, figures.PerLabel,
            result.SentimentValidation, result.Trials, staff.Count, result.Seconds);

        string decision;
        var promote = true;
        if (force)
        {
            decision = $"Made active: trained by {reason}.";
        }
        else if (active is null)
        {
            decision = "Made active: there was no active model.";
        }
        else
        {
            // The active model is scored again on today's split, so both are judged on exactly the same rows.
            var currentMicro = current is null ? 0
                : ThemeTrainer.Evaluate(validation, current.Predict(validation)).MicroF1;
            promote = Math.Round(figures.MicroF1, 3) >= Math.Round(currentMicro, 3);
            decision = promote
                ? $"Made active: micro F1 {figures.MicroF1:0.000} on the validation split, not worse than {active.Version}'s {currentMicro:0.000}."
                : $"Not made active: micro F1 {figures.MicroF1:0.000} on the validation split is worse than the active model {active.Version}'s {currentMicro:0.000}. {active.Version} stays active.";
        }

        await models.CompleteAsync(run.Id, result.Model.Manifest.Trainer, hash, result.TrainingRows, result.ValidationRows,
            evaluation.ToJson(), result.Model.ToBytes(), decision, ct);
        if (promote) await models.ActivateAsync(run.Id, null, ct);
        log.LogInformation("Training run {Version}: {Decision}", run.Version, promote ? "made active" : "kept the active model");
        return new TrainingOutcome((await models.FindAsync(run.Id, ct))!, promote, decision);
    }

    /// <summary>
    /// The rows with their sentence embeddings, so the model learns meaning as well as words (about 20 s for the seed
    /// data on two cores). When the embedder cannot run, the rows come back as they were and the model learns from the
    /// words alone; the log says why.
    /// </summary>
    private (List<LabelledRow> Train, IReadOnlyList<LabelledRow> Validation) Embed(List<LabelledRow> train, IReadOnlyList<LabelledRow> validation, CancellationToken ct)
    {
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var vectors = embedder.Embed(train.Concat(validation).Select(r => r.Text).ToList(), ct);
            log.LogInformation("Embedded {Rows} training and validation rows with {Model} in {Seconds:0.0}s",
                vectors.Length, embedder.ModelId, clock.Elapsed.TotalSeconds);
            return (train.Select((r, i) => r with { Embedding = vectors[i] }).ToList(),
                validation.Select((r, i) => r with { Embedding = vectors[train.Count + i] }).ToList());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("The sentence embedder could not run ({Reason}): this model learns from the words alone", e.GetType().Name);
            return (train, validation);
        }
    }

    /// <summary>Each theme's "name. description" embedded, as the "might be this theme" list reads it, for themes learned from few examples.</summary>
    private Dictionary<string, float[]> Describe(IReadOnlyList<Theme> list, CancellationToken ct)
    {
        var vectors = embedder.Embed(list.Select(t => $"{t.Name}. {t.Description}").ToList(), ct);
        return list.Select((t, i) => (t.Name, Vector: vectors[i])).ToDictionary(x => x.Name, x => x.Vector, StringComparer.Ordinal);
    }

    /// <returns>The stored model, or null when it is missing or stored by an older build in a format this one cannot read.</returns>
    private async Task<ThemeModel?> ReadableAsync(string version, CancellationToken ct)
    {
        try
        {
            return await activeModel.GetAsync(version, ct);
        }
        catch (InvalidDataException e)
        {
            log.LogWarning("The active model {Version} cannot be read by this build: {Reason}", version, e.Message);
            return null;
        }
    }
}
