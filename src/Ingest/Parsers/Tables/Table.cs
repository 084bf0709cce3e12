namespace VoiceHub.Ingest.Parsers.Tables;

/// <summary>One data row of a spreadsheet or CSV, numbered as the person sees it in Excel (the header is row 1).</summary>
public sealed record TableRow(int RowNo, string[] Cells)
{
    public string Cell(int column) => column < Cells.Length ? Cells[column].Trim() : "";
}

/// <summary>A spreadsheet or CSV read into headers and rows, whatever format it came in.</summary>
public sealed record Table(string[] Headers, IReadOnlyList<TableRow> Rows)
{
    /// <summary>What identifies this layout of columns across exports: the headers, in order.</summary>
    public string Signature => string.Join("\u001f", Headers);
}
