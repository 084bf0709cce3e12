namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The eighth held set (<c>bench redaction --held8</c>), written in stop 22 (6 December) by an engineer who had read neither
/// the redactor's code nor the fourth to seventh held sets, and never tuned on. Its sentences follow the shapes feedback
/// reaches adult social care in: a neighbour's safeguarding concern, a direct-payments dispute, a hospital-discharge
/// complaint, Listening Space minutes, a Talking Shop flipchart typed up, a VCS report quoting members, survey answers typed
/// on a phone, text-speak, a voicemail transcribed without punctuation, letters with a "Dear …" line and a signature block, a
/// compliments card, an advocate's and an interpreter's notes, a carer's assessment, a care-home visitor log, a GP letter and
/// a council reply quoted back, and forms in capitals. Identifiers come spaced and unspaced, with cues and without, on the
/// next line and in brackets. Slots as in <see cref="PlantedTemplates"/>.
/// </summary>
public static class HeldEightTemplates
{
    public static readonly string[] Templates =
    [
        // A neighbour's safeguarding concern.
        "I live next door to {full} at {address} and I'm worried, her grandson {first2} comes round on pension day and she's frightened of him.",
        "Concern raised by neighbour: elderly gent at {address} ({postcode}), goes by {first}, seen wandering at 3am in his slippers again.",
        // Direct payments.
        "The DP team clawed back £1,400 from the account (sort code {sort}, acc no {account}) without a word, and my PA {first} hasn't been paid since June.",
        "My personal assistant {full} has been paid late 4 months running, she is thinking of leaving and I can't blame her.",
        // Hospital discharge.
        "Dad ({full}, NHS no {nhs_spaced}) was sent home from {keep:Basildon} at 11pm with no package in place and nobody rang my brother {first2}.",
        "Discharged on the Friday, no carers until the Tuesday; the ward sister {first} said it was all 'in place'.",
        // Listening Space minutes.
        "Present: {full} (chair), {title} {last2}, {first2} (carer), {first3} (Our Voice)\nApologies: {first3} {last}\nAction: {first} to chase the OT referral by Friday.",
        "Listening Space, {keep:Chafford Hundred} library\nYou said: {first} waited 9 weeks for a review\nAction: {title} {last} to write to her by the 20th",
        // A Talking Shop flipchart typed up.
        "- {keep:CORRINGHAM} TALKING SHOP, FLIPCHART 2\n- BUS TO THE DAY CENTRE STOPPED\n- {FIRST} {LAST} NO REPLY FROM OT SINCE MARCH\n- RING {FIRST2} ON {phone_compact}",
        // A VCS report quoting its members.
        "Case study (shared with consent): {first}, 71, told our outreach worker the lunch club in {keep:Belhus} is the only time she leaves the flat.",
        "One of our members, {full}, said \"the carers come at 7pm to put mum to bed, who goes to bed at 7?\"",
        // Survey answers from a phone.
        "my carer {first_lower} is always late and the agency never picks up on {phone_compact}",
        "no one from social care has been since {keep:september} my mum {full_lower} is 91 and on her own",
        "the girl in the office {first_lower} was rude to me when i rang",
        // Text-speak.
        "thx 2 {first_lower} @ the day centre shes a star x",
        "omg {first_lower} is da best carer ever!!! pls keep her on mums calls, ring me {phone} ta",
        // A voicemail transcribed without punctuation.
        "hi its {full_lower} calling about my mum she came out of hospital on {keep:tuesday} and nobody has been my number is {phone_compact} thank you bye",
        "yeah hello this is {first_lower} {last_lower} from flat {n} {house} house can somebody call me back about my mother",
        // Letters.
        "Dear {title} {last2},\nI am writing about my father's care package, which was cut without any review.\nYours sincerely,\n{full}\n{address}\n{postcode}",
        "Dear Sir/Madam\nRe: {FULL}, DOB {dob_dots}\nI am still waiting for the financial assessment.\nKind regards\n{first2} {last} (daughter)",
        // A compliments card.
        "To {first} and all the girls on nights, thank you for looking after Nan, love {first2} and family xx",
        // An advocate, an interpreter.
        "I am an advocate writing on behalf of {full} (DOB {dob_slash}), who has asked me to raise this complaint for her.",
        "Interpreter's note: Mrs {last} spoke in {keep:Tigrinya} through me ({first2}); she wants her daughter {first} told before any visit.",
        // A carer's assessment extract.
        "Carer: {full} (wife)   Cared-for: {first2} {last}   NI No: {ni}   Tel: {phone}",
        "Carer's assessment - main carer {first} {last}, lives at {address}, {postcode_hyphen}, works nights at the hospital.",
        // A care-home visitor log.
        "Visitor log 14/11\n{full} - son - 14:05 to 15:30\n{first2} {last2} - friend - 16:00\nReg of car: {reg}",
        // A GP letter and a council reply quoted back.
        "The GP letter says \"{title} {last} is known to this practice (NHS {nhs_compact}) and has mixed dementia\" so why are you saying she has capacity?",
        "Your letter (Your ref: {case}) says my mum {full} does not meet the eligibility criteria.",
        // Forms in capitals.
        "NAME: {FULL}   D.O.B: {dob_slash}   POSTCODE: {postcode}",
        "SURNAME {LAST} FIRST NAME {FIRST} NI NO {ni_compact}",
        // Kin, nicknames, staff, in many positions.
        "Aunty {first} does the nights and Uncle {first2} the weekends, and we get no break at all.",
        "Me nan {first} is 89 and still waiting for a stairlift.",
        "{first} {last}? Never met her, and she's supposed to be mum's social worker.",
        "Shoutout to the night staff esp {first} and {first2}!!",
        "My husband's PA, {first}, has been with us since 2019 and now they want to cut her hours.",
        "I'm {first}'s mum and I'm 78 myself, I can't keep lifting him.",
        "Mrs {last}-{last2} from brokerage said the agency had no capacity in our area.",
        "I asked for the manager, a {title} {last}, who was very dismissive.",
        "We're Travellers on the site at {keep:West Thurrock} and {first} from the team is the only one who comes out to us.",
        // Identifiers, bare and with cues, in brackets, on the next line.
        "Contact\n{full}\nmob {phone_compact}\n{email}",
        "Bank details for the refund:\nSort code {sort}\nAcc {account}\nName {full}",
        "Please email my daughter at {email_obfuscated} as I don't see the post.",
        "my sons email {email_wide} he deals with all of it",
        "Her son lives in Spain, his number is {phone_intl}.",
        "Home {phone_slash} (after 6pm please).",
        "His NHS No.{nhs_dots} was on the form so why ask us again?",
        "Complaint no. {case} still not answered after 8 weeks.",
        "A blue corsa reg {reg_lower} parks on the disabled bay outside every day.",
        "We moved to {postcode_hyphen} in the summer and the carers just stopped coming.",
        "Mum was born on the {dob_words} and has lived in this town all her life.",
        "She's in Flat {n}, {house} House [{postcode}], the sheltered block by the station.",
    ];

