"""Prepare the fillers of the gentle, blame-free phrase offered at the end of a reflection.

The sentence templates live in Rasa's ``domain.yml``; this module only turns three spoken
answers (what happened, the deeper feeling, the need) into ``{observation}``, ``{feeling}``
and ``{need}``. Answers come from speech recognition (lowercase, no punctuation, fillers),
so each is cleaned, the partner is addressed as "you", absolutes ("always", "never") are
removed and insults never pass through. Pure standard library, no Rasa import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    """Build a word set from a space-separated string."""
    return frozenset(text.split())


def _pairs(text: str) -> dict[str, str]:
    """Build a mapping from space-separated ``key:value`` pairs."""
    return dict(pair.split(":") for pair in text.split())


MAX_OBSERVATION, MAX_FEELING, MAX_NEED = 16, 10, 14
MAX_TOTAL_WORDS = 29  # all three fillers together, so every domain.yml phrase stays within 45 words
DEFAULT_FEELING, DEFAULT_NEED = "hurt", "to feel close to you"

INSULTS = _words("idiot idiots idiotic stupid stupidity selfish selfishness lazy laziness jerk jerks asshole "
                 "useless pathetic bitch bitchy bastard moron morons moronic dumb dumbass crazy psycho ridiculous "
                 "disgusting loser losers liar liars worthless hate hates hated hating hateful damn dammit goddamn "
                 "fuck crap crappy retard slut whore dick prick cunt twat pig slob clown narcissist narcissistic "
                 "toxic childish immature inconsiderate shutup")
_INSULT_STEMS = ("fuck", "shit", "bitch", "bastard", "asshole", "idiot", "moron", "dumbass", "retard")
FILLERS = _words("um umm uh uhh uhm hmm er erm ah basically honestly")
_LIKE_KEEP = _words("felt feel feels feeling would i'd looks looked look seems seemed sounds more something")
_LIKE_LEAD = _words("was is it's were are and but i'm he's she's they're we're you're")
CONTRACTIONS = _pairs("im:i'm ive:i've id:i'd cant:can't wont:won't hes:he's shes:she's theyre:they're "
                      "youre:you're theyve:they've youve:you've thats:that's whats:what's")
_NT = re.compile(r"\b(do|does|did|is|was|are|were|has|have|had|could|would|should)nt\b")  # didnt -> didn't
SUBJECTS = _pairs("he:you she:you they:you he's:you're she's:you're they're:you're he'd:you'd she'd:you'd "
                  "they'd:you'd he'll:you'll she'll:you'll they'll:you'll they've:you've")
OBJECTS = _pairs("him:you them:you their:your hers:yours theirs:yours himself:yourself herself:yourself "
                 "themselves:yourself themself:yourself")
PARTNERS = _words("wife husband partner boyfriend girlfriend spouse fiance fiancee")
AGREE = _pairs("is:are was:were has:have does:do doesn't:don't isn't:aren't wasn't:weren't hasn't:haven't")
NEGATE = _pairs("is:isn't are:aren't was:wasn't were:weren't has:hasn't have:haven't had:hadn't will:won't "
                "would:wouldn't can:can't could:couldn't do:don't does:doesn't did:didn't")
IRREGULAR = _pairs("forgot:forget came:come said:say told:tell took:take gave:give made:make went:go saw:see "
                   "thought:think asked:ask got:get bought:buy brought:bring did:do had:have heard:hear knew:know "
                   "left:leave kept:keep felt:feel found:find sent:send spent:spend spoke:speak wrote:write ate:eat "
                   "sat:sit held:hold meant:mean paid:pay met:meet ran:run drove:drive understood:understand "
                   "added:add invited:invite created:create decided:decide included:include agreed:agree "
                   "changed:change was:be were:be")
ADVERBS = _words("just really still also even often usually sometimes only already actually barely hardly totally "
                 "completely simply suddenly once again ever literally")
MODALS = _words("would could will can might")
_PERCEIVE = _words("saw see watched watch heard hear let made make help helped")
_OWNED = _words("phone messages texts friends friend family ex mom dad mother father sister brother boss job")
BARE_VERBS = _words("feel know be have hear talk spend see understand trust matter belong connect share rest relax "
                    "go come stay say tell ask hold listen speak sit do get keep find")
_GERUNDS = _pairs("feeling:feel knowing:know being:be having:have hearing:hear talking:talk spending:spend")
CONJ = _words("and but because so cause while when whenever or since although though until")
_CLAUSE = CONJ | _words("that then if after before as where")
_MODIFIERS = _words("a an the so such really very total complete being be is are was were like just kind of")
DANGLING = CONJ | _MODIFIERS | _words("my your his her their our to of with for about at in on by from that")
_EMPTY = DANGLING | _words("i i'm me you he him she it we us they them this")
FUNCTION = _EMPTY | ADVERBS | _words(
    "mine yours hers its these those am been do does did have has had will would can could may might must "
    "never not no yes now then here there today tonight yesterday later earlier again back home away too up down "
    "out off over into what who how why which all some any every each other much more most bit")
_PHRASE_FILLERS = re.compile(r"\b(?:you know|i mean(?! (?:something|anything|nothing|a lot|much))|"
                             r"kind of|sort of|kinda|sorta)\b")
_ABSOLUTES = re.compile(r"\b(?:all the time|always|constantly)\b")
_BLAME = re.compile(r"\b(?:should|shouldn't|shoulda|made me|makes me|make me|making me|shut up)\b")
_TRIGGER_LEAD = re.compile(r"^(?:(?:what happened (?:was|is)|it was when|it's when|it was that|i guess|"
                           r"i think|and|but|then|when|today|tonight|yesterday|earlier|last night)\s+)+")
_FEELING_LEAD = re.compile(r"^(?:(?:i guess|i think|i'd say|maybe|just|mostly|probably)\s+|(?:i (?:just |"
                           r"really |think i )?(?:felt|feel|was feeling|am feeling|was|am)|i'm(?: feeling)?|"
                           r"(?:(?:it|that|he|she|they) )?(?:made|makes) me feel|feeling)(?:\s+|$))+")
_NEED_LEAD = re.compile(r"^(?:(?:i guess|i think|maybe|just|really|mostly|probably|simply)\s+|(?:what )?"
                        r"(?:i|i'd) (?:just |really |only |think i )?(?:needed|need|wanted|want|wished|wish|"
                        r"would like|would have liked|like|was hoping for|hoped for|longed for|was longing for)"
                        r"(?: (?:is|was))?(?:\s+|$))+")
_BASE_RULES = [(re.compile(pattern), repl) for pattern, repl in (
    (r"eed$", "eed"), (r"(\w\w)ied$", r"\1y"), (r"ied$", "ie"),  # need; tried -> try; lied -> lie
    (r"(\w)([bcdgkmnprt])\2ed$", r"\1\2"),  # stopped -> stop, hugged -> hug
    (r"^([^aeiouy]*[aeiou][^aeiouwxy]|\w*(?:[cvu]|[^n]g|[^s]s|[^aeiou][aiou]r|[^aeiouylrw]l|[^z]z))ed$", r"\1e"),
    (r"ed$", ""),  # the rule above restores an e: liked, noticed, judged, used, ignored, handled
    (r"(\w\w)ies$", r"\1y"), (r"(ch|sh|ss|x|zz|o)es$", r"\1"), (r"([^su'])s$", r"\1"), (r"$", ""))]
_UNSURE = re.compile(r"^(?:i )?(?:don't know|dunno|not sure|no idea|nothing|i'm not sure)$")


@dataclass(frozen=True)
class PhraseParts:
    """The three fillers of a phrase template."""

    observation: str | None  # trigger addressed to the partner; None when it can't be blame-free
    feeling: str  # fits after "I felt ", e.g. "hurt and a bit lonely"
    need: str  # fits after "I need ", e.g. "to feel important to you"


def is_insult(word: str) -> bool:
    """Tell whether one lowercase word belongs to the insult and contempt lexicon."""
    return word in INSULTS or word.startswith(_INSULT_STEMS)


def _clean(text: str) -> list[str]:
    """Lowercase a spoken answer, drop fillers and absolutes, and repair contractions."""
    text = text.lower().replace("\u2019", "'").replace("shut up", "shutup")
    text = _ABSOLUTES.sub(" ", _PHRASE_FILLERS.sub(" um ", text))  # a phrase filler becomes a plain "um"
    text = _NT.sub(r"\1n't", re.sub(r"\bevery (?:single )?time\b", " when ", text))
    tokens = [CONTRACTIONS.get(t, t) for t in re.findall(r"[a-z0-9]+(?:'[a-z]+)*", text)]
    out: list[str] = []
    after_filler = False
    for i, tok in enumerate(tokens):
        nxt, prev = tokens[i + 1] if i + 1 < len(tokens) else None, out[-1] if out else None
        after_filler = (
            tok in FILLERS or (tok in ("so", "well") and prev is None) or (tok == "so" and nxt is None)
            or (tok == "like" and prev not in _LIKE_KEEP
                and (prev is None or nxt is None or after_filler or nxt in FILLERS or prev in _LIKE_LEAD))
        )
        if not after_filler and tok != prev:  # also drops stutters: "he he never"
            out.append(tok)
    return out


def _base(verb: str) -> str:
    """Return the base form of a past (irregular or -ed) or third-person -s verb."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    pattern, repl = next((p, r) for p, r in _BASE_RULES if p.search(verb))
    return pattern.sub(repl, verb)


