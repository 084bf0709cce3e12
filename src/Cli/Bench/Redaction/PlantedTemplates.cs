namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The sentences details are planted in, the ways people write them. <see cref="Tuning"/> are the ones the redactor was
/// tuned on; <see cref="Unseen"/> were written apart and never used to tune it (<c>bench redaction --unseen</c>).
/// Slots: {first} {last} {full} (a first and last name), {title}, {role}, {phone} {email} {nhs} {ni} {postcode} {address}
/// {dob} {bank} {case} {reg}; {keep:WORD} marks a look-alike that must survive.
/// </summary>
public static class PlantedTemplates
{
    public static readonly string[] Tuning =
    [
        "My daughter {first} helped me fill this in.", "My son {FIRST} rang them twice.", "{title} {last} on reception was lovely.",
        "The carer, {first}, was always on time.", "Signed, {first}", "Regards, {full}", "Love from {first}", "- {first}",
        "I spoke to {first} who sorted it.", "Ask for {first} at the front desk.", "Thanks to {full} for everything.",
        "My name is {full} and I care for my mum.", "my name is {full_lower}", "I'm {full}, her husband.", "Name: {full}",
        "A lady called {first} came out.", "{title} {full} explained everything.", "Our social worker {full} never rang back.",
        "{first} was brilliant with dad.", "Please pass my thanks to {first} and {first2}.", "{full} from the team was great.",
        "MY SON {FIRST} {LAST} WAS NOT TOLD.", "the carer {first_lower} is great", "Call me on {phone}.", "My mobile is {phone}.",
        "Mob:{phone_compact}", "tel:{phone_compact}", "Email {email} if you need me.", "NHS:{nhs_compact}", "NHS no. {nhs_dots}",
        "my nhs number is {nhs}", "I live at {address}.", "Address: {address}, {postcode}", "Postcode {postcode}.",
        "DOB: {dob_dots}", "born {dob_slash}", "date of birth {dob_words}", "NI number {ni}.", "Sort code {sort}, account {account}.",
        "My case ref is {case}.", "Their van {reg} was parked across my drive.", "{first} {last} ({phone}) is my next of kin.",
    ];

    public static readonly string[] Unseen =
    [
        "Me and my wife {first} are struggling.", "Big thanks to nurse {first} on the ward.", "Dr {last} listened for once.",
        "our neighbour {full} keeps an eye on her", "The manager, {full}, promised to ring.", "Cheers, {first}", "Many thanks, {full}",
        "I asked for {first} but she was off.", "Talked to {full} yesterday.", "I'm called {first}.", "it's {first_lower} here, mum's carer",
        "Mr {LAST} CAME ROUND.", "{first} and {first2} were great.", "Please can {full} ring me back.", "I am {full}.",
        "Contact me: {phone}", "ring {phone} any time", "mobile{phone_compact}", "({phone_intl})", "{phone_slash}",
        "{email_obfuscated}", "Write to {email_wide}", "My NHS number: {nhs}.", "nhs {nhs_spaced}", "Flat {n}, {house} House",
        "Send it to {address}, {postcode}.", "{postcode_hyphen}", "DOB {dob_slash}.", "born on {dob_words}", "NI: {ni_compact}",
        "a/c {account} s/c {sort}", "Case reference {case}.", "reg {reg_lower}", "Regards\n{full}",
    ];

    /// <summary>Sentences with words that look like names or details and must survive.</summary>
    public static readonly string[] LookAlikes =
    [
        "We went to {keep:Grays} for the clinic.", "The bus from {keep:Tilbury} never comes.", "I {keep:hope} they listen.",
        "{keep:Hope} you can help.", "{keep:Will} someone ring me?", "{keep:May} was a hard month.", "The {keep:bill} went up again.",
        "The {keep:Bill} was wrong.", "{keep:Nurse} practitioners are stretched.", "The {keep:nurse} was kind.",
        "{keep:Orchard House} care home needs more staff.", "{keep:St Luke's Hospice} were amazing.", "{keep:Queen's Hospital} A&E was packed.",
        "It costs £25 a week.", "The appointment was on 12/03/2024.", "I waited from March to June.", "{keep:Grace} and kindness matter.",
        "{keep:Mark} my words.", "{keep:Basildon Hospital} discharged him at night.",
        "The {keep:Stanford-le-Hope} surgery is closing.", "Ward 12 was clean.", "The A13 and the M25 were closed.",
        "Room 101, block B2.", "It took 10 minutes walk.", "She waited 5 mins down the road.", "We rang NHS 111 twice.",
    ];
}
