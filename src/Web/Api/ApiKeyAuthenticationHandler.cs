using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Npgsql;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Api;

/// <summary>
/// The <c>ApiKey</c> authentication scheme: <c>Authorization: Bearer vh_…</c> (or <c>X-Api-Key: vh_…</c>) is looked up by
/// hash among keys not revoked. Failures answer 401 with a JSON problem, never the cookie sign-in redirect; when the
/// keys cannot be read (PostgreSQL down) the answer is 503, never a guess.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyIdClaim = "voicehub:api-key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers["X-Api-Key"].FirstOrDefault();
        var authorization = Request.Headers.Authorization.FirstOrDefault();
        if (key is null && authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) key = authorization[7..];
        if (string.IsNullOrWhiteSpace(key)) return AuthenticateResult.NoResult();

        Core.Model.ApiKey? found;
        try
        {
            found = await keys.UseAsync(ApiKeySecrets.Hash(key), Context.RequestAborted);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // Fail closed, and say why: the challenge below answers 503, not "unknown key".
            AccountStoreDown.Mark(Context);
            return AuthenticateResult.Fail("The API key store cannot be read.");
        }
        if (found is null) return AuthenticateResult.Fail("Unknown or revoked API key.");
        var identity = new ClaimsIdentity(
        [
            new Claim(KeyIdClaim, found.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, found.Name),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AccountStoreDown.IsMarked(Context) ? AccountStoreDown.WriteApiAsync(Context) : Problem(StatusCodes.Status401Unauthorized, "Send a valid API key as 'Authorization: Bearer <key>'. An administrator creates keys at /admin/api-keys.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "This API key may not do that.");

    private Task Problem(int status, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) Response.Headers.WWWAuthenticate = "Bearer";
        return Response.WriteAsJsonAsync(new { status, title = status == 401 ? "Unauthorized" : "Forbidden", detail },
            options: null, contentType: "application/problem+json");
    }
}
