using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>
/// One app with the test defaults for a whole test class (<c>IClassFixture&lt;AppFixture&gt;</c>): for classes whose tests
/// each make and read their own users, uploads and pages, so they need no fresh database of their own.
/// </summary>
public sealed class AppFixture(PostgresCluster cluster) : IAsyncLifetime
{
    public VoiceHubApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await VoiceHubApp.StartAsync(cluster);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
