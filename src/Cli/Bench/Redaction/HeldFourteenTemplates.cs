namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The fourteenth held set (<c>bench redaction --held14</c>), written in stop 27 (7 December 2026) by an engineer who had read
/// neither the redactor (<c>src/Ingest/Redaction</c>, <c>seeds/redaction</c>, its tests) nor the fourth to thirteenth held
/// sets' templates. Its sentences are shaped like what an English council's adult social care team receives: survey free
/// text, complaints, emails forwarded by staff, Talking Shop and Listening Space notes, VCS reports, safeguarding referral
/// extracts, carers' assessments, hospital discharge notes, direct payment and financial assessment letters, housing and
/// sheltered-housing notes, voicemails typed up, texts typed on a phone, all caps, typos, and people writing in a second
/// language. Addresses are planted whole where they say where someone lives or can be found at home ("Flat 6, Ferry House,
/// Cole Avenue", "Holly Cottage, Back Lane", "Kenley Street 22, flat 3", a house name alone, a narrowboat's berth, a park
/// home plot, a room in a hostel block); a street or building named as a place, a town, a hospital, a care home or a
/// service is a look-alike. Never tuned on: <c>--misses</c> refuses it.
/// </summary>
public static class HeldFourteenTemplates
{
    public static readonly string[] Templates =
    [
        // Survey free text.
        "My carer {first} is the only one who turns up on time, the agency should keep her on.",
        "the lady who does my mums calls, {first_lower}, is lovely but she is always rushed off her feet",
        "I rang the number on the letter and spoke to a {first} in the finance team who was very helpful.",
        "Please pass my thanks to {title} {last} and the reablement team, they got Dad walking again.",
        "{first} from the Shared Lives scheme has been a godsend for my son.",

        // Complaints.
        "I am writing to complain about the way my father, {full}, was treated when he was sent home at 9pm with no care in place.",
        "Complaint re: {full} ({dob_slash}) - the carers missed three calls last week and nobody rang me.",
        "Your social worker {first} {last} promised a review and we have heard nothing, my ref is {case}.",
        "I have asked twice for the manager, {title} {last2}, to ring me back on {phone} and she never has.",

        // Emails forwarded by staff.
        "From: {full} <{email}>\nSubject: Mum's care package, please read",
        "Forwarded on behalf of {full}, who is not online. Her daughter's email is {email}.",
        "Hi all, forwarding this from {first} (son of one of our service users), he is happy to be contacted on {phone_compact}.",

        // Talking Shop and Listening Space notes.
        "Talking Shop: {first} said the bus to the day centre on {keep:Orsett Road} has been cut and she cannot get there now.",
        "Listening Space notes - attendee ({full}, lives at {address}) raised the state of the lift in her block.",
        "Mr {last} told the group he had waited 14 weeks for an OT assessment; his wife {first2} backed this up.",

        // VCS reports.
        "Case study (consent given): {first}, 82, lives alone at {address=Flat 2, Dunmore Court} and relies on our befriending calls.",
        "Our volunteer {first} {last} visits weekly; the client's neighbour {first2} does her shopping.",
        "Caseworker notes: client {FULL} referred by {keep:Thurrock} council for a benefits check.",

        // Safeguarding referral extracts.
        "Adult at risk: {full}, DOB {dob_dots}, NHS no {nhs}. Person alleged to have caused harm: grandson {first2}.",
        "Concern raised by {role} {first} that the resident's bank card is being used by her nephew {first2} {last}.",
        "S42 enquiry opened; the adult lives at {address=12a Hollow Lane}, {postcode}, with her son {first} who drinks heavily.",

        // Carers' assessments.
        "Carer: {full} (wife), {phone}. Cared-for person: {first2} {last}, has vascular dementia.",
        "{first} cares for her brother around the clock and says she has not had a night off since {keep:Easter}.",
        "Carer's assessment completed with {title} {last} by phone; she would like a break and a referral to {keep:Carers First}.",

        // Hospital discharge notes.
        "Discharge to assess, pathway 1: {full}, NHS {nhs_compact}, from {keep:Basildon Hospital} to home at {address}.",
        "Ward sister {first} rang to say he is medically fit for discharge but the package of care is not in place.",
        "TTO meds given; next of kin is daughter {first} {last} on {phone_intl}.",

        // Direct payment and financial assessment letters.
        "Dear {title} {last}, your financial assessment has been completed and your weekly contribution will be £42.10.",
        "Direct payments will be paid into account {account}, sort code {sort}, in the name of {full}.",
        "Re: {FULL}, NI number {ni}, client ref {case}. We have not received the signed direct payment agreement.",
        "my dad {first} pays for his own care now as his savings are over the limit, his NI is {ni_compact} if you need it",
        "Refund of the overpaid contribution to acc no {bank=41 22 90 17}, s/c {bank=20-41-77}, {keep:Nationwide}, please.",

        // Housing and sheltered housing.
        "Scheme manager says {title} {last} in {address=flat 17, Beechcroft Court} has not been seen since {keep:Tuesday}.",
        "Mr {last} has moved from {address=34 Marsh Road} to {address=Flat 6, Ferry House, Cole Avenue} and needs his key safe moved.",
        "housing officer {first} says the damp at {address=9 Elder Close} is affecting his chest and he wants a move.",
        "She lives on {address=the narrowboat Kestrel, berth 14, Haddon Marina} and the carers cannot always find the right jetty.",
        "Park home resident at {address=plot 23, Willow Park Homes, Stanford Road} says the site owner will not let the OT in.",
        "He is now in {address=room 31, Cedar Block} at the {keep:Grove Road} hostel and has no cooker.",

        // Voicemails typed up.
        "VM 10:42 from {full} about her mum's invoice, please ring back on {phone_slash}, she's in all day.",
        "voicemail - hello its {first} {last} again I'm ringing about my husbands care my number is {phone_compact} thank you",
        "Message left by {title} {last}: the carer didn't come this morning and he hasn't had his tablets. Tel {phone=01632 960 418}.",

        // Texts typed on a phone.
        "hi its {first_lower} mums carer never came again can someone ring me {phone_compact}",
        "my nan lives at {address=27 fennel way} and she aint had a proper meal in days pls help",
        "{first_lower} {last_lower} is my dad his nhs is {nhs_compact} he needs his meds reviewing asap",
        "can u tell {first_lower} at the day centre i wont be in tmrw thx",
        "email me on {email} not the old one x",

        // All caps.
        "MY NAME IS {FULL} AND I HAVE BEEN WAITING 6 MONTHS FOR A WHEELCHAIR.",
        "PLEASE CONTACT MY SON {FIRST} ON {phone=07700 900614} AS I AM HARD OF HEARING.",
        "SHE LIVES AT {address=FLAT 3, MERCER HOUSE, 40 QUARRY HILL}, {postcode=RM17 5TE}, ON HER OWN.",

        // Notes with typos.
        "Spoke with {first}s dauhgter who said the carers are leaving the door unlocekd.",
        "Mrs {last} adress is {address=14 Cherrytree Cloes} but post goes to her sons.",
        "pleas can {title} {last} phone {first} back on {phone} reagrding the reveiw",

        // People writing in a second language.
        "I am {full}, I am living in {address=Kenley Street 22, flat 3} since two year and the carer is coming late always.",
        "My mother name is {full}, she is born {dob_words}, she is not speaking English, please send interpreter.",
        "Good morning, I am writing for my husband {first}. He is sick and I can not take him to hospital. My telephone is {phone}.",
        "The carer {first} she is very good but other carer she is shouting to my father.",

        // Names the ways people write them.
        "{first}'s daughter rang in a state, she found her mum on the floor again.",
        "Thanks to {first}, {first2} and {first3} on the night shift.",
        "Spoke to {last}, {first} (client) re: transport to the day centre.",
        "Her surname is {last}-{last2}, she uses the double-barrelled one on letters.",
        "Our {role} {first}, who everyone calls {name=Sunny}, deserves a medal.",
        "Signed, {first} {last} (niece)",
        "Kind regards\n{first}\n{keep:Community Support Worker}",
        "Many thanks,\n{title} {full}",
        "Dr {last} at the surgery says it is the council's job not hers.",
        "It was {first} {last}'s idea to complain, not mine, but I agree with her.",
        "{FIRST} said that {first2} (her key worker) was the only one who listened.",
        "Me and {first_lower} (my partner) both care for our lad, who has autism.",
        "Ask for {first} or {first2} on the duty desk, they know the case.",
        "My brother {name=Gaz} and his wife {name=Shell} do the weekends.",

        // Addresses and identifiers the ways people write them.
        "He lives at {address=Holly Cottage, Back Lane}, {keep:Orsett}, and there is no bus at all.",
        "Her address is {address=Fernlea} (the house with the green door) next to the church in {keep:Bulphan}.",
        "He lives in the flat above the chemist at {address=12-14 Station Parade}.",
        "Please update her address to:\n{address=Flat 11, Harbour View\n2 Quay Street}\n{keep:Grays}\n{postcode}",
        "{reg} is his blue badge car and it keeps getting a ticket outside his own house.",
        "My son's motability car ({reg_lower}) was clamped at the hospital.",
        "NHS number: {nhs_spaced} / NI: {ni}",
        "her nhs number is {nhs_dots}, date of birth {dob_slash}",
        "She was born on the {dob=3rd of March 1944} and has lived here all her life.",
        "Client ID {case=CR 0041873}, please quote on all correspondence.",
        "Her email is {email_obfuscated} because she is worried about spam.",
        "Postcode for the visit is {postcode_hyphen}, it is the bungalow at the end.",
        "NHS: {nhs=498 344 4173}, NI {ni=PT 44 61 08 B}, car {reg=KX17 BMV}.",
    ];

