using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Puts a form's errors in the error summary in the order its fields are on the page. ModelState lists its keys in
/// sorted order ("EndsOn" before "Title"), not the form's, so a page names its fields top to bottom and the summary
/// (Shared/_ErrorSummary) follows it; keys not named come after, as ModelState lists them.
/// </summary>
public static class ErrorOrder
{
    public const string Key = "ErrorOrder";

    public static void Set(ViewDataDictionary viewData, params string[] fields) => viewData[Key] = fields;

    /// <summary>The position of <paramref name="key"/> in the page's order (for sorting the summary).</summary>
    public static int Of(ViewDataDictionary viewData, string key) =>
        viewData[Key] is string[] fields ? Array.IndexOf(fields, key) is var i && i >= 0 ? i : fields.Length : 0;
}
