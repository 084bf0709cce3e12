namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// The sentences details are planted in, the ways people write them. <see cref="Tuning"/> are the ones the redactor was
/// tuned on; <see cref="Unseen"/> were written apart (<c>bench redaction --unseen</c>) and, once measured, tuned on too;
/// <see cref="Fresh"/> were written after that, measured (names recall 0.84) and then tuned on; <see cref="Blind"/> were
/// written with them, measured (0.91–0.93) and then tuned on; <see cref="Sealed"/> were written after that and never
/// used to tune it in stop 15, then tuned on in stop 16; <see cref="Held"/> were written at the start of stop 16, before
/// any change of that stop, and tuned on in stop 17; <see cref="HeldTwo"/> were written at the start of stop 17 by another
/// person, before reading the redactor, never tuned on in stop 17 and tuned on in stop 18; <see cref="HeldThree"/> were
/// written at the start of stop 18, before reading the redactor's code, never tuned on in stop 18 and tuned on in stop 19
/// (<c>bench redaction --held3 --misses</c>). The later sets, <see cref="HeldFourTemplates"/> onwards, each say in their own
/// file who wrote them and when they were first tuned on. Keep a set that no change has been tuned against: when this one
/// has been, write another.
/// Slots: {first} {last} {full} (a first and last name), {title}, {role}, {phone} {email} {nhs} {ni} {postcode} {address}
/// {dob} {bank} {case} {reg}; {keep:WORD} marks a look-alike that must survive.
/// </summary>
public static class PlantedTemplates
{
    public static readonly string[] Tuning =
    [
        "My daughter {first} helped me fill this in.", "My son {FIRST} rang them twice.", "{title} {last} on reception was lovely.",
        "The carer, {first}, was always on time.", "Signed, {first}", "Regards, {full}", "Love from {first}", "- {first}",
        "I spoke to {first} who sorted it.", "Ask for {first} at the front desk.", "Thanks to {full} for everything.",
        "My name is {full} and I care for my mum.", "my name is {full_lower}", "I'm {full}, her husband.", "Name: {full}",
        "A lady called {first} came out.", "{title} {full} explained everything.", "Our social worker {full} never rang back.",
        "{first} was brilliant with dad.", "Please pass my thanks to {first} and {first2}.", "{full} from the team was great.",
        "MY SON {FIRST} {LAST} WAS NOT TOLD.", "the carer {first_lower} is great", "Call me on {phone}.", "My mobile is {phone}.",
        "Mob:{phone_compact}", "tel:{phone_compact}", "Email {email} if you need me.", "NHS:{nhs_compact}", "NHS no. {nhs_dots}",
        "my nhs number is {nhs}", "I live at {address}.", "Address: {address}, {postcode}", "Postcode {postcode}.",
        "DOB: {dob_dots}", "born {dob_slash}", "date of birth {dob_words}", "NI number {ni}.", "Sort code {sort}, account {account}.",
        "My case ref is {case}.", "Their van {reg} was parked across my drive.", "{first} {last} ({phone}) is my next of kin.",
    ];

    public static readonly string[] Unseen =
    [
        "Me and my wife {first} are struggling.", "Big thanks to nurse {first} on the ward.", "Dr {last} listened for once.",
        "our neighbour {full} keeps an eye on her", "The manager, {full}, promised to ring.", "Cheers, {first}", "Many thanks, {full}",
        "I asked for {first} but she was off.", "Talked to {full} yesterday.", "I'm called {first}.", "it's {first_lower} here, mum's carer",
        "Mr {LAST} CAME ROUND.", "{first} and {first2} were great.", "Please can {full} ring me back.", "I am {full}.",
        "Contact me: {phone}", "ring {phone} any time", "mobile{phone_compact}", "({phone_intl})", "{phone_slash}",
        "{email_obfuscated}", "Write to {email_wide}", "My NHS number: {nhs}.", "nhs {nhs_spaced}", "Flat {n}, {house} House",
        "Send it to {address}, {postcode}.", "{postcode_hyphen}", "DOB {dob_slash}.", "born on {dob_words}", "NI: {ni_compact}",
        "a/c {account} s/c {sort}", "Case reference {case}.", "reg {reg_lower}", "Regards\n{full}",
    ];

