using System.Globalization;
using System.Text;
using VoiceHub.Core.Text;

namespace VoiceHub.Cli.Samples;

/// <summary>
/// Writes <c>seeds/samples</c> (a realistic file of every channel and format) and <c>seeds/templates</c> (the Listening
/// Space notes template) from the labelled feedback, with the same content every run: <c>voicehub samples</c> regenerates them.
/// </summary>
public static class SampleWriter
{
    private static readonly string[] Localities = ["Grays", "Tilbury and Chadwell", "Aveley, South Ockendon and Purfleet", "Stanford-le-Hope and Corringham"];
    private static readonly string[] Postcodes = ["RM17 6SL", "RM18 7NR", "RM15 4AB", "SS17 0AB"];
    private static readonly string[] AgeBands = ["18-24", "25-49", "50-64", "65-79", "80+"];
    private static readonly string[] YesNo = ["Yes", "No", "Prefer not to say"];
    private static readonly string[] CorringhamHeader =
    [
        "Date: 07/05/2026", "Locality: Stanford-le-Hope and Corringham", "Service area: Transport", "Hosted by: Assistant Director, Adult Social Care",
        "Number attending: 11",
    ];
    private static readonly DateTime Base = new(2026, 3, 2, 9, 0, 0);

    public static IReadOnlyList<string> Write(string seedsDirectory)
    {
        var all = LabelledFeedback.Load(seedsDirectory);
        var samples = Path.Combine(seedsDirectory, "samples");
        var templates = Path.Combine(seedsDirectory, "templates");
        Directory.CreateDirectory(samples);
        Directory.CreateDirectory(templates);
        var written = new List<string>();
        void Save(string folder, string name, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            written.Add(Path.Combine(Path.GetFileName(folder), name));
        }

        var good = LabelledFeedback.Pick(all, f => f.QuestionType == "what_good", 30);
        var better = LabelledFeedback.Pick(all, f => f.QuestionType == "could_improve", 30);

        // SurveyMonkey: two header rows, respondent columns (with personal details never to be stored), Windows-1252.
        var monkey = new StringBuilder();
        monkey.Append("Respondent ID,Collector ID,Start Date,End Date,Email Address,First Name,Which area do you live in?,What is your age?,Are you an unpaid carer?,What has worked well with your care and support?,What could be better?\r\n");
        monkey.Append(",,,,,,Response,Response,Response,Open-Ended Response,Open-Ended Response\r\n");
        for (var i = 0; i < 12; i++)
        {
            var when = Base.AddDays(i * 3);
            monkey.Append(string.Join(',', new[]
            {
                (11400000 + i).ToString(CultureInfo.InvariantCulture), "4312", when.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                when.AddMinutes(7).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture), $"respondent{i}@example.com", i % 2 == 0 ? "Pat" : "Sam",
                Localities[i % 4], AgeBands[i % 5], i % 3 == 0 ? "Yes" : "No",
                Curly(good[i].Text), i % 4 == 3 ? "" : Curly(better[i].Text),
            }.Select(v => CsvReader.Escape(v))));
            monkey.Append("\r\n");
        }
        Save(samples, "survey-surveymonkey.csv", Encoding.GetEncoding(1252).GetBytes(monkey.ToString()));

        // Microsoft Forms: ID, Start time, Completion time, Email, Name, then one column per question.
        var forms = Enumerable.Range(0, 15).Select(i => new object?[]
        {
            i + 1, Base.AddDays(i).AddHours(i % 5), Base.AddDays(i).AddHours(i % 5).AddMinutes(4), i % 3 == 0 ? "anonymous" : $"person{i}@example.org",
            i % 3 == 0 ? null : "Alex Example", Postcodes[i % 4], Localities[(i + 1) % 4], good[(i + 12) % 30].Text, better[(i + 12) % 30].Text,
            YesNo[i % 3],
        });
        OfficeWriter.WriteXlsx(Path.Combine(samples, "survey-microsoft-forms.xlsx"), "Sheet1",
            ["ID", "Start time", "Completion time", "Email", "Name", "What is your postcode?", "Locality", "What has worked well?", "What could we do better?", "Do you consider yourself to have a disability?"],
            forms, new HashSet<int> { 1, 2 });
        written.Add("samples/survey-microsoft-forms.xlsx");

