using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoiceHub.Web.Infrastructure;

/// <summary>Small helpers for GOV.UK Design System form markup: error classes and messages tied to a field's id.</summary>
public static class Govuk
{
    public static bool HasError(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public static string FormGroup(this ModelStateDictionary state, string key) =>
        state.HasError(key) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";

    /// <summary>The field's own class, with its error modifier when it has an error.</summary>
    public static string Field(this ModelStateDictionary state, string key, string cssClass) =>
        state.HasError(key) ? $"{cssClass} {cssClass}--error" : cssClass;

    /// <summary>The ids a field's <c>aria-describedby</c> should list: its hint if any, and its error if it has one.</summary>
    public static string? DescribedBy(this ModelStateDictionary state, string key, bool hasHint = false)
    {
        var ids = new List<string>();
        if (hasHint) ids.Add(key + "-hint");
        if (state.HasError(key)) ids.Add(key + "-error");
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    public static IHtmlContent ErrorMessage(this ModelStateDictionary state, string key)
    {
        if (!state.TryGetValue(key, out var entry) || entry.Errors.Count == 0) return HtmlString.Empty;
        var message = HtmlEncoder.Default.Encode(entry.Errors[0].ErrorMessage);
        return new HtmlString($"<p id=\"{HtmlEncoder.Default.Encode(key)}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {message}</p>");
    }
}
