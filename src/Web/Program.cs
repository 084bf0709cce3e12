using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Seeds;
using VoiceHub.Ingest;
using VoiceHub.Search;
using VoiceHub.Web.Api;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Demo;
using VoiceHub.Web.Digests;
using VoiceHub.Web.Infrastructure;
using VoiceHub.Web.Notifications;
using VoiceHub.Web.Pages.Search;
using VoiceHub.Web.Privacy;

// Untrusted files are parsed by this program started again as a bounded child process: it must build no host.
if (VoiceHub.Ingest.Sandbox.ParseSandboxChild.TryRun(args) is { } parseExit)
{
    Environment.ExitCode = parseExit;
    return;
}

var builder = WebApplication.CreateBuilder(ProductionStart.Options(args));
// Outside Development: refuse plain http with no trusted proxy (forms would fail on their Secure cookies), in one sentence.
if (ProductionStart.Refusal(builder.Configuration, builder.Environment) is { } refusal)
{
    Console.Error.WriteLine(refusal);
    Environment.ExitCode = 2;
    return;
}
ProductionStart.FindStaticFiles(builder);

// The database comes first: the configured server, or the embedded local PostgreSQL started (or reused) here.
using var bootLoggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
var database = await VoiceHubDatabase.OpenAsync(builder.Configuration, bootLoggers.CreateLogger("VoiceHub.Startup"), CancellationToken.None);

builder.Services.AddVoiceHubCore(builder.Configuration, database);
builder.Services.AddIngest();
builder.Services.AddAnalysis(builder.Configuration);
builder.Services.AddHostedService<ReadyModels>(); // before the search services: see ReadyModels
builder.Services.AddSearch(write: true);
builder.Services.AddIndexFollower();
builder.Services.AddQueryEmbedding();
builder.Services.AddVoiceHubJobs(builder.Configuration, database);
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddDigests();
builder.Services.AddDemoData();
// First visits: what they would pay (views, index, model, redactor lists) is paid in the background after start.
builder.Services.AddSingleton<WarmUp>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<WarmUp>());

builder.Services.AddDataProtection().SetApplicationName("VoiceHub");
builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
    new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new VoiceHub.Web.Auth.DataProtectionKeyStore(sp.GetRequiredService<Npgsql.NpgsqlDataSource>())));
builder.Services.AddVoiceHubAuth(builder.Configuration, builder.Environment);
builder.Services.AddVoiceHubCookiePolicy(builder.Environment);
builder.Services.AddWebSettings();
builder.Services.AddVoiceHubHealth();
builder.Services.AddVoiceHubProxy();
builder.Services.AddHttpsOnly();
VoiceHub.Web.Pages.Accessibility.AccessibilityOptions.AddTo(builder.Services, builder.Configuration);
builder.Services.AddPrivacy(builder.Configuration);
builder.Services.AddFeedbackApi();
builder.Services.AddVoiceHubRateLimits();
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "voicehub.af";
    o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
});
builder.Services.AddRazorPages();
builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
builder.Services.AddOptions<Microsoft.AspNetCore.Http.Features.FormOptions>()
    .Configure<IOptions<UploadOptions>>((o, upload) => o.MultipartBodyLengthLimit = upload.Value.MaxUploadBytes);

var app = builder.Build();
app.Lifetime.ApplicationStopped.Register(() => database.DisposeAsync().AsTask().GetAwaiter().GetResult());

app.UseVoiceHubProxy(app.Configuration);
// Never a stack trace: errors and status codes re-execute the friendly error page, in every environment.
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
if (!app.Environment.IsDevelopment()) app.UseHsts();
app.UseHttpsOnly();
app.UseVoiceHubSecurityHeaders();
app.UseCookiePolicy();

app.UseJobsOnlyNode();
app.UseStaticFiles();
app.UseUntrustedInputCleaning();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAccountStoreDownRefusal();
app.UseAuthorization();

app.MapRazorPages();
// An address nothing serves is "Page not found" for everyone (the error page, re-executed), never the staff sign-in:
// without this, the staff-only fallback policy would send the public to sign in for a mistyped address.
app.MapFallback("{*path}", context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();
app.MapHealth();
app.MapFeedbackApi();
app.MapSearchApi();
app.MapHangfireDashboard("/hangfire", new DashboardOptions
{
    Authorization = [new JobsSetup.AdminOnly()],
    DashboardTitle = "VoiceHub jobs",
    AppPath = "/",
}).RequireAuthorization(Policies.Admin);

var options = app.Services.GetRequiredService<IOptions<VoiceHubOptions>>().Value;
await app.Services.GetRequiredService<SeedLoader>().LoadAsync(ProjectPaths.SeedsDirectory(options), CancellationToken.None);
await FirstAdmin.EnsureAsync(app.Services, CancellationToken.None);
await DemoDataSetup.EnqueueIfNewAsync(app.Services, CancellationToken.None);
JobsSetup.RegisterRecurringJobs(app.Services.GetRequiredService<IRecurringJobManager>());

app.Run();

/// <summary>The web app's entry point, visible to the tests' host.</summary>
public partial class Program;