        // Talking Shop logs: one row per conversation.
        var shop = LabelledFeedback.Pick(all, f => f.Sentiment >= 4, 20, skip: 3);
        string[] venues = ["Grays Library", "Tilbury Hub", "South Ockendon Centre", "Corringham Library"];
        string[] enquiries = ["Carer support", "Direct payments", "Home care", "Transport", "Equipment and adaptations"];
        string[] outcomes = ["Signposted to the carers' support service", "Referred for a care needs assessment", "Given information about direct payments", "Passed to the locality team to call back", "No further action needed"];
        var shopRows = Enumerable.Range(0, 10).Select(i => new object?[]
        {
            Base.AddDays(i * 7), Localities[i % 4], venues[i % 4], enquiries[i % 5], shop[i].Text, outcomes[i % 5],
        }).ToList();
        string[] shopHeaders = ["Date", "Locality", "Venue", "Enquiry type", "Notes", "Outcome"];
        var csv = new StringBuilder(string.Join(',', shopHeaders) + "\r\n");
        foreach (var r in shopRows) csv.Append(string.Join(',', r.Select(v => CsvReader.Escape(v is DateTime d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : v?.ToString() ?? "")))).Append("\r\n");
        Save(samples, "talking-shop.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        OfficeWriter.WriteXlsx(Path.Combine(samples, "talking-shop.xlsx"), "Log", shopHeaders,
            Enumerable.Range(10, 10).Select(i => new object?[] { Base.AddDays(i * 7), Localities[i % 4], venues[i % 4], enquiries[i % 5], shop[i].Text, outcomes[i % 5] }),
            new HashSet<int> { 0 });
        written.Add("samples/talking-shop.xlsx");

        // Listening Space notes, in Word, Markdown and text.
        var told = LabelledFeedback.Pick(all, f => f.QuestionType == "could_improve" && f.Text.Contains("wait", StringComparison.OrdinalIgnoreCase), 5)
            .Concat(LabelledFeedback.Pick(all, f => f.Text.Contains("staff", StringComparison.OrdinalIgnoreCase) && f.Sentiment <= 2, 3)).Select(f => f.Text).ToList();
        var youSaid = new List<(string, string)>
        {
            ("You said waiting times were too long and nobody told you how long the wait would be", "We will publish expected waiting times each month and ring anyone waiting more than four weeks"),
            ("You said the staff were kind and listened", "We will share your thanks with the teams and keep the same named workers where we can"),
        };
        var header = new (string, string)[] { ("Date", "12 March 2026"), ("Locality", "Grays"), ("Service area", "Home care"), ("Hosted by", "Director of Adult Social Care"), ("Number attending", "14") };
        var md = new StringBuilder("# Listening Space: home care in Grays\n\n");
        foreach (var (k, v) in header) md.Append(CultureInfo.InvariantCulture, $"**{k}:** {v}  \n");
        md.Append("\n## What people told us\n\n");
        foreach (var t in told) md.Append(CultureInfo.InvariantCulture, $"- {t}\n");
        md.Append("\n## You said, we will\n\n");
        foreach (var (s, w) in youSaid) md.Append(CultureInfo.InvariantCulture, $"- {s}. We will: {w[8..]}.\n");
        Save(samples, "listening-space.md", Encoding.UTF8.GetBytes(md.ToString()));

        var txt = new StringBuilder("Listening Space: carers in Tilbury\r\n\r\n");
        txt.Append("Date: 23/04/2026\r\nLocality: Tilbury and Chadwell\r\nService area: Carers support\r\nHosted by: Head of Commissioning\r\nNumber attending: 9\r\n\r\n");
        txt.Append("What people told us\r\n\r\n");
        foreach (var f in LabelledFeedback.Pick(all, f => f.Text.Contains("carer", StringComparison.OrdinalIgnoreCase) || f.Text.Contains("family", StringComparison.OrdinalIgnoreCase), 4)) txt.Append(CultureInfo.InvariantCulture, $"* {f.Text}\r\n");
        txt.Append("\r\nYou said, we will\r\n\r\n");
        txt.Append("You said: your family were not kept informed.\r\nWe will: agree with each carer how and when we update them.\r\n");
        Save(samples, "listening-space.txt", Encoding.UTF8.GetBytes(txt.ToString()));

        var docxTold = LabelledFeedback.Pick(all, f => f.Text.Contains("transport", StringComparison.OrdinalIgnoreCase) || f.Text.Contains("ambulance", StringComparison.OrdinalIgnoreCase), 5).Select(f => f.Text);
        var blocks = new List<(OfficeWriter.Kind, string)> { (OfficeWriter.Kind.Title, "Listening Space: getting to services in Corringham") };
        blocks.AddRange(CorringhamHeader.Select(l => (OfficeWriter.Kind.Paragraph, l)));
        blocks.Add((OfficeWriter.Kind.Heading1, "What people told us"));
        blocks.AddRange(docxTold.Select(t => (OfficeWriter.Kind.Bullet, t)));
        blocks.Add((OfficeWriter.Kind.Heading1, "You said, we will"));
        OfficeWriter.WriteDocx(Path.Combine(samples, "listening-space.docx"), blocks, table:
        [
            ("You said", "We will"),
            ("Transport to appointments was late and the crew had to wait", "Review the transport contract with the provider by September"),
        ]);
        written.Add("samples/listening-space.docx");

