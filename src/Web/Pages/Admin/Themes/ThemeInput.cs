using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoiceHub.Web.Pages.Admin.Themes;

/// <summary>The checks every theme name and category share on the admin pages.</summary>
public static class ThemeInput
{
    public const int MaxLength = 100;

    public static string Validate(ModelStateDictionary state, string key, string? value, string missing, bool required = true)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0 && required) state.AddModelError(key, missing);
        else if (text.Length > MaxLength) state.AddModelError(key, $"This must be {MaxLength} characters or fewer");
        else if (text.Contains('"') || text.Any(char.IsControl)) state.AddModelError(key, "This must not contain quotation marks (\")");
        return text;
    }
}
