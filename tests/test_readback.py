"""Table-driven tests for assistant.reflection.readback: the answers read back to the user before the phrase."""

from __future__ import annotations

import re

import pytest

from assistant.reflection.shapes import render_template
from assistant.reflection.readback import READBACK_DEFAULTS, for_readback, readback_fields, second_person
from assistant.reflection.shapes import SLOT_KINDS
from tests.test_phrase_check import ANSWER_SETS, domain_responses, texts

FOR_READBACK = [
    # events: a whole clause; the user becomes "you", the partner stays as named
    ("trigger", "he checked his phone during dinner", "he checked his phone during dinner"),
    ("trigger", "i told him about my day and he walked away", "you told him about your day and he walked away"),
    ("trigger", "he never listens to me", "he doesn't listen to you"),
    ("trigger", "my wife was on her phone all through dinner", "your wife was on her phone all through dinner"),
    ("trigger", "um so like he's a fucking idiot", "he's an idiot"),
    ("distance_moment", "i notice it most when he's on his laptop", "he's on his laptop"),
    ("distance_moment", "we sat on the couch and both looked at our phones",
     "you two sat on the couch and both looked at your phones"),
    ("crowded_moment", "when she plans every evening for us", "she plans every evening for the two of you"),
    ("crowded_moment", "right after a long day at work", "it's right after a long day at work"),
    ("crowded_moment", "when every evening is planned for us", "every evening is planned for the two of you"),
    ("crowded_moment", "i feel crowded when i was tired and he wanted to talk",
     "you were tired and he wanted to talk"),
    ("bid", "she showed me a video on her phone", "she showed you a video on her phone"),
    ("good_moment", "he took care of the kids so i could rest", "he took care of the kids so you could rest"),
    ("good_moment", "we both cleaned the house and laughed", "you both cleaned the house and laughed"),
    # feelings: after "you felt "
    ("emotion", "i was really annoyed", "really annoyed"),
    ("deeper_feeling", "i felt like i don't matter to him", "like you don't matter to him"),
    ("deeper_feeling", "afraid of losing her", "afraid of losing her"),
    ("deeper_feeling", "like a single mom honestly like im carrying everything", "like a single mom like you're carrying everything"),
    ("deeper_feeling", "hurt i guess like he was ashamed of me", "hurt like he was ashamed of you"),
    ("meaning", "it made me feel like we're a team", "like you two are a team"),
    # reaction and response: a clause with its subject
    ("reaction", "i went quiet", "you went quiet"),
    ("reaction", "went quiet", "you went quiet"),
    ("reaction", "snapped at him", "you snapped at him"),
    ("reaction", "nothing", "you did nothing"),
    ("reaction", "yelling at him", "you were yelling at him"),
    ("reaction", "the silent treatment", "you reacted with the silent treatment"),
    ("reaction", "i reacted by going quiet", "you reacted by going quiet"),
    ("reaction", "what i did was snap at him", "what you did was snap at him"),
    ("response", "i kept looking at my laptop", "you kept looking at your laptop"),
    ("response", "didnt really notice", "you didn't really notice"),
    ("response", "said i was too tired", "you said you were too tired"),
    # needs: after "you need "
    ("need", "to feel important to him", "to feel important to him"),
    ("need", "i need him to listen", "him to listen"),
    ("need", "i wish he would just listen", "him to just listen"),
    ("need", "for her to hold me", "her to hold you"),
    ("need", "that he cares", "to know that he cares"),
    ("need", "to feel close to you", "to feel close to them"),
    ("space_need", "an hour to myself after work", "an hour to yourself after work"),
    # missing: after "You miss "
    ("missing", "our talks at night", "your talks at night"),
    ("missing", "i miss how we used to laugh", "how you two used to laugh"),
    ("missing", "the way he used to hold me", "the way he used to hold you"),
    ("missing", "him", "him"),
    # closeness_wish: after "you'd love "
    ("closeness_wish", "we could cook together on sunday", "for the two of you to cook together on sunday"),
    ("closeness_wish", "i wish he would hold me more", "for him to hold you more"),
    ("closeness_wish", "i'd like to have breakfast together", "to have breakfast together"),
    ("closeness_wish", "some time together, just us", "some time together just the two of you"),
    # reassurance: after "you want your partner to know "
    ("reassurance", "that i love our time together", "that you love your time together"),
    ("reassurance", "it's not about her", "it's not about her"),
    ("reassurance", "how much i love her", "how much you love her"),
    ("reassurance", "love her", "you love her"),
    ("reassurance", "I love being with you", "you love being with them"),
    # turn_toward: after "you'd like to "
    ("turn_toward", "i could ask her about her day", "ask her about her day"),
    ("turn_toward", "stopping and looking at the moon with him", "stop and look at the moon with him"),
    ("turn_toward", "asking him and then listening", "ask him and then listen"),
    # "underneath" said back to the question that asked for it is not read back twice
    ("deeper_feeling", "i guess underneath i felt alone like im the only one holding everything together",
     "alone like you're the only one holding everything together"),
    ("deeper_feeling", "deep down scared", "scared"),
    ("turn_toward", "put my phone down and keep listening", "put your phone down and keep listening"),
    ("turn_toward", "ask her to tell me more", "ask her to tell you more"),
    ("turn_toward", "i'll try to put my phone down when he talks", "put your phone down when he talks"),
    # a moment with a self-dismissing lead-in ("okay this is dumb but"): the lead-in is not read back
    ("trigger", "okay this is dumb but he destroyed me in mario kart", "he destroyed you in mario kart"),
]