    /// <summary>Words that look like names or addresses and are not: they must survive.</summary>
    public static readonly string[] LookAlikes =
    [
        "The buses on {keep:London Road} are always late so I miss my slot.",
        "Since the lunch club at {keep:Stifford Clays} closed, Dad has nowhere to go on a {keep:Wednesday}.",
        "{keep:Hope} this helps, the form was very confusing.",
        "{keep:Will} someone please tell me when the review is?",
        "{keep:May} I ask why the charge went up in {keep:April}?",
        "The {keep:bill} for {keep:March} was wrong again.",
        "{keep:Grace} and dignity is what my mother deserved, and she got neither.",
        "The {keep:Nurse} came on {keep:Friday} and changed his dressing.",
        "{keep:Sterling} work by the reablement team, thank you.",
        "Mum loves sitting in the {keep:rose} garden at {keep:Elmhurst Lodge}.",
        "{keep:Basildon Hospital} discharged him without telling anyone.",
        "Staff at {keep:Orchard House} care home are kind but there are not enough of them.",
        "The {keep:Social Worker} and the {keep:Occupational Therapist} both came to the meeting.",
        "We were told to ring {keep:Adult Social Care} or {keep:NHS 111} out of hours.",
        "{keep:Tilbury} and {keep:Grays} need more respite beds.",
        "The {keep:Carers Hub} in {keep:Corringham} is brilliant.",
        "My {keep:June} review was moved to {keep:August}.",
        "There is no {keep:hope} of a place before {keep:Christmas}.",
        "She had her hip done at {keep:Thurrock Community Hospital} and the physio was good.",
        "{keep:Frank} conversations are needed about the budget.",
        "I gave the service a {keep:mark} of 2 out of 10.",
        "{keep:Dawn} visits are too early for him, 6:30 is not a reasonable time.",
        "{keep:Summer} was hard because the flat gets so hot.",
        "{keep:Joy} and laughter at the {keep:Tuesday} dementia cafe.",
        "ALL THE STAFF AT {keep:CEDAR LODGE} ARE WONDERFUL, ESPECIALLY ON A {keep:SUNDAY}.",
        "TO WHOM IT {keep:MAY} CONCERN, THE RAMP AT {keep:GRAYS} LIBRARY IS STILL BROKEN.",
        "the woman from {keep:age uk} was great and so was the {keep:mental health} nurse",
        "i use {keep:dial a ride} to get to {keep:lakeside} every {keep:thursday}",
        "The surgery on {keep:Dell Road} will not do home visits any more.",
        "{keep:Penny} pinching on care is a false economy.",
        "{keep:Sunny} days are the only days she gets out, the taxi will not come in the rain.",
        "{keep:Amber} alerts from the pendant alarm go to the wrong number.",
        "The {keep:Lifeline} service came out in 20 minutes.",
        "Sheltered housing at {keep:Bell House} has a warden only three days a week.",
        "Transport from {keep:Stanford-le-Hope} to {keep:Southend Hospital} took two hours.",
        "The {keep:Dock Road} surgery and the {keep:Bata} clinic both lost her referral.",
        "{keep:Ramadan} meant she could not take the tablets at lunch and nobody asked.",
        "The {keep:Polish} and {keep:Romanian} families in the street help each other.",
        "Our {keep:Care Act} assessment took four months and the {keep:Ombudsman} agreed it was too long.",
        "{keep:Patience} is running out, we have waited since {keep:January}.",
        "The letter from {keep:Carewatch} made it look like the charges had doubled.",
        "{keep:Bill} attached for the respite week at {keep:Oak Lodge}.",
    ];

