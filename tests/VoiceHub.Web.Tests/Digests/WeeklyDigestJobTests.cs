using System.Text.Json;
using Dapper;
using Hangfire;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Digests;
using System.Globalization;

namespace VoiceHub.Web.Tests.Digests;

/// <summary>The Monday job's wait-and-recheck, on the real database and Hangfire storage, its clock a fake one.</summary>
public sealed class WeeklyDigestJobTests(DigestAppFixture f) : IClassFixture<DigestAppFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_WhileAnUploadIsBeingRead_WaitsAndRechecks_ThenBuildsAnywaySayingWhatWasPending()
    {
        var week = DigestAppFixture.Week.AddWeeks(1);
        // Monday 07:00 in London (BST) of the week after: the job judges the week just ended.
        var clock = new FakeTimeProvider(new DateTimeOffset(week.AddWeeks(1).Monday.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        var storage = f.App.Get<JobStorage>();
        var job = new WeeklyDigestJob(f.App.Get<DigestBuilder>(), f.App.Get<DigestSavedSearches>(), clock, new BackgroundJobClient(storage),
            NullLogger<WeeklyDigestJob>.Instance);
        var digests = f.App.Get<DigestStore>();
        long document;
        await using (var conn = await f.App.Get<NpgsqlDataSource>().OpenConnectionAsync(_ct))
        {
            // An upload still being read: nothing else in the app moves it on (its bytes are not a file).
            document = await conn.ExecuteScalarAsync<long>("""
                INSERT INTO documents (channel, file_name, content_type, sha256, bytes, size_bytes, status)
                VALUES ('survey', 'late.csv', 'text/csv', md5(random()::text), '\x00', 1, 'ingesting') RETURNING id
                """);
        }
        try
        {
            var before = DateTime.UtcNow;
            await job.RunAsync(_ct);

            Assert.Null(await digests.FindAsync(week.ToString(), null, _ct));
            var recheck = Assert.Single(storage.GetMonitoringApi().ScheduledJobs(0, 1000),
                j => j.Value.Job.Type == typeof(WeeklyDigestJob) && Equals(j.Value.Job.Args[0], week.ToString()));
            Assert.Equal(2, Convert.ToInt32(recheck.Value.Job.Args[1], CultureInfo.InvariantCulture));
            Assert.InRange(recheck.Value.EnqueueAt, before + WeeklyDigestJob.Recheck - TimeSpan.FromSeconds(5), DateTime.UtcNow + WeeklyDigestJob.Recheck);

            // A middle check still waits; the last one builds anyway and the digest says what was pending.
            await job.RunAsync(week.ToString(), WeeklyDigestJob.Checks - 1, _ct);
            Assert.Null(await digests.FindAsync(week.ToString(), null, _ct));
            Assert.Contains(storage.GetMonitoringApi().ScheduledJobs(0, 1000),
                j => j.Value.Job.Type == typeof(WeeklyDigestJob) && Equals(j.Value.Job.Args[0], week.ToString()) && Convert.ToInt32(j.Value.Job.Args[1], CultureInfo.InvariantCulture) == WeeklyDigestJob.Checks);
            await job.RunAsync(week.ToString(), WeeklyDigestJob.Checks, _ct);

            var built = await digests.FindAsync(week.ToString(), null, _ct);
            Assert.NotNull(built);
            Assert.Equal(1, built.Version);
            var content = JsonSerializer.Deserialize<DigestContent>(built.Content, DigestBuilder.Json)!;
            Assert.NotNull(content.Pending);
            Assert.False(content.Pending.Complete);
            Assert.Equal(1, content.Pending.DocumentsIngesting);
        }
        finally
        {
            await using var conn = await f.App.Get<NpgsqlDataSource>().OpenConnectionAsync(_ct);
            await conn.ExecuteAsync("UPDATE documents SET status = 'ingested' WHERE id = @document", new { document });
        }
    }
}
