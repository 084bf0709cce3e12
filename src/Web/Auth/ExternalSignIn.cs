using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Auth;

/// <summary>
/// Turns a validated ID token from the council's identity provider into a VoiceHub account and sign-in: the groups
/// decide the role and the raw-text permission (see <see cref="OidcOptions"/>), the account is recorded in
/// <c>users</c> without a password, and the sign-in (or why it was refused) is audited. The cookie then carries the
/// same claims as a local sign-in, so the rest of the app cannot tell the two apart.
/// </summary>
public sealed class ExternalSignIn(UserStore users, AuditStore audit, IOptions<OidcOptions> options, TimeProvider clock, AccountCheck accounts)
{
    /// <summary>Marks a refusal already audited, so the remote-failure handler does not record it twice.</summary>
    private const string Audited = "voicehub:oidc-failure-audited";

    public async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var ct = context.HttpContext.RequestAborted;
        var ip = context.HttpContext.Connection.RemoteIpAddress?.ToString();
        var claims = context.Principal!;
        var subject = claims.FindFirstValue("sub");
        var issuer = claims.FindFirstValue("iss") ?? options.Value.Authority;
        var email = claims.FindFirstValue("email") ?? claims.FindFirstValue("preferred_username") ?? claims.FindFirstValue("upn");
        var name = claims.FindFirstValue("name") ?? email;
        var groups = claims.FindAll(options.Value.GroupClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        var role = RoleFor(groups, options.Value);
        string? refusal = subject is null ? "the token has no subject"
            : string.IsNullOrWhiteSpace(email) ? "the token has no email address"
            : role is null ? "not in any VoiceHub group"
            : null;
        if (refusal is null)
        {
            var rawText = role != Roles.OurVoice && Has(groups, options.Value.RawTextGroup);
            var result = await users.UpsertExternalAsync($"{issuer}|{subject}", email!, name!, role!, rawText, ct);
            if (result is not { } found) refusal = "the email address belongs to another account";
            else if (found.User.Disabled) refusal = "the account is disabled";
            else
            {
                var user = found.User;
                accounts.Forget(user.Id); // the groups may have changed what this node remembers of the account
                if (found.Created)
                {
                    await audit.AppendAsync(null, "identity provider", "user-created", $"user:{user.Id}", new { role, rawText, method = "oidc" }, ip, ct);
                }
                else if (found.Changed)
                {
                    await audit.AppendAsync(null, "identity provider", "user-changed", $"user:{user.Id}", new { role, rawText, method = "oidc" }, ip, ct);
                }
                await users.RecordSuccessAsync(user.Id, clock.GetUtcNow(), ct);
                await audit.AppendAsync(user.Id, user.Email, "sign-in", $"user:{user.Id}", new { method = "oidc" }, ip, ct);
                context.Principal = SignInService.Principal(user);
                return;
            }
        }
        await audit.AppendAsync(null, email ?? subject ?? "unknown", "sign-in-failed", null, new { reason = refusal, method = "oidc" }, ip, ct);
        context.HttpContext.Items[Audited] = true;
        context.Fail(refusal);
    }

    /// <summary>Any failure of the sign-in round trip (refused above, or the provider's error, or a forged reply).</summary>
    public async Task OnRemoteFailureAsync(RemoteFailureContext context)
    {
        if (!context.HttpContext.Items.ContainsKey(Audited))
        {
            await audit.AppendAsync(null, "unknown", "sign-in-failed", null,
                new { reason = "the identity provider's reply was refused", method = "oidc", error = context.Failure?.GetType().Name },
                context.HttpContext.Connection.RemoteIpAddress?.ToString(), context.HttpContext.RequestAborted);
        }
        context.Response.Redirect("/account/sign-in?failed=oidc");
        context.HandleResponse();
    }

    /// <summary>The highest role any of the groups gives, or null when none does.</summary>
    public static string? RoleFor(IReadOnlySet<string> groups, OidcOptions options) =>
        Has(groups, options.AdminGroup) ? Roles.Admin
        : Has(groups, options.StaffGroup) ? Roles.Staff
        : Has(groups, options.OurVoiceGroup) ? Roles.OurVoice
        : null;

    private static bool Has(IReadOnlySet<string> groups, string? group) => !string.IsNullOrWhiteSpace(group) && groups.Contains(group);
}
