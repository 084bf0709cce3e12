using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Jobs;

/// <summary>
/// Every minute: classifies items the active model has not classified yet (new items after an ingest, items a lost
/// batch job missed). With no model at all, it asks for the first one to be trained from the seed data, so a new hub
/// classifies its feedback without anyone asking; an active model this build cannot read is replaced the same way. One run at a time across nodes.
/// </summary>
public sealed class ClassifyPendingJob(
    ItemClassifier classifier,
    ThemeModelStore models,
    IBackgroundJobClient jobs,
    IOptions<ThemesOptions> options,
    ILogger<ClassifyPendingJob> log)
{
    /// <summary>At most this many batches per run, so one run never holds the lock for long.</summary>
    public const int MaxBatches = 25;

    [Queue("analysis")]
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    [AutomaticRetry(Attempts = 0, LogEvents = false, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (await models.ActiveAsync(ct) is null)
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
}
