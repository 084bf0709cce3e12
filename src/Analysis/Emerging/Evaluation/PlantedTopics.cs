namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>
/// Novel topics to plant in streams of real comments: subjects no theme of the taxonomy covers, each told in many ways
/// as people and carers would put it (different words, lengths, tempers), so finding one needs its meaning, not one
/// repeated phrase. Written for the evaluation; none is from real feedback. <see cref="Words"/> are what a good label
/// holds: a topic is found when its label has at least one.
/// </summary>
public static class PlantedTopics
{
    public sealed record Topic(string Name, IReadOnlyList<string> Words, IReadOnlyList<string> Comments);

    public static readonly IReadOnlyList<Topic> All =
    [
        new("A closed day centre", ["day centre", "centre", "closed", "closing", "closure"],
        [
            "The day centre on the high street has closed and my dad has nowhere to go during the day now.",
            "Why was the Riverside day centre shut with only two weeks' notice? Mum went there three days a week.",
            "Since the day centre closed my wife sits at home alone all day and she is getting very low.",
            "They closed our day centre and the alternative is two buses away. He cannot manage that.",
            "Closing the day centre has taken away the only break I get as a carer.",
            "My brother loved the day centre, it was his friends and his routine. Now it's gone and nobody asked us.",
            "We were told the day centre would close for repairs but now it's closed for good.",
            "The centre where my son did his art group has shut its doors. What is replacing it?",
            "Please reopen the day centre. Older people in this town have nowhere else to meet.",
            "No consultation at all before the day centre closure. Families found out from a letter.",
            "Dad keeps asking when he can go back to the day centre. I don't know what to tell him.",
            "The day centre closing means I've had to cut my hours at work to look after my mother.",
            "Staff at the day centre were wonderful but the building is closed now and they've been moved elsewhere.",
            "Since the closure of the day centre there's no lunch club and no activities for him.",
            "Losing the day centre has hit people with dementia hardest, they don't understand why it stopped.",
            "I heard the day centre won't reopen. Where are the forty people who went there meant to go?",
        ]),
        new("A new charging letter", ["letter", "charge", "charges", "charging", "contribution", "bill"],
        [
            "We got a letter saying Mum now has to pay towards her care from next month and it doesn't explain how they worked it out.",
            "The new charging letter is impossible to understand. Three pages and I still don't know what we owe.",
            "A letter arrived out of the blue saying my contribution has gone up to ninety pounds a week.",
            "Why has the council started charging for my daughter's support? The letter gave no reason.",
            "I rang about the charges letter and nobody could tell me what the figures meant.",
            "The letter about care charges frightened my father, he thinks he will lose the house.",
            "We were sent a bill for home care backdated four months. Nobody mentioned charges when the care started.",
            "The financial assessment letter asks for bank statements going back years, it's overwhelming.",
            "My contribution towards care has doubled according to the latest letter. We can't afford this.",
            "The new letter says disability benefits now count as income for the charge. Is that right?",
            "Got a charging letter addressed to my late husband. Very upsetting.",
            "The letter says we must pay for day care now but it was free before. When did this change?",
            "Couldn't make sense of the charging letter, the helpline just read the letter back to me.",
            "Please send the charges letter in easy read, my son can't follow it and he lives on his own.",
            "We received two different letters with two different amounts to pay for the same care.",
            "The letter about paying for care came with a form that the website says is out of date.",
        ]),
        new("Online portal log-in trouble", ["portal", "online", "log", "password", "account", "website"],
        [
            "The new online portal won't let me log in, it keeps saying my password is wrong.",
            "I was told to use the care portal to see my direct payment statements but the account never activated.",
            "Couldn't reset my password on the council's portal, the email with the link never came.",
            "My mum can't use the online account, she doesn't have a smartphone for the code.",
            "The portal locked me out after three tries and there's no phone number to unlock it.",
            "Since everything moved to the online portal I can't see my care plan anymore.",
            "Logging in to the website asks for a code that's sent to an old mobile number I don't have.",
            "The new portal is confusing, I filled in the carer's form online and it disappeared.",
            "We were told to register on the online system but the page just spins and never loads.",
            "Why do I need an account on the portal just to tell you about a change in my circumstances?",
            "The portal log-in doesn't work on my tablet, only on a computer which I don't have.",
            "My password expired on the care portal and now it says my account doesn't exist.",
            "I spent an hour trying to upload documents to the online portal and it failed every time.",
            "Staff keep telling me to check the portal but I've never been able to get into it.",
        ]),
        new("Heat in care homes", ["heat", "hot", "heatwave", "temperature", "fans", "cool"],
        [
            "During the heatwave my nan's room at the care home was unbearably hot and there were no fans.",
            "The care home lounge was like an oven last week, residents were sweating and nobody opened a window.",
            "Mum got dehydrated in the hot weather because staff didn't bring round extra drinks.",
            "There's no air conditioning or cooling in the home and the temperature in his room hit thirty degrees.",
            "We brought our own fan for Dad because the home said they'd run out.",
            "The heat in the home was dreadful, the windows only open a crack for safety.",
            "In this heatwave the residents were left in thick jumpers and blankets. Nobody checked.",
            "My aunt's room faces south and gets so hot in summer she can't sleep. The home says there's nothing they can do.",
            "Too hot in the care home, residents were flushed and lethargic, staff looked exhausted too.",
            "Please can homes have a plan for hot weather, keeping people cool shouldn't be an afterthought.",
            "The home ran out of fans and ice lollies on the first hot day.",
            "Dad was taken to hospital with heat exhaustion from his care home room.",
            "The temperature in the dining room was stifling at lunchtime yesterday.",
            "They keep the heating on even in this hot spell, the home is boiling.",
        ]),
    ];

    /// <summary>Whether a raised topic's label names <paramref name="topic"/>.</summary>
    public static bool Names(Topic topic, string label) =>
        topic.Words.Any(w => (" " + label.Replace(",", " ") + " ").Contains(" " + w + " ", StringComparison.OrdinalIgnoreCase));
}
