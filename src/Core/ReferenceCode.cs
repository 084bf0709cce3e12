using System.Security.Cryptography;

namespace VoiceHub.Core;

/// <summary>
/// Public reference codes: 12 characters from Crockford's 32-character alphabet (no I, L, O or U, so nothing is
/// misread), 60 bits from a cryptographic generator: unguessable, and short enough to read out or print on a receipt.
/// Shown grouped as <c>ABCD-EFGH-JKMN</c>; input is normalised, so case, spaces, dashes and look-alikes don't matter.
/// </summary>
public static class ReferenceCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 12;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    public static string Format(string code) =>
        code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;

    /// <summary>Upper-cases, drops spaces and dashes, reads O as 0 and I or L as 1. Null when it cannot be a code.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40) return null;
        Span<char> buffer = stackalloc char[input.Length];
        var n = 0;
        foreach (var raw in input)
        {
            if (raw is ' ' or '-' or '\t') continue;
            var c = char.ToUpperInvariant(raw) switch { 'O' => '0', 'I' or 'L' => '1', var x => x };
            if (!Alphabet.Contains(c)) return null;
            buffer[n++] = c;
        }
        return n == Length ? new string(buffer[..n]) : null;
    }
}
