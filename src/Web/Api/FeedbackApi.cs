using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Core.Text;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Api;

/// <summary>
/// <c>POST /api/feedback</c>: other systems send a batch of feedback with an API key. Valid items are stored as one
/// document of channel <c>api</c> and ingested by the same job as any upload (redaction, localities, fingerprints);
/// each item gets its own answer: added (with its reference), duplicate (already stored) or rejected (with why).
/// </summary>
/// <remarks>
/// Authorization is explicit: the endpoint requires a policy of the <c>ApiKey</c> scheme only, so the cookie fallback
/// policy never applies to it and a browser session cannot post here.
/// </remarks>
public static class FeedbackApi
{
    public const int MaxItems = 1000;

    public static readonly AuthorizationPolicy ApiKeyPolicy = new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
        .RequireAuthenticatedUser()
        .RequireClaim(ApiKeyAuthenticationHandler.KeyIdClaim)
        .Build();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static IServiceCollection AddFeedbackApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return services;
    }

    public static void MapFeedbackApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/feedback", PostAsync)
            .RequireAuthorization(ApiKeyPolicy)
            .RequireRateLimiting(RateLimits.Api)
            .DisableAntiforgery();

    public sealed record Request(List<RequestItem>? Items);

    public sealed record RequestItem(string? Text, string? Locality, string? Postcode, string? Date, string? Context, string? Id);

    public sealed record ItemResult(int Index, string Status, string? Reference, IReadOnlyList<string> Errors);

    private static async Task<IResult> PostAsync(HttpContext http, FeedbackSubmission submission, ItemStore items, TimeProvider clock,
        ILoggerFactory loggers, CancellationToken ct)
    {
        Request? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<Request>(http.Request.Body, JsonOptions, ct);
        }
        catch (JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {e.Message}");
        }
        if (request?.Items is not { Count: > 0 } sent) return Problem(StatusCodes.Status400BadRequest, "Send {\"items\": [{\"text\": \"…\"}]} with at least one item.");
        if (sent.Count > MaxItems) return Problem(StatusCodes.Status413PayloadTooLarge, $"Send at most {MaxItems} items in one request; this one had {sent.Count}.");

        var results = new ItemResult?[sent.Count];
        var accepted = new List<(int Index, SubmittedFeedback Feedback)>();
        for (var i = 0; i < sent.Count; i++)
        {
            var (feedback, errors) = Validate(sent[i]);
            if (feedback is null) results[i] = new ItemResult(i, "rejected", null, errors);
            else accepted.Add((i, feedback));
        }

        long? documentId = null;
        if (accepted.Count > 0)
        {
            var keyId = long.Parse(http.User.FindFirstValue(ApiKeyAuthenticationHandler.KeyIdClaim)!, CultureInfo.InvariantCulture);
            var keyName = http.User.Identity?.Name ?? "api";
            var now = clock.GetUtcNow();
            var batch = new FeedbackBatch { Source = keyName, ApiKeyId = keyId, ReceivedAt = now, Items = accepted.Select(a => a.Feedback).ToList() };
            // The fingerprints the ingest will give these items: those already stored are duplicates.
            var fingerprints = FeedbackBatchParser.Parse(batch.ToBytes(), Channel.Api.Code(), "api").Items
                .Select(p => IngestDocumentJob.Fingerprint(Channel.Api.Code(), p.IdentityKey)).ToList();
            var before = (await items.FindByFingerprintsAsync(fingerprints, ct)).Select(f => Convert.ToHexString(f.Fingerprint)).ToHashSet();

            var id = await submission.StoreAsync(Channel.Api, $"api-{now:yyyyMMdd-HHmmss}-key{keyId}.json", batch,
                JsonSerializer.Serialize(new { source = "api", apiKeyId = keyId }), ct);
            documentId = id;
            // Stored is safe: if reading fails the job will finish it, and the sender is told "queued" rather than failed.
            var queued = await submission.IngestNowOrQueueAsync(id, ct);
            var stored = (await items.FindByFingerprintsAsync(fingerprints, ct)).ToDictionary(f => Convert.ToHexString(f.Fingerprint), f => f.Reference);
            for (var a = 0; a < accepted.Count; a++)
            {
                var hex = Convert.ToHexString(fingerprints[a]);
                var index = accepted[a].Index;
                results[index] = stored.TryGetValue(hex, out var reference)
                    ? new ItemResult(index, before.Contains(hex) ? "duplicate" : "added", ReferenceCode.Format(reference), [])
                    : new ItemResult(index, queued ? "queued" : "rejected", null, queued ? [] : ["VoiceHub could not store this item."]);
            }
            loggers.CreateLogger(typeof(FeedbackApi)).LogInformation("API key {KeyId} sent {Count} items as document {DocumentId}", keyId, sent.Count, id);
        }

        var body = new
        {
            documentId,
            received = sent.Count,
            added = results.Count(r => r!.Status == "added"),
            duplicates = results.Count(r => r!.Status == "duplicate"),
            rejected = results.Count(r => r!.Status == "rejected"),
            items = results,
        };
        var status = accepted.Count == 0 ? StatusCodes.Status422UnprocessableEntity
            : results.Any(r => r!.Status == "queued") ? StatusCodes.Status202Accepted : StatusCodes.Status200OK;
        return Results.Json(body, JsonOptions, statusCode: status);
    }

    /// <summary>
    /// One item checked before anything is answered, so what is accepted can be stored: NUL and other control characters
    /// are removed from every field first (<see cref="UntrustedText"/>; PostgreSQL refuses a NUL, which once turned a
    /// "queued" answer into items never stored).
    /// </summary>
    private static (SubmittedFeedback? Feedback, List<string> Errors) Validate(RequestItem sent)
    {
        var item = new RequestItem(UntrustedText.Clean(sent.Text), UntrustedText.Clean(sent.Locality), UntrustedText.Clean(sent.Postcode),
            UntrustedText.Clean(sent.Date), UntrustedText.Clean(sent.Context), UntrustedText.Clean(sent.Id));
        var errors = new List<string>();
        var text = item.Text?.Trim() ?? "";
        if (text.Length == 0) errors.Add("text: enter what the person said");
        else if (text.Length > 20_000) errors.Add("text: must be 20,000 characters or fewer");
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(item.Date))
        {
            if (UkDates.TryParse(item.Date, out var d)) date = d;
            else errors.Add($"date: '{item.Date}' is not a date; use YYYY-MM-DD or DD/MM/YYYY");
        }
        if (item.Locality is { Length: > 200 }) errors.Add("locality: must be 200 characters or fewer");
        if (item.Postcode is { Length: > 10 }) errors.Add("postcode: must be 10 characters or fewer");
        if (item.Context is { Length: > 500 }) errors.Add("context: must be 500 characters or fewer");
        if (item.Id is { Length: > 200 }) errors.Add("id: must be 200 characters or fewer");
        if (errors.Count > 0) return (null, errors);
        return (new SubmittedFeedback
        {
            Text = text,
            Locality = string.IsNullOrWhiteSpace(item.Locality) ? null : item.Locality.Trim(),
            Postcode = string.IsNullOrWhiteSpace(item.Postcode) ? null : item.Postcode.Trim(),
            Date = date,
            Context = string.IsNullOrWhiteSpace(item.Context) ? null : item.Context.Trim(),
            ExternalId = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim(),
        }, errors);
    }

    private static IResult Problem(int status, string detail) =>
        Results.Json(new { status, title = "The request cannot be used", detail }, JsonOptions, "application/problem+json", status);
}
