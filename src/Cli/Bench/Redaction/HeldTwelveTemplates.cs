namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The twelfth held set (<c>bench redaction --held12</c>), written in stop 26 (6 December 2026) by an engineer who had read
/// neither the redactor (<c>src/Ingest/Redaction</c>, <c>seeds/redaction</c>, its tests) nor the fourth to eleventh held
/// sets. Its sentences are shaped like the papers and messages an adult social care team is sent: a reablement discharge
/// summary, an Ombudsman decision quoted, an IMCA report, a best-interests minute, a capacity note, an appointee's letter,
/// a carer's assessment form, an extra-care log, a rota pasted as text, a text thread, a voicemail typed up, a solicitor's
/// letter, a parish newsletter, a church visitor's note, a Facebook post, a discharge-to-assess letter, a handyperson job
/// sheet, a telecare log, a council tax query, a tenancy note, a young carer, an interpreter, a release plan, a dementia
/// café card, Welsh-English and Scots. Street addresses are mostly planted literals (<c>{address=…}</c>, see
/// <see cref="PlantedSet"/>) written as people type them: lower case, "rd", "cl", "gdns", typos, no street word, "no. 14",
/// the number after the street, flats, rooms, house names, several lines. Never tuned on: <c>--misses</c> refuses it.
/// </summary>
public static class HeldTwelveTemplates
{
    public static readonly string[] Templates =
    [
        // Reablement, hospital and health letters.
        "Reablement discharge summary: {full} discharged from the service today, all goals met. Key worker: {first2}.",
        "Discharge to assess (pathway 1): {full}, DOB {dob_dots}, NHS {nhs_spaced}, home to {address} with four calls a day.",
        "Re: {title} {last}, NHS no {nhs_dots} - please note the patient's new address is {address=Flat 6, Kynoch Court, Dock Approach Rd}.",
        "The ward sister ({first}) told us dad would go home Friday but the transport never came.",
        // Ombudsman, advocacy, capacity and best interests.
        "The Ombudsman's decision says the council failed Mrs {last} and must apologise to her son, {first2} {last}.",
        "IMCA report: I met {full} twice at {address=14 the lindens}; she could not tell me where she wanted to live.",
        "Care Act advocate {first} {last} attended the review on behalf of {first2}, who has a learning disability.",
        "Best interests meeting. Present: {full} (social worker), {first2} {last2} (daughter), Dr {last} (GP).",
        "MCA stage 2: {first} could not retain information about her tablets. Assessor: {first2} {last2}, OT.",
        // Money, benefits and paperwork.
        "As appointee for my brother {full} (NI {ni}) I want the charging letters sent to me, not to him.",
        "Please refund the overpayment to sort code {sort}, account {account}, in the name of {full}.",
        "My council tax ref is {case} and my NI number is {ni_compact}, so why has mum's care charge gone up?",
        "Financial assessment for {first} {last}, case {case}: pension paid into a/c {account}, s/c {sort}.",
        "Carer's name: {full}\nCared-for person: {first2}\nRelationship: husband\nDate of birth: {dob_slash}",
        "We act for {title} {full} of {address=The Old Forge, Blackshots Lane}, appointed deputy for her mother's property and affairs.",
        // Logs, rotas and job sheets.
        "Extra care log 03:10: {first} ({address=flat 7}) pulled the cord, found on the floor, son {first2} informed.",
        "Mon 07:30 {first} / 12:15 {first2} / 17:00 {first3} / bed call {first} ... {address=4 Defoe Parade}",
        "JOB SHEET: 2 grab rails fitted at {address=11a Bridge Rd}, client {FULL}, tel {phone}. Fitted by {first2}.",
        "Telecare call 22:41 from {address=Flat 3, Kipling Towers}: {first} fell in the bathroom, responder {first2} went out.",
        "Tenancy sustainment note: {full} at risk of eviction from {address=42 Loewen Rd}; referral made to ASC.",
        "Release plan: {full} leaves HMP on Friday for approved premises at {address=27 Cromwell Road}, personal care twice daily.",
        "Rota shows {first} at 8 but {first2} turned up at 10:40 and left after 12 minutes.",
        // Messages, calls and social media.
        "[14:02] {first}: carer didnt come again\n[14:05] Me: ring the office on {phone}",
        "voicemail: hi its {first_lower} {last_lower} about my dad at {address=twenty two rectory road} can someone call me back on {phone_compact} thanks",
        "anyone else had this with the agency?? my nan {first_lower} waited 3 hrs for her lunch call, inbox me or ring {phone}",
        "Posted in Grays Community Noticeboard: shout out to {first} from the council who got my dad's hoist sorted.",
        "Sent from my iPhone\n\n{full}\n{phone_intl}",
        "text me on {phone_slash} or email {email}, I'm on nights so can't always answer",
        "please email {email_obfuscated} as my post goes to my old address at {address=9 Sandown rd}",
        "My new email is {email_wide} - {first}",
        // Community, church and café.
        "Parish news: get well soon to {first} {last} of {address=Hall Farm Cottages} after her fall.",
        "Visited {first} again (church list). Lives alone at {address=no. 9 sandown rd}, very low, asked me to ring the council.",
        "Lovely afternoon at the dementia café. {first} and {first2} made us so welcome. From {first3} and her husband",
        "Our befriender {first} comes Thursdays and is the only visitor mum gets.",
        // Young carers, interpreters and other voices.
        "i look after my mum after school and do her tablets. my name is {first_lower} {last_lower} and im 13",
        "Interpreter's note: I interpreted (Sylheti) for {title} {last} and her daughter {first2}; booking ref {case}.",
        "Duw, it's been hard see. Mam's up {address=Dell Road, number 14} and the carer only stopped five minutes, ask {first} in the office.",
        "Ma maw {first} bides at {address=14 ockendon rd} an she's been waitin on a carer since Monday, naebody's phoned.",
        "I am living {address=Chantry Crescent 31}, Stanford, and my carer {first} speak Polish, she is very good.",
        "MY DAD {FULL} HAS BEEN LEFT IN BED TILL 11AM, HE LIVES AT {address=12 ST CHADS RD} TILBURY",
        "hi my name is {first_lower} {last_lower} i live at {address=19 hogg lane} grays and i'm still waiting for my carers assessment",
        // Names written the ways people write them.
        "Our social worker is {title} {last}-{last2} and she has been great.",
        "The letter was signed {first} {last} but nobody of that name works there, they said.",
        "{first} ({first2}'s mum) asked me to write this as her eyesight is bad.",
        "Complaint about {title}. {last} - rude on the phone, twice.",
        "ask for {name=Dawn} on the duty desk, she knows the case",
        "the carer {name=Bev} is lovely but the new one {first} is always on her phone",
        "Mrs {LAST} next door has a key.",
        "He calls her Nanny {name=Pat} and she is the only one he'll let wash him.",
        "Thanks to {first} ({name=Jay}) and the team at the day centre.",
        "{first} {last} - daughter, next of kin, LPA for health.",
        "Best wishes,\n{first} {last} (Mrs)",
        "Thanks again,\n{first} & {first2} {last} x",
        // Addresses the ways people write them.
        "I'm at {address=No. 14 Derby Road} (the one with the ramp), please tell the driver.",
        "We are at {address=7 the lindens} and the ambulance couldn't find us.",
        "She lives at {address=23 Lansdwone Raod}, {postcode}.",
        "Send the forms to {address=5 Sycamore cl}, {postcode}, not the old address.",
        "The carer parked across the drive at {address=88 Hamble gdns} again.",
        "We moved from {address=3 laburnum ave} to my daughter's in June.",
        "Please send the form to:\n{full}\n{address=Flat 2, Rookery Court\n19 Heath Road}\nGrays\n{postcode}",
        "Dad is in {address=room 14, first floor} at the home and the buzzer is out of his reach.",
        "Nobody came round to {address=61 Wharf rd} all weekend.",
        "Can the OT come to {address=Pear Tree Cottage, Bulphan Fen} instead of the surgery?",
        "Address: {address}\nPostcode: {postcode_hyphen}",
        "deliver the commode to {address=flat 4b, 2nd floor, 30 Southend Road} please, the lift is broken",
        "Mum lives at {address=156 London rd}, red door opposite the chip shop.",
        "Correspondence c/o {address}, {postcode} until further notice.",
        "They took the wheelchair from {address=Bryn Awel, Rectory Road} and never brought it back.",
        // Identifiers alone or with names.
        "nhs number {nhs_compact}",
        "Mum's DOB is {dob_words} and she has never been this poorly.",
        "d.o.b {dob_dots}",
        "The blue badge is for our car {reg} but the warden still ticketed it.",
        "car reg {reg_lower} keeps blocking the ambulance bay",
        "My case number is {case} and nobody has rung me since.",
        "Daughter {full} {phone} (mobile) or {email}",
    ];

