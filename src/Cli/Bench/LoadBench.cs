using System.Diagnostics;
using System.Net;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// Load on a running VoiceHub over HTTP, as people make it: staff signed in and searching (the search page, or the
/// search API with <c>api</c>) from several sessions at once, while members of the public send the feedback form at a
/// steady rate. Bounded by time and by a number of searches, whichever comes first. Counts every answer that is not
/// the expected one as an error.
/// </summary>
public static class LoadBench
{
    /// <summary>A mix of what staff type: words, phrases, prefixes, OR, exclusions and a filter.</summary>
    private static readonly string[] Queries =
    [
        "staff", "waiting", "appointment", "friendly", "\"waiting time\"", "nurse*", "food OR meals", "pain -relief",
        "discharge", "parking", "rude", "\"car park\"", "communication", "respite", "carer*", "explained everything",
        "kind caring", "phone OR telephone", "medication", "clean*", "channel:survey waiting", "help", "thank*", "long wait",
    ];

    public sealed record Settings(Uri Url, string Email, string Password, TimeSpan Duration, int MaxSearches, int Searchers, double FormsPerSecond, bool Api);

    public sealed record Figures(
        int Searches, double SearchesPerSecond, double SearchP50Ms, double SearchP95Ms, double SearchP99Ms,
        int Forms, double FormP95Ms, int Errors, IReadOnlyDictionary<string, int> ErrorKinds, double Seconds, int Searchers);

    public static async Task<Figures> RunAsync(Settings s, TextWriter progress, CancellationToken ct)
    {
        using var staff = Client(s.Url, s.Searchers + 1);
        await SignInAsync(staff, s.Email, s.Password, ct);
        progress.WriteLine($"Signed in as {s.Email}; warming up");
        for (var i = 0; i < 40; i++) (await staff.GetAsync(SearchPath(s, i), ct)).Dispose();

        var searches = new Latencies();
        var forms = new Latencies();
        var errors = new Dictionary<string, int>();
        void Error(string kind)
        {
            lock (errors) errors[kind] = errors.GetValueOrDefault(kind) + 1;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(s.Duration);
        var started = 0;
        var clock = Stopwatch.StartNew();
        progress.WriteLine($"Running {s.Searchers} searching sessions and the public form at {s.FormsPerSecond}/s for up to {s.Duration.TotalSeconds:N0} s or {s.MaxSearches:N0} searches");

        var searchers = Enumerable.Range(0, s.Searchers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref started);
                if (n > s.MaxSearches) break;
                var took = Stopwatch.StartNew();
                try
                {
                    using var response = await staff.GetAsync(SearchPath(s, n), HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                    took.Stop();
                    if (response.StatusCode != HttpStatusCode.OK) Error($"search {(int)response.StatusCode}");
                    else lock (searches) searches.Add(took.Elapsed);
                }
                catch (HttpRequestException e)
                {
                    Error("search " + e.HttpRequestError);
                }
            }
        }, CancellationToken.None)).ToList();

        var form = Task.Run(async () =>
        {
            if (s.FormsPerSecond <= 0) return;
            using var visitor = Client(s.Url, 2);
            var every = TimeSpan.FromSeconds(1 / s.FormsPerSecond);
            var next = clock.Elapsed;
            var sent = 0;
            while (!stop.IsCancellationRequested)
            {
                var took = Stopwatch.StartNew();
                try
                {
                    var page = await visitor.GetStringAsync("/give-feedback", CancellationToken.None);
                    using var response = await visitor.PostAsync("/give-feedback", new FormUrlEncodedContent(
                    [
                        new("__RequestVerificationToken", FormToken.Find(page)),
                        new("Feedback", $"Load test feedback {sent++}: the day centre staff were kind but the bus was late again."),
                    ]), CancellationToken.None);
                    took.Stop();
                    if (response.StatusCode != HttpStatusCode.Redirect) Error($"form {(int)response.StatusCode}");
                    else lock (forms) forms.Add(took.Elapsed);
                }
                catch (HttpRequestException e)
                {
                    Error("form " + e.HttpRequestError);
                }
                next += every;
                var wait = next - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, stop.Token).ContinueWith(_ => { }, CancellationToken.None);
            }
        }, CancellationToken.None);

        await Task.WhenAll(searchers);
        var seconds = clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await form;
        return new Figures(searches.Count, Math.Round(searches.Count / seconds, 1), Math.Round(searches.Percentile(50), 1),
            Math.Round(searches.Percentile(95), 1), Math.Round(searches.Percentile(99), 1), forms.Count, Math.Round(forms.Percentile(95), 1),
            errors.Values.Sum(), errors, Math.Round(seconds, 1), s.Searchers);
    }

    private static string SearchPath(Settings s, int n) =>
        (s.Api ? "/api/search?q=" : "/search?q=") + Uri.EscapeDataString(Queries[n % Queries.Length]) + (n % 5 == 0 ? "&page=2" : "");

    private static HttpClient Client(Uri url, int connections) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        MaxConnectionsPerServer = connections,
    })
    {
        BaseAddress = url,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static async Task SignInAsync(HttpClient client, string email, string password, CancellationToken ct)
    {
        var page = await client.GetStringAsync("/account/sign-in", ct);
        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", FormToken.Find(page)), new("Email", email), new("Password", password)]), ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} at {client.BaseAddress} failed ({(int)response.StatusCode}): check the email and password.");
        }
    }


}
