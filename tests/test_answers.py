"""Table-driven tests for assistant.reflection.answers: sorting spoken answers into the five resentment steps."""

from __future__ import annotations

import pytest

from assistant.reflection.answers import RESENTMENT_STEPS, correction, split_answer

SPLIT = [
    # the examples of the brief
    ("i was angry so i slammed the door", "emotion", {"emotion": "i was angry", "reaction": "i slammed the door"}),
    ("i felt hurt and i just need him to listen", "deeper_feeling",
     {"deeper_feeling": "i felt hurt", "need": "i just need him to listen"}),
    ("i went quiet because i felt invisible", "reaction",
     {"reaction": "i went quiet", "deeper_feeling": "i felt invisible"}),
    # fitting or unclear answers stay with the step asked
    ("he left the room", "trigger", {"trigger": "he left the room"}),
    ("i felt like leaving", "emotion", {"emotion": "i felt like leaving"}),
    ("hurt", "emotion", {"emotion": "hurt"}),
    ("i was sad", "emotion", {"emotion": "i was sad"}),
    ("angry", "deeper_feeling", {"deeper_feeling": "angry"}),
    ("i was frustrated", "deeper_feeling", {"deeper_feeling": "i was frustrated"}),
    ("i shut down", "emotion", {"emotion": "i shut down"}),
    ("i shut down", "reaction", {"reaction": "i shut down"}),
    ("he yelled at me", "emotion", {"emotion": "he yelled at me"}),
    ("nothing really", "reaction", {"reaction": "nothing really"}),
    ("i don't know", "need", {"need": "i don't know"}),
    ("i was so angry i yelled", "reaction", {"reaction": "i was so angry i yelled"}),
    ("i was so angry", "trigger", {"trigger": "i was so angry"}),  # a trigger answer never moves whole
    ("i left the room", "trigger", {"trigger": "i left the room"}),
    ("i was annoyed because he didnt text back", "emotion", {"emotion": "i was annoyed because he didnt text back"}),
    ("i needed him to listen but he just walked away", "need",
     {"need": "i needed him to listen but he just walked away"}),
    ("he came home and left again", "trigger", {"trigger": "he came home and left again"}),
    ("sad and lonely", "emotion", {"emotion": "sad and lonely"}),
    ("i felt hurt and angry", "emotion", {"emotion": "i felt hurt and angry"}),
    # clear evidence for another step only: the answer moves
    ("i stopped talking to him", "emotion", {"reaction": "i stopped talking to him"}),
    ("i left the room", "deeper_feeling", {"reaction": "i left the room"}),
    ("i left the room", "need", {"reaction": "i left the room"}),
    ("to feel important", "reaction", {"need": "to feel important"}),
    ("i need a hug", "deeper_feeling", {"need": "i need a hug"}),
    ("i wanted him to ask me first", "emotion", {"need": "i wanted him to ask me first"}),
    ("reassurance", "reaction", {"need": "reassurance"}),
    ("i felt lonely", "reaction", {"deeper_feeling": "i felt lonely"}),
    ("i felt lonely", "need", {"deeper_feeling": "i felt lonely"}),
    ("um i was pissed off", "need", {"emotion": "um i was pissed off"}),
    ("i was angry and hurt", "reaction", {"emotion": "i was angry and hurt"}),
    ("what happened was he forgot to call", "emotion", {"trigger": "what happened was he forgot to call"}),
    ("he ignored me so i walked away", "emotion", {"reaction": "he ignored me so i walked away"}),
    # two in one
    ("he forgot to call and i was furious", "trigger", {"trigger": "he forgot to call", "emotion": "i was furious"}),
    ("he forgot my birthday and i cried", "trigger", {"trigger": "he forgot my birthday", "reaction": "i cried"}),
    ("we were at dinner and i felt invisible", "trigger",
     {"trigger": "we were at dinner", "deeper_feeling": "i felt invisible"}),
    ("um i was like so angry so um i just yelled at him", "emotion",
     {"emotion": "i was like so angry", "reaction": "i just yelled at him"}),
    ("i was angry so i yelled and then i went to bed", "emotion",
     {"emotion": "i was angry", "reaction": "i yelled and then i went to bed"}),
    ("i was sad and i slammed the door", "emotion", {"emotion": "i was sad", "reaction": "i slammed the door"}),
    ("i was angry and i need him to listen", "deeper_feeling",
     {"deeper_feeling": "i was angry", "need": "i need him to listen"}),
    ("i was angry because i felt unimportant", "emotion",
     {"emotion": "i was angry", "deeper_feeling": "i felt unimportant"}),
    ("i was angry but underneath i was hurt", "emotion",
     {"emotion": "i was angry", "deeper_feeling": "underneath i was hurt"}),
    ("i slammed the door because i needed space", "emotion",
     {"reaction": "i slammed the door", "need": "i needed space"}),
    ("i cried and i wanted him to hold me", "reaction", {"reaction": "i cried", "need": "i wanted him to hold me"}),
    # blank
    ("", "emotion", {}),
    ("um", "need", {}),
]

