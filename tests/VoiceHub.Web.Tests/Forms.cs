using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace VoiceHub.Web.Tests;

/// <summary>Submits a page's form as a browser would: every field as the page filled it in, with some changed.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, Dictionary<string, string>? changes = null, string? action = null)
    {
        var html = await client.GetStringAsync(path);
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            .First(f => action is null || (f.GetAttribute("action") ?? "").Contains(action, StringComparison.OrdinalIgnoreCase));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 }:
                    if (input.Type is "submit" or "file" or "button") break;
                    if (input.Type is "radio" or "checkbox" && !input.IsChecked) break;
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 }:
                    fields.Add(new(select.Name!, select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 }:
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        foreach (var (key, value) in changes ?? [])
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }
        var target = form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }
}
