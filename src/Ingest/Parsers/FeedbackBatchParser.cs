using System.Text.Json;

namespace VoiceHub.Ingest.Parsers;

/// <summary>Reads a stored <see cref="FeedbackBatch"/> (online form or API) into items.</summary>
public static class FeedbackBatchParser
{

    public static ParseResult Parse(byte[] bytes, string channel, string fileName)
    {
        FeedbackBatch? batch;
        try
        {
            batch = FeedbackBatch.FromBytes(bytes);
        }
        catch (JsonException e)
        {
            return ParseResult.Failed($"{fileName} is not feedback VoiceHub stored ({e.Message}).");
        }
        if (batch is null || batch.Items.Count == 0) return ParseResult.Failed($"{fileName} holds no feedback.");

        var receivedOn = Core.Reporting.LondonTime.Day(batch.ReceivedAt);
        var form = channel == "online-form";
        var items = batch.Items.Select((f, i) => new ParsedItem
        {
            Text = f.Text.Trim(),
            Context = f.Context ?? (form ? "Online feedback form" : $"Sent by {batch.Source}"),
            OccurredOn = f.Date ?? receivedOn,
            LocalityName = string.IsNullOrWhiteSpace(f.Locality) ? null : f.Locality.Trim(),
            LocalitySource = form ? "form" : null,
            Postcode = f.Postcode,
            Reference = f.Reference,
            RowNo = i + 1,
            Metadata = f.ExternalId is null ? [] : new Dictionary<string, string> { ["externalId"] = f.ExternalId },
            IdentityKey = form
                ? $"online-form\u001e{batch.Nonce}\u001e{i}"
                : f.ExternalId is { } id
                    ? $"api\u001e{batch.ApiKeyId}\u001e{id}"
                    : $"api\u001e{batch.ApiKeyId}\u001e{f.Date:yyyy-MM-dd}\u001e{f.Locality}\u001e{f.Text.Trim()}",
        }).ToList();
        return new ParseResult { Items = items };
    }
}
