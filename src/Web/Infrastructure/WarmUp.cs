using System.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Localities;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Redaction;
using VoiceHub.Ingest.Sandbox;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Pays at start-up, in the background once the host is listening, what a page's first visit would otherwise pay:
/// the redactor's name lists, the active theme model, and each page's first run (its compiled view's code made ready,
/// the search index opened, the pipeline's first pass). Each page is asked for once over loopback, staff pages with a
/// sign-in cookie made here for an administrator (nothing is stored; no sign-in is recorded). Measured with
/// <c>voicehub bench first-visits</c>: without it the home page's first visit took 876 ms and the themes page's 985 ms.
/// </summary>
/// <remarks>Off with <c>VoiceHub__WarmUp=false</c> (the test hosts, so no test sees extra requests).</remarks>
public sealed class WarmUp(
    IServer server,
    IHostApplicationLifetime lifetime,
    IServiceProvider services,
    IConfiguration configuration,
    ILogger<WarmUp> log) : BackgroundService
{
    /// <summary>Pages anyone may open.</summary>
    public static readonly string[] PublicPages = ["/", "/give-feedback", "/you-said-we-did", "/get-involved", "/accessibility", "/account/sign-in"];

    /// <summary>Staff and admin pages (no page with a side effect on GET).</summary>
    public static readonly string[] StaffPages =
    [
        "/search", "/search?q=care", "/search/saved", "/digests", "/emerging", "/trends", "/coverage", "/projects", "/projects/new",
        "/projects/peoples-bank", "/actions", "/actions/drafts", "/actions/new", "/actions/import", "/upload", "/documents", "/themes",
        "/themes/review", "/our-voice", "/evidence", "/admin/users", "/admin/api-keys", "/admin/audit", "/admin/erasure",
        "/admin/redaction", "/admin/demo-data",
    ];

    /// <summary>
    /// The header this process's own warm-up requests carry, with a secret made at start: outside Development, a loopback
    /// request bearing it is served as HTTPS (<see cref="ProductionStart.UseHttpsOnly"/>), so warming the pages behind a
    /// TLS-terminating proxy neither is redirected nor trips the Secure cookies.
    /// </summary>
    public const string Header = "X-VoiceHub-Warm-Up";

    public static readonly string Secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private readonly TaskCompletionSource<WarmUpResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up has run (for the bench and tests).</summary>
    public Task<WarmUpResult> Done => _done.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("VoiceHub:WarmUp", true) || !NodeRoles.From(configuration).Web)
        {
            _done.TrySetResult(new WarmUpResult(0, [], TimeSpan.Zero));
            return;
        }
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var pages = 0;
        try
        {
            Redactor.WarmUp();
            Redactor.Redact("Warm-up: Mrs Example rang 01375 652652 from RM17 6SL.");
            await ThemeModelAsync(stoppingToken);
            await FeedbackPathAsync(stoppingToken);
            if (Loopback() is { } baseUrl)
            {
                using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
                {
                    BaseAddress = baseUrl,
                    Timeout = TimeSpan.FromSeconds(60),
                };
                http.DefaultRequestHeaders.Add(Header, Secret);
                foreach (var path in PublicPages) pages += await VisitAsync(http, path, null, failures, stoppingToken);
                await EmptyFeedbackAsync(baseUrl, failures, stoppingToken);
                if (await AdminCookieAsync(stoppingToken) is { } cookie)
                {
                    var firstItem = await FirstItemAsync(stoppingToken);
                    foreach (var path in StaffPages.Concat(firstItem is { } id ? [$"/items/{id}"] : []))
                    {
                        pages += await VisitAsync(http, path, cookie, failures, stoppingToken);
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Warming is an optimisation: a failure costs the first visitors time, never the start.
            failures.Add(e.GetType().Name);
            log.LogWarning(e, "Warm-up stopped early");
        }
        var result = new WarmUpResult(pages, failures, clock.Elapsed);
        log.LogInformation("Warm-up finished in {Ms} ms: {Pages} pages, {Failures} not answered with 200", (long)clock.ElapsedMilliseconds, pages, failures.Count);
        _done.TrySetResult(result);
    }

    private async Task ThemeModelAsync(CancellationToken ct)
    {
        if (await services.GetRequiredService<ThemeModelStore>().ActiveAsync(ct) is { } active)
        {
            await services.GetRequiredService<ActiveModel>().GetAsync(active.Version, ct);
        }
    }

    /// <summary>
    /// What sending feedback runs besides storing it: a form's batch parsed in the parsing process (its program files
    /// read from disk once), and its text redacted and placed. Nothing is stored.
    /// </summary>
    private async Task FeedbackPathAsync(CancellationToken ct)
    {
        var batch = new FeedbackBatch
        {
            Source = Channel.OnlineForm.Code(),
            ReceivedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            Items = [new SubmittedFeedback { Text = "Warm-up: the day centre bus was late.", Locality = null, Reference = "WARMUP000000" }],
        };
        var bytes = batch.ToBytes();
        var document = new Document
        {
            Channel = Channel.OnlineForm.Code(), FileName = "warm-up.json", ContentType = "application/json", Sha256 = "", Status = DocumentStatus.Ingesting,
            SizeBytes = bytes.Length, Metadata = """{"source":"online-form"}""",
        };
        var run = await services.GetRequiredService<ParseSandbox>().ParseAsync(document, bytes, tableOnly: false, ct);
        var localities = await services.GetRequiredService<LocalityStore>().ListAsync(ct);
        var seeds = Core.ProjectPaths.SeedsDirectory(services.GetRequiredService<IOptions<Core.VoiceHubOptions>>().Value);
        IngestDocumentJob.ToNewItems(document.Channel, run.Result.Items, new LocalityResolver(localities, seeds), null);
    }

    /// <summary>The public form posted empty: its anti-forgery check and error page run; it stores nothing.</summary>
    private static async Task EmptyFeedbackAsync(Uri baseUrl, List<string> failures, CancellationToken ct)
    {
        // Cookies carried by hand: they are Secure outside Development, and a cookie container keeps those for https only.
        using var visitor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
        visitor.DefaultRequestHeaders.Add(Header, Secret);
        using var form = await visitor.GetAsync("/give-feedback", ct);
        if ((int)form.StatusCode != 200)
        {
            failures.Add($"/give-feedback: {(int)form.StatusCode}");
            return;
        }
        var page = await form.Content.ReadAsStringAsync(ct);
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/give-feedback")
        {
            Content = new FormUrlEncodedContent([new("Feedback", ""), new("__RequestVerificationToken", token)]),
        };
        if (form.Headers.TryGetValues("Set-Cookie", out var cookies)) post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        using var response = await visitor.SendAsync(post, ct);
        if ((int)response.StatusCode != 200) failures.Add($"/give-feedback (empty POST): {(int)response.StatusCode}");
    }

    private static async Task<int> VisitAsync(HttpClient http, string path, string? cookie, List<string> failures, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request, ct);
        if ((int)response.StatusCode != 200) failures.Add($"{path}: {(int)response.StatusCode}");
        return 1;
    }

    /// <summary>This host's own address: the first it listens on, any-address bindings asked on loopback.</summary>
    private Uri? Loopback()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
                      ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null) return null;
        var uri = new Uri(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]"));
        return new Uri($"{uri.Scheme}://{uri.Authority}");
    }

    /// <summary>
    /// A sign-in cookie for the first active administrator, made with the app's own cookie protection, as signing in
    /// would make it (its security stamp included), but without a sign-in: nothing is recorded and it is never sent out.
    /// </summary>
    private async Task<string?> AdminCookieAsync(CancellationToken ct)
    {
        var admin = (await services.GetRequiredService<UserStore>().ListAsync(ct)).FirstOrDefault(u => u.Role == Roles.Admin && !u.Disabled);
        if (admin is null) return null;
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(SignInService.Principal(admin), new AuthenticationProperties(), CookieAuthenticationDefaults.AuthenticationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }

    private async Task<long?> FirstItemAsync(CancellationToken ct)
    {
        await using var conn = await services.GetRequiredService<Npgsql.NpgsqlDataSource>().OpenConnectionAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT min(id) FROM items", conn);
        return await command.ExecuteScalarAsync(ct) is long id ? id : null;
    }
}

public sealed record WarmUpResult(int Pages, IReadOnlyList<string> Failures, TimeSpan Elapsed);
