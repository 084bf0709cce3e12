namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// Words that carry no topic on their own, for new-phrase detection: English function words, the words every piece of
/// feedback uses ("very", "good", "nothing"), and what redaction and exports leave behind ("xxxx", "redacted").
/// Broader than the search analyser's list, which must keep "not" and friends searchable.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "aren't", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't", "cannot", "could",
        "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "even", "ever", "every",
        "few", "for", "from", "further", "get", "got", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "her",
        "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "i'd", "i'm", "i've", "if", "in", "into", "is",
        "isn't", "it", "it's", "its", "itself", "just", "let", "like", "made", "make", "many", "may", "me", "might", "more", "most",
        "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our",
        "ours", "ourselves", "out", "over", "own", "per", "quite", "really", "same", "she", "should", "shouldn't", "so", "some",
        "still", "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
        "these", "they", "they're", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was",
        "wasn't", "we", "we're", "were", "weren't", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "won't", "would", "wouldn't", "yes", "yet", "you", "you're", "your", "yours", "yourself", "yourselves", "im", "ive", "dont",
        "didnt", "wasnt", "cant", "couldnt", "wouldnt", "etc", "ok", "okay", "thing", "things", "lot", "lots", "way", "always",
        "never", "well", "good", "great", "nothing", "everything", "anything", "something", "thank", "thanks", "please", "said",
        "told", "went", "going", "able", "need", "needs", "needed", "want", "wanted", "know", "think", "felt", "feel", "time",
        "times", "day", "days", "week", "weeks", "back", "came", "come", "take", "took", "given", "give", "put", "see", "seen",
        "xxxx", "xxx", "redacted", "name", "n/a", "na", "nil", "none",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
