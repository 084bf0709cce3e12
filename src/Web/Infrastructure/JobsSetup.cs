using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using VoiceHub.Analysis.Jobs;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Ingest.Jobs;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Hangfire on VoiceHub's PostgreSQL (its own <c>hangfire</c> schema). Sliding invisibility keeps a long job from being
/// handed to a second worker; long polling (LISTEN/NOTIFY) starts a queued job at once instead of at the next poll.
/// </summary>
public static class JobsSetup
{
    public static readonly string[] Queues = ["ingest", "index", "analysis", "digest", "default"];

    public static IServiceCollection AddVoiceHubJobs(this IServiceCollection services, IConfiguration configuration, VoiceHubDatabase database)
    {
        // Hangfire's storage is set up before the host starts; JobsOptions' check stops the start on a wrong value.
        var jobs = WebSettings.Read<JobsOptions>(configuration, JobsOptions.Section);
        services.AddHangfire(cfg => cfg
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString), new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                UseSlidingInvisibilityTimeout = true,
                // With sliding invisibility a running job's fetch time is renewed every fifth of this; a job whose node
                // died is handed to another node's worker once it is this old. Tests shorten it to see that quickly.
                InvisibilityTimeout = jobs.InvisibilityTimeout,
                EnableLongPolling = true,
                // Long polling wakes workers for new jobs; a dead node's job is only seen at the next poll.
                QueuePollInterval = jobs.QueuePollInterval,
            }));

        if (NodeRoles.From(configuration).Jobs)
        {
            services.AddHangfireServer(o =>
            {
                o.Queues = Queues;
                o.WorkerCount = configuration.GetValue("VoiceHub:Node:Workers", Math.Max(2, Environment.ProcessorCount * 2));
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                o.ShutdownTimeout = TimeSpan.FromSeconds(10);
            });
        }
        return services;
    }

    public static void RegisterRecurringJobs(IRecurringJobManager recurring)
    {
        recurring.AddOrUpdate<IngestSweeperJob>("ingest-sweeper", j => j.RunAsync(CancellationToken.None), "*/5 * * * *");
        // Themes: classify new items every minute (and train the first model when there is none: run once at start too);
        // retrain weekly on the seed data and staff corrections, early on Monday.
        recurring.AddOrUpdate<ClassifyPendingJob>(ClassifyPendingJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.Trigger(ClassifyPendingJob.Id);
        // Embeddings: embed new items (and every item after the embedding model changes) every minute, off ingest's path.
        recurring.AddOrUpdate<EmbedPendingJob>(EmbedPendingJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.Trigger(EmbedPendingJob.Id);
        // The classification embedding (the tuned encoder's vector that themes and sentiment read), the same way.
        recurring.AddOrUpdate<EmbedForClassificationJob>(EmbedForClassificationJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.Trigger(EmbedForClassificationJob.Id);
        recurring.AddOrUpdate<TrainThemeModelJob>("themes-retrain-weekly",
            j => j.RunAsync(TrainingReasons.Weekly, null, CancellationToken.None), "0 3 * * 1");
        recurring.AddOrUpdate<Notifications.NotificationSweepJob>("notification-sweep", j => j.RunAsync(CancellationToken.None), "*/5 * * * *");
        recurring.AddOrUpdate<InboxJob>("ingest-inbox", j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        // The weekly digest of the ISO week just ended: Monday 07:00 in UK time, summer or winter.
        recurring.AddOrUpdate<Digests.WeeklyDigestJob>(Digests.WeeklyDigestJob.Id, j => j.RunAsync(CancellationToken.None), "0 7 * * 1",
            new RecurringJobOptions { TimeZone = Core.Reporting.LondonTime.Zone });
        // A digest that learns of late feedback or a re-classification gets a new version saying what changed.
        recurring.AddOrUpdate<Digests.SupersedeDigestsJob>(Digests.SupersedeDigestsJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Hourly());
        // A newer redactor re-redacts what is stored: checked at every start (and hourly, for nodes that started first).
        recurring.AddOrUpdate<RedactAgainJob>(RedactAgainJob.NewVersionJobId, j => j.RunIfNewVersionAsync(CancellationToken.None), Cron.Hourly());
        recurring.Trigger(RedactAgainJob.NewVersionJobId);
        recurring.AddOrUpdate<Privacy.RawTextRetentionJob>("privacy-raw-text-retention", j => j.RunAsync(CancellationToken.None), "30 2 * * *");
    }

    /// <summary>The dashboard is for admins; the endpoint also requires the Admin policy.</summary>
    public sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
