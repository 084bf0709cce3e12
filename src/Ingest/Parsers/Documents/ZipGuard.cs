using System.IO.Compression;
using System.Xml;

namespace VoiceHub.Ingest.Parsers.Documents;

/// <summary>
/// Checks a Word or Excel file (a zip) before it is opened: the sizes it declares and the sizes it actually unpacks to
/// must stay within <see cref="IngestLimits.MaxDecompressedBytes"/>, so a zip bomb is refused, not expanded.
/// </summary>
public static class ZipGuard
{
    /// <returns>Null when the file is safe to open, else the reason it is refused.</returns>
    public static string? Check(byte[] bytes, string fileName, IngestLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                return $"{fileName} holds {zip.Entries.Count:N0} parts, more than the {limits.MaxZipEntries:N0} VoiceHub accepts.";
            }
            long declared = 0;
            foreach (var entry in zip.Entries) declared += entry.Length;
            if (declared > limits.MaxDecompressedBytes) return TooBig(fileName, limits);

            // The declared sizes can lie: count what really comes out, and stop as soon as it is too much.
            long actual = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    actual += read;
                    if (actual > limits.MaxDecompressedBytes) return TooBig(fileName, limits);
                }
            }
            return TooDeep(zip, fileName);
        }
        catch (InvalidDataException)
        {
            return $"{fileName} is not a Word or Excel file VoiceHub can open: it may be damaged, password-protected or saved in an older format (save it as .docx or .xlsx).";
        }
    }

    /// <summary>
    /// Deeper than any real Word or Excel file nests (tables in tables stay in the tens), shallow enough that the
    /// Open XML library's recursive reading cannot overflow the stack, which would end the whole process.
    /// </summary>
    public const int MaxXmlDepth = 256;

    /// <summary>The XML parts nested deeper than <see cref="MaxXmlDepth"/>, read with a streaming reader that needs no stack.</summary>
    private static string? TooDeep(ZipArchive zip, string fileName)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                                                     || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                using var reader = XmlReader.Create(entry.Open(), settings);
                while (reader.Read())
                {
                    if (reader.Depth > MaxXmlDepth)
                    {
                        return $"{fileName} is built in a way no Word or Excel file is (its parts nest more than {MaxXmlDepth} deep), so VoiceHub will not open it.";
                    }
                }
            }
            catch (XmlException)
            {
                // Not well-formed: the Open XML library refuses it with its own reason.
            }
        }
        return null;
    }

    private static string TooBig(string fileName, IngestLimits limits) =>
        $"{fileName} unpacks to more than {limits.MaxDecompressedBytes / (1024 * 1024):N0}MB, which is more than VoiceHub accepts. " +
        "Split it into smaller files.";
}
