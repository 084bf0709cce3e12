using System.Text.Json;
using VoiceHub.Core.Model;

namespace VoiceHub.Web.Pages.Actions;

/// <summary>Turns an action history entry's JSON changes into lines people read: "Status: Planned → Done".</summary>
public static class HistoryText
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["project"] = "Project", ["status"] = "Status", ["youSaid"] = "You said", ["weWill"] = "We will", ["owner"] = "Owner",
        ["dueOn"] = "Due date", ["weDid"] = "We did", ["doneOn"] = "Date done", ["evidenceUrl"] = "Evidence",
        ["notDoingReason"] = "Why not", ["published"] = "Published", ["items"] = "Feedback items", ["issue"] = "Emerging issue",
    };

    public static IReadOnlyList<string> Lines(string changesJson)
    {
        using var doc = JsonDocument.Parse(changesJson);
        var lines = new List<string>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var name = Names.GetValueOrDefault(p.Name, p.Name);
            var v = p.Value;
            if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("added", out var added)) lines.Add($"{name}: linked {Ids(added)}");
            else if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("removed", out var removed)) lines.Add($"{name}: unlinked {Ids(removed)}");
            else if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("to", out var to))
            {
                var from = v.TryGetProperty("from", out var f) ? Show(p.Name, f) : "";
                lines.Add(from.Length == 0 ? $"{name}: {Show(p.Name, to)}" : $"{name}: {from} → {Show(p.Name, to)}");
            }
        }
        return lines;
    }

    private static string Ids(JsonElement array) => array.ValueKind == JsonValueKind.Array
        ? string.Join(", ", array.EnumerateArray().Select(e => "item " + e.GetRawText()))
        : array.GetRawText();

    private static string Show(string field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.String when field == "status" => ActionStatus.NameOf(value.GetString()!),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(e => e.GetRawText())),
        _ => value.GetRawText(),
    };
}
