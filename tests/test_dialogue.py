"""The trained Rasa dialogue, in-process: every exercise, the detours, and safety."""

import pytest

from actions.flows import FLOWS, texts
from assistant.reflection.phrase_check import phrase_problems
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


STEPS = ("trigger", "emotion", "reaction", "deeper_feeling", "need")


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
    if intent == "repeat":  # what was said again, the question once (the form asks it, maybe in other words)
        question = texts(DOMAIN, f"utter_ask_{STEPS[step]}")
        assert [t for t in reply.texts if t not in question] == [t for t in asked if t not in question]
        assert sum(t in question for t in reply.texts) == 1 and reply.texts[-1] in question
    else:
        assert "example" in reply.texts[0].lower()
    rest = [dialogue.respond(answer) for answer in answers[step:]]
    assert rest[-1].texts[-1].startswith("Let me check")


def test_a_moment_told_at_the_opening_is_not_asked_for_again(dialogue):
    dialogue.start()
    told = dialogue.respond("he forgot my birthday")
    assert told.intent == "inform"
    if told.flow is None:  # unclear which exercise: two or three choices, not all five
        assert told.texts[-1].startswith("Would you like to look at") and told.texts[-1].count(",") <= 2
        told = dialogue.respond("something my husband did really hurt me")
    assert told.flow == "resentment"
    assert told.asking == "emotion" and told.texts[-1] in texts(DOMAIN, "utter_ask_emotion")
    replies = [dialogue.respond(answer) for answer in EXERCISES["resentment"][1][1:]]
    assert "forgot your birthday" in replies[-1].texts[-1] or "forgot my birthday" in replies[-1].texts[-1]


@pytest.mark.parametrize("moment,flow", [
    ("she made me breakfast in bed this morning and it was lovely", "appreciation"),
    ("he keeps criticizing how i load the dishwasher in front of his mother", "resentment"),
])
def test_a_clear_told_moment_starts_its_exercise_and_says_how_to_switch(dialogue, moment, flow):
    dialogue.start()
    reply = dialogue.respond(moment)
    assert reply.flow == flow
    assert reply.texts[0] in texts(DOMAIN, f"utter_routed_{flow}") and "just say so" in reply.texts[0]
    first = {"appreciation": "good_moment", "resentment": "trigger"}[flow]
    assert reply.asking != first  # the moment answered the first step


def test_after_a_routed_start_the_user_can_switch_exercise(dialogue):
    dialogue.start()
    dialogue.respond("she made me breakfast in bed this morning and it was lovely")
    switched = dialogue.respond("actually i want to talk about something that hurt me")
    assert switched.flow == "resentment"
    assert switched.texts[0] in texts(DOMAIN, "utter_intro_resentment")


@pytest.mark.parametrize("choice,first,answer,flow", [
    ("the one about feeling far apart", "distance_moment", "noticing when she reaches out", "bids"),
    ("i want to say thank you", "good_moment", "the one about needing space i guess", "space"),
])
def test_at_a_step_picking_another_exercise_switches_to_it(dialogue, choice, first, answer, flow):
    dialogue.start()
    assert dialogue.respond(choice).asking == first
    switched = dialogue.respond(answer)
    assert switched.flow == flow
    assert switched.texts[0] in texts(DOMAIN, f"utter_intro_{flow}")
    assert switched.asking == FLOWS[flow][0] and not switched.answers


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


@pytest.mark.parametrize("raw,clean", [
    ("/stop", "stop"), ("  //greet{}  ", "greet{}"), ("he left", "he left"),
    ("bad\x00bytes \ufffd\ufffd", "bad bytes"),  # a NUL byte; bytes that were not UTF-8
    ("i felt hurt 😢😢", "i felt hurt"), ("he\tleft\r\n early", "he left early"), ("\x00\x07", ""),
    ("ｆｕｌｌ width", "full width"),
])
def test_typed_text_is_cleaned_and_cannot_inject_an_intent(raw, clean):
    from assistant.dialogue.agent import user_text

    assert user_text(raw) == clean


def test_a_very_long_line_is_cut_at_a_word():
    from assistant.dialogue.agent import MAX_CHARACTERS, user_text

    cleaned = user_text("and then he said " * 200)
    assert len(cleaned) <= MAX_CHARACTERS and cleaned.startswith("and then he said") and not cleaned.endswith(" ")
    assert cleaned.split()[-1] in ("and", "then", "he", "said")


@pytest.mark.parametrize("raw", ["\x00", "😢", "\ufffd\ufffd"])
def test_a_turn_with_nothing_readable_is_answered_and_changes_nothing(dialogue, raw):
    dialogue.start()
    dialogue.respond(EXERCISES["resentment"][0])
    reply = dialogue.respond(raw)
    assert reply.texts == tuple(texts(DOMAIN, "utter_unreadable"))
    assert reply.asking == "trigger" and reply.flow == "resentment"
    assert dialogue.respond("he checked his phone during dinner").asking == "emotion"


def _uncertain(dialogue, concern="abuse"):
    """A turn the safety model is unsure about, as the NLU marks it (intent and entity injected)."""
    return dialogue._loop.run_until_complete(dialogue._handle('/safety_check{"concern": "%s"}' % concern, dialogue._sender))


def test_an_uncertain_concern_asks_first_and_a_clear_yes_resumes_the_same_step(dialogue):
    dialogue.start()
    for text in [EXERCISES["resentment"][0]] + EXERCISES["resentment"][1][:3]:
        dialogue.respond(text)
    check = _uncertain(dialogue)
    assert check.asking == "safety_check" and not check.crisis
    assert check.texts[-1] in texts(DOMAIN, "utter_ask_safe_answer")
    resumed = dialogue.respond("yes im safe its just been a long week")
    assert not resumed.crisis and resumed.flow == "resentment"
    assert resumed.texts[0] in texts(DOMAIN, "utter_safety_resumed")
    assert resumed.asking == "need"  # the answer was kept for the step it answered


@pytest.mark.parametrize("reply", ["i dont know", "not really", "yes for now"])
def test_anything_but_a_clear_yes_to_the_check_takes_the_safety_path(dialogue, reply):
    dialogue.start()
    dialogue.respond(EXERCISES["resentment"][0])
    _uncertain(dialogue)
    answer = dialogue.respond(reply)
    assert answer.crisis and answer.flow == "safety"
    assert "1-800-799-7233" in " ".join(answer.texts)


def test_repeat_in_the_steps_asks_the_question_once(dialogue):
    dialogue.start()
    dialogue.respond(EXERCISES["resentment"][0])
    dialogue.respond(EXERCISES["resentment"][1][0])
    again = dialogue.respond("can you say that again")
    questions = [t for t in again.texts if t in texts(DOMAIN, "utter_ask_emotion")]
    assert len(questions) == 1 and again.asking == "emotion"


def test_a_resumed_reflection_asks_the_first_step_not_answered(dialogue):
    dialogue.start()
    reply = dialogue.resume("resentment", {"trigger": "he forgot my birthday", "emotion": "angry"})
    assert reply.asking == "reaction" and reply.flow == "resentment"
    assert reply.texts[0] in texts(DOMAIN, "utter_resume_back")
    assert dict(reply.answers) == {"trigger": "he forgot my birthday", "emotion": "angry"}
