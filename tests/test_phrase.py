"""Table-driven tests for assistant.reflection.phrase: the fillers of the gentle, blame-free phrase."""

from __future__ import annotations

import re

import pytest

from assistant.reflection.phrase import PHRASE_BUDGETS, PHRASE_DEFAULTS, for_phrase, phrase_fields
from assistant.reflection.shapes import render_template
from assistant.reflection.wording import is_insult

TEMPLATE = "When {trigger}, I felt {deeper_feeling}. I need {need}. Could we talk about it?"
NO_OBSERVATION = (
    "Something happened between us that stayed with me. I felt {deeper_feeling}, and I need {need}. "
    "Could we talk about it?"
)
# Resentment phrases in the shape of rasa_project/domain.yml (utter_phrase_resentment and, for a
# trigger that can't be said without blame, utter_phrase_resentment_untold); fields are named after the slots.
WITH_OBSERVATION_TEMPLATES = [
    TEMPLATE,
    "When {trigger}, underneath it all I felt {deeper_feeling}. What I need is {need}. Can we talk about it together?",
    "I've been thinking about when {trigger}. I felt {deeper_feeling}, and I need {need}. "
    "Would you talk with me about it?",
]
WITHOUT_OBSERVATION_TEMPLATES = [
    NO_OBSERVATION,
    "I keep thinking about what happened earlier. Underneath, I felt {deeper_feeling}, and what I need is {need}. "
    "Can we talk about it together?",
]
UNSETTLED, CLOSE = PHRASE_DEFAULTS["deeper_feeling"], PHRASE_DEFAULTS["need"]  # what unusable answers become
# The lexicon from the brief, written out independently of the module.
LEXICON = (
    "idiot stupid selfish lazy jerk asshole useless pathetic bitch bastard moron dumb crazy ridiculous "
    "disgusting loser liar worthless hate damn fucking fuck shit"
).split()
BANNED = set(LEXICON) | {"always", "never", "should", "constantly"}

LONG_TRIGGER = (
    "i asked him for help and he said later and then went out with his friends "
    "and didnt come back until midnight without even texting me once"
)
LONG_FEELING = "i felt like nothing i do is ever good enough for him and like i always mess things up somehow"
LONG_NEED = (
    "i need him to notice when im struggling and just ask me if im ok and sit with me for a while"
)

OBSERVATIONS = [
    ("he always ignores me", "you ignore me"),
    ("my wife was on her phone all through dinner", "you were on your phone all through dinner"),
    ("she never texts me back", "you don't text me back"),
    ("um so like he forgot my birthday", "you forgot my birthday"),
    ("they didnt call when they were late", "you didn't call when you were late"),
    ("he never listens to me", "you don't listen to me"),
    ("she never called", "you didn't call"),
    ("my husband never asked how my day was", "you didn't ask how my day was"),
    ("i told her about my day and she just looked at her phone",
     "I told you about my day and you just looked at your phone"),
    ("he was like scrolling on his phone the whole time i was talking",
     "you were scrolling on your phone the whole time I was talking"),
    ("he watches tv every single time i try to talk", "you watch tv when I try to talk"),
    ("she constantly interrupts me when i talk about work", "you interrupt me when I talk about work"),
    ("he tries to fix everything instead of listening", "you try to fix everything instead of listening"),
    ("she misses our dinners because she works late", "you miss our dinners because you work late"),
    ("he doesnt listen when i talk about my mom", "you don't listen when I talk about my mom"),
    ("he's been on his laptop all evening", "you've been on your laptop all evening"),
    ("he is always late", "you are late"),
    ("you know i mean he was never home this week", "you weren't home this week"),
    ("she has never said sorry", "you haven't said sorry"),
    ("he would never admit he was wrong", "you wouldn't admit you were wrong"),
    ("he never even looked at me when i came in", "you didn't even look at me when I came in"),
    ("they never noticed i changed my hair", "you didn't notice I changed my hair"),
    ("my boyfriend's phone was buzzing all through the movie", "your phone was buzzing all through the movie"),
    ("my wifes phone was on the table", "your phone was on the table"),
    ("i watched her leave without saying goodbye", "I watched you leave without saying goodbye"),
    ("he kept his thoughts to himself", "you kept your thoughts to yourself"),
    ("he said im too sensitive", "you said I'm too sensitive"),
    ("she said she would like more space", "you said you would like more space"),
    ("what happened was she forgot our anniversary", "you forgot our anniversary"),
    ("well uh he came home late and didnt say anything", "you came home late and didn't say anything"),
    ("she rolled her eyes when i talked", "you rolled your eyes when I talked"),
    ("When my partner forgot to pick me up.", "you forgot to pick me up"),
    # Too long: cut at a word boundary, before a conjunction, at most 16 words.
    (LONG_TRIGGER, "I asked you for help and you said later and then went out with your friends"),
]

