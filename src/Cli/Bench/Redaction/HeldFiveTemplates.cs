namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The fifth held set (<c>bench redaction --held5</c>): written in stop 20 (6 December 2026) by an engineer who had not read
/// the redactor's code, its word lists in <c>seeds/redaction</c>, its tests or any <c>--misses</c> output; measured once in
/// stop 20 (names 0.940 / 0.936 at seeds 9 / 11), then read and tuned on in stop 21.
/// </summary>
/// <remarks>
/// The names are real names absent from every list in <c>seeds/names</c> (the English words too; the whole name and each
/// word of it apart from particles such as "van", "ap", "al", with and without accents) and from every other set; the
/// planted set draws them one in four, the rest from the listed quarter as the other held sets do.
/// </remarks>
public static class HeldFiveTemplates
{
    /// <summary>
    /// Feedback in the shapes it reaches adult social care: complaint letters, texts, emails passed on by staff, staff case
    /// notes, Our Voice minutes, voicemail transcripts, survey answers naming carers, agency staff, social workers and GPs,
    /// greetings and sign-offs; lower case and capitals; names starting a sentence, inside it and in lists; double-barrelled
    /// names and names with particles ("van", "de", "al-", "bin", "ap"); and identifiers through the bench's slots.
    /// </summary>
    public static readonly string[] Templates =
    [
        // Complaint letters
        "Dear Sir or Madam, I wish to complain about the care my mother, {title} {full}, received from the reablement service.",
        "I raised this with {first} {last}-{last2} in the complaints team and was promised a reply within ten working days.",
        "Your letter of 3 March, signed by {title} {last}, Head of Service, does not answer one of my points.",
        // Text messages
        "hiya its {first_lower} from no 12, mums carer didnt turn up again 2day",
        "carer {first_lower} was lovely but only stayed 10 mins x",
        "pls can sum1 ring me back on {phone_compact} re my dad",
        // Emails passed on by staff
        "Forwarded on behalf of {title} {last}, who rang the front desk: nobody has been out to see his wife since the summer.",
        "FW: complaint from {full} ({email}), passed on by {first2} at the contact centre.",
        // Case notes written by staff
        "Spoke to {title} {last}'s son {first} by phone; he says his mother is not eating and the tea call is often missed.",
        "Home visit with {first} {last}. Daughter {first2} present throughout. Agreed to review the package in four weeks.",
        "Telephone call from {full}'s niece, who states the agency carers arrive late and leave early.",
        "SW {first} {last} to follow up with the GP, Dr {last2}, about the medication.",
        // Our Voice minutes
        "Present: {full} (Chair), {first2} {last2}, {first3}\nApologies: none",
        "Action: {first} to chase the OT referral and report back at the next Our Voice meeting.",
        "{first} {last} said the leaflets are too hard to read and asked for an easy read version.",
        // Voicemail transcripts
        "Voicemail: hello it's {full_lower} calling about my husband's direct payment could someone call me back on {phone} thank you",
        "[Voicemail] Hi, this is {first} ringing again for {title} {last} at flat {n}, she's had no carer since Tuesday.",
        // Survey answers
        "Q: Who helped you most? A: {first} the carer and Dr {last} at the surgery.",
        "Name of carer (optional): {first}",
        "Social worker's name: {full}",
        // Greetings and sign-offs
        "Many thanks and best wishes,\n{first} ({role} to my brother {first2})",
        "Ta ra for now,\n{first_lower}",
        "Hello {first}, I hope you don't mind me writing to you directly.",
        "Morning {first}, just an update on mum since your visit.",
        // Lower case and capitals
        "i have asked {first_lower} {last_lower} from the council three times now",
        "WHY HAS {FIRST} {LAST} NOT BEEN TOLD HIS CARE IS BEING CUT",
        "PLEASE PASS THIS ON TO MRS {LAST} AT THE TOWN HALL",
        // Names at the start, inside, in lists, nicknames
        "{first} never rushes him and always remembers he takes two sugars.",
        "Carers in the last month: {first}, {first2} and {first3}, plus someone from the agency who didn't give a name.",
        "Everyone calls her {first}, but it's {first2} {last} on the rota.",
        "The agency sent {first} {last} and {first2} {last2} on the same visit, which was a first.",
        "Mum's friend {full} from church does her shopping now.",
        "Dr {last} at the health centre referred us months ago and nothing has happened.",
        // Particles
        "My neighbour, {title} van {last}, does more for mum than social services do.",
        "The night carer, {first} al-{last}, stayed an extra hour when mum fell.",
        "Our advocate {first} bin {last} came to the review and made them listen.",
        "{first} ap {last} from the carers' centre helped me fill in the forms.",
        "Mrs de {last} on the front desk at the day centre is always kind.",
        // Identifiers
        "Client: {full}, DOB {dob_words}, NHS {nhs}",
        "Address for correspondence: {address}, Grays, {postcode}",
        "Tel. {phone_intl} / e-mail {email_wide}",
        "NI: {ni}, sort code {sort}, acct no. {account} - for the direct payment",
        "Our ref {case}, please quote it when you reply.",
        "please stop the carers van {reg_lower} parking in the disabled bay",
        "my nhs number is {nhs_dots} and my wifes is {nhs_compact}",
        "Date of birth: {dob_slash}. Postcode {postcode_hyphen}.",
        "{email_obfuscated} or {phone_slash} after 6pm",
        "We're in {house} House (flat {n}) and the lift has been broken for three weeks.",
    ];

