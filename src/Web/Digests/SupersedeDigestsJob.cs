using Hangfire;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Reporting;

namespace VoiceHub.Web.Digests;

/// <summary>
/// Hourly: a digest of the last <see cref="Weeks"/> weeks that has since learnt of late feedback or a re-classification
/// gets a new version saying what changed (<see cref="DigestBuilder.SupersedeIfChangedAsync"/>), emailed to subscribers
/// like the first. Older weeks are left as built: a change that late is history, not news.
/// </summary>
public sealed class SupersedeDigestsJob(DigestBuilder builder, DigestSavedSearches saved, TimeProvider clock, IBackgroundJobClient jobs)
{
    public const string Id = "digest-supersede";
    public const int Weeks = 4;

    [Queue("digest")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken ct)
    {
        var last = IsoWeek.PreviousOf(clock.GetUtcNow());
        for (var k = 0; k < Weeks; k++)
        {
            var week = last.AddWeeks(-k);
            if (await builder.SupersedeIfChangedAsync(week, c => saved.CountAsync(week, c), ct) is { } record)
                jobs.Enqueue<DigestEmailJob>(j => j.RunAsync(record.Id, CancellationToken.None));
        }
    }
}
