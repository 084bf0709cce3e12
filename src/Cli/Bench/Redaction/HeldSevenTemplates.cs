namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The seventh held set (<c>bench redaction --held7</c>), written in stop 21 (6 December) by an engineer who had read neither
/// the redactor's code nor the fourth, fifth and sixth held sets, and never tuned on. The templates vary the shape of the text
/// rather than the sentence: a letter to an MP forwarded on, a review on a care-rating site, third-person visit notes, phone
/// logs with times, a carer's diary, a family chat pasted in, a card, handwriting read by OCR, bullet lists, "Name – role"
/// tables, e-mail headers, @mentions, names in brackets and quotes, Chinese (family name first) and Spanish (two surnames)
/// order. The names are in no list of <c>seeds/names</c> and in no other set (<c>HeldSevenSetTests</c>).
/// </summary>
public static class HeldSevenTemplates
{
    public static readonly string[] Templates =
    [
        // Letters to and from an MP or councillor.
        "Forwarded by the MP's office on behalf of their constituent {full}: her mother has waited since the spring for an assessment.",
        "Dear Councillor, I write on behalf of my constituent {title} {last} of {address}, {postcode}, whose case ({case}) has not moved in months.",
        "My MP passed this on to you, so please reply to me ({full}) and not to him.",
        // Reviews on a care-rating site.
        "2 stars. Posted by {first} {last} on a care-rating site: the manager {first2} never rang me back.",
        "Reviewed by {first} (daughter of a resident): staff kind but always rushed.",
        // Third-person notes of a home visit.
        "Home visit: {first} seen at home with her son {first2}, says the morning call is often missed.",
        "Visited {title} {last} at home. Daughter ({first2}) present throughout. {title} {last} reports two falls since the last review.",
        "SW note: {first} {last} ({dob_slash}) lives alone at {address}. Nephew {first2} visits at weekends.",
        // Phone logs with times.
        "10:42 rang {first} re missed visit, no answer, left msg on {phone}.\n11:15 {first} rang back, upset, wants a manager.",
        "14:05 call from {full} ({phone_compact}) re her dad's care package, passed to duty.",
        "09.30 - tried {first2} {last} on {phone_intl}, voicemail full",
        // A carer's diary.
        "Mon - {first} came at 7.40, rushed, didn't put his cream on.\nTue - nobody till 10. Rang {first2} at the office.",
        // A family group chat pasted in.
        "[09/11, 19:02] {first}: has anyone rung the council\n[09/11, 19:04] {first2} {last}: yes they said Tuesday",
        "{first}: she's had no lunch again\n{first2}: I'll ring them tmrw x",
        // A card and a poem.
        "To {first} and all the girls,\nthank you for the singing and the tea,\nlove always, {first2} x",
        "Dear {first},\nwords cannot say how grateful we are.\nThe {last} family",
        // Handwriting read by OCR.
        "my carer {first_lower}\nis very good but the oth-\ner one {FIRST2} does not\nwash her hands",
        "Nam e: {full}\nAddr ess: {address}\n{postcode}",
        // Lists and tables.
        "Who we spoke to:\n- {full} (social worker)\n- {first2} at the day centre\n- Dr {last2}",
        "{full} \u2013 key worker\n{first2} {last2} \u2013 team leader\n{first3} \u2013 driver",
        // E-mail headers and @mentions.
        "From: {full} <{email}>\nTo: Adult Social Care\nCc: {first2} {last2}\nSubject: Re: Mum's care package",
        "@{first} can you ring mum back pls, @{first2} said you'd have the number",
        "cc @{first_lower}.{last_lower} on this one, she knows the family",
        // Initials for staff, names in brackets and quotes, possessives.
        "JT said the referral went in, but {first} at the hub says it never arrived.",
        "The new carer (\"{first}\") doesn't speak to him at all.",
        "His keyworker ('{first} {last}') moved on in {keep:May} and nobody told us.",
        "{first} {last}'s wife rang me in tears.",
        "According to {first}'s daughter, the night carer slept on the sofa.",
        "As {first} {last} (my late husband's sister) put it, \"they just don't care\".",
        "Mum calls her carer 'little {first}' because there are two of them.",
        "{first}, {first2} & {first3} from the reablement team were amazing",
        // Family name first, two surnames.
        "Her son, {last} {first}, translates for her at every visit.",
        "My neighbour {first} {last} {last2} does her shopping now.",
        // Lower case from phones, all capitals.
        "hi its {first_lower} mums carer, she needs more hours ring me {phone}",
        "so i told {first_lower} {last_lower} from the council we cant cope any more",
        "MY DAD {FIRST} {LAST} DOB {dob_slash} HAS BEEN LEFT WITHOUT CARE FOR A WEEK",
        // Identifiers as people type them.
        "Re: {first} {last} - DOB {dob_dots} - NHS {nhs_spaced}",
        "Your ref {case}, my mum's nhs no is {nhs_compact}",
        "Direct debit from acc {account} s/c {sort} was taken twice for her care charges.",
        "Her NI no. is {ni_compact} if you need it for the financial assessment.",
        "the carer parks her car ({reg_lower}) on the grass verge every morning",
        "Flat {n}, {house} House, {postcode_hyphen} - please send letters there, not to mum's old flat.",
        "email me at {email_obfuscated} not the old one",
        "my son abroad is on {phone_intl} (WhatsApp), ring {phone_slash} otherwise",
        "born {dob_words}, NHS number {nhs_dots}, NI {ni}",
        // Sign-offs in other languages.
        "Diolch yn fawr,\n{first} {last}",
        "Shukran,\n{first} ({first2}'s daughter)",
    ];

