using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using VoiceHub.Core;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// How long each page's first visit takes after a start: the built web app started as its own process on a throwaway
/// cluster holding N bench items; once it listens (and, unless <c>warmUp</c> is false, has finished its start-up warm-up;
/// at least 5 seconds), each page is asked for once, in order, as a visitor and as a signed-in admin, and one feedback sent.
/// Nothing is asked before: even a health check would warm what is measured.
/// </summary>
public sealed class FirstVisitsBench(string seeds, string webDll, ILogger log)
{
    public static readonly string[] Pages =
    [
        "/", "/give-feedback", "/you-said-we-did", "/get-involved", "/accessibility", "/account/sign-in",
        "/search", "/search?q=respite", "/themes", "/trends", "/digests", "/emerging", "/coverage", "/projects", "/projects/new",
        "/actions", "/actions/new", "/upload", "/documents", "/our-voice", "/evidence", "/admin/users", "/admin/audit",
    ];

    public sealed record Visit(string Page, double Ms, int Status);

    public async Task<IReadOnlyList<Visit>> RunAsync(int items, bool warmUp, CancellationToken ct)
    {
        var corpus = BenchCorpus.Load(seeds);
        await using var db = await BenchDatabase.StartAsync(seeds, ct);
        await db.LoadAsync(corpus, items, log, ct);

        var warmed = new TaskCompletionSource();
        if (!warmUp) warmed.TrySetResult();
        await using var app = BenchWebApp.Start(webDll, seeds, db, new Dictionary<string, string>
        {
            ["VoiceHub__WarmUp"] = warmUp ? "true" : "false",
            ["Logging__LogLevel__VoiceHub.Web.Infrastructure.WarmUp"] = "Information",
        }, line =>
        {
            if (!line.Contains("Warm-up finished", StringComparison.Ordinal)) return;
            log.LogInformation("{Line}", line.Trim());
            warmed.TrySetResult();
        });
        using var http = app.NewClient();
        // Up means listening: a request of ours before the measured ones (even /health) would warm what is measured.
        var clock = Stopwatch.StartNew();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            app.ThrowIfExited();
            try
            {
                using var tcp = new System.Net.Sockets.TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, app.Port, ct);
                break;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(100, ct);
            }
        }
        log.LogInformation("Listening after {Seconds:0.0} s", clock.Elapsed.TotalSeconds);
        // The first visitor arrives a few seconds after the start (or once the warm-up is done, to see what it saves).
        await Task.WhenAll(warmed.Task.WaitAsync(TimeSpan.FromMinutes(5), ct), Task.Delay(TimeSpan.FromSeconds(5), ct));

        var visits = new List<Visit>();
        async Task<string> TimeAsync(string label, Func<Task<HttpResponseMessage>> send)
        {
            var t = Stopwatch.StartNew();
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync(ct);
            visits.Add(new Visit(label, t.Elapsed.TotalMilliseconds, (int)response.StatusCode));
            return body;
        }
        foreach (var page in Pages.TakeWhile(p => p != "/search"))
        {
            await TimeAsync(page, () => http.GetAsync(page, ct));
        }
        var signIn = await http.GetStringAsync("/account/sign-in", ct);
        await TimeAsync("sign in (POST)", () => http.PostAsync("/account/sign-in", new FormUrlEncodedContent(
            [new("Email", BenchWebApp.AdminEmail), new("Password", app.Password), new("__RequestVerificationToken", FormToken.Find(signIn))]), ct));
        foreach (var page in Pages.SkipWhile(p => p != "/search"))
        {
            await TimeAsync(page, () => http.GetAsync(page, ct));
        }
        // The first feedback sent, as a visitor would (signed out: a new client).
        using var visitor = app.NewClient();
        var form = await visitor.GetStringAsync("/give-feedback", ct);
        await TimeAsync("give feedback (POST)", () => visitor.PostAsync("/give-feedback", new FormUrlEncodedContent(
            [new("Feedback", "The day centre bus was late again this week."), new("Contact", "no"), new("__RequestVerificationToken", FormToken.Find(form))]), ct));
        // A second one, to tell what a first visit pays from what every sending pays (the parsing process's start).
        form = await visitor.GetStringAsync("/give-feedback", ct);
        await TimeAsync("give feedback again", () => visitor.PostAsync("/give-feedback", new FormUrlEncodedContent(
            [new("Feedback", "Nobody rang to say the bus was cancelled."), new("Contact", "no"), new("__RequestVerificationToken", FormToken.Find(form))]), ct));
        return visits;
    }
}
