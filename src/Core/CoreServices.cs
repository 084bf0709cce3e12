using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VoiceHub.Core.Seeds;
using VoiceHub.Core.Stores;

namespace VoiceHub.Core;

public static class CoreServices
{
    /// <summary>Registers the opened database, options and every store.</summary>
    public static IServiceCollection AddVoiceHubCore(this IServiceCollection services, IConfiguration configuration, VoiceHubDatabase database)
    {
        DapperSetup.Apply();
        services.AddOptions<VoiceHubOptions>().Bind(configuration.GetSection(VoiceHubOptions.Section));
        services.AddSingleton(database);
        services.AddSingleton(database.DataSource);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<ItemStore>();
        services.AddSingleton<PrivacyStore>();
        services.AddSingleton<RedactionStore>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<LocalityStore>();
        services.AddSingleton<ThemeStore>();
        services.AddSingleton<ThemeModelStore>();
        services.AddSingleton<ClassificationStore>();
        services.AddSingleton<EmbeddingStore>();
        services.AddSingleton<ClassificationEmbeddingStore>();
        services.AddSingleton<EmbeddingFeedStore>();
        services.AddSingleton<WeekReadinessStore>();
        services.AddSingleton<ServiceAreaStore>();
        services.AddSingleton<SavedSearchStore>();
        services.AddSingleton<IndexRequestStore>();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<ProjectStore>();
        services.AddSingleton<ActionStore>();
        services.AddSingleton<ActionCommentStore>();
        services.AddSingleton<ItemReferenceStore>();
        services.AddSingleton<PeopleBankStore>();
        services.AddSingleton<FeedbackContactStore>();
        services.AddSingleton<NotificationOutboxStore>();
        services.AddSingleton<JourneyStore>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ItemLinkStore>();
        services.AddSingleton<SurveyMappingStore>();
        services.AddSingleton<DraftActionStore>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<FormContactStore>();
        services.AddSingleton<WeeklyCountStore>();
        services.AddSingleton<CoverageStore>();
        services.AddSingleton<EmergingFlagStore>();
        services.AddSingleton<NewTopicStore>();
        services.AddSingleton<DigestStore>();
        return services;
    }
}
