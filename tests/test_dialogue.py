"""The trained Rasa dialogue, in-process: the whole reflection, and commands at every step."""

import pytest

ANSWERS = [
    "he checked his phone during dinner",
    "i was really annoyed",
    "i stopped talking to him and went to bed",
    "i felt hurt and kind of lonely",
    "i need to feel important to him",
]
QUESTION_WORDS = ["What", "feel", "do", "underneath", "need"]


def reflect(dialogue, answers):
    dialogue.start()
    return [dialogue.respond(answer) for answer in answers]


def test_opening_greets_and_asks_what_happened(dialogue):
    opening = dialogue.start()
    assert "Good evening" in opening.texts[0]
    assert "happened" in opening.texts[-1]
    assert not opening.ended


def test_a_whole_reflection_ends_with_a_phrase_naming_feeling_and_need(dialogue):
    replies = reflect(dialogue, ANSWERS)
    assert all(reply.intent == "inform" for reply in replies)
    assert [r.phrase for r in replies[:-1]] == [None] * 4
    phrase = replies[-1].phrase
    assert phrase in replies[-1].texts
    assert "you checked your phone during dinner" in phrase
    assert "I felt hurt and lonely" in phrase  # the filler "kind of" is dropped
    assert "to feel important to you" in phrase
    assert phrase.endswith("?")


@pytest.mark.parametrize("step", range(5))
@pytest.mark.parametrize(
    "command,intent", [("can you repeat that", "repeat"), ("what do you mean", "help"), ("stop", "stop")]
)
def test_commands_work_at_every_step_and_are_not_taken_as_answers(dialogue, step, command, intent):
    before = reflect(dialogue, ANSWERS[:step])
    asked = before[-1].texts if before else dialogue.respond("hi").texts
    reply = dialogue.respond(command)
    assert reply.intent == intent
    if intent == "repeat":
        assert reply.texts[: len(asked)] == asked
    if intent == "help":
        assert "example" in reply.texts[0].lower()
    if intent == "stop":
        assert reply.ended
        assert "stop here" in reply.texts[0]
        return
    assert not reply.ended
    # the answer still goes to the step that was asked
    rest = [dialogue.respond(answer) for answer in ANSWERS[step:]]
    assert rest[-1].phrase and "to feel important to you" in rest[-1].phrase


def test_goodbye_after_the_phrase_ends_the_conversation(dialogue):
    reflect(dialogue, ANSWERS)
    again = dialogue.respond("say that again")
    assert any("I need" in text or "need is" in text for text in again.texts)
    bye = dialogue.respond("thank you good night")
    assert bye.intent == "goodbye" and bye.ended


@pytest.mark.parametrize("raw,clean", [("/stop", "stop"), ("  //greet{}  ", "greet{}"), ("he left", "he left")])
def test_typed_text_cannot_inject_an_intent(raw, clean):
    from assistant.dialogue import user_text

    assert user_text(raw) == clean
