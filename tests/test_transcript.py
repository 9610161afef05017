"""The transcript JSON: its schema, and that it is on disk after every turn."""

import json

from assistant.messages import Reply, Utterance
from assistant.transcript import TranscriptLog


def test_schema_and_saved_after_every_turn(tmp_path):
    path = tmp_path / "sub" / "t.json"
    log = TranscriptLog(path)
    log.begin(Reply(texts=("Good evening.", "What happened?")))
    log.add(Utterance("he forgot", 0.8), Reply(texts=("And then?",), intent="inform", confidence=0.9, asking="emotion"))
    log.add(Utterance("i need space"), Reply(texts=("Okay.",), intent="topic_space", confidence=0.9, flow="space"))
    saved = json.loads(path.read_text())
    assert saved["conversations"][0]["turns"].pop()["flow"] == "space"
    assert saved == {
        "conversations": [
            {
                "opening": ["Good evening.", "What happened?"],
                "turns": [
                    {"user": "he forgot", "intent": "inform", "confidence": 0.9, "bot": ["And then?"], "flow": None,
                     "heard_confidence": 0.8, "asking": "emotion"}
                ],
                "phrase": None,
                "crisis": False,
            }
        ]
    }
    log.add(Utterance("need"), Reply(texts=("Here:", "When you..."), intent="inform", confidence=0.8, phrase="When you..."))
    log.add(Utterance("bye"), Reply(texts=("Good night.",), intent="goodbye", confidence=0.99, ended=True))
    saved = json.loads(path.read_text())
    assert saved["conversations"][0]["phrase"] == "When you..."
    assert len(saved["conversations"][0]["turns"]) == 4
    assert not list(path.parent.glob("*.tmp"))


def test_each_conversation_keeps_its_own_phrase(tmp_path):
    log = TranscriptLog(tmp_path / "t.json")
    log.begin(Reply(texts=("Hi",)))
    log.add(Utterance("a"), Reply(texts=("x",), phrase="first"))
    log.begin(Reply(texts=("Hi",)))
    log.add(Utterance("b"), Reply(texts=("y",)))
    phrases = [c["phrase"] for c in json.loads((tmp_path / "t.json").read_text())["conversations"]]
    assert phrases == ["first", None]
