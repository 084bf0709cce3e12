using Hangfire;
using Npgsql;
using VoiceHub.Core.Stores;
using VoiceHub.Search;

namespace VoiceHub.Web.Infrastructure;

/// <summary><c>GET /health</c>: the state of the database, this node's index, the job servers and this node's roles. 503 when the database is unreachable.</summary>
public static class Health
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (NpgsqlDataSource db, ItemStore items, IndexHolder indexes, JobStorage jobs, IConfiguration configuration, CancellationToken ct) =>
        {
            var index = indexes.Current;
            string database;
            long? latest = null;
            try
            {
                latest = await items.LatestChangeAsync(ct);
                database = "ok";
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                database = "unavailable";
            }

            var indexState = index.Rebuilding ? "rebuilding" : latest is { } l && index.Cursor < l ? "catching-up" : "ok";
            long servers = 0;
            string jobState;
            try
            {
                servers = jobs.GetMonitoringApi().Servers().Count;
                jobState = servers > 0 ? "ok" : "no-servers";
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                jobState = "unavailable";
            }

            var body = new
            {
                status = database == "ok" ? "ok" : "unavailable",
                database,
                index = new { state = indexState, cursor = index.Cursor, latest, documents = indexes.Count(), writer = index.CanWrite },
                jobs = new { state = jobState, servers },
                node = NodeRoles.From(configuration),
            };
            return Results.Json(body, statusCode: database == "ok" ? 200 : 503);
        }).AllowAnonymous();
}
