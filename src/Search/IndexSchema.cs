using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using VoiceHub.Core.Model;

namespace VoiceHub.Search;

/// <summary>
/// The index's fields. <c>text</c> is analysed for English (stemmed); <c>exact</c> holds the same words unstemmed for
/// phrases. Keyword fields are indexed as-is with sorted-set doc values for facet counts. Only redacted text is indexed.
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
    public const string Document = "document";
    /// <summary>Days since 1970-01-01 of the occurred-on date (or received date when unknown): sortable and rangeable.</summary>
    public const string Day = "day";

    public static readonly IReadOnlySet<string> KeywordFields = new HashSet<string> { Id, Reference, Channel, Locality, Theme, Document };

    public static Term IdTerm(long id) => new(Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static int DayNumber(DateOnly date) => date.DayNumber - Epoch.DayNumber;

    public static DateOnly FromDayNumber(int day) => Epoch.AddDays(day);

    public static Lucene.Net.Documents.Document Build(ItemChange item)
    {
        var text = item.RedactedText ?? "";
        var doc = new Lucene.Net.Documents.Document
        {
            new StringField(Id, item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new StoredField(Reference, item.Reference ?? ""),
            new TextField(Text, text, Field.Store.YES),
            new TextField(Exact, text, Field.Store.NO),
        };
        if (!string.IsNullOrEmpty(item.Context)) doc.Add(new StoredField(Context, item.Context));
        AddKeyword(doc, Channel, item.Channel);
        AddKeyword(doc, Locality, item.Locality);
        AddKeyword(doc, Document, item.DocumentId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var theme in item.Themes) AddKeyword(doc, Theme, theme);

        var date = item.OccurredOn ?? (item.ReceivedAt is { } r ? DateOnly.FromDateTime(r.UtcDateTime) : (DateOnly?)null);
        if (date is { } d)
        {
            var day = DayNumber(d);
            doc.Add(new Int32Field(Day, day, Field.Store.YES));
            doc.Add(new NumericDocValuesField(Day, day));
        }
        else
        {
            doc.Add(new NumericDocValuesField(Day, int.MinValue));
        }
        return doc;
    }

    private static void AddKeyword(Lucene.Net.Documents.Document doc, string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        doc.Add(new StringField(field, value, Field.Store.YES));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
