using System.Text;
using System.Text.RegularExpressions;

namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// Builds the planted set: real comments with one or two sentences written into them (at the start, the end or between
/// sentences) that carry names and identifiers, plus comments with look-alike words that must survive. Seeded, so the
/// same arguments give the same set.
/// </summary>
/// <remarks>
/// Names come from two pools: listed names (from <c>seeds/names</c>, the tuning set taking three in four, the unseen set
/// the fourth) and, in the unseen set, names the lists do not hold (<see cref="UnlistedFirst"/>), found only by cues and
/// capitals; their recall is reported apart. The fresh, blind and sealed sets draw from the unseen quarter and their own unlisted names.
/// <para>
/// A template fills slots: <c>{first}</c>, <c>{address}</c>, <c>{phone}</c> … draw a value (<see cref="PlantedValues"/>),
/// <c>{keep:WORD}</c> plants a look-alike that must survive, and a planted literal, <c>{kind=text}</c>, plants the text the
/// template writes itself as a detail of that kind: <c>{address=14 dockside}</c>, <c>{address=flat 2b, 9 orsett rd}</c>,
/// <c>{name=Jo-Jo}</c>, <c>{phone=07700 900 123 (home)}</c>. The kinds are those the bench counts: <c>name</c>,
/// <c>phone</c>, <c>email</c>, <c>nhs</c>, <c>ni</c>, <c>postcode</c>, <c>address</c>, <c>dob</c>, <c>bank</c>,
/// <c>case</c>, <c>reg</c>; the text is anything but braces, new lines included, and is planted as written (no case
/// change). A literal name counts as listed when every word of it of two letters or more is in the lists. A literal draws
/// nothing from the seeded random, so adding one changes no other template's values.
/// </para>
/// </remarks>
public enum PlantedSetName { Tuning, Unseen, Fresh, Blind, Sealed, Held, HeldTwo, HeldThree, HeldFour, HeldFive, HeldSix, HeldSeven, HeldEight, HeldNine, HeldTen, HeldEleven, HeldTwelve, HeldThirteen, HeldFourteen, HeldFifteen }

public sealed partial class PlantedSet
{
    /// <summary>Real names missing from the lists (the generator drops any a later list gains).</summary>
    private static readonly string[] UnlistedFirst =
    [
        "Tamsin", "Lowenna", "Kerenza", "Morwenna", "Jago", "Sorcha", "Ailbhe", "Fiadh", "Bláthnaid", "Dervla", "Nneka", "Uchenna",
        "Kelechi", "Ayodele", "Yewande", "Ayomide", "Hafsa", "Humaira", "Mehwish", "Sumaira", "Zeeshan", "Shoaib", "Tahmina",
        "Sharmin", "Tanvir", "Sabbir", "Sagal", "Nimco", "Liban", "Abdirahman", "Mahad", "Przemysław", "Szymon", "Bożena",
        "Jadwiga", "Radosław", "Ciprian", "Sorin", "Nicoleta", "Oluwadamilare", "Chukwudi", "Ebere", "Faadumo", "Caoilfhionn",
    ];

    private static readonly string[] UnlistedLast =
    [
        "Trelawny", "Penhaligon", "Nankervis", "Chynoweth", "Nwachukwu", "Onyekachi", "Olanrewaju", "Oyinlola", "Talukder",
        "Majumder", "Bhuiyan", "Cabdullahi", "Ghazanfar", "Pietrzak", "Ungureanu", "Bălan", "Ó Gallchobhair", "Brzęczyszczykiewicz",
    ];

    /// <summary>Unlisted names for the fresh set, chosen after the redactor was tuned on the ones above.</summary>
    private static readonly string[] FreshUnlistedFirst =
    [
        "Eluned", "Gwenllian", "Rhodri", "Caoimhe", "Oisín", "Adaeze", "Chidinma", "Obinna", "Folasade", "Temitope", "Akosua", "Kwabena",
        "Adwoa", "Rukhsana", "Shabana", "Nusrat", "Fahmida", "Hodan", "Ubah", "Grzegorz", "Wojciech", "Małgorzata", "Agnieszka", "Dorin",
        "Ionela", "Vaida", "Žydrūnė", "Thivya", "Kavitha", "Nirmala", "Hiral", "Dhruv", "Keturah", "Delroy",
    ];

