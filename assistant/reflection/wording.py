"""Shared wording tools for spoken answers: cleaning, lexicons, verb forms and rendering.

Used both by :mod:`assistant.reflection.phrase` (what the user could say to the partner) and by
:mod:`assistant.reflection.readback` (what the assistant reads back to the user). Answers come from speech
recognition (lowercase, no punctuation, fillers). Pure standard library, no Rasa import.
"""

from __future__ import annotations

import re

from assistant.text import is_filler
from assistant.text import tokens as spoken_tokens


def words(text: str) -> frozenset[str]:
    """Build a word set from a space-separated string."""
    return frozenset(text.split())


def pairs(text: str) -> dict[str, str]:
    """Build a mapping from space-separated ``key:value`` pairs."""
    return dict(pair.split(":") for pair in text.split())


INSULTS = words("idiot idiots idiotic stupid stupidity selfish selfishness lazy laziness jerk jerks asshole "
                "useless pathetic bitch bitchy bastard moron morons moronic dumb dumbass crazy psycho ridiculous "
                "disgusting loser losers liar liars worthless hate hates hated hating hateful damn dammit goddamn "
                "fuck crap crappy retard slut whore dick prick cunt twat pig slob clown narcissist narcissistic "
                "toxic childish immature inconsiderate shutup nag nags nagging naggy whiny whiner clingy needy "
                "heartless spoiled brat ungrateful")
_INSULT_STEMS = ("fuck", "shit", "bitch", "bastard", "asshole", "idiot", "moron", "dumbass", "retard")
PROFANITY_STEMS = ("fuck", "shit", "damn", "dammit", "goddamn", "crap", "freaking", "frigging", "bloody")
FILLERS = words("basically honestly")
"""Dropped from the wording besides the sounds assistant.text calls fillers ("um", "hmm")."""
_LIKE_KEEP = words("felt feel feels feeling would i'd looks looked look seems seemed sounds more something")
_LIKE_CLAUSE = words("my his her their i i'm he she they he's she's they're nobody nothing everything everyone no someone "
                     "somebody we we're you you're it it's there there's everybody our your")
"""After "like", these start a clause that says what the feeling was like ("worthless, like my dreams ...")."""
_LIKE_LEAD = words("was is it's were are and but i'm he's she's they're we're you're guess mean")
PARTNERS = words("wife husband partner boyfriend girlfriend spouse fiance fiancee")
AGREE = pairs("is:are was:were has:have does:do doesn't:don't isn't:aren't wasn't:weren't hasn't:haven't")
NEGATE = pairs("is:isn't are:aren't was:wasn't were:weren't has:hasn't have:haven't had:hadn't will:won't "
               "would:wouldn't can:can't could:couldn't do:don't does:doesn't did:didn't")
IRREGULAR = pairs("forgot:forget came:come said:say told:tell took:take gave:give made:make went:go saw:see "
                  "thought:think asked:ask got:get bought:buy brought:bring did:do had:have heard:hear knew:know "
                  "left:leave kept:keep felt:feel found:find sent:send spent:spend spoke:speak wrote:write ate:eat "
                  "sat:sit held:hold meant:mean paid:pay met:meet ran:run drove:drive understood:understand "
                  "added:add invited:invite created:create decided:decide included:include agreed:agree "
                  "changed:change was:be were:be")
ADVERBS = words("just really still also even often usually sometimes only already actually barely hardly totally "
                "completely simply suddenly once again ever literally maybe")
MODALS = words("would could will can might")
BARE_VERBS = words("feel know be have hear talk spend see understand trust matter belong connect share rest relax "
                   "go come stay say tell ask hold listen speak sit do get keep find")
ACTION_VERBS = BARE_VERBS | words(
    "take cook eat watch walk make cuddle hug kiss dance play read plan visit travel try start call text hang lie "
    "put turn leave bake run hike swim ride drive sleep chat laugh grab meet catch sing explore learn join help "
    "check give bring look wake unwind snuggle build notice stop smile thank answer reply respond show put sit")
GERUNDS = pairs("feeling:feel knowing:know being:be having:have hearing:hear talking:talk spending:spend")
CONJ = words("and but because so cause while when whenever or since although though until even")
CLAUSE = CONJ | words("that then if after before as where")
MODIFIERS = words("a an the so such really very total complete being be is are was were like just kind of")
DANGLING = CONJ | MODIFIERS | words("actually basically also my your his her their our to of with for about at in on by from that toward "
                                    "towards without into onto through all every each some any")
