"""Screen one user turn for talk of self-harm or of abuse before the reflection goes on.

Recognizer text (lowercase, no punctuation, fillers) or typed text is normalized first. Each concern
has curated patterns with word boundaries; hard negatives ("my back is killing me", "she pushed me to
apply") stay out because the patterns are specific (a partner as subject, a physical verb, a harmful
object), not through a stop list. No user-facing sentences live here.

The patterns, and the judgment calls they encode, are data in :mod:`assistant.safety.patterns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from assistant.safety import patterns
from assistant.text import normal


class Concern(str, Enum):
    """What a hit is about."""

    SELF_HARM = "self_harm"
    ABUSE = "abuse"


@dataclass(frozen=True)
class SafetyHit:
    """A concern and the matched (normalized) words, for logs and tests."""

    concern: Concern
    cue: str


def normalize(text: str) -> str:
    """The shared normal form (assistant.text), read the screen's way: recognizer spellings such as
    "hell" for "he'll", and "do not" joined to "don't"."""
    text = " ".join(patterns.RECOGNIZED.get(word, word) for word in normal(text).split())
    for pattern, replacement in patterns.PHRASES:
        text = pattern.sub(replacement, text)
    return text


def _negated(text: str, start: int) -> bool:
    """True when a negation directly precedes the cue, possibly through auxiliaries and intent words."""
    for word in reversed(text[:start].split()):
        if patterns.NEGATOR.fullmatch(word):
            return True
        if word not in patterns.BRIDGES:
            return False
    return False


def _first_cue(text: str, cues: list[re.Pattern[str]]) -> str | None:
    """The first non-negated match of any pattern, or None."""
    for pattern in cues:
        for match in pattern.finditer(text):
            if not _negated(text, match.start()):
                return match.group(0)
    return None


def screen(text: str) -> SafetyHit | None:
    """Screen one user turn; self-harm wins over abuse when both match."""
    normalized = " ".join(patterns.IDIOMS.sub(" ", normalize(text)).split())
    playful = patterns.PLAYFUL.search(normalized) is not None
    for concern, cues in ((Concern.SELF_HARM, patterns.SELF_HARM), (Concern.ABUSE, patterns.ABUSE)):
        cue = _first_cue(normalized, cues)
        if cue is not None and concern is Concern.ABUSE and playful and not patterns.THREAT_WORDS.search(normalized):
            cue = None  # "she pinned me down in a pillow fight": play, not violence (the model still weighs it)
        if cue is not None:
            return SafetyHit(concern, cue)
    return None


def clear_yes(text: str) -> bool:
    """Is this reply to "are you safe right now?" a clear yes ("yeah i'm safe, just a long week")?

    A hedge or a negation next to the yes ("i think so", "yes for now", "not really"), a qualified
    safety anywhere ("mostly", "at the moment"), anything the screen would catch, or a risk word in
    what follows the yes makes it not clear; explaining the day ("just running on no sleep"), fear
    for the relationship ("a bit scared for us") or taking back one's own hyperbole does not.
    """
    normalized = patterns.LAUGH.sub("", normalize(text))
    waved = patterns.NO_NO_FINE.match(normalized)
    if waved:  # "no no i'm fine": the worry waved away
        normalized = "yes " + normalized[waved.end():]
    normalized = " ".join(patterns.REASSURED.sub(" ", normalized).split())
    yes = patterns.YES.match(normalized)
    if not yes or screen(text) is not None or patterns.QUALIFIED.search(normalized):
        return False
    rest = re.sub(r"^(?:(?:i'm|i am|we're|were|we are|we|all|both|everyone's|everyones|everybody's|safe|fine|okay|ok|home|"
                  r"right now|yes|yeah|yep|totally|really|perfectly|completely|absolutely|very|quite|thank you|"
                  r"thanks|no worries|no problem|of course)\b ?)+", "",
                  normalized[yes.end():].strip())
    if patterns.NOT_MEANT.search(rest):
        return True
    said = rest.split()
    explained = said[:1] == ["just"] and len(said) > 3  # "yeah i'm fine, just kind of irritated": the hedge is about the feeling
    if patterns.HEDGE.search(" ".join([normalized[:yes.end()], *([] if explained else said[:3])])):
        return False
    rest = re.sub(r"\b(?:home )?safe\b", " ", rest)  # "yes i'm home safe", "we're all safe, just chaos"
    return not mentions_risk(patterns.RELATIONSHIP_FEAR.sub(" ", rest))  # "he's the one i'm scared for" is not clear


def mentions_risk(text: str) -> bool:
    """Does a turn mention anything on the risk list? The safety model acts only on turns that do:
    it weighs how such words are used, and a turn with none of them is never a concern by itself."""
    return patterns.RISK.search(patterns.TENDER_FEAR.sub(" ", patterns.EVERYDAY.sub(" ", normalize(text)))) is not None


def partner_at_risk(text: str) -> bool:
    """Is the talk of self-harm about the partner ("she said she wants to die") rather than oneself?"""
    return patterns.PARTNER_AT_RISK.search(normalize(text)) is not None
