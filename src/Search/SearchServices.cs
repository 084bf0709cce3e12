using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Jobs;
using VoiceHub.Search.Meaning;
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
            sp.GetRequiredService<ILogger<Synonyms>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IndexSync>();
        services.AddSingleton<IndexRebuilder>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SavedSearchMatches>();
        return services;
    }

    /// <summary>
    /// Search by meaning as well as words: this node holds the items' vectors in memory, loaded from PostgreSQL and
    /// followed by <see cref="VectorFollower"/>, and <paramref name="embedder"/> embeds queries. Without this call search
    /// is words only.
    /// </summary>
    public static IServiceCollection AddMeaningSearch(this IServiceCollection services, Func<IServiceProvider, IQueryEmbedder> embedder)
    {
        services.AddSingleton(embedder);
        services.AddSingleton(_ => new VectorIndex());
        services.AddSingleton(sp => new MeaningSearch(sp.GetRequiredService<VectorIndex>(), sp.GetRequiredService<IQueryEmbedder>()));
        services.AddSingleton<VectorFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<VectorFollower>());
        return services;
    }

    /// <summary>Adds the background follower that keeps this node's index in step with PostgreSQL.</summary>
    public static IServiceCollection AddIndexFollower(this IServiceCollection services) =>
        services.AddHostedService<IndexFollower>();
}