    private static readonly string[] FreshUnlistedLast =
    [
        "Okonkwo", "Adeyemi", "Asante", "Boateng", "Chowdhury", "Hossain", "Warsame", "Kowalczyk", "Wiśniewska", "Popescu", "Kazlauskas",
        "Sivakumar", "Thistlethwaite", "Featherstonehaugh", "Ní Dhomhnaill", "Nwosu", "Oyelaran",
    ];

    /// <summary>Unlisted names for the blind set, never used to tune the redactor.</summary>
    private static readonly string[] BlindUnlistedFirst =
    [
        "Tegwen", "Ffion", "Iolo", "Meinir", "Clodagh", "Saoirse", "Oluwaseun", "Ngozi", "Chiamaka", "Abena", "Shamima", "Rehana",
        "Tasnim", "Mahfuz", "Ayaan", "Ifrah", "Zbigniew", "Wiesław", "Bogdana", "Mihaela", "Ilinca", "Rūta", "Gintarė", "Lakshmi",
        "Senthil", "Jaswinder", "Harpreet", "Gurpreet", "Errol",
    ];

    private static readonly string[] BlindUnlistedLast =
    [
        "Oyebanji", "Nwankwo", "Mensah", "Owusu", "Uddin", "Miah", "Abdi", "Wróblewski", "Dumitrescu", "Petrauskas", "Subramaniam",
        "Sandhu", "Bains", "Penrose", "Tregothnan", "Ó Súilleabháin",
    ];

    /// <summary>Unlisted names for the sealed set, never used to tune the redactor.</summary>
    private static readonly string[] SealedUnlistedFirst =
    [
        "Blodwen", "Gethin", "Aoibheann", "Oluwatoyin", "Chinonso", "Efua", "Nazia", "Shahnaz", "Rubina", "Abdikarim", "Hamdi",
        "Stanisława", "Jarosław", "Florentina", "Vasile", "Aušra", "Dovydas", "Revathi", "Thangam", "Manjit", "Kuldip", "Jermaine",
    ];

    private static readonly string[] SealedUnlistedLast =
    [
        "Ogunleye", "Eze", "Appiah", "Ahmadi", "Farah", "Nowakowska", "Ionescu", "Jankauskas", "Ramasamy", "Dhillon", "Grewal",
        "Trevithick", "Ó Briain",
    ];

    /// <summary>Unlisted names for the held set (stop 16), never used to tune the redactor.</summary>
    private static readonly string[] HeldUnlistedFirst =
    [
        "Nerys", "Angharad", "Siwan", "Ruaridh", "Órlaith", "Chibuzo", "Shirin", "Rumana", "Jannat", "Fartun", "Bronisława", "Zdzisław",
        "Laimutė", "Vytautas", "Jurgita", "Kamaljit", "Sukhwinder", "Tharshini", "Yusra", "Carys", "Mairéad", "Adaora", "Osagie", "Nighat",
        "Delwar", "Warsan", "Iwona", "Grażyna", "Gurdeep", "Sarbjit", "Vasuki", "Iestyn", "Gwilym", "Winsome", "Marvella",
    ];

    private static readonly string[] HeldUnlistedLast =
    [
        "Pengelly", "Tregenza", "Polglase", "Oduya", "Hirsi", "Zielińska", "Vaitkus", "Žukauskas", "Bhamra", "Rajaratnam", "Llewelyn",
        "Prydderch", "Mahamed", "Dąbrowska", "Virdee", "Kandiah", "Selvarajah", "Adjei", "Quaye", "Sahota", "Ogbonna", "Ní Fhlatharta",
    ];

