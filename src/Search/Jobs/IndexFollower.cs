using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VoiceHub.Search.Jobs;

/// <summary>
/// Keeps this node's index in step with PostgreSQL. Each node follows the change feed itself (a Hangfire job would run
/// on one node only), polling twice a second, so an item is searchable within about a second of its commit. Every few
/// seconds it also looks for a rebuild request (<c>voicehub reindex</c>) and serves it in the background, so following
/// carries on while the new index is built.
/// </summary>
public sealed class IndexFollower(IndexSync sync, IndexRebuilder rebuilder, TimeProvider clock, ILogger<IndexFollower> log) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan AfterFault = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RequestsEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AfterRebuildFault = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Task rebuild = Task.CompletedTask;
        long? lastRequestCheck = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (rebuild.IsCompleted && (lastRequestCheck is not { } last || clock.GetElapsedTime(last) >= RequestsEvery))
                {
                    lastRequestCheck = clock.GetTimestamp();
                    rebuild = ServeRequestsAsync(stoppingToken);
                }
                var applied = await sync.CatchUpAsync(stoppingToken);
                if (applied == 0) await Task.Delay(Idle, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // PostgreSQL restarting, a network blip: wait and carry on from the committed cursor.
                log.LogWarning("Index follower paused: {Error}", e.Message);
                await Task.Delay(AfterFault, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
        await rebuild;
    }

    private async Task ServeRequestsAsync(CancellationToken ct)
    {
        await Task.Yield();
        try
        {
            await rebuilder.ServeRequestsAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogError(e, "Rebuilding the search index failed; the live index carries on, and the request will be tried again later");
            await Task.Delay(AfterRebuildFault, ct).ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}
