using System.Globalization;
using System.Text;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Seeds;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Web.Demo;

/// <summary>
/// The demo council's year of feedback, as the files a council would upload: a survey export, the online form's
/// submissions, a Talking Shop log, Listening Space notes with "You said, we will" lines, and a VCS report. Every
/// comment is a real one from <c>seeds/data/patient-feedback-labelled.csv</c> (© 2021 NHS England, MIT; see
/// <c>seeds/data/README.md</c>); only the dates, places and channels are the demo's. The same seed and day give the same files.
/// </summary>
/// <remarks>
/// Three patterns are planted so the digest has something to find, each from real comments chosen by their words:
/// complaints about transport (a cancelled or late lift) in Tilbury and Chadwell in the last full week, complaints about
/// getting through on the phone in Grays at Talking Shops three weeks ago, and comments about taxis, a topic nobody
/// raised before the last three weeks. The rest are spread evenly over the 52 weeks before today.
/// </remarks>
public static class DemoFeedback
{
    /// <summary>Comments spread over the year, besides the planted ones.</summary>
    public const int BaselineItems = 1500;

    public const string BurstLocality = "Tilbury and Chadwell";
    public const string PhoneBurstLocality = "Grays";

    public sealed record DemoFile(Channel Channel, string FileName, byte[] Bytes, UploadDetails Details);

    /// <param name="QuestionType">The labelled file's <c>question_type</c>: what the comment answered.</param>
    private sealed record Comment(string Text, int Sentiment, string QuestionType = "");

    public static IReadOnlyList<DemoFile> Build(string seedsDirectory, IReadOnlyList<string> localities, DateOnly today, int seed = 20)
    {
        if (localities.Count == 0) throw new InvalidOperationException("The demo data needs the council's localities (seeds/council/localities.csv).");
        var random = new Random(seed);
        var pool = SeedLoader.ReadTable(Path.Combine(seedsDirectory, "data", "patient-feedback-labelled.csv"))
            .Select(r => new Comment(r.GetValueOrDefault("text")?.Trim() ?? "", int.TryParse(r.GetValueOrDefault("sentiment"), out var s) ? s : 3,
                r.GetValueOrDefault("question_type") ?? ""))
            .Where(c => c.Text.Length >= 20)
            .DistinctBy(c => c.Text)
            .OrderBy(_ => random.Next())
            .ToList();

        var lastWeek = IsoWeek.Of(today).AddWeeks(-1);
        // Sentiment 1 is the most positive, 5 the most negative.
        var transport = Take(pool, c => c.Sentiment >= 3 && Has(c, "cancel", "transport", "pick up", "picked up", "late"), 16);
        var phone = Take(pool, c => c.Sentiment >= 3 && Has(c, "phone", "answer the", "get through"), 12);
        var taxis = Take(pool, c => Has(c, "taxi"), 12);
        // Taxis are the new topic: none of the year's other comments may mention them.
        pool.RemoveAll(c => Has(c, "taxi"));
        var baseline = pool.Take(BaselineItems).ToList();

        var form = new List<(DateOnly Day, string Locality, string Text)>();
        var survey = new List<(DateOnly Day, string Locality, Comment Comment)>();
        var talkingShop = new List<(DateOnly Day, string Locality, string Text)>();
        var notes = new List<string>();
        foreach (var c in baseline)
        {
            var day = today.AddDays(-random.Next(1, 365));
            var place = localities[random.Next(localities.Count)];
            var roll = random.Next(100);
            if (roll < 45) survey.Add((day, place, c));
            else if (roll < 75) form.Add((day, place, c.Text));
            else if (roll < 92) talkingShop.Add((day, place, c.Text));
            else notes.Add(c.Text);
        }
        var burstPlace = localities.Contains(BurstLocality) ? BurstLocality : localities[0];
        foreach (var c in transport) form.Add((lastWeek.Monday.AddDays(random.Next(7)), burstPlace, c.Text));
        var phonePlace = localities.Contains(PhoneBurstLocality) ? PhoneBurstLocality : localities[^1];
        var phoneWeek = lastWeek.AddWeeks(-2);
        foreach (var c in phone) talkingShop.Add((phoneWeek.Monday.AddDays(random.Next(5)), phonePlace, c.Text));
        foreach (var c in taxis) form.Add((today.AddDays(-random.Next(1, 21)), localities[random.Next(localities.Count)], c.Text));

        var files = new List<DemoFile>
        {
            SurveyFile(survey, random, today),
            TalkingShopFile(talkingShop, random),
        };
        files.AddRange(FormFiles(form, today));
        files.AddRange(ListeningSpaceFiles(notes, localities, today));
        files.Add(VcsReport(seedsDirectory, today));
        return files;
    }

