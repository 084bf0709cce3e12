using System.Security.Cryptography;
using System.Text;

namespace VoiceHub.Web.Api;

/// <summary>
/// API keys: <c>vh_</c> and 40 random characters (about 238 bits), shown once. Only a SHA-256 is stored: a key is
/// random enough that a fast hash is safe, and lookup by hash needs no per-key salt.
/// </summary>
public static class ApiKeySecrets
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => "vh_" + string.Create(40, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
    });

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));

    /// <summary>What staff see to tell keys apart: the first characters only.</summary>
    public static string Prefix(string key) => key[..Math.Min(key.Length, 9)];
}
