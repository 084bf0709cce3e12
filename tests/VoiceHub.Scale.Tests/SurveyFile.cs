using System.Globalization;
using System.Text;
using VoiceHub.Core.Text;
using VoiceHub.TestCommon;

namespace VoiceHub.Scale.Tests;

/// <summary>
/// A survey export built from the labelled comments in seeds/data: a unique response id per row, a date, a locality,
/// two answers. Only comments of 20 characters or more are used, so every answer becomes an item: 2 × rows items.
/// </summary>
public static class SurveyFile
{
    private static readonly Lazy<string[]> Comments = new(() =>
        CsvReader.Read(File.ReadAllText(Path.Combine(TestPaths.Seeds, "data", "patient-feedback-labelled.csv")))
            .Skip(1).Select(r => r.Fields[1].Trim()).Where(t => t.Length >= 20).ToArray());

    private static readonly string[] Localities = ["Grays", "Tilbury and Chadwell", "Aveley, South Ockendon and Purfleet", "Stanford-le-Hope and Corringham"];

    /// <param name="marker">A made-up word added to every answer, so a search finds exactly these items. Make it spelt like
    /// English words ("pangolinteapot"), not like a name: after "my carer" the redactor rightly takes a name-like made-up
    /// word ("pangolinkite") for a person's name and removes it. It goes in brackets after the answer: straight after an
    /// answer ending "thank you", an unknown lower-case word reads as the name thanked ("thank u priya") and is removed.</param>
    public static byte[] Generate(int rows, string idPrefix, string? marker = null)
    {
        var comments = Comments.Value;
        var sb = new StringBuilder(rows * 260);
        sb.Append("Response ID,Date submitted,Locality,What has worked well?,What could be better?\r\n");
        var start = new DateOnly(2026, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var a = comments[(i * 7) % comments.Length];
            var b = comments[(i * 13 + 5) % comments.Length];
            if (marker is not null)
            {
                a += " (" + marker + ")";
                b += " (" + marker + ")";
            }
            sb.Append(idPrefix).Append('-').Append(i + 1).Append(',')
                .Append(start.AddDays(i % 300).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvReader.Escape(Localities[i % Localities.Length])).Append(',')
                .Append(CsvReader.Escape(a)).Append(',').Append(CsvReader.Escape(b)).Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
