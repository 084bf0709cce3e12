using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Upload;

/// <summary>The Listening Space notes template, from <c>seeds/templates</c>, in Word and Markdown.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TemplateModel(IOptions<VoiceHubOptions> options) : PageModel
{
    public void OnGet()
    {
    }

    public IActionResult OnGetDownload(string? format)
    {
        var (name, type) = format == "md"
            ? ("listening-space-notes.md", "text/markdown")
            : ("listening-space-notes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var path = Path.Combine(ProjectPaths.SeedsDirectory(options.Value), "templates", name);
        return System.IO.File.Exists(path) ? PhysicalFile(path, type, name) : NotFound();
    }
}
