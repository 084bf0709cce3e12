using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VoiceHub.Analysis;
using VoiceHub.Core;
using VoiceHub.Core.Seeds;
using VoiceHub.Ingest;
using VoiceHub.Search;

namespace VoiceHub.Cli;

/// <summary>
/// The CLI's services: the same configuration (environment <c>VoiceHub__…</c>, <c>ConnectionStrings__VoiceHub</c>, an
/// <c>appsettings.json</c> in the working directory) and the same embedded PostgreSQL as the web app, reused if it runs.
/// Logs go to standard error, so standard output carries only the command's answer.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliHost(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static async Task<CliHost> StartAsync(CancellationToken ct, Action<IServiceCollection>? extra = null)
    {
        var configuration = Configuration();
        var level = configuration.GetValue("VoiceHub:CliLogLevel", LogLevel.Warning);
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(level));
        using var bootLoggers = LoggerFactory.Create(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(level));
        var database = await VoiceHubDatabase.OpenAsync(configuration, bootLoggers.CreateLogger("VoiceHub.Cli"), ct);

        services.AddSingleton(configuration);
        services.AddVoiceHubCore(configuration, database);
        services.AddIngest();
        services.AddAnalysis(configuration);
        // The index is opened as writer only if no app holds it: then this process brings it up to date itself.
        services.AddSearch(write: true);
        extra?.Invoke(services);
        var provider = services.BuildServiceProvider();
        var options = configuration.GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions();
        await provider.GetRequiredService<SeedLoader>().LoadAsync(ProjectPaths.SeedsDirectory(options), ct);
        return new CliHost(provider);
    }

    public async ValueTask DisposeAsync()
    {
        var database = _services.GetRequiredService<VoiceHubDatabase>();
        await _services.DisposeAsync();
        await database.DisposeAsync();
    }
}