BLAMING_TRIGGERS = [
    "he's a selfish jerk",
    "she is so lazy",
    "my husband is a fucking idiot",
    "he acted like an asshole",
    "he hates my friends",
    "she told me to shut up",
    "he should have called me",
    "he made me wait for an hour",
    "you make me feel invisible",
    "um uh",
    "",
]

FEELINGS = [
    ("like a single mom honestly like im carrying everything", "like a single mom, like I'm carrying everything"),
    ("like hurt i guess like he was ashamed of me", "hurt like you were ashamed of me"),
    ("i felt hurt and a bit lonely", "hurt and a bit lonely"),
    ("i felt like i don't matter to him", "like I don't matter to you"),
    ("um i guess i felt really alone", "really alone"),
    ("it made me feel invisible", "invisible"),
    ("i think i felt like she doesn't care about me", "like I don't matter to you"),
    ("im sad and kind of lonely", "sad and lonely"),
    ("i was feeling unimportant to her", "unimportant to you"),
    ("lonely because he never listens", "lonely because you don't listen"),
    ("afraid of losing her", "afraid of losing you"),
    ("i was afraid he doesnt love me anymore", "afraid you don't love me anymore"),
    ("scared", "scared"),
    (LONG_FEELING, "like nothing I do is ever good enough for you"),
    # Insults are removed; with nothing meaningful left the gentle default is used.
    ("honestly i felt hurt and stupid", "hurt and stupid"),  # about oneself, not an insult
    ("disappointed and like a total idiot", "disappointed"),
    ("i felt stupid", "stupid"),
    ("like a selfish idiot", UNSETTLED),
    ("i feel like i should just be quiet", UNSETTLED),
    ("i dont know", UNSETTLED),
    # he is the partner, so "her" is someone else (his mother)
    ("like he picked her over me. like im a stranger in my own family", "like you picked her over me"),
    ("he doesnt care about my people. like its his wedding", "like my people didn't matter to you"),
    ("like my husband chose her side over mine", "like you chose her side over mine"),
]

NEEDS = [
    ("to feel important to him", "to feel important to you"),
    ("i needed him to listen to me", "you to listen to me"),
    ("for him to listen", "you to listen"),
    ("reassurance", "reassurance"),
    ("that he cares", "to know that you care"),
    ("feel important", "to feel important"),
    ("what i need is some reassurance", "some reassurance"),
    ("i wanted her to hold me", "you to hold me"),
    ("i would like him to hold me", "you to hold me"),
    ("i wish he would just listen", "you to just listen"),
    ("i wish she cared", "you to care"),
    ("i just wanted to know he still loves me", "to know that you still love me"),
    ("know that she cares", "to know that you care"),
    ("feeling close to him", "to feel close to you"),
    ("i need her to never ignore me again", "you to not ignore me again"),
    ("i need him to always be there for me", "you to be there for me"),
    ("i want my husband to notice me", "you to notice me"),
    ("i wanted him", "you"),
    ("i just needed a hug", "a hug"),
    (LONG_NEED, "you to notice when I'm struggling and just ask me if I'm ok"),
    ("i need him to stop being a jerk", CLOSE),  # "I need you to stop." would be a demand
    ("i need him to defend me, even just a little, even just say mom stop",
     "you to defend me even just a little even just say mom stop"),  # no insult was taken out: the "stop" is his mother's
    ("um i dont know", CLOSE),
]