_EMPTY = DANGLING | words("i i'm me you he him she it we us they them this")
FUNCTION = _EMPTY | ADVERBS | words(
    "mine yours hers its these those am been do does did have has had will would can could may might must "
    "never not no yes now then here there today tonight yesterday later earlier again back home away too up down "
    "out off over into what who how why which all some any every each other much more most bit")
_PHRASE_FILLERS = re.compile(r"\b(?:you know|i mean(?! (?:something|anything|nothing|a lot|much))|"
                             r"kind of|sort of|kinda|sorta)\b")
_TRAILING_VAGUE = re.compile(r"\b(?:or whatever|or something(?: like that)?|or anything|and stuff|and everything|"
                             r"(?:i guess )?(?:is that (?:enough|okay|ok|right|fine|what you mean|what you meant)|does that (?:count|make "
                             r"sense|work))$|(?:which|that|and that|i know (?:that|it))(?: is|'s)? (?:probably |kind of |a bit |so )?"
                             r"(?:silly|dumb|stupid|ridiculous|childish|petty|irrational|a lot)(?: (?:i know|lol|haha|honestly))?$)\b")
"""Vague tails that say nothing ("for fishing or whatever"), and a feeling waved off at its end ("like a
loser which is silly"); "whatever" alone can be contempt."""
_ABSOLUTES = re.compile(r"\b(?:all the time|always|constantly|for once|for a change)\b")
BLAME = re.compile(r"\b(?:should|shouldn't|shoulda|made me|makes me|make me|making me|shut up)\b")
KIND_MAKE_ME = ("a|an|some|the|my|coffee|tea|breakfast|lunch|dinner|laugh|smile|"  # "you made me coffee" is kind
                "feel (?:so |really |truly )?(?:special|loved|safe|good|better|happy|cared for|wanted|seen|appreciated|"
                "beautiful|welcome|at home)")
KIND_BLAME = re.compile(  # BLAME for moments that can be kind: "he made me coffee" passes
    rf"\b(?:should|shouldn't|shoulda|shut up|(?:made|makes|make|making) me(?! (?:{KIND_MAKE_ME})\b))\b")
_BASE_RULES = [(re.compile(pattern), repl) for pattern, repl in (
    (r"eed$", "eed"), (r"(\w\w)ied$", r"\1y"), (r"ied$", "ie"),  # need; tried -> try; lied -> lie
    (r"(\w)([bcdgkmnprt])\2ed$", r"\1\2"),  # stopped -> stop, hugged -> hug
    (r"^([^aeiouy]*[aeiou][^aeiouwxy]|\w*(?:[cvu]|[^n]g|[^s]s|[^aeiou][aiou]r|[^aeiouylrw]l|[^z]z))ed$", r"\1e"),
    (r"ed$", ""),  # the rule above restores an e: liked, noticed, judged, used, ignored, handled
    (r"(\w\w)ies$", r"\1y"), (r"(ch|sh|ss|x|zz|o)es$", r"\1"), (r"([^su'])s$", r"\1"), (r"$", ""))]
_UNSURE = re.compile(r"^(?:i )?(?:don't know|dunno|not sure|no idea|nothing|i'm not sure)$")
YES_NO = words("yes yeah yep yup yea no nope nah okay ok sure right alright correct exactly")
"""A bare yes or no answers the question, but is never a feeling or a need in a phrase."""
SELF_WORDS = words("stupid worthless useless pathetic ridiculous dumb crazy childish immature disgusting loser")
"""Words that insult when said of the partner, but describe the speaker after "I felt" ("I felt stupid")."""



def is_insult(word: str) -> bool:
    """Tell whether one lowercase word belongs to the insult and contempt lexicon."""
    return word in INSULTS or word.startswith(_INSULT_STEMS)


_UNHURRIED = words("morning mornings day days sunday sundays saturday saturdays weekend weekends afternoon afternoons "
                   "evening evenings night nights breakfast brunch start lie-in")
"""After "lazy", a slow, easy time ("one lazy morning"), not an insult."""


_HATE = words("hate hates hated hating")
_DISLIKED = words("to being feeling how")
"""After "i hate", what one dislikes doing or feeling ("i hate asking for money"), not contempt for anyone."""
_PEOPLE = words("him her you them me us his your their my our he she they we i it when that what the way everyone "
                "everybody people he's she's hes shes always is was")


