using System.Globalization;
using System.Security.Claims;
using VoiceHub.Core.Model;

namespace VoiceHub.Web.Auth;

public static class UserExtensions
{
    public static long? UserId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool IsStaff(this ClaimsPrincipal user) => user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);

    /// <summary>Raw (unredacted) text is for staff holding the separate raw-text permission only.</summary>
    public static bool CanSeeRawText(this ClaimsPrincipal user) => user.IsStaff() && user.HasClaim(Roles.RawTextClaim, "true");
}