def _is_s_verb(word: str) -> bool:
    """Tell whether a word looks like a third-person present verb ("ignores", "watches")."""
    return word.endswith("s") and "'" not in word and word not in FUNCTION and _base(word) != word


def _negate(tokens: list[str], i: int, out: list[str], pending: bool) -> int:
    """Rewrite the "never" at ``tokens[i]`` as a plain negation in ``out``; return the next index."""
    j = i + 1
    while j < len(tokens) and tokens[j] in ADVERBS:
        j += 1
    verb, prev = tokens[j] if j < len(tokens) else "", out[-1] if out else ""
    if prev in NEGATE:
        out[-1] = NEGATE[prev]  # was never -> wasn't
    elif prev == "to" or prev.endswith(("'re", "'m", "'ve")):
        out.append("not")  # to never -> to not
    elif verb in NEGATE:
        out.extend(tokens[i + 1:j] + [NEGATE[AGREE.get(verb, verb) if pending else verb]])
        return j + 1
    elif verb and verb not in FUNCTION:
        past = verb in IRREGULAR or (verb.endswith("ed") and not verb.endswith("eed"))
        aux = "didn't" if past else "doesn't" if _is_s_verb(verb) and not pending else "don't"
        out.extend([aux] + tokens[i + 1:j] + [_base(verb)])
        return j + 1
    return i + 1  # any other "never" is simply dropped


