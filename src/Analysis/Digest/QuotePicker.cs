using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// Picks three to five quotes that show a flag fairly: the ones the classifier was surest about, each from a different
/// document, and from different channels where there are several; one-word answers ("Nothing.") only when nothing else
/// is left.
/// </summary>
public static class QuotePicker
{
    public const int Most = 5;

    public static IReadOnlyList<QuoteCandidate> Pick(IReadOnlyList<QuoteCandidate> candidates)
    {
        var picked = new List<QuoteCandidate>();
        bool Substantial(QuoteCandidate c) => c.RedactedText.Trim().Length >= 25;
        void Pass(Func<QuoteCandidate, bool> fits)
        {
            foreach (var c in candidates)
            {
                if (picked.Count >= Most) return;
                if (picked.Any(p => p.Id == c.Id) || !fits(c)) continue;
                picked.Add(c);
            }
        }
        Pass(c => Substantial(c) && picked.All(p => p.DocumentId != c.DocumentId) && picked.All(p => p.Channel != c.Channel));
        Pass(c => Substantial(c) && picked.All(p => p.DocumentId != c.DocumentId));
        if (picked.Count < 3) Pass(Substantial);
        if (picked.Count < 3) Pass(_ => true);
        return picked;
    }
}
