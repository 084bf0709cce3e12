namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The thirteenth held set (<c>bench redaction --held13</c>), written in stop 27 (7 December 2026) by an engineer who had read
/// neither the redactor (<c>src/Ingest/Redaction</c>, <c>seeds/redaction</c>, its tests) nor the fourth to twelfth held
/// sets' templates. Its sentences are shaped like what an English council's adult social care team receives: survey free
/// text, complaints, emails forwarded by staff, Talking Shop and Listening Space notes, a VCS report, safeguarding referral
/// extracts, carers' assessments, hospital discharge notes, direct payment and financial assessment letters, housing and
/// sheltered-housing notes, voicemails typed up, texts typed on a phone, all caps, typos, and people writing in a second
/// language. Addresses are planted whole where they say where someone lives ("Flat 9\nBardsley House\n41 Cromwell Road",
/// "Rose Cottage, Mill Lane", "Hathersage Road 17", a narrowboat, a park home plot, a room in a care home's wing); a street
/// or building named as a place, a town, a hospital, a care home or a service is a look-alike. Never tuned on:
/// <c>--misses</c> refuses it.
/// </summary>
public static class HeldThirteenTemplates
{
    public static readonly string[] Templates =
    [
        // Survey free text.
        "The carer who comes on {keep:Tuesdays}, {first}, is lovely but the agency keep changing the times.",
        "i would like to thank {first_lower} from the reablement team she got mum back on her feet in 3 weeks",
        "Social worker {full} never returned my calls for six weeks.",
        "Please pass on my thanks to {title} {last} on the ward at {keep:Basildon Hospital}.",
        "Too many different carers. Only {first} knows how Dad likes his tea.",
        "My mother ({full}, born {dob_slash}) was moved to a different home without anyone telling the family.",

        // Complaints.
        "I wish to make a formal complaint about the way my father, {full}, was sent home at 11pm with no package of care in place.",
        "Complaint ref {case}: {title} {last} says the financial assessment was wrong and they are now in arrears.",
        "I have raised this with {first} {last} (team manager) twice and with my MP.",
        "The care co-ordinator, {first}, told my wife she would be 'put in a home' if I could not cope. That is not acceptable.",
        "Stage 2 complaint on behalf of my aunt {full_lower} of {address}, {keep:Tilbury}.",
        "I AM WRITING AGAIN ABOUT MY BROTHER {FULL}. NOBODY HAS CALLED ME BACK ON {phone_compact}.",

        // Emails forwarded by staff.
        "From: {full} <{email}>\nSent: {keep:Monday} 10:14\nSubject: my dads care",
        "Hi {first}, Mrs {last} phoned again about her direct payments, her number is {phone}.",
        "Please see below from {first} {last}'s daughter, who asked that her email ({email_obfuscated}) is not put on the system.",
        "Kind regards\n{full}\nSenior Practitioner, {keep:Hospital Discharge Team}\nTel: {phone}",
        "FW: feedback from {title} {full} - happy for us to use it, but not the name.",

        // Talking Shop and Listening Space notes.
        "Talking Shop, {keep:Corringham} library: {first} (comes with her husband {first2}) said the blue badge renewal took five months.",
        "You said: {first} {last} told us the warden at {keep:Elmhurst Court} only comes in twice a week.",
        "Attendees: {full}, {first2} {last2} and a volunteer from the {keep:Carers Hub}.",
        "Action: {first} ({keep:Local Area Coordinator}) to ring {title} {last} on {phone} before {keep:Friday}.",
        "Quote from {first}, 82, {keep:Chadwell St Mary}: 'I haven't seen a soul since {keep:Easter}.'",

        // VCS reports.
        "Case study (consent given): {first} {last}, 67, cares for her son who has a learning disability and lives with her at {address}.",
        "Our befriender {first} visits {title} {last} every {keep:Thursday} and says the home care visits are often ten minutes.",
        "{keep:Citizens Advice} helped {full} claim Attendance Allowance after the council's letter went to {address=11 Kipling Towers}, where she has not lived since 2019.",

        // Safeguarding referral extracts.
        "Adult at risk: {full}  DOB: {dob_dots}  NHS: {nhs}  Address: {address}, {postcode}",
        "Alleged source of harm: son, {first} {last} ({dob_slash}), lives at the same address.",
        "Concern raised by {title} {last}, {keep:District Nurse}, who found {first2} with bruising on both arms.",
        "S42 enquiry {case}: {first}'s nephew {first2} has been using her bank card; her sort code is {sort}, account {account}.",
        "Referral from {keep:Essex Police}: PC {last} attended {address=Flat 6, 12-14 Clarence Parade} after a neighbour reported shouting.",

        // Carers' assessments.
        "Carer: {full}  Cared-for person: {first2} {last} (husband)  Tel: {phone}",
        "{first} has been caring for her mum alone since {keep:March} and is exhausted.",
        "carers assessment for {full_lower} done today, she wants a break on {keep:Wednesdays} so she can go to the carers cafe",
        "Young carer {first}, 14, looks after his mum {first2} who has MS; {keep:Thurrock Young Carers} have been told.",

        // Hospital discharge notes.
        "D2A pathway 1: {title} {full}, {dob_words}, NHS no {nhs_spaced}, discharged from {keep:Bluebell Ward} to {address}.",
        "Discharge summary copied to GP Dr {last2} at {keep:Sorrells Surgery}; daughter {first} to collect.",
        "Ward rang: {first} {last} medically fit since {keep:Sunday}, waiting for a {keep:Pathway 3} bed.",
        "TTO for {FIRST} {LAST} sent with patient. NOK: son {first2} on {phone_intl}.",

        // Direct payment and financial assessment letters.
        "Dear {title} {last}, your financial assessment shows you will pay 62 pounds a week towards your care.",
        "Direct payment account: {full}, sort code {sort}, account no. {account}.",
        "please pay the refund back into my account {account} sort code {sort} the name on it is {full_lower}",
        "Re: {full} - National Insurance number {ni} - Pension Credit",
        "NINO: {ni_compact}  Mosaic ID: {case=4471902}  Client: {LAST}, {first}",

        // Housing and sheltered housing.
        "{title} {last} of {address=Flat 22, Amberley Court} has not collected their post for a week, the scheme manager says.",
        "Tenancy note: {first} {last}, {address=9 Coronaton Close}, {postcode_hyphen}, damp in the back bedroom reported again.",
        "Mr {last} lives in a park home at {address=Plot 27, Thameside Park} and the site owner won't fit a ramp.",
        "He lives on his narrowboat, {address=Kestrel Dawn}, usually moored near {keep:Fobbing}, and has no post address.",
        "{first} rents a room at {address=88 Clarence Road (room 4)} and shares a kitchen with five men.",
        "Mum is in {address=room 12, Larch wing} at {keep:Thameside Lodge} care home and the call bell is never answered.",

        // Voicemails typed up.
        "Voicemail 10:42: hi its {first} {last} calling about my mums care can someone ring me back on {phone} thanks",
        "VM from a {title} {last} about meals on wheels not arriving, call back {phone_intl}.",
        "Message left: '{first} here, {first2}'s daughter, my number's {phone_slash}.'",
        "voicemail: yeah hello this is {first_lower} um I'm ringing about my dad {first2} he's at {address} and he's had no carer since {keep:Saturday}",

        // Texts typed on a phone.
        "hi its {first_lower} at {address=22 st johns way} carer never came again today",
        "can u ask {first_lower} to ring me my mobs {phone_compact} ta",
        "mum {full_lower} dob {dob=3/4/41} is still waiting for the ot to come",
        "thx {first_lower} u were a star with dad yesterday x",
        "my nhs number is {nhs_compact} and postcode {postcode=rm16 2pd} if u need it",

        // All caps.
        "PLEASE TELL {FULL} AT THE COUNCIL I AM STILL WAITING FOR THE RAMP",
        "MY NAME IS {FIRST} {LAST} AND I LIVE AT {address=56 STANFORD ROAD} {keep:GRAYS} {postcode}",
        "CARER {FIRST} WAS RUDE TO MY MOTHER ON {keep:SUNDAY} AND LEFT AFTER 5 MINUTES",

        // Notes with typos.
        "spoke to {first}s daughter, she sed her mum is at {address=31 Wellingotn Rd} not the old adress",
        "Mrs {last} (nhs {nhs_dots}) refered by Dr {last2} for a OT assesment",
        "Ph call with {first} {last} re her Mums DP's, number is {phone}",

        // People writing in a second language.
        "My mother name is {full}, she live in {address=Hathersage Road 17} and nobody come to help her wash.",
        "I am {first}, the son. Please to contact me by email {email} because my English on the phone is not so good.",
        "Me and my husband {first2} we are carers for our daughter {first}, we need the respite please.",
        "{title} {last} is from {keep:Romania} and not speak English, the interpreter {first} helped very much.",

        // Names the ways people write them.
        "Signed on behalf of my nan, {full}\n(her granddaughter {first2})",
        "Love from {first} and {first2} x",
        "Her son {first} {last}-{last2} holds lasting power of attorney.",
        "Big thanks to {name=Bernie} and {name=Mo} on the night shift at {keep:Thameside Lodge}.",
        "Nan ({first}) and Grandad {first2} both go to the day centre on {keep:Orsett Road}.",
        "Ask for {first} or {first2} on reception at the {keep:Civic Offices}.",
        "{LAST} {first} (surname first, as on her passport), date of birth {dob=12th Feb 1948}.",

        // Addresses and identifiers the ways people write them.
        "Dad's address is {address=Rose Cottage, Mill Lane}, {keep:Bulphan} - the carers keep going to the farm.",
        "They live at {address=Little Orchard} just outside {keep:Horndon-on-the-Hill}.",
        "New address: {address=Flat 9\nBardsley House\n41 Cromwell Road}\n{keep:Grays}\n{postcode}",
        "She has moved to {address=12a Quarry Hill} with her sister, email {email_wide}.",
        "His car is {reg} and the blue badge is in {first}'s name.",
        "mum's motability car {reg_lower} was clamped outside her flat",
        "NHS No: {nhs=642 323 2210}  NI: {ni=jk 44 19 02 c}  DOB {dob=14.6.39}",
        "Mrs {last}, {address=flat 4 the maltings, 12 high st}, tel {phone=01375 652119}, case {case=asc-204518}.",
        "Bank: sort code {bank=20 45 77} acc {bank=43127765} in the name of {full}.",
    ];

