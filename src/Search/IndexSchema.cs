using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using VoiceHub.Core.Model;

namespace VoiceHub.Search;

/// <summary>
/// The index's fields. <c>text</c> is the redacted text analysed for English (stemmed, spellings folded, stop words
/// out); <c>exact</c> holds the same words unstemmed, for quoted phrases and <c>word*</c>. Keyword fields are indexed
/// as-is and carry sorted-set doc values, from which facets are counted. Only redacted text is indexed.
/// </summary>
public static class IndexSchema
{
    public const string Id = "id";
    public const string Reference = "reference";
    public const string Text = "text";
    public const string Exact = "exact";
    public const string Context = "context";
    public const string Channel = "channel";
    public const string Locality = "locality";
    public const string Theme = "theme";
    public const string ServiceArea = "service_area";
    public const string Project = "project";
    public const string Document = "document";
    /// <summary>The month of <see cref="Day"/>, <c>yyyy-MM</c>: a facet.</summary>
    public const string Month = "month";
    /// <summary><c>positive</c> (1–2), <c>neutral</c> (3) or <c>negative</c> (4–5); absent until classified.</summary>
    public const string Sentiment = "sentiment";
    /// <summary>The 1–5 score itself, stored for display.</summary>
    public const string SentimentScore = "sentiment_score";
    /// <summary>Days since 1970-01-01 of the occurred-on date (or received date when unknown): sortable and rangeable.</summary>
    public const string Day = "day";
    /// <summary>The day (Europe/London) VoiceHub received the item, days since 1970: see <see cref="ReceivedDay"/>.</summary>
    public const string Received = "received";

    public static readonly IReadOnlySet<string> KeywordFields = new HashSet<string>
    {
        Id, Reference, Channel, Locality, Theme, ServiceArea, Project, Document, Month, Sentiment,
    };

    /// <summary>No day at all sorts last in "newest" and first in "oldest".</summary>
    public const int NoDay = int.MinValue;

    public static Term IdTerm(long id) => new(Id, id.ToString(CultureInfo.InvariantCulture));

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static int DayNumber(DateOnly date) => date.DayNumber - Epoch.DayNumber;

    public static DateOnly FromDayNumber(int day) => Epoch.AddDays(day);

    public static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The sentiment facet's value for a 1–5 score: 1–2 positive, 3 neutral or mixed, 4–5 negative.</summary>
    public static string? SentimentBand(int? score) => score switch
    {
        1 or 2 => "positive",
        3 => "neutral",
        4 or 5 => "negative",
        _ => null,
    };

    public static Lucene.Net.Documents.Document Build(ItemChange item)
    {
        var text = item.RedactedText ?? "";
        var doc = new Lucene.Net.Documents.Document
        {
            new StringField(Id, item.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(Reference, item.Reference ?? "", Field.Store.YES),
            new TextField(Text, text, Field.Store.YES),
            new TextField(Exact, text, Field.Store.NO),
        };
        if (!string.IsNullOrEmpty(item.Context)) doc.Add(new StoredField(Context, item.Context));
        // Searched by term (typed theme:, locality:, channel:, and links to projects), counted, and shown.
        AddKeyword(doc, Channel, item.Channel, indexed: true, stored: true);
        AddKeyword(doc, Locality, item.Locality, indexed: true, stored: true);
        foreach (var theme in item.Themes) AddKeyword(doc, Theme, theme, indexed: true, stored: true);
        foreach (var project in item.Projects) AddKeyword(doc, Project, project, indexed: true, stored: true);
        // Counted and filtered from doc values only: an inverted index for them would cost every item, for nothing.
        foreach (var area in item.ServiceAreas) AddKeyword(doc, ServiceArea, area, indexed: false, stored: true);
        AddKeyword(doc, Document, item.DocumentId?.ToString(CultureInfo.InvariantCulture), indexed: false, stored: false);
        if (item.Sentiment is { } score)
        {
            AddKeyword(doc, Sentiment, SentimentBand(score), indexed: false, stored: false);
            doc.Add(new StoredField(SentimentScore, (int)score));
        }

        // The day is sorted on and range-filtered from doc values (see Facets.SegmentValues); no terms needed.
        var date = item.OccurredOn ?? (item.ReceivedAt is { } r ? DateOnly.FromDateTime(r.UtcDateTime) : (DateOnly?)null);
        if (date is { } d)
        {
            var day = DayNumber(d);
            doc.Add(new StoredField(Day, day));
            doc.Add(new NumericDocValuesField(Day, day));
            AddKeyword(doc, Month, MonthOf(d), indexed: false, stored: false);
        }
        else
        {
            doc.Add(new NumericDocValuesField(Day, NoDay));
        }
        if (item.ReceivedAt is { } received) doc.Add(new Int32Field(Received, ReceivedDay(received), ReceivedType));
        return doc;
    }

    /// <summary>
    /// The day (in Europe/London) VoiceHub received an item: what "new this week" counts by. One term per item (no
    /// trie terms): the only ranges asked of it are weeks, seven terms each.
    /// </summary>
    public static int ReceivedDay(DateTimeOffset received) =>
        DayNumber(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, London).DateTime));

    public const int ReceivedPrecisionStep = int.MaxValue;

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly FieldType ReceivedType = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = ReceivedPrecisionStep });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddKeyword(Lucene.Net.Documents.Document doc, string field, string? value, bool indexed, bool stored)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (indexed) doc.Add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        else if (stored) doc.Add(new StoredField(field, value));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
