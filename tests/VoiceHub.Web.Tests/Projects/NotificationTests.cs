using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using VoiceHub.Web.Notifications;
using System.Globalization;

namespace VoiceHub.Web.Tests.Projects;

/// <summary>
/// "Your feedback has moved on" emails through the real outbox, Hangfire and MailKit, to a local SMTP server: one per
/// step, never twice, never with the feedback's text, and none after the person says stop.
/// </summary>
public sealed class NotificationTests(PostgresCluster cluster)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Smtp(TestSmtpServer smtp) => new()
    {
        ["VoiceHub:Smtp:Host"] = "127.0.0.1",
        ["VoiceHub:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["VoiceHub:Smtp:Security"] = "None",
        ["VoiceHub:Smtp:From"] = "voicehub@council.example",
        ["VoiceHub:PublicUrl"] = "https://voicehub.council.example",
    };

    [Fact]
    public async Task Sweep_FeedbackMovesAlong_EmailsEachStepOnceWithoutTheText()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = await VoiceHubApp.StartAsync(cluster, Smtp(smtp));
        var (itemId, reference) = await WebData.AddItemAsync(app, "My carer Bob Smith is always late");
        await app.Get<FeedbackContactStore>().AddAsync(itemId, "person@example.com", DateTimeOffset.UtcNow, _ct);
        var sweep = app.Get<NotificationSweepJob>();

        async Task<string> NextEmailAsync(int count)
        {
            await sweep.RunAsync(_ct);
            await Eventually.WaitAsync(() => Task.FromResult(smtp.Messages.Count), n => n >= count, TimeSpan.FromSeconds(20), $"email {count}");
            return smtp.Messages.ToArray()[count - 1].Data;
        }

        var received = await NextEmailAsync(1);
        Assert.Contains("We have received your feedback", received);
        Assert.Contains(VoiceHub.Core.ReferenceCode.Format(reference), received);

        var projectId = await app.Get<ProjectStore>().CreateAsync(WebData.Project("Reliable home care"), null, _ct);
        await app.Get<ProjectStore>().LinkItemsAsync(projectId, [itemId], null, _ct);
        var linked = await NextEmailAsync(2);
        Assert.Contains("Reliable home care", linked);

        var actions = app.Get<ActionStore>();
        var actionId = await actions.CreateAsync(WebData.Action("Agree visit times with every carer", projectId), null, "t", _ct);
        Assert.Contains("Agree visit times with every carer", await NextEmailAsync(3));

        await actions.UpdateAsync(actionId, WebData.Action("Agree visit times with every carer", projectId) with
        {
            Status = ActionStatus.Done, WeDid = "Visit times agreed in writing", DoneOn = new DateOnly(2026, 5, 1),
        }, null, "t", "done", _ct);
        var done = await NextEmailAsync(4);
        Assert.Contains("Visit times agreed in writing", done);
        var stopUrl = System.Text.RegularExpressions.Regex.Match(done, "https://voicehub.council.example(/track/stop-emails/[A-Za-z0-9_-]+)").Groups[1].Value;

        await sweep.RunAsync(_ct);
        await Task.Delay(1000, _ct);
        Assert.Equal(4, smtp.Messages.Count);
        Assert.All(smtp.Messages, m => Assert.Equal("person@example.com", m.To));
        Assert.All(smtp.Messages, m => Assert.DoesNotContain("Bob Smith", m.Data));
        var outbox = await app.Get<NotificationOutboxStore>().ListForItemAsync(itemId, _ct);
        Assert.Equal(["received", "linked", "we-will", "we-did"], outbox.Where(o => o.Status == "sent").Select(o => o.Step));

        // Stop: the address is erased, and a later step sends nothing.
        using var client = app.NewClient();
        var stopped = await VoiceHubApp.PostFormAsync(client, stopUrl, new());
        Assert.Contains("You will not get any more emails", await stopped.Content.ReadAsStringAsync());
        await WebData.ThemeAsync(app, itemId, "Feeling safe");
        await sweep.RunAsync(_ct);
        await Task.Delay(500, _ct);
        Assert.Equal(4, smtp.Messages.Count);
        Assert.Null(await app.Get<FeedbackContactStore>().FindActiveAsync(itemId, _ct));
    }

    [Fact]
    public async Task Send_RelayRefusesThenAccepts_RetriesAndSendsOnce()
    {
        await using var smtp = new TestSmtpServer { RefuseMail = true };
        await using var app = await VoiceHubApp.StartAsync(cluster, Smtp(smtp));
        var (itemId, _) = await WebData.AddItemAsync(app, "text");
        await app.Get<FeedbackContactStore>().AddAsync(itemId, "person@example.com", DateTimeOffset.UtcNow, _ct);
        var outboxId = (await app.Get<NotificationOutboxStore>().QueueAsync(itemId, JourneyStep.Received, false, _ct))!.Value;
        var job = app.Get<SendNotificationJob>();

        await Assert.ThrowsAsync<NotificationFailedException>(() => job.RunAsync(outboxId, _ct));
        var failed = (await app.Get<NotificationOutboxStore>().FindAsync(outboxId, _ct))!;
        Assert.Equal(("pending", 1), (failed.Status, failed.Attempts));
        Assert.DoesNotContain("person@example.com", failed.Error);

        smtp.RefuseMail = false;
        await job.RunAsync(outboxId, _ct);
        await job.RunAsync(outboxId, _ct);

        Assert.Single(smtp.Messages);
        Assert.Equal("sent", (await app.Get<NotificationOutboxStore>().FindAsync(outboxId, _ct))!.Status);
    }

    [Fact]
    public async Task Send_NoEmailServiceConfigured_RecordsTheStepAsSkipped()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster);
        var (itemId, _) = await WebData.AddItemAsync(app, "text");
        await app.Get<FeedbackContactStore>().AddAsync(itemId, "person@example.com", DateTimeOffset.UtcNow, _ct);

        await app.Get<NotificationSweepJob>().RunAsync(_ct);

        var row = await Eventually.WaitAsync(async () => (await app.Get<NotificationOutboxStore>().ListForItemAsync(itemId, _ct)).Single(),
            r => r.Status != "pending", TimeSpan.FromSeconds(20), "the send job");
        Assert.Equal(("received", "skipped", "no email service configured"), (row.Step, row.Status, row.Error));
    }
}
