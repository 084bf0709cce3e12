namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The eleventh held set (<c>bench redaction --held11</c>), written on 6 December in stop 25 by an engineer who had read
/// neither the redactor's code nor the fourth to tenth held sets, nor their misses. Its sentences are in the shapes
/// adult-social-care feedback arrives in (a Shared Lives diary, a care agency's handover log, a safeguarding form, a pasted
/// family chat, an email chain, a scanned form, speech to text, minutes, sign-in sheets, broken English); its addresses are
/// flats, rooms, wings and named houses over one or several lines; its look-alikes are gazetteer places, services, charities,
/// equipment and conditions named after people, weekdays, months, job titles and ordinary words that are names elsewhere.
/// Measured blind in stop 25, then read and tuned on in stop 26: <c>--misses</c> prints it.
/// </summary>
public static class HeldElevenTemplates
{
    public static readonly string[] Templates =
    [
        // Shared Lives carer's diary, day centre comments box, care agency daily log
        "Shared Lives diary, Tues: {first} had a good day, walked to the shop with {first2} from next door and was in bed by 9.",
        "comments box - the dinner lady {first_lower} always saves me a pudding x",
        "to {first}: she ate half her porridge, pad changed 7.40, skin intact. from {first2}",
        "Handover from {first} to {first2} - keysafe code changed, ring the office before going in.",
        "Log 18:30 {first} {last} (carer) - client refused tea, left sandwich in fridge.",
        // Referrals, audits, alerts and notes from other services
        "Referral from housing: tenant {title} {full} of Flat {n}, {house} Court, no gas safety check since last year.",
        "DP audit query: PA wages paid to {full} (sort code {sort}, acc {account}) but no timesheets for October.",
        "Social prescriber note: saw {first} {last} (DOB {dob_slash}) at the surgery, lonely since his wife passed, linked to the lunch club.",
        "Safeguarding alert. Adult at risk: {title} {last}, NHS {nhs}. Person alleged to cause harm: {full} (nephew).",
        "Neighbour worried about hoarding at {n} {house} Cottages, the man there ({first}) hasn't been seen for a week.",
        "Liaison visit, pitch {n}: {title} {last} worried about her grandson {first}, asked for the OT to come on site.",
        "Reflective log wk 6: I shadowed {first} on a review with {title} {last} and felt I spoke too much.",
        "Foodbank note: {first} {last} came in again with a voucher, no gas on the meter, three kids.",
        "OT home visit at {address}: bath board not safe, {first} can't lift her leg over the side.",
        "Blue badge renewal for {full}, car reg {reg}, the old badge ran out in the summer.",
        "Respite booking for {FULL}, two weeks from the 3rd, room {n} in {house} Lodge if possible, daughter on {phone}.",
        // Chats, emails and forwarded messages
        "[12/11, 21:04] {first}: has anyone rung the agency?? [12/11, 21:06] {first2} {last2}: yes they said Thurs",
        "-----Original Message-----\nFrom: {full} <{email}>\nSent: 04 November 14:12\nSubject: RE: bins at {house} Court",
        "On Mon, {first} {last} wrote: the lift at our block has been broken for three weeks",
        "Fwd: from {first} - please pass to whoever deals with mum's care package",
        "In my complaint to the Ombudsman (your ref {case}) I quoted {title} {last}'s email saying you do not fund that.",
        // Scanned forms, speech to text, interpreters, minutes, sign-in sheets
        "N ame: {full}   D0B: {dob_dots}   Add ress: {address} {postcode}",
        "hi this is {first_lower} {last_lower} calling about my mum um her number is {phone} thanks bye",
        "Interpreter's summary (BSL): {first} says the carers don't face her when they talk so she can't lipread; her sister {first2} usually interprets.",
        "Minutes. Present: {first}, {first2}, {first3} and {full} (support worker). {first} chaired.",
        "Sign in: {full} - 1 cuppa, {first2} {last2} - first time, {first3} (cared for) - squash",
        // Relatives, staff and the ways names are written
        "please help my mother she name {full} she have pain in leg, she not speak english, my phone {phone_compact}",
        "MY DAD {FIRST} {LAST} WAS LEFT IN HIS CHAIR ALL NIGHT",
        "PLEASE PHONE ME {FULL} ON {phone} ABOUT MY HUSBANDS CARE",
        "my nan {first_lower} {last_lower} has been waiting since june for a review",
        "My key worker {first}-{first2} {last} is brilliant with my son.",
        "Mrs {last}-{last2} (my mother-in-law) was discharged without a care package.",
        "{first} ap {first2} runs the chapel lunch club on a Thursday.",
        "Everyone calls her Nanna {first}, she has been at the home nine years.",
        "Assessment done by J. {last} (social worker) and {first} (OT).",
        "the night staff ({first} and {first2}) were rude to my dad",
        "Signed by {first} {last} on behalf of {title} {last2}",
        "Thx {first} xx",
        "Cllr {last} said he would raise it at the meeting.",
        "Sister {last} on the ward was the only one who listened.",
        "Nurse {first} from the district nurses came twice that week.",
        "Auntie {first} and Uncle {first2} take turns to sit with him.",
        "{last}, {first} - unpaid carer for her brother",
        "I'm writing about Mr {full}'s care at home.",
        "the lady from the agency (think her name was {first}?) never came back",
        "Ask for {first} or {first2} at the front desk, not {first3}.",
        "pls ring {first_lower} on {phone} after 6",
        "{FIRST}!!! thank you for everything you did for mum",
        "Re: {full} (Mr), DOB {dob_slash}, NHS {nhs_compact}",
        // Identifiers in the ways people type them
        "you can email me at {email_obfuscated} as I don't answer unknown numbers",
        "my son's email is {email_wide}",
        "National Insurance No {ni} (for the carers allowance)",
        "NINO:{ni_compact}",
        "NHS Number {nhs_spaced}, hospital no. unknown",
        "her nhs no is {nhs_dots} if that helps",
        "we live in {postcode_hyphen} and the bus doesn't come any more",
        "D.O.B. {dob_dots}",
        "Mum's date of birth: {dob_words}.",
        "Please refund to acc no {account} s/c {sort} in the name of {full}.",
        "ASC case no: {case}",
        "The carer parks her car {reg_lower} on our grass every morning.",
        "call me on {phone_slash} or {phone_intl}",
        // Addresses
        "I'm in Room {n}, {house} Wing, and the call bell takes ages.",
        "He moved from {address} to {n}a {house} Mews in the spring.",
        "send the forms to The Old {house}, Bulphan {postcode} please",
        "Flat {n} {address} {postcode}",
        "we're at {n} Dockside now, the council moved us",
        "{house} Farm Cottages no {n}, down the lane past the church",
        "Please send the form to:\nMrs {full}\nFlat {n}, {house} Court\n{address}\n{postcode}",
        "my address is {n} {house} Clsoe not Court, letters keep going astray",
    ];