CORRECTION = [
    ("no i felt scared", ("deeper_feeling", "i felt scared")),
    ("no actually i was furious", ("emotion", "i was furious")),
    ("no what happened was he forgot to call", ("trigger", "he forgot to call")),
    ("no i need him to ask me first", ("need", "i need him to ask me first")),
    ("no i didn't yell i just left", ("reaction", "i just left")),
    ("actually the feeling underneath was shame", ("deeper_feeling", "shame")),
    ("no", None),
    ("nope", None),
    ("that's wrong", None),
    ("no that's not right", None),
    ("no it was tuesday", None),  # content, but no step to put it in
    ("no i wasnt angry", None),  # only a denial
    ("at first i felt annoyed", ("emotion", "i felt annoyed")),
    ("first i was sad", ("emotion", "i was sad")),  # explicit marker beats the tender word
    ("underneath i was jealous", ("deeper_feeling", "i was jealous")),  # and beats the reactive one
    ("deep down i was angry", ("deeper_feeling", "i was angry")),
    ("no i was lonely", ("deeper_feeling", "i was lonely")),
    ("no i was mad", ("emotion", "i was mad")),
    ("no it was more like hurt", ("deeper_feeling", "hurt")),
    ("no i wasnt angry i was hurt", ("deeper_feeling", "i was hurt")),
    ("no the first thing i felt was rage", ("emotion", "rage")),
    ("no what i needed was a hug", ("need", "a hug")),
    ("not quite i went to bed", ("reaction", "i went to bed")),
    ("no i didnt say anything", ("reaction", "i didn't say anything")),
    ("no um i was uh embarrassed", ("deeper_feeling", "i was embarrassed")),
    ("nope it was when he laughed at me", ("trigger", "he laughed at me")),
    ("no he was late", ("trigger", "he was late")),
    ("well actually i wanted him to call", ("need", "i wanted him to call")),
]


@pytest.mark.parametrize(("text", "asked", "expected"), SPLIT)
def test_split_answer(text: str, asked: str, expected: dict[str, str]) -> None:
    assert split_answer(text, asked) == expected


@pytest.mark.parametrize(("text", "asked", "expected"), SPLIT)
def test_split_answer_keeps_words(text: str, asked: str, expected: dict[str, str]) -> None:
    parts = split_answer(text, asked)
    assert set(parts) <= set(RESENTMENT_STEPS)
    assert all(part and part in text for part in parts.values())


def test_split_answer_rejects_unknown_step() -> None:
    with pytest.raises(ValueError):
        split_answer("i was angry", "feeling")


@pytest.mark.parametrize(("text", "expected"), CORRECTION)
def test_correction(text: str, expected: tuple[str, str] | None) -> None:
    assert correction(text) == expected


@pytest.mark.parametrize("text,pause", [
    ("hmm", True), ("let me think", True), ("let me think a second", True), ("give me a minute", True),
    ("okay hold on", True), ("good question", True), ("let me think he was late", False), ("he was late", False),
    ("hmm let me think theres a few things", True), ("let me think how to put it", True),
    ("hmm thats a hard one, give me a second", True), ("i dont know. let me think about that", True),
    ("i dont know", False),  # not a pause: the step's examples help there
    ("hmm thats a big one", True), ("hmm how did it make me feel, let me think", True),
    ("what was it, give me a second", True), ("what he said was mean", False),
    ("um", True), ("um like let me think", True), ("like he never listens", False),
    # the hard part named, tears, the question said back trailing off
    ("ugh this is the hard part give me a minute", True), ("sorry give me a sec im crying a bit", True), ("sorry im getting teary", True),
    ("im a bit teary sorry", True), ("she gets teary at weddings", False), ("sorry i need a sec its a lot", True),
    ("its a lot", False),
    ("what did it mean hmm", True), ("what should she know hmm", True), ("what did it mean", False),
    ("its the hard part of the day when he gets home", False), ("im crying a lot lately", False),
    ("whats the point hmm", False), ("he did the dishes hmm", False),
    ("give me a second this is hard to say", True), ("hmm how do i say this", True), ("um i guess what do i need", True),
    ("oh gosh what did it mean", True), ("um what do you mean by that", False), ("um what he said hurt", False),
    ("ok so um", True), ("what it meant to me hmm", True), ("what happened hmm", True), ("what he said hurt hmm", False),
    ("okay so he left", False),
    ("um can i think about that", True), ("give me a second to think", True), ("oh where do i start", True),
    ("um let me think which part", True), ("where do i start with him he always", False),
    # the hard part named as a question, picking one of many moments
    ("ugh this is the hard part isnt it", True), ("he does it a lot actually let me pick one", True),
    ("let me pick one", True), ("he tries to talk to me a lot", False), ("let me pick the movie and he sulked", False),
])
def test_is_pause(text: str, pause: bool) -> None:
    from assistant.reflection.answers import is_pause

    assert is_pause(text) is pause


