using Hangfire;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Reporting;

namespace VoiceHub.Web.Digests;

/// <summary>
/// Monday 07:00 (Europe/London): builds the digest of the ISO week just ended, once. Every node registers the schedule,
/// but Hangfire runs a recurring job on one worker; <see cref="DisableConcurrentExecutionAttribute"/> and the store's
/// per-week lock and "only if none" rule make a retry or a second run build nothing more. Then emails it.
/// </summary>
public sealed class WeeklyDigestJob(DigestBuilder builder, DigestSavedSearches saved, TimeProvider clock, IBackgroundJobClient jobs, ILogger<WeeklyDigestJob> log)
{
    public const string Id = "digest-weekly";

    [Queue("digest")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken ct)
    {
        var week = IsoWeek.PreviousOf(clock.GetUtcNow());
        var (digest, created) = await builder.BuildAsync(week, "Monday schedule", onlyIfNone: true, c => saved.CountAsync(week, c), ct);
        if (!created) log.LogInformation("Digest {Week} already built (version {Version}); not built again", week, digest.Version);
        // Emailed either way: a retry after a crash between building and enqueueing, or a digest staff built early, still
        // reaches subscribers, and the email job sends each subscriber a digest once.
        jobs.Enqueue<DigestEmailJob>(j => j.RunAsync(digest.Id, CancellationToken.None));
    }
}
