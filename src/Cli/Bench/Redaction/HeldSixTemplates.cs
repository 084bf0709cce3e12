namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The sixth held set (<c>bench redaction --held6</c>), written in stop 21 (6 December) by an engineer who had not read the
/// redactor's code, its seeds in <c>seeds/redaction</c>, its tests, nor the fourth and fifth held sets. Never tuned on:
/// <c>--misses</c> refuses it.
/// </summary>
/// <remarks>
/// The templates copy the shapes text takes on its way to adult social care, not only the sentence people write: answers to
/// the online form's "Is there anyone you'd like to thank?", Talking Shop flip charts, safeguarding and carers' assessment
/// notes, complaint acknowledgements quoting the complainant, chat messages with emoji and no punctuation, dictation ("full
/// stop"), interpreted conversations, forwarded discharge summaries and e-mails, carers' rotas, names with an initial, in
/// quotation marks, possessive, with titles from other languages (Pani, Bibi, Aunty, Uncle, Sister, Baba, Amma, "ji"), all
/// in capitals and all in lower case.
/// <para>
/// A pet's name is not personal data. Pets appear only with names that are ordinary words ("our cat {keep:Pepper}") and are
/// labelled look-alikes to keep; a pet with a person's name is left out, since removing it would be counted as a wrong
/// removal although it harms no one.
/// </para>
/// <para>
/// Unlisted names are real names checked absent, by program, from every list in <c>seeds/names</c> (the English words too,
/// with and without accents) and from every other set's names. Some origins the issue names could not be given their own:
/// every Romanian first name, Vietnamese and Hong Kong name tried was already in the lists (Romanian surnames are here).
/// </para>
/// </remarks>
public static class HeldSixTemplates
{
    public static readonly string[] Templates =
    [
        // The online form's thank-you question.
        "Is there anyone you would like to thank? Yes!! {first} and {first2} from the reablement team, they got mum walking again",
        "Anyone you'd like to thank: the OT ({title} {last}) and {first2} who fitted the key safe",
        "{first}, {first2} and {first3} - thank you, you made mums last weeks bearable 💐",
        // Talking Shop flip charts, typed up.
        "Talking Shop, {keep:Belhus} library\n- parking at the surgery (raised by {first})\n- {FIRST2} asked why the lunch club shut\n- bus times: {first3} to bring leaflet",
        "FLIP CHART 2\nWHAT'S WORKING: {FIRST} AT THE HUB\nNOT WORKING: PHONE LINE, NOBODY RINGS BACK",
        "Present: {full} (chair), {first2} {last2} (carer rep), Cllr {last2}",
        // Safeguarding and assessment notes as staff record them.
        "Safeguarding concern raised by {full} (neighbour). Adult at risk lives at {address}, {postcode}. Alleged: grandson {first2} takes her pension.",
        "Section 42 enquiry opened. Adult: {LAST}, {first} (DOB {dob_dots}). Bruising noticed by carer {first2} on {keep:Tuesday}.",
        "Carer's assessment: {full}, 81, cares for husband {first2} (vascular dementia). Daughter {first3} helps at weekends. Wants a break in {keep:August}.",
        "Carer ({first}) looks after both parents and her brother {first2}; says she has not slept properly since {keep:Easter}.",
        "Call from {full} (son) re mum's package, advised to ring the duty team. Case {case}.",
        "Financial assessment: {full}, NI {ni}, pension paid into acc {account} sort {sort}.",
        "Blue badge renewal for {title} {last}: car reg {reg}.",
        // Complaint acknowledgements quoting the complainant.
        "Dear {title} {last}, thank you for your email. You told us that \"{first2} has not been out of bed since {keep:Friday}\" and asked us to call you on {phone}.",
        "We acknowledge your complaint (our ref {case}) about the visit by {first} {last2} on {keep:3 March}.",
        // Chat messages.
        "hiya its {first_lower} 🙂 carer didnt turn up again 😡😡 ring me {phone_compact}",
        "omg {first} was amazing wiv nan today 🙏❤️❤️ tell her boss x",
        "[{keep:09:14}] {first}: is anyone coming today\n[{keep:09:40}] {first}: still waiting 😢",
        "spoke 2 {full_lower} at the council she was rude n put the phone down",
        // Dictated and transcribed.
        "my mother {full_lower} comma date of birth {dob_words} comma has waited six weeks for a review full stop",
        "complaint about the carer called {first} full stop new paragraph she was late every day this week full stop",
        "this is {first} {last} speaking um I am ringing about my dad at {address} can somebody call me back on {phone} thank you bye",
        // Interpreted.
        "Mr {last}'s daughter {first} interpreted (Punjabi). Mr {last} says the carers rush him.",
        "Interpreter via Language Line (Tigrinya). {full} asked that her son {first2} is not told about the visit.",
        "Mrs {LAST} speaks Sylheti only; her nephew {first2} translated on the phone.",
        // Forwarded by family.
        "Fwd: discharge summary\nPatient: {LAST}, {first}\nNHS No: {nhs_spaced}\nDOB: {dob_slash}\nAddress: {address}, {postcode}\nsent home with no package, who do I speak to?",
        "---------- Forwarded message ---------\nFrom: {full} <{email}>\nSubject: Dad's discharge\nThey discharged him at 11pm with no carers",
        "Re: {FULL} - PACKAGE OF CARE\nplease can someone update me, my NHS no is {nhs_compact} if that helps",
        // Agency carers on rotas, possessive, quoted, with an initial.
        "we had {first} mornings and {first2} evenings but since {keep:October} its someone new every day",
        "Rota: {keep:Mon} {first} / {keep:Tue} {first2} / {keep:Wed} agency / {keep:Thu} {first} again",
        "Mum lights up at {first}'s singing, please don't move her to another round.",
        "The new carer (\"call me {first}\") was kind but had no time.",
        "a lady called '{first}' rang, didn't leave a surname",
        "Please thank {first} A. on nights, and {first2} from the day shift.",
        "we call her {first} but her real name is {first2}",
        // Titles and kin words from other languages.
        "Pani {last} upstairs has had nobody to help her since {keep:January}.",
        "Bibi {first} needs a female carer, she will not let a man wash her.",
        "Aunty {first} from the temple brings his dinner on {keep:Sundays}.",
        "Uncle {first} from church takes him to the day centre.",
        "Sister {first} at the surgery sorted his dressings when the agency didn't.",
        "Baba {first} won't eat the meals on wheels, he only eats halal.",
        "{first} ji came every day for two weeks, then nobody.",
        "Amma ({first}) is 91 and the stairs are too much now.",
        // Shouting, addresses, sign-offs.
        "I HAVE RUNG {FULL} NINE TIMES AND NOBODY RINGS BACK!!!",
        "post to flat {n} {house} house please, not the main address",
        "c/o {full}, {address}, {postcode_hyphen}",
        "To {first}, {first2} and all the girls at {keep:Stifford Clays} day centre, love from {title} {last} & family xx",
        "{title} {last}-{last2} chairs the carers' group.",
        "Name of the person this is about: {full}\nYour relationship to them: daughter\nBest number: {phone_intl}",
        "Kind regards,\n{first} {last} (Mrs)",
        "the carers park their van {reg_lower} across our drive every morning",
        "Our dog {keep:Biscuit} barks at the carers, {first} is the only one he likes.",
        "email {email_obfuscated} not the old one",
    ];

