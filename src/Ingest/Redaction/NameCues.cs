using System.Collections.Frozen;

namespace VoiceHub.Ingest.Redaction;

/// <summary>The words around a name that say it is one ("Mrs", "my daughter", "called", "Regards,"), or that it is not.</summary>
internal static class NameCues
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Of(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Titles; a title stays in the text ("Mrs [name]").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Of(
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "revd", "cllr", "councillor", "nurse", "sister",
        "matron", "doctor", "father", "auntie", "aunty", "uncle", "nan", "nanny", "grandma", "grandad", "sir", "dame", "lady", "lord",
        // Kinship words and titles of other languages used before a name in English text: "Pani Zofia", "Amma (Latha)",
        // "Nani", "Didi", "Babcia", "Bunica". Not those the name lists hold and other sets plant as names ("Dadi", "Oma",
        // "Nonna"), nor nicknames ("calls her Bibi", "Baba"); "Pani", listed too, is the Polish "Mrs".
        "pani", "pan", "amma", "ammi", "appa", "abba", "abbu", "nani", "didi", "bhai", "bhaiya", "behen",
        "baji", "khala", "chacha", "chachi", "mamu", "babcia", "dziadek", "bunica", "bunicul", "opa", "nonno",
        // Somali: "Hooyo (my mum) says thank you", "Ayeeyo Faadumo".
        "hooyo", "aabo", "abti", "eedo", "ayeeyo", "awoowe",
        // Police ranks as referrals write them: "Sgt Odunsi rang", "PCSO Brannigan". Not "PC", "DC", "DS": file names and
        // units ("build_pc.com", "graphs/x_dc.svg") take them.
        "pcso", "sgt", "insp");

    /// <summary>Kinship and role words: "my daughter Sarah", "the carer, Krzysztof, was".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = Of(
        "daughter", "son", "wife", "husband", "partner", "mum", "mummy", "mam", "mother", "dad", "daddy", "father", "brother",
        "sister", "friend", "neighbour", "neighbor", "carer", "carers", "worker", "nurse", "doctor", "gp", "manager", "nan", "gran",
        "granny", "grandma", "grandmother", "grandad", "grandfather", "grandson", "granddaughter", "grandchild", "aunt", "auntie",
        "uncle", "niece", "nephew", "cousin", "advocate", "receptionist", "therapist", "physio", "physiotherapist", "ot", "pa",
        "assistant", "officer", "coordinator", "co-ordinator", "lady", "man", "woman", "gentleman", "girl", "boy", "guy", "chap",
        "fiancé", "fiance", "fiancée", "boyfriend", "girlfriend", "child", "stepson", "stepdaughter", "stepmum", "stepdad", "paramedic",
        "consultant", "surgeon", "midwife", "driver", "cleaner", "cook", "chef", "warden", "volunteer", "colleague", "lodger",
        "housemate", "flatmate", "twin", "baby", "sibling", "parent", "keyworker", "practitioner", "specialist", "therapist",
        "navigator", "dentist", "pharmacist", "optician", "councillor", "member", "boss", "supervisor", "teacher", "tutor", "leader",
        "cpn", "hca",
        // Family as regions say it: "Ma maw Tottie bides at", "me grampa Idris". Not "nana", a name too ("Nana Zvobgo").
        "maw", "mammy", "grandpa", "grampa", "granda",
        // Who a care setting serves, introduced as staff are: "a resident, Ffion, told us", "the tenant in flat 2, Mo, said".
        // Not "patient", an adjective as often ("very patient April was a bad month").
        "resident", "tenant", "client", "customer", "attendee", "participant");

    /// <summary>Words before a role that make it a person's: "my", "our", "the".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Of(
        "my", "our", "his", "her", "their", "your", "the", "a", "an", "lovely", "new", "old", "main", "own", "late", "dear",
        // "my" as Scots and northern English write it: "ma maw", "me mam".
        "ma", "me", "mah");

    /// <summary>Words before "called"/"named" that make it a naming ("a lady called Sandra", "he is called Tom").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Namers = Of(
        "is", "was", "am", "i'm", "lady", "man", "woman", "gentleman", "girl", "boy", "guy", "chap", "someone", "somebody", "one",
        "nurse", "carer", "worker", "person", "doctor", "member", "bloke", "fella", "lad", "lass", "son", "daughter", "friend");

    /// <summary>Verbs and phrases after which a name is likely ("spoke to Gary", "ask for Gary", "thanks to Priya").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContactVerbs = Of(
        "spoke", "speak", "speaking", "spoken", "talked", "talk", "talking", "ask", "asked", "asking", "thanks", "thank", "thx", "thanx",
        "seen", "helped", "visited", "supported", "phoned", "rang", "emailed", "contacted", "told", "met", "saw", "see");

    /// <summary>Verbs whose object straight after is a person: "Visited Foday again", "ask Maxamed", "I shadowed Ilse".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VisitVerbs = Of(
        "visited", "visit", "visiting", "call", "ring", "ask", "asked", "asking", "shadowed", "shadowing", "shadow", "thanked", "phoned", "rang",
        "texted", "emailed", "messaged", "contacted", "told", "tell", "met", "meet", "helped", "accompanied", "escorted", "chased",
        "reassured", "hugged", "befriended", "washed", "dressed", "bathed", "showered");

    /// <summary>Verbs before whom to call and "on" a number: "pls ring luiza on 07700 900123", "text kemi on …".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CallVerbs = Of(
        "ring", "rang", "rung", "ringing", "call", "called", "calling", "phone", "phoned", "phoning", "text", "texted", "texting", "txt",
        "contact", "contacted", "contacting", "message", "messaged", "msg", "whatsapp", "tel");

    /// <summary>Notes and messages whose "from"/"to" heads them: "Handover from Ngozi -", "Message to Tom -", "Fwd: from".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Notes = Of(
        "handover", "note", "notes", "message", "msg", "email", "e-mail", "text", "sms", "voicemail", "letter", "referral", "call",
        "fwd", "fw", "memo", "update", "feedback", "request", "complaint", "compliment", "card");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContactLinks = Of("to", "with", "for", "by", "you", "wiv");

    /// <summary>Sign-offs: "Signed, Ethel", "Regards, Tom", "Love from Jean", "Best, Efua".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SignOffs = Of(
        "signed", "regards", "love", "from", "thanks", "cheers", "sincerely", "wishes", "faithfully", "truly", "x", "xx", "xxx",
        "thankyou", "name", "by", "author", "contact", "ta", "cheerio", "bye", "best", "always");

    /// <summary>Words before "from" that make what follows a person: "Visits from Revathi", "a text from Ffion".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FromPeople = Of(
        "visit", "visits", "call", "calls", "phonecall", "text", "texts", "message", "messages", "letter", "email", "help", "support",
        "sent", "love", "note", "card", "hug", "hugs", "apology", "reply", "word", "advice", "feedback", "complaint", "compliment",
        "compliments");

    /// <summary>What a person has, after a possessive: "Ffion's phone", "Tegwen's visits".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Belongings = Of(
        "phone", "mobile", "visits", "visit", "calls", "number", "birthday", "bedroom", "room", "shift", "shifts", "rota", "email",
        "hands", "smile", "kindness", "patience", "care", "help", "advice", "team", "caseload", "leave", "holiday", "day", "days", "notes");

    /// <summary>Sign-off words that end a message even when more text follows: "Best, Efua", "Ta, Gintarė".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingWords = Of(
        "best", "ta", "cheers", "regards", "thanks", "signed", "sincerely", "faithfully", "wishes", "cheerio", "bye", "love", "thankyou");

    /// <summary>What two people named together then did: "Zeeshan and Chukwudi were great".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PairVerbs = Of(
        "were", "are", "have", "had", "both", "came", "helped", "did", "went", "said", "made", "looked", "took", "gave", "always",
        "never", "really", "kept", "stayed", "listened", "explained", "visited", "rang", "called", "arrived", "treated", "cared");

    /// <summary>Words before a capitalised common word that make it a thing: "the Law", "My Amber alert", "to Dawn visits", "Her Ivy has grown".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles = Of(
        "the", "a", "an", "of", "this", "that", "some", "any", "my", "your", "our", "his", "her", "their", "in", "at", "to", "from",
        "near", "is");

    /// <summary>
    /// What only a person does, after a name that is also a word starting a sentence: "Bobby made mum laugh" (not "Faith
    /// keeps me going"). Not "is", "was", "has" ("April was a bad month"), nor a verb that is also a plural noun ("Dawn
    /// visits are too early", "Ivy looks").
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonVerbs = Of(
        "said", "says", "rang", "rings", "phoned", "phones", "told", "tells", "came", "comes", "visited", "helped",
        "helps", "explained", "explains", "listened", "listens", "asked", "asks", "answered", "arrived", "popped", "texted",
        "spoke", "speaks", "talked", "talks", "sorted", "stayed", "made", "does", "did", "never", "always", "cares", "cared",
        "works", "worked", "lives", "looked", "promised", "retired", "washes", "dressed", "cooks", "raised", "rushed",
        "drove", "drives", "smiled", "laughed", "knocked", "emailed", "wrote", "writes",
        // What people do to one another, as Easy Read answers and safeguarding notes say it: "I don't like it when Ffion shouts".
        "shouts", "shouted", "yells", "yelled", "screams", "screamed", "swears", "swore", "bullies", "bullied", "teases", "teased",
        "moans", "moaned", "argues", "argued", "snaps", "snapped", "grabs", "grabbed", "kicks", "kicked", "bites", "slaps", "slapped");

    /// <summary>
    /// What a note says a person did or will do, after their name and a label ("log 03:10: Mabli pulled the cord") or "to"
    /// in minutes ("Fenella to draft"): the verbs of care notes that <see cref="PersonVerbs"/> lacks.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelDoings = Of(
        "fell", "falls", "slipped", "tripped", "pulled", "pressed", "could", "couldn't", "couldnt", "cannot", "can't", "would", "will",
        "leaves", "left", "refused", "refuses", "declined", "declines", "needs", "needed", "wants", "wanted", "attended", "missed",
        "moved", "died", "passed", "went", "felt", "feels", "reported", "reports", "agreed", "agrees", "found", "became", "seems",
        "seemed", "remains", "remained", "returned", "returns", "discharged", "admitted", "lost", "struggles", "struggled",
        "draft", "chase", "book", "arrange", "follow", "check", "update", "review", "confirm", "circulate", "liaise", "raise",
        "refer", "complete", "organise", "organize", "find", "share", "invite", "email", "write");

    /// <summary>Family after a possessive, which only a person has: "According to Tone's daughter", "Gust's wife rang".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Kin = Of(
        "daughter", "son", "wife", "husband", "mum", "mother", "dad", "father", "sister", "brother", "grandson", "granddaughter",
        "niece", "nephew", "partner", "daughters", "sons", "sisters", "brothers", "grandchildren", "nan", "gran", "grandma", "grandad",
        "stepson", "stepdaughter", "widow", "widower", "fiancé", "fiancée", "boyfriend", "girlfriend");

    /// <summary>Words after a lower-case name that say a person, besides <see cref="PersonVerbs"/>: "aura is lovely", "patsy doesnt know".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNext = Of(
        "is", "was", "has", "had", "does", "doesnt", "doesn't", "doesn’t", "didnt", "didn't", "didn’t", "isnt", "isn't", "wasnt",
        "wasn't", "hasnt", "hasn't", "hadnt", "hadn't", "wont", "won't", "cant", "can't", "who", "knows", "knew", "helps", "visits",
        "gets", "got", "takes", "took", "gave", "gives", "brings", "brought", "sorts", "comes", "goes", "went", "keeps", "kept");

    /// <summary>
    /// Listed first names that are far more often words, and follow a role or a thanks as words do: "my son even said",
    /// "thanks Even though", "the carer alone": never a lower-case name after a role, and never a name without a strong cue.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UsuallyWords = Of(
        "alone", "amid", "among", "else", "even", "till", "per", "mine", "thy", "fine", "lot", "name", "can", "ado", "ante", "era");

    /// <summary>Weekdays, whole and short, as rotas write them: "Mon Hawre / Tue Sari".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Of(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "weds", "thu",
        "thur", "thurs", "fri", "sat", "sun", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays");

    /// <summary>Months' short names, dates when a number stands beside them ("7th Dec 2014").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviations = Of(
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /// <summary>Labels of a case record before "Surname, First": "Re: PATEL, Anita", "Client: Okafor, Chidi".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RecordLabels = Of(
        "re", "client", "patient", "resident", "customer", "subject", "user", "tenant", "person", "individual", "name", "carer",
        "adult", "referral", "deceased", "victim", "alleged");

    /// <summary>Labels of minutes and notes that head a list of people: "Present: Ana Vlad (Chair), Irum", "Action: Efua to chase".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListLabels = Of(
        "present", "attendees", "attending", "attended", "apologies", "apols", "absent", "action", "actions", "chair", "chaired", "minutes",
        "client", "patient", "resident", "tenant", "customer", "adult");

    /// <summary>Joining words inside a name: "van der Berg", "Siobhán Ní Bhriain", "Abdul al Rahman".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = Of(
        "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "von", "ten", "ter", "ní", "nic",
        "mac", "bin", "bint", "al", "el", "ibn", "ap", "ó", "ua");

    /// <summary>Words after a capitalised run that make it a place or provider ("Queen's Hospital", "Orchard House").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Institutions = Of(
        "hospital", "hospice", "house", "court", "lodge", "centre", "center", "surgery", "practice", "clinic", "ward", "home",
        "homes", "trust", "road", "rd", "street", "avenue", "lane", "close", "drive", "way", "crescent", "gardens", "grove",
        "terrace", "mews", "park", "unit", "team", "service", "services", "council", "care", "group", "foundation", "medical",
        "health", "partnership", "pharmacy", "school", "college", "university", "church", "library", "station", "club",
        "society", "association", "hub", "garden", "villa", "manor", "grange", "estate", "ltd", "limited", "nursing", "residential",
        "infirmary", "place", "primary", "academy", "building", "village", "town", "city", "county", "district", "ambulance",
        "course", "programme", "program", "scheme", "project", "line", "tv", "radio", "castle", "bridge", "pts", "nhs", "uk", "ltd.",
        "island");

    /// <summary>Words after a name that make it a condition named after someone: "Bell's palsy", "Crohn's disease".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionWords = Of(
        "palsy", "disease", "syndrome", "lymphoma", "sarcoma", "ataxia", "chorea", "phenomenon", "contracture", "dystrophy",
        "neuralgia", "neuroma", "encephalopathy", "thyroiditis", "ulcer", "ulcers");

    /// <summary>Function words and pronouns: never names, even where a list holds them ("An", "So", "Will you").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stop = Of(
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is", "was", "were", "be",
        "been", "are", "am", "he", "she", "it", "they", "we", "you", "i", "me", "him", "her", "his", "hers", "them", "their", "our",
        "my", "your", "this", "that", "these", "those", "not", "no", "yes", "so", "as", "if", "then", "than", "very", "all", "any",
        "some", "who", "what", "when", "where", "why", "how", "there", "here", "had", "has", "have", "do", "did", "does", "can",
        "could", "would", "should", "might", "must", "also", "just", "only", "still", "too", "up", "down", "out", "over", "into",
        "about", "after", "before", "again", "every", "each", "both", "more", "most", "much", "many", "well", "good", "great",
        "thank", "thanks", "please", "ok", "okay", "dear", "hi", "hello", "mr", "mrs", "ms", "miss", "dr", "nhs", "gp", "a&e",
        "i'm", "i’m", "i've", "i’ve", "i'd", "i'll", "im", "ive", "name", "names", "erm", "um", "umm", "er", "hmm", "ah", "oh", "wow",
        "yeah", "yep", "nope", "lol", "asap", "etc", "re", "o'clock", "o’clock", "ma", "mi", "le", "la", "de", "di", "da", "du", "van", "von", "al", "el", "do", "go", "us", "en", "et", "ca",
        // Contractions typed without their apostrophe on phones: "mum hasnt had her breakfast", "carer doesnt stay".
        "hasnt", "havent", "hadnt", "isnt", "wasnt", "arent", "werent", "doesnt", "dont", "didnt", "cant", "couldnt", "wouldnt",
        "shouldnt", "wont", "aint", "mustnt", "neednt", "youre", "youve", "theyre", "theyve", "thats", "whats", "theres",
        "wouldve", "couldve", "shouldve", "mightve", "whos", "itll", "youll", "theyll", "weve",
        // Exclamations of the languages UK towns speak, that start a sentence as "Gosh," does: "Duw, it's been hard".
        "duw", "iesu", "arglwydd", "wallah", "wallahi", "inshallah", "mashallah", "alhamdulillah", "subhanallah", "bismillah",
        "och", "ach", "jings", "crivens", "blimey", "begorrah", "bejaysus", "aiyo", "aiyah", "aiya", "arre", "yaar", "ayy",
        "oy", "oyvey", "dios", "boże", "matko",
        // Latin in hymns and prayers, listed as names elsewhere: "the 2 ave maria songs at the service".
        "ave",
        // "Nothing" and "something" as people say them, capitalised starting a clause: "when i rang Nuffin, things are fine".
        "nuffin", "nuffink", "nothin", "nuthin", "summat", "sumfin", "sumthin", "nowt", "owt");

    /// <summary>The words after which a lower-case word in mixed-case text may be a name: the strong cues' last words.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeLowerCaseName =
        Titles.Set.Concat(Roles.Set).Concat(SignOffs.Set).Concat(["is", "was", "called", "named", "name"])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Endings and beginnings that surnames and given names of many origins have and English words seldom do: Polish
    /// "-ska", "-wicz", Ukrainian "-enko", Lithuanian "-auskas", "-ienė", Romanian "-escu", Serbo-Croat "-ović", Greek
    /// "-opoulos", Igbo "Chukwu-", "-chukwu", Yoruba "Oluwa-", Punjabi "-preet", "-jit", "-deep", Tamil "-ratnam",
    /// "-alingam", Gaelic "Mc", "Mac", "O'". Asked only of a word no list or dictionary holds; it adds to the spelling score.
    /// </summary>
    public static bool HasNameAffix(ReadOnlySpan<char> word)
    {
        if (word.Length < 5) return false;
        Span<char> w = stackalloc char[word.Length];
        word.ToLowerInvariant(w);
        foreach (var suffix in NameSuffixes)
        {
            if (w.EndsWith(suffix)) return true;
        }
        foreach (var prefix in NamePrefixes)
        {
            if (w.StartsWith(prefix) && w.Length > prefix.Length + 2) return true;
        }
        // "McTavish", "MacAskill": Mc or Mac and a capital.
        return (word.StartsWith("Mc") && char.IsUpper(word[2])) || (word.StartsWith("Mac") && char.IsUpper(word[3]));
    }

    private static readonly string[] NameSuffixes =
    [
        "ska", "ski", "wicz", "czyk", "enko", "chuk", "auskas", "iene", "ienė", "aite", "aitė", "evicius", "evičius", "escu", "eanu",
        "ović", "ovic", "opoulos", "opoulou", "akis", "oglu", "oğlu", "chukwu", "preet", "jit", "deep", "ratnam", "alingam", "arajah",
        "uddin", "ullah", "kumar",
    ];

    private static readonly string[] NamePrefixes = ["chukwu", "oluwa", "o'", "o’", "abdul", "abdi", "fitz"];

    /// <summary>
    /// Whether a token is a kept phrase's word: the same, or for the phrase's last word its plural too ("Kylie sheets", "Admiral
    /// Nurses", "Zimmer frames").
    /// </summary>
    public static bool PhraseWord(ReadOnlySpan<char> token, string word, bool last) =>
        token.Equals(word, StringComparison.OrdinalIgnoreCase)
        || (last && token.Length == word.Length + 1 && token[^1] is 's' or 'S' && token.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        || (last && token.Length == word.Length + 2 && token.EndsWith("es", StringComparison.OrdinalIgnoreCase) && token.StartsWith(word, StringComparison.OrdinalIgnoreCase));

    public const int MaxTokens = 4;

    /// <summary>Below this spelling score (<see cref="NameShape"/>) an unlisted word is never a name, whatever surrounds it.</summary>
    public const float ShapeFloor = -0.6f;

    /// <summary>The floor for a sentence's first word that a person's doing follows ("Eluned has been our carer").</summary>
    public const float ActingFloor = -1.0f;

    /// <summary>Verbs whose doer is a person when "she" or "he" follows: "said she'd", "told him".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HumanVerbs = Of(
        "said", "says", "told", "tells", "rang", "rings", "phoned", "phones", "texted", "emailed", "asked", "asks", "promised",
        "explained", "explains", "listened", "listens", "answered", "spoke", "speaks", "talked", "talks", "smiled", "laughed",
        "visited", "visits", "popped", "knocked", "cares", "cared", "reassured", "apologised", "apologized", "chatted");

    /// <summary>
    /// Who a person's verb is done by or to, when only a person is meant: "said she'd", "told her", not "said they" nor
    /// "told me" (a company says and tells too: "Carefirst said they would ring").
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonObjects = Of(
        "she", "he", "she'd", "he'd", "she’d", "he’d", "she'll", "he'll", "she’ll", "he’ll", "she's", "he's", "she’s", "he’s", "him",
        "her", "his", "herself", "himself");

    /// <summary>What someone is waited on to do when that someone is a person: "waiting for vital to send the forms".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonActs = Of(
        "send", "ring", "call", "phone", "reply", "email", "text", "write", "contact", "visit", "explain", "tell",
        "speak", "talk", "sign");

    /// <summary>Where a person comes from in "Eluned from the council": offices and teams, not places.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Offices = Of(
        "council", "agency", "office", "team", "surgery", "ward", "hospital", "hospice", "practice", "centre", "charity", "service",
        "company", "carers", "hub", "desk", "helpline", "trust");

    /// <summary>An unlisted capitalised word is a name when its spelling score, with the context's, reaches this.</summary>
    public const float ShapeAccept = 0.5f;

    /// <summary>Words before a thing or a place, not a person: "in Loughborough", "the Tramadol", "on Zoom".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeThings = Of(
        "in", "at", "from", "near", "to", "into", "around", "towards", "via", "outside", "inside", "of", "the", "a", "an", "this",
        "that", "on", "using", "use", "used", "taking", "take", "took", "prescribed", "called", "through", "like",
        "with", "without", "some", "more", "no", "any", "new", "old", "local", "your", "our", "its", "visit", "visited", "visiting");

    /// <summary>Words before a person: "tell Keturah", "especially Rhodri", "Mum says Folasade", "Written by Kavitha".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforePeople = Of(
        "thank", "thanks", "tell", "told", "especially", "by", "says", "said", "hi", "hello", "dear", "hiya", "hey", "morning", "afternoon", "evening", "ask", "asked", "love", "except",
        "unlike", "fault", "give", "gave", "sorry", "bless", "poor", "ring", "phone", "ps",
        "and", "see", "saw", "met", "meet", "named", "its", "it's", "is", "was", "also", "both", "particularly", "including",
        // Verbs whose object is whoever was reached: "rang Khouloud re the visit", "emailed Siân", "chased Tendai".
        "rang", "rung", "phoned", "emailed", "e-mailed", "texted", "messaged", "contacted", "chased", "ringing", "phoning");

    /// <summary>Words after a person: "Nirmala has been", "Eluned from the council", "Hi, Gwenllian here".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterPeople = Of(
        "has", "had", "is", "was", "said", "says", "came", "comes", "come", "rang", "rings", "helped", "helps", "from", "here",
        "again", "who", "did", "does", "and", "gave", "told", "explained", "listened", "visited", "always", "never", "made", "went",
        "took", "works", "worked", "phoned", "arrived", "sorted", "will", "would", "could", "can", "should", "x", "xx", "xxx",
        "did", "didn't", "doesn't", "isn't", "wasn't", "cares", "cared", "knows", "knew", "looks", "looked", "makes", "puts",
        "answered", "answers", "asked", "asks", "spoke", "speaks", "talked", "talks", "listens", "texted", "popped", "turned",
        "left", "retired", "moved", "started", "tells", "visits", "sorts", "gets", "got", "brings", "brought", "helps", "does",
        "deserves", "stayed", "stays", "understood", "understands", "tried", "tries", "please", "wants", "wanted", "needs", "loves",
        "loved", "ignored", "ignores", "refused", "refuses", "forgot", "forgets", "remembered", "remembers", "noticed", "spotted",
        "showed", "shows", "managed", "manages", "runs", "ran", "drives", "drove", "keeps", "kept", "laughs", "cried", "shouted",
        "lives", "lived", "died", "sent", "wrote", "writes", "seen", "hasn't", "won't", "can't", "couldn't", "wouldn't", "still", "just",
        "really", "goes", "went", "hadn't", "hadnt", "doesnt", "didnt", "knocks", "washes", "dresses", "cooks", "sings", "smiles", "chats", "waited", "waits",
        // Respect words after a name: "Hemlata ji", "Gurpreet Singh ji", "Ahmed sahib", "Ramesh bhai", "Hansa ben".
        "ji", "jee", "sahib", "saab", "sahab", "bhai", "ben", "bibi", "khanum", "hanım", "bey", "san",
        "shouts", "shouted", "yells", "yelled", "screams", "screamed", "swears", "swore", "bullies", "bullied", "teases", "teased",
        "moans", "moaned", "argues", "argued", "snaps", "snapped", "grabs", "grabbed", "kicks", "kicked", "bites", "slaps", "slapped");

    /// <summary>
    /// Abbreviations written before an identifier, some of them names elsewhere ("Nino", "Reg"): "NINO:JA231146C", "reg
    /// AB12 CDE", "Ref: 4471". Before a code with a digit in it they label the code and are no one's name.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdentifierLabels = Of(
        "nino", "nin", "ni", "nhs", "chi", "mrn", "uprn", "vrn", "reg", "ref", "refs", "tel", "mob", "mobile", "acc", "acct", "dob",
        "pid", "urn", "crn", "no", "num", "id", "pin",
        // A form's "Address Line 1:", "Line 2:".
        "line");

    /// <summary>Whether the word ending at <paramref name="end"/> labels a code with a digit in it: "NINO:JA231146C", "Reg AB12 CDE".</summary>
    public static bool LabelsCode(ReadOnlySpan<char> word, string text, int end)
    {
        if (!IdentifierLabels.Contains(word)) return false;
        var k = end;
        for (var skipped = 0; k < text.Length && text[k] is ':' or ' ' or '.' or '-' or '#' && skipped < 3; skipped++) k++;
        for (; k < text.Length && char.IsLetterOrDigit(text[k]); k++)
        {
            if (char.IsAsciiDigit(text[k])) return true;
        }
        return false;
    }

    /// <summary>
    /// Words before "to" that make what follows a destination, not a person: "take back to Fernwood", "moved to Beechcroft",
    /// "discharged to Oakhurst". Only the learned tagger asks (the rules read places by the gazetteer and keep lists).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Journeys = Of(
        "back", "moved", "move", "moving", "went", "go", "goes", "going", "gone", "transferred", "transfer", "discharged", "admitted",
        "taken", "returned", "return", "returning", "drove", "driven", "walked", "travelled", "traveled", "trip",
        "journey", "way", "bus", "taxi", "lift", "respite", "placement");
}