    public static readonly string[] LookAlikes =
    [
        "The {keep:Macmillan} nurse came out on {keep:Tuesday}.",
        "Mum's {keep:Alzheimer's} is getting worse and dad's {keep:Parkinson's} too.",
        "She uses a {keep:Zimmer} frame and a {keep:Sara} Stedy to stand.",
        "We went to the {keep:Marie Curie} drop-in at {keep:Corringham} library.",
        "The {keep:Stannah} stairlift broke in {keep:August} and nobody came.",
        "His {keep:Down} syndrome was not taken into account at the review.",
        "My son has {keep:Asperger's} and the {keep:Warden} doesn't understand him.",
        "{keep:Will} anyone actually answer the phone this time?",
        "The {keep:Bill} came to £340 for {keep:March} alone.",
        "{keep:Grays} library has a carers group on {keep:Fridays}.",
        "The minibus from {keep:Chadwell St Mary} never comes on time.",
        "The {keep:Matron} at the home in {keep:Stanford-le-Hope} was very good.",
        "We were sent to {keep:Purfleet} instead of {keep:Aveley}.",
        "The {keep:Crossroads} sitting service was a lifeline for us.",
        "The {keep:Leonard Cheshire} home was fully booked.",
        "She spent her last weeks at the {keep:Sue Ryder} hospice.",
        "{keep:Barnardo's} ran the young carers group until the funding stopped.",
        "Dad has {keep:Huntington's} and needs two carers.",
        "I can't walk far since the {keep:Guillain-Barre}.",
        "{keep:May} I ask why nobody rang back?",
        "Our {keep:Chaplain} visited on {keep:Wednesday}.",
        "She fell at {keep:Lakeside} and the ambulance took four hours.",
        "The {keep:Kenningtons} community centre still has a lunch club.",
        "The {keep:Shared Lives} scheme in {keep:Badgers Dene} matched him well.",
        "My {keep:Direct Payments} were stopped in {keep:June} without a letter.",
        "Outpatients at {keep:Orsett} Hospital were kind.",
        "The {keep:Reablement} team were brilliant for six weeks.",
        "{keep:Motability} took the car back before the new one came.",
        "The {keep:Samaritans} helped when the {keep:Mental Health} team didn't.",
        "The {keep:Team Manager} never replied to my emails.",
        "The {keep:Occupational Therapist} is coming on {keep:Monday}.",
        "Mum was moved to {keep:Nightingale} ward overnight.",
        "It takes two buses from {keep:Tilbury} to {keep:Grays}.",
        "There's no {keep:Hope} of a bed before {keep:Christmas}, they said.",
        "{keep:Frank} talk from the social worker at last, thank you.",
    ];