@pytest.mark.parametrize(("slot", "answer", "expected"), FOR_READBACK)
def test_for_readback(slot: str, answer: str, expected: str) -> None:
    assert for_readback(slot, answer) == expected


@pytest.mark.parametrize("slot", sorted(SLOT_KINDS))
def test_for_readback_never_crashes_on_empty_answers(slot: str) -> None:
    for answer in ("", "   ", "um uh", "well like", "i dont know", "dunno"):
        assert for_readback(slot, answer) == ""


def test_for_readback_rejects_an_unknown_step() -> None:
    with pytest.raises(ValueError):
        for_readback("favourite_colour", "blue")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("i was late and i am sorry", "you were late and you are sorry"),
        ("i'm tired and i've had enough of myself", "you're tired and you've had enough of yourself"),
        ("we both know our time is precious to us", "you both know your time is precious to the two of you"),
        ("the two of us", "the two of you"),
        ("when you listen to me", "when they listen to you"),
        ("i got home at seven am and i am tired", "you got home at seven am and you are tired"),
        ("he calls at 6 am", "he calls at 6 am"),
    ],
)
def test_second_person(words: str, expected: str) -> None:
    assert " ".join(second_person(words.split())) == expected


def test_readback_fields_fill_defaults_and_skip_other_slots() -> None:
    fields = readback_fields({"trigger": None, "emotion": "", "reaction": "um", "deeper_feeling": "i dont know",
                              "need": "reassurance", "flow": "resentment", "phrase": None})
    assert fields == {"trigger": READBACK_DEFAULTS["trigger"], "emotion": READBACK_DEFAULTS["emotion"],
                      "reaction": READBACK_DEFAULTS["reaction"], "deeper_feeling": "a bit unsettled",
                      "need": "reassurance"}
    assert set(READBACK_DEFAULTS) == set(SLOT_KINDS)