    public static readonly string[] Fresh =
    [
        "My carer {first} comes every morning.", "Thank you {first} for all your help.", "{first} from the council said she would call.",
        "I was visited by {full} from adult social care.", "Hi, {first} here.", "We were told by {title} {last} that it was fine.",
        "My husband ({first}) has dementia.", "My mum, {full}, is 92.", "Social worker: {full}", "I am writing on behalf of my father {full}.",
        "{full} (my husband) needs more help.", "Can someone tell {first} I said thank you.", "The OT {first} came out twice.",
        "Kind regards, {title} {last}", "From: {full}", "Mum says {first} is the best carer she's had.",
        "Our new worker {first} doesn't speak to dad.", "{FULL} DID NOT TURN UP.", "ask for {title} {last} at reception",
        "Best wishes, {first} x", "my daughter-in-law {first} does his shopping", "{first}'s visits are too short.",
        "The carers (especially {first}) are wonderful.", "Please contact my son {full} on {phone}.", "Its {first} again, still no reply.",
        "I'd like to thank {full} and her team.", "{first} has been our carer for 3 years.", "{title}. {last} said it was fine.",
        "shout out to {first_lower} at the day centre", "{first} {last}, carer for my son", "Written by {first}, his wife.",
    ];

    public static readonly string[] Blind =
    [
        "Our home help {first} is a godsend.", "{first} and I have been married 50 years.", "I rang and {first} answered, very rude.",
        "Dear {title} {last},", "p.s. {first} says hello", "{full} - daughter and main carer", "Re: my mother, {full}",
        "The reablement worker ({first}) was brilliant.", "My PA {first} has left and no one replaced her.", "Nobody told {first} about the change.",
        "{first} {last} is the only one who listens.", "When {first} comes she always has a chat.", "Sent from {first}'s phone",
        "I want to complain about {first}.", "My key worker is {full}.", "As {first}'s carer I never get a break.",
        "{first}, my sister, does the nights.", "MY CARER {FIRST} IS LOVELY", "the lady on the phone said her name was {first_lower}",
        "Ta, {first}", "With thanks from the {last} family", "{title} {full} visited on Tuesday.", "We miss {first} since she moved on.",
    ];

    public static readonly string[] Sealed =
    [
        "{first} is the only carer who reads the care plan.", "Since {first} left nothing gets done.", "I'd give {first} a medal.",
        "The new girl, {first}, is lovely.", "Ask {first} {last} if you don't believe me.", "Speak to my husband {full} about his tablets.",
        "The social worker ({full}) never returned calls.", "Mr and Mrs {last} from number 4 help us.", "Regards\n\n{full}\nCarer",
        "{first} - you are a star!", "How is {first} still working there?", "my nan {first_lower} is 94", "{title} {last}'s clinic was cancelled.",
        "Visits from {first} are the highlight of mum's week.", "Without {first} I would have given up.", "{FIRST} NEVER TURNS UP ON TIME",
        "Ring my son {first} if you need to.", "{full} (daughter)", "Best, {first}",
    ];

    public static readonly string[] Held =
    [
        "{first} made mum laugh again.", "Nobody except {first} bothers to knock.", "I have told {first} {last} three times now.",
        "We were badly let down by {full}.", "My brother {first} lives with me and helps.", "{title} {last} wrote to us but never followed it up.",
        "Feedback from {full}, carer", "Please ask {first} to phone me back.", "I can't fault {first} at all.",
        "{first} {last} - retired nurse and carer", "the nurse was called {first_lower} i think", "Cheers {first}!",
        "Yours sincerely,\n{full}", "{first} does mum's tablets on a Sunday.", "When I asked {first}, she said no.",
        "{first}'s manager never replied to my email.", "MY DAD {FULL} IS 88 AND HOUSEBOUND", "I went with my friend {first} to the Talking Shop.",
        "Yours faithfully, {title} {last}", "Carers like {first} deserve more pay.", "I live with my partner {full}.",
        "Only {first} {last} explained the charges properly.", "You can text me on {phone}.", "reach me at {email}",
    ];

