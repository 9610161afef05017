"""The trained Rasa dialogue, in-process: every exercise, the detours, and safety."""

import pytest

from actions.flows import texts
from assistant.phrase_check import phrase_problems
from tests.test_actions import DOMAIN

EXERCISES = {
    "resentment": ("something my husband did really hurt me", [
        "he checked his phone during dinner", "i was really annoyed", "i went quiet and left the room",
        "i felt hurt and lonely", "i need to feel important to him"]),
    "longing": ("i feel so far from her lately", [
        "we sit on the couch and both scroll our phones", "our long talks at night", "a walk together after dinner"]),
    "space": ("i need some time to myself", [
        "when every evening is planned for us", "an hour to myself after work", "that i love our time together"]),
    "bids": ("she tried to show me something and i ignored her", [
        "she showed me a funny video on her phone", "i kept looking at my laptop", "put my laptop away and ask her to show me"]),
    "appreciation": ("i want to thank him for something", [
        "he made me coffee without asking", "i felt cared for"]),
}
EXPECTED = {
    "resentment": ["you checked your phone during dinner", "hurt and lonely", "to feel important to you"],
    "longing": ["far from you", "our long talks at night", "a walk together after dinner"],
    "space": ["I love our time together", "an hour to myself after work"],
    "bids": ["you showed me a funny video on your phone"],
    "appreciation": ["you made me coffee without asking", "cared for"],
}


def begin(dialogue, flow):
    dialogue.start()
    topic, answers = EXERCISES[flow]
    chosen = dialogue.respond(topic)
    return chosen, [dialogue.respond(answer) for answer in answers]


def test_opening_greets_once_with_the_note_and_asks_what_is_on_your_mind(dialogue):
    opening = dialogue.start()
    assert "not a therapist" in opening.texts[0] and "adults" in opening.texts[0]
    assert opening.texts[-1].endswith("?")
    assert opening.flow is None
    again = dialogue.respond("hello")
    assert "not a therapist" not in " ".join(again.texts)


@pytest.mark.parametrize("flow", list(EXERCISES))
def test_each_exercise_reads_back_then_gives_a_checked_phrase(dialogue, flow):
    chosen, replies = begin(dialogue, flow)
    assert chosen.intent == f"topic_{flow}" and chosen.flow == flow
    assert all(reply.flow == flow for reply in replies)
    readback = replies[-1].texts[-1]
    assert readback.startswith("Let me check") and readback.endswith("Did I get that right?")
    final = dialogue.respond("yes thats right")
    phrase = final.phrase
    assert phrase and phrase in final.texts
    assert phrase_problems(phrase) == []
    for part in EXPECTED[flow]:
        assert part in phrase, phrase


@pytest.mark.parametrize("request_,intent", [("make it softer", "phrase_softer"), ("make it shorter", "phrase_shorter"), ("say it another way", "phrase_another")])
def test_phrase_variants(dialogue, request_, intent):
    begin(dialogue, "resentment")
    first = dialogue.respond("yes").phrase
    variant = dialogue.respond(request_)
    assert variant.intent == intent
    assert variant.phrase and variant.phrase != first
    assert phrase_problems(variant.phrase) == []
    if intent == "phrase_shorter":
        assert len(variant.phrase.split()) < len(first.split())


def test_say_it_again_repeats_the_phrase(dialogue):
    begin(dialogue, "longing")
    first = dialogue.respond("yes")
    again = dialogue.respond("say it again")
    assert first.phrase in again.texts


@pytest.mark.parametrize("step", range(5))
@pytest.mark.parametrize("command,intent", [("can you repeat that", "repeat"), ("what do you mean", "help"), ("stop", "stop")])
def test_commands_work_at_every_step_and_are_not_taken_as_answers(dialogue, step, command, intent):
    dialogue.start()
    asked = dialogue.respond(EXERCISES["resentment"][0]).texts
    answers = EXERCISES["resentment"][1]
    for answer in answers[:step]:
        asked = dialogue.respond(answer).texts
    reply = dialogue.respond(command)
    assert reply.intent == intent
    if intent == "stop":
        assert reply.ended and "stop here" in reply.texts[0]
        return
    if intent == "repeat":
        assert reply.texts[: len(asked)] == asked
    else:
        assert "example" in reply.texts[0].lower()
    rest = [dialogue.respond(answer) for answer in answers[step:]]
    assert rest[-1].texts[-1].startswith("Let me check")


