"""Table-driven tests for assistant.safety.screen: the self-harm and abuse screen run on every user turn."""

from __future__ import annotations

import pytest

from assistant.safety.screen import Concern, SafetyHit, normalize, screen

SELF_HARM = [
    "sometimes i want it all to end",
    "maybe i should just die",
    "no one would notice if i was gone",
    "i don't feel like being alive",
    "i have a plan to end it",
    "i keep cutting my legs",
    "my kids would be better off without me",
    "i won't be around for much longer",
    "i want to kill myself",
    "i um want to kill myself",
    "i've been thinking about ending it all",
    "i don't see the point of going on",
    "everyone would be better off without me",
    "my family would be better off if i was gone",
    "i want to disappear forever",
    "i wish i could just disappear",
    "i don't want to be here anymore",
    "i don't want to wake up",
    "i hope i never wake up",
    "i've been cutting myself",
    "i started cutting myself again",
    "sometimes i think about taking all my pills",
    "i took a handful of sleeping pills",
    "i wish i were dead",
    "i wish i was dead",
    "what's the point of living",
    "what is the point of life",
    "i can't go on like this anymore",
    "no reason to live",
    "i've lost the will to live",
    "i have nothing left to live for",
    "life isn't worth living",
    "i want to hurt myself",
    "i feel like hurting myself",
    "i hurt myself on purpose",
    "suicide",
    "i've been having suicidal thoughts",
    "the movie was about suicide prevention",  # judgment call: any mention of suicide is screened
    "i thought about jumping off the bridge",
    "i'm not sure i want to live",
    "i don't know if i want to live anymore",
    "i just want to die",
    "i'd be better off dead",
    "i could kill myself for forgetting",  # hyperbole about oneself still counts
    "i want to end my life",
    "i'm tired of living",
    "i can't keep going like this anymore",
    "i don't want to live like this",
    "i no longer want to live",
    "i've been starving myself",
    "he hits me and i want to die",  # both concerns: self-harm wins
    "i cant do this life anymore",
    "honestly i cant handle living like this",
    "ive got pills saved up",
    "i have a noose in the garage",
    "i took too many pills on purpose",
    "i wrote goodbye letters to my kids",
    "i gave away all my things because i wont need them",
    "i looked up ways to kill myself",
    "i keep thinking about driving off a bridge",
    "i keep thinking about dying",
    "i cut myself again",
    "i hurt myself last night on purpose",
    "i scratch my arms till they bleed",
    "everyone would be fine if i was gone",
    "she'd be happier if i wasnt alive",
    "soon i wont be a burden to anyone",
    "nobody would even miss me if i was dead",
    "no one cares if im alive",
    "i dont care if i live or die",
    "whats the point of me being here",
    "i want to go to sleep forever",
    "i want this pain to stop for good",
    "its too hard to keep going",
    "i feel like ending everything",
    "i dont think i can keep living",
    "i pray every night that i wont wake up",
    "life is too painful",
    # Not being here by a date, hurting oneself to feel or to punish, rehearsal, notes, "lighter without me".
    "i doubt ill still be around for my birthday",
    "i burn myself just to feel something",
    "i cut my thighs till they bled",
    "i hit myself when i make a mistake",
    "last week i sat in the garage with the engine running",
    "i left a letter for whoever finds me",
    "everybody would be happier without me",
    # ending things, being gone, the partner's own risk
    "thinking about how i would do it you know end things",
    "none of this is her fault when im gone i want her to know that",
    "she said if i go on that trip shell take all her pills",
    "last month she tried to end her life",
    "he keeps talking about driving off the bridge",
    'it was nice like one last good thing before i go through with it',
    'i went and counted how many of my antidepressants i have left',
    'i sat in the car with the engine running and the door shut for a while',
    'she gave away her ring and said she wont be needing it where shes going',
    'he texted me thanks for everything and then he turned his phone off',
    'after she went to bed i sat in the garage with the door shut and the engine running for a long time',
    'yesterday he told me hes been thinking about ending his life',
    'i checked how many of the painkillers it would take',
    'can you feed my dog for me if anything happens to me',
    'ive already chosen the date',
    'she says everyone would be happier without her',
    'he cuts himself when im not home',
    'she said she would jump off the bridge if i left',
    'i found ways to poison yourself in his search history',
]

