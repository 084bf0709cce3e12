using System.Security.Cryptography;

namespace VoiceHub.Core.Stores;

/// <summary>
/// The secret in a "withdraw" or "stop emails" link: 128 random bits, URL-safe. It only lets its holder withdraw, so
/// it is stored as it is (emails sent later must carry it again).
/// </summary>
public static class WithdrawToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>True when <paramref name="token"/> has the shape of one (so junk never reaches the database).</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 22 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