RENDERS = [
    (TEMPLATE, "he always ignores me", "i felt hurt and a bit lonely", "i needed him to listen to me",
     "When you ignore me, I felt hurt and a bit lonely. I need you to listen to me. Could we talk about it?"),
    (TEMPLATE, "my wife was on her phone all through dinner", "i felt like i don't matter to her",
     "to feel important to her",
     "When you were on your phone all through dinner, I felt like I don't matter to you. "
     "I need to feel important to you. Could we talk about it?"),
    (TEMPLATE, "they didnt call when they were late", "um scared", "that they care",
     "When you didn't call when you were late, I felt scared. I need to know that you care. "
     "Could we talk about it?"),
    (WITH_OBSERVATION_TEMPLATES[2], "um so like he forgot my birthday", "i think i felt kind of forgotten",
     "i wish he would just remember",
     "I've been thinking about when you forgot my birthday. I felt forgotten, and I need you to just "
     "remember. Would you talk with me about it?"),
    (NO_OBSERVATION, "he's a selfish jerk", "like an idiot", "um i dont know",
     f"Something happened between us that stayed with me. I felt {UNSETTLED}, and I need {CLOSE}. "
     "Could we talk about it?"),
    ("{trigger}, and I felt {deeper_feeling}.", "he never listens to me", "i felt alone", "attention",
     "You don't listen to me, and I felt alone."),
]

# Answer triples for the properties that must hold for every rendered phrase.
CORPUS = [
    (trigger, feeling, need)
    for (trigger, _), (feeling, _), (need, _) in zip(
        OBSERVATIONS + [(t, None) for t in BLAMING_TRIGGERS], FEELINGS * 3, NEEDS * 3
    )
] + [(LONG_TRIGGER, LONG_FEELING, LONG_NEED), ("um uh", "i dont know", "um i dont know")]


def _words(text: str) -> list[str]:
    """Lowercase words of a rendered sentence."""
    return re.findall(r"[a-z']+", text.lower())


@pytest.mark.parametrize(("trigger", "expected"), OBSERVATIONS)
def test_observation_addresses_partner_without_blame(trigger: str, expected: str) -> None:
    assert for_phrase("trigger", trigger) == expected


@pytest.mark.parametrize("trigger", BLAMING_TRIGGERS)
def test_blaming_or_empty_trigger_gives_no_observation(trigger: str) -> None:
    assert for_phrase("trigger", trigger) is None


@pytest.mark.parametrize("word", LEXICON)
def test_every_lexicon_word_blocks_the_observation(word: str) -> None:
    assert is_insult(word)
    assert for_phrase("trigger", f"he was {word} to me") is None


@pytest.mark.parametrize(("answer", "expected"), FEELINGS)
def test_feeling_fits_after_i_felt(answer: str, expected: str) -> None:
    assert for_phrase("deeper_feeling", answer) == expected


@pytest.mark.parametrize(("answer", "expected"), NEEDS)
def test_need_fits_after_i_need(answer: str, expected: str) -> None:
    assert for_phrase("need", answer) == expected


def test_being_made_the_joke_is_reworded_not_dropped():
    assert for_phrase("need", "i needed him to stand with me instead of making me the punchline") == \
        "you to stand with me instead of making jokes about me"
    assert for_phrase("need", "for her to stop making me the butt of every joke") == "you to stop making jokes about me"


def test_what_a_moment_meant_told_as_a_clause_is_a_likeness():
    assert for_phrase("meaning", "it meant he sees how tired i am") == "like you see how tired I am"
    assert for_phrase("meaning", "it meant a lot") == "it meant a lot"


@pytest.mark.parametrize(("opening", "expected"), [
    ("um so like honestly i dont even know where to start it was the dishes thing again", "it was the dishes thing again"),
    ("i swear i could have killed him today he told his mom about the pregnancy",
     "you told your mom about the pregnancy"),
])
def test_a_told_moment_loses_its_lead_in(opening, expected):
    assert for_phrase("trigger", opening) == expected


@pytest.mark.parametrize(
    ("template", "trigger", "feeling", "need", "expected"), RENDERS
)
def test_render_exact_sentence(template: str, trigger: str, feeling: str, need: str, expected: str) -> None:
    fields = phrase_fields({"trigger": trigger, "deeper_feeling": feeling, "need": need})
    assert render_template(template, fields) == expected


@pytest.mark.parametrize(
    ("template", "fields", "expected"),
    [
        ("when {trigger} i felt {deeper_feeling}", {"trigger": "you left", "deeper_feeling": "sad", "need": "x"},
         "When you left I felt sad"),
        ("I felt   {deeper_feeling} .  I need {need} ?", {"deeper_feeling": "hurt", "need": "space"},
         "I felt hurt. I need space?"),
        ("{deeper_feeling} is what i felt", {"deeper_feeling": "lonely", "need": "x"}, "Lonely is what I felt"),
    ],
)
def test_render_tidies_spacing_and_capitals(template: str, fields: dict[str, str], expected: str) -> None:
    assert render_template(template, fields) == expected


