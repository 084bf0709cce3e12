using Hangfire;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Reporting;

namespace VoiceHub.Web.Digests;

/// <summary>
/// Monday 07:00 (Europe/London): builds the digest of the ISO week just ended, once. Every node registers the schedule,
/// but Hangfire runs a recurring job on one worker; <see cref="DisableConcurrentExecutionAttribute"/> and the store's
/// per-week lock and "only if none" rule make a retry or a second run build nothing more. Then emails it.
/// While the week's feedback is still being read, classified or embedded it waits, checking again every
/// <see cref="Recheck"/> up to <see cref="Checks"/> times (an hour), then builds anyway and the digest says what was pending.
/// </summary>
public sealed class WeeklyDigestJob(DigestBuilder builder, DigestSavedSearches saved, TimeProvider clock, IBackgroundJobClient jobs, ILogger<WeeklyDigestJob> log)
{
    public const string Id = "digest-weekly";
    public static readonly TimeSpan Recheck = TimeSpan.FromMinutes(5);
    public const int Checks = 12;

    [Queue("digest")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(CancellationToken ct) => RunAsync(IsoWeek.PreviousOf(clock.GetUtcNow()).ToString(), 1, ct);

    /// <param name="check">Which check this is (1 on Monday at 07:00).</param>
    [Queue("digest")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(string week, int check, CancellationToken ct)
    {
        var w = IsoWeek.Parse(week);
        if (check < Checks && await builder.ReadinessAsync(w, ct) is { Complete: false } pending)
        {
            log.LogInformation("Digest {Week} waits (check {Check} of {Checks}): {Documents} uploads being read, {Classify} items to classify, {Embed} to embed",
                w, check, Checks, pending.DocumentsIngesting, pending.NotClassified, pending.NotEmbedded);
            jobs.Schedule<WeeklyDigestJob>(j => j.RunAsync(week, check + 1, CancellationToken.None), Recheck);
            return;
        }
        var (digest, created) = await builder.BuildAsync(w, "Monday schedule", onlyIfNone: true, c => saved.CountAsync(w, c), ct);
        if (!created) log.LogInformation("Digest {Week} already built (version {Version}); not built again", w, digest.Version);
        // Emailed either way: a retry after a crash between building and enqueueing, or a digest staff built early, still
        // reaches subscribers, and the email job sends each subscriber a digest once.
        jobs.Enqueue<DigestEmailJob>(j => j.RunAsync(digest.Id, CancellationToken.None));
    }
}