    /// <summary>Words that look like names or addresses and are not: they must survive.</summary>
    public static readonly string[] LookAlikes =
    [
        "We drove over to {keep:Grays} for the carers' group.", "The day centre in {keep:Tilbury} shut in {keep:May}.",
        "{keep:Hope} this helps someone.", "{keep:Will} anyone actually read this?", "The {keep:Bill} for mum's care was wrong again.",
        "The {keep:Parkinson's} nurse was brilliant.", "He has {keep:Down's syndrome} and lives with his sister.",
        "Her {keep:Crohn's} means she can't always get to the day centre.", "Dad was diagnosed with {keep:Lewy body} dementia last year.",
        "My son has {keep:Asperger's} and the assessment didn't take it into account.",
        "The {keep:Macmillan} nurses were wonderful at the end.", "A {keep:Marie Curie} nurse sat with him overnight.",
        "She needs a {keep:Zimmer} frame upstairs as well.", "They used the {keep:Sara Stedy} instead of the hoist.",
        "Carers come {keep:Monday}, {keep:Wednesday} and {keep:Friday} only.", "Nothing has happened since {keep:August}.",
        "The {keep:Nurse} said the bed would be ready by lunchtime.", "The {keep:Team Manager} never replied to my email.",
        "Parking at {keep:Lakeside} is impossible on a Saturday.", "The {keep:High Street} shops have no step-free access.",
        "We waited {keep:45} minutes on hold.", "Mum has {keep:14} visits a week and still no shower.",
        "The number {keep:100} bus doesn't stop near the day centre any more.", "The flat was {keep:28} degrees in the heatwave.",
        "We live in {keep:Chadwell St Mary} and nothing runs after six.", "Transport from {keep:Stanford-le-Hope} was cancelled twice.",
        "The lunch club in {keep:Corringham} is a lifeline.", "Anything in {keep:South Ockendon} for carers?",
        "The bus from {keep:Horndon-on-the-Hill} takes over an hour.", "The library at {keep:East Tilbury} has the forms.",
        "Since moving to {keep:Purfleet} we have had no help.", "She goes to a group in {keep:Stifford Clays}.",
        "The {keep:Care Coordinator} was very helpful.", "{keep:Christmas} was the worst, no carers for three days.",
        "Her {keep:Alzheimer's} has got much worse since the move.", "Every {keep:Tuesday} the carer is late.",
        "CARERS IN {keep:TILBURY} ARE RUN OFF THEIR FEET", "we got the bus to {keep:grays} and back for nothing",
    ];

