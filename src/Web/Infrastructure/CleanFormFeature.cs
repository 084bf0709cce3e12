using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using VoiceHub.Core.Text;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// The request's form as every page, model binder and the anti-forgery check read it, with NUL and other control
/// characters removed from each field name, value and uploaded file name (<see cref="UntrustedText"/>). Read lazily:
/// a request nobody reads the form of (refused by authorisation first, say) is never buffered here.
/// </summary>
/// <remarks>
/// A form over the size limits (Kestrel's request body limit or the multipart limit from <c>VoiceHub:MaxUploadBytes</c>)
/// becomes a <see cref="FormRefusedException"/>, which <see cref="UntrustedInput"/> turns into the "file too large" page.
/// </remarks>
public sealed class CleanFormFeature(IFormFeature inner, HttpRequest request, FormOptions options) : IFormFeature
{
    private IFormCollection? _clean;

    public bool HasFormContentType => inner.HasFormContentType;

    public IFormCollection? Form
    {
        get => _clean ??= inner.Form is { } form ? Clean(form) : null;
        set
        {
            inner.Form = value;
            _clean = null;
        }
    }

    public IFormCollection ReadForm() => _clean ??= Clean(Refusing(inner.ReadForm));

    public async Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken)
    {
        if (_clean is not null) return _clean;
        try
        {
            return _clean = Clean(await inner.ReadFormAsync(cancellationToken));
        }
        catch (InvalidDataException) when (IsUrlEncoded(request) && request.Body.CanSeek)
        {
            // "The form value contains invalid characters": ASP.NET Core refuses a NUL in a form value outright. Read
            // the (buffered) body again without that check, and remove them like any other control character.
            return _clean = Clean(await ReadLeniently(cancellationToken));
        }
        catch (Exception e) when (FormRefusedException.From(e) is { } refused)
        {
            throw refused;
        }
    }

    public static bool IsUrlEncoded(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The whole url-encoded body again, at most the form's value length limit (4 MB by default) of it.</summary>
    private async Task<IFormCollection> ReadLeniently(CancellationToken ct)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8, leaveOpen: true);
        var buffer = new char[options.ValueLengthLimit + 1];
        var read = 0;
        for (int n; read < buffer.Length && (n = await reader.ReadAsync(buffer.AsMemory(read), ct)) > 0;) read += n;
        if (read == buffer.Length)
        {
            throw new FormRefusedException(StatusCodes.Status413PayloadTooLarge, new InvalidDataException("Form value length limit exceeded."));
        }
        return new FormCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new string(buffer, 0, read)));
    }

    private static IFormCollection Refusing(Func<IFormCollection> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (FormRefusedException.From(e) is { } refused)
        {
            throw refused;
        }
    }

    /// <summary>The same form when nothing needs cleaning (the usual case: no copy); else a cleaned copy.</summary>
    public static IFormCollection Clean(IFormCollection form)
    {
        var dirty = form.Any(f => UntrustedText.NeedsCleaning(f.Key) || f.Value.Any(UntrustedText.NeedsCleaning))
            || form.Files.Any(f => UntrustedText.NeedsCleaning(f.FileName) || UntrustedText.NeedsCleaning(f.Name));
        if (!dirty) return form;
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in form)
        {
            var name = UntrustedText.Clean(key)!;
            var values = value.Select(UntrustedText.Clean).ToArray();
            fields[name] = fields.TryGetValue(name, out var already) ? StringValues.Concat(already, values) : new StringValues(values);
        }
        var files = new FormFileCollection();
        files.AddRange(form.Files.Select(CleanFile));
        return new FormCollection(fields, files);
    }

    private static IFormFile CleanFile(IFormFile file)
    {
        if (!UntrustedText.NeedsCleaning(file.FileName) && !UntrustedText.NeedsCleaning(file.Name)) return file;
        return new FormFile(file.OpenReadStream(), 0, file.Length, UntrustedText.Clean(file.Name)!, UntrustedText.Clean(file.FileName)!)
        {
            Headers = new HeaderDictionary { ["Content-Type"] = file.ContentType },
        };
    }
}
