namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The fourth held set (<c>bench redaction --held4</c>): written in stop 19 by an engineer who had not read the redactor's
/// code, its word lists in <c>seeds/redaction</c> or its tests, never tuned on in stop 19, then read and tuned on in stop 20
/// (<c>bench redaction --held4 --misses</c>).
/// </summary>
/// <remarks>
/// The names are real names absent from every list in <c>seeds/names</c> (the English words too, with and without
/// accents, each word of a name apart) and from every other set; the planted set draws them one in four, the rest from
/// the listed quarter as the other held sets do.
/// </remarks>
public static class HeldFourTemplates
{
    /// <summary>
    /// Feedback as carers, family and staff write to adult social care: greetings and sign-offs on lines of their own,
    /// phone text in lower case, all caps, names starting a sentence and in it, lists of names, staff with titles and
    /// roles ("Sister …", "Cllr …", "(Team Manager)"), and identifiers in the formats the slots give.
    /// </summary>
    public static readonly string[] Templates =
    [
        "Our home carer {first} goes above and beyond, she even brought mum a birthday cake.",
        "{first} is the only one at the office who ever picks up the phone.",
        "my mum {first_lower} {last_lower} has been waiting 7 months for an OT visit",
        "Huge thanks to {first} and {first2} from the reablement team, they got dad walking again.",
        "The carers this week were {first}, {first2}, {first3} and one whose name I didn't catch.",
        "Sister {last} on the discharge team promised a care package that never came.",
        "Cllr {last} said he would raise it at the next meeting but we've heard nothing.",
        "{title} {last}, the consultant, told us she was medically fit to go home.",
        "MY HUSBAND {FIRST} HAS BEEN LEFT IN THE SAME PAD ALL DAY",
        "NOBODY FROM SOCIAL SERVICES HAS SPOKEN TO {FULL} ABOUT HIS OWN CARE",
        "Kind regards\n{full}\n(carer for my husband)",
        "Thank you\n{first} & {first2}",
        "Best wishes,\n{first} and all the family",
        "\nFrom {first} (wife and full-time carer)",
        "\nPS {first} says hello to everyone at the Tuesday group.",
        "REGARDS\n{FULL}\nSON AND NEXT OF KIN",
        "Yours,\n{title} {last}",
        "thanks again,\n{first_lower} x",
        "{first}'s son rang the council four times before anyone came out.",
        "The social worker, a {first} {last}, closed the case without telling us.",
        "Dr {last} at the surgery and {title} {last2} from the memory clinic both say he needs more support.",
        "I'm writing about my brother-in-law, {full}, who was discharged with nothing in place.",
        "The manager at the day centre, {first}, is brilliant with people with learning disabilities.",
        "Mum keeps asking where {first} has gone, she was her favourite.",
        "Our {first} needs more help than she lets on.",
        "She said her name was {first} but her badge said {first2}.",
        "{first} {last} should get an award for the way she treats mum.",
        "Speak to {full} (Team Manager) about my complaint, she has all the details.",
        "we r still waiting 4 {first_lower} to send the forms back",
        "My key worker was {first} {last} until she went on maternity leave.",
        "{FIRST} AND {FIRST2} ON THE NIGHT SHIFT ARE THE ONLY ONES WHO CARE",
        "Please ask {full} in the finance team to call me on {phone}.",
        "Email me at {email} or write to {full}, {address}, {postcode}.",
        "Re: my father {full}, date of birth {dob_words}",
        "Service user: {full} ({dob_dots})",
        "Her NHS number is {nhs_spaced} if that helps.",
        "mums nhs no is {nhs_compact}",
        "We live at {address}, {postcode}, and the ramp is still not fitted.",
        "Flat {n}, {house} House, {postcode_hyphen}",
        "NI no {ni_compact} - the DWP letter is attached",
        "Please refund the overpayment to sort code {sort}, account number {account}.",
        "The agency car {reg} blocks our drive every morning.",
        "Ref {case} - still no reply after six weeks",
        "mob {phone_slash} (text is better)",
        "D.O.B {dob_slash}",
        "{email_obfuscated} is the best way to reach me.",
    ];