    /// <summary>
    /// Real first names and nicknames, chosen for this set and checked by program absent from every list in <c>seeds/names</c>
    /// (the English words too) and from every other set: English (old and nicknames), Scottish Gaelic, Welsh, Irish, Polish
    /// (diminutives), Romanian, Lithuanian, Yoruba, Igbo, Ghanaian, Somali, Eritrean, Bangladeshi, Pakistani, Kerala, Tamil,
    /// Punjabi, Gujarati ("-ben", "-bhai"), Bengali, Marathi, Sinhala, Sri Lankan Tamil, Chinese (given names as one word),
    /// Filipino, Caribbean, Turkish, Kurdish, Arabic, Portuguese, Roma and English Romany names. Vietnamese and Chinese surnames
    /// are all in the lists already.
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Kerenhappuch", "Jennet", "Azubah", "Dorrit", "Bez", "Kez", "Cazza", "Chezza", "Nezza", "Fionnlagh", "Ailig", "Murchadh",
        "Gwenith", "Eurgain", "Gwerfyl", "Rhonwen", "Tanwen", "Ithel", "Muirne", "Sláine", "Bogna", "Wiesiek", "Rysiek", "Zdzisiek",
        "Mietek", "Czesława", "Heniek", "Krzysia", "Małgosia", "Grażynka", "Veronel", "Marinică", "Žydrūnas", "Genovaitė", "Arvydas",
        "Kęstas", "Deimantė", "Ugnė", "Oluwabukola", "Morenikeji", "Omowunmi", "Chinwendu", "Onyinyechi", "Ohemaa", "Yoofi", "Dufie",
        "Nhyira", "Xaawo", "Cambaro", "Fartuun", "Naciima", "Saciid", "Sharmarke", "Letemichael", "Ghidey", "Tesfit", "Momotaz",
        "Nazmul", "Ataur", "Fokhrul", "Jorina", "Laily", "Rezia", "Tofazzal", "Anisur", "Shafiqur", "Sirajul", "Muzammil", "Sijo",
        "Jiji", "Binu", "Ancy", "Jincy", "Tincy", "Jismy", "Ammini", "Kunjamma", "Mariamma", "Thankamma", "Saramma", "Kuttappan",
        "Jaimon", "Lijo", "Bibin", "Jinto", "Kaliammal", "Muthulakshmi", "Ponnammal", "Karuppasamy", "Thamizhselvi", "Surinderpal",
        "Gurmail", "Kokilaben", "Chandrikaben", "Hasmukhbhai", "Jayeshbhai", "Jashodaben", "Ramanbhai", "Dahyabhai", "Ushaben",
        "Dhiren", "Sudeshna", "Moumita", "Paromita", "Debjani", "Sharmistha", "Debashis", "Sutapa", "Shubhangi", "Dattatray",
        "Sewwandi", "Buddhika", "Kumudu", "Lasantha", "Thuvaraka", "Kajendran", "Mayooran", "Sivaruban", "Kirushanthan", "Mathuri",
        "Piratheepan", "Yuanyuan", "Yufei", "Yingying", "Jiajia", "Huanhuan", "Shulan", "Siuming", "Kamwah", "Yuklan", "Kwokwai",
        "Chunkit", "Sauying", "Jomar", "Jerico", "Junjun", "Jaypee", "Joylyn", "Cherrylyn", "Jinky", "Honeylyn", "Jessiebel",
        "Lovelyn", "Nonoy", "Inday", "Vibert", "Ainsley", "Nazmiye", "Hayriye", "Şerife", "Birsen", "Dîjle", "Serhildan", "Pshtiwan",
        "Kosrat", "Lanja", "Gulala", "Abeer", "Nidal", "Shatha", "Muayad", "Felismina", "Abílio", "Tinka", "Trainetta", "Bendigo",
        "Vanselo", "Dorelia", "Kvetka", "Dežo",
    ];

    /// <summary>Real surnames chosen the same way.</summary>
    public static readonly string[] UnlistedLast =
    [
        "Pitcairn", "Glendinning", "Mackessack", "McGlashan", "Pocklington", "Ruddlesden", "Tidmarsh", "Bousfield", "Gittoes",
        "Cuddihy", "Culleton", "Ziółkowska", "Grzybowska", "Krzemińska", "Przybylak", "Woźniakowska", "Wrzesińska", "Bąkowska",
        "Chojnacka", "Ciesielska", "Anghelache", "Jankauskaitė", "Bagdonienė", "Šimkus", "Petrauskaitė", "Urbonienė",
        "Kavaliauskienė", "Balčiūnienė", "Jurkšaitis", "Adesanya", "Oyedele", "Onwuegbuzie", "Odinaka", "Oyewumi", "Kufuor",
        "Agyepong", "Sekyere", "Shirwac", "Qorane", "Dirir", "Mebrahtom", "Weldeab", "Tesfamichael", "Gebremeskel", "Zemichael",
        "Fessehaye", "Dhanyal", "Bangash", "Marwat", "Gardezi", "Akanda", "Khanom", "Matubbar", "Bhundia", "Sodha", "Kunjumon",
        "Vadakkan", "Kallarackal", "Venugopal", "Bandyopadhyay", "Gokhale", "Phadke", "Kizhakkedathu", "Thekkekara", "Pulickal",
        "Mampilly", "Shanmugasundaram", "Ubhi", "Khakh", "Pooni", "Vaghjiani", "Raithatha", "Ghoshal", "Roychowdhury", "Athavale",
        "Godbole", "Ratnayake", "Weerakoon", "Kodithuwakku", "Hettiarachchi", "Jayatilleke", "Wimalasena", "Sivasubramaniam",
        "Arulanantham", "Vythilingam", "Sumalpong", "Catacutan", "Dumalagan", "Maglaya", "Tabuena", "Malabanan", "Calingasan",
        "McAnuff", "Karataş", "Karadağ", "Cömert", "Dönmez", "Mergasori", "Akreyi", "Zaxoyi", "Botani", "Mukriyani", "Zaidan",
        "Abuhamdia", "Qaddoura", "Alzoubi", "Tarabishi", "Obeidat", "Khasawneh", "Espinheira", "Salgueiro", "Frazão", "Mourão",
        "Giňová", "Demeterová", "Šarköziová", "Bandyová",
    ];
}
