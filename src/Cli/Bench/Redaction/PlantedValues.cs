using System.Globalization;

namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>Made-up identifiers in the formats people write them, drawn from a seeded <see cref="Random"/>.</summary>
public sealed class PlantedValues(Random random)
{
    private static readonly string[] Streets = ["Dock", "Orsett", "Bell", "Clarence", "Thames", "Station", "Church", "Mill", "Palmers", "Hathaway", "Elm", "Brooke", "Chadwell", "Lodge"];
    private static readonly string[] StreetTypes = ["Road", "Rd", "Street", "Avenue", "Close", "Lane", "Crescent", "Gardens", "Drive", "Way"];
    private static readonly string[] Districts = ["RM15", "RM16", "RM17", "RM18", "RM19", "RM20", "SS17", "SS16", "CM2"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private const string RegLetters = "ABCDEFGHJKLMNOPRSTUVWXY";

    private string D(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + random.Next(10))));

    private string L(int n, string from = "ABDEFGHJLNPQRSTUWXYZ") => string.Concat(Enumerable.Range(0, n).Select(_ => from[random.Next(from.Length)]));

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string Value(string slot) => slot switch
    {
        "phone" => Pick(["07700 900" + D(3), "01375 " + D(6), "+44 7700 900" + D(3), "0044 7700 900" + D(3), "07700.900." + D(3), "020 7946 0" + D(3), "07700-900-" + D(3)]),
        "phone_compact" => "07700900" + D(3),
        "phone_intl" => Pick(["(+44) 7700 900" + D(3), "+44 (0)1375 " + D(6), "+447700900" + D(3)]),
        "phone_slash" => "07700 900" + D(3) + "/" + D(1),
        "nhs" => Nhs(" "),
        "nhs_compact" => Nhs(""),
        "nhs_dots" => Nhs("."),
        "nhs_spaced" => Nhs433(),
        "ni" => L(2, "ABCEGHJKLMNPRSTWXYZ") + " " + D(2) + " " + D(2) + " " + D(2) + " " + L(1, "ABCD"),
        "ni_compact" => L(2, "ABCEGHJKLMNPRSTWXYZ") + D(6) + L(1, "ABCD"),
        "postcode" => Pick(Districts) + Pick([" ", "  ", ""]) + D(1) + L(2),
        "postcode_hyphen" => Pick(Districts) + "-" + D(1) + L(2),
        "address" => random.Next(1, 140) + Pick(["", "a", ""]) + " " + Pick(Streets) + " " + Pick(StreetTypes),
        "dob_dots" => $"{random.Next(1, 29):00}.{random.Next(1, 13):00}.{random.Next(1925, 2005)}",
        "dob_slash" => $"{random.Next(1, 29)}/{random.Next(1, 13):00}/{random.Next(1925, 2005)}",
        "dob_words" => Ordinal(random.Next(1, 29)) + " " + Pick(Months) + " " + random.Next(1925, 2005),
        "sort" => D(2) + "-" + D(2) + "-" + D(2),
        "account" => D(8),
        "case" => Pick(["ASC-" + D(6), "CR" + D(7), "ASC" + D(5)]),
        "reg" => L(2, RegLetters) + D(2) + " " + L(3, RegLetters),
        "reg_lower" => (L(2, RegLetters) + D(2) + " " + L(3, RegLetters)).ToLowerInvariant(),
        "n" => random.Next(1, 60).ToString(CultureInfo.InvariantCulture),
        "house" => Pick(["Bell", "Thames", "Clarence", "Kenning", "Marsh"]),
        _ => throw new ArgumentException($"No value for the slot {slot}", nameof(slot)),
    };

    public static string Kind(string slot) => slot switch
    {
        _ when slot.StartsWith("phone", StringComparison.Ordinal) => "phone",
        _ when slot.StartsWith("email", StringComparison.Ordinal) => "email",
        _ when slot.StartsWith("nhs", StringComparison.Ordinal) => "NHS number",
        _ when slot.StartsWith("ni", StringComparison.Ordinal) => "NI number",
        _ when slot.StartsWith("postcode", StringComparison.Ordinal) => "postcode",
        "address" or "n" or "house" => "address",
        _ when slot.StartsWith("dob", StringComparison.Ordinal) => "date of birth",
        "sort" or "account" => "bank details",
        "case" => "case reference",
        _ when slot.StartsWith("reg", StringComparison.Ordinal) => "vehicle registration",
        _ => "name",
    };

    public string Email(string first, string last, string slot)
    {
        var local = (first + Pick([".", "_", ""]) + last).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var domain = Pick(["example.com", "example.co.uk", "mail.example.org"]);
        return slot switch
        {
            "email_obfuscated" => $"{local} (at) {domain.Replace(".", " (dot) ", StringComparison.Ordinal)}",
            "email_wide" => $"{local}＠{domain}",
            _ => $"{local}@{domain}",
        };
    }

    private static string Ordinal(int day) => day + (day is 1 or 21 ? "st" : day is 2 or 22 ? "nd" : day is 3 or 23 ? "rd" : "th");

    private string Nhs(string separator)
    {
        var d = NhsDigits();
        return d[..3] + separator + d[3..6] + separator + d[6..];
    }

    private string Nhs433()
    {
        var d = NhsDigits();
        return d[..4] + " " + d[4..7] + " " + d[7..];
    }

    // Nine random digits (the first 4–9, as issued) and the modulus-11 check digit; a draw giving 10 is drawn again.
    private string NhsDigits()
    {
        while (true)
        {
            var nine = (char)('4' + random.Next(6)) + D(8);
            var sum = 0;
            for (var i = 0; i < 9; i++) sum += (nine[i] - '0') * (10 - i);
            var check = 11 - sum % 11;
            if (check == 11) check = 0;
            if (check != 10) return nine + check.ToString(CultureInfo.InvariantCulture);
        }
    }
}