    /// <summary>
    /// Written at the start of stop 17 by another person than the redactor's author, before reading the redactor's code, and
    /// never tuned on in stop 17, then read and tuned on in stop 18 (<c>bench redaction --held2</c>): carers, family and staff, sign-offs, phone text in lower case, all caps,
    /// names starting a sentence.
    /// </summary>
    public static readonly string[] HeldTwo =
    [
        "{first} stayed late to make sure dad had eaten.", "Honestly {first} deserves a pay rise.", "My wife {first} and I both need help now.",
        "Our grandson {first} set up the video call for us.", "The carer who comes on Fridays, {first}, is very patient.",
        "Mum's social worker is {title} {last}.", "I was told by a woman named {first} that nothing could be done.",
        "{title} {last} at the surgery referred us in March.", "{full} was the advocate at the review.",
        "Can {first} please come back, she understood mum.", "thank u {first_lower} for everything x", "my carer {first_lower} is always rushing",
        "spoke to {first_lower} {last_lower} on the duty desk no help at all", "OUR CARER {FIRST} HAS NOT BEEN PAID FOR WEEKS",
        "PLEASE RING MY SON {FULL}", "Thanks,\n{first}", "All the best,\n{first} x", "Warm wishes,\n{full} (daughter)", "thanks again\n{first_lower}",
        "{first} {last} is my mum's named worker but we never see her.", "Mrs {last} next door does more than the council.",
        "I phoned and asked for {first} in finance about the invoice.", "{first}'s husband has Parkinson's and she can't lift him.",
        "Ask {title} {full} why the assessment took a year.", "My nephew {first} {last} is my appointee.",
        "Whoever {first} is, she was rude to my mother.", "We love {first} to bits.", "Dad calls her {first} but her name is {first2}.",
        "I'm {first}, I look after my brother who has autism.", "Nurse {first} from the district team dressed his leg.",
        "Sorry {first}, I know you tried your best.", "hi its {first_lower} again about my mums care package", "{LAST} FAMILY - STILL WAITING FOR A REPLY",
        "Our PA, {first} {last}, is leaving in May.", "The day centre manager {first} said they'd close in April.",
        "Text {phone} if nobody answers.", "my email is {email}",
    ];

    /// <summary>
    /// Written at the start of stop 18, before reading the redactor's code, never tuned on in stop 18 and tuned on in stop 19
    /// (<c>bench redaction --held3 --misses</c>): neighbours, family, carers, GPs and social workers; names in lists, possessives,
    /// double-barrelled surnames, "aka" and nicknames; sign-offs; lower-case phone text; all caps; names starting sentences;
    /// case-record style ("Client: Surname, First").
    /// </summary>
    public static readonly string[] HeldThree =
    [
        "{first} from next door has been doing mum's shopping since the carers stopped coming.", "Our GP, Dr {last}, wrote to the council twice.",
        "The social worker we had before, {full}, actually listened.", "{first}, {first2} and {first3} on the night shift are the only reason dad is still at home.",
        "please tell {first_lower} from the agency we said thanks", "{first}'s mum lives two doors down and keeps an eye on him.",
        "I had to chase {first}'s manager three times before anyone called.", "Mrs {last}-{last2} from the finance team sorted the invoice in the end.",
        "My neighbour {first} {last}-{last2} found him on the floor.", "{full} (aka {first2}) runs the lunch club on a Wednesday.",
        "Everyone at the centre knows her as {first2}, but on the forms she's {full}.", "DAD'S CARER {FIRST} WAS SENT HOME SICK AND NOBODY CAME",
        "WHY HAS MRS {LAST} NOT RETURNED ANY OF MY CALLS", "Thank you for reading,\n{full}", "Take care\n{first_lower}", "Best regards,\n{title} {full}",
        "ok so i rang again and {first_lower} said the form was lost", "my sisters husband {first_lower} does the nights but hes 80",
        "{first} said she'd ring back on Monday and never did.", "We asked for a female carer and got {first} every time, who is lovely, but that's not the point.",
        "Big thank you to {first} and the whole reablement team.", "The OT, {first} {last}, measured up for the rails in June.",
        "If {first} hadn't spotted the bruise nobody would have.", "Dad only eats if {first} is on shift.",
        "Grandad's friend {first} from the bowls club drives him to appointments.", "Is {first} still working there? She was our best carer.",
        "{first} {last} at the council never replied to my email.", "Apparently {title} {last} has retired and no one has taken over his patients.",
        "We call him {first2} but his name is {first}, he's been with us nine years.", "Mum's PA {first} (we call her {first2}) is amazing.",
        "Can you pass this on to {first} at the Hub, she'll know.", "I've been caring for {first} since his stroke in 2019.",
        "Re: {LAST}, {first} - review overdue", "Client: {last}, {first}", "the new girl {first_lower} doesnt know how to use the hoist",
        "Praise for {first}! She went above and beyond.", "Me, {first} and our son {first2} all had covid at the same time.",
        "{FULL} NEEDS A NEW ASSESSMENT NOW", "tell {first_lower} {last_lower} i want my money back", "His carers are {first}, {first2} and {first3}.",
        "Nobody but {first} knows how he likes his tea.", "My daughter {first}-{first2} does his tablets.",
        "My case number is {case}, please quote it.", "call me on {phone} after 6",
    ];

