using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using VoiceHub.Core.Text;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// Reads and writes labelled CSV: a header with <c>id</c>, <c>text</c> and <c>labels</c> (themes separated by
/// <c>;</c>), and optionally <c>sentiment</c> (1–5) and <c>question</c> (what the comment answers; a file without it
/// reads as answering no particular question); other columns are ignored. The format of
/// <c>seeds/data/patient-feedback-labelled.csv</c>.
/// </summary>
public static class LabelledData
{
    public const char LabelSeparator = ';';

    /// <exception cref="LabelledDataException">The file is missing, not CSV, lacks a column, or a row has no text or labels.</exception>
    public static IReadOnlyList<LabelledRow> Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new LabelledDataException($"{path} does not exist.");
        List<CsvRecord> records;
        try
        {
            records = CsvReader.Read(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (CsvFormatException e)
        {
            throw new LabelledDataException($"{name}: {e.Message}");
        }
        if (records.Count == 0) throw new LabelledDataException($"{name} is empty: it needs a header row with id, text and labels.");

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int Column(string column, bool required)
        {
            var i = Array.IndexOf(header, column);
            if (i < 0 && required) throw new LabelledDataException($"{name} has no '{column}' column. The header must name id, text and labels.");
            return i;
        }
        var idCol = Column("id", true);
        var textCol = Column("text", true);
        var labelsCol = Column("labels", true);
        var sentimentCol = Column("sentiment", false);
        var questionCol = Column("question", false);

        var rows = new List<LabelledRow>(records.Count - 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            string Field(int i) => i >= 0 && i < record.Fields.Length ? record.Fields[i].Trim() : "";
            if (record.Fields.All(string.IsNullOrWhiteSpace)) continue;
            var where = $"{name} row {record.Row} (line {record.Line})";
            var id = Field(idCol);
            if (id.Length == 0) throw new LabelledDataException($"{where}: the id is empty.");
            if (!seen.Add(id)) throw new LabelledDataException($"{where}: the id '{id}' is used by an earlier row.");
            var text = Field(textCol);
            if (text.Length == 0) throw new LabelledDataException($"{where}: the text is empty.");
            var labels = SplitLabels(Field(labelsCol));
            if (labels.Count == 0) throw new LabelledDataException($"{where}: there are no labels. Use \"Not assigned\" for a comment with no theme.");
            int? sentiment = null;
            var s = Field(sentimentCol);
            if (s.Length > 0)
            {
                if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v is < 1 or > 5)
                {
                    throw new LabelledDataException($"{where}: the sentiment '{s}' is not a whole number from 1 to 5.");
                }
                sentiment = v;
            }
            var question = Field(questionCol);
            rows.Add(new LabelledRow(id, text, labels, sentiment) { Question = question.Length == 0 ? null : question });
        }
        if (rows.Count == 0) throw new LabelledDataException($"{name} has a header but no rows.");
        return rows;
    }

    public static IReadOnlyList<string> SplitLabels(string labels) =>
        labels.Split(LabelSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>Writes <c>id,text,labels,sentiment,question</c> with RFC 4180 quoting, UTF-8 without BOM, LF line ends.</summary>
    public static void Write(string path, IEnumerable<LabelledRow> rows)
    {
        var sb = new StringBuilder("id,text,labels,sentiment,question\n");
        foreach (var r in rows)
        {
            sb.Append(Quote(r.Id)).Append(',').Append(Quote(r.Text)).Append(',')
              .Append(Quote(string.Join(LabelSeparator, r.Labels))).Append(',')
              .Append(r.Sentiment?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',')
              .Append(Quote(r.Question ?? "")).Append('\n');
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    /// <summary>
    /// A fingerprint of what a model learns from (texts, labels, sentiments and questions, in order), stored with the
    /// model so two models can be seen to share their training data. A row with no question hashes as before questions
    /// were read, so data without them keeps its fingerprint.
    /// </summary>
    public static string Hash(IEnumerable<LabelledRow> rows)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var r in rows)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(r.Text + "\u001f" + string.Join(LabelSeparator, r.Labels.Order(StringComparer.Ordinal)) +
                                                  "\u001f" + r.Sentiment + (r.Question is null ? "" : "\u001f" + r.Question) + "\u001e"));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
