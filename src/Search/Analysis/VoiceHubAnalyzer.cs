using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace VoiceHub.Search.Analysis;

/// <summary>
/// English analysis for the <c>text</c> field: standard tokens, possessives dropped, lower case, British spellings
/// folded, stop words removed, Porter stemming. The <c>exact</c> field keeps every word unstemmed for phrases.
/// Keyword fields are never analysed (they are doc values, or untokenised).
/// </summary>
public sealed class VoiceHubAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Lucene's English stop words, less "no" and "not": "not safe" must not match "safe".</summary>
    public static readonly CharArraySet StopWords = new(Version,
        EnglishAnalyzer.DefaultStopSet.Where(w => w is not ("no" or "not")).ToList(), ignoreCase: true);

    public VoiceHubAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        if (fieldName == IndexSchema.Exact) return new TokenStreamComponents(tokenizer, stream);
        stream = new SpellingFoldFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