def _own_dislike(words_: list[str], i: int) -> bool:
    """"i hate asking for money", "i hate phone calls", "cats hating mondays": a dislike, not contempt
    for a person ("i hate him", "he hates my friends", "i hate it when he ...")."""
    at = lambda k: words_[k] if 0 <= k < len(words_) else ""
    prev, nxt = at(i - 1), at(i + 1)
    if prev == "i":
        return nxt in _DISLIKED or (nxt.endswith("ing") and len(nxt) > 4) or (nxt == "that" and at(i + 2) in ("i", "i'm", "i've")) \
            or (bool(nxt) and nxt not in _PEOPLE and nxt not in INSULTS)
    return prev.endswith("s") and prev not in _PEOPLE and "'" not in prev  # "cats hating mondays"


def insult_in(words_: list[str], i: int) -> bool:
    """Tell whether the word at ``words_[i]`` insults, reading its neighbours: "a lazy sunday" and
    "i hate asking for money" do not."""
    nxt = words_[i + 1] if i + 1 < len(words_) else ""
    own = words_[i] in _HATE and _own_dislike(words_, i)
    return is_insult(words_[i]) and not (words_[i] == "lazy" and nxt in _UNHURRIED) and not own


def _past_verb(word: str | None) -> bool:
    """A past-tense verb: "he like sat there", "she like wanted to cuddle" hold a filler "like"."""
    return bool(word) and (word in IRREGULAR or word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4
                                                                           and word not in _NOT_PAST))


_NOT_PAST = words("need bed red shed bleed feed seed speed weed indeed hundred")
_IRREGULAR_PAST = words("stood sat ran brought bought thought caught taught held kept left felt met paid sent spent built lost won "
                        "wrote drove rode spoke broke chose woke fell hid threw knew grew drew flew wore swore fought sang began "
                        "drank ate got found heard hung led lit read slept stuck understood put let set cut shut hit gave came "
                        "did had was were")


def clean(text: str) -> list[str]:
    """Lowercase a spoken answer, drop fillers and absolutes, and repair contractions."""
    text = text.lower().replace("shut up", "shutup")
    text = _ABSOLUTES.sub(" ", _PHRASE_FILLERS.sub(" um ", text))  # a phrase filler becomes a plain "um"
    text = _TRAILING_VAGUE.sub(" ", text)
    tokens = spoken_tokens(re.sub(r"\bevery (?:single )?time\b", " when ", text))
    out: list[str] = []
    after_filler = False
    for i, tok in enumerate(tokens):
        nxt, prev = tokens[i + 1] if i + 1 < len(tokens) else None, out[-1] if out else None
        after_filler = (
            tok in FILLERS or is_filler(tok) or (tok in ("so", "well") and prev is None) or (tok == "so" and nxt is None)
            or (tok == "like" and prev not in _LIKE_KEEP and not (prev is not None and nxt in _LIKE_CLAUSE)
                and (prev is None or nxt is None or after_filler or nxt in FILLERS or is_filler(nxt or "")
                     or prev in _LIKE_LEAD or _past_verb(nxt)))
        )
        if not after_filler and tok != prev:  # also drops stutters: "he he never"
            out.append(tok)
    return out


def base(verb: str) -> str:
    """Return the base form of a past (irregular or -ed) or third-person -s verb."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    pattern, repl = next((p, r) for p, r in _BASE_RULES if p.search(verb))
    return pattern.sub(repl, verb)


def gerund_base(word: str) -> str:
    """Return the base form of an -ing word ("asking" -> "ask", "putting" -> "put"), else the word."""
    if word in GERUNDS:
        return GERUNDS[word]
    if not word.endswith("ing") or len(word) < 6 or word.endswith("thing"):
        return word
    return base(word[:-3] + "ed")


def is_s_verb(word: str) -> bool:
    """Tell whether a word looks like a third-person present verb ("ignores", "watches")."""
    return word.endswith("s") and "'" not in word and word not in FUNCTION and base(word) != word


def negate(tokens: list[str], i: int, out: list[str], pending: bool) -> int:
    """Rewrite the "never" at ``tokens[i]`` as a plain negation in ``out``; return the next index.

    ``pending`` tells that the subject just became "you" and the verb still has to agree.
    """
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
    elif verb and verb not in FUNCTION and "'" not in verb and not verb.endswith("self"):  # not "never she's"
        past = verb in IRREGULAR or (verb.endswith("ed") and not verb.endswith("eed"))
        aux = "didn't" if past else "doesn't" if is_s_verb(verb) and not pending else "don't"
        out.extend([aux] + tokens[i + 1:j] + [base(verb)])
        return j + 1
    return i + 1  # any other "never" is simply dropped


def soften_never(tokens: list[str]) -> list[str]:
    """Rewrite every "never" as a plain negation: "he never listens" -> "he doesn't listen"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "never":
            i = negate(tokens, i, out, False)
        else:
            out.append(tokens[i])
            i += 1
    return out