ABUSE = [
    "he keeps all my wages",
    "she is forcing herself on me",
    "i'm scared he will hurt our son",
    "there are bruises from her",
    "he yells and slaps me",
    "she threw me down the stairs",
    "i'm scared to go home",
    "he hits me",
    "he like always hits me",
    "she slapped me",
    "he pushed me against the wall",
    "he choked me",
    "she threatened to hurt me",
    "he said he would kill me if i left",
    "i'm afraid of what he'll do when he gets home",
    "he won't let me see my friends",
    "my husband doesn't let me talk to my family",
    "he takes my phone and checks all my messages",
    "he controls all the money",
    "she forces me to have sex",
    "he made me do things i didn't want to sexually",
    "he throws things at me",
    "i'm afraid of my husband",
    "my partner hurts me",
    "he locks me in",
    "he threatens to take the kids",
    "i have bruises from when he grabbed me",
    "i'm walking on eggshells because i'm scared of her temper",
    "he raped me",
    "she hurt me physically",
    "he broke my arm",
    "they've been hitting me",
    "my boyfriend beat me up",
    "my girlfriend punched me",
    "he grabbed me by the throat",
    "he punched a hole in the wall",
    "i don't feel safe at home",
    "i'm terrified of him",
    "i'm scared he'll hurt me",
    "my wife scares me",
    "he gets violent when he drinks",
    "my ex was abusive",
    "he pulled a knife on me",
    "he threatened to kill himself if i leave",
    "she said she'd kill me",
    "it's not like he hits me",  # minimizing is not negating
    "he goes through my phone",
    "the kids aren't safe with him",
    "he doesn't let me have any money",
    "he tried to hurt me",
    "he did hit me once",
    "he you know choked me",
    "im afraid hell hurt the kids",  # recognizer text: he'll without its apostrophe
    "im scared shed hurt me",
    "i have to be careful what i say or he loses it",
    "i walk on eggshells around him",
    "i tiptoe on eggshells so he doesnt explode",
    "he pushed me",
    "she pushed me hard",
    "he twisted my arm until it hurt",
    "he yells at me and blocks the door",
    "he hurt me again",
    "he hurt me and im scared",
    "i get hurt when he gets drunk",
    "she throws things when she gets angry",
    "i hide the bruises from my mom",
    "i have marks on my neck from him",
    "i need his permission to spend any money",
    "im not allowed to see my family",
    "he keeps me away from my friends",
    "he tracks where i go",
    "he took all of my money",
    "she said nobody would believe me",
    "he said hed take the kids and i would never see them again",
    # Pets hurt to punish, "i'm next", weapons shown in a fight, burns, lessons, trackers, stalking.
    "she drowned our kitten because i talked back",
    "he told me i was next",
    "she gets her knife out when we fight",
    "he threw boiling water at me",
    "she locked me out in the snow to teach me a lesson",
    "there was an airtag taped under my car",
    "he turned up outside my office again even though i asked him not to",
    "im scared he'll come after me if i go",
    "i shake every time i hear her keys in the door",
    "i lied to the nurse about how i got the bruises",
    "she pressured me into sex",
    "he kept going after i asked him to stop",
    # things thrown at or near someone, grabbing that leaves marks
    "he threw his plate at the wall like right next to my head",
    "he apologized for grabbing my wrist so hard it left bruises",
    "so she doesnt get angry and start throwing things at me again",
    'well he didnt hit me today so thats something right',
    'i needed him to stop when i said no instead of just going ahead anyway',
    'i want to disagree without him threatening to take the kids',
    'she shows up at my work and waits in the parking lot to see who i leave with',
    'time where hes not tracking my car and asking where every dollar went',
    'she keeps all the money and i have to ask her for like twenty bucks',
    'i sat there quietly so he doesnt get rough with me',
    'so he doesnt hurt the dog again like last time',
    'he started driving really fast and said hed crash us both',
    'he got mad about the dishes and shoved me into the counter',
    'i need him to stop forcing me when i say no, because he does, most nights',
    'he said if i walk out that door hell break my legs',
    'im not safe at home',
    'the kids arent safe around him',
    'she smashed my laptop to show me what could happen',
    'next time that will be my face he said',
    'she wouldnt slow down even when i screamed',
    'he touches me while im sleeping',
    'i go along with sex so he doesnt get mad',
    'i have to tell work i walked into a door',
    'she spits at me when she is drunk',
    'he said he would destroy my life if i go',
    'she snatched my phone away when i tried to text my mom',
    'he said hed have the kids taken from me',
    'she will send the pictures to my boss if i leave',
    'he checks the mileage on my car every night',
]