    /// <summary>
    /// Unlisted names for the second held set (stop 17), chosen by another person than the redactor's author and checked
    /// absent from every list in <c>seeds/names</c> (the English words too): English, Scottish, Welsh, Irish, Cornish, Polish,
    /// Lithuanian, Romanian, Bulgarian, Albanian, Ukrainian, Yoruba, Igbo, Hausa, Somali, Eritrean, Ethiopian, Shona,
    /// Pakistani, Bangladeshi, Punjabi, Gujarati, Tamil, Caribbean, Chinese, Filipino, Turkish, Kurdish, Greek Cypriot,
    /// Portuguese, Afghan and Syrian.
    /// </summary>
    private static readonly string[] HeldTwoUnlistedFirst =
    [
        "Ottoline", "Hephzibah", "Lettice", "Peregrine", "Tamsyn", "Catriona", "Seonaid", "Ishbel", "Gwenno", "Heledd", "Eurig", "Llinos",
        "Hywel", "Síle", "Donncha", "Tadhg", "Ruairí", "Demelza", "Jowan", "Bolesław", "Wiesława", "Urszula", "Genowefa", "Audronė",
        "Mindaugas", "Eglė", "Gheorghița", "Dănuț", "Tsvetanka", "Stoyan", "Besnik", "Flutura", "Oksana", "Mykola", "Halyna", "Adetokunbo",
        "Iyabo", "Ikechukwu", "Amarachi", "Chinwe", "Hauwa", "Faaiso", "Cawo", "Guled", "Deeqa", "Yordanos", "Mulugeta", "Selamawit",
        "Tendai", "Tatenda", "Chiedza", "Nyasha", "Rubab", "Waqas", "Qaiser", "Ghazala", "Rokeya", "Moushumi", "Joynal", "Shuhel",
        "Paramjit", "Rajwinder", "Harbhajan", "Hansaben", "Jayshree", "Chandrakant", "Sivanesan", "Tharmini", "Glenroy", "Linval",
        "Merline", "Lascelles", "Xiaoling", "Zhiwei", "Maricel", "Analyn", "Havva", "Rojda", "Androulla", "Kyriacos", "Conceição",
        "Zarghona", "Raghad",
    ];

    private static readonly string[] HeldTwoUnlistedLast =
    [
        "Trethewey", "Pughe", "MacAskill", "Urquhart", "Menzies", "Gotobed", "Ó Muircheartaigh", "Breathnach", "Ní Chonaill", "Szczepańska",
        "Chmielewska", "Kazlauskienė", "Stankevičius", "Oyewole", "Ezeani", "Ogundipe", "Ibekwe", "Ankrah", "Dirie", "Tesfamariam",
        "Ghebremichael", "Chikwanha", "Mutasa", "Moyo", "Janjua", "Kiani", "Sikder", "Mridha", "Bhogal", "Sanghera", "Vaghela",
        "Thevarajah", "Balasingham", "Charalambous", "Hadjipanayi", "Constantinou",
    ];