@pytest.mark.parametrize(
    ("slot", "answer", "limit"),
    [("trigger", LONG_TRIGGER, 16), ("deeper_feeling", LONG_FEELING, 10), ("need", LONG_NEED, 14)],
)
def test_parts_stay_short(slot: str, answer: str, limit: int) -> None:
    for text in (answer, " ".join([answer] * 3)):
        part = for_phrase(slot, text)
        assert part is not None and 0 < len(part.split()) <= limit


def test_phrase_fields_trims_the_moment_first_to_fit_the_phrase_budget() -> None:
    assert phrase_fields({"trigger": LONG_TRIGGER, "deeper_feeling": LONG_FEELING, "need": LONG_NEED}) == {
        "trigger": "I asked you for help",  # the group budget is 24 words: the moment gives way first
        "deeper_feeling": "like nothing I do is ever good enough for you",
        "need": "you to notice when I'm struggling",
    }


@pytest.mark.parametrize(("slots", "expected"), [
    # a likeness after the named feeling gives way before the need loses a clause
    ({"trigger": "he was supposed to get them at five", "deeper_feeling": "i guess alone like im the only one holding everything together",
      "need": "i needed him to take it seriously and say sorry without me having to drag it out of him"},
     {"trigger": "you were supposed to get them at five", "deeper_feeling": "alone",
      "need": "you to take it seriously and say sorry"}),
    ({"trigger": "she said my brother is a bad influence and i just wanted to disappear into the couch",
      "deeper_feeling": "torn like i have to pick between them", "need": "i need her to trust that i can love my brother and still put us first"},
     {"trigger": "you said my brother is a bad influence", "deeper_feeling": "torn",
      "need": "you to trust that I can love my brother and still put us first"}),
    # a moment a word or two over shrinks a little further rather than the wish losing its second half
    ({"distance_moment": "on the beach he read his book all day and i kept trying to chat", "missing": "feeling like hes curious about me",
      "closeness_wish": "him asking me one question about my day and really listening to the answer"},
     {"distance_moment": "on the beach you read", "missing": "feeling like you're curious about me",
      "closeness_wish": "you asking me one question about my day and really listening to the answer"}),
    # a reason after the named feeling gives way before the need is cut; a bare "not" wish joined by "and"
    ({"trigger": "i asked him to pick up his socks and he said wow youre just like your mother",
      "deeper_feeling": "ashamed, because i really dont want to be like her, and i guess like he sees me as a nag",
      "need": "i need him to be kind even when hes annoyed, not use that against me"},
     {"trigger": "I asked you to pick up your socks", "deeper_feeling": "ashamed",
      "need": "you to be kind even when you're annoyed and not use that against me"}),
    # a cut moment never ends on the subject of the clause it cut ("... last night I")
    ({"trigger": "i tried to start something last night, i even put on the nice stuff, and he said hes tired and rolled over",
      "deeper_feeling": "not good enough. like im not attractive to him anymore", "need": "i need to know he still wants me, that its not about me"},
     {"trigger": "I tried to start something last night", "deeper_feeling": "not good enough",
      "need": "to know that you still want me that it's not about me"}),
])
def test_the_budget_takes_the_words_that_carry_least(slots, expected):
    assert phrase_fields(slots) == expected


@pytest.mark.parametrize(("trigger", "feeling", "need"), CORPUS)
def test_every_render_is_gentle_capitalised_and_short(trigger: str, feeling: str, need: str) -> None:
    fields = phrase_fields({"trigger": trigger, "deeper_feeling": feeling, "need": need})
    templates = WITH_OBSERVATION_TEMPLATES if "trigger" in fields else WITHOUT_OBSERVATION_TEMPLATES
    for template in templates:
        text = render_template(template, fields)
        words = _words(text)
        about_me = set(re.findall(r"I felt (?:hurt and )?(\w+)", text))  # "I felt stupid" names a feeling
        assert not BANNED & (set(words) - about_me), text
        assert not any(is_insult(word) for word in words if word not in about_me), text
        assert "shut up" not in text.lower()
        assert text[0].isupper(), text
        assert "i" not in text.split() and not re.search(r"\bi'", text), text
        assert len(text.split()) <= 45, text