NEGATIVES = [
    "i should just die my hair",
    "i want this meeting to end",
    "he took my paycheck to the bank for me",
    "i cut my finger cooking",
    "he hit me up later about dinner",
    "i'd die for a coffee",
    "he never takes the bins out",
    "my back is killing me",
    "i could kill for a pizza",
    "we fought about the dishes",
    "this traffic is killing me",
    "i'm dying to see that movie",
    "that joke killed me",
    "he's scared of spiders",
    "i hit the gym after work",
    "she pushed me to apply for the job",
    "i'm afraid we'll be late",
    "i want to end this argument",
    "he forced a smile",
    "i'm scared he doesn't love me anymore",
    "i was afraid she would leave me",
    "he threatened to cancel netflix lol",
    "my phone died",
    "i killed it at work today",
    "he hit the nail on the head",
    "she controls the tv remote",
    "i'm dead tired",
    "he shot me a look",
    "i'm hurt that he forgot",
    "he hurt my feelings",
    "i felt hurt and lonely",
    "he left me on read",
    "i feel like giving up on the diet",
    "i want to get away for the weekend",
    "i need some time alone",
    "we had a huge fight",
    "i was so angry i could scream",
    "i would never hurt myself",  # negation rule
    "i don't want to hurt myself",
    "i'm not suicidal",
    "he has never hit me",
    "she would never hurt me",
    "i'm not afraid of him",
    "he hit me up last night",
    "she beat me at chess",
    "she shot me down when i asked",
    "he really hurt me when he forgot our anniversary",
    "i cut myself while cooking",
    "i need to cut myself some slack",
    "i don't want to live with his parents anymore",
    "i can't live without him",
    "i want to disappear for the weekend",
    "i'm scared of him leaving me",
    "he pushed me to go to therapy",
    "she twisted my arm to come to the party",
    "i don't want to wake up early tomorrow",
    "i'm so tired i could sleep forever",
    "i took all my pills this morning",
    "she stabbed me in the back at work",
    "i'm going to die of embarrassment",
    "he threw me a surprise party",
    "i checked my messages",
    "she takes my phone to take pictures",
    "he broke my heart",
    "i want to take my life back",
    "i'm not going to kill myself",
    "he isn't violent",
    "my husband would never lay a hand on me",
    "i'm worried he'll leave me",
    "i'm scared of what she'll think",
    "he made me do the laundry",
    "she kicked me under the table",
    "i've been killing myself at work",
    "we jumped off the cliff into the lake",
    "i forgot to take my pills",
    "i'm scared to tell him i crashed the car",
    "something my husband did really hurt me",  # the resentment exercise's opener
    "what he said hurt me",
    "he hurt me",  # judgment call: a bare past "hurt me" is read as emotional in this app
    "the thing she said hit me",
    "what the hell was that about",
    "she came out of her shell at the party",
    "i cant stand this job",
    "i have to be careful what i say at work",
    "i was walking on eggshells before my exam",
    "he pushed me to apply for the job",
    "she twisted my arm into going to the party",
    "i cut myself shaving again this morning",
    "i gave away my old clothes to charity",
    "i bought a rope for the tent",
    "she'd be fine if i was gone for the weekend",
    "i keep thinking about jumping into the lake this summer",
    "nobody cares if im late",
    "he took my money to the bank",
    "i need her permission to borrow the car",
    "this work is too hard to keep going at this pace",
    "i hope that i wake up early tomorrow",
    "he threw things in the bag and left for work",
    "i hide my snacks from the kids",
    "i found a tracker app for our morning runs",
    "he shows up at my work with lunch sometimes",
    "she kept going even when i said stop talking about the game",
    "i don't think i'll be here by christmas we're flying to my parents",
    "he walked the dog to the park",
    "i burned myself on the oven",
    "the world would be better with more pizza",
    "we need to end things with the contractor",
    "when im gone on my business trip",
    "he threw the ball to the dog",
    "i end everything with a cup of tea",
    'i counted how many days until our trip',
    'we finally went through with the move and it was worth it',
    'he didnt hit the brakes in time and we laughed about the parking',
    'i had to ask him for help with the car',
    'he shows up at my work with coffee sometimes',
    'i pushed the chair into the table and sat down',
    'she keeps all the receipts in a shoebox',
    'i wont be needing the car tomorrow',
    'he left the car running in the garage while he unloaded the groceries',
    'she took her life savings out to buy the bakery',
    'exposed. like our private stuff isnt safe with him',
    'i felt judged, like im not allowed to have my own life or something',
    'we already picked the date for the wedding',
    'she burned herself on the stove making pancakes',
    'he cuts himself shaving every morning',
    'he wants to jump off the high dive this summer',
    'i told my mom i fell asleep early',
    'my boss will kill me if im late again',
    'the twins will be the death of me',
    'he hit the roof when he saw the phone bill',
    'she beat me at chess again and would not stop gloating',
]