    /// <summary>
    /// Unlisted names for the third held set (stop 18), chosen before reading the redactor's code and checked absent from every
    /// list in <c>seeds/names</c> (the English words too) and from every other set: English, Scottish, Welsh, Irish, Cornish,
    /// Polish, Lithuanian, Latvian, Bulgarian, Albanian, Yoruba, Igbo, Hausa, Ghanaian, Somali, Eritrean, Shona, Pakistani,
    /// Bangladeshi, Punjabi, Gujarati, Tamil, Caribbean, Chinese, Filipino, Kurdish, Greek Cypriot, Afghan, Syrian, Nepali and
    /// Thai naming, and nicknames ("Gosia", "Funmi", "Dazza", "Shaz").
    /// </summary>
    private static readonly string[] HeldThreeUnlistedFirst =
    [
        "Jocasta", "Araminta", "Perpetua", "Cressida", "Rosamund", "Evadne", "Ailsa", "Struan", "Fearghas", "Dilys", "Glenys", "Gwion",
        "Mared", "Sioned", "Tirion", "Emrys", "Meical", "Pryderi", "Lowri", "Einir", "Clíodhna", "Muireann", "Éabha", "Sadhbh", "Dáithí",
        "Senara", "Steren", "Elowen", "Mirosław", "Czesław", "Lucyna", "Gosia", "Giedrė", "Kęstutis", "Arūnas", "Daiva", "Ilze", "Aivars",
        "Desislava", "Radostina", "Hristo", "Blerina", "Mimoza", "Dritan", "Babajide", "Bolanle", "Funmi", "Chidubem", "Ugochukwu",
        "Hadiza", "Xaliimo", "Khadar", "Hibo", "Senait", "Luwam", "Mebrahtu", "Rutendo", "Farai", "Tapiwa", "Kudakwashe", "Nabeela",
        "Mubashir", "Kashif", "Saima", "Jahanara", "Mizanur", "Shilpi", "Kohinoor", "Kulwant", "Navdeep", "Gurnam", "Inderjit", "Hasmukh",
        "Kokila", "Jignesh", "Ramila", "Bhavna", "Sivakami", "Thanuja", "Kalaivani", "Yogeswaran", "Dorrett", "Carlene", "Xiuying",
        "Jianhua", "Marites", "Rezan", "Shilan", "Panayiotis", "Stavroulla", "Christakis", "Loukia", "Mursal", "Zarmina", "Wahidullah",
        "Rahaf", "Lujain", "Sushila", "Siriporn", "Dazza", "Shaz",
    ];

    private static readonly string[] HeldThreeUnlistedLast =
    [
        "Trembath", "Angwin", "Chisholm", "Gruffydd", "Ó Dochartaigh", "Nic Aoidh", "Grabowska", "Wojciechowska", "Butkienė",
        "Vasiliauskaitė", "Dimitrova", "Akinola", "Olatunji", "Tewolde", "Habte", "Chinyama", "Rathore", "Kalsi", "Pathmanathan",
        "Navaratnam", "Magbanua", "Demirci", "Kyriakou", "Popalzai", "Sultani", "Al-Masri", "Trevaskis", "Nankivell", "Ní Mhurchú",
        "Przybylska", "Juškevičius", "Oyeleke", "Okwuosa", "Nwoye", "Adu-Gyamfi", "Osei-Bonsu", "Gebreyesus", "Mapfumo", "Zvobgo",
        "Bhattacharjee", "Khandaker", "Bhachu", "Rayat", "Pankhania", "Ruparelia", "Thirunavukkarasu", "Kanapathipillai", "Ledgister",
        "Kalogirou", "Hatzigeorgiou", "Noorzai", "O'Driscoll", "MacAulay",
    ];

    private static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Dr"];

    private readonly Random random;
    private readonly PlantedValues values;
    private readonly string[] templates;
    private readonly string[] lookAlikes;
    private readonly (string Name, bool Listed)[] firstPool;
    private readonly (string Name, bool Listed)[] lastPool;
    private readonly HashSet<string> listedWords;