    /// <summary>Look-alikes that must survive: places of the council's gazetteer, services, charities and equipment named after people, eponymous conditions, days, months, job titles and words that are names elsewhere.</summary>
    public static readonly string[] LookAlikes =
    [
        "The {keep:Parkinson's} nurse only comes on {keep:Wednesdays} now.", "Mum has {keep:Alzheimer's} and the {keep:Alzheimer's Society} group closed.",
        "The {keep:Marie Curie} nurses sat with dad at night.", "A {keep:Macmillan} nurse rang us the next day.",
        "We were sent a {keep:Zimmer} frame but she needed a wheelchair.", "The {keep:Stannah} stairlift broke twice in {keep:August}.",
        "My son has {keep:Down's syndrome} and the day centre is his life.", "He was diagnosed with {keep:Huntington's} in {keep:April}.",
        "The {keep:Sue Ryder} hospice were wonderful.", "{keep:Korsakoff's} is not understood by the carers.",
        "We had no {keep:joy} getting through on the phone.", "The {keep:faith} groups in town do more than the council.",
        "A packet of {keep:Rich Tea} and a cuppa is all she gets at lunch.", "The {keep:baker} on the corner checks on her more than anyone.",
        "We had a {keep:frank} talk with the {keep:Team Manager}.", "I had to {keep:chase} the OT four times.",
        "The bus from {keep:Stifford Clays} to {keep:Lakeside} was cut.", "There's nothing for carers in {keep:Fobbing} or {keep:Bulphan}.",
        "The drop-in at {keep:Badgers Dene} has gone.", "Parking at {keep:Little Thurrock} surgery is impossible.",
        "The {keep:Ward Sister} and the {keep:Matron} both apologised.", "The {keep:Brokerage Officer} never called back.",
        "{keep:Duty Social Worker} said to ring 999.", "{keep:Monday} to {keep:Friday} only, nothing at weekends.",
        "Carers from {keep:Horndon-on-the-Hill} have to drive to {keep:Linford}.", "{keep:Kenningtons} has no chemist now.",
        "The {keep:Guillain-Barre} support group meets in {keep:South Ockendon}.", "Dad's {keep:Crohn's} flared up after discharge.",
        "We rang {keep:Barnardo's} before we rang you.", "The {keep:Leonard Cheshire} home in {keep:Purfleet} was lovely.",
    ];

