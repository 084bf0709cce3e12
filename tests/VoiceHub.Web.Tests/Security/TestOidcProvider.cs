using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VoiceHub.Core;

namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// A tiny OpenID Connect provider on loopback, enough for the authorisation-code flow with PKCE: discovery, keys,
/// authorize (signs in <see cref="NextUser"/> at once and answers with a form_post page, as Entra ID does), and token
/// (checks the client secret, the code verifier and the redirect address, then signs an ID token with RS256).
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "voicehub";
    public const string ClientSecret = "test client secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly Dictionary<string, (TestUser User, string Nonce, string RedirectUri, string Challenge)> _codes = [];

    private TestOidcProvider(WebApplication app, string issuer)
    {
        _app = app;
        Issuer = issuer;
    }

    public string Issuer { get; }

    /// <summary>Who the next authorize request signs in.</summary>
    public TestUser NextUser { get; set; } = new("subject-1", "person@council.example", "Pat Person", []);

    public sealed record TestUser(string Subject, string Email, string Name, string[] Groups);

    public static async Task<TestOidcProvider> StartAsync()
    {
        var port = FreePort.Pick();
        var issuer = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls(issuer);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var provider = new TestOidcProvider(app, issuer);
        provider.Map(app);
        await app.StartAsync();
        return provider;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["jwks_uri"] = Issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "form_post", "query" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));

        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = _key.KeyId, n = jwk.N, e = jwk.E } } });
        });

        app.MapGet("/authorize", (HttpRequest request) =>
        {
            var q = request.Query;
            if (q["client_id"] != ClientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256") return Results.BadRequest();
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            lock (_codes) _codes[code] = (NextUser, q["nonce"]!, q["redirect_uri"]!, q["code_challenge"]!);
            var html = $"""
                <html><body><form method="post" action="{WebUtility.HtmlEncode(q["redirect_uri"])}">
                <input type="hidden" name="code" value="{code}"><input type="hidden" name="state" value="{WebUtility.HtmlEncode(q["state"])}">
                </form></body></html>
                """;
            return Results.Content(html, "text/html");
        });

        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var (id, secret) = ((string?)form["client_id"], (string?)form["client_secret"]);
            if (request.Headers.Authorization.FirstOrDefault() is { } basic && basic.StartsWith("Basic ", StringComparison.Ordinal))
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(basic[6..])).Split(':', 2);
                (id, secret) = (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
            }
            if (id != ClientId || secret != ClientSecret) return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            (TestUser User, string Nonce, string RedirectUri, string Challenge) grant;
            lock (_codes)
            {
                if (!_codes.Remove(form["code"].ToString(), out grant)) return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }
            var verifier = form["code_verifier"].ToString();
            var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
            if (challenge != grant.Challenge || form["redirect_uri"] != grant.RedirectUri) return Results.Json(new { error = "invalid_grant" }, statusCode: 400);

            var now = DateTime.UtcNow;
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = ClientId,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddMinutes(5),
                Claims = new Dictionary<string, object>
                {
                    ["sub"] = grant.User.Subject,
                    ["email"] = grant.User.Email,
                    ["name"] = grant.User.Name,
                    ["groups"] = grant.User.Groups,
                    ["nonce"] = grant.Nonce,
                },
                SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { access_token = "unused", token_type = "Bearer", expires_in = 300, id_token = token });
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