    /// <summary>
    /// Words that are names elsewhere, used as words: places of the county and beyond ("Stanford-le-Hope", "Chadwell St
    /// Mary", "Beverley"), roles, months and weekdays, conditions named after people, hospices, charities and hospitals
    /// named after people, and verbs or nouns that are first names starting a sentence; in capitals and in lower case.
    /// </summary>
    public static readonly string[] LookAlikes =
    [
        "We moved him to a care home in {keep:Stanford-le-Hope} to be near his sister.", "{keep:Chadwell St Mary} has lost its only day centre.",
        "The {keep:Corringham} library used to run a memory cafe.", "there is no bus from {keep:aveley} to the hospital after six",
        "{keep:PURFLEET} TO THE DAY CENTRE TAKES TWO BUSES", "Her sister in {keep:Beverley} rings every night to check on her.",
        "He worked in {keep:Preston} for forty years before he moved down here.", "The {keep:Matron} at the home listens and acts.",
        "The ward {keep:Sister} was kind but run off her feet.", "Every {keep:June} the respite beds are fully booked.",
        "{keep:AUGUST} WAS THE LAST TIME ANYONE REVIEWED HIS CARE", "the carers swapped round again on {keep:wednesday}",
        "{keep:April} was when the direct payment stopped without warning.", "Dad's {keep:Huntington's} means he needs two carers now.",
        "She has {keep:Down's syndrome} and loves the music group.", "{keep:Lewy body} dementia was only diagnosed after two years of asking.",
        "{keep:Meniere's} attacks leave her unable to stand.", "He was diagnosed with {keep:Korsakoff's} after years of drinking.",
        "{keep:Addison's} means she must have her tablets on time, and the carers were late.",
        "The nurses from {keep:St Luke's Hospice} were wonderful at the end.", "{keep:Sue Ryder} looked after him in his last weeks.",
        "He lives in a {keep:Leonard Cheshire} home and is happy there.", "We were sent to the {keep:Princess Alexandra Hospital}, miles away.",
        "{keep:Grant} applications for a wet room take far too long.", "{keep:Frank} conversations about money would help us plan.",
        "{keep:Drew} the curtains at four and left him in the dark until morning.", "{keep:Carol} singers from the school came to the home at Christmas.",
        "{keep:Ivy} has grown over the ramp and nobody will cut it back.", "{keep:Faith} groups do more for lonely people round here than the council.",
        "{keep:Chase} up the referral yourself or nothing happens.",
    ];

