using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace VoiceHub.Search.Analysis;

/// <summary>
/// Folds British spellings to one form before stemming, so "organise", "organize" and "organisation" meet, as do
/// "colour"/"color" and "centre"/"center". Rules are suffix-based with explicit exceptions; whole-word pairs cover
/// the irregular ones. Expects lower-cased tokens.
/// </summary>
public sealed class SpellingFoldFilter : TokenFilter
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["centre"] = "center", ["centres"] = "centers", ["programme"] = "program", ["programmes"] = "programs",
        ["licence"] = "license", ["licences"] = "licenses", ["defence"] = "defense", ["offence"] = "offense",
        ["practise"] = "practice", ["practised"] = "practiced", ["practising"] = "practicing", ["grey"] = "gray",
        ["cheque"] = "check", ["cheques"] = "checks", ["tyre"] = "tire", ["tyres"] = "tires", ["kerb"] = "curb",
        ["mould"] = "mold", ["mouldy"] = "moldy", ["ageing"] = "aging", ["judgement"] = "judgment", ["enrol"] = "enroll",
        ["fulfil"] = "fulfill", ["analyse"] = "analyze", ["analysed"] = "analyzed", ["analysing"] = "analyzing",
        ["catalogue"] = "catalog", ["dialogue"] = "dialog", ["paediatric"] = "pediatric", ["paediatrics"] = "pediatrics",
        ["anaesthetic"] = "anesthetic", ["haemorrhage"] = "hemorrhage", ["oesophagus"] = "esophagus", ["orthopaedic"] = "orthopedic",
        ["manoeuvre"] = "maneuver", ["pyjamas"] = "pajamas", ["travelled"] = "traveled", ["travelling"] = "traveling",
        ["traveller"] = "traveler", ["cancelled"] = "canceled", ["cancelling"] = "canceling", ["counselling"] = "counseling",
        ["counsellor"] = "counselor", ["labelled"] = "labeled", ["modelling"] = "modeling", ["fuelled"] = "fueled",
        ["jewellery"] = "jewelry", ["plough"] = "plow", ["sceptical"] = "skeptical", ["aluminium"] = "aluminum",
    };

    private static readonly HashSet<string> IseExceptions = new(StringComparer.Ordinal)
    {
        "advertise", "advise", "arise", "chastise", "circumcise", "comprise", "compromise", "concise", "demise", "despise",
        "devise", "disguise", "enterprise", "excise", "exercise", "expertise", "franchise", "guise", "improvise", "incise",
        "merchandise", "noise", "otherwise", "paradise", "poise", "praise", "precise", "premise", "promise", "raise",
        "reprise", "revise", "rise", "supervise", "surmise", "surprise", "televise", "treatise", "wise", "likewise",
        "clockwise", "cruise", "bruise", "anise", "valise", "chemise", "concise", "remise", "apprise", "braise", "appraise",
    };

    private static readonly HashSet<string> OurWords = new(StringComparer.Ordinal)
    {
        "colour", "behaviour", "favour", "neighbour", "labour", "honour", "humour", "rumour", "vapour", "harbour", "odour",
        "flavour", "savour", "tumour", "valour", "vigour", "endeavour", "saviour", "armour", "clamour", "glamour", "parlour",
        "splendour", "candour", "rigour", "ardour", "fervour", "demeanour", "misdemeanour",
    };

    private readonly ICharTermAttribute _term;

    public SpellingFoldFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var span = _term.Buffer.AsSpan(0, _term.Length);
        // Most words cannot fold: tell from the buffer, without making a string of every token.
        if (span.Length < 4 || !MayFold(span)) return true;
        var word = span.ToString();
        var folded = Fold(word);
        if (!ReferenceEquals(folded, word)) _term.SetEmpty().Append(folded);
        return true;
    }

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool MayFold(ReadOnlySpan<char> word) =>
        word.Contains("our", StringComparison.Ordinal)
        || word[^Math.Min(word.Length, 8)..].Contains("is", StringComparison.Ordinal)
        || WordsBySpan.ContainsKey(word);

    public static string Fold(string word)
    {
        if (word.Length < 4) return word;
        if (Words.TryGetValue(word, out var mapped)) return mapped;

        // -our → -or: colour, colours, coloured, colourful, behaviours, neighbourhood…
        foreach (var our in OurWords)
        {
            if (word.StartsWith(our, StringComparison.Ordinal)) return string.Concat(our.AsSpan(0, our.Length - 2), "r", word.AsSpan(our.Length));
        }

        // -ise, -ised, -ises, -ising, -isation(s) → -ize…, except words that are -ise everywhere.
        foreach (var (suffix, replacement) in IseSuffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            if (stem.Length < 3 || IseExceptions.Contains(stem + "ise")) return word;
            return stem + replacement;
        }
        return word;
    }

    private static readonly (string Suffix, string Replacement)[] IseSuffixes =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("iser", "izer"), ("isers", "izers"), ("ise", "ize"),
    ];
}
