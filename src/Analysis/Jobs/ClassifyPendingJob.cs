using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Jobs;

/// <summary>
/// Every minute: classifies items the active model has not classified yet (new items after an ingest, items a lost
/// batch job missed). With no model at all, it asks for the first one to be trained from the seed data, so a new hub
/// classifies its feedback without anyone asking; an active model this build cannot read is replaced the same way, and
/// so, once, is one whose meaning head learned from another classification embedding model (after an upgrade or a new
/// tuned patch changes it, the items are embedded again, but that head would never read the new vectors). One run at a
/// time across nodes.
/// </summary>
public sealed class ClassifyPendingJob(
    ItemClassifier classifier,
    ThemeModelStore models,
    ActiveModel activeModel,
    ClassificationEmbedder embedder,
    IBackgroundJobClient jobs,
    IOptions<ThemesOptions> options,
    ILogger<ClassifyPendingJob> log)
{
    /// <summary>Its recurring job's id (the schedule, and a test that runs it now rather than at the next minute).</summary>
    public const string Id = "themes-classify-pending";

    /// <summary>At most this many batches per run, so one run never holds the lock for long.</summary>
    public const int MaxBatches = 25;

    [Queue("analysis")]
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    [AutomaticRetry(Attempts = 0, LogEvents = false, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (await models.ActiveAsync(ct) is not { } active)
        {
            if (options.Value.TrainOnFirstStart && !await models.AnyUsableOrTrainingAsync(ct))
            {
                jobs.Enqueue<TrainThemeModelJob>(j => j.RunAsync(TrainingReasons.FirstStart, null, CancellationToken.None));
                log.LogInformation("No theme model yet: the first one will be trained from the seed data");
            }
            return 0;
        }
        try
        {
            await ReplaceIfEmbeddingModelChangedAsync(active, ct);
            return await classifier.ClassifyPendingAsync(MaxBatches, ct);
        }
        catch (InvalidDataException e)
        {
            // The active model was stored by an older build: train its replacement now rather than wait for the week.
            if (!await models.AnyTrainingAsync(ct))
            {
                jobs.Enqueue<TrainThemeModelJob>(j => j.RunAsync(TrainingReasons.Unreadable, null, CancellationToken.None));
                log.LogWarning("The active theme model cannot be read by this build ({Reason}): a new one will be trained", e.Message);
            }
            return 0;
        }
    }

    /// <summary>
    /// Queues the replacement of an active model whose meaning head learned from vectors of another embedding model than
    /// the hub's, unless a training is running or one was already tried for this reason since that model was made.
    /// </summary>
    private async Task ReplaceIfEmbeddingModelChangedAsync(ThemeModelInfo active, CancellationToken ct)
    {
        if (await activeModel.GetAsync(active.Version, ct) is not { Manifest.Meaning: { } meaning }) return;
        string current;
        try
        {
            current = embedder.ModelId;
        }
        catch (InvalidDataException e)
        {
            // The tuned encoder's patch is missing or made for another package: keep the active model, and say why.
            log.LogWarning("The classification embedder cannot be built, so the active theme model is kept: {Reason}", e.Message);
            return;
        }
        if (meaning.EmbeddingModel == current) return;
        if (await models.AnyTrainingAsync(ct)) return;
        var recent = await models.ListAsync(20, ct);
        if (recent.Any(m => m.Id > active.Id && m.Reason == TrainingReasons.EmbeddingModelChanged)) return;
        jobs.Enqueue<TrainThemeModelJob>(j => j.RunAsync(TrainingReasons.EmbeddingModelChanged, null, CancellationToken.None));
        log.LogInformation("The active theme model {Version} learned from {Old} vectors; the hub now embeds with {New}: a new model will be trained",
            active.Version, meaning.EmbeddingModel, current);
    }
}
