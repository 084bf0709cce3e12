using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Digest;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Analysis.Jobs;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core;

namespace VoiceHub.Analysis;

public static class AnalysisServices
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ThemesOptions>().Bind(configuration.GetSection(ThemesOptions.Section));
        services.AddSingleton<ActiveModel>();
        services.AddSingleton<ItemClassifier>();
        services.AddSingleton<ModelTraining>();
        services.AddSingleton<ThemeSuggestions>();
        services.AddTransient<TrainThemeModelJob>();
        services.AddTransient<ReclassifyAllJob>();
        services.AddTransient<ClassifyRangeJob>();
        services.AddTransient<ClassifyPendingJob>();
        services.AddOptions<EmbeddingOptions>().Bind(configuration.GetSection(EmbeddingOptions.Section));
        services.AddSingleton(sp => new SentenceEmbedder(sp.GetRequiredService<IOptions<EmbeddingOptions>>(), sp.GetRequiredService<IOptions<VoiceHubOptions>>()));
        services.AddSingleton<ISentenceEmbedder>(sp => sp.GetRequiredService<SentenceEmbedder>());
        services.AddTransient<EmbedPendingJob>();
        services.AddSingleton(sp => new ClassificationEmbedder(
            sp.GetRequiredService<IOptions<EmbeddingOptions>>(), sp.GetRequiredService<IOptions<VoiceHubOptions>>()));
        services.AddTransient<EmbedForClassificationJob>();
        services.AddOptions<EmergingOptions>().Bind(configuration.GetSection(EmergingOptions.Section));
        services.AddSingleton<EmergingDetection>();
        services.AddSingleton<CoverageReporter>();
        services.AddSingleton<NewTopicDetection>();
        services.AddSingleton<DigestBuilder>();
        return services;
    }
}