# ---- the five exercises: one answer prepared for a phrase said to the partner ----------------------
FOR_PHRASE = [
    # events: the partner is "you"
    ("trigger", "he checked his phone during dinner", "you checked your phone during dinner"),
    ("distance_moment", "he was on his laptop all evening", "you were on your laptop all evening"),
    ("distance_moment", "i notice it most when he's on his laptop", "you're on your laptop"),
    ("distance_moment", "we sat on the couch and both looked at our phones all evening",
     "we sat on the couch and both looked at our phones all evening"),
    ("distance_moment", "he comes home and goes straight to his computer",
     "you come home and go straight to your computer"),
    ("crowded_moment", "when she plans every evening for us", "you plan every evening for us"),
    ("crowded_moment", "i feel crowded when he texts me all day at work", "you text me all day at work"),
    ("bid", "she showed me a video on her phone", "you showed me a video on your phone"),
    ("bid", "she made me a cup of tea", "you made me a cup of tea"),
    ("bid", "he touched my shoulder while i was cooking", "you touched my shoulder while I was cooking"),
    ("good_moment", "he took care of the kids so i could rest", "you took care of the kids so I could rest"),
    ("good_moment", "he made me coffee without asking", "you made me coffee without asking"),
    ("good_moment", "i loved how she planned a surprise dinner", "you planned a surprise dinner"),
    # feelings: after "I felt "
    ("deeper_feeling", "afraid of losing her", "afraid of losing you"),
    ("emotion", "i was really annoyed", "really annoyed"),
    ("meaning", "i felt cared for", "cared for"),
    ("meaning", "it made me feel like we're a team", "like we're a team"),
    ("meaning", "it felt like we're on the same side", "like we're on the same side"),
    ("meaning", "um i dont know", "cared for"),
    # needs: after "I need "
    ("need", "i wish he would just listen", "you to just listen"),
    ("space_need", "an hour to myself after work", "an hour to myself after work"),
    ("space_need", "i need to be alone for a bit", "to be alone for a bit"),
    ("space_need", "i dont know", "a little time to myself"),
    ("space_need", "when we get home i want a quiet day to myself to unpack and just be",
     "a quiet day to myself to unpack and just be"),
    ("space_need", "my tuesday quilting, just for me, like it used to be", "my tuesday quilting just for me like it used to be"),
    # missing: after "I miss "
    ("missing", "our talks at night", "our talks at night"),
    ("missing", "i miss how we used to laugh", "how we used to laugh"),
    ("missing", "what i miss is talking to him at night", "talking to you at night"),
    ("missing", "the way he used to hold me", "the way you used to hold me"),
    ("missing", "when he used to call me at lunch", "how you used to call me at lunch"),
    ("missing", "him", "you"),
    ("missing", "how she used to lean on me i miss being close and needed", "how you used to lean on me, and being close and needed"),
    # closeness_wish: after "I'd love "
    ("closeness_wish", "a walk after dinner", "a walk after dinner"),
    ("closeness_wish", "i wish hed wait up a couple nights so we could have tea together",
     "for you to wait up a couple nights so we could have tea together"),
    ("closeness_wish", "we could cook together on sunday", "for us to cook together on sunday"),
    ("closeness_wish", "i'd like to have breakfast together", "to have breakfast together"),
    ("closeness_wish", "go for walks", "to go for walks"),
    ("closeness_wish", "i wish he would hold me more", "for you to hold me more"),
    ("closeness_wish", "maybe we should go out more", "for us to go out more"),
    ("closeness_wish", "i would like it if we cooked together", "for us to cook together"),
    # reassurance: a clause after "You matter so much to me, and " that can also start a sentence
    ("reassurance", "that i love our time together", "I love our time together"),
    ("reassurance", "it's not about her", "it's not about you"),
    ("reassurance", "she's the most important person to me", "you're the most important person to me"),
    ("reassurance", "how much i love her", "I love you so much"),
    ("reassurance", "i want her to know that i always come back to her", "I come back to you"),
    ("reassurance", "that she shouldn't worry", "you don't need to worry"),
    ("reassurance", "love her", "I love you"),
    # turn_toward is said to the user ("try to ..."): the partner stays third person
    ("turn_toward", "ask her to tell me more", "ask her to tell you more"),
    ("turn_toward", "i could put my phone down when he talks", "put your phone down when he talks"),
    ("turn_toward", "maybe asking him how his day was", "ask him how his day was"),
    ("turn_toward", "more eye contact", "offer more eye contact"),
    # response is not used in phrases: only cleaned
    ("response", "um i kept looking at my laptop", "I kept looking at my laptop"),
    # every answer shape reads as English; yes/no/filler is never a feeling or a need
    ("deeper_feeling", "yes", PHRASE_DEFAULTS["deeper_feeling"]), ("need", "no", PHRASE_DEFAULTS["need"]),
    ("meaning", "okay", PHRASE_DEFAULTS["meaning"]), ("need", "safe", "to feel safe"),
    ("need", "um just heard i guess", "to feel heard"), ("need", "i dont know maybe just some help", "some help"),
    ("deeper_feeling", "like he doesnt care", "like I don't matter to you"),  # reworded, not dropped
    ("emotion", "she makes me so angry", "angry"), ("deeper_feeling", "rejected and lonely", "rejected and lonely"),
    ("meaning", "it felt like he was in the car with me i felt loved", "loved"),
    ("deeper_feeling", "hurt i think like he sees me as a screw up", "hurt like you see me as a screw up"),
    ("bid", "showing me a video", "showing me a video"),
    # a feeling told as a likeness keeps its "like" and its "I'm"
    ("deeper_feeling", "like im the only one who carries everything and i dont matter",
     "like I'm the only one who carries everything and I don't matter"),
    ("deeper_feeling", "like a guest in my own home", "like a guest in my own home"),
    # the feeling after a scene, not the scene: "i was dead tired and ... made me feel so relieved"
    ("meaning", "i was dead tired and walking into a clean place just made me feel so relieved and looked after",
     "relieved and looked after"),
    ("meaning", "i felt like a failure all day and they made me feel okay and loved anyway", "okay and loved anyway"),
    # sarcasm and a contrast that blames are cut, the need itself is kept
    ("need", "i just wanted him to show up for me for once", "you to show up for me"),
    ("need", "i wanted him to protect me not make me the joke", "you to protect me and not make jokes about me"),
    ("need", "i need him to not make me the joke", "you to not make jokes about me"),
    ("need", "for him to listen to me not his phone", "you to listen to me and not your phone"), ("need", "i need him to not yell", "you to not yell"),
    # a need said after its occasion; a vague tail; a long wish cut before its comparison
    ("need", "when its something big i need her to put the phone down and look at me",
     "you to put the phone down and look at me"),
    ("space_need", "one weekend morning thats just mine, for fishing or whatever", "one weekend morning that's just mine for fishing"),
    ("deeper_feeling", "like theres no room for me in this apartment. like im a guest", "like theres no room for me in this apartment"),
    ("closeness_wish", "for her to tell me about her day like she used to, all the dumb little stories",
     "for you to tell me about your day"),
    # praise before a "but" is not the moment: what follows it is
    ("trigger", "hes a great dad but he never helps with bedtime", "you don't help with bedtime"),
    # what a moment meant: a "that" clause kept whole, "it meant a lot that", a slip put right, a likeness with "we"
    ("meaning", "that she pays attention to what makes me feel better", "that you pay attention to what makes me feel better"),
    ("meaning", "that he still wants to make me smile", "that you still want to make me smile"),
    ("meaning", "honestly it meant a lot that he took it seriously", "that you took it seriously"),
    ("meaning", "she felt proud i mean i felt proud to be with him", "proud to be with you"),
    ("meaning", "like were a real family", "like we're a real family"),
    ("meaning", "i felt supported honestly like someone is in my corner", "supported like someone is in my corner"),
    # a filler "like" before a past verb; the partner's need said as theirs; contractions a recognizer drops
    ("good_moment", "he like sat there for an hour letting me practice on him", "you sat there for an hour letting me practice on you"),
    ("space_need", "he needs quiet nights and honestly i could use one too", "quiet nights and I could use one too"),
    ("reassurance", "that i wont hold it against him and ill be here when hes ready",
     "I won't hold it against you and I'll be here when you're ready"),
    # a partner named at the start of a kind moment, a complaint about something else before "but"
    ("good_moment", "kyle stood up for me with his mom", "you stood up for me with your mom"),
    ("good_moment", "robin saw i was wiped and put the kids to bed", "you saw I was wiped and put the kids to bed"),
    ("good_moment", "this job is killing me but my husband made it better today", "you made it better today"),
    ("good_moment", "money has been tight and he still made my birthday special",
     "money has been tight and you still made my birthday special"),
    ("good_moment", "mom called and he handled it", "mom called and you handled it"),
    ("good_moment", "robin saw i was wiped and put the kids to bed and told me to go take a bath",
     "you saw I was wiped and put the kids to bed and told me to go take a bath"),
    ("turn_toward", "i guess like dry my hands and hug her back", "dry your hands and hug her back"),
    # a relative "doesn't care about", a kind "makes me happier", a question tagged on, "i want him to know" is no need
    ("meaning", "that she supports me even with stuff she doesnt care about",
     "that you support me even with stuff you don't care about"),
    ("reassurance", "that it makes me happier and that happy comes home with me", "it makes me happier and that happy comes home with me"),
    ("space_need", "quiet i guess is that enough", "quiet"),
    ("space_need", "cooking alone and then we can talk at the table and i want him to know its not that i dont want to hear him",
     "cooking alone and then we can talk at the table"),
    ("trigger", "i was ready to kill him when i saw the trash still sitting there", "I saw the trash still sitting there"),
    ("reassurance", "that its not about her i love hearing about her day just not in the doorway",
     "it's not about you I love hearing about your day just not in the doorway"),
    # a feeling waved off at its end keeps the feeling; "like a loser" is said of oneself
    ("deeper_feeling", "i guess a bit like a loser which is silly", "a bit like a loser"),
    ("deeper_feeling", "a bit jealous which is petty", "a bit jealous"),
    # how the moment felt, told after it, is not part of the moment
    # "lazy" before a slow, easy time is no insult
    ("space_need", "one lazy morning on the trip with nothing planned", "one lazy morning on the trip with nothing planned"),
    ("need", "for him to not be so lazy", "to feel close to you"),
    # what one hates doing is said of oneself, not contempt ("I felt I asking for money" lost the verb)
    ("meaning", "i hate asking for money though", "I hate asking for money"),
    ("meaning", "i hate that i needed help", "I hate that I needed help"),
    ("need", "him to stop being so hateful", "to feel close to you"), ("trigger", "i hate him", None),
    ("good_moment", "he took care of calling the insurance company because i hate phone calls",
     "you took care of calling the insurance company because I hate phone calls"),
    ("bid", "he sent me a meme about cats hating mondays", "you sent me a meme about cats hating mondays"),
    ("trigger", "he said he hates my friends", None), ("trigger", "i hate it when he leaves dishes", None),
    ("need", "i hate that he never listens", "to feel close to you"),
    # a feeling not made ("doesn't make me feel weird") is not the feeling; a cut keeps a whole first clause
    ("meaning", "it meant he gets me and doesnt make me feel weird about my anxiety", "like you get me"),
    ("meaning", "it meant she has my back and i dont have to face that alone", "like you have my back"),
    ("reassurance", "that being quiet doesnt mean im upset with him its actually because im comfortable with him",
     "being quiet doesn't mean I'm upset with you it's actually because I'm comfortable with you"),
    ("bid", "i asked if he wanted to try the new bakery and he said no and then i felt dumb for asking",
     "I asked if you wanted to try the new bakery and you said no"),
    ("trigger", "he forgot my birthday and i felt invisible", "you forgot my birthday"),
    ("trigger", "okay this is dumb but he destroyed me in mario kart and wouldnt stop gloating",
     "you destroyed me in mario kart and wouldn't stop gloating"),
]