    /// <summary>
    /// Words that are names elsewhere, used as words: verbs and adjectives starting a sentence ("Pat him dry", "Rich
    /// families"), roles, months and weekdays, places of the gazetteer and beyond, providers and hospitals named after
    /// people, conditions named after people; in capitals and in lower case.
    /// </summary>
    public static readonly string[] LookAlikes =
    [
        "{keep:Pat} him dry after his wash, the nurse showed me how.", "{keep:Jack} the bed up or he slides down in the night.",
        "{keep:Rich} families can pay for live-in care, we can't.", "{keep:Major} changes to the rota happen with no warning.",
        "{keep:Miles} from the nearest chemist and no bus on Sundays.", "{keep:Gale} warnings meant the minibus didn't run.",
        "{keep:Basil} and {keep:rosemary} grow in the sensory garden at the day centre.", "The {keep:hazel} hedge by the ramp needs cutting back.",
        "She grew up in {keep:Lincoln} and misses it terribly.", "{keep:Barry Island} was his last proper day out.",
        "The {keep:Dean} of the college wrote a letter supporting his placement.", "{keep:Doctor} said he was fine to go home, then he fell that night.",
        "The {keep:Warden} at the sheltered flats only works mornings.", "{keep:Marie Curie} nurses sat with him through the night.",
        "{keep:Macmillan} were the only ones who explained anything.", "He had his operation at {keep:Guy's} and the follow-up at {keep:Basildon}.",
        "{keep:Crohn's} flare-ups mean he can't always get to the toilet in time.", "{keep:Raynaud's} makes her hands too painful for buttons.",
        "She has had {keep:Bell's palsy} since the spring.", "{keep:JANUARY} WAS THE WORST, NO HEATING FOR A WEEK",
        "carers never come on a {keep:sunday} so i do it all", "the bus from {keep:south ockendon} is always late",
        "{keep:WEST THURROCK} HAS NO DAY CENTRE AT ALL", "{keep:Bulphan} is too far out for the carers to get to.",
        "{keep:Horndon-on-the-Hill} has no bus at all after four.", "The {keep:Chaplain} at the hospital sat with us.",
        "{keep:Little Thurrock} surgery has stopped home visits.", "{keep:October} half term the day centre shut for a week.",
        "{keep:Angel} Delight is the only pudding he will eat.", "{keep:Autumn} is when his mood drops.",
    ];

    /// <summary>
    /// First names no list holds: English (and nicknames), Scottish, Welsh, Irish, Cornish, Polish, Romanian, Lithuanian,
    /// Latvian, Hungarian, Bulgarian, Yoruba, Igbo, Hausa, Ghanaian, Somali, Eritrean, Zimbabwean, Pakistani, Bangladeshi,
    /// Punjabi, Gujarati, Tamil, Malayali, Sinhala, Chinese, Caribbean, Turkish, Portuguese, Kurdish, Filipino, Nepali,
    /// Afghan, Arab and Irish Traveller naming.
    /// </summary>
    public static readonly string[] UnlistedFirst =
    [
        "Ermintrude", "Leofric", "Petronella", "Theodosia", "Tryphena", "Zillah", "Keziah", "Kezza",
        "Torquil", "Peigi", "Seumas", "Oighrig", "Marsali",
        "Myfanwy", "Aneurin", "Heulwen", "Morfudd", "Mererid",
        "Caoimhín", "Síofra", "Ruadhán", "Déaglán",
        "Morvoren", "Jenifry", "Gerens",
        "Bogumiła", "Jędrzej", "Mieczysław", "Leokadia", "Zbyszek",
        "Lenuța", "Costică", "Fănel",
        "Jūratė", "Žilvinas", "Živilė", "Vaidotas",
        "Dzintra", "Baiba", "Gyöngyi", "Piroska", "Todorka",
        "Ayotunde", "Oreoluwa", "Ogechi", "Kosisochukwu", "Nneoma", "Jummai", "Saratu",
        "Ekua", "Ewurabena",
        "Filsan", "Ikraan", "Ifrax", "Barkhad", "Caasha",
        "Abrehet", "Freweyni", "Tekeste", "Rumbidzai", "Nyaradzo",
        "Shagufta", "Bilqees", "Tayyaba", "Khurram",
        "Rokshana", "Monowara", "Mojibur", "Foyzul",
        "Sukhjinder", "Gurcharan", "Kulvinder", "Tarsem",
        "Dakshaben", "Chhaganlal", "Manubhai",
        "Thavamani", "Vijayaluxmy", "Sellathurai", "Aleyamma", "Kunjumol", "Chathurika", "Nishantha",
        "Guiying", "Zhenhua", "Xiaohong",
        "Cislyn", "Ivalene", "Dezreen", "Maudlyn",
        "Müzeyyen", "Nebahat", "Sabahattin",
        "Zulmira", "Custódia",
        "Berivan", "Rêbîn", "Luzviminda", "Rodelio", "Nirmaya", "Gyanendra",
        "Gulalai", "Zabiullah", "Ghadeer", "Muntaha", "Bridgie",
    ];

    /// <summary>Surnames no list holds, of the same origins.</summary>
    public static readonly string[] UnlistedLast =
    [
        "Postlethwaite", "Shufflebotham", "Hebblethwaite", "Blenkinsop", "MacIlwraith", "Auchinleck", "Cadwaladr", "Gwilliam",
        "Ó Ceallaigh", "Ní Shúilleabháin", "Mac Giolla Bhríde", "Polkinghorne", "Penhallow", "Przybyszewski", "Wieczorkiewicz",
        "Bălănescu", "Grigaliūnas", "Urbonavičiūtė", "Ogunbanjo", "Akinwande", "Iwuchukwu", "Onwuachi", "Ikwuemesi", "Dankwambo",
        "Bediako", "Cawaale", "Woldemariam", "Zvavamwe", "Warraich", "Patwary", "Jhooti", "Chudasama", "Vadgama", "Sinnathamby",
        "Ponnuthurai", "Puthenpurayil", "Wickramasinghe", "Loke", "Bygrave", "Blagrove", "Kocabaş", "Valadares", "Zebari",
        "Dimaculangan", "Stanikzai", "Al-Obaidi", "Zhelyazkova",
    ];
}
