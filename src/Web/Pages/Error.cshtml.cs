using System.Net.Sockets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace VoiceHub.Web.Pages;

/// <summary>The one error page: friendly words for every status, never a stack trace. Faults are logged with their id.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ILogger<ErrorModel> log, Microsoft.Extensions.Options.IOptions<Infrastructure.UploadOptions> upload) : PageModel
{
    public int Status { get; private set; }

    /// <summary>The upload limit (<c>VoiceHub:MaxUploadBytes</c>), for the "file too large" page.</summary>
    public long MaxUploadMegabytes => upload.Value.MaxUploadBytes / (1024 * 1024);
    public string? RequestId { get; private set; }

    /// <summary>The Easy Read view (<c>?view=easy-read</c>), offered on "Page not found".</summary>
    public bool EasyRead => Request.Query["view"] == "easy-read";

    public void OnGet(int? code) => Handle(code);

    public void OnPost(int? code) => Handle(code);

    private void Handle(int? code)
    {
        RequestId = HttpContext.TraceIdentifier;
        var fault = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (fault is not null)
        {
            Status = IsDatabaseDown(fault) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            log.LogError(fault, "Unhandled fault on {Path} (request {RequestId})", HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path, RequestId);
        }
        else
        {
            Status = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        }
        Response.StatusCode = Status;
    }

    private static bool IsDatabaseDown(Exception e) =>
        e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException
        || (e.InnerException is { } inner && IsDatabaseDown(inner));
}
