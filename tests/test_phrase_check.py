"""Table-driven tests for assistant.reflection.phrase_check, and every domain phrase rendered from many answer sets."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.reflection.phrase import PHRASE_BUDGETS, phrase_fields
from assistant.reflection.phrase_check import MAX_WORDS, phrase_problems
from assistant.reflection.shapes import render_template


def template_slots(template: str) -> set[str]:
    """The {slot} names a domain template needs."""
    return set(re.findall(r"\{(\w+)\}", template))


ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "rasa_project" / "domain.yml"


@lru_cache(maxsize=1)
def domain_responses() -> dict[str, Any]:
    """The responses in rasa_project/domain.yml, where every user-facing sentence lives."""
    return yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))["responses"]


def texts(name: str) -> list[str]:
    """The text variations of one response."""
    return [v["text"] for v in domain_responses().get(name, []) if "text" in v]


FLOWS = ("resentment", "longing", "space", "bids", "appreciation")
# The fields a phrase must keep when its template holds them (the rest may be trimmed or absent).
KEY_FIELDS = {
    "resentment": ("trigger", "deeper_feeling", "need"),
    "longing": ("distance_moment", "missing", "closeness_wish"),
    "space": ("reassurance", "space_need"),
    "bids": ("bid",),
    "appreciation": ("good_moment", "meaning"),
}

LONG_TRIGGER = ("i asked him for help and he said later and then went out with his friends "
                "and didnt come back until midnight without even texting me once")
LONG_FEELING = "i felt like nothing i do is ever good enough for him and like i always mess things up somehow"
LONG_NEED = "i need him to notice when im struggling and just ask me if im ok and sit with me for a while"
R = ("trigger", "emotion", "reaction", "deeper_feeling", "need")
L = ("distance_moment", "missing", "closeness_wish")
S = ("crowded_moment", "space_need", "reassurance")
B = ("bid", "response", "turn_toward")
A = ("good_moment", "meaning")
ANSWER_SETS = [("resentment", dict(zip(R, a))) for a in [
    ("he checked his phone during dinner", "annoyed", "i went quiet", "i felt like i don't matter to him",
     "i need him to listen"),
    ("um so like my wife was on her phone all through dinner", "i was really annoyed", "snapped at her", "lonely",
     "to feel important to her"),
    ("she never texts me back when she's out", "angry", "i texted her like ten times", "i think i felt scared",
     "i just wanted to know she's okay"),
    ("i told him about my day and he walked away", "frustrated", "went to bed early", "hurt and a bit invisible",
     "i wish he would just ask how i am"),
    ("my husband forgot our anniversary", "i felt numb", "i didnt say anything", "afraid he doesnt love me anymore",
     "reassurance"),
    ("he always makes plans with his friends without asking me", "mad", "i yelled at him", "left out",
     "to be included when he makes plans"),
    ("they didnt call when they were late", "worried", "i waited up", "unimportant", "that they care"),
    ("he's a selfish jerk", "furious", "i slammed the door", "really alone", "i need him to stop being a jerk"),
    ("she should have called me", "irritated", "ignored her", "like i'm not a priority", "to know i matter to her"),
    ("he made me wait for an hour at the restaurant", "fed up", "i left", "embarrassed and small",
     "i wanted him to text me"),
    (LONG_TRIGGER, "so angry i could scream", "i went for a long walk", LONG_FEELING, LONG_NEED),
    ("she laughed when i tripped", "um i dont know", "i dont know", "i dont know", "i dont know"),
    ("my boyfriend rolled his eyes when i talked about my job", "embarrassed", "i went quiet and scrolled my phone",
     "dismissed", "i need him to take my job seriously"),
]] + [("longing", dict(zip(L, a))) for a in [
    ("he was on his laptop all evening", "our talks at night", "we could cook together on sunday"),
    ("i notice it most when we sit on the couch and both look at our phones", "i miss how we used to laugh",
     "a walk after dinner"),
    ("when she goes to bed early without saying goodnight", "what i miss is talking to her at night",
     "i'd like to have breakfast together"),
    ("um my husband works late every night", "the way he used to hold me", "go for walks"),
    ("we eat dinner in front of the tv", "cooking together", "maybe we could turn the tv off once a week"),
    ("she's always busy with the kids", "just being us", "i wish she would sit with me after the kids are in bed"),
    ("he never asks about my day", "when he used to call me at lunch", "ten minutes of talking before bed"),
    ("since the baby came we barely talk", "feeling like a couple", "a date night every other week"),
    ("when he scrolls his phone in bed", "him", "cuddling before we fall asleep"),
    ("lately i feel it most when he comes home and goes straight to his computer and doesnt really say hello "
     "or ask about anything at all",
     "i really miss the long talks we used to have on the balcony on summer nights when the kids were asleep",
     "i would love it if we could go away for a weekend together just the two of us without phones or work"),
    ("we hardly see each other during the week", "i dont know", "um"),
]] + [("space", dict(zip(S, a))) for a in [
    ("when she plans every evening for us", "an hour to myself after work", "that i love our time together"),
    ("right after a long day at work", "a morning alone on the weekend", "it's not about her"),
    ("he texts me all day when i'm at work", "some quiet time to read", "he's the most important person to me"),
    ("when my wife wants to talk the second i get home", "i need twenty minutes to unwind when i get home",
     "how much i love her"),
    ("every weekend is full of plans with his family", "one free saturday a month", "i always come back to him"),
    ("she follows me around the house", "time to go running alone", "that she shouldn't worry"),
    ("when we spend the whole weekend together", "an evening with my friends", "love her"),
    ("he wants to do everything together", "a little space to breathe",
     "i want him to know that nothing changes between us"),
    ("when she calls me during my lunch break", "to be alone for a bit", "how important she is to me"),
    ("when he plans every single evening and weekend for us and never asks if i'd like some time on my own",
     "i need a couple of hours on sunday afternoon just for myself to read or walk or do nothing at all",
     "i want her to know that i love her more than anything and that our time together is the best part of my week"),
    ("um i dont know", "dunno", "i dont know"),
]] + [("bids", dict(zip(B, a))) for a in [
    ("she showed me a video on her phone", "i kept looking at my laptop", "ask her to tell me more"),
    ("he sighed and said what a day", "i said mm without looking up", "i could ask him about his day"),
    ("my wife asked if i wanted tea", "i didnt answer", "i could put my phone down when she talks"),
    ("he touched my shoulder while i was cooking", "i pulled away", "turn around and hug him"),
    ("she laughed at something on tv and looked at me", "i didnt notice", "look up and laugh with her"),
    ("he asked if i wanted to go for a walk", "said i was too tired", "maybe say yes or suggest tomorrow"),
    ("um she sent me a funny meme", "i ignored it", "reply with something funny"),
    ("he told me about a dream he had", "i kept scrolling", "asking him what happened next"),
    ("she sat next to me on the couch", "i got up to do the dishes", "stay and sit with her for a minute"),
    ("my husband started telling me about his boss", "changed the subject", "more eye contact"),
    ("she came into the kitchen and started telling me a long story about her friend from work and what "
     "happened at lunch today",
     "i kept typing on my laptop and only said uh huh a couple of times without really listening to her",
     "i could close my laptop and turn toward her and ask her how she felt about it"),
]] + [("appreciation", dict(zip(A, a))) for a in [
    ("he took care of the kids so i could rest", "i felt cared for"),
    ("he made me coffee without asking", "it made me feel like we're a team"),
    ("we cleaned the house together and laughed", "it felt like we're on the same side"),
    ("she listened to me vent about work for an hour", "really heard"),
    ("i loved how she planned a surprise dinner", "special"),
    ("my husband fixed my bike", "looked after"),
    ("she held my hand at the doctor's", "safe and less alone"),
    ("he remembered my mom's birthday", "seen"),
    ("she let me sleep in on saturday", "grateful and rested"),
    ("he got up early on his day off to drive me to the airport and even packed me a little snack for the flight",
     "i felt so deeply cared for and like he really thinks about me even when he is tired himself"),
    ("um so like she texted me good luck before my interview", "i dont know"),
]]


def phrase_names(flow: str, fields: dict[str, str]) -> list[str]:
    """The phrase responses of a flow; resentment without a blame-free trigger uses _untold instead."""
    names = [f"utter_phrase_{flow}{style}" for style in ("", "_softer", "_shorter")]
    if flow == "resentment" and "trigger" not in fields:
        names.append("utter_phrase_resentment_untold")
    return names


def _cases() -> list[Any]:
    """One case per answer set and template variation that the answers can fill."""
    cases = []
    for n, (flow, slots) in enumerate(ANSWER_SETS):
        fields = phrase_fields(slots)
        for name in phrase_names(flow, fields):
            for k, template in enumerate(texts(name)):
                if template_slots(template) <= set(fields):
                    cases.append(pytest.param(flow, slots, name, template, id=f"{n:02d}-{name}-{k}"))
    return cases


CASES = _cases()
_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def test_the_domain_has_every_phrase_and_readback() -> None:
    for flow in FLOWS:
        for name in phrase_names(flow, {}) + [f"utter_readback_{flow}"]:
            assert texts(name), name


def test_the_word_budgets_fit_every_phrase_template() -> None:
    """Each budget leaves room for the words a template adds around its fields, within MAX_WORDS."""
    for flow in FLOWS:
        for name in phrase_names(flow, {}):
            for template in texts(name):
                around = [w for w in re.sub(r"\{\w+\}", "", template).split() if re.search(r"\w", w)]
                slots = template_slots(template)
                groups = [budget for group, budget in PHRASE_BUDGETS.items() if slots and slots <= set(group)]
                assert not slots or groups, name
                assert not slots or len(around) + min(groups) <= MAX_WORDS, (name, template)  # the tightest applies


def test_there_are_enough_varied_answer_sets() -> None:
    assert len(ANSWER_SETS) >= 50
    assert {flow for flow, _ in ANSWER_SETS} == set(FLOWS)
    assert all(sum(f == flow for f, _ in ANSWER_SETS) >= 10 for flow in FLOWS)


@pytest.mark.parametrize(("flow", "slots", "name", "template"), CASES)
def test_every_phrase_passes_the_check(flow: str, slots: dict[str, str], name: str, template: str) -> None:
    fields = phrase_fields(slots)
    text = render_template(template, fields)
    must = [fields[slot] for slot in KEY_FIELDS[flow] if slot in template_slots(template)]
    problems = phrase_problems(text, must)
    if problems == ["no_you"] and not _YOU.search(re.sub(r"\{\w+\}", "", template)):
        pytest.xfail(f"{name} only says 'you' when an answer does: {text}")
    assert problems == [], text
    assert "{" not in text and "  " not in text and ".." not in text, text
    assert text[0].isupper() and not re.search(r"\bi\b|\bi'", text), text


@pytest.mark.parametrize(("flow", "slots"), ANSWER_SETS, ids=[f"{n:02d}-{f}" for n, (f, _) in enumerate(ANSWER_SETS)])
def test_every_answer_set_has_a_phrase_to_offer(flow: str, slots: dict[str, str]) -> None:
    fields = phrase_fields(slots)
    spoken = []
    for name in phrase_names(flow, fields):
        for template in texts(name):
            if template_slots(template) <= set(fields):
                must = [fields[s] for s in KEY_FIELDS[flow] if s in template_slots(template)]
                text = render_template(template, fields)
                assert len(text.split()) <= MAX_WORDS, text
                spoken += [text] if not phrase_problems(text, must) else []
    assert len(spoken) >= 2, fields


GOOD = "When you left early, I felt lonely. I need some time with you. Could we talk about it?"
PROBLEMS = [
    (GOOD, (), []),
    ("Underneath, I felt tired and scared and worthless. Could you sit with me?", (), []),
    ("I felt tired, and you are worthless. Could you sit with me?", (), ["insult:worthless"]),
    ("When you made me coffee, I felt cared for. Thank you. Can we do that again?", (), []),
    ("You made me laugh so much today, and I loved it. Could we do that again?", (), []),
    ("When you touched my shoulder, I felt close to you. Could we do that more?", (), []),
    ("I love our time together. It's not about you. Could we figure it out together?",
     ("i love our time together",), []),
    ("You left early and it hurt. Could we talk about it?", (), ["no_i_statement"]),
    ("I felt hurt. I need reassurance. Can we talk?", (), ["no_you"]),
    ("When he left early, I felt lonely. Could you talk with me?", (), ["third_person:he"]),
    ("When my husband left, I felt lonely. Could you talk with me?", (), ["third_person:my husband"]),
    ("I felt a bit like a loser, and I need you to be a good winner. Could we talk?", (), []),
    ("You matter to me. I need one lazy morning with nothing planned. Could we make room for that?", (), []),
    ("When you were lazy, I felt alone. Could we talk?", (), ["insult:lazy"]),
    ("When you acted like a loser, I felt hurt. Could we talk?", (), ["insult:loser"]),
    # a "she" that stands for someone named before it in the same sentence is not the partner
    ("You matter so much to me, and I love your mom and I'm glad she's here. I need our room. Could we talk?", (), []),
    ("I love your mom. I'm glad she's here with you. Could we talk?", (), ["third_person:she"]),
    ("You always leave early, and I feel lonely. Can we talk?", (), ["absolute:always"]),
    ("You never listen to me, and I feel alone. Can we talk?", (), ["absolute:never"]),
    ("I think you should call me when you're late. Can we talk?", (), ["should:should"]),
    ("You make me feel small. I need respect. Can we talk?", (), ["blame:you make me"]),
    ("When you made me wait, I felt hurt. Could we talk?", (), ["blame:you made me"]),
    ("You're making me sad. I need you. Can we talk?", (), ["blame:you're making me"]),
    ("I think you're selfish. I felt hurt. Can we talk?", (), ["insult:selfish"]),
    ("You idiot, I felt so hurt. Can we talk?", (), ["insult:idiot"]),
    ("Whatever, I felt hurt. Can you just grow up?", (), ["contempt:whatever", "contempt:grow up"]),
    ("When you cooked with whatever we had, I felt special. Thank you. Could we do more of that?", (), []),
    ("When I was ready to kill you, I felt alone. Can we talk?", (), ["violence:kill"]),
    ("I felt hurt, as usual. Could you listen for once?", (), ["contempt:as usual", "contempt:for once"]),
    ("I felt hurt when you left early.", (), ["no_invitation"]),
    ("I felt hurt when you left early. Could we talk about it.", (), ["no_invitation"]),
    (GOOD, ("lonely", "some time with you"), []),
    (GOOD, ("lonely", "to feel important to you"), ["missing:to feel important to you"]),
    (GOOD, ("LONELY", "", "time  with you"), []),
    ("You never call, you idiot. Stop it.", (),
     ["no_i_statement", "absolute:never", "insult:idiot", "no_invitation"]),
]


@pytest.mark.parametrize(("text", "must_mention", "expected"), PROBLEMS)
def test_phrase_problems(text: str, must_mention: tuple[str, ...], expected: list[str]) -> None:
    assert phrase_problems(text, must_mention) == expected


def test_a_long_phrase_is_too_long() -> None:
    text = "I felt " + " ".join(["really"] * 40) + " lonely. Could you hold me?"
    assert phrase_problems(text) == [f"too_long:{len(text.split())}"]
    assert phrase_problems("I felt " + "very " * 36 + "lonely. Could you hold me?") == []
