using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Parsers.Documents;

/// <summary>
/// Reads Markdown or plain text into blocks: <c>#</c> and underlined headings, bullets (<c>-</c>, <c>*</c>, <c>•</c>,
/// numbers), pipe tables, and paragraphs (lines up to a blank line). Emphasis marks are dropped.
/// </summary>
public static partial class PlainTextReader
{
    public static List<TextBlock> Read(string text)
    {
        var blocks = new List<TextBlock>();
        var paragraph = new List<string>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

        void Flush()
        {
            if (paragraph.Count > 0) blocks.Add(new TextBlock(BlockKind.Paragraph, Clean(string.Join(' ', paragraph))));
            paragraph.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            if (HeadingPattern().Match(trimmed) is { Success: true } h)
            {
                Flush();
                blocks.Add(new TextBlock(BlockKind.Heading, Clean(h.Groups[2].Value), h.Groups[1].Length));
                continue;
            }
            // Setext headings: a line underlined with === or ---.
            if (i + 1 < lines.Length && paragraph.Count == 0 && UnderlinePattern().IsMatch(lines[i + 1].Trim()) && !BulletPattern().IsMatch(trimmed))
            {
                blocks.Add(new TextBlock(BlockKind.Heading, Clean(trimmed), lines[i + 1].Trim()[0] == '=' ? 1 : 2));
                i++;
                continue;
            }
            if (trimmed.StartsWith('|'))
            {
                Flush();
                if (TableRulePattern().IsMatch(trimmed)) continue;
                var cells = trimmed.Trim('|').Split('|').Select(c => Clean(c.Trim())).ToArray();
                blocks.Add(new TextBlock(BlockKind.TableRow, string.Join(" | ", cells)) { Cells = cells });
                continue;
            }
            if (BulletPattern().Match(trimmed) is { Success: true } b)
            {
                Flush();
                blocks.Add(new TextBlock(BlockKind.Bullet, Clean(b.Groups[1].Value)));
                continue;
            }
            // "Date: 12 March 2026" lines are fields, one to a line, even without blank lines between them.
            if (FieldLinePattern().IsMatch(Clean(trimmed)))
            {
                Flush();
                paragraph.Add(trimmed);
                Flush();
                continue;
            }
            // An indented line under a bullet continues it.
            if (paragraph.Count == 0 && line.StartsWith("  ", StringComparison.Ordinal) && blocks.Count > 0 && blocks[^1].Kind == BlockKind.Bullet)
            {
                blocks[^1] = blocks[^1] with { Text = blocks[^1].Text + " " + Clean(trimmed) };
                continue;
            }
            paragraph.Add(trimmed);
        }
        Flush();
        return blocks;
    }

    private static string Clean(string s) => EmphasisPattern().Replace(s, "").Trim();

    [GeneratedRegex(@"^(#{1,6})\s+(.+?)\s*#*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(=+|-{3,})$")]
    private static partial Regex UnderlinePattern();

    [GeneratedRegex(@"^(?:[-*+•‣◦]|\d{1,3}[.)])\s+(.+)$")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^\|?\s*:?-{3,}")]
    private static partial Regex TableRulePattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z /]{0,30}:\s+\S")]
    private static partial Regex FieldLinePattern();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex EmphasisPattern();
}