    /// <summary>Words that look like names or addresses and are not: they must survive.</summary>
    public static readonly string[] LookAlikes =
    [
        "The buses on {keep:London Road} are always late so I miss the start of the day centre.",
        "The day centre on {keep:Orsett Road} has closed its kitchen.",
        "The roadworks on {keep:Dock Road} mean the carers arrive late every morning.",
        "Blue badge holders can only park on {keep:High Street} for three hours.",
        "The lift at {keep:Ingrave House} extra care scheme has been broken since {keep:August}.",
        "Staff at {keep:Elmhurst Court} sheltered housing are very good.",
        "{keep:Hope} is all we have left at this point.",
        "{keep:Will} anyone actually read this?",
        "{keep:May} I say how kind the staff were.",
        "{keep:Bill} for the respite week came to more than my pension.",
        "{keep:Grace} and dignity were missing from how Dad was treated.",
        "The {keep:Nurse} who visited was brilliant.",
        "{keep:Sterling} effort from everyone at {keep:Thameside Lodge}.",
        "{keep:Rose} bushes in the courtyard have been left to die.",
        "{keep:Frank} conversations about money would have helped.",
        "{keep:Patience} is running out with the assessment team.",
        "{keep:Summer} was hard because of the heat in the flats.",
        "{keep:Christmas} was the first time in years Mum could come to ours.",
        "Appointment at {keep:Orsett Hospital} on {keep:Monday} was cancelled twice.",
        "Transport from {keep:South Ockendon} to {keep:Basildon Hospital} took two hours.",
        "The {keep:Occupational Therapist} never turned up.",
        "{keep:Age UK Essex} and {keep:Thurrock Mind} both told me to contact {keep:Adult Social Care} directly.",
        "In {keep:June} and {keep:July} there were no carers at all on {keep:Sundays}.",
        "A {keep:Macmillan} nurse came out within a day.",
        "{keep:Marie Curie} night sitters made it possible for him to die at home.",
        "The carers' group at {keep:Stanford-le-Hope} library meets on the first {keep:Wednesday}.",
        "The waiting list for {keep:Shared Lives} is far too long.",
        "It is {keep:10 minutes} walk from the bus stop to {keep:Thurrock Community Hospital}.",
        "We were told to ring {keep:111} and then {keep:999}.",
        "Review booked for {keep:14 March} at 2pm with the {keep:Social Worker}.",
        "The {keep:Carers Hub} at {keep:Lakeside} is easy to get to.",
        "{keep:St Luke's Hospice} gave us more support than anyone.",
        "{keep:Sister} on {keep:Poplar Ward} was very kind.",
        "The {keep:Ombudsman} upheld our complaint in the end.",
        "{keep:Grays} and {keep:Tilbury} need more day services.",
        "THE BUSES FROM {keep:CORRINGHAM} ARE NO GOOD FOR WHEELCHAIRS",
        "the bus from {keep:purfleet} to {keep:lakeside} only runs every hour",
        "The {keep:Mental Health} team at {keep:Grays Hall} took {keep:12 weeks} to see him.",
        "{keep:Meals on Wheels} in {keep:Aveley} stopped in {keep:April}.",
        "The {keep:Warden} call system at {keep:Purfleet} flats goes off at {keep:3am}.",
    ];

