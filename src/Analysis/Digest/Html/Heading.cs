using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace VoiceHub.Analysis.Digest.Html;

/// <summary>
/// A heading whose level the caller chooses (h2 to h6): an issue's evidence sits under an h2 on the digest's page
/// and is the page's own h2 on the page, and the outline must stay unbroken in both.
/// </summary>
public sealed class Heading : ComponentBase
{
    [Parameter] public int Level { get; set; } = 2;
    [Parameter] public string? Id { get; set; }
    [Parameter] public string Class { get; set; } = "govuk-heading-m";
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Level, 2, 6)}");
        builder.AddAttribute(1, "class", Class);
        if (Id is not null) builder.AddAttribute(2, "id", Id);
        builder.AddContent(3, ChildContent);
        builder.CloseElement();
    }
}
