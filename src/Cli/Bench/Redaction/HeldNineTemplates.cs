namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The ninth held set (<c>bench redaction --held9</c>), written at the start of stop 23 (6 December) by an engineer who had
/// read neither the redactor's code nor the fourth to eighth held sets. Its templates follow the shapes feedback reaches
/// adult social care in: an online review of a home care agency, a complaint forwarded by an MP's office, a WhatsApp export,
/// a shift handover, an ombudsman-style chronology, a phone survey transcript, a personal assistant's timesheet dispute, a
/// quoted email thread, a reablement diary, a day-centre newsletter, carers' group minutes, a translated letter, a quoted
/// discharge summary, a safeguarding referral form, a housing-with-care complaint, a bereavement note, shared lives,
/// grandchildren, a BSL-interpreted comment, lower-case and capitals, typos and missing apostrophes, surname-first forms.
/// Its names are checked absent from every list in <c>seeds/names</c> and from every other set by <c>HeldNineSetTests</c>.
/// </summary>
public static class HeldNineTemplates
{
    public static readonly string[] Templates =
    [
        // Online reviews of a home care agency.
        "★★☆☆☆ 'Lovely carers, useless office' - girls like {first} and {first2} are angels but nobody in the office ever picks up. Reviewed by {first3}, a month ago.",
        "{first} {last_lower}\n3 reviews · 1 photo\n★★★★★ 2 weeks ago\nCan't fault them. Special mention to {first2} who goes above and beyond for my nan.",
        // An MP's office forwarding a constituent's complaint.
        "Our ref: {case}. I write on behalf of my constituent, {title} {full}, of {address}, {postcode}, who has asked me to raise her mother's care package with you.",
        "The MP's caseworker {first} {last} forwarded my email on {keep:Tuesday} and only then did anyone reply.",
        // A WhatsApp group pasted in.
        "14/03/2025, 21:07 - {first}: has anyone heard back from the social worker\n14/03/2025, 21:09 - {first2} {last}: no mum said {first3} never rang\n14/03/2025, 21:10 - {phone}: typical",
        "[09:42, 02/02/2025] {first}: carers didnt come AGAIN\n[09:44, 02/02/2025] {first2}: ring {first3} at the office, her number is {phone_compact}",
        // A shift handover note.
        "Handover to nights: {first} in room 4 refused meds, daughter {first2} rang at 19:30 wants a call back on {phone_compact}. Bloods for {title} {last} booked for {keep:Thursday}.",
        "Handover - {first} ({keep:senior carer}) to {first2}: MAR not signed for lunch meds, {last} family told. No other issues.",
        // An ombudsman-style chronology.
        "On 3 {keep:May} I spoke to {first} {last} in the duty team, who said an assessment would be booked. On 17 {keep:May} I rang again and was told {first2} had left.",
        "Timeline: 2 {keep:June} complaint made (ref {case}); 30 {keep:June} holding letter from {title} {last}; 4 {keep:August} still no response.",
        // A transcribed phone survey.
        "INTERVIEWER: And who is your main carer?\nRESPONDENT: My granddaughter, {first}, she comes in every day after work.\nINTERVIEWER: Any staff you want to mention?\nRESPONDENT: The one with the glasses, {first2}. Lovely girl.",
        "Q5 (phone) Respondent asked that we pass thanks to {first} {last} and gave a callback number, {phone}.",
        // A direct-payments personal assistant's timesheet dispute.
        "Re timesheet w/e 12th {keep:October}: my PA {full} claims 38 hours but only did 30. The money left my account {account}, sort code {sort}, before I could check.",
        "My personal assistant {first} says the payroll company owes her three weeks, her NI number is {ni} if that helps trace it.",
        // A quoted email thread.
        "From: {full} <{email}>\nSent: {keep:Monday} 3 {keep:March} 2025 09:14\nTo: Adult Social Care\nSubject: RE: Mum's care package\n\nStill waiting to hear from {first2} about this.",
        "On Tue, 4 Feb 2025 at 16:02, {full} <{email}> wrote:\n> We will review the package next week.\nThat was six weeks ago.",
        // A reablement diary.
        "Day 3 - {first} came at 8.15, helped me shower, practised the stairs. Day 4 - nobody till 11, then a new girl, {first2}, who didnt know a thing about me.",
        "Reablement diary wk 2: {first} and {first2} both lovely, {first3} rushed me and left the frame out of reach.",
        // A day-centre newsletter's thank-you column.
        "Thank you corner: a huge thank you to {full}, who has volunteered with us every {keep:Wednesday} for six years, and to {first2} for the raffle prizes!",
        // Carers' group minutes typed by a volunteer.
        "Minutes, carers group 9 {keep:January}. Present: {first}, {first2} (chair), {first3} {last}. Apols: {first2}. Item 1 - {first} raised the charges letter again.",
        "AOB: {first} {last} asked that the group write to the council about the respite cuts; {first2} to draft.",
        // A translated letter.
        "[Translated from Ukrainian] My name is {full}. I came from Kharkiv with my mother {first2}, who needs a wheelchair, and we are still waiting for an assessment.",
        "(translation) Respected sirs, I, {full}, mother of the client, ask that the social worker {title} {last2} telephones me only with an interpreter. My telephone {phone}.",
        // A hospital discharge summary quoted.
        "The discharge letter says 'Patient: {FULL}  DOB: {dob_dots}  NHS No: {nhs}  Discharged to usual residence with POC QDS' but there was no POC in place.",
        "Discharge summary (quoted): '{title} {last}, 84, lives alone at {address}. NOK son {first2}, tel {phone}.'",
        // A safeguarding referral form with labelled boxes.
        "Name of adult at risk: {full}\nDate of birth: {dob_slash}\nAddress: {address}, {postcode}\nPerson raising concern: {first2} {last2} (daughter)\nNature of concern: money going from her purse.",
        "Referrer: {first} {last} | Relationship: neighbour | Contact: {email} | Adult: {first2}, flat {n} {house} House",
        // A housing-with-care complaint.
        "I am a tenant at {house} House extra care, flat {n}. The scheme manager {first} says the night cover is going and the landlord wont answer my letters.",
        // A bereavement note.
        "Mum passed away peacefully on {keep:Sunday}. We want to thank {first} and {first2}, who sat with her at the end and sang to her. From all the {last} family.",
        "Dad's funeral is on the 12th. He always said {first} {last} was the only carer who made him laugh, please tell her.",
        // Shared lives.
        "Dad has lived with his shared lives carer {full} and her husband {first2} for two years now and he calls it home.",
        // Children and grandchildren.
        "my nana says {first_lower} is her best carer cos she does her hair nice and sings to her. from her grandson age 9",
        "Grandad keeps asking for {first} who used to come on {keep:Saturdays}, nobody told him she had left. (written by his granddaughter {first2}, 14)",
        // A BSL-interpreted comment.
        "[Feedback given in BSL, voiced by the interpreter] I am Deaf. Three times the agency sent {first} with no interpreter. Email me on {email}, do not phone.",
        "Interpreter's note: the client asked that {title} {last} texts her on {phone_compact} as she cannot use the phone.",
        // Lower case and capitals.
        "spoke to {full_lower} at the council on {keep:friday} and she said someone wud ring back, still nothing. my number is {phone_compact}",
        "I HAVE RUNG {FIRST} {LAST} FOUR TIMES AND NOBODY RINGS BACK!!! MY DADS NHS NUMBER IS {nhs}",
        "PLEASE SEND THE FORMS TO MY SON {FULL}, NOT TO MUM, HIS POSTCODE IS {postcode}",
        // Typos and missing apostrophes.
        "my mums carer {first} is brill but the new one {first2} dosent no what shes doing and leaves mum in her nightie til dinner",
        "{first}s been amazing with dad, shes the only one he lets wash him.",
        "the carer {last_lower} was rude to my nan and told her to hurry up",
        // Initials and surname-first forms.
        "The letter was signed 'J. {last}, {keep:Senior Practitioner}' with no phone number and no first name.",
        "Client: {LAST}, {first} | Ref {case} | Worker: {first2} {last2}",
        // Voices of the many origins a town has.
        "Aunty {first} from the agency is very kind, God bless her. Please tell {title} {last} thank you from the whole family.",
        "Hooyo (my mum) says thank you to {first} the carer, she speaks Somali with her and it makes her so happy.",
        "Appa's carer {full} understands Tamil food and prayers, which means a lot to all of us.",
        "We are a Traveller family on the site at {keep:Linford}; the OT {first} was the first one who treated us with respect. My mam {first2} {last} says thanks.",
        "My father {title} {full} goes to the gurdwara langar on {keep:Sundays} and his carer {first2} takes him.",
        // Identifiers in the formats people type them.
        "Dad was born {dob_words} and has lived in {keep:Tilbury} all his life, surely that counts for something.",
        "They lost my benefit forms twice. My NI no is {ni_compact} and NHS no. {nhs_dots}, please put them on the system.",
        "The carer's car ({reg_lower}) blocks our drive every morning and she was rude when asked to move it.",
        "Refund please to acc {account} / s.c. {sort}, name on the account {full}.",
        "We moved to {address} ({postcode_hyphen}) in the summer and the carers still turn up at the old house.",
        "Her NHS number is {nhs_spaced}, his is {nhs_compact}, and they keep mixing the two of them up.",
        "Daughter in Ireland is the one to ring: {phone_intl}. Or me on {phone_slash}.",
        "Write to me at {email_obfuscated} - I dont want letters coming to the house.",
        "e-mail: {email_wide} (my phone does that to the sign)",
        "Kind regards\n{full}\nCarer for {first2} {last}\nMob {phone}",
        "Yours faithfully\n{title} {first} {last}\nComplaint ref {case}",
    ];

