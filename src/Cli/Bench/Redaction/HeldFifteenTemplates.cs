namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The fifteenth held set (<c>bench redaction --held15</c>), written in stop 28 by an engineer who had read neither the
/// redactor's code nor any earlier set's templates: details written the ways people write them in adult social care
/// (survey answers, complaints, forwarded emails with their signatures and headers, meeting attendance lists, case notes,
/// referrals, letters, voicemail transcripts, texts typed on a phone, and notes by people writing in a second language),
/// and look-alikes the issue says to keep (places of the council's gazetteer, hospitals, care providers and services by
/// name, job roles, kinship words, months and weekdays, and ordinary words that are also names).
/// </summary>
/// <remarks>
/// Its unlisted names are real first names and surnames of many origins (English, Scottish and Orcadian, Welsh, Irish,
/// Cornish, Polish, Lithuanian, Latvian, Bulgarian, Albanian, Ukrainian, Portuguese, Italian, Greek Cypriot, Turkish,
/// Kurdish, Yoruba, Igbo, Hausa, Ghanaian, Somali, Eritrean, Shona, Ndebele, Kenyan, Ugandan, Pakistani, Bangladeshi,
/// Punjabi, Gujarati, Tamil, Sinhala, Caribbean, Chinese, Filipino, Afghan, Syrian, Sherpa and Thai), each checked by
/// program to be in no list of <c>seeds/names</c> (the English words too) and in no earlier set (<c>HeldFifteenSetTests</c>).
/// </remarks>
public static class HeldFifteenTemplates
{
    /// <summary>Sentences that carry details, one or two kinds each, in every channel's ways of writing them.</summary>
    public static readonly string[] Templates =
    [
        // Survey answers and complaints: kinship and role cues, titles, staff named in passing.
        "My mum {first} {last} was discharged from {keep:Basildon Hospital} with no care in place.",
        "The carer who comes in the mornings, {first}, is brilliant with dad.",
        "i want to say thank you to {first_lower} and {first2} from the reablement team they were so kind",
        "MY HUSBAND {FULL} HAS WAITED 14 WEEKS FOR AN ASSESSMENT AND NOBODY RINGS BACK.",
        "The social worker, {title} {last}, never returned my calls.",
        "my sister-in-law {first} {last} does all his shopping and she is not well herself.",
        "The OT ({first}) was lovely but the equipment never came.",
        "Nurse {last} on the ward told us he was medically fit, and he was home for two hours before he fell.",
        "Ask for {first} at the front desk of {keep:Orsett Hospital}, she knows the whole story.",
        "Mrs {last}-{last2} from the brokerage team was the only one who helped.",
        "{first}'s husband has dementia and she is exhausted.",
        "my dad {full_lower} has been left in bed all day twice this week",
        "{first}, {first2} and {first3} on the night shift at {keep:Beaumont Court} deserve a medal.",
        "The GP, Dr {last}, said the care package should have started straight away.",
        "Mx {last} from the Direct Payments team explained everything clearly.",
        "Our neighbour {title} {last} at number {n} found him on the floor.",
        "My partner {first} and her brother {first2} {last2} share the caring between them.",
        "his mate {name=Gazza} from the pub does more for him than the agency.",
        "Thank you to {FIRST} and all the girls at {keep:Rose Lodge}.",
        "The manager, {first} {last}, told me the complaint was closed without asking me.",
        // Second-language writing.
        "I am writing for my father Mr {last}, he is living in {address} since 2019 and nobody come to help him.",
        "My name is {first} {last}, I am daughter in law of {title} {last2}, please you call me {phone}.",
        "Please to contact my husband {first} on number {phone_intl}, he speak better English than me.",
        "Me and my wife {first} we are thanking the lady {first2} for the help with forms.",
        // Emails forwarded, with signatures and headers.
        "Kind regards\n\n{full}\n{keep:Senior Practitioner} | Adult Social Care\nTel: {phone}",
        "-----Original Message-----\nFrom: {full} <{email}>\nSent: 03 {keep:June} 2025 09:14\nSubject: my mother's care package",
        "{first}\n\nSent from my iPhone",
        "Thanks again\n{first} x",
        "- {first}, {keep:Purfleet}",
        "Signed {first} {last} (service user)",
        "Yours sincerely\n{full}\n{address}\n{keep:South Ockendon}\n{postcode}",
        "Best wishes,\n{first} {last}\nCarers' Champion\nMob: {phone_compact}",
        // Meeting notes and attendance lists.
        "Attendees: {first} {last} (SW), {first2} (OT), Cllr {last2}, and two family members.",
        "Present: {full} (chair), {first2} {last2} (Carers Forum); apologies from {first3}.",
        "Action: {first} to chase the equipment order with {first2} by {keep:Friday}.",
        // Case notes and referrals.
        "Visited {first} at home, {address}; NOK is daughter {first2}, tel {phone}.",
        "CN: spoke to {title} {last} re: care package; DOB {dob_slash}, NHS no. {nhs}.",
        "Referral for {full}, D.O.B. {dob_dots}, NHS {nhs_compact}, lives alone at {address}, {postcode}.",
        "Client: {LAST}, {first} ({dob_dots}), known to the team since 2021.",
        "NAME: {FULL}  DOB: {dob_slash}  NHS NO: {nhs_spaced}",
        "Emergency contact: {first2} {last2} (son) {phone}.",
        "Client details: {first} {last}, d.o.b {dob=4/7/52}, lives with wife.",
        "Date of birth: {dob=1941-11-02}; GP practice in {keep:Chadwell St Mary}.",
        "DOB {dob=02 Nov 1941}, widowed, no family nearby.",
        "Mum was born on the {dob_words} and has lived in {keep:Tilbury} all her life.",
        "dad was born {dob=4th of july 1938} so hes 87 now and cant manage stairs",
        "She will be 90 in {keep:March} (DOB {dob=17/03/1936}) and still wants to stay at home.",
        // Voicemail transcripts and texts typed on a phone.
        "hi this is {first_lower} {last_lower} calling about my nan um my number is {phone} thanks bye",
        "Voicemail: it's {first}, {first2}'s sister, call me back on {phone=oh seven seven double oh, nine double oh, three five two}.",
        "hiya its {first_lower} from no {n} can sum1 ring me back pls {phone_compact}",
        "thx 4 sorting mum out, {first_lower} the carer was gr8 x",
        "{first_lower} here mums carer didnt turn up again today",
        "ring {first_lower} 0n {phone=07700 9OO 284} she has the keys",
        "were in {postcode=rm16 4xe} now so pls update ur records",
        // Phones, emails.
        "Please ring me on {phone} after 3pm as I work mornings.",
        "You can text me {phone_compact} or email {email}.",
        "Call me on {phone=07700 900 371 (mob)} or {phone=01375 842 219 (home)}.",
        "My brother in Poland is on WhatsApp, {phone=+48 601 234 567}, he wants updates too.",
        "Tel: {phone_slash} (either is fine).",
        "Email me at {email_obfuscated} as I don't check the post.",
        "my email is {email} or my son's {email=tomasz.k77@example.com}",
        "Contact: {email_wide}",
        // Addresses and postcodes.
        "Our daughter {first} (she has learning disabilities) lives at {address} and needs help with her bills.",
        "Complaint about the agency sending a different carer every day to my father, {full}, {address}, {postcode}.",
        "We moved to {postcode} last year and the new agency won't cover it.",
        "New address from Monday: postcode {postcode_hyphen}, near {keep:Lakeside}.",
        "She is at {address=flat 6 kenning court}, {keep:Chadwell St Mary}, on the second floor with no lift.",
        "Flat {n}, {house} House, {address} is where he has been since the hospital.",
        "Ground floor flat, {address=27a Thames View Road}, {keep:Grays}.",
        "She lives at {address=The Bungalow, Rookery Lane} opposite the school.",
        "Post goes to her son's, c/o {address}, {keep:Stanford-le-Hope}.",
        "PLEASE SEND LETTERS TO {address=41 CHURCH ROAD}, {keep:CORRINGHAM} {postcode=SS17 9AJ} NOT THE OLD ADDRESS.",
        // National Insurance, NHS numbers, bank details.
        "His National Insurance number is {ni} if you need it for the financial assessment.",
        "NI no: {ni_compact}; benefits are PIP and Pension Credit.",
        "ni {ni=jt 48 21 93 b} for the blue badge form",
        "Her NHS number is on the hospital letter: {nhs_dots}.",
        "Ref for the GP: {nhs=508 023 0029}.",
        "The direct payment goes into Mum's account, sort code {sort}, account no {account}.",
        "Refund please to s/c {sort} a/c {account}, not the old account.",
        "Please pay the refund into sort code {bank=20 45 77}, account {bank=4102 9384}.",
        "Her IBAN is {bank=GB29 NWBK 6016 1331 9268 19} as she still banks in Lithuania.",
        // Case references and car registrations.
        "My complaint reference is {case} and I have still had no reply.",
        "re your ref {case} - we still have not had the invoice corrected.",
        "quote ref {case=asc-448120} when you ring",
        "The carer parks her car ({reg}) across our drive every morning.",
        "Blue Badge for the car, reg {reg_lower}, was refused with no reason given.",
        "There was a silver Astra, {reg=KY17OWP}, blocking the ambulance bay again.",
        "Dad still drives his old Micra, {reg=P472 KJU}, which worries us all.",
    ];

