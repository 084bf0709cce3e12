using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using VoiceHub.Core.Text;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Text is cleaned at the door, once for every page: NUL and other control characters are removed from query-string
/// values and from every form field and uploaded file name (<see cref="CleanFormFeature"/>) before any page, binder or
/// store sees them. PostgreSQL refuses a NUL in text, so one let through was a 500 (<c>/admin/audit?action=%00</c>) or
/// a job failing long after the request was accepted. The feedback API, which reads JSON, cleans its own items.
/// </summary>
/// <remarks>
/// A form too large to read answers 413, which the error page shows as "The file is too large" with the limit, instead
/// of the generic 500 the framework's exception would give.
/// </remarks>
public static class UntrustedInput
{
    public static IApplicationBuilder UseUntrustedInputCleaning(this IApplicationBuilder app)
    {
        var formOptions = app.ApplicationServices.GetRequiredService<IOptions<FormOptions>>().Value;
        return app.Use(async (http, next) =>
        {
            if (http.Request.Query.Any(q => UntrustedText.NeedsCleaning(q.Key) || q.Value.Any(UntrustedText.NeedsCleaning)))
            {
                http.Request.Query = new QueryCollection(http.Request.Query
                    .GroupBy(q => UntrustedText.Clean(q.Key)!, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => new StringValues(g.SelectMany(q => q.Value).Select(UntrustedText.Clean).ToArray()),
                        StringComparer.OrdinalIgnoreCase));
            }
            if (http.Features.Get<IFormFeature>() is not CleanFormFeature)
            {
                // Kept readable twice: the framework's reader refuses a form whose values hold control characters, and
                // CleanFormFeature then reads it again itself to remove them.
                if (CleanFormFeature.IsUrlEncoded(http.Request)) http.Request.EnableBuffering();
                var inner = http.Features.Get<IFormFeature>() ?? new FormFeature(http.Request, formOptions);
                http.Features.Set<IFormFeature>(new CleanFormFeature(inner, http.Request, formOptions));
            }
            try
            {
                await next(http);
            }
            catch (Exception e) when (Refusal(e) is { } refused && !http.Response.HasStarted)
            {
                http.Response.Clear();
                http.Response.StatusCode = refused.Status;
                // The error page that status code pages re-executes must not try to read the refused form again.
                http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
                // The rest of an oversize body is not read: the client is told to stop, and the connection closes.
                if (refused.Status == StatusCodes.Status413PayloadTooLarge) http.Response.Headers.Connection = "close";
            }
        });
    }

    /// <summary>The form refusal behind <paramref name="e"/> (model binding and anti-forgery wrap what they read).</summary>
    private static FormRefusedException? Refusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is FormRefusedException refused) return refused;
        }
        return null;
    }
}