    public PlantedSet(IReadOnlyList<string> firstNames, IReadOnlyList<string> surnames, IReadOnlySet<string> notNames, int seed, PlantedSetName set)
    {
        random = new Random(seed);
        values = new PlantedValues(random);
        templates = set switch
        {
            PlantedSetName.Unseen => PlantedTemplates.Unseen, PlantedSetName.Fresh => PlantedTemplates.Fresh, PlantedSetName.Blind => PlantedTemplates.Blind,
            PlantedSetName.Sealed => PlantedTemplates.Sealed, PlantedSetName.Held => PlantedTemplates.Held, PlantedSetName.HeldTwo => PlantedTemplates.HeldTwo,
            PlantedSetName.HeldThree => PlantedTemplates.HeldThree,
            PlantedSetName.HeldFour => HeldFourTemplates.Templates,
            PlantedSetName.HeldFive => HeldFiveTemplates.Templates,
            PlantedSetName.HeldSix => HeldSixTemplates.Templates,
            PlantedSetName.HeldSeven => HeldSevenTemplates.Templates,
            PlantedSetName.HeldEight => HeldEightTemplates.Templates,
            PlantedSetName.HeldNine => HeldNineTemplates.Templates,
            PlantedSetName.HeldTen => HeldTenTemplates.Templates,
            PlantedSetName.HeldEleven => HeldElevenTemplates.Templates,
            PlantedSetName.HeldTwelve => HeldTwelveTemplates.Templates,
            PlantedSetName.HeldThirteen => HeldThirteenTemplates.Templates,
            PlantedSetName.HeldFourteen => HeldFourteenTemplates.Templates,
            PlantedSetName.HeldFifteen => HeldFifteenTemplates.Templates,
            _ => PlantedTemplates.Tuning,
        };
        lookAlikes = set switch
        {
            PlantedSetName.Fresh => PlantedTemplates.FreshLookAlikes, PlantedSetName.Blind => PlantedTemplates.BlindLookAlikes,
            PlantedSetName.Sealed => PlantedTemplates.SealedLookAlikes, PlantedSetName.Held => PlantedTemplates.HeldLookAlikes,
            PlantedSetName.HeldTwo => PlantedTemplates.HeldTwoLookAlikes, PlantedSetName.HeldThree => PlantedTemplates.HeldThreeLookAlikes,
            PlantedSetName.HeldFour => HeldFourTemplates.LookAlikes,
            PlantedSetName.HeldFive => HeldFiveTemplates.LookAlikes,
            PlantedSetName.HeldSix => HeldSixTemplates.LookAlikes,
            PlantedSetName.HeldSeven => HeldSevenTemplates.LookAlikes,
            PlantedSetName.HeldEight => HeldEightTemplates.LookAlikes,
            PlantedSetName.HeldNine => HeldNineTemplates.LookAlikes,
            PlantedSetName.HeldTen => HeldTenTemplates.LookAlikes,
            PlantedSetName.HeldEleven => HeldElevenTemplates.LookAlikes,
            PlantedSetName.HeldTwelve => HeldTwelveTemplates.LookAlikes,
            PlantedSetName.HeldThirteen => HeldThirteenTemplates.LookAlikes,
            PlantedSetName.HeldFourteen => HeldFourteenTemplates.LookAlikes,
            PlantedSetName.HeldFifteen => HeldFifteenTemplates.LookAlikes,
            _ => PlantedTemplates.LookAlikes,
        };
        var listed = new HashSet<string>(firstNames.Concat(surnames), StringComparer.OrdinalIgnoreCase);
        listedWords = listed;
        var unseen = set != PlantedSetName.Tuning;
        var (unlistedFirst, unlistedLast) = set switch
        {
            PlantedSetName.Fresh => (FreshUnlistedFirst, FreshUnlistedLast), PlantedSetName.Blind => (BlindUnlistedFirst, BlindUnlistedLast),
            PlantedSetName.Sealed => (SealedUnlistedFirst, SealedUnlistedLast), PlantedSetName.Held => (HeldUnlistedFirst, HeldUnlistedLast),
            PlantedSetName.HeldTwo => (HeldTwoUnlistedFirst, HeldTwoUnlistedLast), PlantedSetName.HeldThree => (HeldThreeUnlistedFirst, HeldThreeUnlistedLast),
            PlantedSetName.HeldFour => (HeldFourTemplates.UnlistedFirst, HeldFourTemplates.UnlistedLast),
            PlantedSetName.HeldFive => (HeldFiveTemplates.UnlistedFirst, HeldFiveTemplates.UnlistedLast),
            PlantedSetName.HeldSix => (HeldSixTemplates.UnlistedFirst, HeldSixTemplates.UnlistedLast),
            PlantedSetName.HeldSeven => (HeldSevenTemplates.UnlistedFirst, HeldSevenTemplates.UnlistedLast),
            PlantedSetName.HeldEight => (HeldEightTemplates.UnlistedFirst, HeldEightTemplates.UnlistedLast),
            PlantedSetName.HeldNine => (HeldNineTemplates.UnlistedFirst, HeldNineTemplates.UnlistedLast),
            PlantedSetName.HeldTen => (HeldTenTemplates.UnlistedFirst, HeldTenTemplates.UnlistedLast),
            PlantedSetName.HeldEleven => (HeldElevenTemplates.UnlistedFirst, HeldElevenTemplates.UnlistedLast),
            PlantedSetName.HeldTwelve => (HeldTwelveTemplates.UnlistedFirst, HeldTwelveTemplates.UnlistedLast),
            PlantedSetName.HeldThirteen => (HeldThirteenTemplates.UnlistedFirst, HeldThirteenTemplates.UnlistedLast),
            PlantedSetName.HeldFourteen => (HeldFourteenTemplates.UnlistedFirst, HeldFourteenTemplates.UnlistedLast),
            PlantedSetName.HeldFifteen => (HeldFifteenTemplates.UnlistedFirst, HeldFifteenTemplates.UnlistedLast),
            _ => (UnlistedFirst, UnlistedLast),
        };
        firstPool = Pool(firstNames, unlistedFirst, listed, notNames, unseen);
        lastPool = Pool(surnames, unlistedLast, listed, notNames, unseen);
    }