    /// <summary>
    /// Unlisted first names, chosen by the set's author and checked by program absent from every list in <c>seeds/names</c>
    /// and from every other set: older English, Scottish Gaelic, Welsh, Irish, Romani, Pakistani, Bangladeshi, Punjabi,
    /// Gujarati, Tamil, Kenyan, Ugandan, Eritrean, Tanzanian, Zulu, Yoruba, Ijaw, Ghanaian, Ewe, Sierra Leonean, Gambian,
    /// Caribbean, Polish, Lithuanian, Bulgarian, Ukrainian, Hungarian, Italian, Spanish, Maltese, Greek, Persian, Arabic,
    /// Kurdish, Chinese, Thai, Malay and Filipino naming, and nicknames ("Ginny", "Krzyś", "Joyjoy").
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Ethelbert", "Athelstan", "Oswin", "Hereward", "Obadiah", "Jethro", "Ethelinda", "Tryphosa", "Dinah", "Ginny",
        "Dughall", "Ùisdean", "Giorsal", "Seòras", "Dolina", "Johanina",
        "Ceridwen", "Taliesin", "Gwyndaf", "Arwel", "Branwen", "Heddwyn", "Elystan", "Ifor",
        "Fachtna", "Ultan", "Éanna", "Neasa", "Proinsias", "Tiarnán",
        "Sinfai", "Gentilia", "Vadoma", "Mireli", "Simza", "Jofranka",
        "Rukhsar", "Sajjad", "Zulfiqar", "Basharat", "Shelina", "Ruhul", "Bhupendra", "Charanjit", "Thayalan", "Parmjit",
        "Shantaben", "Jyotsna", "Nirmaljit", "Lutfunnessa", "Mokbul",
        "Merhawit", "Njeri", "Wambui", "Babirye", "Mugisha", "Neema", "Rehema", "Muthoni", "Chebet", "Mbali", "Thandiwe",
        "Feyisara", "Efia", "Fatmata", "Isatu", "Mariatu", "Ndey", "Ousman", "Ibukun", "Moyinoluwa", "Tamunotonye", "Makafui",
        "Claudette", "Eulalee", "Icylin", "Roydel", "Winsom", "Dezrene", "Beverlene", "Shernette",
        "Dobrosława", "Vidmantas", "Jolita", "Šarūnas", "Penka", "Nadiya", "Erzsébet", "Ildikó", "Krzyś", "Bożenka", "Egidijus",
        "Veselina", "Bilyana",
        "Nunzia", "Milagros", "Censu", "Pawlu", "Inmaculada", "Stamatia", "Argyro",
        "Farideh", "Parvaneh", "Shahla", "Mehrdad", "Fereshteh", "Houshang", "Mojgan", "Ardeshir", "Bijan",
        "Suad", "Yazan", "Fadwa", "Lubna", "Ahlam", "Abdelhak", "Zoubida", "Fatiha", "Nêçîrvan",
        "Guofeng", "Qiuyue", "Chunhua", "Hongmei", "Kulap", "Jintana", "Waraporn", "Benjawan", "Hamidah", "Maricris", "Jennalyn",
        "Joyjoy",
    ];

    /// <summary>Unlisted surnames, checked the same way: compound, with particles (Ó, Ní, Mac, Mag, bin, van, Abu) and of the same origins.</summary>
    public static readonly string[] UnlistedLast =
    [
        "Clutterbuck", "Greatorex", "Birtwistle", "Marjoribanks", "Bulstrode", "Tuckwell", "Chaffey", "Pettifer", "Kettlewell",
        "Nettleship", "Honeysett", "Winterflood", "Goodhew", "Threadgold", "Snazell",
        "MacLeòid", "MacCrimmon", "MacNeacail", "MacFhionnlaigh", "Gwatkin", "Meredydd", "Llwyd", "Prytherch", "Bowdler",
        "Ó hAodha", "Mag Uidhir", "Ó Cinnéide", "McGillycuddy", "Ní Mhaoldomhnaigh", "Mac Conmara", "Ó Flannabhra", "Ní Chiaráin",
        "Pidgeley", "Dužda", "Laskar", "Radia", "Kumarasamy", "Thangarajah", "Rasiah", "Jayasekara", "Rajapaksha",
        "Ezenwa", "Amankwah", "Bojang", "Sanneh", "Gelle", "Odhiambo", "Onyango", "Wanyama", "Ssemwogerere", "Namutebi", "Kiggundu",
        "Brzozowska", "Zawadzka", "Rimkutė", "Jonaitienė", "Grigonis", "Petkova", "Christodoulou", "Antoniades", "Agius", "Xuereb",
        "Farahani", "Khorasani", "bin Salleh", "Nasrallah", "Abu-Zeid", "Wongsakul", "Rattanakorn", "van Wyk", "bin Yusof",
    ];
}
