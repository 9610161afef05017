"""Prepare the fillers of the gentle, blame-free phrase offered at the end of a reflection.

The sentence templates live in Rasa's ``domain.yml``; this module turns the spoken answers of
each exercise into template fields said *to the partner*: the partner becomes "you", the user
stays "I/my", absolutes ("always", "never") are removed and insults never pass through.
:func:`for_phrase` prepares one step and :func:`phrase_fields` all of them within a word budget;
:func:`assistant.reflection.shapes.render_template` fills a template with them.
Cleaning and lexicons are shared with the read-back in :mod:`assistant.reflection.wording`.
Pure standard library, no Rasa import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.reflection.exercises import STEPS
from assistant.reflection.readback import turn_toward_phrase
from assistant.reflection.shapes import (
    EVENT_LEAD, FEELING_LEAD, LATE_HEDGE, LIKE_START, LOVE_VERBS, MISSING_LEAD, NEED_LEAD, REASSURE_LEAD, SLOT_KINDS,
    WISH_LEAD, infinitive, lead_off, missing_shape, need_shape, slot_kind, wish_shape,
)
from assistant.reflection.wording import (
    ACTION_VERBS, ADVERBS, AGREE, _past_verb, BARE_VERBS, BLAME, CLAUSE, FUNCTION, KIND_BLAME, PARTNERS, SELF_WORDS, base, clean,
    drop_insults, finish, insult_in, is_insult, is_s_verb, negate, pairs, words,
)

__all__ = ["MAX_FEELING", "MAX_NEED", "MAX_OBSERVATION", "PHRASE_BUDGETS", "PHRASE_DEFAULTS", "for_phrase", "phrase_fields",
           "without_flagged_words"]

MAX_OBSERVATION, MAX_FEELING, MAX_NEED = 16, 12, 16
MAX_GOOD_MOMENT = 20
"""A kind moment is the heart of a thank-you: it may run a little longer than a hurt's (the group budget still holds)."""
_SHORTEST_EVENT = 8
"""Trimming to the phrase budget shortens the moment first, but not below this many words."""
MAX_MISSING, MAX_WISH, MAX_REASSURANCE, MAX_TURN = 14, 14, 16, 14
# Each group of fields shares a budget so that every utter_phrase_<flow>* stays within 45 words:
# 45 minus the most words any template holding that group adds around it (a group may nest in another).
PHRASE_BUDGETS: dict[tuple[str, ...], int] = {
    ("trigger", "deeper_feeling", "need"): 24, ("distance_moment", "missing", "closeness_wish"): 26,
    ("missing", "closeness_wish"): 23, ("reassurance", "space_need"): 25, ("bid",): 23,
    ("good_moment", "meaning"): 25,
}
# What a step says when its answer holds nothing usable (mirrors utter_unknown_* in the domain).
PHRASE_DEFAULTS = {name: step.phrase_default for name, step in STEPS.items() if step.phrase_default}
SUBJECTS = pairs("he:you she:you they:you he's:you're she's:you're they're:you're he'd:you'd she'd:you'd "
                 "they'd:you'd he'll:you'll she'll:you'll they'll:you'll they've:you've")
OBJECTS = pairs("him:you them:you their:your hers:yours theirs:yours himself:yourself herself:yourself "
                "themselves:yourself themself:yourself")
_GENDER = {**dict.fromkeys(("he", "he's", "he'd", "he'll", "him", "his", "himself"), "he"),
           **dict.fromkeys(("she", "she's", "she'd", "she'll", "her", "hers", "herself"), "she"),
           **dict.fromkeys(("they", "they're", "they'd", "they'll", "they've", "them", "their", "theirs", "themselves"), "they")}
"""Once one of these is the partner, the others are someone (or something) else: "he won't wear them"."""
_PARTNER_GENDER = {**dict.fromkeys(("husband", "boyfriend", "bf", "fiance"), "he"),
                   **dict.fromkeys(("wife", "girlfriend", "gf", "fiancee"), "she")}