    public static readonly string[] LookAlikes =
    [
        "The {keep:Macmillan} nurse came twice and then stopped.", "{keep:Marie Curie} nurses sat with him at night.",
        "The {keep:Alzheimer's} cafe in {keep:Tilbury} is a lifeline.", "He has {keep:Parkinson's} and the carers don't understand it.",
        "Her {keep:Crohn's} flares up when meals are late.", "The {keep:Down's} syndrome group in {keep:Corringham} has closed.",
        "Mum's {keep:Huntington's} means she needs two carers.", "{keep:Asperger's} isn't an illness, please train the staff.",
        "The {keep:Samaritans} were more help than the council.", "The {keep:Red Cross} lent us a wheelchair.",
        "We got help from {keep:Citizens Advice} in {keep:Aveley}.", "The {keep:Salvation Army} brought a food parcel.",
        "We drove to {keep:Stanford-le-Hope} for the hearing test.", "{keep:Chadwell St Mary} library has the only drop-in.",
        "{keep:West Thurrock} surgery won't register him.", "{keep:Horndon-on-the-Hill} has no bus after six.",
        "{keep:Lakeside} is the only place she can walk safely.", "{keep:Fobbing} is too far out for the carers, they said.",
        "{keep:Orsett} clinic moved and nobody told her.", "Every {keep:Wednesday} the bath nurse cancels.",
        "From {keep:August} to {keep:October} no one reviewed her plan.", "{keep:Friday} calls are always late.",
        "We paid the {keep:bill} and still got a reminder.", "{keep:Bill} after bill arrived for her care.",
        "I {keep:will} not stop complaining until it is fixed.", "{keep:Hope} is all we have left.",
        "{keep:Ramadan} meals were not respected by the agency.", "{keep:Eid} was spent alone because the carers didn't come.",
        "{keep:Shabbat} visits are hard for the family.", "{keep:Inshallah} they will sort it this time, mum said.",
        "{keep:Sister} said he could go home on {keep:Monday}.", "{keep:Nurse} told us to wait in the corridor.",
        "She reads {keep:Urdu} but every letter came in English.",
    ];

