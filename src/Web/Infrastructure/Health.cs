using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using VoiceHub.Core.Stores;
using VoiceHub.Search;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// <c>GET /health</c>, on ASP.NET Core's health checks: the database (AspNetCore.HealthChecks.NpgSql's <c>SELECT 1</c>),
/// this node's index, the job servers and this node's roles, as one JSON object. 503 only when the database is
/// unreachable: an index catching up or no job server yet is reported, not failed, because the node still serves.
/// </summary>
/// <example>
/// <code>{"status":"ok","database":"ok","index":{"state":"catching-up","cursor":41,"latest":42,"documents":41,"writer":true},
/// "jobs":{"state":"ok","servers":1},"node":{"web":true,"jobs":true}}</code>
/// </example>
public static class Health
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IServiceCollection AddVoiceHubHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddNpgSql(name: "database", timeout: TimeSpan.FromSeconds(5))
            .AddCheck<IndexCheck>("index")
            .AddCheck<JobsCheck>("jobs");
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = (context, report) =>
            {
                var database = report.Entries.TryGetValue("database", out var db) && db.Status == HealthStatus.Healthy ? "ok" : "unavailable";
                var body = new
                {
                    status = database == "ok" ? "ok" : "unavailable",
                    database,
                    index = Data(report, "index"),
                    jobs = Data(report, "jobs"),
                    node = NodeRoles.From(context.RequestServices.GetRequiredService<IConfiguration>()),
                };
                context.Response.ContentType = "application/json; charset=utf-8";
                return context.Response.WriteAsJsonAsync(body, Json);
            },
        }).AllowAnonymous();

    private static IReadOnlyDictionary<string, object> Data(HealthReport report, string name) =>
        report.Entries.TryGetValue(name, out var entry) ? entry.Data : new Dictionary<string, object>();

    /// <summary>This node's index against the newest change in the database: ok, catching-up or rebuilding.</summary>
    private sealed class IndexCheck(ItemStore items, IndexHolder indexes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var index = indexes.Current;
            long? latest = null;
            try
            {
                latest = await items.LatestChangeAsync(cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                // The database check says so; the index is reported as far as it is known.
            }
            var state = index.Rebuilding ? "rebuilding" : latest is { } l && index.Cursor < l ? "catching-up" : "ok";
            var data = new Dictionary<string, object>
            {
                ["state"] = state, ["cursor"] = index.Cursor, ["documents"] = indexes.Count(), ["writer"] = index.CanWrite,
            };
            if (latest is { } known) data["latest"] = known;
            return state == "ok" ? HealthCheckResult.Healthy(data: data) : HealthCheckResult.Degraded(state, data: data);
        }
    }

    /// <summary>The Hangfire servers the job storage knows: ok, no-servers or unavailable.</summary>
    private sealed class JobsCheck(JobStorage jobs) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            long servers = 0;
            string state;
            try
            {
                servers = jobs.GetMonitoringApi().Servers().Count;
                state = servers > 0 ? "ok" : "no-servers";
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                state = "unavailable";
            }
            var data = new Dictionary<string, object> { ["state"] = state, ["servers"] = servers };
            return Task.FromResult(state == "ok" ? HealthCheckResult.Healthy(data: data) : HealthCheckResult.Degraded(state, data: data));
        }
    }
}