    /// <summary>
    /// Real first names and short forms in no list of <c>seeds/names</c> (nor its English words) and in no other set: Somali,
    /// Eritrean, Romanian, Albanian, Ukrainian, Nepali, Tamil, Vietnamese, Ghanaian, Filipino, Kurdish, Roma, Traveller, Irish,
    /// Welsh, Scottish and Cornish, nicknames ("Jezza", "Gaz", "Bex") and towns that are names too ("Kendal").
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        // Somali, Eritrean
        "Ugbaad", "Kaltuun", "Cabdiqaadir", "Bashiir", "Sakariye", "Nasteexo", "Ruqiyo", "Fardowsa", "Dalmar", "Nuurto", "Ilwaad", "Ladan",
        "Tesfalem", "Awet", "Mussie", "Simret", "Ksanet", "Tsehaye", "Goitom", "Kibrom", "Medhanie",
        // Romanian, Albanian, Ukrainian
        "Gigel", "Tudorel", "Leonte", "Sevastița",
        "Arbër", "Blerta", "Genci", "Vjosa", "Shqipe", "Xhevdet", "Majlinda", "Kujtim", "Gëzim",
        "Yaryna", "Olesia", "Zinoviy", "Myroslava", "Hryhoriy", "Ostap", "Liudmyla", "Roksolana",
        // Nepali, Tamil, Vietnamese, Ghanaian, Filipino, Kurdish
        "Tulasa", "Lhakpa", "Ngima", "Dhanmaya", "Sanumaya",
        "Tharsika", "Kirushanth", "Nirosha", "Sutharsan", "Vithusha", "Jeyakumar", "Pirasanth", "Thulasi",
        "Lành", "Gấm", "Xoan",
        "Mawuli", "Selasi", "Dzifa", "Elikem", "Kakra", "Araba", "Yaaba",
        "Ditas", "Jonalyn", "Maricar", "Bienvenido",
        "Rojin", "Shvan", "Sherko", "Rebwar", "Bzhar", "Bexal", "Rezhna", "Peshraw",
        // Roma and Traveller
        "Papusza", "Mizelli", "Lementina", "Delaina", "Nonie",
        // Short forms
        "Lozza", "Jonno", "Robbo", "Tommo", "Macca", "Bex", "Gaz", "Kaz", "Jezza", "Gazza",
        // Irish, Welsh, Scottish, Cornish
        "Nóirín", "Siobhra", "Caitríona", "Eibhlín", "Laoise", "Mealla", "Lleucu", "Ealasaid", "Kirsteen", "Seonag", "Kensa", "Lowdy",
        // Towns too
        "Kendal", "Hadleigh", "Ripley",
    ];

    /// <summary>Real surnames in no list and no other set, double-barrelled ones and towns that are surnames too among them.</summary>
    public static readonly string[] UnlistedLast =
    [
        "Cilmi", "Xuseen", "Guuleed", "Xirsi", "Calasow",
        "Gebremedhin", "Andemariam", "Ghebrehiwet", "Asmerom",
        "Zăvoianu", "Bârlădeanu", "Prodănescu", "Drăgulescu", "Bucșă",
        "Hoxhaj", "Gjoni", "Dervishi", "Qerimi", "Lleshi", "Bytyqi", "Zeqiri",
        "Hnatiuk", "Zaporozhets", "Bilous", "Yatsenko", "Prykhodko",
        "Sapkota", "Paudel",
        "Sivapalan", "Kugathasan", "Paramalingam", "Yogarajah", "Ponnambalam", "Kanagasabai",
        "Quarcoo", "Ocran", "Nketia", "Ofosuhene",
        "Dimayuga", "Manalastas", "Macapagal", "Balagtas",
        "Kakei", "Berwari",
        "Sztojka", "Kwiek", "Quilligan", "Gammell",
        "Tollemache-Whitbourne", "Bamfylde-Tregear", "Twistleton-Wykeham", "Knatchbull",
        "Morley", "Alston", "Keswick",
    ];
}
