using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Jobs;

/// <summary>
/// After a model is made active: splits all items into id ranges of one batch each and enqueues one job per range, so
/// the work spreads over every node's workers. Items added meanwhile are picked up by <see cref="ClassifyPendingJob"/>.
/// </summary>
public sealed class ReclassifyAllJob(ClassificationStore classifications, IBackgroundJobClient jobs, IOptions<ThemesOptions> options,
    ILogger<ReclassifyAllJob> log)
{
    [Queue("analysis")]
    public async Task RunAsync(string version, CancellationToken ct)
    {
        var ranges = await classifications.IdRangesAsync(Math.Max(1, options.Value.BatchSize), ct);
        foreach (var (from, to) in ranges)
        {
            jobs.Enqueue<ClassifyRangeJob>(j => j.RunAsync(version, from, to, CancellationToken.None));
        }
        log.LogInformation("Re-classification with model {Version}: {Batches} batch jobs enqueued", version, ranges.Count);
    }
}
