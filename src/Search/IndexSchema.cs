using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using VoiceHub.Core.Model;

namespace VoiceHub.Search;

/// <summary>
/// The index's fields. <c>text</c> is the redacted text analysed for English (stemmed, spellings folded, stop words
/// out); <c>exact</c> holds the same words unstemmed, for quoted phrases and <c>word*</c>. Keyword fields (theme,
/// locality, channel, service area, month, sentiment, document, project) carry sorted-set doc values, from which facets
/// are counted and filters applied. Only redacted text is indexed.
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

    /// <summary>
    /// The item as a document, made of this thread's reusable fields: add it to the writer before building the next
    /// one on the same thread. In Lucene.NET each new indexed <see cref="Field"/> builds its own token stream, behind a
    /// global lock; refilling the same fields makes a million-item rebuild about a fifth quicker.
    /// </summary>
    public static Lucene.Net.Documents.Document Build(ItemChange item)
    {
        var text = item.RedactedText ?? "";
        var fields = _fields ??= new ReusableFields();
        fields.Id.SetStringValue(item.Id.ToString(CultureInfo.InvariantCulture));
        fields.Reference.SetStringValue(item.Reference ?? "");
        fields.Text.SetStringValue(text);
        fields.Exact.SetStringValue(text);
        var doc = new Lucene.Net.Documents.Document { fields.Id, fields.Reference, fields.Text, fields.Exact };
        if (!string.IsNullOrEmpty(item.Context)) doc.Add(new StoredField(Context, item.Context));
        // Facet fields live in doc values only: counted, filtered (Queries.ChosenValuesFilter) and shown from there
        // (Facets.SegmentValues). Terms and stored copies of them would cost every item at indexing, for nothing.
        AddValue(doc, Channel, item.Channel);
        AddValue(doc, Locality, item.Locality);
        foreach (var theme in item.Themes) AddValue(doc, Theme, theme);
        foreach (var area in item.ServiceAreas) AddValue(doc, ServiceArea, area);
        AddValue(doc, Document, item.DocumentId?.ToString(CultureInfo.InvariantCulture));
        if (item.Sentiment is { } score)
        {
            AddValue(doc, Sentiment, SentimentBand(score));
            doc.Add(new StoredField(SentimentScore, (int)score));
        }
        // Few items are linked to a project, and "everything about this project" is a term query.
        foreach (var project in item.Projects)
        {
            doc.Add(new StringField(Project, project, Field.Store.YES));
            AddValue(doc, Project, project);
        }

        // The day is sorted on and range-filtered from doc values (see Facets.SegmentValues); no terms needed.
        var date = item.OccurredOn ?? (item.ReceivedAt is { } r ? DateOnly.FromDateTime(r.UtcDateTime) : (DateOnly?)null);
        if (date is { } d)
        {
            var day = DayNumber(d);
            doc.Add(new StoredField(Day, day));
            doc.Add(new NumericDocValuesField(Day, day));
            AddValue(doc, Month, MonthOf(d));
        }
        else
        {
            doc.Add(new NumericDocValuesField(Day, NoDay));
        }
        if (item.ReceivedAt is { } received)
        {
            fields.Received.SetInt32Value(ReceivedDay(received));
            doc.Add(fields.Received);
        }
        return doc;
    }

    [ThreadStatic]
    private static ReusableFields? _fields;

    private sealed class ReusableFields
    {
        public readonly StringField Id = new(IndexSchema.Id, "", Field.Store.YES);
        public readonly StringField Reference = new(IndexSchema.Reference, "", Field.Store.YES);
        public readonly TextField Text = new(IndexSchema.Text, "", Field.Store.YES);
        public readonly TextField Exact = new(IndexSchema.Exact, "", Field.Store.NO);
        public readonly Int32Field Received = new(IndexSchema.Received, 0, ReceivedType);
    }

    /// <summary>
    /// The day (in Europe/London) VoiceHub received an item: what "new this week" counts by. One term per item (no
    /// trie terms): the only ranges asked of it are weeks, seven terms each.
    /// </summary>
    public static int ReceivedDay(DateTimeOffset received) =>
        DayNumber(Core.Reporting.LondonTime.Day(received));

    public const int ReceivedPrecisionStep = int.MaxValue;


    private static readonly FieldType ReceivedType = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = ReceivedPrecisionStep });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddValue(Lucene.Net.Documents.Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value)) doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
