using System.Text.RegularExpressions;
using VoiceHub.Ingest.Parsers.Documents;

namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// Listening Space notes written to the template in <c>seeds/templates</c>: a title, header fields (date, locality,
/// service area, hosted by, number attending), a section "What people told us" whose bullets or paragraphs become
/// items, and a section "You said, we will" whose lines become draft actions linked to the items they answer.
/// A missing title, date or locality is not guessed: the result lists it in <see cref="ParseResult.Missing"/>.
/// </summary>
public static partial class ListeningSpaceParser
{
    /// <summary>Fields staff must give when the notes lack them.</summary>
    public static readonly string[] Required = [UploadDetails.Title, UploadDetails.Date, UploadDetails.Locality];

    private enum Section { Header, Told, YouSaid, Other }

    public static ParseResult Parse(IReadOnlyList<TextBlock> blocks, string fileName, UploadDetails details, IngestLimits limits)
    {
        var fields = new Dictionary<string, string>();
        var told = new List<string>();
        var pairs = new List<(string Said, string Will)>();
        var warnings = new List<string>();
        var section = Section.Header;
        var foundTold = false;
        string? pendingSaid = null;

        foreach (var block in blocks)
        {
            var text = block.Text.Trim();
            if (text.Length == 0) continue;
            if (SectionOf(text) is { } named && (block.Kind == BlockKind.Heading || text.Length <= 40))
            {
                section = named;
                foundTold |= named == Section.Told;
                continue;
            }
            if (block.Kind == BlockKind.Heading)
            {
                if (section == Section.Header && !fields.ContainsKey(UploadDetails.Title)) fields[UploadDetails.Title] = text;
                else if (section != Section.Header) section = Section.Other;
                continue;
            }
            switch (section)
            {
                case Section.Header:
                    if (block.Kind == BlockKind.TableRow && block.Cells.Length >= 2 && FieldKey(block.Cells[0]) is { } cellKey)
                    {
                        fields[cellKey] = block.Cells[1].Trim();
                    }
                    else if (FieldPattern().Match(text) is { Success: true } m && FieldKey(m.Groups[1].Value) is { } key)
                    {
                        fields[key] = m.Groups[2].Value.Trim();
                    }
                    else if (!fields.ContainsKey(UploadDetails.Title) && text.Length <= 150)
                    {
                        // Plain text has no heading styles: the first line that is not a field is the title.
                        fields[UploadDetails.Title] = text;
                    }
                    break;
                case Section.Told:
                    if (block.Kind == BlockKind.TableRow) text = string.Join(" ", block.Cells.Where(c => c.Length > 0));
                    if (text.Length > limits.MaxCellLength)
                    {
                        warnings.Add($"{fileName}: a point under \"What people told us\" is longer than {limits.MaxCellLength:N0} characters; left out.");
                        continue;
                    }
                    told.Add(text);
                    break;
                case Section.YouSaid:
                    if (block.Kind == BlockKind.TableRow && block.Cells.Length >= 2)
                    {
                        var (said, will) = (Strip(block.Cells[0]), Strip(block.Cells[1]));
                        if (said.Equals("you said", StringComparison.OrdinalIgnoreCase)) continue; // the table's header row
                        if (said.Length > 0 && will.Length > 0) pairs.Add((said, will));
                        continue;
                    }
                    if (YouSaidWeWillPattern().Match(text) is { Success: true } both)
                    {
                        pairs.Add((Strip(both.Groups[1].Value), Strip(both.Groups[2].Value)));
                        pendingSaid = null;
                    }
                    else if (YouSaidPattern().Match(text) is { Success: true } saidOnly)
                    {
                        pendingSaid = Strip(saidOnly.Groups[1].Value);
                    }
                    else if (WeWillPattern().Match(text) is { Success: true } willOnly && pendingSaid is not null)
                    {
                        pairs.Add((pendingSaid, Strip(willOnly.Groups[1].Value)));
                        pendingSaid = null;
                    }
                    else
                    {
                        warnings.Add($"{fileName}: \"You said, we will\" has a line without both \"You said\" and \"We will\"; it was not made a draft action.");
                    }
                    break;
            }
        }

        if (!foundTold)
        {
            return ParseResult.Failed($"{fileName}: there is no section called \"What people told us\". " +
                                      "Write the notes with the Listening Space template (seeds/templates) and upload them again.");
        }

        // Staff's word (on upload or review) wins over what the file says.
        foreach (var (k, v) in details.Fields)
        {
            if (!string.IsNullOrWhiteSpace(v)) fields[k] = v.Trim();
        }
        var missing = Required.Where(k => !fields.TryGetValue(k, out var v) || v.Length == 0).ToList();
        DateOnly? date = null;
        if (fields.TryGetValue(UploadDetails.Date, out var dateText) && dateText.Length > 0)
        {
            if (UkDates.TryParse(dateText, out var d)) date = d;
            else
            {
                warnings.Add($"{fileName}: the date \"{dateText}\" is not a date VoiceHub can read.");
                missing.Add(UploadDetails.Date);
            }
        }
        if (told.Count == 0) warnings.Add($"{fileName}: \"What people told us\" has no points in it.");
        if (missing.Count > 0) return new ParseResult { Missing = missing, Warnings = warnings };

        var title = fields[UploadDetails.Title];
        var metadata = new Dictionary<string, string> { ["title"] = title };
        if (fields.GetValueOrDefault(UploadDetails.ServiceArea) is { Length: > 0 } area) metadata["serviceArea"] = area;
        if (fields.GetValueOrDefault(UploadDetails.HostedBy) is { Length: > 0 } host) metadata["hostedBy"] = host;
        if (fields.GetValueOrDefault(UploadDetails.Attending) is { Length: > 0 } attending) metadata["attending"] = attending;
        var session = $"listening-space\u001e{title}\u001e{date:yyyy-MM-dd}";
        // The template's titles already say what it was ("Listening Space: home care in Grays"): not said twice.
        var context = title.StartsWith("Listening Space", StringComparison.OrdinalIgnoreCase) ? title : $"Listening Space: {title}";
        var items = told.Select((t, i) => new ParsedItem
        {
            Text = t,
            Context = context,
            OccurredOn = date,
            LocalityName = fields[UploadDetails.Locality],
            Metadata = new Dictionary<string, string>(metadata),
            RowNo = i + 1,
            IdentityKey = $"{session}\u001e{t}",
        }).ToList();

        var drafts = pairs.Select(p => new ParsedDraftAction(p.Said, p.Will, Link(p.Said, told), $"{session}\u001e{p.Said}\u001e{p.Will}")).ToList();
        return new ParseResult { Items = items, DraftActions = drafts, Warnings = warnings, DocumentLocality = fields[UploadDetails.Locality] };
    }

