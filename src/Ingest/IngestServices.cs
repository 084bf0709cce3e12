using Microsoft.Extensions.DependencyInjection;
using VoiceHub.Ingest.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoiceHub.Ingest.Sandbox;

namespace VoiceHub.Ingest;

public static class IngestServices
{
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddOptions<IngestLimits>().BindConfiguration(IngestLimits.Section)
            .Validate(l => l.Problem() is null, "VoiceHub:Ingest limits are out of range: see IngestLimits.Problem").ValidateOnStart();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);
        // Untrusted files are parsed by this program started again as a bounded child process (see ParseSandbox).
        services.TryAddSingleton(_ => ParseSandboxOptions.ThisHost());
        services.AddSingleton<ParseSandbox>();
        services.AddTransient<IngestDocumentJob>();
        services.AddTransient<FeedbackSubmission>();
        services.AddTransient<InboxJob>();
        services.AddTransient<RedactAgainJob>();
        return services;
    }
}