    /// <summary>
    /// Real first names and nicknames, chosen for this set and checked by program absent from every list in
    /// <c>seeds/names</c> (the English words too) and from every other set: older English, Welsh, Scottish Gaelic, Irish,
    /// Irish Traveller, Polish, Bulgarian, Albanian, Baltic, Hungarian, Greek Cypriot, Portuguese, Turkish, Kurdish, Arabic,
    /// Sudanese, Pakistani, Bangladeshi, Punjabi, Gujarati, Tamil, Nepali, Somali, Eritrean, Kenyan, Ugandan, Malawian,
    /// Zambian, Igbo, Ghanaian, Sierra Leonean, Gambian, Caribbean, Chinese, Japanese, Filipino and Malay.
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Mahala", "Hezekiah", "Shadrach", "Philadelphia", "Hepsibah", "Tirzah", "Ethelwyn", "Cissie", "Tottie", "Sybella", "Wystan",
        "Jabez", "Zebedee", "Osric", "Denzil", "Mabs", "Tinks", "Jools", "Iagan", "Coinneach", "Gilleasbuig", "Mabli", "Rhydian",
        "Berwyn", "Ffraid", "Rhoswen", "Guto", "Macsen", "Osian", "Ailish", "Blánaid", "Damhnait", "Gormlaith", "Ríonach", "Criostóir",
        "Lochlann", "Donnacha", "Nelus", "Dinny", "Siddie", "Bogumił", "Dobrosław", "Basia", "Honorata", "Kunegunda", "Bogusia",
        "Stanka", "Velichka", "Ginka", "Nedelcho", "Vesselin", "Lumturi", "Shpëtim", "Aldona", "Uldis", "Zsuzsanna", "Gyula", "Csilla",
        "Kyriaki", "Stelios", "Glykeria", "Sotiria", "Theofanis", "Agostinho", "Nurhan", "Hacer", "Şükran", "Dilşad", "Hanadi",
        "Maysoon", "Thuraya", "Ikhlas", "Elfatih", "Zahida", "Shamsun", "Rezaul", "Shahjahan", "Anowara", "Hosneara", "Lutfun", "Jubair",
        "Parminder", "Daljit", "Dalvir", "Manjinder", "Tarlochan", "Vimla", "Pravin", "Induben", "Jashoda", "Dhirajlal", "Ratilal",
        "Pushpavathy", "Arulmozhi", "Parameswari", "Thilagavathy", "Mankumari", "Khadga", "Amran", "Abdiqani", "Ruqiya", "Abdiweli",
        "Maxamed", "Tirhas", "Bereket", "Kiprono", "Akello", "Apio", "Nansubuga", "Chikondi", "Mphatso", "Mutale", "Chisomo", "Kondwani",
        "Chidimma", "Okechukwu", "Maame", "Kadiatu", "Jeneba", "Foday", "Ebrima", "Isatou", "Lascelle", "Ethline", "Girlie", "Aldwyn",
        "Lenworth", "Meihua", "Yanping", "Xiuhua", "Weimin", "Yufen", "Deming", "Haruko", "Rodel", "Jennelyn", "Azman", "Norhayati",
    ];

    /// <summary>Real surnames chosen the same way, some with a joining word ("Ó Catháin", "Al-Obeidi").</summary>
    public static readonly string[] UnlistedLast =
    [
        "Ackroyd", "Murgatroyd", "Brearley", "Raistrick", "Littlechild", "Runnacles", "Felgate", "Gawthorpe", "Mutimer", "Leatherbarrow",
        "Cowperthwaite", "Cruttenden", "Fairbrass", "Catchpole", "Honeyball", "Bellchambers", "Quelch", "Moncrieff", "Rintoul",
        "Threipland", "Ó Murchadha", "Ó Catháin", "Cloherty", "Rhydderch", "Meyrick", "Penri", "Gołębiewska", "Rutkowska", "Śliwińska",
        "Żółtowski", "Kwiatkowska", "Koleva", "Hadjimichael", "Loizou", "Neophytou", "Stylianou", "Crolla", "Valvona", "Demirtaş",
        "Al-Obeidi", "Al-Sanabani", "Chughtai", "Pirzada", "Hawlader", "Tapadar", "Gahir", "Panesar", "Gadhia", "Jobanputra", "Morjaria",
        "Unadkat", "Vekaria", "Chandarana", "Ariyaratnam", "Kulasingam", "Sathiyamoorthy", "Thakuri", "Cismaan", "Geedi", "Galaal",
        "Weldemariam", "Asfaha", "Woldu", "Nabukenya", "Njuguna", "Wekesa", "Ochieng", "Kachingwe", "Musonda", "Mulenga", "Adeyinka",
        "Fagbemi", "Sowemimo", "Bamgbose", "Okonjo", "Onuoha", "Onyeama", "Fofanah", "Tarawally", "Darboe", "Manneh", "Czureja", "Rusznyak",
    ];
}
