using System.Net;
using System.Text.RegularExpressions;

namespace VoiceHub.Cli.Bench;

/// <summary>The anti-forgery token of a form page, which the benches post back as a browser would.</summary>
internal static partial class FormToken
{
    public static string Find(string page) => WebUtility.HtmlDecode(AntiForgery().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
