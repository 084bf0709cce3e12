using Hangfire;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Jobs;

/// <summary>Classifies one id range with a model, if it is still the active one. Safe to retry: done items are skipped.</summary>
public sealed class ClassifyRangeJob(ItemClassifier classifier)
{
    [Queue("analysis")]
    [AutomaticRetry(Attempts = 3)]
    public Task<int> RunAsync(string version, long from, long to, CancellationToken ct) => classifier.ClassifyRangeAsync(version, from, to, ct);
}
