namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The tenth held set (<c>bench redaction --held10</c>), written in stop 24 (6 December 2026) by an engineer who had read
/// neither the redactor's code (<c>src/Ingest/Redaction</c>, <c>seeds/redaction</c>) nor the fourth to ninth held sets, and
/// never tuned on: <c>--misses</c> refuses it. Its sentences take the shapes adult social care feedback really arrives in:
/// a care home's visitors' book, a community group's thread, a councillor's surgery note, an advocate's or attorney's letter,
/// a voicemail run through speech to text, texts with an agency, an enter-and-view report, an invoice dispute, a carer's
/// assessment form, a young carer's note, a neighbour's worry, a discharge email, an OCR'd paper form, petition and
/// newsletter lines, a pasted Teams chat, "Other (please specify)" answers, house meeting minutes, a rota complaint, words
/// through an interpreter and Easy Read answers; in capitals, in lower case and without apostrophes.
/// </summary>
public static class HeldTenTemplates
{
    public static readonly string[] Templates =
    [
        // Care home visitors' book, community group thread, councillor's surgery.
        "Visitors book, Sun: {first} {last} (granddaughter) 2pm-4pm, came with {first2}.",
        "{first} {last} replied: has anyone else had {first2} from that agency?? she never stays the full half hour",
        "Cllr surgery notes - resident {title} {last} of {address} raised her mums care package, tel {phone}.",
        "Resident ({full}, DOB {dob_dots}) asked me to chase the OT about the bath board.",
        // Advocate, attorney, invoice dispute.
        "I am the Care Act advocate for {full} and write with her consent about her review.",
        "As attorney under a lasting power of attorney for my father, {full}, I was never sent the invoice for ref {case}.",
        "Invoice for {title} {last}, account {account}, sort code {sort}, charges 4 weeks when she was in hospital.",
        "Please refund to sort {sort} acc {account}, name on the account {full}.",
        // Speech to text and texts.
        "voicemail transcript hi its {first_lower} {last_lower} calling about my mum can someone ring me back on {phone_compact} thanks bye",
        "voicemail transcript yeah hello this is {first_lower} from {address} the carer never came again",
        "SMS 09:12 from {first}: hi is {first2} coming today? mum hasnt had her breakfast",
        "Text from {first}: Mum fell again, paramedics here, tell {first2} not to come",
        // Healthwatch, carer's assessment, young carer, neighbour.
        "During our enter and view visit a resident, {first}, told our authorised representative that night staff are rushed.",
        "Q4 Who do you care for? my husband {first}, 81, Parkinsons. NHS no {nhs}",
        "Q7 anything else: {first} is my brother and I do his meds, money and shopping",
        "im {first_lower} im 13 and i help my mum with her tablets before school",
        "I'm worried about my neighbour {full} at {address}, his post is piling up and the curtains never open.",
        "the old boy at {address} {postcode} hasnt been out for weeks, name is {last} i think",
        // Hospital discharge email, OCR'd form.
        "Hi {first},\nPatient: {LAST}, {first2}  DOB {dob_slash}  NHS {nhs_spaced}\nMFFD Friday, POC QDS.\nThanks\n{first3}",
        "Subject: Discharge - {LAST}, {first} - package needed",
        "NAME 0F PERS0N: {FULL}   D.O.B {dob_dots}   P0STC0DE {postcode}",
        // Petition, newsletter, Teams chat, survey "Other".
        "Signed the petition because my gran {first} {last} waited 9 months for a stairlift.",
        "Please keep in your prayers {first} {last}, who has moved into residential care, and her husband {first2}.",
        "[10:42] {last}, {first} (Adult Social Care)\ncan someone pick up the call from {first2}'s daughter re respite",
        "Other (please specify): my PA {first} left and the agency sent a man I didnt know",
        "Other (please specify) - {first_lower} the carer is the only one who reads the notes",
        // Complaint response quoted back, house meeting, rota.
        "Your letter said \"{title} {last} has apologised for the missed calls\" but nobody apologised to me.",
        "Present: {first}, {first2}, {first3} (tenants), {full} (support worker). Apologies: none.",
        "Rota for w/c 3rd: Mon {first}, Tue {first2}, Wed nobody again!!",
        "Team leader {first} {last} told me to stop complaining.",
        // Interpreter, Easy Read, voices of family.
        "Via interpreter: Mrs {last} says her son {first} does all the talking at appointments and she wants her own worker.",
        "My mother {full} she no speak English, I am {first2} her son, please call {phone}.",
        "My name is {first}. I like my home. I do not like it when {first2} shouts.",
        "big thanks to {first_lower} and {first2} on the early shift xx",
        "theres a lad called {first} at the day centre who picks on him",
        "{first} (the Tuesday carer) is a diamond.",
        "{first}s mum rang twice and {last}s office never answered",
        "WHY HAS NOBODY FROM THE COUNCIL RUNG {FULL} BACK",
        "MY DAD {FIRST} HAS BEEN WAITING SINCE JULY",
        "{title} {last} from brokerage said the package would start on Monday.",
        "Dad ({full}, born {dob_words}) has had three falls since August.",
        // Identifiers as people type them.
        "Flat {n}, {house} House\n{address}\n{postcode}",
        "{house} House {address} - the side door not the front.",
        "they left her at {address} {postcode} with no key safe",
        "my email is {email} or text {phone}",
        "email me at {email_obfuscated} as I dont want spam",
        "She gave the assessor her national insurance, {ni}, and still got the wrong form.",
        "NINO:{ni_compact}",
        "his nhs number {nhs_compact} is on the letter",
        "The carers car {reg} is always on the grass verge.",
        "reg was {reg_lower}, blue fiesta",
        "Re your ref {case} - still waiting.",
        "Postcode is {postcode_hyphen} if the driver needs it",
        "Her daughter lives abroad, call {phone_intl}",
        "Tel {phone_slash} (ask for {first})",
        "Write to {email_wide} not the old address",
        "nhs no. {nhs_dots}",
        // Sign-offs.
        "Kind regards\n{first} {last}\nDaughter and LPA",
        "Thanks again\n{first} x",
        "Yours sincerely,\n{title} {full}",
    ];

