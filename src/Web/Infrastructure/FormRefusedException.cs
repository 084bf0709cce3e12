using System.Globalization;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// A form that could not be read because it broke a limit (too large: 413) or was not a form at all (400). Raised by
/// <see cref="CleanFormFeature"/> in place of the framework's exceptions, which would otherwise be a bare 500.
/// </summary>
public sealed class FormRefusedException(int status, Exception inner)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"The form was refused ({status})."), inner)
{
    public int Status { get; } = status;

    /// <summary>The refusal <paramref name="e"/> means, or null when it is not about the form's size or shape.</summary>
    public static FormRefusedException? From(Exception e) => e switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(StatusCodes.Status413PayloadTooLarge, e),
        // The form readers' "Multipart body length limit … exceeded" and "Form value length limit … exceeded".
        InvalidDataException when e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) => new(StatusCodes.Status413PayloadTooLarge, e),
        InvalidDataException or BadHttpRequestException => new(StatusCodes.Status400BadRequest, e),
        _ => null,
    };
}
