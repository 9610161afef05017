"""Read the user's answers back to them, in the second person, before the phrase is offered.

"i told him about my day and he walked away" is read back as "you told him about your day and
he walked away": the user becomes "you", the partner stays in the third person as they were named
("my wife" -> "your wife"), and "we" becomes "you two". Fillers and profanity are dropped and
"never" is softened, but the user's own view is kept. :func:`for_readback` prepares one step,
:func:`readback_fields` a whole exercise for ``utter_readback_<flow>``. Pure standard library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.reflection.exercises import STEPS
from assistant.reflection.shapes import (
    EVENT_LEAD, FEELING_LEAD, LATE_HEDGE, LIKE_START, LOVE_VERBS, MISSING_LEAD, NEED_LEAD, REASSURE_LEAD, SLOT_KINDS,
    WISH_LEAD, infinitive, lead_off, missing_shape, need_shape, slot_kind, wish_shape,
)
from assistant.reflection.wording import ADVERBS, CLAUSE, PARTNERS, PROFANITY_STEMS, clean, drop_insults, finish, gerund_base, \
    pairs, soften_never, words

MAX_READBACK = 24  # words per step: a read-back stays faithful, but never rambles
# What a step reads as when its answer holds nothing usable.
READBACK_DEFAULTS = {name: step.readback_default for name, step in STEPS.items()}
# The user becomes "you"; a "you" in the answer meant the partner and becomes "they".
SECOND = pairs("i:you me:you my:your mine:yours myself:yourself i'm:you're i've:you've i'd:you'd i'll:you'll "
               "am:are our:your ours:yours ourselves:yourselves you're:they're your:their yours:theirs "
               "yourself:themselves you've:they've you'd:they'd you'll:they'll")
WE = {"we": "you two", "we're": "you two are", "we've": "you two have", "we'd": "you two would",
      "we'll": "you two will", "us": "the two of you"}
_SUBJECT_START = words("i i'm i've i'd i'll he she they we it my our he's she's they're we're it's nobody both "
                       "you you're there there's that's what all") | PARTNERS
_ACTION_LEAD = re.compile(r"^(?:(?:i guess|i think|i'd say|probably|maybe|honestly|well|and|then|so|at first|"
                          r"first)\s+)+")
_TURN_LEAD = re.compile(
    r"^(?:(?:i guess|i think|maybe|perhaps|probably|just|and|so|then|tomorrow|next time|to|try|i'd say)\s+|"
    r"(?:i(?:'ll|'d| will| would| could| can| should| might| want to| need to| hope to| am going to)|"
    r"i'm going to)(?: (?:like|love|want|try|be able))?(?: to)?\s+|(?:i )?(?:could|would|will|can) try to\s+)+")
_SCENES = words("right after before during at in on around late early")
_DETERMINERS = words("a an the some more less my our your his her their")
_CLOCK = words("one two three four five six seven eight nine ten eleven twelve thirty fifteen forty five o'clock")
"""Before "am", a time of day ("at seven am"), not "I am"."""


def second_person(tokens: list[str]) -> list[str]:
    """Speak to the user: I/me/my -> you/your, I was -> you were, we -> you two; "you" -> they/them."""
    out: list[str] = []
    after_i = False
    for n, tok in enumerate(tokens):
        prev, nxt = tokens[n - 1] if n else "", tokens[n + 1] if n + 1 < len(tokens) else ""
        if tok == "you":
            new = "they" if not prev or prev in CLAUSE else "them"
        elif tok in ("was", "wasn't") and after_i:
            new = "were" if tok == "was" else "weren't"
        elif tok == "we" and nxt in ("both", "all"):
            new = "you"  # we both -> you both
        elif tok == "us" and prev == "of":
            new = "you"  # both of us -> both of you
        elif tok == "am" and (prev.isdigit() or prev in _CLOCK):
            new = tok  # seven am: a time of day
        else:
            new = WE.get(tok) or SECOND.get(tok, tok)
        after_i = tok == "i" or (after_i and tok in ADVERBS)
        out.extend(new.split())
    return out


def _no_profanity(tokens: list[str]) -> list[str]:
    """Drop swear words, mending the article they leave behind ("a fucking idiot" -> "an idiot")."""
    out: list[str] = []
    dropped = False
    for tok in tokens:
        if tok.startswith(PROFANITY_STEMS):
            dropped = True
            continue
        if dropped and out and out[-1] in ("a", "an"):
            out[-1] = "an" if tok[:1] in tuple("aeiou") else "a"
        out.append(tok)
        dropped = False
    return out


def _speak(tokens: list[str]) -> list[str]:
    """The common end of every step: no profanity, no "never", second person."""
    return second_person(soften_never(_no_profanity(tokens)))


def _action(slot: str, answer: str) -> list[str]:
    """What the user did, as a clause with a subject: "went quiet" -> "i went quiet"."""
    tokens = lead_off(_ACTION_LEAD, answer)
    verb = "reacted" if slot == "reaction" else "responded"
    first = tokens[0] if tokens else ""
    if not first or first in _SUBJECT_START:
        return tokens
    if tokens[:2] == ["not", "much"]:
        return ["i", "didn't", "do"] + tokens[1:]
    if first == "nothing":
        return ["i", "did"] + tokens
    if first == "by":
        return ["i", verb] + tokens
    if first in ("a", "an", "the", "some"):
        return ["i", verb, "with"] + tokens
    if gerund_base(first) != first:
        return ["i", "was"] + tokens  # yelling at him -> you were yelling at him
    return ["i"] + tokens


def turn_toward_phrase(answer: str, limit: int = MAX_READBACK) -> str:
    """A small step for the user, after "try to " or "you'd like to ": "i could ask her" -> "ask her"."""
    said = clean(answer)
    tokens = drop_insults(_TURN_LEAD.sub("", " ".join(said)).split()) if finish(said, limit) else []
    if tokens:
        first = gerund_base(tokens[0])  # asking her -> ask her
        if first != tokens[0]:  # stopping and looking at the moon -> stop and look at the moon
            tokens = [gerund_base(t) if n > 1 and tokens[n - 1] in ("and", "or", "then") else t for n, t in enumerate(tokens)]
        tokens[0] = first
        if tokens[0] in _DETERMINERS:
            tokens = ["offer"] + tokens  # more eye contact -> offer more eye contact
    return finish(_speak(tokens), limit)


def for_readback(slot: str, text: str) -> str:
    """Prepare one answer for the read-back, in the second person; "" when nothing usable is left.

    Events and reactions are whole clauses, feelings fit after "you felt ", needs after "you need ",
    ``missing`` after "You miss ", ``closeness_wish`` after "you'd love ", ``reassurance`` after
    "you want your partner to know " and ``turn_toward`` after "you'd like to ". ValueError for an
    unknown step.
    """
    kind = slot_kind(slot)
    said = clean(text) if isinstance(text, str) else []
    meant = said[:1] == ["nothing"] and kind == "action" or said in (["him"], ["her"], ["them"])
    if not finish(said, MAX_READBACK) and not meant:
        return ""  # empty, only fillers, or "i don't know"
    if kind == "turn_toward":
        return turn_toward_phrase(text)
    if kind == "event":
        tokens = lead_off(EVENT_LEAD, text)
        if slot in ("distance_moment", "crowded_moment") and tokens[:1] and tokens[0] in _SCENES:
            tokens = ["it's"] + tokens  # "when right after work" -> "when it's right after work"
        tokens = _speak(tokens)
    elif kind == "feeling":
        likeness = LIKE_START.match(text.lower().replace("\u2019", "'").strip())  # "like a guest" keeps its "like"
        tokens = ["like", *clean(text[likeness.end():])] if likeness else lead_off(FEELING_LEAD, text)
        tokens = _speak(LATE_HEDGE.sub("", " ".join(tokens)).split())
    elif kind == "action":
        tokens = _speak(_action(slot, text))
    elif kind == "need":
        tokens = infinitive(lead_off(NEED_LEAD, text))
        if tokens[:1] == ["for"] and (tokens[1:2] in (["him"], ["her"], ["them"]) or tokens[2:3] == ["to"]):
            tokens = tokens[1:]  # for him to listen -> him to listen
        tokens = need_shape(_speak(tokens))
    elif kind == "missing":
        tokens = _speak(missing_shape(lead_off(MISSING_LEAD, text)))
    elif kind == "wish":
        tokens = _speak(wish_shape(lead_off(WISH_LEAD, text)))
    else:  # reassurance keeps its "that": "that you love your time together"
        tokens = lead_off(REASSURE_LEAD, text)
        tokens = _speak(["i"] + tokens if tokens[:1] and tokens[0] in LOVE_VERBS else tokens)
    if tokens in (["him"], ["her"], ["them"]):
        return tokens[0]  # "you miss him"
    return finish(tokens, MAX_READBACK)


def readback_fields(slots: Mapping[str, str | None]) -> dict[str, str]:
    """Prepare every reflection step in ``slots`` (other slots are skipped), with defaults for empty ones."""
    return {slot: for_readback(slot, text or "") or READBACK_DEFAULTS[slot]
            for slot, text in slots.items() if slot in SLOT_KINDS}
