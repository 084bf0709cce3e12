using System.Collections.Concurrent;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Auth;

/// <summary>
/// The signed-in account as the database has it now, remembered for <see cref="For"/> so a busy node asks once per
/// account every few seconds, not on every request. An admin's change (disable, role, raw text) or a sign-out on any
/// node gives the account a new security stamp, so it applies on every node within that time. When the database cannot
/// be read and nothing fresh is remembered, the answer is "unknown", and the caller refuses the request: a stale
/// "allowed" is never served.
/// </summary>
public sealed class AccountCheck(UserStore users, TimeProvider clock)
{
    public static readonly TimeSpan For = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<long, (User? Account, DateTimeOffset Until)> _seen = new();

    /// <returns>Known false when the database cannot be reached; else the account, null when it no longer exists.</returns>
    public async Task<(bool Known, User? Account)> FindAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_seen.TryGetValue(id, out var seen) && seen.Until > now) return (true, seen.Account);
        try
        {
            var account = await users.FindAsync(id, ct);
            _seen[id] = (account, now + For);
            return (true, account);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            _seen.TryRemove(id, out _);
            return (false, null);
        }
    }

    /// <summary>Forgets an account this node changed, so the change applies here at once.</summary>
    public void Forget(long id) => _seen.TryRemove(id, out _);
}