_PERCEIVE = words("saw see watched watch heard hear let made make help helped")
_OWNED = words("phone messages texts friends friend family ex mom dad mother father sister brother boss job")


def _address_partner(tokens: list[str]) -> list[str]:
    """Speak to the partner: he/she/they/my wife become "you", with verb agreement."""
    out: list[str] = []
    pending, addressed, i = False, False, 0  # pending: a converted he/she still awaits its verb
    partner = None  # "he" or "she", once a gendered pronoun was the partner: the other one is someone else
    while i < len(tokens):
        tok, nxt, prev = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else "", out[-1] if out else ""
        gender = _GENDER.get(tok)
        if gender and partner and gender != partner:  # "he picked her over me": she is his mother, not the partner
            out.append(tok)
            i += 1
            continue
        partner = partner or gender
        if tok == "never":
            i, pending = negate(tokens, i, out, pending), False
            continue
        if tok == "my" and re.sub(r"'?s$", "", nxt) in PARTNERS:  # my wife -> you, my wife's -> your
            partner = partner or _PARTNER_GENDER.get(re.sub(r"'?s$", "", nxt))
            out.append("you" if nxt in PARTNERS else "your")
            pending, i = nxt in PARTNERS and (not prev or prev in CLAUSE), i + 2
            addressed = addressed or pending
            continue
        if pending and tok not in ADVERBS:
            pending, tok = False, AGREE.get(tok, base(tok) if is_s_verb(tok) else tok)
        elif tok == "and" and addressed and (nxt in AGREE or is_s_verb(nxt)):
            pending = True  # he comes home and goes -> you come home and go
        if tok in ("he's", "she's") and nxt in ("been", "got", "gotten"):
            tok = "you've"
        elif tok in SUBJECTS:
            pending, tok = tok in ("he", "she"), SUBJECTS[tok]
        elif tok == "her":  # "her phone" -> "your phone"; "told her", "watched her leave" -> "you"
            owned = bool(nxt) and nxt not in FUNCTION and not nxt.endswith("ing")
            tok = "your" if owned and (prev not in _PERCEIVE or nxt in _OWNED) else "you"
        elif tok == "his":
            tok = "your" if nxt and nxt not in FUNCTION else "yours"
        addressed = pending or addressed and tok not in ("i", "we", "it", "there")  # who "and" continues
        out.append(OBJECTS.get(tok, tok))
        i += 1
    return out


_NOT_CARING = re.compile(r"\b(?:he|she|they|you) (?:doesn't|don't|didn't|never) (?:even |really )?care\b")
_NOT_CARE_YOU = re.compile(r"(?<!stuff )(?<!things )(?<!something )(?<!anything )(?<!what )\byou (don't|didn't) (?:even |really )?"
                           r"care(?: about me)?\b(?! about)")
_NOT_CARE_ABOUT = re.compile(r"\byou (?:don't|didn't) (?:even |really )?care about ((?:my|our) [\w']+)")
""""he doesn't care about my people" -> "my people didn't matter to you" (the past agrees with any number)."""
_MAKES_ME = re.compile(r"^(?:(?:he|she|they|it|that|my \w+) (?:really )?(?:makes|made) me (?:feel )?)")
_LATER_MADE_FEEL = re.compile(r"^.+? \b(?<!n't )(?<!not )(?<!never )(?:made|makes|make) me feel (.+)$")
"""A feeling said after a scene: "i was dead tired and a clean place made me feel so relieved"."""
_INNER_FELT = re.compile(r"^(?:.* )?i (?:felt|feel|was feeling) (.+)$")
_LONG_FEELING = 10
"""A feeling answer longer than this that ends "... i felt X" is X."""
_SUBJECTS = words("i i'm i've i'd we we're we'd he she they it there there's you you're my our his her their the "
                  "this that what he's she's they're it's we've nobody everyone everybody someone both all a an") | PARTNERS
FEEL_ADJECTIVE = re.compile(r"^(?:\w+ed|safe|important|close|special|secure|wanted|seen|heard|loved|valued|"
                            r"included|respected|supported|appreciated|understood|chosen|cared for)$")


