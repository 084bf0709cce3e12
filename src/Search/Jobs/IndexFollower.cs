using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VoiceHub.Search.Jobs;

/// <summary>
/// Keeps this node's index in step with PostgreSQL. Each node follows the change feed itself (a Hangfire job would run
/// on one node only), polling twice a second, so an item is searchable within about a second of its commit.
/// </summary>
public sealed class IndexFollower(IndexSync sync, ILogger<IndexFollower> log) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan AfterFault = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var applied = await sync.CatchUpAsync(stoppingToken);
                if (applied == 0) await Task.Delay(Idle, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // PostgreSQL restarting, a network blip: wait and carry on from the committed cursor.
                log.LogWarning("Index follower paused: {Error}", e.Message);
                await Task.Delay(AfterFault, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }
}
