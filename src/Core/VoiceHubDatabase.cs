using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;
using VoiceHub.Core.LocalPostgres;
using VoiceHub.Core.Schema;

namespace VoiceHub.Core;

/// <summary>
/// The database a process talks to: the configured <c>ConnectionStrings:VoiceHub</c> (production), or else the embedded
/// local PostgreSQL, started (or reused) under the data directory. Migrated on open.
/// </summary>
public sealed class VoiceHubDatabase : IAsyncDisposable
{
    private VoiceHubDatabase(NpgsqlDataSource dataSource, string connectionString, LocalPostgres.LocalPostgres? local)
    {
        DataSource = dataSource;
        ConnectionString = connectionString;
        Local = local;
    }

    public NpgsqlDataSource DataSource { get; }
    public string ConnectionString { get; }

    /// <summary>The embedded server, when no connection string was configured.</summary>
    public LocalPostgres.LocalPostgres? Local { get; }

    public static async Task<VoiceHubDatabase> OpenAsync(IConfiguration configuration, ILogger log, CancellationToken ct)
    {
        var options = configuration.GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions();
        var configured = configuration.GetConnectionString("VoiceHub");
        LocalPostgres.LocalPostgres? local = null;
        string connectionString;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            connectionString = configured;
        }
        else
        {
            local = await LocalPostgres.LocalPostgres.StartAsync(new LocalPostgresOptions
            {
                DataDirectory = ProjectPaths.DataDirectory(options),
                Port = options.PostgresPort,
            }, log, ct);
            connectionString = local.ConnectionString;
        }

        var dataSource = Build(connectionString);
        try
        {
            await Migrator.MigrateAsync(dataSource, log, ct);
        }
        catch
        {
            await dataSource.DisposeAsync();
            if (local is not null) await local.StopAsync();
            throw;
        }
        return new VoiceHubDatabase(dataSource, connectionString, local);
    }

    public static NpgsqlDataSource Build(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "VoiceHub";
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (Local is not null) await Local.StopAsync();
    }
}
