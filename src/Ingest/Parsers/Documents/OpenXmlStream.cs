using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace VoiceHub.Ingest.Parsers.Documents;

/// <summary>
/// The elements at one depth of an Open XML part, each loaded on its own as the part is read, instead of the whole part
/// at once: a sheet of a million rows or a document of a million paragraphs then costs one row or one paragraph of
/// objects at a time. The Open XML library's tree of a whole part takes tens of times its XML's size.
/// </summary>
/// <example>A worksheet's rows are at depth 2 (<c>worksheet</c> 0, <c>sheetData</c> 1, <c>row</c> 2); a Word body's
/// paragraphs and tables too (<c>document</c> 0, <c>body</c> 1).</example>
public static class OpenXmlStream
{
    public static IEnumerable<OpenXmlElement> Elements(OpenXmlPart part, int depth, Func<Type, bool> wanted)
    {
        using var reader = OpenXmlReader.Create(part);
        var positioned = reader.Read();
        while (positioned)
        {
            if (reader.IsStartElement && reader.Depth == depth && wanted(reader.ElementType))
            {
                // Loading the element moves the reader past it, onto what follows: that is looked at next, not skipped.
                yield return reader.LoadCurrentElement() ?? throw new InvalidDataException("An element could not be read.");
                positioned = !reader.EOF;
                continue;
            }
            positioned = reader.Read();
        }
    }
}