    public static readonly string[] LookAlikes =
    [
        "{keep:Faith} in the system is low round here.", "I've lost {keep:faith} in the review process.",
        "{keep:Joy} of joys, the form timed out again.", "It was a {keep:joy} to see him laughing at the lunch club.",
        "{keep:Grace} period on the first invoice was only seven days.", "{keep:Hope} someone reads these.",
        "She lives in {keep:Stanford-le-Hope} near the station.", "{keep:Sunny} days are fine, it's the winter when she's stuck indoors.",
        "{keep:Rose} bushes in the garden at the home are lovely.", "We are at the {keep:mercy} of the agency and their rota.",
        "AT THE {keep:MERCY} OF WHOEVER TURNS UP.", "The {keep:Macmillan} nurse was the only one who explained anything.",
        "{keep:Marie Curie} nurses sat with him at night.", "We had help from {keep:Sue Ryder} at the end.",
        "He has {keep:Parkinson's} and the carers don't know when his tablets are due.", "Mum's {keep:Lewy body} dementia means she sees things at night.",
        "His {keep:Huntington's} has got worse and the care plan hasn't changed.", "She uses a {keep:Zimmer} frame and the stairs are a nightmare.",
        "They brought a {keep:Sara Stedy} but nobody was trained to use it.", "The district nurse changed his {keep:Foley} catheter twice this week.",
        "Her {keep:Waterlow} score was high and still no air mattress.", "{keep:Barthel} score done on the ward, nobody explained it.",
        "The lunch club in {keep:Chafford Hundred} closed in {keep:May}.", "Transport from {keep:Badgers Dene} to {keep:Horndon-on-the-Hill} is impossible.",
        "Drop-in at {keep:Fobbing} every other {keep:Wednesday}.", "We moved from {keep:Bulphan} to {keep:Linford} in {keep:June}.",
        "{keep:August} was the worst month, no respite at all.", "{keep:Will} someone ever answer the phone?",
        "{keep:Bill} for {keep:March} came with no breakdown.", "The ward {keep:Sister} was kind but the discharge was rushed.",
        "Our cat {keep:Pepper} is all she has for company.", "{keep:Bell's palsy} left her face drooping and nobody explained it.",
        "She goes to {keep:Age UK} in {keep:Grays} on {keep:Fridays}.", "The {keep:Down's syndrome} support group in {keep:Aveley} is brilliant.",
        "{keep:Crohn's} means he needs a carer who understands.", "The {keep:Hoyer} hoist doesn't fit under her bed.",
    ];