@pytest.mark.parametrize(("slot", "answer", "expected"), FOR_PHRASE)
def test_for_phrase(slot: str, answer: str, expected: str) -> None:
    assert for_phrase(slot, answer) == expected


@pytest.mark.parametrize(
    ("slot", "answer"),
    [("trigger", "he's a selfish jerk"), ("distance_moment", "he makes me feel invisible"),
     ("crowded_moment", "she should give me space"), ("bid", "he was being an idiot"), ("good_moment", "um"),
     ("bid", "he made me feel bad"), ("good_moment", "she made me wait but then she apologized"),
     ("response", ""), ("bid", "overwhelmed"), ("trigger", "when she was being a nag about the dishes"),
     ("trigger", "he acted like he doesnt even care")],
)
def test_for_phrase_gives_none_for_blaming_or_empty_events(slot: str, answer: str) -> None:
    assert for_phrase(slot, answer) is None


@pytest.mark.parametrize("slot", sorted(PHRASE_DEFAULTS))
def test_for_phrase_falls_back_for_unusable_answers(slot: str) -> None:
    for answer in ("", "um uh", "i dont know", "like a selfish idiot"):
        assert for_phrase(slot, answer) == PHRASE_DEFAULTS[slot]


def test_for_phrase_rejects_an_unknown_step() -> None:
    with pytest.raises(ValueError):
        for_phrase("favourite_colour", "blue")