def _is_clause(tokens: list[str]) -> bool:
    """Does an answer read as a clause ("he showed me a video"), not a bare word ("overwhelmed")?"""
    return len(tokens) >= 2 and any(t in _SUBJECTS for t in tokens[:4])


_PARTNER_WORDS = words("he she they he's she's they're his her their him them") | PARTNERS
_NOT_A_NAME = _SUBJECTS | FUNCTION | words(
    "mom mum dad mother father sister brother boss kids kid baby dog cat work dinner everyone nobody someone people friends "
    "friend phone car money everything nothing today tonight yesterday grandma grandpa son daughter neighbor coach teacher")


def _named_partner(tokens: list[str]) -> str:
    """The pronoun that stands for a partner named at the start ("kyle stood up for me with his mom")."""
    return next((_GENDER[t] for t in tokens[1:] if t in _GENDER and _GENDER[t] != "they"), "they")


_FELT_AFTER = re.compile(r" (?:and |so |and then |then |which |that )*(?:made me feel|i (?:felt|feel|was feeling)) .*$")
"""How the moment felt, told after it: not part of the moment."""


def _event(slot: str, answer: str) -> str | None:
    """A moment addressed to the partner ("you were on your phone"), or None when it blames (or
    isn't a moment at all, like a bare "overwhelmed")."""
    text = EVENT_LEAD.sub("", " ".join(clean(answer)))  # "okay this is dumb but ...": the lead-in is no insult
    felt = _FELT_AFTER.search(text)
    if felt and len(text[: felt.start()].split()) >= 4:  # "... and then i felt dumb for asking": the feeling is asked for apart
        text = text[: felt.start()]
    blame = KIND_BLAME if slot in ("good_moment", "bid") else BLAME
    said = text.split()
    if any(insult_in(said, n) for n in range(len(said))) or blame.search(text) or _NOT_CARING.search(text):
        return None
    tokens = text.split()
    kind = slot in ("good_moment", "bid")
    if "but" in tokens[2:]:  # "he's a great dad but he never helps": the but; "this job is killing me but he made it better"
        before, after = tokens[:tokens.index("but", 2)], tokens[tokens.index("but", 2) + 1:]
        if _is_clause(after) and (not kind or (_PARTNER_WORDS & set(after) and not _PARTNER_WORDS & set(before))):
            tokens = after
    if kind and len(tokens) > 2 and tokens[0] not in _NOT_A_NAME and _past_verb(tokens[1]):
        tokens = [_named_partner(tokens)] + tokens[1:]  # "kyle stood up for me": the partner, by name
    if not _is_clause(tokens) and not (kind and _PARTNER_WORDS & set(tokens[:8])) \
            and not (tokens[:1] and (tokens[0].endswith("ing") or tokens[0] in ACTION_VERBS)):
        return None
    return finish(_address_partner(tokens), MAX_GOOD_MOMENT if slot == "good_moment" else MAX_OBSERVATION) or None


_THAT_CLAUSE = re.compile(r"^that (?:he|she|they|you|we|i|it|someone|somebody|my|our|he's|she's|they're|we're|i'm|it's)\b")
"""What a moment meant, said as a "that" clause ("that he still wants to make me smile"): kept whole."""
_SELF_CORRECTED = re.compile(r"^.*\bi mean (?=(?:i|i'm|im|it|that|like)\b)")
"""A slip put right ("she felt proud i mean i felt proud to be with him"): what follows "i mean" counts."""
_MEANT_MUCH = re.compile(r"^(?:(?:um|uh|so|well|honestly|i guess|i think|like) )*(?:it|that|this) (?:really |just )?(?:meant|means) "
                         r"(?:a lot|so much|everything|the world|a ton|a great deal)(?: to me)?(?: that|,? how)? (?=(?:he|she|they|you|we|"
                         r"i|he's|she's|they're|we're|i'm|hes|shes|theyre|im|someone|somebody|my|our)\b)")