    /// <summary>
    /// Look-alikes written with <see cref="HeldThree"/>: words that are names or surnames elsewhere used as words, roles, places of
    /// the gazetteer, care homes and providers, medicines, at the start of a sentence and in it, in capitals and in lower case.
    /// </summary>
    public static readonly string[] HeldThreeLookAlikes =
    [
        "{keep:Olive} oil spray is what the nurse suggested for his ears.", "{keep:Ginger} biscuits are all he eats now.", "Every {keep:penny} of her pension goes on fees.",
        "{keep:Sunny} days are the only days he goes out.", "We had to {keep:chase} the OT for months.", "{keep:Chase} them up, the receptionist told me.",
        "{keep:Brown} envelopes from the council scare her.", "{keep:Green} bin collections were missed again.", "{keep:Young} carers need more support.",
        "{keep:Matron} said no visitors after six.", "{keep:Sister} on the ward was very kind.", "{keep:Reading} the care plan took an hour.",
        "The day centre in {keep:Corringham} closed last year.", "{keep:Purfleet} has no GP taking new patients.", "we live in {keep:chafford hundred} and theres no bus",
        "{keep:STIFFORD CLAYS} SURGERY NEVER ANSWERS", "{keep:Badgers Dene} has no pharmacy now.", "{keep:Bluebird Care} sent a different carer every day.",
        "{keep:Home Instead} charge far too much.", "Mum is at {keep:Alexandra House} for respite.", "{keep:Age UK} helped with the forms.",
        "{keep:Memantine} made him very sleepy.", "they stopped his {keep:risperidone} without telling us", "{keep:ZOPICLONE} IS THE ONLY THING THAT HELPS HER SLEEP",
        "She was on {keep:Mirtazapine} for years.", "{keep:Wednesday} is bath day.", "the nurse had to {keep:lance} it", "{keep:Rusty} railings on the ramp are dangerous.",
        "The {keep:Mencap} group meets in {keep:Fobbing}.", "{keep:Lakeside} is too busy for him now.",
    ];

    /// <summary>
    /// Look-alikes written with <see cref="HeldTwo"/>: words that are names elsewhere used as words, months and weekdays, places
    /// of the gazetteer, care homes and medicines, at the start of a sentence and in it, in capitals and in lower case.
    /// </summary>
    public static readonly string[] HeldTwoLookAlikes =
    [
        "{keep:Joy} is in short supply at the home these days.", "The singing group brings mum so much {keep:joy}.", "We said {keep:grace} before the meal.",
        "{keep:Will} anyone actually read this?", "She grew every {keep:rose} in that garden herself.", "To be {keep:frank}, the service has got worse.",
        "{keep:Sue} the council, my neighbour said.", "WE WAIT FROM {keep:DAWN} TILL LUNCHTIME FOR A VISIT", "{keep:Summer} is hard for him in the heat.",
        "Since {keep:April} the visits have been cut to fifteen minutes.", "the optician looked at his {keep:iris} and said it was fine",
        "Every {keep:Monday} the transport is late.", "{keep:Tuesday} visits were cancelled again.", "{keep:Mark} it as urgent, I told them.",
        "THE {keep:BILL} FOR RESPITE HAS DOUBLED", "{keep:Hope} is all we have left now.", "{keep:Faith} groups have been a lifeline for us.",
        "The bus to {keep:Linford} only runs twice a day.", "{keep:Aveley} has nothing for young carers.", "we moved from {keep:belhus} to be near mum",
        "{keep:Rosedene} care home was clean and friendly.", "{keep:Florence House} is short of night staff.", "Mum was moved to {keep:Bluebell Court} last year.",
        "She was started on {keep:Sertraline} and it helped.", "{keep:Donepezil} has helped his memory a bit.", "the gp upped his {keep:gabapentin} again",
        "{keep:JOY} OF JOYS, THE LIFT IS FIXED", "{keep:May} we have a copy of the plan?", "The {keep:Christian} group visits on Sundays.",
        "She was born in {keep:August} but we never celebrate.",
    ];

