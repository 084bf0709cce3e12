using VoiceHub.Core.Model;

namespace VoiceHub.Ingest.Redaction;

/// <summary>Turns the redactor's answers into the stored redaction record (kinds and counts, never the removed text).</summary>
public static class RedactionRecords
{
    public static RedactionRecord ToRecord(this RedactionResult result) =>
        result.Total == 0 && result.Uncertain == 0 ? RedactionRecord.Empty : new RedactionRecord(result.Counts, result.Uncertain);

    /// <summary>The record as stored. Most feedback has nothing removed, and ingest writes that without serialising.</summary>
    public static string ToRecordJson(this RedactionResult result) =>
        result.Total == 0 && result.Uncertain == 0 ? RedactionRecord.EmptyJson : result.ToRecord().ToJson();

    /// <summary>The "you said" and "we will" lines redacted, each line's record added into one for the draft.</summary>
    public static DraftLines RedactDraft(string youSaid, string weWill)
    {
        var said = Redactor.Apply(youSaid);
        var will = Redactor.Apply(weWill);
        return new DraftLines(said.Text, will.Text, youSaid, weWill, said.ToRecord().Plus(will.ToRecord()).ToJson());
    }
}
