using VoiceHub.Core.Text;
using VoiceHub.Ingest.Parsers.Tables;

namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// Removes NUL and other control characters from every text a parser gives (items, contexts, titles, draft lines,
/// warnings, the reason, a table for the mapping page), in one place, so no parser can forget: PostgreSQL refuses a
/// NUL in text, and a notes file with one stayed "Reading" for half an hour.
/// </summary>
/// <remarks>
/// An item left without text once cleaned (a bullet of NUL bytes) is dropped, and the draft actions' links to items
/// are renumbered to match: items <c>["a", "\0", "b"]</c> with a draft linked to items 0 and 2 become <c>["a", "b"]</c>
/// with the draft linked to 0 and 1. Identity keys are left as they are: they are only hashed, and cleaning them
/// would change the fingerprints of items already stored.
/// </remarks>
public static class ParseResultCleaner
{
    public static ParseResult Clean(ParseResult result)
    {
        var renumbered = new int[result.Items.Count];
        var items = new List<ParsedItem>(result.Items.Count);
        for (var i = 0; i < result.Items.Count; i++)
        {
            var item = Clean(result.Items[i]);
            renumbered[i] = string.IsNullOrWhiteSpace(item.Text) ? -1 : items.Count;
            if (renumbered[i] >= 0) items.Add(item);
        }
        return result with
        {
            Items = items,
            Warnings = [.. result.Warnings.Select(w => UntrustedText.Clean(w)!)],
            Error = UntrustedText.Clean(result.Error),
            DraftActions = [.. result.DraftActions.Select(d => d with
            {
                YouSaid = UntrustedText.Clean(d.YouSaid)!,
                WeWill = UntrustedText.Clean(d.WeWill)!,
                ItemIndexes = [.. d.ItemIndexes.Where(x => x >= 0 && x < renumbered.Length && renumbered[x] >= 0).Select(x => renumbered[x])],
            })],
            Missing = [.. result.Missing.Select(m => UntrustedText.Clean(m)!)],
            DocumentLocality = UntrustedText.Clean(result.DocumentLocality),
            Table = result.Table is { } t ? Clean(t) : null,
        };
    }

    private static ParsedItem Clean(ParsedItem item) => item with
    {
        Text = UntrustedText.Clean(item.Text)!,
        Context = UntrustedText.Clean(item.Context),
        LocalityName = UntrustedText.Clean(item.LocalityName),
        LocalitySource = UntrustedText.Clean(item.LocalitySource),
        Postcode = UntrustedText.Clean(item.Postcode),
        Reference = UntrustedText.Clean(item.Reference),
        Metadata = item.Metadata.Any(m => UntrustedText.NeedsCleaning(m.Key) || UntrustedText.NeedsCleaning(m.Value))
            ? item.Metadata.GroupBy(m => UntrustedText.Clean(m.Key)!).ToDictionary(g => g.Key, g => UntrustedText.Clean(g.First().Value)!)
            : item.Metadata,
    };

    private static Table Clean(Table table) => new(
        [.. table.Headers.Select(h => UntrustedText.Clean(h)!)],
        [.. table.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => UntrustedText.Clean(c)!)] })]);
}
