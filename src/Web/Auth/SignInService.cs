using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Auth;

public enum SignInOutcome
{
    Success,
    Failed,
    /// <summary>Too many recent wrong passwords for this email or from this address: wait (<see cref="SignInThrottle"/>).</summary>
    TooManyAttempts,
    /// <summary>Local accounts are switched off: sign in with the council's identity provider.</summary>
    LocalAccountsOff,
}

/// <summary>The outcome of a local sign-in, with how long to wait when it was throttled.</summary>
public readonly record struct SignInResult(SignInOutcome Outcome, TimeSpan Wait = default);

/// <summary>
/// Local-account sign-in: hashed passwords, growing delays after repeated failures (<see cref="SignInThrottle"/>), the
/// same work and answer whether or not the account exists, every attempt audited.
/// </summary>
public sealed class SignInService(UserStore users, AuditStore audit, IPasswordHasher<User> hasher, TimeProvider clock,
    SignInThrottle throttle, Microsoft.Extensions.Options.IOptions<LocalAccountsOptions> local)
{
    public async Task<SignInResult> SignInAsync(HttpContext http, string email, string password, CancellationToken ct)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString();
        if (!local.Value.Enabled)
        {
            await audit.AppendAsync(null, email, "sign-in-failed", null, new { reason = "local accounts are off" }, ip, ct);
            return new SignInResult(SignInOutcome.LocalAccountsOff);
        }
        var wait = throttle.WaitFor(email, ip);
        if (wait > TimeSpan.Zero)
        {
            await audit.AppendAsync(null, email, "sign-in-failed", null, new { reason = "too many attempts" }, ip, ct);
            return new SignInResult(SignInOutcome.TooManyAttempts, wait);
        }
        var user = await users.FindByEmailAsync(email, ct);
        if (user is null || user.Disabled || user.PasswordHash is null)
        {
            // Same work and the same answer whether or not the account exists.
            hasher.VerifyHashedPassword(new User { Email = "", DisplayName = "", Role = Roles.Staff }, DummyHash, password);
            throttle.Failed(email, ip);
            await audit.AppendAsync(null, email, "sign-in-failed", null, new { reason = "unknown account" }, ip, ct);
            return new SignInResult(SignInOutcome.Failed);
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            throttle.Failed(email, ip);
            await audit.AppendAsync(user.Id, user.Email, "sign-in-failed", null, new { reason = "wrong password" }, ip, ct);
            return new SignInResult(SignInOutcome.Failed);
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.SetPasswordHashAsync(user.Id, hasher.HashPassword(user, password), ct);
        }

        throttle.Succeeded(email);
        await users.RecordSuccessAsync(user.Id, clock.GetUtcNow(), ct);
        await audit.AppendAsync(user.Id, user.Email, "sign-in", $"user:{user.Id}", new { method = "password" }, ip, ct);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user));
        return new SignInResult(SignInOutcome.Success);
    }

    /// <summary>The account's security stamp at sign-in; a request whose cookie carries an older one is refused.</summary>
    public const string StampClaim = "voicehub:stamp";

    /// <summary>The cookie's claims for <paramref name="user"/>, its current security stamp included.</summary>
    public static ClaimsPrincipal Principal(User user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Email, user.Email),
            new(ClaimTypes.Role, user.Role),
            new(StampClaim, user.SecurityStamp.ToString("N")),
        };
        if (user.RawText) claims.Add(new Claim(Roles.RawTextClaim, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private static readonly string DummyHash =
        new PasswordHasher<User>().HashPassword(new User { Email = "", DisplayName = "", Role = Roles.Staff }, Guid.NewGuid().ToString());
}