def _address_partner(tokens: list[str]) -> list[str]:
    """Speak to the partner: he/she/they/my wife become "you", with verb agreement."""
    out: list[str] = []
    pending, i = False, 0  # pending: a converted he/she still awaits its verb
    while i < len(tokens):
        tok, nxt, prev = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else "", out[-1] if out else ""
        if tok == "never":
            i, pending = _negate(tokens, i, out, pending), False
            continue
        if tok == "my" and re.sub(r"'?s$", "", nxt) in PARTNERS:  # my wife -> you, my wife's -> your
            out.append("you" if nxt in PARTNERS else "your")
            pending, i = nxt in PARTNERS and (not prev or prev in _CLAUSE), i + 2
            continue
        if pending and tok not in ADVERBS:
            pending, tok = False, AGREE.get(tok, _base(tok) if _is_s_verb(tok) else tok)
        if tok in ("he's", "she's") and nxt in ("been", "got", "gotten"):
            tok = "you've"
        elif tok in SUBJECTS:
            pending, tok = tok in ("he", "she"), SUBJECTS[tok]
        elif tok == "her":  # "her phone" -> "your phone"; "told her", "watched her leave" -> "you"
            owned = bool(nxt) and nxt not in FUNCTION and not nxt.endswith("ing")
            tok = "your" if owned and (prev not in _PERCEIVE or nxt in _OWNED) else "you"
        elif tok == "his":
            tok = "your" if nxt and nxt not in FUNCTION else "yours"
        out.append(OBJECTS.get(tok, tok))
        i += 1
    return out


