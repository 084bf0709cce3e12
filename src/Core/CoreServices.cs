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
        services.AddSingleton<UserStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<LocalityStore>();
        services.AddSingleton<ThemeStore>();
        services.AddSingleton<SavedSearchStore>();
        services.AddSingleton<IndexRequestStore>();
        services.AddSingleton<SeedLoader>();
        return services;
    }
}