    /// <summary>First names of every origin a UK town has, in none of the lists nor any other set (checked by a test).</summary>
    public static readonly string[] UnlistedFirst =
    [
        // English, Scottish, Welsh, Irish
        "Hepzibah", "Jessamy", "Marsaili", "Ruaraidh", "Morven", "Gwawr", "Dyfrig", "Rhianwen", "Ríona", "Eithne", "Ferdia",
        // Polish, Lithuanian, Bulgarian, Albanian
        "Zdzisława", "Jadzia", "Kazik", "Bronek", "Vilija", "Raimonda", "Danutė", "Tsvetelina", "Stefka", "Lindita", "Fatmir", "Shpresa", "Ermal",
        // Yoruba, Igbo, Ghanaian, Zimbabwean
        "Bisola", "Oluwafunmilayo", "Somtochukwu", "Onyinye", "Ebuka", "Nnenna", "Esinam", "Serwaa", "Tsitsi", "Tafadzwa", "Munyaradzi",
        // Somali, Eritrean, Sudanese
        "Abdiwali", "Hawo", "Filmon", "Hiwet", "Mehari", "Ibtisam", "Awadia", "Tagwa",
        // Pakistani, Bangladeshi, Punjabi, Gujarati, Tamil, Malayalam, Sri Lankan
        "Raheela", "Sajida", "Zaheer", "Shabnam", "Anwara", "Kamrul", "Mahmuda", "Jasvir", "Baljit", "Gurbax", "Hemlata", "Minaxi", "Bhavesh",
        "Savitaben", "Thilaga", "Ponnammah", "Tharani", "Bincy", "Tintu", "Jomon", "Sreeja", "Chamari", "Nuwan", "Kumudini", "Nilanthi",
        // Afghan, Iranian, Syrian, Chinese
        "Farishta", "Sediqa", "Najibullah", "Golnar", "Azadeh", "Behrouz", "Ghalia", "Ghiath", "Raneem", "Shumin", "Huifang", "Weiming",
        // Filipino, Thai, Caribbean, Turkish, Kurdish
        "Rhodora", "Maryjoy", "Joselito", "Ligaya", "Siriwan", "Pranee", "Supaporn", "Euphemia", "Delrose", "Ivelyn", "Shernett", "Kemar",
        "Nurten", "Cemile", "Nishtiman", "Hawre",
        // Portuguese, Brazilian, Nepali
        "Bernardete", "Rosângela", "Francisleide", "Edivaldo", "Cleiton", "Bimala", "Pasang", "Kanchhi",
    ];

    public static readonly string[] UnlistedLast =
    [
        "Scattergood", "Micklethwaite", "Sowerbutts", "Treharne", "McFarquhar", "Ó Duibhir", "Ní Ghallchóir", "Jabłońska", "Przybyłowicz",
        "Bălășoiu", "Pîrvulescu", "Vlădescu", "Paulauskienė", "Navickaitė", "Stoyanova", "Kelmendi", "Akintola", "Onabanjo", "Nwokolo",
        "Chigumba", "Makoni", "Samatar", "Duale", "Woldemichael", "Babiker", "Bepari", "Aujla", "Majithia", "Dattani", "Paramasivam",
        "Kathiravelu", "Nambiar", "Jayawardena", "Stanekzai", "Wardak", "Ghorbani", "Al-Halabi", "Dakkak", "Saetang", "Suwannarat",
        "Bucknor", "Dacres", "Bonitto", "Chinwah", "Çakıroğlu", "Esendemir", "Bamarni", "Doski",
    ];
}
