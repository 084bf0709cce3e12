using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VoiceHub.Core.Model;
using VoiceHub.Ingest.Jobs;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Jobs;

public sealed class InboxJobTests(PostgresCluster cluster)
{
    [Fact]
    public async Task RunAsync_FilesInChannelFolders_AreIngestedAndMovedToProcessedOrFailedWithTheReason()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var root = TestPaths.TempDirectory("voicehub-inbox");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var job = new InboxJob(db.Documents, Harness.Job(db), Options.Create(new InboxOptions { Path = root }), clock, NullLogger<InboxJob>.Instance);
        await job.RunAsync(CancellationToken.None); // makes the channel folders
        Drop(root, "survey", "survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")), clock);
        Drop(root, "listening-space", "notes.docx", File.ReadAllBytes(TestPaths.Sample("listening-space.docx")), clock);
        Drop(root, "survey", "broken.csv", "Date,Comment\n01/10/2026,\"never closed\n"u8.ToArray(), clock);
        Drop(root, "vcs-report", "report.pdf", File.ReadAllBytes(TestPaths.Sample("vcs-report.pdf")), clock); // no organisation given: waits for review

        // Just written: maybe still being copied in, so left alone until it has settled.
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(4, await job.RunAsync(CancellationToken.None));

        Assert.True(File.Exists(Path.Combine(root, "survey", "processed", "survey.csv")));
        Assert.True(File.Exists(Path.Combine(root, "listening-space", "processed", "notes.docx")));
        Assert.True(File.Exists(Path.Combine(root, "vcs-report", "processed", "report.pdf")));
        Assert.True(File.Exists(Path.Combine(root, "survey", "failed", "broken.csv")));
        Assert.Contains("Row 2", await File.ReadAllTextAsync(Path.Combine(root, "survey", "failed", "broken.csv.error.txt")));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "survey")));
        Assert.Equal(85, await db.Items.CountAsync(CancellationToken.None));
        var documents = await db.Documents.ListRecentAsync(10, CancellationToken.None);
        Assert.Equal(DocumentStatus.NeedsReview, documents.Single(d => d.FileName == "report.pdf").Status);

        // Nothing new: nothing done. The same file dropped again is the same document: nothing twice.
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
        Drop(root, "survey", "survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")), clock);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await job.RunAsync(CancellationToken.None));
        Assert.Equal(85, await db.Items.CountAsync(CancellationToken.None));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(root, "survey", "processed")).Length);
        Directory.Delete(root, recursive: true);
    }

    // Written "now" by the test's clock, as a copy into the folder would be.
    private static void Drop(string root, string channel, string name, byte[] bytes, TimeProvider clock)
    {
        var path = Path.Combine(root, channel, name);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
    }
}