"""How much a moment meant, then what it showed ("it meant a lot that he took it seriously"): the "that" clause is kept."""
_MEANT = re.compile(r"^(?:(?:um|uh|so|well|honestly|i guess|i think) )*(?:it|that) (?:really )?(?:meant|means|showed|shows)(?: me)?"
                    r"(?: that)? (?=(?:he|she|they|you|we|he's|she's|they're|we're|hes|shes|theyre|were)\b)")
"""What a moment meant, told as a clause ("it meant he sees how tired i am"): said as a likeness."""


def _feeling(answer: str, default: str) -> str:
    """Words that fit after "I felt ": "she makes me so angry" -> "so angry", "like he doesn't care"
    -> "like I don't matter to you", "it was like he was there with me i felt loved" -> "loved"."""
    answer = _SELF_CORRECTED.sub("", answer.lower().replace("\u2019", "'").strip())  # "she felt proud i mean i felt proud"
    answer = _MEANT_MUCH.sub("that ", answer)  # "it meant a lot that he took it seriously" -> "that he took it seriously"
    answer = _MEANT.sub("like ", answer)  # "it meant he sees me" -> "like he sees me"
    likeness = LIKE_START.match(answer)
    text = LATE_HEDGE.sub("", " ".join(clean(answer[likeness.end():]) if likeness else lead_off(FEELING_LEAD, answer)))
    clause = _THAT_CLAUSE.match(text) is not None  # "that she pays attention to what makes me feel better" stays whole
    text = text if clause else _MAKES_ME.sub("", text)
    later = None if clause else _LATER_MADE_FEEL.match(text)
    inner = _INNER_FELT.match(text)
    if later:
        text = later.group(1)
    elif inner and len(text.split()) > _LONG_FEELING:
        text = inner.group(1)
    if likeness and not later and not text.startswith("like "):
        text = "like " + text
    tokens = drop_insults(_address_partner(text.split()), keep=SELF_WORDS)
    said = _NOT_CARE_ABOUT.sub(lambda m: m.group(1) + " didn't matter to you", " ".join(tokens))
    said = _NOT_CARE_YOU.sub(lambda m: "I " + m.group(1) + " matter to you", said)
    if said.startswith(("my ", "our ")) and " didn't matter to you" in said:
        said = "like " + said
    if said.startswith("I don't matter") or said.startswith("I didn't matter"):
        said = "like " + said
    told = said.split()
    again = next((k for k in range(3, len(told)) if told[0] == "like" and told[k] == "like"), None)
    whole = finish(told, MAX_FEELING).split()
    if again is not None and len(told) <= MAX_FEELING and len(whole) == len(told) and whole[again + 1:again + 2] in ([w] for w in _OWN):
        return " ".join(whole[:again]) + ", " + " ".join(whole[again:])  # "like a single mom, like I'm carrying everything"
    return finish(told[:again], MAX_FEELING) or default  # else one likeness is enough: "like X like it's Y" keeps "like X"


_OWN = frozenset({"I", "I'm", "I've", "I'd"})
"""A second likeness about the speaker ("like I'm carrying everything") is kept beside the first."""


_INNER_NEED = re.compile(r"^.+? \b(i (?:really |just )?(?:need|needed|want|wanted) (?!(?:him|her|them|you) to know\b).+)$")
"""A need said after its occasion: "when it's something big i need her to put the phone down"."""


_PARTNER_NEEDS = re.compile(r"^(?:(?:um|so|well|honestly|i guess|i think) )*(?:he|she|they|my (?:husband|wife|partner|boyfriend|"
                            r"girlfriend)) (?:really |just )?(?:needs|need|wants) (?=(?:some|more|a|an|quiet|time|space|room|his|her|"
                            r"their|nights?|mornings?|evenings?|weekends?)\b)")
"""The partner's need said as theirs ("he needs quiet nights and i could use one too"): what is needed is kept."""


_AND_NOT = re.compile(r"\b(annoyed|angry|upset|mad|tired|stressed|frustrated|busy|hurt|me|us|it|them|time|this|that) not (?=[a-z])")
"""A second wish said with a bare "not" ("to be kind even when you're annoyed not use that against me"): joined by "and"."""


