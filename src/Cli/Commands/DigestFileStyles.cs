namespace VoiceHub.Cli.Commands;

/// <summary>
/// The styles of a digest written to a file: a small subset of the GOV.UK look (type, tables, tags, quotes), inline so
/// the file opens anywhere and prints on its own, with no fonts or scripts fetched.
/// </summary>
public static class DigestFileStyles
{
    public const string Css = """
        body{margin:0;font-family:Arial,sans-serif;color:#0b0c0c;line-height:1.4;font-size:16px}
        .govuk-width-container{max-width:960px;margin:0 auto;padding:0 15px}
        h1,h2,h3,h4{font-weight:700;margin:1.2em 0 .5em}
        .govuk-heading-l{font-size:32px}.govuk-heading-m{font-size:24px}.govuk-heading-s{font-size:19px}
        .govuk-caption-l{display:block;color:#505a5f;font-size:24px;margin-top:1em}
        .govuk-body-l{font-size:20px}.govuk-body-s{font-size:14px}
        .govuk-visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        .govuk-link{color:#1d70b8}
        .govuk-table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
        .govuk-table__header,.govuk-table__cell{border-bottom:1px solid #b1b4b6;padding:6px 12px 6px 0;text-align:left;vertical-align:top}
        .govuk-table__header--numeric,.govuk-table__cell--numeric{text-align:right}
        .govuk-table__caption{font-weight:700;text-align:left;margin-bottom:.5em}
        .govuk-tag{display:inline-block;padding:2px 8px;background:#cce2d8;color:#005a30}
        .govuk-tag--grey{background:#e5e6e7;color:#282d30}.govuk-tag--blue{background:#bbd4ea;color:#0c2d4a}
        .govuk-tag--yellow{background:#fff7bf;color:#594d00}.govuk-tag--green{background:#cce2d8;color:#005a30}
        .govuk-tag--red{background:#f4cdc6;color:#2a0b06}.govuk-tag--orange{background:#fcd6c3;color:#6e3619}
        .govuk-inset-text{border-left:10px solid #b1b4b6;padding:10px 15px;margin:1em 0}
        .govuk-grid-row{display:flex;flex-wrap:wrap;gap:30px}.govuk-grid-column-one-half{flex:1 1 300px}
        .app-issue{border-top:1px solid #b1b4b6;padding-top:15px;margin-bottom:40px}
        .app-quote{margin:0 0 15px;padding-left:15px;border-left:5px solid #b1b4b6}
        .app-quote__source{color:#505a5f}
        .app-chart{display:block;max-width:100%;height:auto}
        .app-table__total th,.app-table__total td{font-weight:700}
        @media print{.app-no-print,.app-contents{display:none!important}.app-issue,.app-chart{break-inside:avoid}
        .app-chart{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
        """;
}