@pytest.mark.parametrize("text,place", [
    ("the first one", 0), ("um the second one please", 1), ("the third", 2), ("the last one", -1),
    ("number two", 1), ("i guess the first one", 0), ("the first one about him", None), ("he was first", None),
])
def test_ordinal_choice(text: str, place) -> None:
    from assistant.reflection.answers import ordinal_choice

    assert ordinal_choice(text) == place


@pytest.mark.parametrize("text,mood", [
    ("kind of off tonight", True), ("meh tonight", True), ("idk just blah", True), ("blah", True), ("feeling low today", True),
    ("the fight tonight", False), ("he was off with me tonight", False), ("i feel so smothered by him", False),
    ("long day", True), ("rough week", True), ("its been a long day", True), ("long day at work he forgot the kids", False),
    ("not a great night honestly", True),
])
def test_an_opening_that_only_says_a_mood_offers_the_choices(text: str, mood: bool) -> None:
    from assistant.reflection.answers import is_mood_only, is_vague

    assert is_mood_only(text) is mood and (not mood or is_vague(text))


@pytest.mark.parametrize("text,vague", [
    ("i dont know just a weird day with him", True), ("just a long day", True), ("rough night", True),
    ("i dont know", True), ("he forgot the kids again", False), ("i dont know he just ignored me", False),
    ("a weird day at work he yelled", False),
    ("dinner went bad tonight", True), ("dinner with my wife and our son went bad", True),
    ("dinner went bad because he was on his phone", False), ("he was rude to my mom", False),
    # a subject, not what happened: the first step is asked
    ("work stuff with my wife", True), ("things with him", True), ("something weird happened at the party", True),
    ("we found something in the attic", True), ("she's always busy", True),
    ("she threw my stuff on the lawn", False), ("the stuff she said about my sister", False),
    ("she said something cruel at the party", False), ("things got loud at dinner", False),
    # that someone lost their temper, or that something happened: what it was is asked
    ("my boyfriend lost it tonight", True), ("he lost his temper again", True), ("we had this thing at the wedding", True),
    ("he lost it and threw my phone", False), ("she freaked out because i was late", False),
    # a subject in a word or two, that something odd was said, or only a feeling: the moment is asked
    ("my birthday", True), ("the fight tonight", True), ("um his mom again", True),
    ("he said something weird tonight", True), ("i feel so smothered by him", True), ("ive been so lonely lately", True),
    ("my birthday dinner got cancelled", False), ("the kids were screaming", False), ("he said i was lazy", False),
    ("i feel smothered when he texts me all day", False), ("dinner was late", False),
    ("just the usual him and his mom", True), ("same old stuff", True),
    ("this is about my partner taylor", True), ("its about my husband", True),
    ("not sure if this counts", True), ("um this is kind of cheesy", True), ("this is small but he made me tea", False),
    ("this is about my husband forgetting my birthday", False),
    ("he got really mad about dinner", True), ("we had a moment in bed", True), ("he got mad because i was late", False),
    ("something small happened and it kind of stuck with me", True), ("ugh this is probably stupid", True),
    ("i dont know, he said something and it just stuck with me", True), ("my wife did something today and i dont know what to make of it", True), ("he said something about my weight and it stung", False),
])
def test_a_vague_opening_names_no_moment(text: str, vague: bool) -> None:
    from assistant.reflection.answers import is_vague

    assert is_vague(text) is vague


def test_at_the_moment_step_what_the_partner_did_is_the_moment() -> None:
    from assistant.reflection.answers import split_answer

    assert split_answer("he rolled his eyes when i asked him to put his phone down at dinner and i felt so dismissed",
                        "trigger") == {"trigger": "he rolled his eyes when i asked him to put his phone down at dinner",
                                       "deeper_feeling": "i felt so dismissed"}


