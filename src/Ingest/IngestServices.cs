using Microsoft.Extensions.DependencyInjection;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest;

public static class IngestServices
{
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddSingleton<SurveyCsvParser>();
        services.AddSingleton<DocumentParsers>();
        services.AddTransient<IngestDocumentJob>();
        return services;
    }
}