_KIND_AFTER_ME = re.compile(r"(?:laugh|smile|coffee|tea|breakfast|lunch|dinner|(?:so |really )?(?:happier|happy|calmer|stronger)|"
                            r"feel (?:so |really |truly )?(?:special|loved|safe|"
                            r"good|better|happy|cared for|wanted|seen|appreciated|beautiful|welcome|at home))\b")
"""After "make me", what a kind moment holds ("he still wants to make me smile"); "make me the joke" still judges."""


_JOKE_OF_ME = re.compile(r"\b(make|makes|made|making) me (?:the|a|into the|into a) (?:joke|punchline|butt of (?:the|every|all the|their) "
                         r"jokes?|laughing stock)\b")
"""Being made "the joke" is a need said plainly once reworded ("not make jokes about me"), not a blame to cut."""


def drop_insults(tokens: list[str], keep: frozenset[str] = frozenset()) -> list[str]:
    """Cut a clause holding "should" or "made me"; remove insults with the words that led up to them
    (except the words in ``keep``)."""
    said = _JOKE_OF_ME.sub(r"\1 jokes about me", " ".join(tokens))
    tokens = re.sub(r"\b(me|us|up|back|out) not (make|makes|made|making) jokes", r"\1 and not \2 jokes", said).split()
    judged = [n for n, w in enumerate(tokens) if w in ("should", "shouldn't")
              or (w in ("make", "makes", "made", "making") and tokens[n + 1:n + 2] == ["me"]
                  and not _KIND_AFTER_ME.match(" ".join(tokens[n + 2:n + 6])))]
    if judged:  # "him to protect me not make me the joke" keeps "him to protect me"
        tokens = tokens[: max((n for n in range(judged[0]) if tokens[n] in CLAUSE or tokens[n] in ("not", "instead", "rather")),
                              default=0)]
    out: list[str] = []
    for n, word in enumerate(tokens):
        if insult_in(tokens, n) and word not in keep:
            while out and (out[-1] in MODIFIERS or is_insult(out[-1])):
                out.pop()
        else:
            out.append(word)
    return out


_SUBJECT_LEFT = words("i i'm he she we they he's she's we're they're it's there's")
"""A subject left at the end of a cut ("when I tried to start something last night I"): it goes too."""
CUT_BEFORE = words("like without")
"""Besides a conjunction, where a cut may fall: before a comparison, or a "without" that starts a clause."""


def finish(tokens: list[str], limit: int) -> str:
    """Cut to ``limit`` words (before a conjunction if possible), restore "I"; "" if nothing is left."""
    cut = len(tokens) > limit
    if cut:  # before a conjunction or a "like" that starts a comparison
        cuts = [k for k in range(max(2, limit // 2), limit + 1) if tokens[k].lower() in CONJ or tokens[k].lower() in CUT_BEFORE]
        if not cuts:  # rather a whole first clause than a verb cut from its object ("... have to face")
            cuts = [k for k in range(max(3, limit // 3), limit // 2) if tokens[k].lower() in CONJ]
        tokens = tokens[: cuts[-1] if cuts else limit]
    while tokens and (tokens[-1].lower() in CONJ or cut and (tokens[-1].lower() in DANGLING or tokens[-1].lower() in _SUBJECT_LEFT)):
        if tokens[-2:] == ["a", "while"]:  # "for a while" ends with a noun, not a conjunction
            break
        cut, tokens = cut or tokens[-1].lower() in CONJ, tokens[:-1]
    while tokens and tokens[0].lower() in CONJ:
        tokens = tokens[1:]
    if tokens != ["you"] and (all(w in _EMPTY or w in YES_NO for w in tokens) or _UNSURE.match(" ".join(tokens))):
        return ""
    return " ".join(w.capitalize() if w == "i" or w.startswith("i'") else w for w in tokens)