def _drop_insults(words: list[str]) -> list[str]:
    """Cut a clause holding "should"; remove insults with the words that led up to them."""
    judged = [n for n, w in enumerate(words) if w in ("should", "shouldn't")]
    if judged:
        words = words[: max((n for n in range(judged[0]) if words[n] in _CLAUSE), default=0)]
    out: list[str] = []
    for word in words:
        if is_insult(word):
            while out and (out[-1] in _MODIFIERS or is_insult(out[-1])):
                out.pop()
        else:
            out.append(word)
    return out


def _finish(words: list[str], limit: int) -> str:
    """Cut to ``limit`` words (before a conjunction if possible), restore "I"; "" if nothing is left."""
    cut = len(words) > limit
    if cut:
        cuts = [k for k in range(max(2, limit // 2), limit + 1) if words[k].lower() in CONJ]
        words = words[: cuts[-1] if cuts else limit]
    while words and (words[-1].lower() in CONJ or cut and words[-1].lower() in DANGLING):
        words = words[:-1]
    while words and words[0].lower() in CONJ:
        words = words[1:]
    if words != ["you"] and (all(w in _EMPTY for w in words) or _UNSURE.match(" ".join(words))):
        return ""
    return " ".join(w.capitalize() if w == "i" or w.startswith("i'") else w for w in words)


def observation_from(trigger: str) -> str | None:
    """Rewrite what happened as an observation addressed to the partner, or None if it blames."""
    text = " ".join(_clean(trigger))
    if any(is_insult(w) for w in text.split()) or _BLAME.search(text):
        return None
    return _finish(_address_partner(_TRIGGER_LEAD.sub("", text).split()), MAX_OBSERVATION) or None


def feeling_from(answer: str) -> str:
    """Turn the deeper-feeling answer into words that fit after "I felt "."""
    text = _FEELING_LEAD.sub("", " ".join(_clean(answer)))
    return _finish(_drop_insults(_address_partner(text.split())), MAX_FEELING) or DEFAULT_FEELING


def need_from(answer: str) -> str:
    """Turn the need answer into words that fit after "I need "."""
    text = _NEED_LEAD.sub("", " ".join(_clean(answer)))
    words = _drop_insults(_address_partner(text.replace("he'd", "he would").split()))
    if words[:2] == ["for", "you"]:
        words = words[1:]  # for him to listen -> you to listen
    if words[:1] == ["you"] and len(words) > 1 and words[1] != "to":  # wish he would listen / he cared
        rest = words[2:] if words[1] in MODALS else words[1:]
        k = next((n for n, w in enumerate(rest) if w not in ADVERBS), len(rest))
        if k < len(rest) and (words[1] in MODALS or (_base(rest[k]) != rest[k] and not _is_s_verb(rest[k]))):
            words = ["you", "to"] + rest[:k] + [_base(rest[k])] + rest[k + 1:]
    if words and (words[0] in BARE_VERBS or words[0] in _GERUNDS):
        words = ["to", _GERUNDS.get(words[0], words[0])] + words[1:]  # feel important -> to feel important
    if words[:1] == ["that"]:
        words = ["to", "know"] + words
    elif words[:2] == ["to", "know"] and words[2:] and words[2] not in _words("that how what if why whether"):
        words = ["to", "know", "that"] + words[2:]
    return _finish(words, MAX_NEED) or DEFAULT_NEED


def parts_from(trigger: str, deeper_feeling: str, need: str) -> PhraseParts:
    """Prepare all three fillers, trimming the longest while together they exceed the budget."""
    observation = observation_from(trigger)
    texts = [observation or "", feeling_from(deeper_feeling), need_from(need)]
    while observation is not None and sum(len(t.split()) for t in texts) > MAX_TOTAL_WORDS:
        k = max(range(3), key=lambda n: len(texts[n].split()))
        words = texts[k].split()
        texts[k] = _finish(words, len(words) - 1) or " ".join(words[:-1])
    return PhraseParts(texts[0] if observation is not None else None, texts[1], texts[2])


def render(template: str, parts: PhraseParts) -> str:
    """Fill {observation}, {feeling} and {need}; tidy spacing and capitals."""
    values = {"observation": parts.observation or "", "feeling": parts.feeling, "need": parts.need}
    text = re.sub(r"\{(observation|feeling|need)\}", lambda m: values[m.group(1)], template)
    text = re.sub(r"\bi\b", "I", re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip())
    return text[:1].upper() + text[1:]
