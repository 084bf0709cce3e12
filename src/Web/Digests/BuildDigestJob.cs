using Hangfire;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Reporting;

namespace VoiceHub.Web.Digests;

/// <summary>
/// Builds a week's digest when staff ask (a past week, or again as a new version). Not emailed: subscribers get the
/// Monday digest. A retry after the version was stored would add another version, so it is not retried.
/// </summary>
public sealed class BuildDigestJob(DigestBuilder builder, DigestSavedSearches saved)
{
    [Queue("digest")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string week, string requestedBy, CancellationToken ct)
    {
        var w = IsoWeek.Parse(week);
        await builder.BuildAsync(w, requestedBy, onlyIfNone: false, c => saved.CountAsync(w, c), ct);
    }
}
