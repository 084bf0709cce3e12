using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>
/// The real app, on Kestrel at a loopback port, against a fresh database of the test cluster, with its own index folder
/// and a real Hangfire server. Nothing is replaced or mocked.
/// </summary>
public sealed class VoiceHubApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@voicehub.local";
    public const string AdminPassword = "correct horse battery staple";
    public const string StaffPassword = "staff password 12345";

    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly int _port = FreePort.Pick();

    private VoiceHubApp(string connectionString, string indexDirectory, IReadOnlyDictionary<string, string?>? settings)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        IndexDirectory = indexDirectory;
        UseKestrel(_port);
    }

    public string IndexDirectory { get; }
    public Uri BaseUrl => new($"http://127.0.0.1:{_port}");
    public string ConnectionString => _connectionString;

    /// <param name="settings">Extra configuration for this app (a small training file, an SMTP server, lower rate limits).</param>
    public static async Task<VoiceHubApp> StartAsync(PostgresCluster cluster, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new VoiceHubApp(await cluster.CreateDatabaseAsync("web"), TestPaths.TempDirectory("voicehub-web-index"), settings);
        app.StartServer();
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:VoiceHub", _connectionString);
        builder.UseSetting("VoiceHub:IndexDirectory", IndexDirectory);
        builder.UseSetting("VoiceHub:SeedsDirectory", TestPaths.Seeds);
        builder.UseSetting("VoiceHub:Admin:Email", AdminEmail);
        builder.UseSetting("VoiceHub:Admin:Password", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Training a model on the full demo data takes a minute of CPU: tests that need a model ask for one on small data.
        builder.UseSetting("VoiceHub:Themes:TrainOnFirstStart", "false");
        // The demo council's year of feedback would change every count a test checks: tests that want it ask for it.
        builder.UseSetting("VoiceHub:LoadDemoData", "false");
        // Nor the start-up warm-up's own page visits (rate limits, request counts): the warm-up test turns it on.
        builder.UseSetting("VoiceHub:WarmUp", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Adds a local account and returns its email.</summary>
    public async Task<string> CreateUserAsync(string role, bool rawText = false)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@council.example";
        var template = new User { Email = email, DisplayName = role + " tester", Role = role };
        var hash = Get<IPasswordHasher<User>>().HashPassword(template, StaffPassword);
        await Get<UserStore>().CreateAsync(email, role + " tester", hash, role, rawText, CancellationToken.None);
        return email;
    }

    /// <summary>An HTTP client with its own cookies, signed in as <paramref name="email"/> through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password = StaffPassword)
    {
        var client = NewClient();
        var response = await PostFormAsync(client, "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
        return client;
    }

    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = BaseUrl,
    };

    /// <summary>
    /// Posts a file to the upload page as staff do: its anti-forgery token, the channel, the file and any other
    /// <paramref name="fields"/>. The answer is the caller's to check (a redirect to the document or its mapping step).
    /// </summary>
    public static async Task<HttpResponseMessage> PostUploadAsync(HttpClient client, string channel, string name, byte[] bytes,
        Dictionary<string, string>? fields = null)
    {
        var token = FormToken.Find(await client.GetStringAsync("/upload"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(channel), "Channel" },
            { new ByteArrayContent(bytes), "Upload", name },
        };
        foreach (var (k, v) in fields ?? []) form.Add(new StringContent(v), k);
        return await client.PostAsync("/upload", form);
    }

    /// <summary>GETs the form page for its anti-forgery token, then posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? path);
        fields["__RequestVerificationToken"] = FormToken.Find(page);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }



    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Hangfire keeps its own Npgsql pool per connection string; one app per test would otherwise leave its idle
        // connections open until the test cluster's max_connections is reached.
        Npgsql.NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(IndexDirectory, recursive: true); } catch (IOException) { }
    }
}
