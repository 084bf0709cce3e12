using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using VoiceHub.Core.Model;

namespace VoiceHub.Web.Auth;

/// <summary>
/// Who is signed in: a cookie issued by a local sign-in (email and password) or by the council's identity provider
/// (OpenID Connect, when <c>VoiceHub:Oidc:Authority</c> is set), and the policies of <see cref="Policies"/>.
/// </summary>
public static class AuthSetup
{
    private static readonly string[] Scopes = ["openid", "profile", "email"];

    public const string OidcScheme = "oidc";

    public static IServiceCollection AddVoiceHubAuth(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<SignInService>();
        services.AddScoped<ExternalSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section)
            .Validate(o => o.IsValid(), "VoiceHub:SignInThrottle: free failures must be 1 or more, delays positive, each maximum at least the first delay, and ForgetAfter at least MaxAddressDelay.")
            .ValidateOnStart();
        services.AddSingleton<AccountCheck>();
        services.AddScoped<CookieEvents>();
        services.Configure<LocalAccountsOptions>(configuration.GetSection(LocalAccountsOptions.Section));
        services.Configure<OidcOptions>(configuration.GetSection(OidcOptions.Section));

        // Over plain HTTP only in development (and the tests' loopback apps); everywhere else cookies need HTTPS.
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.Cookie.Name = "voicehub.auth";
                o.Cookie.HttpOnly = true;
                // Lax, not Strict: the identity provider's reply arrives as a cross-site POST and must still find the session.
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = secure;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.EventsType = typeof(CookieEvents);
            });

        var oidc = configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OidcScheme, oidc.DisplayName, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                o.Scope.Clear();
                foreach (var scope in Scopes) o.Scope.Add(scope);
                // Claims keep the provider's names (sub, email, groups); ExternalSignIn maps them to VoiceHub's own.
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.CallbackPath = "/signin-oidc";
                o.CorrelationCookie.SecurePolicy = secure;
                o.NonceCookie.SecurePolicy = secure;
                o.Events.OnTokenValidated = c => c.HttpContext.RequestServices.GetRequiredService<ExternalSignIn>().OnTokenValidatedAsync(c);
                o.Events.OnRemoteFailure = c => c.HttpContext.RequestServices.GetRequiredService<ExternalSignIn>().OnRemoteFailureAsync(c);
            });
        }
        services.AddAuthorizationBuilder().AddVoiceHubPolicies();
        return services;
    }
}