    // Plain alphabetic names of the pool's quarter(s), then (unseen only) unlisted names, one in four draws.
    private static (string, bool)[] Pool(IReadOnlyList<string> names, string[] unlisted, HashSet<string> listed, IReadOnlySet<string> notNames, bool unseen)
    {
        var drawn = names.Where((n, i) => (i % 4 == 0) == unseen && n.Length > 2 && char.IsUpper(n[0]) && !notNames.Contains(n) && n.All(char.IsLetter)).Select(n => (n, true));
        if (!unseen) return drawn.ToArray();
        var pool = drawn.ToList();
        var extra = unlisted.Where(n => !n.Split(' ').Any(listed.Contains)).ToArray();
        var share = pool.Count / 3;
        for (var i = 0; i < share && extra.Length > 0; i++) pool.Add((extra[i % extra.Length], false));
        return pool.ToArray();
    }

    /// <summary><paramref name="count"/> items: about three in four with planted details, the rest with look-alikes.</summary>
    public List<PlantedItem> Build(IReadOnlyList<string> comments, int count)
    {
        var items = new List<PlantedItem>(count);
        for (var i = 0; i < count; i++)
        {
            var comment = comments[random.Next(comments.Count)];
            var lookAlike = random.Next(4) == 0;
            var sentence = lookAlike ? Fill(lookAlikes[random.Next(lookAlikes.Length)])
                : Fill(templates[random.Next(templates.Length)]);
            items.Add(Insert(comment, sentence, signOff: sentence.Text.StartsWith("- ", StringComparison.Ordinal) || IsSignOff(sentence.Text)));
        }
        return items;
    }

    // A sentence on lines of its own ("Thanks,\n{first}") is a sign-off too; every such template of the older sets starts with one of these words.
    private static bool IsSignOff(string s) => s.Contains('\n', StringComparison.Ordinal) || s.StartsWith("Signed", StringComparison.Ordinal) || s.StartsWith("Regards", StringComparison.Ordinal)
        || s.StartsWith("Love from", StringComparison.Ordinal) || s.StartsWith("Cheers", StringComparison.Ordinal) || s.StartsWith("Yours", StringComparison.Ordinal) || s.StartsWith("Many thanks", StringComparison.Ordinal);