def _need(answer: str, default: str) -> str:
    """Words that fit after "I need ": a bare "safe" becomes "to feel safe"."""
    answer = _PARTNER_NEEDS.sub("", " ".join(clean(answer)))
    inner = _INNER_NEED.match(" ".join(clean(answer)))
    tokens = LATE_HEDGE.sub("", " ".join(lead_off(NEED_LEAD, inner.group(1) if inner else answer))).split()
    kept = drop_insults(tokens)
    insulted, tokens = len(kept) < len(tokens), _address_partner(infinitive(kept))
    if tokens[:2] == ["for", "you"]:
        tokens = tokens[1:]  # for him to listen -> you to listen
    if insulted and (tokens[-1:] and tokens[-1] in ("stop", "quit", "start", "be", "being", "keep", "to", "not")
                     or tokens[:1] == ["i"] and tokens[1:2] in (["that"], ["when"], ["it"], ["how"])):
        return default  # "for him to stop being so lazy" loses its sense without the insult
    if 1 <= len(tokens) <= 3 and FEEL_ADJECTIVE.match(tokens[-1]) and tokens[0] not in BARE_VERBS | {"to", "a", "an", "some", "more"}:
        tokens = ["to", "feel"] + tokens
    return finish(_AND_NOT.sub(r"\1 and not ", " ".join(need_shape(tokens))).split(), MAX_NEED) or default


def _missing(answer: str) -> str:
    """Words that fit after "I miss ": "talking to him at night" -> "talking to you at night"."""
    tokens = _address_partner(drop_insults(missing_shape(lead_off(MISSING_LEAD, answer))))
    return finish(tokens, MAX_MISSING) or PHRASE_DEFAULTS["missing"]


def _wish(answer: str) -> str:
    """Words that fit after "I'd love ": "a walk after dinner", "for us to cook together"."""
    tokens = _address_partner(drop_insults(wish_shape(lead_off(WISH_LEAD, answer))))
    return finish(tokens, MAX_WISH) or PHRASE_DEFAULTS["closeness_wish"]


def _reassurance(answer: str) -> str:
    """A clause said to the partner: "that i love our time together" -> "I love our time together"."""
    text = re.sub(r"\b(he|she|they|you) shouldn't\b", r"\1 don't need to", " ".join(clean(answer)))
    tokens = REASSURE_LEAD.sub("", text).split()
    tokens = _address_partner(drop_insults(tokens[1:] if tokens[:1] == ["that"] else tokens))
    if tokens[:2] == ["how", "much"] and len(tokens) > 3:  # how much I love you -> I love you so much
        k = 5 if tokens[4:5] and tokens[4] in ("you", "us", "it") else 4
        tokens = tokens[2:k] + ["so", "much"] + tokens[k:]
    elif tokens[:1] == ["how"] and len(tokens) > 3 and tokens[3] in ("are", "am", "is", "were", "was"):
        tokens = tokens[2:4] + ["so", tokens[1]] + tokens[4:]  # how important you are -> you are so important
    if tokens and tokens[0] in LOVE_VERBS:
        tokens = ["i"] + tokens
    return finish(tokens, MAX_REASSURANCE) or PHRASE_DEFAULTS["reassurance"]


def for_phrase(slot: str, text: str) -> str | None:
    """Prepare one answer as a field of a phrase said to the partner.

    Events give None when they can't be said without blame; the other steps fall back to
    :data:`PHRASE_DEFAULTS` when nothing usable is left. ``turn_toward`` is said to the user
    ("try to ask her to tell you more"); ``response`` is only cleaned (None when empty).
    ValueError for an unknown step.
    """
    kind = slot_kind(slot)
    text = text if isinstance(text, str) else ""
    if kind == "event":
        return _event(slot, text)
    if kind == "feeling":
        return _feeling(text, PHRASE_DEFAULTS[slot])
    if kind == "need":
        return _need(text, PHRASE_DEFAULTS[slot])
    if kind == "turn_toward":
        return turn_toward_phrase(text, MAX_TURN) or PHRASE_DEFAULTS[slot]
    if kind == "action":
        return finish(clean(text), MAX_OBSERVATION) or None
    return {"missing": _missing, "wish": _wish, "reassurance": _reassurance}[kind](text)


