"""The shape of each reflection step's answer: its kind, lead-in words and sentence slots.

Shared by :mod:`assistant.reflection.phrase` and :mod:`assistant.reflection.readback`: which kind of answer a step holds,
the words that only lead into an answer ("what i need is", "i miss"), turning "he would listen"
into "him to listen", and filling ``{slot}`` templates. Pure standard library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.reflection.exercises import STEPS
from assistant.reflection.wording import ACTION_VERBS, ADVERBS, BARE_VERBS, GERUNDS, MODALS, PARTNERS, base, clean, \
    is_s_verb, pairs, words

SLOT_KINDS: dict[str, str] = {name: step.kind for name, step in STEPS.items()}
"""The kind of answer each step holds (assistant/exercises.py)."""
EVENT_LEAD = re.compile(
    r"^(?:(?:what happened (?:was|is)|it was when|it's when|it was that|i guess|i think|and|but|then|when|so|honestly|"
    r"i (?:don't|do not) (?:even )?know where to (?:start|begin)|(?:i swear )?i could (?:have |of )?(?:just )?(?:killed|strangled|"
    r"murdered) (?:him|her|them)(?: (?:today|tonight))?|(?:i swear )?i (?:was|am|i'm) (?:so |just )?ready to (?:kill|strangle|"
    r"murder|throttle) (?:him|her|them)(?: (?:today|tonight))?|"
    r"whenever|today|tonight|yesterday|earlier|last night|this morning|lately|recently|usually|mostly|okay|ok|ugh|um|"
    r"(?:this|it)(?:'s| is| might be| may be| sounds| will sound) (?:probably |kind of |a bit |a little |so |really )?(?:dumb|stupid|"
    r"silly|petty|small|minor|ridiculous|nothing)(?: but| though)?|"
    r"(?:what )?i (?:really |just )?(?:appreciated|appreciate|liked|loved|love|noticed|notice|feel|felt|start "
    r"to feel|get|got|feel it|notice it|feel the distance|notice the distance)(?: (?:most|crowded|distant|far"
    r"(?: from (?:him|her|them))?|it))? (?:was |is )?(?:when|whenever|that|how|the way)|it (?:was|is|felt|"
    r"feels) (?:so |really )?(?:nice|good|great|lovely|sweet|amazing|special) (?:when|that|how))\s+)+")
FEELING_LEAD = re.compile(r"^(?:(?:i guess|i think|i'd say|maybe|just|mostly|probably|i don't know|dunno|underneath(?: it all| all that| that| it)?|"
                          r"deep down|under (?:it|that)(?: all)?)\s+|(?:i (?:just |"
                          r"really |think i )?(?:felt|feel|was feeling|am feeling|was|am)|i'm(?: feeling)?|"
                          r"(?:(?:it|that|he|she|they) )?(?:made|makes) me feel|(?:it|that) (?:felt|feels)|"
                          r"feeling)(?:\s+|$))+")
LIKE_START = re.compile(r"^(?:(?:um|uh|so|well|honestly|just|i guess|i think|kind of|mostly)\s+)*"
                         r"(?:(?:i (?:felt|feel|was feeling)|felt|feeling)\s+)?like\s+(?=(?:i|i'm|im|a|an|the|my|nobody|"
                         r"no one|nothing|everything|everyone|he|she|they|he's|she's|they're|he|it's|its|there|theres|there's|"
                         r"we|we're|were|you|you're|someone|somebody|our|your)\b)")
"""A feeling told as a likeness ("like i'm the only one who cares", "like a guest"): "like" is kept."""
LATE_HEDGE = re.compile(r" (?:i think|i guess)(?= like\b|$)")
"""A hedge said after the feeling ("hurt i guess like ..."): not part of it."""
NEED_LEAD = re.compile(r"^(?:(?:i guess|i think|maybe|just|really|mostly|probably|simply|i don't know|dunno)\s+|(?:what )?"
                       r"(?:i|i'd) (?:just |really |only |think i )?(?:needed|need|wanted|want|wished|wish|"
                       r"would like|would have liked|like|was hoping for|hoped for|longed for|was longing for)"
                       r"(?: (?:is|was))?(?:\s+|$))+")
MISSING_LEAD = re.compile(
    r"^(?:(?:i guess|i think|maybe|mostly|probably|just|really|honestly|and)\s+|(?:what )?(?:i (?:really |just "
    r")?(?:miss|missed|am missing)|i'm missing|i've been missing|missing)(?: (?:the )?most)?(?: (?:is|was|are))?"
    r"(?:\s+|$))+")
WISH_LEAD = re.compile(
    r"^(?:(?:i guess|i think|maybe|perhaps|probably|just|really|honestly|ideally|if|that|even|and|so)\s+|"
    r"(?:what )?(?:i (?:would |really |just )*|i'd (?:really |just )*)(?:love|like|want|wish|hope)"
    r"(?: (?:is|would be|it|for|if|that))*(?:\s+|$)|(?:it|that|closeness) would (?:look like|be)\s+)+")
REASSURE_LEAD = re.compile(
    r"^(?:(?:i guess|i think|maybe|just|really|honestly|mostly|probably|and)\s+|(?:i (?:just |really )?"
    r"(?:want|wanted|need|needed|would like|hope)|i'd (?:like|want|love)) (?:(?:her|him|them|my \w+) )?to "
    r"(?:know|hear|understand|remember)\s+|(?:to )?(?:tell|remind|let|show) (?:her|him|them|my \w+)"
    r"(?: know)?\s+)+")
LOVE_VERBS = words("love care value cherish adore need want miss enjoy come appreciate treasure")
_DAYS = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")
_SLOT = re.compile(r"\{(\w+)\}")


def slot_kind(slot: str) -> str:
    """The kind of answer a step holds ("event", "feeling", "need", ...); ValueError if unknown."""
    try:
        return SLOT_KINDS[slot]
    except KeyError:
        raise ValueError(f"unknown reflection step: {slot!r}") from None


def lead_off(pattern: re.Pattern[str], answer: str) -> list[str]:
    """Clean an answer and strip the words that only lead into it ("i miss", "what i need is")."""
    return pattern.sub("", " ".join(clean(answer))).split()


def need_shape(tokens: list[str]) -> list[str]:
    """Make a need fit after "I need ": "feel important" -> "to feel important", "that ..." -> "to know that"."""
    if tokens and (tokens[0] in BARE_VERBS or tokens[0] in GERUNDS):
        tokens = ["to", GERUNDS.get(tokens[0], tokens[0])] + tokens[1:]
    if tokens[:1] == ["that"]:
        tokens = ["to", "know"] + tokens
    elif tokens[:2] == ["to", "know"] and tokens[2:] and tokens[2] not in words("that how what if why whether"):
        tokens = ["to", "know", "that"] + tokens[2:]
    return tokens


def missing_shape(tokens: list[str]) -> list[str]:
    """Make what is missed fit after "I miss ": "when he used to call" -> "how he used to call"; a
    second "i miss" inside joins a list ("how she leaned on me i miss being needed" -> "how she leaned
    on me, and being needed")."""
    tokens = ["how"] + tokens[1:] if tokens[:1] in (["when"], ["whenever"]) else tokens
    for k in range(len(tokens) - 2, 0, -1):
        if [w.lower() for w in tokens[k:k + 2]] == ["i", "miss"]:
            tokens = tokens[:k - 1] + [tokens[k - 1].rstrip(",") + ",", "and"] + tokens[k + 2:]
    return tokens


def wish_shape(tokens: list[str], modals: frozenset[str] = MODALS | {"should"}) -> list[str]:
    """Make a wish fit after "I'd love ": "we could cook" -> "for us to cook", "go out" -> "to go out"."""
    tokens = infinitive(tokens, loose=True, modals=modals)
    partner = tokens[:1] == ["my"] and len(tokens) > 1 and tokens[1] in PARTNERS
    if "to" in tokens[1:3] and (tokens[0] in ("him", "her", "them", "us", "you") or partner):
        return ["for"] + tokens
    if tokens and (tokens[0] in ACTION_VERBS or tokens[0] == "not"):
        return ["to"] + tokens
    return tokens


def infinitive(tokens: list[str], loose: bool = False, modals: frozenset[str] = MODALS) -> list[str]:
    """Turn a leading "he would listen" / "she cared" into "him to listen" / "her to care".

    "we could cook" gives "us to cook" and "i could rest" gives "to rest". Without a modal only a past
    verb counts, unless ``loose`` also accepts a present one ("we cook together").
    """
    if tokens[:1] and tokens[0] in ("hed", "shed", "theyd", "youd"):  # recognizers drop the apostrophe: "i wish hed wait up"
        tokens = [tokens[0][:-1] + "'d"] + tokens[1:]
    if tokens[:1] and tokens[0] in ("he'd", "she'd", "they'd", "we'd", "you'd", "i'd"):
        tokens = [tokens[0][:-2], "would"] + tokens[1:]
    objects = pairs("he:him she:her they:them we:us you:you i:")
    n = 2 if tokens[:1] == ["my"] and tokens[1:2] and tokens[1] in PARTNERS else 1
    if len(tokens) <= n or (n == 1 and tokens[0] not in objects) or tokens[n] == "to":
        return tokens
    modal = tokens[n] in modals
    rest = tokens[n + 1:] if modal else tokens[n:]
    k = next((m for m, w in enumerate(rest) if w not in ADVERBS), len(rest))
    verb = rest[k] if k < len(rest) else ""
    past = base(verb) != verb and not is_s_verb(verb)
    if not verb or not (modal or past or loose and (is_s_verb(verb) or verb in ACTION_VERBS)):
        return tokens
    subject = tokens[:n] if n == 2 else [objects[tokens[0]]] if objects[tokens[0]] else []
    return subject + ["to"] + rest[:k] + [base(verb)] + rest[k + 1:]


def render_template(template: str, fields: Mapping[str, str]) -> str:
    """Fill ``{slot}`` variables, then tidy spacing, capitals and doubled punctuation.

    Raises KeyError when the template needs a field that is missing, so a caller can try another
    variation. The first letter of the text and of every sentence is capitalized, as is "I".
    """
    text = _SLOT.sub(lambda m: fields[m.group(1)], template)
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip()
    text = re.sub(r",+(?=[.!?])|(?<=[.!?])\.+", "", re.sub(r"\.{2,}", ".", re.sub(r",{2,}", ",", text)))
    text = re.sub(r"\bi\b(?!')|\bi(?='(?:m|d|ve|ll)\b)", "I", text)
    text = re.sub(r"([.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    text = _DAYS.sub(lambda m: m.group(0).capitalize(), text)
    return text[:1].upper() + text[1:]
