"""Spoken text, normalised one way for every part that reads it: the safety screen, the sorting
of answers into steps, and the wording of the read-back and the phrase.

Recognizers print lowercase words without punctuation or apostrophes ("dont", "im", "hes"); people
type with curly apostrophes and capitals. Both become the same tokens here; each reader adds only
what is its own (the screen reads "hell" as "he'll", the wording drops "basically").
"""

from __future__ import annotations

import re

CONTRACTIONS = {word.replace("'", ""): word for word in (
    "don't doesn't didn't can't won't wouldn't couldn't shouldn't isn't wasn't aren't weren't haven't hasn't "
    "hadn't ain't i'm i've i'd he's she's they're they've you're you've that's what's").split()}
CONTRACTIONS["cannot"] = "can't"
"""Recognizer spellings of contractions, one word for one word (so token positions stay); none that
is also a word ("were", "its", "well")."""
_NT = re.compile(r"\b(do|does|did|is|was|are|were|has|have|had|could|would|should)nt\b")  # "didnt" -> "didn't"
_FILLER = re.compile(r"(?:u+m+|u+h+|uhm|e+r+m*|h+m+|m{2,}|a+h+)")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


_BY_NEXT = {
    "its": ("it's", frozenset("not a an the just so really been okay ok fine about like because all never always too hard "
                              "nothing only over late going getting my your our his her that time actually honestly kind still "
                              "probably definitely totally".split())),
    "ill": ("i'll", frozenset("be do try make call get go come take see give tell ask just always never still text help "
                              "stop keep wait need have miss love find finish pick say talk think".split())),
    "were": ("we're", frozenset("a an not so really still both all just together going getting fine okay ok good "
                                "finally".split())),
}
"""Spellings that are words too, repaired only where the next word shows the contraction: "its not
about her", "ill be here", "like were a real family" ("were" only at the start of a clause)."""
_CLAUSE_BEFORE_WERE = frozenset("like and but because cause that so now if when".split())


def tokens(text: str) -> list[str]:
    """Lowercase words with inner apostrophes and repaired contractions; punctuation gone, fillers kept."""
    text = _NT.sub(r"\1n't", text.lower().translate(_APOSTROPHES))
    words = [CONTRACTIONS.get(word, word) for word in _WORD.findall(text)]
    for i, word in enumerate(words[:-1]):
        if word in _BY_NEXT and words[i + 1] in _BY_NEXT[word][1]:
            if word == "were" and i and words[i - 1] not in _CLAUSE_BEFORE_WERE:
                continue  # "they were a team"
            words[i] = _BY_NEXT[word][0]
    return words


def is_filler(word: str) -> bool:
    """"um", "uhh", "hmm", "erm", "ah": a sound that holds the turn, not a word of the answer."""
    return _FILLER.fullmatch(word) is not None


def normal(text: str) -> str:
    """The words without fillers, single spaces: the form the screen and the answer sorter read."""
    return " ".join(word for word in tokens(text) if not is_filler(word))
