using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Auth;

/// <summary>
/// Makes sure there is an admin. The first admin's password comes from <c>VoiceHub__Admin__Password</c>; when that is
/// unset on the first run, one is generated and printed once to the console (never logged, never stored in clear).
/// </summary>
public static class FirstAdmin
{
    public static async Task EnsureAsync(IServiceProvider services, CancellationToken ct)
    {
        // With local accounts off, admins come from the identity provider's admin group instead.
        if (!services.GetRequiredService<IOptions<LocalAccountsOptions>>().Value.Enabled) return;
        var users = services.GetRequiredService<UserStore>();
        if (await users.AnyAdminAsync(ct)) return;
        var options = services.GetRequiredService<IOptions<VoiceHubOptions>>().Value.Admin;
        var hasher = services.GetRequiredService<IPasswordHasher<User>>();
        var generated = string.IsNullOrEmpty(options.Password);
        var password = generated ? Generate() : options.Password!;
        var template = new User { Email = options.Email, DisplayName = "Administrator", Role = Roles.Admin };
        var id = await users.CreateAsync(options.Email, "Administrator", hasher.HashPassword(template, password), Roles.Admin, rawText: true, ct);
        if (id is null) return; // another node created it first
        await services.GetRequiredService<AuditStore>().AppendAsync(null, "system", "user-created", $"user:{id}", new { role = Roles.Admin }, null, ct);
        if (generated)
        {
            Console.WriteLine();
            Console.WriteLine("  VoiceHub's first administrator has been created.");
            Console.WriteLine($"  Sign in as {options.Email} with password: {password}");
            Console.WriteLine("  This is shown once. Set VoiceHub__Admin__Password before the first run to choose it yourself.");
            Console.WriteLine();
        }
    }

    private static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