def phrase_fields(slots: Mapping[str, str | None]) -> dict[str, str]:
    """Prepare every answered step of ``slots`` (others are skipped), trimmed to the phrase budgets."""
    fields = {slot: for_phrase(slot, text) for slot, text in slots.items()
              if slot in SLOT_KINDS and isinstance(text, str) and text.strip()}
    out = {slot: value for slot, value in fields.items() if value is not None}
    for group, budget in PHRASE_BUDGETS.items():
        present = [slot for slot in group if slot in out]
        while present and (over := sum(len(out[s].split()) for s in present) - budget) > 0:
            _trim_one(out, present, over)
    return out


_SHORTEST_EVENT_AT_A_PINCH = 6
"""A moment a few words over the budget may shrink to this, rather than a need losing half a clause."""


_AFTER_A_FEELING = words("like because cause since")
"""After a named feeling, a likeness or a reason ("ashamed, because I don't want to be like her"): what
gives way to the budget before the need loses a clause."""


def _trim_one(out: dict[str, str], present: list[str], over: int) -> None:
    """Shorten one field of a group that is ``over`` its budget, losing the least meaning: the moment
    first (down to a few words); then a likeness or a reason after a named feeling ("alone like I'm the
    only one holding everything together" -> "alone"); a moment a little further when only a few words are
    over; and only then the longest field, at a clause boundary."""
    size = {s: len(out[s].split()) for s in present}
    events = [s for s in present if SLOT_KINDS[s] == "event"]
    longer = [s for s in events if size[s] > _SHORTEST_EVENT]
    if not longer:
        for slot in present:
            tokens = out[slot].split()
            at = next((k for k in range(1, 4) if k < len(tokens) and tokens[k] in _AFTER_A_FEELING), None)
            if slot in ("deeper_feeling", "emotion") and at is not None and tokens[0] != "like":
                base = finish(tokens[:at], len(tokens))
                if base and base.split()[-1].lower() not in FUNCTION:
                    out[slot] = base
                    return
        if over <= 3:
            longer = [s for s in events if size[s] > _SHORTEST_EVENT_AT_A_PINCH]
    longest = max(longer or present, key=lambda s: size[s])
    tokens = out[longest].split()
    out[longest] = finish(tokens, len(tokens) - 1) or " ".join(tokens[:-1])



_CLAUSE_START = words("like that because cause as when and but so my his her their your the it everything nothing "
                      "nobody everyone")
"""Where a clause starts inside a field: cut here to drop the clause that holds a flagged word."""


def without_flagged_words(fields: Mapping[str, str], problems: list[str]) -> dict[str, str]:
    """The fields with the clause holding a word the quality check flagged cut off ("worthless like my
    dreams are stupid" -> "worthless"); a field left with nothing falls back to its default, or is
    dropped when it has none (an event the phrase can do without)."""
    flagged = [p.split(":", 1)[1].lower().split() for p in problems if ":" in p and not p.startswith(("missing:", "too_long:"))]
    out: dict[str, str] = {}
    for slot, text in fields.items():
        tokens = text.split()
        lowered = [t.lower().strip(".,") for t in tokens]
        hits = [i for words_ in flagged for i in range(len(lowered)) if lowered[i:i + len(words_)] == words_]
        if not hits:
            out[slot] = text
            continue
        starts = [i for i in range(1, min(hits) + 1) if lowered[i] in _CLAUSE_START]
        kept = finish(tokens[: starts[0]], len(tokens)) if starts else ""  # no clause of its own: all of it goes
        replacement = kept or PHRASE_DEFAULTS.get(slot)
        if replacement:
            out[slot] = replacement
    return out
