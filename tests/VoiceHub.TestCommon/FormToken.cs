using System.Net;
using System.Text.RegularExpressions;

namespace VoiceHub.TestCommon;

/// <summary>The anti-forgery token of a form page, to post the form back as a browser would.</summary>
public static partial class FormToken
{
    public static string Find(string page) => WebUtility.HtmlDecode(AntiForgery().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
