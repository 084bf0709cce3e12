using System.Text.RegularExpressions;
using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.ServiceAreas;

/// <summary>
/// Places text in service areas by the lexicon in <c>seeds/service-areas.csv</c>: an area matches when any of its
/// phrases occurs as whole words, ignoring case. A phrase ending in <c>*</c> matches any ending ("charg*" matches
/// "charges", "charging"). Phrases written in capitals (DRE, PA, LD) match only in capitals, so "pa" in a sentence
/// does not count.
/// </summary>
/// <example>"They cut my direct payments" matches Direct payments; "The PA was late" matches Direct payments too.</example>
public sealed class ServiceAreaLexicon
{
    private readonly IReadOnlyList<(int Id, Regex Pattern)> _areas;

    public ServiceAreaLexicon(IEnumerable<ServiceArea> areas) =>
        _areas = areas.Where(a => a.Keywords.Length > 0).Select(a => (a.Id, Build(a.Keywords))).ToList();

    public IReadOnlyList<int> Match(string text) =>
        _areas.Where(a => a.Pattern.IsMatch(text)).Select(a => a.Id).ToList();

    private static Regex Build(IEnumerable<string> phrases)
    {
        var parts = phrases.Select(p => p.Trim()).Where(p => p.Length > 0).Select(p =>
        {
            var prefix = p.EndsWith('*');
            var body = Regex.Escape(prefix ? p[..^1] : p).Replace(@"\ ", @"\s+");
            var acronym = p.Length <= 4 && p.All(c => char.IsUpper(c) || !char.IsLetter(c));
            var pattern = @"\b" + body + (prefix ? @"\w*" : "") + @"\b";
            return acronym ? "(?-i:" + pattern + ")" : pattern;
        });
        return new Regex(string.Join('|', parts), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }
}
