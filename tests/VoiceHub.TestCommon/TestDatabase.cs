using Npgsql;
using VoiceHub.Core;
using VoiceHub.Core.Seeds;
using VoiceHub.Core.Stores;
using Microsoft.Extensions.Logging.Abstractions;

namespace VoiceHub.TestCommon;

/// <summary>A fresh database with the demo council's localities and themes loaded, and its stores.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string connectionString, NpgsqlDataSource dataSource)
    {
        ConnectionString = connectionString;
        DataSource = dataSource;
        Documents = new DocumentStore(dataSource);
        Items = new ItemStore(dataSource);
        Users = new UserStore(dataSource);
        Audit = new AuditStore(dataSource);
        Localities = new LocalityStore(dataSource);
        Themes = new ThemeStore(dataSource);
        ServiceAreas = new ServiceAreaStore(dataSource);
        ThemeModels = new ThemeModelStore(dataSource);
        Classifications = new ClassificationStore(dataSource);
    }

    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }
    public DocumentStore Documents { get; }
    public ItemStore Items { get; }
    public UserStore Users { get; }
    public AuditStore Audit { get; }
    public LocalityStore Localities { get; }
    public ThemeStore Themes { get; }
    public ServiceAreaStore ServiceAreas { get; }
    public ThemeModelStore ThemeModels { get; }
    public ClassificationStore Classifications { get; }

    public static async Task<TestDatabase> CreateAsync(PostgresCluster cluster, bool seed = true)
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        var db = new TestDatabase(connectionString, VoiceHubDatabase.Build(connectionString));
        if (seed)
        {
            await new SeedLoader(db.Localities, db.Themes, db.ServiceAreas, NullLogger<SeedLoader>.Instance).LoadAsync(TestPaths.Seeds, CancellationToken.None);
        }
        return db;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