    private (string Text, List<Planted> Details) Fill(string template)
    {
        var sb = new StringBuilder();
        var details = new List<Planted>();
        var (first, firstListed) = firstPool[random.Next(firstPool.Length)];
        var (last, lastListed) = lastPool[random.Next(lastPool.Length)];
        var at = 0;
        foreach (Match m in SlotPattern().Matches(template))
        {
            sb.Append(template, at, m.Index - at);
            at = m.Index + m.Length;
            var slot = m.Groups[1].Value;
            if (slot.StartsWith("keep:", StringComparison.Ordinal))
            {
                details.Add(new(sb.Length, slot.Length - 5, "keep"));
                sb.Append(slot[5..]);
                continue;
            }
            if (LiteralKind(slot) is { } literalKind)
            {
                var text = slot[(slot.IndexOf('=', StringComparison.Ordinal) + 1)..];
                details.Add(new(sb.Length, text.Length, literalKind, literalKind != "name" || IsListed(text)));
                sb.Append(text);
                continue;
            }
            if (slot == "title") { sb.Append(Titles[random.Next(Titles.Length)]); continue; }
            if (slot == "role") { sb.Append("carer"); continue; }
            var (value, listed) = slot.ToLowerInvariant() switch
            {
                "first" or "first_lower" => (first, firstListed),
                "first2" or "first3" => firstPool[random.Next(firstPool.Length)],
                "last2" => lastPool[random.Next(lastPool.Length)],
                "last" or "last_lower" => (last, lastListed),
                "full" or "full_lower" => (first + " " + last, firstListed && lastListed),
                _ when slot.StartsWith("email", StringComparison.Ordinal) => (values.Email(first, last, slot), true),
                _ => (values.Value(slot), true),
            };
            if (slot.EndsWith("_lower", StringComparison.Ordinal)) value = value.ToLowerInvariant();
            else if (string.Equals(slot.ToUpperInvariant(), slot, StringComparison.Ordinal)) value = value.ToUpperInvariant();
            details.Add(new(sb.Length, value.Length, PlantedValues.Kind(slot.ToLowerInvariant()), listed));
            sb.Append(value);
        }
        sb.Append(template, at, template.Length - at);
        return (sb.ToString(), details);
    }

    // A sign-off goes last on its own line; other sentences at the start, the end or between two sentences.
    private PlantedItem Insert(string comment, (string Text, List<Planted> Details) sentence, bool signOff)
    {
        var caps = sentence.Text.Length > 8 && string.Equals(sentence.Text.ToUpperInvariant(), sentence.Text, StringComparison.Ordinal);
        var body = caps ? comment.ToUpperInvariant() : comment;
        int offset;
        string text;
        if (signOff)
        {
            text = body + "\n" + sentence.Text;
            offset = body.Length + 1;
        }
        else
        {
            var breaks = SentenceEnd().Matches(body).Select(m => m.Index + m.Length).ToList();
            var where = random.Next(3) switch { 0 => 0, 1 => body.Length, _ => breaks.Count > 0 ? breaks[random.Next(breaks.Count)] : 0 };
            var before = body[..where];
            var glue = where == 0 ? "" : where == body.Length ? " " : "";
            var after = where == body.Length ? "" : " " + body[where..].TrimStart();
            text = before + glue + sentence.Text + after;
            offset = before.Length + glue.Length;
        }
        return new PlantedItem(text, sentence.Details.Select(d => d with { Start = d.Start + offset }).ToList(), Plain: false);
    }

    /// <summary>The kind a planted literal's slot (<c>address=14 dockside</c>) is counted under, or null for any other slot.</summary>
    public static string? LiteralKind(string slot)
    {
        var eq = slot.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0) return null;
        return slot[..eq] switch
        {
            "name" => "name", "phone" => "phone", "email" => "email", "nhs" => "NHS number", "ni" => "NI number", "postcode" => "postcode",
            "address" => "address", "dob" => "date of birth", "bank" => "bank details", "case" => "case reference", "reg" => "vehicle registration",
            var kind => throw new ArgumentException($"No planted literal of the kind {kind}", nameof(slot)),
        };
    }

    private bool IsListed(string name) =>
        name.Split([' ', '-', '\'', '.', ',', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1).All(listedWords.Contains);

    // A slot, or a planted literal: a kind, "=", and any text but braces.
    [GeneratedRegex(@"\{([A-Za-z_0-9:' \-]+|[a-z]+=[^{}]+)\}")]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"[.!?]\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();
}