    /// <summary>Words that are names elsewhere, places of the gazetteer, services, charities, equipment and conditions named after people, days, months and job titles: all must stay.</summary>
    public static readonly string[] LookAlikes =
    [
        "We went to {keep:Lakeside} on the bus and the driver was kind.", "The {keep:Marie Curie} nurses came at night at the end.",
        "Her {keep:Parkinson's} tablets have to be on time.", "Mum has {keep:Lewy body} dementia and gets frightened in the evenings.",
        "The {keep:Zimmer} frame they gave her is too tall.", "We were given a {keep:Sara Stedy} but no one showed the carers how to use it.",
        "The {keep:Stannah} engineer came out on a {keep:Saturday}.", "{keep:Will} the council pay for it or not?",
        "{keep:Hope} this helps someone else in the same position.", "{keep:Grace} and dignity is all we ask for.",
        "{keep:Patience} is running out in this house.", "The {keep:Deputy Manager} said it was being looked into.",
        "The {keep:Matron} on {keep:Heather} Ward was brilliant.", "We got help from {keep:Sue Ryder} hospice at home.",
        "{keep:Barnardo's} ran the young carers group.", "The {keep:Macmillan} nurse was the only one who explained anything.",
        "She has {keep:Alzheimer's} and lives in {keep:Chafford Hundred}.", "The library in {keep:Stanford-le-Hope} has a memory cafe on {keep:Wednesday}s.",
        "A taxi from {keep:Horndon-on-the-Hill} to {keep:Orsett} costs a fortune.", "The {keep:Kylie} sheets were not changed for days.",
        "A {keep:Brokerage Officer} rang on {keep:Tuesday}.", "{keep:Bill} for {keep:March} was wrong again.",
        "{keep:Will} someone in {keep:Tilbury} please answer the phone.", "We use the {keep:Hoyer} hoist twice a day.",
        "{keep:Crohn's} means he needs the toilet quickly and the carers don't wait.", "{keep:Leonard Cheshire} runs the supported living in {keep:Aveley}.",
        "{keep:Sunny} days are fine but in winter she can't get out.", "The {keep:Approved Mental Health Professional} came with the police.",
        "Ward {keep:Sister} said he could go home on {keep:Friday}.", "{keep:Dawn} visits are too early for him.",
        "Her {keep:Huntington's} means she needs two carers now.", "The {keep:Shaw Trust} helped him back into work.",
        "{keep:Grays} hall was freezing for the carers group.", "{keep:Faith} groups in {keep:Corringham} do more than the council.",
        "The {keep:Care Navigator} told us to ring {keep:Age UK}.", "{keep:Frank} answer please: who is paying for this?",
    ];