def test_a_moment_told_at_the_opening_is_not_asked_for_again(dialogue):
    dialogue.start()
    told = dialogue.respond("he forgot my birthday")
    assert told.intent == "inform" and told.flow is None
    assert told.texts[-1] in texts(DOMAIN, "utter_offer_choices")
    chosen = dialogue.respond("something my husband did really hurt me")
    assert chosen.flow == "resentment"
    assert chosen.texts[-1] in texts(DOMAIN, "utter_ask_emotion")  # the moment itself is not asked for
    replies = [dialogue.respond(answer) for answer in EXERCISES["resentment"][1][1:]]
    assert "forgot your birthday" in replies[-1].texts[-1] or "forgot my birthday" in replies[-1].texts[-1]


def test_not_knowing_gives_examples_then_moves_on(dialogue):
    dialogue.start()
    for text in [EXERCISES["resentment"][0]] + EXERCISES["resentment"][1][:3]:
        dialogue.respond(text)
    first = dialogue.respond("i dont know")
    assert first.intent == "dont_know"
    assert "hurt, lonely, or scared" in " ".join(first.texts)
    second = dialogue.respond("no idea honestly")
    assert "keep going" in " ".join(second.texts)
    assert second.texts[-1] in texts(DOMAIN, "utter_ask_need")  # the next step is asked


def test_an_answer_for_a_later_step_is_kept_for_it(dialogue):
    dialogue.start()
    dialogue.respond(EXERCISES["resentment"][0])
    dialogue.respond("he checked his phone during dinner")
    reply = dialogue.respond("i was angry so i slammed the door")  # emotion and reaction at once
    assert "deeper" in reply.texts[-1].lower() or "underneath" in reply.texts[-1].lower()


def test_a_correction_at_the_read_back_changes_one_step(dialogue):
    begin(dialogue, "resentment")
    corrected = dialogue.respond("no i felt scared")
    assert "scared" in corrected.texts[-1] and corrected.texts[-1].endswith("Did I get that right?")
    final = dialogue.respond("yes")
    assert "scared" in final.phrase and "hurt and lonely" not in final.phrase


def test_a_bare_no_asks_which_part(dialogue):
    begin(dialogue, "resentment")
    which = dialogue.respond("no")
    assert "Which part" in which.texts[0]
    fixed = dialogue.respond("i need him to ask me first")
    assert "him to ask you first" in fixed.texts[-1]


@pytest.mark.parametrize("said", ["i dont see the point of going on", "im scared to go home tonight"])
def test_safety_stops_the_exercise_and_never_offers_a_phrase_afterwards(dialogue, said):
    dialogue.start()
    dialogue.respond(EXERCISES["resentment"][0])
    dialogue.respond(EXERCISES["resentment"][1][0])
    reply = dialogue.respond(said)
    assert reply.crisis and reply.flow == "safety"
    assert "988" in " ".join(reply.texts) or "1-800-799-7233" in " ".join(reply.texts)
    fine = dialogue.respond("no im fine really")
    assert fine.flow == "safety" and not fine.ended
    again = dialogue.respond("can we do the exercise about my husband")
    assert again.phrase is None and again.flow == "safety"
    assert not any("Let me check" in t or "What happened" in t for t in again.texts)
    assert dialogue.respond("good night").ended


@pytest.mark.parametrize("said", ["my back is killing me", "i could kill for a pizza", "we fought about the dishes"])
def test_hard_negatives_do_not_trigger_safety(dialogue, said):
    dialogue.start()
    dialogue.respond(EXERCISES["resentment"][0])
    reply = dialogue.respond(said)
    assert not reply.crisis and reply.flow == "resentment"


@pytest.mark.parametrize("raw,clean", [("/stop", "stop"), ("  //greet{}  ", "greet{}"), ("he left", "he left")])
def test_typed_text_cannot_inject_an_intent(raw, clean):
    from assistant.dialogue import user_text

    assert user_text(raw) == clean