    /// <summary>Words that must survive: places of the council's gazetteer, services, charities, equipment and conditions named after people, days, months, job titles and ordinary words that are names elsewhere.</summary>
    public static readonly string[] LookAlikes =
    [
        "The {keep:Sue Ryder} nurses were with her at the end.", "Dad has {keep:Parkinson's} and mum has {keep:Alzheimer's}, so we need two carers.",
        "Her {keep:Zimmer} frame has been broken for a month.", "The {keep:Stannah} stairlift man came out on {keep:Saturday}.",
        "She was on the {keep:Florence Nightingale} ward, then moved to {keep:Mary Seacole}.", "The carers use a {keep:Sara Stedy} to get her up.",
        "We moved from {keep:Stifford Clays} to {keep:Chadwell St Mary} and lost our carers.",
        "The bus from {keep:Bulphan} to {keep:Horndon-on-the-Hill} only runs twice a day.", "Respite at {keep:Fobbing} was cancelled again.",
        "She has {keep:Huntington's} disease and {keep:Crohn's} as well.", "Diagnosed with {keep:Lewy} body dementia in {keep:November}.",
        "My son has {keep:Down's} syndrome and goes to the day centre in {keep:Belhus}.",
        "The {keep:Deputy Manager} and the {keep:Registered Manager} both ignored my letter.", "I want a {keep:Care Coordinator} who actually coordinates.",
        "{keep:Sunday} lunch club is the best part of her week.", "Her {keep:bill} doubled in {keep:March} without a letter.",
        "The carers arrive at {keep:dawn} and she is not ready.", "The {keep:Carol} service at the day centre was lovely, all the residents sang.",
        "Please {keep:pat} her skin dry, don't rub it.", "The {keep:price} of meals on wheels went up again.",
        "I was really {keep:cross} when the carer left the door open.", "The {keep:Young Carers} group at {keep:Corringham} is brilliant for my daughter.",
        "The GP said it was {keep:Bell's palsy}, not a stroke.", "Her hands go blue with {keep:Raynaud's} and the carers don't know.",
        "The {keep:Hoyer} hoist needs a new sling.", "{keep:Mind} in {keep:West Thurrock} was more help than the council.",
        "She only eats {keep:Rich Tea} biscuits and a {keep:Victoria} sponge on a {keep:Friday}.", "Mum has {keep:Earl Grey} with no milk, please write it in the care plan.",
        "The carer does her shopping at {keep:Sainsbury's} in {keep:Lakeside}.", "The {keep:Chaplain} and the {keep:Night Sister} were so kind.",
        "He had {keep:Guillain-Barre} last year and is still weak.", "The {keep:Leonard Cheshire} home in {keep:Kenningtons} has a waiting list.",
        "Ask the {keep:Reablement Officer} why the calls stopped in {keep:August}.", "The warden at {keep:Badgers Dene} said {keep:Tuesday} was fine.",
    ];