NORMALIZATION = [
    ("I DON'T want to live.", "i don't want to live"),
    ("I dont want to live", "i don't want to live"),
    ("i do not want to live", "i don't want to live"),
    ("I\u2019m  scared,   to go home!", "i'm scared to go home"),
    ("im scared uh to go home", "i'm scared to go home"),
    ("i cant go on... like this", "i can't go on like this"),
    ("he wont let me see my friends", "he won't let me see my friends"),
    ("i wanna 'disappear' forever", "i want to disappear forever"),
    ("Self-harm?", "self harm"),
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_caught(text: str) -> None:
    hit = screen(text)
    assert hit is not None and hit.concern is Concern.SELF_HARM, hit


@pytest.mark.parametrize("text", ABUSE)
def test_abuse_is_caught(text: str) -> None:
    hit = screen(text)
    assert hit is not None and hit.concern is Concern.ABUSE, hit


@pytest.mark.parametrize("text", NEGATIVES)
def test_everyday_speech_passes(text: str) -> None:
    assert screen(text) is None


@pytest.mark.parametrize(("raw", "expected"), NORMALIZATION)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("I DON'T WANT TO BE HERE ANYMORE.", Concern.SELF_HARM),
        ("I dont want to be here anymore", Concern.SELF_HARM),
        ("i don\u2019t want to be here any more", Concern.SELF_HARM),
        ("I'm not sure... I want to live?", Concern.SELF_HARM),
        ("He, um, HITS me!", Concern.ABUSE),
        ("Im scared to go home", Concern.ABUSE),
        ("He wont let me see my friends.", Concern.ABUSE),
        ("He has NEVER hit me.", None),
        ("I would never, ever hurt myself.", None),
    ],
)
def test_typed_text_is_normalized_before_screening(text: str, concern: Concern | None) -> None:
    hit = screen(text)
    assert (hit.concern if hit else None) is concern


def test_hit_reports_the_matched_words() -> None:
    assert screen("Honestly, he CHOKED me last week.") == SafetyHit(Concern.ABUSE, "he choked me")
    assert screen("i um want to kill myself") == SafetyHit(Concern.SELF_HARM, "kill myself")


def test_self_harm_wins_over_abuse() -> None:
    hit = screen("she slapped me and i've been thinking about suicide")
    assert hit is not None and hit.concern is Concern.SELF_HARM


def test_tables_are_large_enough() -> None:
    assert len(SELF_HARM) >= 25 and len(ABUSE) >= 25 and len(SELF_HARM) + len(ABUSE) >= 50
    assert len(NEGATIVES) >= 30