def test_phrase_fields_prepares_answered_steps_only() -> None:
    slots = {"trigger": "he's a selfish jerk", "emotion": None, "reaction": "", "deeper_feeling": "um lonely",
             "need": "i need him to listen", "flow": "resentment", "requested_slot": "need"}
    assert phrase_fields(slots) == {"deeper_feeling": "lonely", "need": "you to listen"}


LONG = {
    "resentment": {"trigger": LONG_TRIGGER, "deeper_feeling": LONG_FEELING, "need": LONG_NEED},
    "longing": {"distance_moment": "lately i feel it most when he comes home and goes straight to his computer "
                                   "and doesnt say hello or ask about anything at all",
                "missing": "the long talks we used to have on the balcony on summer nights when the kids were asleep",
                "closeness_wish": "i would love it if we could go away for a weekend together just the two of "
                                  "us without phones or work"},
    "space": {"space_need": "a couple of hours on sunday afternoon just for myself to read or walk or do nothing",
              "reassurance": "i want her to know that i love her more than anything and that our time together "
                             "is the best part of my week"},
    "bids": {"bid": "she came into the kitchen and started telling me a long story about her friend from work "
                    "and what happened at lunch today"},
    "appreciation": {"good_moment": "he got up early on his day off to drive me to the airport and even packed "
                                    "me a little snack for the flight",
                     "meaning": "i felt so deeply cared for and like he really thinks about me even when he is "
                                "tired himself"},
}