    /// <summary>
    /// The points a "You said" line answers: those sharing at least two content words with it, else the one sharing
    /// most (if any). Staff can correct links later; a wrong guess here is cheap, a missing link hides the evidence.
    /// </summary>
    public static IReadOnlyList<int> Link(string youSaid, IReadOnlyList<string> points)
    {
        var said = Words(youSaid);
        var scores = points.Select((p, i) => (Index: i, Shared: Words(p).Count(said.Contains))).ToList();
        var strong = scores.Where(s => s.Shared >= 2).Select(s => s.Index).ToList();
        if (strong.Count > 0) return strong;
        var best = scores.OrderByDescending(s => s.Shared).FirstOrDefault();
        return best.Shared >= 1 ? [best.Index] : [];
    }

    private static readonly HashSet<string> StopWords =
    [
        "about", "after", "again", "also", "because", "been", "being", "could", "does", "from", "have", "here", "into",
        "just", "more", "much", "need", "needs", "only", "other", "over", "said", "some", "than", "that", "their", "them",
        "then", "there", "they", "this", "told", "very", "want", "were", "what", "when", "which", "will", "with", "would",
        "your", "people", "like", "really",
    ];

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => Stem(m.Value)).Where(w => w.Length >= 4 && !StopWords.Contains(w)).ToHashSet();

    // Enough stemming for "carers" to meet "carer" and "waiting" to meet "wait".
    private static string Stem(string w) =>
        w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 6 ? w[..^3] : w.EndsWith('s') && w.Length > 4 && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;

    private static Section? SectionOf(string text)
    {
        var t = NonLetters().Replace(text.ToLowerInvariant(), " ").Trim();
        if (t.StartsWith("what people told us", StringComparison.Ordinal) || t.StartsWith("what we heard", StringComparison.Ordinal)) return Section.Told;
        if (t.StartsWith("you said we will", StringComparison.Ordinal) || t == "you said we will we did") return Section.YouSaid;
        return null;
    }

    private static string? FieldKey(string label) => NonLetters().Replace(label.ToLowerInvariant(), " ").Trim() switch
    {
        "title" or "session" or "session title" => UploadDetails.Title,
        "date" or "date of session" or "session date" or "held on" => UploadDetails.Date,
        "locality" or "area" or "locality area" => UploadDetails.Locality,
        "service area" or "service" or "services" => UploadDetails.ServiceArea,
        "hosted by" or "host" or "hosts" or "chaired by" or "facilitated by" => UploadDetails.HostedBy,
        "number attending" or "attending" or "attendees" or "number of attendees" or "people attending" => UploadDetails.Attending,
        _ => null,
    };

    private static string Strip(string s) => s.Trim().Trim(',', ';', '.', ':', '-', '–', ' ').Trim();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z /]{1,30}?)\s*[:–]\s*(.+)$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^you said\b[:,]?\s*(.+?)[\s,.;:–-]*\bwe will\b[:,]?\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex YouSaidWeWillPattern();

    [GeneratedRegex(@"^you said\b[:,]?\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex YouSaidPattern();

    [GeneratedRegex(@"^we will\b[:,]?\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex WeWillPattern();

    [GeneratedRegex(@"[a-z']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[^a-z]+")]
    private static partial Regex NonLetters();
}
