using System.Text;
using VoiceHub.Core.Model;

namespace VoiceHub.Search.Queries;

/// <summary>
/// Finds the index's values a typed name means, forgiving case, punctuation and a partial name: "transport" means
/// "Transport to/ from services", "ockendon" means "Aveley, South Ockendon and Purfleet", "listening space" means the
/// channel <c>listening-space</c>. An exact match wins; otherwise every value with a word starting with each typed word.
/// </summary>
internal static class ValueMatcher
{
    public static IReadOnlyList<string> Match(string field, IReadOnlyCollection<string> values, string typed)
    {
        if (values.Contains(typed)) return [typed];
        var wanted = Normalise(typed);
        if (wanted.Length == 0) return [];
        var exact = values.Where(v => Normalise(v) == wanted || Normalise(Shown(field, v)) == wanted).ToList();
        if (exact.Count > 0) return exact;
        var words = wanted.Split(' ');
        return values.Where(v =>
        {
            var valueWords = (Normalise(v) + " " + Normalise(Shown(field, v))).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.All(w => valueWords.Any(x => x.StartsWith(w, StringComparison.Ordinal)));
        }).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>How a value is shown: channels by name, everything else as stored.</summary>
    public static string Shown(string field, string value) => field == IndexSchema.Channel ? Channels.DisplayNameOf(value) : value;

    /// <summary>Lower case, letters and digits only, single spaces: "Transport to/ from services" → "transport to from services".</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }
}