    /// <summary>Sentences whose look-alikes must survive: places, hospitals, providers, services, roles, months, days and words that are also names.</summary>
    public static readonly string[] LookAlikes =
    [
        "{keep:Bill} after bill, and nobody explains the charges.",
        "The {keep:bill} for respite came to more than we were told.",
        "{keep:Hope} is all we have left at this point.",
        "{keep:Will} anyone actually read this?",
        "{keep:Will} do, said the coordinator, and then nothing happened.",
        "The {keep:Will} and the power of attorney took months to sort.",
        "{keep:May} I ask why the review was cancelled?",
        "The review is booked for {keep:May} and we have heard nothing since.",
        "The {keep:Nurse} came on {keep:Tuesday} instead of {keep:Monday}.",
        "the {keep:nurse} said to ring 111 if he gets worse",
        "I took the bus from {keep:Tilbury} to {keep:Grays} for the drop-in.",
        "The day centre in {keep:Corringham} closed in {keep:August}.",
        "Mum is at {keep:Orsett Hospital} for her bloods every {keep:Friday}.",
        "To be {keep:frank}, the assessment was rushed.",
        "They gave us a week's {keep:grace} on the charges.",
        "It was a {keep:joy} to see her smile again.",
        "Charges {keep:rose} twice this year and the care did not change.",
        "The carer did not {keep:mark} the fluid chart.",
        "{keep:Patience} is running out with the brokerage team.",
        "{keep:Faith} groups in {keep:Tilbury} did more than the council.",
        "{keep:Summer} was hard because the fans in the home broke.",
        "The carers come at {keep:dawn} and leave by seven.",
        "Dad was moved to {keep:Victoria Ward} then sent home at night.",
        "Staff at {keep:Rose Lodge} care home were kind to her.",
        "We went to {keep:St Luke's Hospice} for a week of respite.",
        "The {keep:Sue Ryder} nurses were wonderful at the end.",
        "The {keep:Stanford-le-Hope} library has a carers' café now.",
        "{keep:Purfleet} to {keep:Aveley} has no bus after six.",
        "We asked {keep:Age UK} for help with the attendance allowance forms.",
        "{keep:Mind} were more helpful than the council ever was.",
        "The reablement team came every {keep:Sunday} morning without fail.",
        "ALL THE {keep:CARERS} AT {keep:LAKESIDE} WERE LATE IN {keep:JUNE}.",
        "My {keep:Dad} and my {keep:Nan} both use the service.",
        "The {keep:Care Quality Commission} rated the home good last year.",
        "Our {keep:Shared Lives} carer is like family to him.",
        "The {keep:Home First} team got her home within a day.",
        "{keep:Basildon Hospital} discharged him at 11pm with no transport.",
        "From {keep:Linford} to {keep:East Tilbury} is only a mile but there is no bus.",
        "The home in {keep:Badgers Dene} has a lovely garden.",
        "Every {keep:Wednesday} the {keep:Dementia Cafe} at {keep:West Thurrock} is packed.",
        "The health centre in {keep:Chadwell St Mary} is where we see the {keep:Social Worker}.",
        "He goes to {keep:Queen's Hospital} in {keep:Romford} for dialysis.",
        "Her {keep:Occupational Therapist} was brilliant and sorted the rails.",
        "Our {keep:Care Coordinator} left in {keep:January} and was never replaced.",
        "i rang the {keep:duty social worker} on {keep:thursday} and got no answer",
        "The {keep:District Nurses} from {keep:South Ockendon} were excellent.",
    ];

