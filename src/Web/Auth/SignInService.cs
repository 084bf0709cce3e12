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
    LockedOut,
    /// <summary>Too many attempts for this account this minute (<see cref="SignInThrottle"/>).</summary>
    TooManyAttempts,
    /// <summary>Local accounts are switched off: sign in with the council's identity provider.</summary>
    LocalAccountsOff,
}

/// <summary>Local-account sign-in: hashed passwords, lockout after repeated failures, a per-account throttle, every attempt audited.</summary>
public sealed class SignInService(UserStore users, AuditStore audit, IPasswordHasher<User> hasher, TimeProvider clock,
    SignInThrottle throttle, Microsoft.Extensions.Options.IOptions<LocalAccountsOptions> local)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    public async Task<SignInOutcome> SignInAsync(HttpContext http, string email, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ip = http.Connection.RemoteIpAddress?.ToString();
        if (!local.Value.Enabled)
        {
            await audit.AppendAsync(null, email, "sign-in-failed", null, new { reason = "local accounts are off" }, ip, ct);
            return SignInOutcome.LocalAccountsOff;
        }
        if (!throttle.TryAttempt(email))
        {
            await audit.AppendAsync(null, email, "sign-in-failed", null, new { reason = "too many attempts" }, ip, ct);
            return SignInOutcome.TooManyAttempts;
        }
        var user = await users.FindByEmailAsync(email, ct);
        if (user is null || user.Disabled || user.PasswordHash is null)
        {
            // Same work and the same answer whether or not the account exists.
            hasher.VerifyHashedPassword(new User { Email = "", DisplayName = "", Role = Roles.Staff }, DummyHash, password);
            await audit.AppendAsync(null, email, "sign-in-failed", null, new { reason = "unknown account" }, ip, ct);
            return SignInOutcome.Failed;
        }
        if (user.LockedUntil is { } until && until > now)
        {
            await audit.AppendAsync(user.Id, user.Email, "sign-in-failed", null, new { reason = "locked out" }, ip, ct);
            return SignInOutcome.LockedOut;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            await users.RecordFailureAsync(user.Id, MaxFailures, LockFor, now, ct);
            await audit.AppendAsync(user.Id, user.Email, "sign-in-failed", null, new { reason = "wrong password" }, ip, ct);
            return user.FailedSignIns + 1 >= MaxFailures ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.SetPasswordHashAsync(user.Id, hasher.HashPassword(user, password), ct);
        }

        await users.RecordSuccessAsync(user.Id, now, ct);
        await audit.AppendAsync(user.Id, user.Email, "sign-in", $"user:{user.Id}", new { method = "password" }, ip, ct);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user));
        return SignInOutcome.Success;
    }

    public static ClaimsPrincipal Principal(User user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Email, user.Email),
            new(ClaimTypes.Role, user.Role),
        };
        if (user.RawText) claims.Add(new Claim(Roles.RawTextClaim, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private static readonly string DummyHash =
        new PasswordHasher<User>().HashPassword(new User { Email = "", DisplayName = "", Role = Roles.Staff }, Guid.NewGuid().ToString());
}