READBACKS = [
    ("resentment", {"trigger": "he checked his phone during dinner", "emotion": "i was really annoyed",
                    "reaction": "i went quiet", "deeper_feeling": "i felt like i don't matter to him",
                    "need": "i need him to listen"},
     "Let me check I have it. He checked his phone during dinner. At first you felt really annoyed, and you went "
     "quiet. Underneath, you felt like you don't matter to him, and you need him to listen. Did I get that right?"),
    ("resentment", {"trigger": "i told him about my day and he walked away", "emotion": "um i dont know",
                    "reaction": None, "deeper_feeling": "hurt", "need": "to feel close to you"},
     "Let me check I have it. You told him about your day and he walked away. At first you felt something hard "
     "to name, and you're not sure how you reacted. Underneath, you felt hurt, and you need to feel close to "
     "them. Did I get that right?"),
    ("longing", {"distance_moment": "he was on his laptop all evening", "missing": "our talks at night",
                 "closeness_wish": "we could cook together on sunday"},
     "Let me check I have it. You feel the distance when he was on his laptop all evening. You miss your talks at "
     "night, and you'd love for the two of you to cook together on Sunday. Did I get that right?"),
    ("longing", {"distance_moment": "um my husband works late every night", "missing": "the way he used to hold me",
                 "closeness_wish": "go for walks"},
     "Let me check I have it. You feel the distance when your husband works late every night. You miss the way "
     "he used to hold you, and you'd love to go for walks. Did I get that right?"),
    ("space", {"crowded_moment": "when she plans every evening for us", "space_need": "an hour to myself after work",
               "reassurance": "that i love our time together"},
     "Let me check I have it. You feel crowded when she plans every evening for the two of you. You need an hour "
     "to yourself after work, and you want your partner to know that you love your time together. "
     "Did I get that right?"),
    ("space", {"crowded_moment": "right after a long day at work", "space_need": "a little time to myself",
               "reassurance": "I love being with you"},
     "Let me check I have it. You feel crowded when it's right after a long day at work. You need a little time "
     "to yourself, and you want your partner to know you love being with them. Did I get that right?"),
    ("bids", {"bid": "she showed me a video on her phone", "response": "i kept looking at my laptop",
              "turn_toward": "ask her to tell me more"},
     "Let me check I have it. Your partner reached out when she showed you a video on her phone. You kept looking "
     "at your laptop. Tomorrow, you'd like to ask her to tell you more. Did I get that right?"),
    ("bids", {"bid": "he sighed and said what a day", "response": "went on scrolling",
              "turn_toward": "i could put my phone down when he talks"},
     "Let me check I have it. Your partner reached out when he sighed and said what a day. You went on scrolling. "
     "Tomorrow, you'd like to put your phone down when he talks. Did I get that right?"),
    ("appreciation", {"good_moment": "he took care of the kids so i could rest", "meaning": "i felt cared for"},
     "Let me check I have it. He took care of the kids so you could rest, and you felt cared for. "
     "Did I get that right?"),
    ("appreciation", {"good_moment": "we cleaned the house together and laughed",
                      "meaning": "it made me feel like we're a team"},
     "Let me check I have it. You two cleaned the house together and laughed, and you felt like you two are a "
     "team. Did I get that right?"),
]


@pytest.mark.parametrize(("flow", "slots", "expected"), READBACKS)
def test_readback_renders_exactly(flow: str, slots: dict[str, str | None], expected: str) -> None:
    assert render_template(texts(f"utter_readback_{flow}")[0], readback_fields(slots)) == expected


_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|we|we're|us|our|ours)\b", re.IGNORECASE)


@pytest.mark.parametrize(("flow", "slots"), ANSWER_SETS, ids=[f"{n:02d}-{f}" for n, (f, _) in enumerate(ANSWER_SETS)])
def test_every_readback_speaks_to_the_user(flow: str, slots: dict[str, str]) -> None:
    fields = readback_fields(slots)
    assert set(fields) == set(slots) and all(fields.values())
    for slot, value in fields.items():
        assert not _FIRST_PERSON.search(value), (slot, value)
    for template in texts(f"utter_readback_{flow}"):
        text = render_template(template, fields)
        assert "{" not in text and "  " not in text and ".." not in text, text
        assert all(s[:1].isupper() for s in re.split(r"(?<=[.?!]) ", text)), text


def test_the_domains_stand_ins_for_unknown_answers_read_well() -> None:
    """A step the user couldn't answer holds the domain's utter_unknown_<step> text; both sides use it."""
    from assistant.reflection.phrase import for_phrase

    unknown = {name.removeprefix("utter_unknown_"): text for name in domain_responses()
               if name.startswith("utter_unknown_") for text in texts(name)}
    assert unknown, "the domain has no utter_unknown_* responses"
    for slot, text in unknown.items():
        if slot not in SLOT_KINDS:
            continue
        spoken = for_readback(slot, text)
        assert spoken and not _FIRST_PERSON.search(spoken), (slot, text, spoken)
        assert for_phrase(slot, text), (slot, text)