@pytest.mark.parametrize("flow", sorted(LONG))
def test_phrase_fields_stay_within_the_group_budgets(flow: str) -> None:
    fields = phrase_fields({slot: " ".join([answer] * 3) for slot, answer in LONG[flow].items()})
    assert set(fields) == set(LONG[flow])
    for group, budget in PHRASE_BUDGETS.items():
        assert sum(len(fields[slot].split()) for slot in group if slot in fields) <= budget
    assert all(fields.values())


@pytest.mark.parametrize(
    ("template", "fields", "expected"),
    [
        ("{trigger}. at first you felt {emotion}.  did i get that right?",
         {"trigger": "he left", "emotion": "angry"}, "He left. At first you felt angry. Did I get that right?"),
        ("I'd love {closeness_wish}. would you like that?", {"closeness_wish": "a walk on sunday"},
         "I'd love a walk on Sunday. Would you like that?"),
        ("{reassurance}. I need {space_need}!  can we?", {"reassurance": "it's not about you.",
                                                          "space_need": "space"},
         "It's not about you. I need space! Can we?"),
        ("When {bid} , i'm sorry ?", {"bid": "you called"}, "When you called, I'm sorry?"),
        ("I felt {meaning}, .", {"meaning": "seen"}, "I felt seen."),
    ],
)
def test_render_template_tidies_capitals_spacing_and_dots(template: str, fields: dict, expected: str) -> None:
    assert render_template(template, fields) == expected


def test_render_template_needs_every_field() -> None:
    with pytest.raises(KeyError):
        render_template("When {bid}, I felt {meaning}.", {"bid": "you called"})


@pytest.mark.parametrize(("fields", "problems", "expected"), [
    ({"deeper_feeling": "worthless like my dreams are stupid", "need": "you to believe in me"}, ["insult:stupid"],
     {"deeper_feeling": "worthless", "need": "you to believe in me"}),
    ({"deeper_feeling": "like an idiot", "need": "you to always listen"}, ["insult:idiot", "absolute:always"],
     {"deeper_feeling": PHRASE_DEFAULTS["deeper_feeling"], "need": PHRASE_DEFAULTS["need"]}),
    ({"trigger": "you called me lazy", "need": "quiet"}, ["insult:lazy", "missing:x"], {"need": "quiet"}),
])
def test_a_flagged_clause_is_cut_and_an_emptied_field_falls_back(fields, problems, expected) -> None:
    from assistant.reflection.phrase import without_flagged_words

    assert without_flagged_words(fields, problems) == expected
