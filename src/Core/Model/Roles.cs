namespace VoiceHub.Core.Model;

/// <summary>The three roles. Staff pages admit Staff and Admin; Our Voice pages admit all three.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string OurVoice = "OurVoice";

    public static readonly IReadOnlyList<string> All = [Admin, Staff, OurVoice];

    /// <summary>The claim that grants sight of raw (unredacted) text, separate from any role.</summary>
    public const string RawTextClaim = "voicehub:raw-text";
}
