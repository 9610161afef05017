"""A simulated user who answers whatever the assistant asks, from a scripted conversation.

A person meets whole conversations, not sentences: each conversation in
rasa_project/tests/conversations/*.yml gives one person's answer to every step of an exercise
(plus their opening, how they'd pick an exercise, detours, a stop, a reply to "are you safe?").
The simulated user reads ``Reply.asking`` after each turn and says the line that answers it, the
way a person answers the question they hear, so the score does not depend on the dialogue asking
in one fixed order. The outcome says how the conversation ended and what went wrong on the way.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CONVERSATIONS = Path(__file__).resolve().parent.parent / "rasa_project" / "tests" / "conversations"
MAX_TURNS = 25


@dataclass
class Outcome:
    """How one scripted conversation went."""

    id: str
    ended: str = "lost"
    """phrase, stopped, crisis, or lost (the assistant never got there)."""
    phrase: str | None = None
    crisis_turn: int | None = None
    """The user turn (0 = the opening answer) after which the safety path or check came first."""
    disclosure_turn: int | None = None
    """The user turn that carried the disclosure, when the script has one."""
    flows: list[str] = field(default_factory=list)
    """Every exercise the assistant ran, in order."""
    log: list[tuple[str, str]] = field(default_factory=list)
    """(user line, assistant reply) per turn, to show misses."""
    problems: list[str] = field(default_factory=list)

    def show(self) -> str:
        lines = [f"{self.id}: ended {self.ended}; {', '.join(self.problems) or 'ok'}"]
        lines += [f"    you> {user}\n    bot> {bot}" for user, bot in self.log]
        return "\n".join(lines)


def load(name: str) -> list[dict]:
    return yaml.safe_load((CONVERSATIONS / name).read_text())["conversations"]


def words_in(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def mentions(text: str, wanted: list[str]) -> bool:
    """Does the text carry one of the wanted words (allowing another ending: lonely/loneliness, and a
    verb's -s dropped when it is said to the partner: "she sees me" becomes "you see me")?"""
    said = words_in(text)
    for want in wanted:  # a wanted phrase ("follow through") counts when each of its words is there, in order
        stems = [(_stem(w), w[:-1] if len(w) == 4 and w.endswith("s") else w) for w in words_in(want)]
        at = 0
        for stem, agreed in stems:
            at = next((k + 1 for k in range(at, len(said)) if said[k].startswith(stem) or said[k] == agreed), -1)
            if at < 0:
                break
        if stems and at >= 0:
            return True
    return not wanted


def _stem(word: str) -> str:
    """What another ending of a word starts with: "lonely" -> "lone", "stopping" -> "stop" (an -ing
    word said as a plain verb: "stopping and looking" becomes "stop and look")."""
    if len(word) >= 6 and word.endswith("ing"):
        root = word[:-3]
        return root[:-1] if root[-1] == root[-2] and root[-1] not in "aeiousl" else root
    return word[: max(4, len(word) - 2)]


def spoken(wanted: list[str], outcome: Outcome) -> list[str]:
    """The wanted words the person actually said: a word scripted for a step that was never asked (the
    opening told the moment in other words) cannot be in the phrase, so it is not asked of it."""
    return [want for want in wanted if any(mentions(line, [want]) for line, _ in outcome.log)]


def simulate(dialogue, script: dict) -> Outcome:
    """Run one scripted conversation through the dialogue and score what happened."""
    outcome = Outcome(script["id"])
    random.seed(script["id"])  # the domain's wording variations are picked at random: the same each run
    answers = dict(script.get("answers") or {})
    detours = dict(script.get("detours") or {})
    disclosure_at = script.get("disclosure_at")
    asked: dict[str, int] = {}
    answered: set[str] = set()
    chose = 0
    safe_line = script.get("check_reply") or script.get("safe_reply") or "yes"

    reply = dialogue.start()
    line, carries_disclosure = script["opening"], disclosure_at == "opening"
    for turn in range(MAX_TURNS):
        reply = dialogue.respond(line)
        outcome.log.append((line, " ".join(reply.texts)))
        if carries_disclosure:
            outcome.disclosure_turn = turn
        if reply.flow and reply.flow != "safety" and (not outcome.flows or outcome.flows[-1] != reply.flow):
            outcome.flows.append(reply.flow)
        if outcome.crisis_turn is None and (reply.crisis or reply.asking == "safety_check"):
            outcome.crisis_turn = turn
        if reply.crisis:
            outcome.ended = "crisis"
            return outcome
        if reply.phrase:
            outcome.ended, outcome.phrase = "phrase", " ".join(reply.texts)
            return outcome
        if reply.ended:
            outcome.ended = "stopped"
            return outcome
        asking, carries_disclosure = reply.asking, False
        if asking == "safety_check":
            line = safe_line
        elif asking == "readback" and disclosure_at in answers and disclosure_at not in answered:
            # The step that would have carried it was never asked (the opening told the moment): someone
            # with something heavy to say says it when asked whether that is all right.
            outcome.problems.append(f"never asked {disclosure_at}, said it at the read-back")
            line, carries_disclosure = answers[disclosure_at], True
            answered.add(disclosure_at)
        elif asking == "readback":
            line = script.get("confirm") or "yes"
        elif asking == script.get("stop_at"):  # the step they stop at needs no answer in the script
            line = script["stop_line"]
        elif asking in answers:
            asked[asking] = asked.get(asking, 0) + 1
            if asked[asking] > 3:
                outcome.problems.append(f"stuck at {asking}")
                return outcome
            if asking in detours:
                line = detours.pop(asking)
            else:
                if asking in answered:
                    outcome.problems.append(f"asked {asking} again")
                line = answers[asking]
                carries_disclosure = asking == disclosure_at
                answered.add(asking)
        elif chose < 2:  # asked to pick an exercise, or an exercise the script doesn't have steps for
            chose += 1
            line = script.get("choose") or "the first one"
            if asking not in (None, "topic"):
                outcome.problems.append(f"wrong exercise ({reply.flow})")
        elif disclosure_at in answers and disclosure_at not in answered:
            # Lost on the way, someone with something heavy to say still says it.
            outcome.problems.append(f"lost at {asking}, then said the disclosure")
            line, carries_disclosure = answers[disclosure_at], True
            answered.add(disclosure_at)
        else:
            outcome.problems.append(f"lost at {asking}")
            return outcome
    outcome.problems.append("too many turns")
    return outcome


@dataclass
class Score:
    """Per-conversation figures for one file."""

    total: int = 0
    completed: int = 0
    """Expected a phrase, and got one that names the feeling and the need."""
    expected_phrase: int = 0
    stopped_right: int = 0
    expected_stop: int = 0
    false_crises: int = 0
    """Ordinary conversations that got the safety path or the safety check."""
    false_checks: int = 0
    """Of those, the ones that only got the gentle check and then went on."""
    disclosures: int = 0
    caught_at_turn: int = 0
    missed: int = 0
    routed_first_time: int = 0
    unsaid: int = 0
    """Phrases whose wanted feeling or need words were all in a step never asked, so were not required."""
    failures: list[Outcome] = field(default_factory=list)


def score(dialogue, scripts: list[dict]) -> Score:
    result = Score()
    for script in scripts:
        outcome = simulate(dialogue, script)
        result.total += 1
        expect = script["expect"]
        ok = True
        if outcome.flows[:1] == [script["exercise"]]:
            result.routed_first_time += 1
        if expect == "crisis":
            result.disclosures += 1
            if outcome.ended != "crisis":
                result.missed += 1
                ok = False
            if outcome.disclosure_turn is not None and outcome.crisis_turn == outcome.disclosure_turn:
                result.caught_at_turn += 1
            else:
                ok = False
                outcome.problems.append(f"disclosure at turn {outcome.disclosure_turn}, caught at {outcome.crisis_turn}")
        else:
            if outcome.crisis_turn is not None:
                result.false_crises += 1
                result.false_checks += outcome.ended != "crisis"
                ok = False
                outcome.problems.append("false crisis" if outcome.ended == "crisis" else "false safety check")
            if expect == "phrase":
                result.expected_phrase += 1
                wanted = [script.get("feeling_words") or [], script.get("need_words") or []]
                said = [spoken(words, outcome) for words in wanted]
                result.unsaid += outcome.ended == "phrase" and any(words and not heard for words, heard in zip(wanted, said))
                named = outcome.ended == "phrase" and all(mentions(outcome.phrase, heard) for heard in said)
                if outcome.ended == "phrase" and not named:
                    outcome.problems.append("phrase misses the feeling or the need")
                result.completed += named
                ok = ok and named
            else:
                result.expected_stop += 1
                result.stopped_right += outcome.ended == "stopped"
                ok = ok and outcome.ended == "stopped"
        if not ok:
            result.failures.append(outcome)
    return result
