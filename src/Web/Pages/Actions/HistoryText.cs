using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VoiceHub.Core.Model;

namespace VoiceHub.Web.Pages.Actions;

/// <summary>
/// Turns an action history entry's JSON changes into lines people read: "Status: Planned → Done", "Project: Getting to
/// the day centre", "Feedback items: linked ASC7K2M9QX4B (“The driver never came…”)", each project, item and issue
/// named and linked rather than shown by its number.
/// </summary>
public static class HistoryText
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["project"] = "Project", ["status"] = "Status", ["youSaid"] = "You said", ["weWill"] = "We will", ["owner"] = "Owner",
        ["dueOn"] = "Due date", ["weDid"] = "We did", ["doneOn"] = "Date done", ["evidenceUrl"] = "Evidence",
        ["notDoingReason"] = "Why not", ["published"] = "Published", ["items"] = "Feedback items", ["issue"] = "Emerging issue",
    };

    /// <summary>What the lines name: project titles, items' reference codes and opening words, issues' sentences.</summary>
    public sealed record Lookup(
        IReadOnlyDictionary<long, string> Projects,
        IReadOnlyDictionary<long, (string Reference, string Quote)> Items,
        IReadOnlyDictionary<string, string> Issues)
    {
        public static readonly Lookup None = new(new Dictionary<long, string>(), new Dictionary<long, (string, string)>(), new Dictionary<string, string>());
    }

    /// <summary>The projects, items and issues the entries mention, for the page to look up once.</summary>
    public static (HashSet<long> Projects, HashSet<long> Items, HashSet<string> Issues) Mentioned(IEnumerable<string> changesJson)
    {
        var (projects, items, issues) = (new HashSet<long>(), new HashSet<long>(), new HashSet<string>());
        foreach (var json in changesJson)
        {
            using var doc = JsonDocument.Parse(json);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                foreach (var v in Values(p.Value))
                {
                    if (p.Name == "project" && v.ValueKind == JsonValueKind.Number) projects.Add(v.GetInt64());
                    else if (p.Name == "items" && v.ValueKind == JsonValueKind.Number) items.Add(v.GetInt64());
                    else if (p.Name == "issue" && v.ValueKind == JsonValueKind.String) issues.Add(v.GetString()!);
                }
            }
        }
        return (projects, items, issues);
    }

    public static IReadOnlyList<IHtmlContent> Lines(string changesJson, Lookup names)
    {
        using var doc = JsonDocument.Parse(changesJson);
        var lines = new List<IHtmlContent>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var name = Names.GetValueOrDefault(p.Name, p.Name);
            var v = p.Value;
            if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("added", out var added)) lines.Add(Line($"{name}: linked ", Show(p.Name, added, names)));
            else if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("removed", out var removed)) lines.Add(Line($"{name}: unlinked ", Show(p.Name, removed, names)));
            else if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("to", out var to))
            {
                var from = v.TryGetProperty("from", out var f) ? Show(p.Name, f, names) : HtmlString.Empty;
                var empty = f.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
                lines.Add(empty ? Line($"{name}: ", Show(p.Name, to, names))
                    : new HtmlContentBuilder().Append($"{name}: ").AppendHtml(from).Append(" → ").AppendHtml(Show(p.Name, to, names)));
            }
        }
        return lines;
    }

    private static IHtmlContent Line(string label, IHtmlContent value) => new HtmlContentBuilder().Append(label).AppendHtml(value);

    private static IEnumerable<JsonElement> Values(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Array => v.EnumerateArray(),
        JsonValueKind.Object => v.EnumerateObject().SelectMany(o => Values(o.Value)),
        _ => [v],
    };

    private static IHtmlContent Show(string field, JsonElement value, Lookup names)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var list = new HtmlContentBuilder();
            var first = true;
            foreach (var e in value.EnumerateArray())
            {
                if (!first) list.Append(", ");
                list.AppendHtml(Show(field, e, names));
                first = false;
            }
            return list;
        }
        return (field, value.ValueKind) switch
        {
            (_, JsonValueKind.Null or JsonValueKind.Undefined) => HtmlString.Empty,
            (_, JsonValueKind.True) => Text("yes"),
            (_, JsonValueKind.False) => Text("no"),
            ("status", JsonValueKind.String) => Text(ActionStatus.NameOf(value.GetString()!)),
            ("project", JsonValueKind.Number) => names.Projects.TryGetValue(value.GetInt64(), out var title)
                ? Link($"/projects/{value.GetInt64()}", title) : Text("a project since deleted"),
            ("items", JsonValueKind.Number) => names.Items.TryGetValue(value.GetInt64(), out var item)
                ? new HtmlContentBuilder().AppendHtml(Link($"/items/{value.GetInt64()}", Core.ReferenceCode.Format(item.Reference))).Append($" (“{item.Quote}”)")
                : Text("an item since erased"),
            ("issue", JsonValueKind.String) => names.Issues.TryGetValue(value.GetString()!, out var sentence)
                ? Link($"/emerging/{Uri.EscapeDataString(value.GetString()!)}", sentence) : Text("an emerging issue of " + value.GetString()!.Split('.')[0]),
            (_, JsonValueKind.String) => Text(value.GetString()!),
            _ => Text(value.GetRawText()),
        };
    }

    private static IHtmlContent Text(string s) => new HtmlString(HtmlEncoder.Default.Encode(s));

    private static IHtmlContent Link(string href, string text) =>
        new HtmlString($"<a class=\"govuk-link\" href=\"{HtmlEncoder.Default.Encode(href)}\">{HtmlEncoder.Default.Encode(text)}</a>");
}
