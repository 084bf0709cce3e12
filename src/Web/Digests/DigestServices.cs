namespace VoiceHub.Web.Digests;

public static class DigestServices
{
    /// <summary>The digest's jobs and the saved-search counter they use.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddSingleton<DigestSavedSearches>();
        services.AddTransient<WeeklyDigestJob>();
        services.AddTransient<BuildDigestJob>();
        services.AddTransient<SupersedeDigestsJob>();
        services.AddTransient<DigestEmailJob>();
        return services;
    }
}
