using Hangfire;
using Microsoft.Extensions.Logging;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Jobs;

/// <summary>
/// Trains a model in the background (first start, weekly, or at a staff member's request); when it is made active,
/// re-classifies every item. One training runs at a time across all nodes and commands (<see cref="ModelTraining"/>
/// takes a PostgreSQL advisory lock, which a crashed node releases at once, where Hangfire's lock row would have to time
/// out); a failed training is recorded on the Model page and not retried, since the same data would fail again.
/// </summary>
public sealed class TrainThemeModelJob(ModelTraining training, ThemeModelStore models, IBackgroundJobClient jobs, ILogger<TrainThemeModelJob> log)
{
    [Queue("analysis")]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string reason, long? requestedBy, CancellationToken ct)
    {
        if (reason == TrainingReasons.FirstStart && await models.AnyUsableOrTrainingAsync(ct))
        {
            log.LogInformation("First model not needed: one exists or is training");
            return;
        }
        var outcome = await training.TrainAsync(reason, requestedBy, null, force: false, ct);
        if (outcome.Activated) jobs.Enqueue<ReclassifyAllJob>(j => j.RunAsync(outcome.Run.Version, CancellationToken.None));
    }
}