    /// <summary>
    /// First names missing from every list in <c>seeds/names</c> (the English words too) and from every other set, checked by
    /// program: Scottish, Welsh, Irish, Polish, Latvian, Lithuanian, Bulgarian, Albanian, Portuguese, Italian, Greek Cypriot,
    /// Turkish, Arab, Yoruba, Igbo, Edo, Hausa, Ghanaian, Somali, Eritrean, Ethiopian, Kenyan, Ugandan, Shona, Caribbean,
    /// Pakistani, Bangladeshi, Punjabi, Gujarati, Tamil, Chinese, Filipino, Māori, Romany, and nicknames ("Tez", "Mags", "Bexy").
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Lilias", "Grizel", "Gormelia", "Iomhar", "Cerian", "Emyr", "Nesta", "Olwen", "Alaw", "Gwenfair", "Eirwen", "Gwynfor", "Tegid",
        "Tecwyn", "Seosamh", "Brídín", "Bairbre", "Íde", "Feidhlim", "Donnchadh", "Cáit", "Krzesimir", "Teodozja", "Sławomir", "Marzanna",
        "Ziemowit", "Zosia", "Przemo", "Indulis", "Regimantas", "Tsvetomir", "Dimitrinka", "Ardita", "Fernão", "Natércia", "Gracinda",
        "Arcangelo", "Eleftheria", "Chrysanthi", "Kleanthis", "Pambos", "Saadet", "Hussam", "Ghada", "Rawan", "Haneen", "Tahani",
        "Ijeoma", "Bilkisu", "Oluwabunmi", "Nkiruka", "Oluchi", "Nosa", "Esohe", "Jumoke", "Uzoamaka", "Ngozika", "Ismahan", "Muuse",
        "Sahro", "Mebrat", "Tsehay", "Berhan", "Wanjiru", "Akinyi", "Nakato", "Wairimu", "Achieng", "Nyambura", "Atieno", "Shingai",
        "Nyarai", "Fitzroy", "Veneta", "Ishtiaq", "Shamaila", "Moyna", "Kamrun", "Ruksana", "Abul", "Mosabbir", "Balvinder", "Pritpal",
        "Kirandeep", "Bhikhu", "Dipakbhai", "Manjula", "Vasantben", "Jashvant", "Pravinchandra", "Murugesu", "Vanitha", "Yogarani",
        "Lorelie", "Xiaofeng", "Ngaio", "Siddy", "Trainette", "Tez", "Mags", "Titch", "Bexy", "Dazzer",
    ];

    /// <summary>Surnames missing from every list and every other set: older English and Essex, Scottish, Welsh, Irish, Channel Islands, and the origins above, with particles (ab, Mac, Nic, Ó, de, bin, Al-) and one double-barrelled.</summary>
    public static readonly string[] UnlistedLast =
    [
        "Shufflebottom", "Quickfall", "Copperwheat", "Chittock", "Pegrum", "Steggles", "Thurkettle", "Rudrum", "Pettican", "Pryke",
        "Fortescue-Brickdale", "Wolstenholme", "Tattersall", "Rookledge", "Sheepwash", "Ketteridge", "Frostick", "Tebbutt", "Doubleday",
        "Mussett", "Pilbeam", "Chiltern", "Hatherley", "Ashburnham", "Tredinnick", "ab Owain", "MacAlister", "Mac Lochlainn", "McIlhagga",
        "Ó Tuathail", "Nic Craith", "de Gruchy", "de Sausmarez", "bin Rashidi", "bin Zulkifli", "Al-Rawi", "Al-Samarrai", "Brzezińska",
        "Kościelniak", "Chrzanowska", "Przybyszewska", "Roszkowska", "Vaičiulis", "Cârstea", "Lupescu", "Gergova", "Dragneva", "Çollaku",
        "Karahasan", "Dağdelen", "Kyprianou", "Haddadin", "Zoabi", "Oyenuga", "Uzoma", "Ezeokafor", "Odukoya", "Onwuzurike", "Oyinloye",
        "Ogunyemi", "Kpodo", "Cabdullaahi", "Chidzambwa", "Wafula", "Ssempala", "Otieno", "Ratnasingam", "Sivalingam", "Thurairajah",
        "Arulanandam", "Gudka", "Jethwa", "Karia", "Shikder", "Mazumder", "Sadozai", "Ghataura", "Bunnag", "Kapitány", "Daróczi",
    ];
}