    /// <summary>
    /// Real first names and nicknames, chosen for this set and checked by program absent from every list in <c>seeds/names</c>
    /// (the English words too) and from every other set: Irish, Cornish, Scottish, Welsh, Polish, Romanian, Lithuanian,
    /// Yoruba, Igbo, Ghanaian (Fante, Ewe, Ga, Dagbani), Somali, Eritrean, Pakistani, Bangladeshi, Gujarati, Punjabi, Tamil,
    /// Sinhala, Hong Kong Chinese (given names written as one word, as UK records often do), Filipino, Jamaican, Turkish,
    /// Kurdish, Arabic, Portuguese, and Roma names.
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Bronagh", "Mabyn", "Wenna", "Elspeth", "Haf", "Dyfed", "Cadi", "Betsan", "Alun", "Deiniol", "Elgan", "Meleri", "Maebh", "Oonagh", "Dearbhla", "Doireann", "Fionnghuala",
        "Marzena", "Tadeusz", "Witold", "Leszek", "Grzesiek", "Kasia", "Wojtek", "Przemek", "Mariusz",
        "Sorinel", "Nijolė", "Stasė", "Raimondas", "Audrius", "Ramūnas", "Virginijus",
        "Olusegun", "Kamsiyochukwu", "Ebele", "Oladele", "Ebo", "Edem", "Enyonam", "Delali",
        "Luul", "Jamaac", "Muno", "Yuusuf", "Cumar", "Meron", "Haben", "Natnael", "Nebiat", "Ermias", "Teklit",
        "Ambreen", "Wajid", "Jamshed", "Mubeen", "Khaleda", "Jesmin", "Lutfa", "Ferdousi", "Motin", "Shamsul", "Moinul", "Khalilur", "Shipon", "Liton", "Babul",
        "Kavita", "Rekha", "Savita", "Pushpa", "Shobha", "Lalitha", "Neelam", "Bhavana", "Jagruti", "Naresh", "Dilip", "Hemant", "Jayesh", "Vinod", "Kishore", "Arvind",
        "Balwant", "Gurmit", "Hardeep", "Manjeet", "Karamjit", "Bhupinder",
        "Sinnathurai", "Selvam", "Vignesh", "Saravanan", "Puvaneswari", "Kalaiselvi", "Sumathi", "Sandun", "Samanthi", "Anoma", "Shiromi", "Gayani", "Chathura",
        "Mankit", "Siuling", "Waiming", "Kahei", "Puiyee", "Wingyan",
        "Charito", "Perlita", "Analiza", "Boyet",
        "Ionie", "Delcia", "Glenford", "Vivette", "Kenroy",
        "Gülten", "Tuncay", "Cengiz", "Nilüfer", "Rozerin", "Nujin", "Rizgar", "Alaa", "Ayham",
        "Aldina", "Idalina", "Amadeu", "Adelino", "Belmiro", "Tsura", "Dzhemile", "Dzhevdet", "Ilonka",
    ];

    /// <summary>Real surnames chosen the same way, some with a joining word ("Ó Broin", "Ní Riain", "Nic Dhonncha").</summary>
    public static readonly string[] UnlistedLast =
    [
        "Trebilcock", "Carveth", "Nancarrow", "Vosper", "Roseveare", "Bolitho", "Sutherland", "Gilchrist", "Haldane", "Guthrie", "Pugh", "Bowen", "Gwynne", "Vaughan", "Howells",
        "Ó Broin", "Ní Riain", "Ní Mhaoláin", "Ó Conchubhair", "Nic Dhonncha", "Moriarty", "Hennessy",
        "Olszewska", "Malinowska", "Tomaszewska", "Krajewska", "Kazlauskaitė", "Ramanauskas", "Valančius", "Mikalauskienė", "Bogdănescu", "Pârvulescu",
        "Ibeh", "Nnadi", "Odili", "Ugwu", "Okolie", "Nwafor", "Nortey", "Kotey", "Ankomah", "Wiredu", "Dapaah",
        "Gurey", "Qalib", "Wehliye", "Kahsay", "Okbazghi", "Zerai", "Asmelash", "Habtemariam",
        "Satti", "Sulehri", "Jadoon", "Khondoker", "Pramanik", "Chavda", "Gohil", "Jadeja", "Popat", "Hirani", "Bhudia", "Takhar", "Matharu", "Thandi", "Shergill",
        "Jeyaseelan", "Thavarajah", "Sriskandarajah", "Arulampalam", "Heung", "Lumanog", "Capistrano",
        "Ferguson", "Mcintosh", "Spence", "Thelwell", "Sarıkaya", "Uçar", "Dizayi", "Xoshnaw", "Goyani", "Shammas", "Kayyali", "Quintas", "Didicu", "Hrustic", "Sulejmani",
    ];
}