    /// <summary>First names no list of <c>seeds/names</c> holds, and no earlier set.</summary>
    public static readonly string[] UnlistedFirst =
    [
        "Rhun", "Ynyr", "Caoilainn", "Vygantas", "Ilga", "Zoryana", "Olesya", "Rakiya", "Deqo", "Rudo", "Takunda", "Nuzhat",
        "Rowshan", "Mukit", "Koyes", "Taranjit", "Rasila", "Sureshbhai", "Thevaki", "Sasikala", "Piranavan", "Ranjini", "Wenjun",
        "Büşra", "Şivan", "Antigoni", "Soteris", "Panikos", "Chrystalla", "Georgoulla", "Myrofora", "Freshta", "Ahmadullah",
        "Ghofran", "Batoul", "Yamen", "Mouaz", "Septimus", "Decima", "Lysander", "Perdita", "Dymphna", "Flann", "Gwerful",
        "Tangwystl", "Elliw", "Nanw", "Eiry", "Llio", "Eifion", "Bronisław", "Bolesława", "Algimantas", "Kazimieras", "Stasys",
        "Vytenis", "Aistė", "Rūtenis", "Eimantas", "Dainius", "Laimonas", "Tsveta", "Mariyka", "Mirlinda", "Fitore", "Ilirjan",
        "Luljeta", "Vjollca", "Amândio", "Crocifissa", "Evanthia", "Androniki", "Eftychia", "Polyxeni", "Prodromos", "Neophytos",
        "Adetutu", "Temilade", "Fisayo", "Ebube", "Chidera", "Ugonna", "Akachi", "Chibueze", "Izuchukwu", "Chiagozie", "Lami",
        "Mansa", "Farhiya", "Asli", "Abshir", "Siciid", "Daahir", "Zewditu", "Samrawit", "Sosina", "Rufaro", "Tariro", "Farirai",
        "Kundai", "Tapiwanashe", "Zodwa", "Sughra", "Shamsa", "Aurangzeb", "Fayyaz", "Feroza", "Dilwara", "Afroza", "Aklima",
        "Mahbub", "Alamgir", "Ashik", "Tipu", "Shahed", "Gurbachan", "Sukhjit", "Harvinder", "Gurpal", "Dilbag", "Santokh",
        "Swaran", "Paramjeet", "Lilaben", "Hasmukhlal", "Vinodrai", "Sarlaben", "Chhaya", "Divyesh", "Rakeshkumar", "Parvathy",
        "Jegatheesan", "Nageswari", "Sarojini", "Pushpamalar", "Yogeswari", "Sriyani", "Priyanthi", "Dhammika", "Wasantha",
        "Ivorine", "Ivadne", "Evadney", "Ethlyn", "Linnette", "Linton", "Festus", "Ulric", "Zarmeena", "Spozhmai", "Nilofar",
        "Wazhma", "Enayatullah", "Noorullah", "Fatena", "Obada", "Phurba", "Mingma", "Supattra", "Sombat", "Wipawee",
        "Chalermchai",
    ];