    private static bool Has(Comment c, params string[] words) => words.Any(w => c.Text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static List<Comment> Take(List<Comment> pool, Func<Comment, bool> match, int count)
    {
        var taken = pool.Where(match).Take(count).ToList();
        foreach (var c in taken) pool.Remove(c);
        return taken;
    }

    private static readonly string[] SurveyHeader = ["Response ID", "Date submitted", "Locality", "What has worked well with your care and support?", "What could be better?"];

    private static DemoFile SurveyFile(List<(DateOnly Day, string Locality, Comment Comment)> rows, Random random, DateOnly today)
    {
        var csv = new StringBuilder();
        Row(csv, SurveyHeader);
        var id = 5000;
        foreach (var (day, place, c) in rows.OrderBy(r => r.Day))
        {
            // A comment answers the question it answered in the labelled file (the theme model reads the question: a
            // comment filed by its own sentiment would hand the model its label); one that answered neither, by its sentiment.
            var worked = c.QuestionType switch { "what_good" => true, "could_improve" => false, _ => c.Sentiment <= 2 };
            Row(csv, [(id++).ToString(CultureInfo.InvariantCulture), day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), place,
                worked ? c.Text : "", worked ? "" : c.Text]);
        }
        return new(Channel.Survey, $"care-and-support-survey-{today:yyyy-MM}.csv", Encoding.UTF8.GetBytes(csv.ToString()), new UploadDetails());
    }

    private static readonly (string Venue, string Locality)[] Venues =
        [("Grays Library", "Grays"), ("Tilbury Hub", "Tilbury and Chadwell"), ("South Ockendon Centre", "Aveley, South Ockendon and Purfleet"),
         ("Corringham Library", "Stanford-le-Hope and Corringham")];

    private static readonly string[] EnquiryTypes = ["Carer support", "Direct payments", "Home care", "Transport", "Day opportunities", "Assessments"];

    private static readonly string[] Outcomes =
        ["Signposted to the carers' support service", "Referred for a care needs assessment", "Given information about direct payments",
         "Passed to the locality team to call back"];