    /// <summary>Look-alikes written with <see cref="Held"/>.</summary>
    public static readonly string[] HeldLookAlikes =
    [
        "{keep:Faith} keeps me going.", "The {keep:Heather} on the common is lovely.", "{keep:April} was a bad month for us.",
        "Her {keep:Ivy} has grown over our fence.", "The {keep:Crystal} Palace game was on.", "We sang a {keep:carol} at the day centre.",
        "{keep:Patience} is wearing thin.",
    ];

    /// <summary>Look-alikes written with <see cref="Sealed"/>.</summary>
    public static readonly string[] SealedLookAlikes =
    [
        "Our {keep:Holly} bush died.", "We {keep:sue} nobody.", "{keep:June} was better.", "The {keep:robin} came to the feeder.",
        "It was {keep:Grand}.", "I {keep:mark} the days off.", "The {keep:Hope} Centre is closing.",
    ];

    /// <summary>Look-alikes written with <see cref="Blind"/>.</summary>
    public static readonly string[] BlindLookAlikes =
    [
        "The {keep:Summer} fair was lovely.", "{keep:Hope} Centre helped us.", "I rang {keep:Careline} twice.", "We met at {keep:Grays} library.",
        "It was {keep:Christmas} Eve.", "A {keep:frank} chat helped.", "My {keep:Amber} alert went off.",
    ];

    /// <summary>Look-alikes written with <see cref="Fresh"/>: words that are names elsewhere, used here as words or places.</summary>
    public static readonly string[] FreshLookAlikes =
    [
        "My {keep:patience} is running out.", "I {keep:will} complain again.", "The lift at {keep:Victoria} station was broken.",
        "It was a {keep:frank} conversation.", "{keep:Dawn} visits are far too early.", "The {keep:Rose} Garden was lovely.",
        "We {keep:hope} for better.", "Last {keep:June} it got worse.", "He is a {keep:sterling} carer.", "Staff at {keep:Orsett} were kind.",
    ];

    /// <summary>Sentences with words that look like names or details and must survive.</summary>
    public static readonly string[] LookAlikes =
    [
        "We went to {keep:Grays} for the clinic.", "The bus from {keep:Tilbury} never comes.", "I {keep:hope} they listen.",
        "{keep:Hope} you can help.", "{keep:Will} someone ring me?", "{keep:May} was a hard month.", "The {keep:bill} went up again.",
        "The {keep:Bill} was wrong.", "{keep:Nurse} practitioners are stretched.", "The {keep:nurse} was kind.",
        "{keep:Orchard House} care home needs more staff.", "{keep:St Luke's Hospice} were amazing.", "{keep:Queen's Hospital} A&E was packed.",
        "It costs £25 a week.", "The appointment was on 12/03/2024.", "I waited from March to June.", "{keep:Grace} and kindness matter.",
        "{keep:Mark} my words.", "{keep:Basildon Hospital} discharged him at night.",
        "The {keep:Stanford-le-Hope} surgery is closing.", "Ward 12 was clean.", "The A13 and the M25 were closed.",
        "Room 101, block B2.", "It took 10 minutes walk.", "She waited 5 mins down the road.", "We rang NHS 111 twice.",
    ];
}