    /// <summary>Surnames no list of <c>seeds/names</c> holds, and no earlier set.</summary>
    public static readonly string[] UnlistedLast =
    [
        "Hepplewhite", "Bickerstaffe", "Dimmock", "Pennyfather", "Bellringer", "Fewtrell", "Quennell", "Pluckrose", "Spratling",
        "Tunnicliffe", "Smallbone", "Shillingford", "Bastable", "Bradnam", "Kettley", "Juby", "Tiffen", "Cardy", "Rayment",
        "Wakeling", "Gozzett", "Tregunna", "Trenoweth", "Carlyon", "Roskilly", "Pendarves", "Bartoszewicz", "Urbonavičius",
        "Jakštas", "Baranauskaitė", "Xhaferi", "Akinyemi", "Oyedepo", "Uzoigwe", "Obiora", "Onwuka", "Ikeji", "Chikowore",
        "Mawere", "Rehal", "Bhimji", "Vadera", "Ponnusamy", "Sathiyaseelan", "Seivwright", "Qaradaghi", "Michaelides",
        "Themistocleous", "Xenophontos", "Mohmand", "Srisuwan", "Stubbings", "Chilvers", "Gooderham", "Ruffell", "Stebbings",
        "Tuffin", "Wenden", "Eagling", "Cattermoul", "Pannifer", "Cutmore", "Wiffen", "Lingwood", "Deeks", "Ormerod",
        "Pickersgill", "Ainscough", "Ogston", "Slessor", "Leask", "Mowat", "Linklater", "Isbister", "Beddoes", "Bebb", "Gallogly",
        "Trewin", "Retallick", "Grabarczyk", "Kowalewska", "Pietraszek", "Chmielarz", "Drozdowska", "Rogalska", "Wilczyńska",
        "Vaitkevičius", "Stankūnas", "Jasaitis", "Mickevičienė", "Adomaitis", "Bagdonas", "Savchuk", "Oliynyk", "Hnatyuk",
        "Oyelade", "Oladapo", "Ogundele", "Oyetunde", "Adeniran", "Olowu", "Okereke", "Anozie", "Ihejirika", "Okpara", "Nzeribe",
        "Ogbu", "Obiakor", "Nyarko", "Afriyie", "Oduro", "Darkwa", "Baffour", "Tarabi", "Bulhan", "Gebrehiwet", "Mutsvangwa",
        "Chinamasa", "Chidzero", "Mushonga", "Mandaza", "Chitepo", "Chigwedere", "Nyoni", "Kiprotich", "Nakimuli", "Opiyo",
        "Goraya", "Akand", "Dhanda", "Sehmi", "Kakkad", "Ladwa", "Mandalia", "Halai", "Kerai", "Kathirgamanathan", "Sritharan",
        "Codrington", "Dimagiba", "Sönmez", "Xoşnaw", "Dosky", "Savvides", "Theophanous", "Efstathiou", "Charalambides",
        "Hadjicostas", "Koumi", "Achilleos", "Ioannides", "Barakzai", "Alokozai", "Nurzai", "Achakzai", "Faizi", "Atassi",
        "Mardini", "Boonyarat", "Kaewkhao", "Srisombat",
    ];
}
