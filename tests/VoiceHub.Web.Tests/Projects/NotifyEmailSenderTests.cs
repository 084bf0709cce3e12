using System.Net;
using System.Text;
using System.Text.Json;
using VoiceHub.Core;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Tests.Projects;

/// <summary>
/// The GOV.UK Notify sender with the real Notify client, pointed at a loopback listener that answers as Notify's API
/// does (the tests cannot reach Notify): the request names the template, carries the personalisation and our reference.
/// </summary>
public sealed class NotifyEmailSenderTests
{
    [Fact]
    public async Task SendAsync_Configured_PostsTheTemplatePersonalisationAndReferenceToNotify()
    {
        var port = FreePort.Pick();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var templateId = Guid.NewGuid().ToString();
        var received = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var auth = context.Request.Headers["Authorization"];
            var answer = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
            {
                id = Guid.NewGuid().ToString(), reference = "voicehub-outbox-7", uri = "x",
                content = new { body = "b", subject = "s", from_email = "voicehub@notify.example" },
                template = new { id = templateId, version = 1, uri = "x" },
            }));
            context.Response.StatusCode = 201;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
            return (context.Request.Url!.AbsolutePath, auth, body);
        });

        var sender = new NotifyEmailSender(new NotificationOptions.NotifySettings
        {
            ApiKey = $"test_key-{Guid.NewGuid()}-{Guid.NewGuid()}",
            TemplateId = templateId,
            BaseUrl = $"http://127.0.0.1:{port}",
        });
        await sender.SendAsync(new EmailMessage("person@example.com", "Subject line", "Body text", "ABCD-EFGH-JKMN",
            "https://hub.example/track", "https://hub.example/track/stop-emails/t", "voicehub-outbox-7"), TestContext.Current.CancellationToken);

        var (path, auth, json) = await received;
        Assert.Equal("/v2/notifications/email", path);
        Assert.StartsWith("Bearer ", auth);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("person@example.com", root.GetProperty("email_address").GetString());
        Assert.Equal(templateId, root.GetProperty("template_id").GetString());
        Assert.Equal("voicehub-outbox-7", root.GetProperty("reference").GetString());
        Assert.Equal("Body text", root.GetProperty("personalisation").GetProperty("body").GetString());
        Assert.Equal("ABCD-EFGH-JKMN", root.GetProperty("personalisation").GetProperty("reference").GetString());
    }
}