    /// <summary>
    /// First names no list holds: English (and nicknames), Scottish, Welsh, Irish, Cornish, Polish, Lithuanian, Bulgarian, Igbo,
    /// Ghanaian, Somali, Eritrean, Pakistani, Bangladeshi, Punjabi, Gujarati, Tamil, Sinhala, Chinese, Vietnamese, Filipino,
    /// Caribbean, Turkish, Kurdish, Portuguese, Brazilian and Nepali naming.
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Mehetabel", "Gwendolen", "Bathsheba", "Ebenezer", "Bazza", "Shazza", "Reenie", "Marj", "Nobby",
        "Ruairidh", "Somhairle", "Beathag", "Williamina", "Murdina",
        "Eirlys", "Bleddyn", "Caradog", "Ceinwen", "Myrddin",
        "Pádraigín", "Caoilinn", "Aodhán", "Orfhlaith",
        "Ysella", "Jory",
        "Wacława", "Kazimiera", "Bogusław", "Władysława", "Krzysiek", "Staszek",
        "Birutė", "Gediminas", "Algirdas",
        "Yordanka", "Lyubomir", "Rumyana",
        "Tochukwu", "Adjoa", "Abenaa",
        "Hamse", "Shukri", "Sucaad", "Cabdi", "Ubax",
        "Semhar", "Tesfay", "Mehret", "Feven",
        "Rizwana", "Kaneez", "Irum", "Saqib",
        "Shahanara", "Foyjun", "Nurjahan", "Lutfur", "Bablu",
        "Jaspal", "Surjit", "Kirpal", "Sukhi", "Rinku",
        "Kantaben", "Jayantilal", "Nalinbhai", "Hasmita",
        "Thangaraj", "Ganeshalingam", "Vasanthi", "Thusyanthi",
        "Nadeeka", "Dilrukshi", "Chaminda",
        "Meiling", "Guoqiang", "Jianguo", "Shuying", "Luyến", "Tươi",
        "Jerlyn", "Jhoanna", "Marivic",
        "Audley", "Lenford", "Yvonnie",
        "Gülizar", "Nuriye", "Ayşegül", "Rojhat", "Zozan", "Hejar",
        "Deolinda", "Lurdes", "Cleide", "Edinaldo", "Claudinei",
        "Tek Bahadur", "Sabitri", "Pemba",
    ];

    /// <summary>Surnames no list holds, of the same origins and Romanian, Yoruba, Sri Lankan, Afrikaans and Arab, double-barrelled and with particles.</summary>
    public static readonly string[] UnlistedLast =
    [
        "Ramsbottom", "Cholmondeley", "Pennefather", "Gathercole-Threlfall", "Throssell-Tolliday", "Auchterlonie", "MacIlvanney",
        "ap Gruffudd", "ap Iorwerth", "Ó Flaithbheartaigh", "Ní Bhraonáin", "Trevorrow", "Tresidder", "Rosewarne",
        "Krzyżanowska", "Pszczółkowski", "Țăranu", "Păunescu", "Mažeikienė", "Šimkūnas", "Hristova",
        "Oyediran", "Ogunsanya", "Okoronkwo", "Kyeremateng", "Jaamac", "Warfaa", "Tesfagiorgis", "Weldemichael",
        "Gondal", "Talukdar", "Howlader", "Kooner", "Kotecha", "Thakrar", "Vijayaratnam", "Jayasuriya", "Wijesinghe",
        "Dimaano", "Lacsamana", "Bascombe", "Thwaites", "Karakaya", "Hawrami", "Zangana", "Quaresma", "Sobral",
        "Pokharel", "Lamichhane", "van Schalkwyk", "al-Shammari", "al-Hashimi",
    ];
}