    /// <summary>
    /// Real first names absent from every list in <c>seeds/names</c> and from every other set: Albanian, Tamil, Eritrean,
    /// Ukrainian, Kurdish, Somali, Polish, Lithuanian, Bulgarian, Portuguese, Turkish, Nigerian (Yoruba, Igbo, Urhobo),
    /// Ghanaian, Zimbabwean, Pakistani, Bangladeshi, Sikh Punjabi, Gujarati, Chinese, Thai, Filipino, Caribbean, Irish,
    /// Scottish, Welsh, Romany, older English names and nicknames.
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Valbona", "Lulzim", "Afërdita", "Elira", "Qëndresa", "Arbnor", "Kajan", "Pirathees", "Mathivathani", "Jeyanthi", "Thushyanthan",
        "Kirushanthi", "Tsega", "Lemlem", "Rahwa", "Senayt", "Habtom", "Oleksandra", "Vasylyna", "Mykhailo", "Hryhorii", "Nadiia",
        "Yevheniia", "Zagros", "Shirwan", "Kazhal", "Nazdar", "Zînê", "Nasteho", "Mowliid", "Ugaaso", "Xamdi", "Faarax", "Bożydar",
        "Lechosław", "Zdzisia", "Aušrinė", "Ramunė", "Rimantas", "Tsvetan", "Zhivka", "Krasimir", "Sameiro", "Ilídio", "Nurcan", "Sevgül",
        "Ayokunle", "Chidiebere", "Oghenekaro", "Ejiro", "Oghenetega", "Kobina", "Nanayaa", "Selorm", "Vimbai", "Takudzwa", "Simbarashe",
        "Ruvimbo", "Tsungai", "Rafaqat", "Mussarat", "Aqeel", "Mehreen", "Forida", "Minara", "Rahela", "Mashuk", "Kulbir", "Lakhbir",
        "Gurdip", "Harjinder", "Pushpaben", "Kantilal", "Bhanuben", "Vinodbhai", "Manharlal", "Xiuzhen", "Guohua", "Yanmei", "Kanokwan",
        "Nittaya", "Ratchanee", "Pimchanok", "Lualhati", "Maritess", "Jennylyn", "Emelita", "Carmeta", "Hopeton", "Lloydie", "Glendon",
        "Dympna", "Phelim", "Peadar", "Eilís", "Murdo", "Fenella", "Wattie", "Glesni", "Elfed", "Sinfi", "Tyso", "Trafina", "Gilderoy",
        "Ethelreda", "Orpah", "Jerusha", "Albinia", "Babs", "Tezza", "Deano", "Fliss",
    ];

    /// <summary>Real surnames absent from every list in <c>seeds/names</c> and from every other set, of the same origins.</summary>
    public static readonly string[] UnlistedLast =
    [
        "Bajrami", "Rexhepi", "Kastrati", "Haxhiu", "Kanagaratnam", "Thambirajah", "Vigneswaran", "Tharmalingam", "Tesfaldet",
        "Weldegiorgis", "Ghirmay", "Melnychuk", "Hrytsenko", "Tymoshchuk", "Karadaghi", "Barwari", "Dualeh", "Guleid", "Kulmiye",
        "Maciejewska", "Gołębiowska", "Buzatu", "Căpraru", "Zabielskis", "Navickienė", "Zhelyazkov", "Pehlivanova", "Carvalhal",
        "Küçükkaya", "Oladipo", "Ezeigbo", "Nwabueze", "Quarshie", "Danquah", "Chinembiri", "Nyamayaro", "Tarar", "Ghumman", "Mojumder",
        "Khondokar", "Purewal", "Dhesi", "Pindoria", "Varsani", "Kaewmanee", "Mangubat", "Sumulong", "Brissett", "Lewinson",
        "Ó Conghaile", "Mac Suibhne", "Dalgleish", "Gwillim", "Wenman", "Haythornthwaite", "Cattermole", "Mothersole", "Sparrowhawk",
    ];
}