@pytest.mark.parametrize("reply,clear", [
    ("yes", True), ("yeah im safe its just been a long week", True), ("yes im fine just tired", True),
    ("im safe", True), ("yep", True), ("of course", True),
    ("yeah im fine just kind of irritated", True), ("yeah just kind of", False), ("yeah just not sure", False),
    ("i think so", False), ("yeah i guess", False), ("not really", False), ("no", False), ("yes for now", False),
    ("mostly yes", False), ("yes but he hit me again", False), ("i dont know", False),
    ("im safe hes the one im scared for", False), ("yes im safe but i keep thinking about the pills", False),
    ("i mean im not gonna do anything tonight", False), ("yes physically", False), ("maybe", False),
    ("yes im safe just running on no sleep", True), ("yes im safe just a bit scared for us", True),
    ("haha yes im safe i didnt mean the strangling part literally", True), ("yes im fine at the moment", False),
    ("yeah im safe but i dont know about tomorrow", False), ("yes im safe but im scared of him", False),
    ("oh yes perfectly safe thank you", True), ("um yeah totally fine thanks", True),
    ("yeah im safe hes asleep right now", False), ("im okay im just really worried about him", False),
    ("yeah he said it wont happen again", False), ("yes im safe right now", True),
    ("yes were safe", True), ("yes all safe just chaos", True), ("yes no worries", True), ("yes im home safe", True),
])
def test_only_a_clear_yes_to_are_you_safe_counts(reply, clear):
    from assistant.safety.screen import clear_yes

    assert clear_yes(reply) is clear


@pytest.mark.parametrize("text,risky", [
    ("he grabbed my arm", True), ("i dont see a future", True), ("thanks for everything youre the best", True),
    ("i have to be careful what i say", True), ("i felt scared", True),
    ("i looked at the bank app and saw the takeout bill", False), ("he forgot my birthday", False),
    ("i felt lonely and invisible", False), ("we argued about the dishes", False),
    # everyday idioms and kind "made me" say nothing of harm; forcing still does
    ("i was dead tired and a clean place made me feel so relieved", False), ("im dying to see him", False),
    ("she makes me laugh", False), ("he made me do it", True), ("scared to death of him", True),
    ("when i see a couple holding hands it hits me", False), ("im terrified of the dentist", False),
    ("he hit me", True), ("im terrified of him", True),
    # fear as the tender feeling is not a risk word by itself; fear of what the partner does still is
    ("i think im scared were going in different directions", False), ("scared about money mostly", False),
    ("scared he'll hurt me", True), ("terrified shell find someone better", False), ("terrified hell find me", True), ("im scared of what he might do", True), ("scared i'll do something stupid", True),
    # weak words in ordinary answers: "anymore", "without me", "around", a phone, giving up one's job
    ("it crushed me that he forgot, like i dont matter to him anymore", False), ("i said fine go without me", False),
    ("my husband is around all the time", False), ("i put my phone face down", False),
    ("lonely. like i gave up my whole life and he didnt even notice", False),
    ("theyd be better off without me", True), ("he took my phone away", True), ("ive given up", True),
    ("he floored it on the highway just to scare me", True),
    ("i got home and before i even took my shoes off he started", False), ("i wanted to scream", False),
    ("he calls me every single lunch break", False), ("since my dad died i want to be alone sometimes", False),
    ("to be allowed to be sad by myself for a bit", False), ("hes my safe place", False),
    ("he made me soup when i was sick", False), ("he sent me a song and said this made me think of you", False),
    ("he calls me like twenty times a day", True), ("he swerved and laughed when i screamed", True),
    ("im not allowed to see my friends", True), ("she screams at me", True), ("he calls me stupid", True),
    ("he took my keys", True),
])
def test_the_safety_model_only_weighs_turns_with_a_risk_word(text, risky):
    from assistant.safety.screen import mentions_risk

    assert mentions_risk(text) is risky


@pytest.mark.parametrize("text,partner", [
    ("my wife told me tonight she wants to kill herself and i dont know what to do", True),
    ("he said he has a plan to kill himself", True), ("she doesnt want to wake up anymore", True),
    ("my husband is suicidal", True), ("i found her pills lined up on the counter", True),
    ("i want to kill myself", False), ("i dont want to wake up anymore", False), ("he hurt me", False),
    ("she said she wont be needing it where shes going", True), ("he texted me this odd goodbye", True),
    ("thanks for everything and then he turned his phone off", True), ("before i go through with it", False),
])
def test_talk_of_the_partners_self_harm_is_told_from_ones_own(text, partner):
    from assistant.safety.screen import partner_at_risk

    assert partner_at_risk(text) is partner
