using Microsoft.Extensions.Options;
using VoiceHub.Core.Model;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Sandbox;

namespace VoiceHub.Ingest.Tests.Sandbox;

/// <summary>A feedback batch VoiceHub wrote itself is read in process; every other file still goes to the parsing process.</summary>
public sealed class OwnBatchTests
{
    // A parsing process that cannot start: a test that reached it would fail with the start's error.
    private static readonly ParseSandbox Sandbox = new(
        new ParseSandboxOptions { Executable = "/nonexistent/voicehub-parse", Arguments = [] }, Options.Create(new IngestLimits()), null!);

    private static Document Stored(string channel, string fileName) =>
        new() { Channel = channel, FileName = fileName, ContentType = "application/json", Sha256 = "", Status = DocumentStatus.Received };

    [Fact]
    public async Task ParseAsync_OnlineFormBatch_IsReadInProcess()
    {
        var batch = new FeedbackBatch
        {
            Source = "online-form",
            ReceivedAt = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero),
            Items = [new SubmittedFeedback { Text = "The day centre bus was late again.", Reference = "ABCD-EFGH" }],
        };

        var run = await Sandbox.ParseAsync(Stored("online-form", "online-form-20261205-100000-ABCD.json"), batch.ToBytes(), false, TestContext.Current.CancellationToken);

        Assert.True(run.InProcess);
        Assert.Null(run.Result.Error);
        Assert.Equal("The day centre bus was late again.", Assert.Single(run.Result.Items).Text);
    }

    [Fact]
    public async Task ParseAsync_AnUploadedFile_StillGoesToTheParsingProcess()
    {
        await Assert.ThrowsAnyAsync<Exception>(() =>
            Sandbox.ParseAsync(Stored("vcs-report", "report.pdf"), "%PDF-1.4"u8.ToArray(), false, TestContext.Current.CancellationToken));
        Assert.False(ParseSandbox.IsOwnBatch(Stored("api", "report.pdf"), [1, 2, 3]));
    }
}
