namespace VoiceHub.Web.Notifications;

public static class NotificationServices
{
    /// <summary>The notifier, its jobs and the configured sender (options <c>VoiceHub:Notify</c>, <c>VoiceHub:Smtp</c>, <c>VoiceHub:PublicUrl</c>).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection("VoiceHub"));
        services.AddSingleton<EmailSenders>();
        services.AddSingleton<Notifier>();
        services.AddTransient<SendNotificationJob>();
        services.AddTransient<NotificationSweepJob>();
        return services;
    }

    /// <summary>After a change that may move feedback along (a link, a published action), sweep at once rather than at the next schedule.</summary>
    public static void SweepSoon(this Hangfire.IBackgroundJobClient jobs) =>
        Hangfire.BackgroundJobClientExtensions.Enqueue<NotificationSweepJob>(jobs, j => j.RunAsync(CancellationToken.None));
}
