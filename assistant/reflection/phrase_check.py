"""The quality check every gentle phrase must pass before it is spoken.

A phrase for the partner must be an I-statement, speak *to* the partner ("you"), hold no blame
(always/never, "should", "you make me ..."), no name-calling or contempt, stay within 45 words,
end by inviting (a question) and keep what matters from the answers (``must_mention``).
:func:`phrase_problems` lists what is wrong; an empty list means the phrase may be spoken.
Pure standard library.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.reflection.wording import KIND_MAKE_ME, SELF_WORDS, insult_in

MAX_WORDS = 45
_I_STATEMENT = re.compile(r"\bI(?:'m|'d|'ve|'ll)?\b")  # the speaker, capitalized as rendered
_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)
_ABSOLUTES = re.compile(r"\b(?:always|never|constantly|all the time|every single time)\b", re.IGNORECASE)
_SHOULD = re.compile(r"\b(?:should|shouldn't|should've|shoulda|ought to)\b", re.IGNORECASE)
# "you made me feel small" blames; "you made me coffee" and "you made me laugh" are kind.
_YOU_MAKE_ME = re.compile(
    r"\byou(?:'re| are)?(?: \w+)? (?:make|made|makes|making) me\b"
    rf"(?! (?:{KIND_MAKE_ME})\b)", re.IGNORECASE)
_CONTEMPT = re.compile(
    r"\b(?:whatever(?! (?:we|you|i|he|she|they|it|was|is|else|the|you've|we've|i've|comes|happens|works|makes|feels|was|little))|grow up|get over it|typical|as usual|for once|what's wrong with you|shut up|"
    r"you people|big deal|so dramatic|you (?:don't|didn't|never) (?:even |really )?care)\b", re.IGNORECASE)
_VIOLENCE = re.compile(r"\b(?:kill(?:ed|ing|s)?|strangl\w*|murder\w*|throttl\w*|punch\w*|slap\w*|smack\w*|chok\w*|"
                       r"hate you)\b", re.IGNORECASE)
"""Words of violence, even in jest ("when I was ready to kill you"), never reach the partner."""
_ABOUT_ME = re.compile(r"\bi (?:felt|feel|was feeling)(?:(?: [a-z']+){1,4}(?:,| and| or))?(?: (?:so|really|a bit|kind of|pretty|"
                       r"totally|just|a little))?(?: like (?:a|an|such a|a total|a complete))? $")
"""Before a word like "stupid", it describes the speaker ("I felt stupid", "I felt tired and scared and
worthless", "I felt a bit like a loser"), not the partner."""
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|him|his|hers|himself|herself|he's|she's|my (?:wife|husband|partner|boyfriend|girlfriend|"
    r"spouse|fiance|fiancee))\b", re.IGNORECASE)


_THIRD_PARTY = re.compile(r"\b(?:your|my|our|the) (?:mom|mum|mother|dad|father|sister|brother|friend|boss|daughter|son|aunt|uncle|"
                          r"grandma|grandmother|grandpa|grandfather|cousin|neighbou?r|coworker|colleague|baby|boy|girl|teacher|"
                          r"coach|nan|niece|nephew|stepson|stepdaughter|best friend)\b", re.IGNORECASE)
"""Someone else named before a "she" or "he" in the same sentence ("I love your mom and I'm glad she's
here"): the pronoun is that person, not the partner spoken of in the third person."""


def _third_person(text: str) -> list[str]:
    """The words that speak of the partner in the third person, past any "he"/"she" that stands for
    someone named before it in the same sentence."""
    found = []
    for match in _THIRD_PERSON.finditer(text):
        sentence = re.split(r"[.?!]", text[: match.start()])[-1]
        if match.group(0).lower().startswith("my ") or not _THIRD_PARTY.search(sentence):
            found.append(f"third_person:{match.group(0).lower()}")
    return found


def _normal(text: str) -> str:
    """Lowercase, without punctuation (apostrophes kept) and with single spaces, for comparisons."""
    return " ".join(re.sub(r"[^\w' ]+", " ", text.lower().replace("\u2019", "'")).split())


def phrase_problems(text: str, must_mention: Sequence[str] = ()) -> list[str]:
    """List what keeps a phrase from being spoken to the partner; empty when it is fine.

    Each problem is a short code, sometimes with the offending words after a colon:
    ``no_i_statement``, ``no_you``, ``third_person:<word>``, ``absolute:<word>``, ``should:<word>``,
    ``blame:<words>``, ``insult:<word>``, ``contempt:<words>``, ``violence:<word>``, ``too_long:<n>``, ``no_invitation``,
    ``missing:<text>``.
    """
    problems: list[str] = []
    if not _I_STATEMENT.search(text):
        problems.append("no_i_statement")
    if not _YOU.search(text):
        problems.append("no_you")
    problems.extend(_third_person(text))
    checks = (("absolute", _ABSOLUTES), ("should", _SHOULD),
              ("blame", _YOU_MAKE_ME), ("contempt", _CONTEMPT), ("violence", _VIOLENCE))
    for code, pattern in checks:
        problems.extend(f"{code}:{m.group(0).lower()}" for m in pattern.finditer(text))
    matches = list(re.finditer(r"[a-z]+(?:'[a-z]+)*", text.lower()))
    said = [m.group(0) for m in matches]
    for n, match in enumerate(matches):
        word = match.group(0)
        about_me = word in SELF_WORDS and _ABOUT_ME.search(text.lower()[: match.start()])
        if insult_in(said, n) and not about_me:
            problems.append(f"insult:{word}")
    count = len(text.split())
    if count > MAX_WORDS:
        problems.append(f"too_long:{count}")
    if not text.rstrip().endswith("?"):
        problems.append("no_invitation")
    said = f" {_normal(text)} "
    problems.extend(f"missing:{item}" for item in must_mention if _normal(item) and f" {_normal(item)} " not in said)
    return problems
