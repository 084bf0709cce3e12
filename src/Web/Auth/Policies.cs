using Microsoft.AspNetCore.Authorization;
using VoiceHub.Core.Model;

namespace VoiceHub.Web.Auth;

/// <summary>
/// Who may reach what. Every page and API route carries one of these (or <c>[AllowAnonymous]</c>); a route that says
/// nothing falls back to <see cref="Staff"/>, so a forgotten attribute never exposes feedback.
/// </summary>
public static class Policies
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";
    public const string OurVoice = "OurVoice";

    public static AuthorizationBuilder AddVoiceHubPolicies(this AuthorizationBuilder builder)
    {
        var staff = new AuthorizationPolicyBuilder().RequireRole(Roles.Staff, Roles.Admin).Build();
        return builder
            .AddPolicy(Staff, staff)
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(OurVoice, p => p.RequireRole(Roles.OurVoice, Roles.Staff, Roles.Admin))
            .SetFallbackPolicy(staff);
    }
}
