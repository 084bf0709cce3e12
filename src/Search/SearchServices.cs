using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Search.Jobs;
using VoiceHub.Search.Queries;

namespace VoiceHub.Search;

public static class SearchServices
{
    /// <summary>Registers this process's index (as writer when <paramref name="write"/>), its follower's sync and search.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, bool write)
    {
        services.AddSingleton(sp => LuceneIndex.Open(
            ProjectPaths.IndexDirectory(sp.GetRequiredService<IOptions<VoiceHubOptions>>().Value), write,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<LuceneIndex>()));
        services.AddSingleton<IndexSync>();
        services.AddSingleton<SearchService>();
        return services;
    }

    /// <summary>Adds the background follower that keeps this node's index in step with PostgreSQL.</summary>
    public static IServiceCollection AddIndexFollower(this IServiceCollection services) =>
        services.AddHostedService<IndexFollower>();
}
