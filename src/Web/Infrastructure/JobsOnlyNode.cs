namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// On a jobs-only node (<c>VoiceHub:Node:Web=false</c>) every request but <c>/health</c> gets a plain 404: staff use the
/// web nodes. A middleware rather than leaving endpoints unmapped, so the pages' registrations stay in one place.
/// </summary>
public static class JobsOnlyNode
{
    public static IApplicationBuilder UseJobsOnlyNode(this WebApplication app)
    {
        if (NodeRoles.From(app.Configuration).Web) return app;
        return app.Use(async (http, next) =>
        {
            if (http.Request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase))
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("This VoiceHub node runs jobs only: its pages are served by the web nodes.", http.RequestAborted);
        });
    }
}