        // The template, in Word and Markdown.
        var templateBlocks = new List<(OfficeWriter.Kind, string)>
        {
            (OfficeWriter.Kind.Title, "Listening Space: [topic] in [place]"),
            (OfficeWriter.Kind.Paragraph, "Date: [day month year, for example 12 March 2026]"),
            (OfficeWriter.Kind.Paragraph, "Locality: [one of the council's localities]"),
            (OfficeWriter.Kind.Paragraph, "Service area: [for example Home care]"),
            (OfficeWriter.Kind.Paragraph, "Hosted by: [role, not name, of the senior member of staff]"),
            (OfficeWriter.Kind.Paragraph, "Number attending: [number]"),
            (OfficeWriter.Kind.Heading1, "What people told us"),
            (OfficeWriter.Kind.Bullet, "[One point per bullet, in the words people used. Leave out names and contact details.]"),
            (OfficeWriter.Kind.Heading1, "You said, we will"),
            (OfficeWriter.Kind.Paragraph, "You said: [what people told us] We will: [what the council will do, and by when]"),
        };
        OfficeWriter.WriteDocx(Path.Combine(templates, "listening-space-notes.docx"), templateBlocks);
        written.Add("templates/listening-space-notes.docx");
        Save(templates, "listening-space-notes.md", Encoding.UTF8.GetBytes("""
            # Listening Space: [topic] in [place]

            Date: [day month year, for example 12 March 2026]
            Locality: [one of the council's localities]
            Service area: [for example Home care]
            Hosted by: [role, not name, of the senior member of staff]
            Number attending: [number]

            ## What people told us

            - [One point per bullet, in the words people used. Leave out names and contact details.]

            ## You said, we will

            - You said: [what people told us] We will: [what the council will do, and by when]

            """.Replace("\r\n", "\n")));

        // VCS reports: a PDF with a contents page, running header and page numbers; a Word report with a header and footer.
        var quotes = LabelledFeedback.Pick(all, f => f.Text.Length < 200 && f.Sentiment is 4 or 5, 4, skip: 5).Select(f => f.Text.TrimEnd('.')).ToList();
        var praise = LabelledFeedback.Pick(all, f => f.Text.Length < 200 && f.Sentiment == 1, 2, skip: 7).Select(f => f.Text.TrimEnd('.')).ToList();
        var pdf = PdfWriter.Write("Thurrock Carers Together – Quarterly report to the council",
        [
            [new(true, "Thurrock Carers Together"), new(false, "Quarterly report to Adult Social Care, 1 April to 30 June 2026.")],
            [new(true, "Contents"), new(false, "Summary ........ 3"), new(false, "What carers told us ........ 3"), new(false, "What we did ........ 4")],
            [
                new(true, "Summary"),
                new(false, "This quarter our support workers met 212 unpaid carers at drop-in sessions across the borough, most of them in Grays and South Ockendon. Carers told us that the wait for a carer's assessment remains the biggest worry, and that information about respite is hard to find."),
                new(true, "What carers told us"),
                new(false, $"Many carers described long waits and not knowing who to contact. One carer told us: \u201C{quotes[0]}.\u201D Others said the same about the phone line."),
                new(false, $"\u201C{quotes[1]}.\u201D"),
                new(false, $"Carers in Tilbury said transport to day services is unreliable and that changes are not explained. A carer added: \u201C{quotes[2]}.\u201D"),
            ],
            [
                new(true, "What we did"),
                new(false, "We ran two information sessions on respite with the council's carers team and passed eleven cases to the locality teams for follow-up. We will report on these in the next quarter."),
                new(false, $"Not everything was negative. A carer said: \u201C{praise[0]}.\u201D"),
            ],
        ]);
        Save(samples, "vcs-report.pdf", pdf);

        OfficeWriter.WriteDocx(Path.Combine(samples, "vcs-report.docx"),
        [
            (OfficeWriter.Kind.Title, "Purfleet Community Forum: voices of older residents"),
            (OfficeWriter.Kind.Heading1, "Introduction"),
            (OfficeWriter.Kind.Paragraph, "Between January and March 2026 our volunteers spoke with 64 older residents at coffee mornings in Purfleet and Aveley about their care and support at home."),
            (OfficeWriter.Kind.Heading1, "What residents said"),
            (OfficeWriter.Kind.Paragraph, $"Residents valued their regular care workers. As one put it, \u201C{praise[1]}.\u201D"),
            (OfficeWriter.Kind.Paragraph, $"But several residents said visits were rushed or late, and that nobody rang to explain. \u201C{quotes[3]},\u201D said one man who lives alone."),
            (OfficeWriter.Kind.Paragraph, "Residents also asked for clearer information about what they would have to pay, and for letters in larger print."),
        ], header: "Purfleet Community Forum – Report to Adult Social Care", footer: "Page 1");
        written.Add("samples/vcs-report.docx");
        return written;
    }

    /// <summary>Excel's UK CSV curls apostrophes; the sample keeps them, so Windows-1252 decoding is exercised.</summary>
    private static string Curly(string s) => s.Replace('\'', '\u2019');
}