    private static DemoFile TalkingShopFile(List<(DateOnly Day, string Locality, string Text)> rows, Random random)
    {
        var csv = new StringBuilder();
        Row(csv, ["Date", "Locality", "Venue", "Enquiry type", "Notes", "Outcome"]);
        foreach (var (day, place, text) in rows.OrderBy(r => r.Day))
        {
            var venue = Venues.FirstOrDefault(v => v.Locality == place).Venue ?? place + " Library";
            Row(csv, [day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), place, venue, EnquiryTypes[random.Next(EnquiryTypes.Length)], text,
                Outcomes[random.Next(Outcomes.Length)]]);
        }
        return new(Channel.TalkingShop, "talking-shop-log.csv", Encoding.UTF8.GetBytes(csv.ToString()), new UploadDetails());
    }

    /// <summary>The online form's submissions, a quarter to a document (each as the form would store it, with its own reference).</summary>
    private static IEnumerable<DemoFile> FormFiles(List<(DateOnly Day, string Locality, string Text)> rows, DateOnly today)
    {
        foreach (var quarter in rows.GroupBy(r => (today.DayNumber - r.Day.DayNumber) / 92).OrderByDescending(g => g.Key))
        {
            var batch = new FeedbackBatch
            {
                Source = Channel.OnlineForm.Code(),
                ReceivedAt = new DateTimeOffset(quarter.Max(r => r.Day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
                Nonce = $"demo-{today:yyyyMMdd}-{quarter.Key}",
                Items = [.. quarter.OrderBy(r => r.Day).Select(r => new SubmittedFeedback
                {
                    Text = r.Text,
                    Locality = r.Locality,
                    Date = r.Day,
                    Reference = Core.ReferenceCode.New(),
                })],
            };
            yield return new(Channel.OnlineForm, $"online-form-demo-{quarter.Max(r => r.Day):yyyyMMdd}.json", batch.ToBytes(),
                new UploadDetails().With(new Dictionary<string, string> { ["source"] = "online-form" }));
        }
    }

    private static readonly (string Area, string[] Lines)[] Sessions =
    [
        ("Home care", ["You said waiting times were too long and nobody told you how long the wait would be. We will: publish expected waiting times each month and ring anyone waiting more than four weeks.",
                       "You said the staff were kind and listened. We will: share your thanks with the teams and keep the same named workers where we can."]),
        ("Transport", ["You said transport to appointments and the day centre was late or cancelled at short notice. We will: review the transport contract with the provider and report back at the next Listening Space.",
                       "You said nobody rang to say a lift was cancelled. We will: ask the provider to phone everyone whose journey is cancelled."]),
        ("Information and advice", ["You said it was hard to get through on the phone. We will: add a call-back option to the adult social care phone line.",
                                    "You said you did not know what help was available. We will: send every new carer the carers' information pack."]),
        ("Carers' support", ["You said carers need a break. We will: tell every carer how to book a short break when we review their support.",
                             "You said the food and drink were good. We will: keep the same menu choices."]),
    ];

    /// <summary>Eight Listening Spaces over the year, two in each locality, each note with "You said, we will" lines.</summary>
    private static IEnumerable<DemoFile> ListeningSpaceFiles(List<string> points, IReadOnlyList<string> localities, DateOnly today)
    {
        const int Count = 8;
        var per = Math.Max(1, points.Count / Count);
        for (var n = 0; n < Count; n++)
        {
            var day = today.AddDays(-(Count - n) * 45 + 10);
            var place = localities[n % localities.Count];
            var (area, lines) = Sessions[n % Sessions.Length];
            var md = new StringBuilder();
            md.Append("# Listening Space: ").Append(area.ToLowerInvariant()).Append(" in ").Append(place).Append("\n\n");
            md.Append("**Date:** ").Append(day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("  \n");
            md.Append("**Locality:** ").Append(place).Append("  \n");
            md.Append("**Service area:** ").Append(area).Append("  \n");
            md.Append("**Hosted by:** ").Append(n % 2 == 0 ? "Director of Adult Social Care" : "Head of Commissioning").Append("  \n");
            md.Append("**Number attending:** ").Append(8 + n * 3 % 11).Append("  \n\n");
            md.Append("## What people told us\n\n");
            foreach (var p in points.Skip(n * per).Take(per)) md.Append("- ").Append(p.ReplaceLineEndings(" ")).Append('\n');
            md.Append("\n## You said, we will\n\n");
            foreach (var line in lines) md.Append("- ").Append(line).Append('\n');
            yield return new(Channel.ListeningSpace, $"listening-space-{day:yyyy-MM-dd}-{Slug(place)}.md", Encoding.UTF8.GetBytes(md.ToString()), new UploadDetails());
        }
    }

    /// <summary>The sample VCS report (built from the same labelled comments), for the last full quarter.</summary>
    private static DemoFile VcsReport(string seedsDirectory, DateOnly today)
    {
        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1).AddMonths(-3);
        var quarterEnd = quarterStart.AddMonths(3).AddDays(-1);
        var period = $"{quarterStart.ToString("d MMMM", CultureInfo.InvariantCulture)} to {quarterEnd.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
        var bytes = File.ReadAllBytes(Path.Combine(seedsDirectory, "samples", "vcs-report.docx"));
        return new(Channel.VcsReport, $"vcs-report-{quarterEnd:yyyy-MM}.docx", bytes, new UploadDetails().With(new Dictionary<string, string>
        {
            [UploadDetails.Organisation] = "Carers' Voice Network",
            [UploadDetails.Period] = period,
        }));
    }

    private static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', ',', '\''], StringSplitOptions.RemoveEmptyEntries));

    private static void Row(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Append(',');
            var f = fields[i];
            if (f.IndexOfAny([',', '"', '\n', '\r']) >= 0) csv.Append('"').Append(f.Replace("\"", "\"\"")).Append('"');
            else csv.Append(f);
        }
        csv.Append("\r\n");
    }
}
