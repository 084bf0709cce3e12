using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Jobs;
using VoiceHub.Search.Queries;
using VoiceHub.Search.SavedSearches;

namespace VoiceHub.Search;

public static class SearchServices
{
    /// <summary>Registers this process's index (as writer when <paramref name="write"/>), the sync that writes it, synonyms and search.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, bool write)
    {
        services.AddSingleton(sp => IndexHolder.Open(
            ProjectPaths.IndexDirectory(sp.GetRequiredService<IOptions<VoiceHubOptions>>().Value), write,
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new Synonyms(
            Path.Combine(ProjectPaths.SeedsDirectory(sp.GetRequiredService<IOptions<VoiceHubOptions>>().Value), "synonyms.txt"),
            sp.GetRequiredService<ILogger<Synonyms>>()));
        services.AddSingleton<IndexSync>();
        services.AddSingleton<IndexRebuilder>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SavedSearchMatches>();
        return services;
    }

    /// <summary>Adds the background follower that keeps this node's index in step with PostgreSQL.</summary>
    public static IServiceCollection AddIndexFollower(this IServiceCollection services) =>
        services.AddHostedService<IndexFollower>();
}