    /// <summary>
    /// First names in no list of <c>seeds/names</c>: Arabic and Hebrew-origin names in several transliterations, Chinese,
    /// Icelandic and Norwegian, Welsh, Scottish and Irish Gaelic, Igbo, Pakistani, Caribbean, a Polish nickname,
    /// Catalan and Basque (some of them places too: Montserrat, Begoña, Itziar, Leire).
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Muhannad", "Mohannad", "Ghufran", "Thamer", "Thamir", "Nawwaf", "Shaimaa", "Shaymaa", "Ebtisam", "Abdulilah", "Abdelilah",
        "Moataz", "Mutaz", "Ruqayyah", "Roqaya", "Hadeel", "Taghreed", "Taghrid", "Wijdan", "Wejdan", "Khouloud", "Kholoud",
        "Sundus", "Abdulwahhab", "Abdelwahab", "Ruwaida", "Ruwaydah", "Qusay", "Qusai", "Ghaith", "Ghayth", "Noorulhuda", "Nurulhuda",
        "Yehoshua", "Gittel", "Faiga", "Yitzchak", "Yitzhak", "Tzipora", "Shlomit", "Yehudit", "Avrohom", "Menachem", "Rivkah",
        "Bracha", "Brocha", "Shmuel", "Yisroel", "Tzvi", "Elisheva", "Pinchas", "Pinchus", "Yocheved", "Mordechai",
        "Xiuqin", "Meixiu", "Shufen", "Xiaoming",
        "Dagbjört", "Ástríður", "Guðrún", "Þórdís", "Sigríður", "Hrafnhildur", "Snæbjörn", "Bergþóra", "Torbjørn", "Ingebjørg", "Hjördís",
        "Meirion", "Gwenhwyfar", "Dwynwen", "Ieuan", "Cynan", "Llŷr", "Siân", "Tudur",
        "Eachann", "Ciorstaidh", "Raonaid", "Iseabail", "Dòmhnall", "Tormod", "Uilleam", "Saibh", "Bébhinn", "Fiachra",
        "Chinenye", "Ukamaka", "Nkechinyere", "Ogechukwu",
        "Zubaida", "Naheed",
        "Cleon", "Delcita",
        "Krzysiu",
        "Montserrat", "Begoña", "Itziar", "Leire", "Arantxa", "Iñaki",
    ];

    /// <summary>
    /// Surnames in no list: with apostrophes (O'…, D'…, N'…, Dell'…), Arabic in two transliterations, Hebrew, Igbo and Yoruba,
    /// Punjabi, Maltese, Polish, Greek, English, Chinese (two-syllable family names), Icelandic patronymics, Basque double
    /// surnames, Irish and Scottish Gaelic, Sri Lankan and Eritrean.
    /// </summary>
    public static readonly string[] UnlistedLast =
    [
        "N'Diaye", "Dell'Olio", "O'Loingsigh", "D'Oyly", "O'Cearbhaill", "D'Eyncourt", "O'Dálaigh", "O'Tuama",
        "Al-Dulaimi", "Al-Zubaidi", "Al-Zubaydi", "Abu-Ghazaleh", "Al-Jaburi", "Al-Juburi", "Al-Ubaidi", "El-Masry",
        "Grynszpan", "Rosenzweig", "Katzenellenbogen",
        "Ogundeji", "Nwachinemere", "Oyekunle", "Adewuyi", "Nwaogu", "Obiechina",
        "Tiwana", "Sciberras", "Gwiazdowska", "Przybyłowski", "Złotnicka", "Papadopoulou",
        "Pennyfeather", "Zhuge", "Duanmu", "Shangguan",
        "Sigurðardóttir", "Guðmundsson", "Þórhallsdóttir", "Kristjánsdóttir", "Ólafsdóttir", "Hreinsdóttir",
        "Zubizarreta Etxeberria", "Urquijo Goikoetxea", "Ibarretxe Agirregabiria", "Aizpurua Gaztelumendi",
        "MacIlleathain", "NicDhòmhnaill", "Ó Ceallacháin", "Ó Raghallaigh", "Mac Fhionnlaigh",
        "Abeysekera", "Wickremesinghe", "Ghebreyesus",
    ];
}
