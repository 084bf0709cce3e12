using Microsoft.Extensions.DependencyInjection;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest;

public static class IngestServices
{
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddOptions<IngestLimits>().BindConfiguration(IngestLimits.Section);
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);
        services.AddSingleton<DocumentParsers>();
        services.AddTransient<IngestDocumentJob>();
        services.AddTransient<InboxJob>();
        services.AddTransient<RedactAgainJob>();
        return services;
    }
}