@pytest.mark.parametrize("text,away", [
    ("my husband told me about his fantasy league and i totally zoned out", True),
    ("he said something about his grandma and i kind of missed it", True),
    ("she showed me a video and i barely looked", True), ("he asked if i wanted tea and i said not now", True),
    ("i showed him a funny video and he didnt even look", False), ("he ignored me all night", False),
    ("he forgot my birthday", False),
])
def test_a_moment_where_i_turned_from_a_small_reach_is_told_apart(text, away):
    from assistant.reflection.answers import turned_away

    assert turned_away(text) is away


def test_what_the_partner_said_is_not_my_feeling() -> None:
    text = "i asked if she wanted tea and she said god can you just leave me alone for one second"
    assert split_answer(text, "trigger") == {"trigger": text}


@pytest.mark.parametrize("text,good", [("she made me coffee", True), ("he was so patient with my mom", True),
                                       ("she was kind of short with me", False), ("she went to happy hour", False),
                                       ("i threw her whole birthday party and she thanked everyone but me", False),
                                       ("he didnt even say thank you for dinner", False),
                                       ("she thanked me for the party", True),
                                       ("he made fun of my diet at dinner", False), ("we had so much fun at the lake", True),
                                       # kind acts told without a kind word
                                       ("he took the kids out so i could nap", True),
                                       ("she stood up for me at her family dinner", True),
                                       ("he drove three hours to bring me my laptop charger", True),
                                       ("my wife sat with me while i cried about losing my job", True),
                                       ("he took over bedtime so i could rest", True), ("he listened to me for an hour", True),
                                       ("he never listened", False), ("he took over my spot on the couch", False),
                                       ("she didnt even come to my game", False)])
def test_only_a_moment_that_says_something_good_is_a_thank_you(text: str, good: bool) -> None:
    from assistant.reflection.answers import sounds_good

    assert sounds_good(text) is good


@pytest.mark.parametrize("text,asked,expected", [
    # my own words in the moment are what I did, even when they hold "needed"
    ("i said we needed to talk and then i kind of exploded about it", "reaction",
     {"reaction": "i said we needed to talk and then i kind of exploded about it"}),
    # a feeling told as a likeness, then the need: two in one
    ("so its like i feel like a guest like its his place and not ours and i need it to feel like our home",
     "deeper_feeling", {"deeper_feeling": "its like i feel like a guest like its his place and not ours",
                        "need": "i need it to feel like our home"}),
    # a feeling, then the need, without a connective between them (speech has no full stops)
    ("unnoticed i guess. i wanted her to see me", "deeper_feeling",
     {"deeper_feeling": "unnoticed i guess", "need": "i wanted her to see me"}),
    # "harder than i needed to" is no need
    ("i put the soup down harder than i needed to and said then wear your hearing aids", "reaction",
     {"reaction": "i put the soup down harder than i needed to and said then wear your hearing aids"}),
])
def test_split_answer_reads_own_words_and_likenesses(text: str, asked: str, expected: dict[str, str]) -> None:
    assert split_answer(text, asked) == expected


@pytest.mark.parametrize("text,exercise,other", [
    ("the one about feeling let down i think", "longing", "resentment"),
    ("um the one about having room", "longing", "space"),
    ("the gratitude thing", "resentment", "appreciation"),
    ("the one about noticing him", "longing", "bids"),
    ("the one about feeling let down", "resentment", None),  # the exercise already running
    ("the one thing i needed was a hug", "resentment", None),  # an answer
    ("she was the one who left the room", "longing", None),
    ("the first one", "space", None),  # no choices were offered here
    ("something small that got missed", "resentment", "bids"), ("something small that got missed", "bids", None),
    # a hedge after the name, being thankful, wanting to say thank you
    ("the bids one i guess", "resentment", "bids"), ("the one about being thankful", "resentment", "appreciation"),
    ("i want to appreciate something he did", "resentment", "appreciation"),
    ("i want to thank him for dinner but he was late", "resentment", None),
])
def test_a_step_switches_only_when_another_exercise_is_picked_in_so_many_words(text, exercise, other):
    from assistant.reflection.answers import names_another

    assert names_another(text, exercise) == other


@pytest.mark.parametrize("text,exercise,other", [
    ("feeling far away from her", "resentment", "longing"),
    ("noticing when she reaches out", "longing", "bids"),
    ("more needing room to breathe", "longing", "space"),
    ("he was distant all evening", "resentment", None),  # a moment, not the name of an exercise
    ("he forgot to thank me", "bids", None),
    ("feeling far away from her", "longing", None),
])
def test_where_the_moment_is_asked_another_exercise_named_on_its_own_switches(text, exercise, other):
    from assistant.reflection.answers import names_another

    assert names_another(text, exercise, first_step=True) == other
