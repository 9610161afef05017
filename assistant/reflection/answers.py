"""Sort spoken answers of the resentment exercise (trigger, emotion, reaction, deeper feeling, need) into its steps.

People often answer another step than the one asked, or two at once; this module finds the steps an answer covers,
tells "i don't know" from content and reads corrections at the read-back. Answers come from speech recognition
(lowercase, no punctuation, fillers). Standard library only, no user-facing sentences.
"""

from __future__ import annotations

import re

from assistant.reflection.exercises import EXERCISES
from assistant.text import normal

RESENTMENT_STEPS = EXERCISES["resentment"].step_names
_FEELINGS = frozenset({"emotion", "deeper_feeling"})
_SAID_FILLERS = re.compile(r"\b(?:you know|i mean)\b")
_ADV = (r"(?:just|really|so|very|kind of|sort of|kinda|sorta|a bit|a little|little|bit|pretty|super|quite|"
        r"totally|completely|like|more|mostly|actually|honestly|also|even|deeply|incredibly|extremely|too|then|"
        r"finally|immediately|basically|only|still|already|i guess|i think|guess|probably|maybe|definitely|"
        r"somewhat|at first|first|initially|underneath|deep down|inside|all|of)")
_REACTIVE = (
    "(?:angry|mad|annoyed|irritated|frustrated|furious|fed up|numb|shut down|defensive|jealous|pissed|pissed off|livid|"
    "resentful|bitter|upset|exasperated|impatient|worked up|tired|exhausted|overwhelmed|stressed|annoying|frustrating|"
    "infuriating|anger|rage|fury|frustration|irritation|annoyance|jealousy|resentment)")
_TENDER = (
    "(?:hurt|sad|lonely|alone|scared|afraid|terrified|anxious|worried|nervous|rejected|unimportant|invisible|unloved|"
    "unwanted|not good enough|ashamed|embarrassed|humiliated|guilty|abandoned|disappointed|insecure|left out|ignored|"
    "unheard|dismissed|neglected|forgotten|taken for granted|unappreciated|worthless|helpless|vulnerable|small|"
    "heartbroken|betrayed|excluded|let down|pushed away|brushed off|unnoticed|unseen|overlooked|disrespected|"
    "unsupported|unvalued|judged|misunderstood|replaced|second best|an afterthought|not (?:important|heard|seen|loved|wanted|enough)|"
    "like i (?:don't|didn't) matter|like i wasn't important|like (?:he|she|they) (?:don't|doesn't|didn't) care|"
    "like a burden|shame|sadness|loneliness|fear|grief|rejection|insecurity|disappointment|guilt)")
_REACT = (
    "(?:went quiet|got quiet|stayed quiet|kept quiet|went silent|fell silent|was quiet|snapped|yelled|shouted|screamed|"
    "raised my voice|lost it|lost my temper|left|walked away|walked out|walked off|stormed off|stormed out|slammed|"
    "ignored (?:him|her|them|it|his|the)|gave (?:him|her|them) the silent treatment|silent treatment|cried|broke down|"
    "went to (?:bed|sleep|my room)|went (?:out|outside|for a walk)|scrolled|(?:was|got|went) on my phone|hung up|"
    "said (?:something|nothing|some)|didn't (?:say|talk|answer|respond|reply|text|call|look|speak|react|do)|hid|"
    "stopped \\w+ing|started (?!feeling)\\w+ing|shut (?:the door|him out|her out)|rolled my eyes|pulled away|withdrew|"
    "turned away|locked myself|criticized|blamed|complained|argued|lashed out|picked a fight|made a (?:\\w+ )?comment|"
    "was (?:cold|short|rude|mean|sarcastic|snappy|distant)|acted like|pretended|sighed|stomped|threw|sulked|swore|"
    "told (?:him|her|them) off|got defensive|did nothing|froze|gave in|kept scrolling|watched tv|exploded|blew up|"
    "said (?:that|we|i|it|he|she|they|ok|okay|fine|sorry|no|yes)|told (?:him|her|them)|asked (?:him|her|them))")
_NV = "(?:feel|be|know|have|hear|matter|talk|connect|get|spend|see|understand|share|trust|belong|hug|hold|listen|ask|" \
      "say|tell|help|notice|care|come|stay|show)"
_NEED_NOUN = (
    "(?:reassurance|attention|a hug|hugs|respect|comfort|support|affection|closeness|connection|appreciation|"
    "validation|understanding|acknowledgment|space|patience|kindness|an apology|apology|honesty|trust|warmth|help|"
    "recognition|tenderness|time together|quality time|some time|time with (?:him|her|them)|a break|a kiss|love)")
_FEEL = re.compile(
    rf"(?:^|\bi(?: {_ADV})* (?:felt|feel|feeling|was|am|got|get|getting|became|went|kept feeling)|"
    rf"\b(?:i'm|me|it|that|this|feeling|felt))(?: {_ADV})*(?: (?:feeling|feel|felt|was|is|made me feel|made me|"
    rf"makes me feel|makes me|left me feeling|left me|started to feel|started feeling))?(?: {_ADV})* "
    rf"(?:(?P<r>{_REACTIVE})|(?P<t>{_TENDER}))\b")
_REACTION = re.compile(rf"(?:^|\bi\b)(?: {_ADV})* {_REACT}\b")
_NEED = re.compile(
    rf"(?:^|(?<!\bthan )(?<!\bas )\b(?:i|we)\b)(?: {_ADV})* (?:need|needed|(?:want|wanted|wish|wished|was hoping|hoped|longed|craved)"
    rf"\b(?! to (?!{_NV}\b)))\b|\b(?:i'd|would)(?: have)? (?:like|liked|love|loved)\b(?! to (?!{_NV}\b))|"
    rf"\b(?:would(?: have|'ve) been nice|if only)\b|^(?: {_ADV})* (?:to {_NV}|(?:for )?(?:him|her|them) to|"
    rf"(?:some |more |his |her |their |a little |just )*{_NEED_NOUN})\b")
_TRIGGER = re.compile(r"^ (?:what (?:really )?happened|it (?:was|happened|all started|started) when|it's when|"
                      r"the thing (?:that happened )?was|when (?:he|she|they|my)\b)")
_DEEP_MARK = re.compile(r"\b(?:underneath|deep down|beneath|deeper|under (?:that|it|all)|inside)\b")
_FIRST_MARK = re.compile(r"\b(?:at first|initially|first (?:i|thing)|my first)\b")
_REPORT = frozenset("said says told tells thinks thought called claimed claims accused implied".split())
_PARTNER = frozenset("he she they him her them partner husband wife boyfriend girlfriend".split())
_SUBJECTS = frozenset("i i'm i'd i've we it that this he she they he's she's they're my there you".split())
_EDGE = frozenset("and then so but because cause well like okay ok oh also".split())
_BECAUSE = frozenset("because cause 'cause coz cuz".split())
_NO = re.compile(r"^(?:no(?! one)|nope|nah|not quite|not really|not exactly|actually|well|wait|sorry|oh|okay|"
                 r"that's (?:not (?:quite )?right|wrong|not it|not true|not what i said)|wrong|you got it wrong|"
                 r"i meant|rather|it was more like|it's more like|more like)\b ?")
_LEADS = (  # explicit lead-ins name the step whatever follows
    ("trigger", r"what (?:really )?happened (?:was|is)|the thing that happened was|it (?:was|happened|started) when"),
    ("emotion", r"the first thing i felt (?:was|is)|my first (?:feeling|emotion) (?:was|is)|at first it was"),
    ("deeper_feeling", r"the (?:feeling|thing|emotion) underneath (?:it |all )?(?:was|is)|the deeper feeling was"),
    ("reaction", r"what i did was|my reaction was"), ("need", r"what i (?:really )?(?:needed|wanted) was"))
_FEELS_LIKE = re.compile(r"\bi (?:feel|felt|was feeling|am feeling) like\b|^(?:(?:it's|its|so) )*like (?:a|an|i'm|i)\b")
_MARKER = re.compile(r"^(?:(?:at first|first|initially|underneath|deep down|underneath it all) )+")
_NEGATED = re.compile(r"^(?:i|i'm|it|that|it's|that's|he|she|they) (?:didn't|wasn't|isn't|don't|doesn't|not|never)\b")
_PARTNER_FIRST = re.compile(r"(?:he|she|they|he's|she's|they're|my (?:partner|husband|wife|boyfriend|girlfriend))\b")
_NOT_BEFORE_NEED = frozenset("like that than as if scared afraid worried terrified fear feel felt think thought knowing "
                             "realizing because cause when".split())
"""After these a need is what the feeling is about ("scared i need too much"), not a need of its own."""
_RESTART = re.compile(r" (?=(?:i|i'm|it|it's|he|she|they|my|what)\b)")


def _clean(text: str) -> str:
    """The shared normal form (assistant.text: lowercase, no punctuation or fillers, contractions
    repaired), without "you know" and "i mean" either."""
    return " ".join(_SAID_FILLERS.sub(" ", normal(text)).split())


def _reported(before: str) -> bool:
    """Tell whether what follows is the partner's words about me ("he said i was jealous")."""
    words = set(before.split()[-8:])  # "she said god can you just leave me alone"
    return bool(words & _REPORT and words & _PARTNER)


def _kinds(text: str) -> dict[str, int]:
    """Map each step the text shows clear evidence for to where that evidence starts."""
    s, found = " " + _clean(text), {}
    for kind, rx in (("need", _NEED), ("reaction", _REACTION), ("feeling", _FEEL)):
        m = next((m for m in rx.finditer(s) if not _reported(s[:m.start()])), None)
        if m and kind == "feeling":
            kind = "deeper_feeling" if m.group("t") else "emotion"
            kind = "deeper_feeling" if _DEEP_MARK.search(s) else "emotion" if _FIRST_MARK.search(s) else kind
        if m:
            found[kind] = m.start()
    if not found and _TRIGGER.search(s):
        found["trigger"] = 0
    return found


def tells_a_feeling(text: str) -> bool:
    """Does the text name a feeling ("lonely and mad", "hurt i think")? Asked how they felt, such an
    answer is the answer, even where a feeling word also names an exercise (lonely, hurt)."""
    return bool(_kinds(text).keys() & _FEELINGS)


def _earliest(kinds: dict[str, int]) -> str:
    """The step whose evidence comes first."""
    return min(kinds, key=lambda k: (kinds[k], RESENTMENT_STEPS.index(k)))


def _segments(norms: list[str]) -> list[tuple[int, int, str]]:
    """Token ranges between connectives (so, and then, and, because, but), each with the connective before it."""
    segs, start, conn, i = [], 0, "", 0
    while i < len(norms):
        word, nxt = norms[i], next((n for n in norms[i + 1:] if n), "")
        if word in _BECAUSE or word in ("and", "but") or (word == "so" and nxt in _SUBJECTS | {"then"}):
            width = 2 if word in ("and", "so") and nxt in ("then", "so") and norms[i + 1] == nxt else 1
            segs.append((start, i, conn))
            start, conn, i = i + width, " ".join(norms[i:i + width]), i + width
        else:
            i += 1
    return [seg for seg in segs + [(start, len(norms), conn)] if any(norms[seg[0]:seg[1]])]


def split_answer(text: str, asked: str) -> dict[str, str]:
    """The answer to the step `asked`, spread over the steps it actually answers.

    Fitting or unclear answers stay with `asked`; one with clear evidence for another step only moves there;
    a two-in-one answer is split at a connective (so, and then, and, because, but) when its sides belong to
    different steps. A blank answer answers nothing ({}).
    """
    if asked not in RESENTMENT_STEPS:
        raise ValueError(f"unknown step: {asked!r}")
    whole = text.strip()
    toks, norms = whole.split(), [_clean(t) for t in whole.split()]
    groups: list[list] = []  # [label, first token, end token, text of its last segment]; label None: not yet clear
    subject = "i"
    for start, end, conn in _segments(norms):
        seg = " ".join(n for n in norms[start:end] if n)
        if seg.split()[0] in _SUBJECTS:  # a segment without a subject ("and left again") continues the last one
            subject = "partner" if _PARTNER_FIRST.match(seg) else "i"
        kinds = _kinds(seg) if subject == "i" or seg.split()[0] in _SUBJECTS else {}
        label = asked if asked in kinds else _earliest(kinds) if kinds else None
        if groups and groups[0][0] is None and label:  # an unclear start is the trigger, or leads into this part
            feels = asked in _FEELINGS and _FEELS_LIKE.search(" ".join(n for n in norms[groups[0][1]:groups[0][2]] if n))  # "i feel like a guest ... and i need"
            groups[0][0] = "trigger" if asked == "trigger" else asked if feels else label
        prev = groups[-1] if groups else None
        split_ok = label == "deeper_feeling" and (conn in _BECAUSE or conn in ("but", "and then", "so then")) or bool(
            _DEEP_MARK.search(seg) or prev and _FIRST_MARK.search(prev[3]))  # angry... because/underneath... hurt
        if prev and (label in (None, prev[0]) or {prev[0], label} == _FEELINGS and not split_ok):
            prev[2:] = [end, seg]
        else:
            groups.append([label, start, end, seg])
    if asked == "trigger" and groups and groups[0][0] == "reaction" and all(g[0] != "trigger" for g in groups) \
            and _PARTNER_FIRST.match(" ".join(n for n in norms[groups[0][1]:groups[0][2]] if n)):
        groups[0][0] = "trigger"  # "he rolled his eyes when i asked him ...": what the partner did is the moment asked for
    other = next((g for g in groups if g[0] in _FEELINGS), None)
    if asked in _FEELINGS and other and all(g[0] != asked for g in groups):  # "hurt" is fine for emotion & v.v.
        other[0] = asked
    if len(groups) < 2:  # one step: stay unless the evidence clearly points elsewhere
        kinds = _kinds(whole)
        cleaned = " " + _clean(whole)
        if asked in _FEELINGS and "need" in kinds and kinds["need"] > kinds.get(asked, kinds.get("deeper_feeling", 10**6)):
            before, after = cleaned[:kinds["need"]].split(), cleaned[kinds["need"]:].split()
            if before and after[:1] == ["i"] and before[-1] not in _NOT_BEFORE_NEED:  # "unnoticed i guess i wanted her to see me"
                return {asked: " ".join(before), "need": " ".join(after)}  # a trigger never moves; emotion and deeper feeling accept either kind of feeling
        keep = asked == "trigger" or not kinds or any(k == asked or {k, asked} <= _FEELINGS for k in kinds)
        return {asked if keep else _earliest(kinds): whole} if groups else {}
    result: dict[str, str] = {}
    for label, start, end, _ in groups:  # each part without fillers or connectives at its edges
        inner = [i for i in range(start, end) if norms[i] and norms[i] not in _EDGE]
        if not inner:
            continue
        words = " ".join(toks[inner[0]:inner[-1] + 1])
        result[label] = f"{result[label]} {words}" if label in result else words
    return result


_UNSURE_LEAD = r"i don't know|dunno|not sure|i'm not sure"
"""Not knowing yet, said before a pause or a vague opening (shared by both patterns)."""
_PAUSE_ONE = (
    rf"(?:(?:okay|ok|so|well|right|oh|hmm+|hm+|wait|yeah|like|sorry|ugh|{_UNSURE_LEAD}) )*(?:let me (?:think|see|remember)(?: (?:about it|(?:for )?(?:a|one) "
    r"(?:sec|second|minute|moment)))?|give me (?:a|one) (?:sec|second|minute|moment)|(?:one|just a|a) (?:sec|second|minute|moment)|"
    r"hold on|hang on|i need (?:a|to think for a) (?:sec|second|minute|moment)|(?:i'm |still )?thinking|good question|"
    r"that's a (?:good|hard|tough|big|deep|loaded) (?:one|question)|(?:big|tough|hard|deep) question|"
    r"(?:ugh |oof |wow )?(?:this|that|it)(?:'s| is) (?:the|a) (?:hard|tough|difficult|tricky) (?:part|one|bit)|"
    r"(?:sorry )?i'm (?:crying|tearing up|welling up|getting (?:emotional|teary|all teary)|emotional|(?:a bit |a little |so )?teary)"
    r"(?: (?:a bit|a little|sorry|here|again))*|"
    r"(?:this|it|that)(?:'s| is) (?:so |really |kind of )?(?:hard|tough|difficult) to (?:say|put into words|talk about|answer|admit)|"
    r"how (?:do|should|can) i (?:say|put|explain|word) (?:this|it|that)(?: exactly)?|"
    r"(?:can|could|may) i (?:think|have a (?:sec|second|minute|moment)|get back to you)(?: (?:about|on) (?:that|it|this))?|"
    r"where do i (?:even )?(?:start|begin)|let me (?:pick|choose|find|think of) (?:one|a good one|which one|the one)|"
    r"(?:he|she|they) (?:does|do|did|tries|tried) (?:it|that|this) (?:a lot|all the time|so often|constantly|every day)(?: actually| honestly)?)"
    r"(?: (?:okay|ok|please|though|hmm+|to think(?: about (?:it|that))?|which (?:part|one|bit)|isn't it|isnt it|huh|right))*"
    r"(?: (?:there's|theres|there are) (?:a few|so many|lots of|a lot of|too many) (?:things|of them|moments)|"
    r" (?:how|where) to (?:start|begin|put it|say it)|(?: about (?:that|it))?(?: for a (?:sec|second|minute|moment))?)?"
    r"(?: (?:it's|its|this is|that's|thats|it is) (?:a lot|hard|heavy|a big one|tough|a lot to think about))?")
_ASKED_BACK = (r"(?:(?:hmm+|hm+|um+|so|okay|ok) )*(?:how|what|when|where|why|who)(?:'s| (?:did|does|do|was|is|were|would|"
               r"should|could|made|makes))(?: [\w']+){0,6}? ")
_PAUSE = re.compile(rf"^(?:{_ASKED_BACK})?{_PAUSE_ONE}(?: {_PAUSE_ONE})*$")
"""Holding the turn: "hmm, that's a hard one, give me a second", "i don't know, let me think about that",
the question said back first ("hmm how did it make me feel, let me think")."""


_WHEN = r"(?:again|tonight|today|lately|recently|these days|all the time|last night|this evening|earlier|yesterday)"
_VAGUE = re.compile(
    rf"^(?:(?:{_UNSURE_LEAD}|i guess|just|honestly|well|so|um|uh|nothing much|nothing really)"
    r"(?: |$))*(?:(?:it's |it was |just |kind of |sort of |one of those |a |an )*(?:\w+ )?(?:day|night|week|evening|"
    r"weekend|time|mood|one|thing)s?(?: (?:with|for) (?:him|her|them|us|me|my \w+))?(?: (?:i guess|really|honestly|again|tonight|today))?)?$"
    # something went wrong, not what: "dinner went bad tonight", "dinner with my wife and our son went badly"
    r"|^(?:[\w']+ ){0,7}(?:went|was|got|turned) (?:really |so |kind of |pretty )?(?:bad|badly|wrong|sideways|south|weird|"
    r"awful|terrible|rough|horrible|sour)(?: again)?(?: (?:tonight|today|again|last night|this evening))?$"
    # a subject, not what happened: "money stuff with my husband", "something small happened on the couch",
    # "i found something in his drawer", "he's always working"
    r"|^(?:(?:just|um|so|well|honestly|the) )*(?:[\w']+ )?(?:stuff|things)(?: (?:with|about|at|around) (?:[\w']+ ){0,4}[\w']+)?$"
    r"|^(?:(?:um|so|well|honestly) )*(?:something|a thing)(?: small| little| weird| big| silly| stupid)? happened(?: (?:[\w']+ ){0,5}[\w']+)?"
    r"(?: (?:and|that) (?:it )?(?:just |really |kind of |sort of )?(?:stuck with me|stung|bothered me|got to me|stayed with me))?$"
    r"|^(?:(?:um|so|well|honestly) )*(?:i|we) found something(?: (?:in|on|at) (?:[\w']+ ){0,3}[\w']+)?$"
    r"|^(?:he's|she's|they're|my (?:husband|wife|partner|boyfriend|girlfriend)(?:'s| is)) (?:always|never|constantly) [\w']+$"
    # that something happened, not what: "my boyfriend lost it tonight", "we had this thing at his work dinner"
    r"|^(?:(?:um|so|well|honestly|like) )*(?:he|she|they|my [\w']+) (?:totally |kind of |just )?(?:lost it|lost (?:his|her|their) "
    r"(?:temper|cool|mind)|flipped out|freaked out|went off|(?:got|was|gets) (?:really |so |super |pretty |kind of )?(?:mad|angry|"
    r"upset|pissed|furious|weird)(?: (?:at|about|over|with) (?:me|us|(?:the |my |his |her |our )?[\w']+))?)"
    r"(?: (?:again|tonight|today|last night|this evening|earlier))*$"
    r"|^(?:(?:um|so|well|honestly|okay|ok|ugh|oof|like) )*(?:this|it)(?:'s| is| might be| may be) (?:kind of |a bit |a little |pretty |so |probably )?"
    r"(?:cheesy|silly|small|dumb|stupid|nothing|weird|random|minor)(?: (?:but|though|honestly))?$"
    r"|^(?:(?:um|so|well|honestly|okay|ok) )*(?:i'm )?not sure (?:if|whether) (?:this|it) counts$"
    r"|^(?:(?:um|so|well|honestly|okay|ok) )*(?:this|it)(?:'s| is) (?:about|regarding) (?:my (?:[\w']+ )?(?:partner|husband|wife|"
    r"boyfriend|girlfriend|fiance|fiancee|spouse)|us|him|her|them|my relationship)(?: [\w']+)?$"
    r"|^(?:(?:um|so|well|honestly|like) )*(?:we|i) had (?:this|a|that) (?:thing|moment|situation)(?: (?:at|with|about|during|after|in|on) "
    r"(?:[\w']+ ){0,4}[\w']+)?$"
    # the usual, not what: "just the usual, him and his mom"
    r"|^(?:(?:just|um|so|well|honestly|oh) )*(?:the usual|same old|same as always|the same old|the same thing)(?: [\w']+){0,5}$"
    # a subject in a word or two: "my birthday", "the fight tonight", "his mom again"
    r"|^(?:(?:um|so|well|honestly|just|uh) )*(?:my|his|her|our|their|the|this|that) (?:[\w']+ )?[\w']+"
    rf"(?: {_WHEN})*$"
    # that something odd was said, not what: "he said something weird tonight"
    rf"|^(?:(?:{_UNSURE_LEAD}|um|so|well|honestly|like) )*(?:he|she|they|my [\w']+) (?:said|did|says|does|texted|told me) "
    rf"(?:something|a thing|this thing)(?: (?:weird|odd|strange|off|funny))?(?: {_WHEN})*(?: (?:and|that) (?:it )?"
    r"(?:just |really |kind of )?(?:stuck with me|stung|hurt|bothered me|got to me|upset me|stayed with me)|"
    r" and i (?:don't|do not|didn't) know (?:what to (?:make of|think of|do with|say about) it|how to feel(?: about it)?))?"
    rf"(?: {_WHEN})*$"
    # a feeling, not a moment: "i feel so smothered by him", "i've been so lonely lately"
    r"|^(?:(?:um|so|well|honestly|just) )*i(?: feel| felt|'m| am| was|'ve been| have been| keep feeling)(?: "
    r"(?:so|really|just|kind of|very|pretty|super|a bit|a little|totally))* (?:smothered|crowded|suffocated|trapped|"
    r"ignored|lonely|alone|invisible|unappreciated|taken for granted|distant|disconnected|hurt|sad|angry|mad|frustrated|"
    rf"annoyed|upset|resentful)(?: (?:by|from|with|around|at) (?:him|her|them|my [\w']+))?(?: {_WHEN})*$")


_MOOD = re.compile(
    rf"^(?:(?:{_UNSURE_LEAD}|idk|just|honestly|well|so|um|uh|hmm+|kind of|sort of|kinda|a bit|a little|feeling|i'm|i feel|"
    r"i'm feeling|i am|pretty|really|so|super|very) )*(?:off|meh|blah|bleh|ugh|low|flat|down|weird|heavy|not great|not good|"
    rf"so so|whatever|idk|eh|stressed(?: out)?|grumpy|cranky|bummed(?: out)?|tired|exhausted|drained|worn out|wiped(?: out)?|"
    r"(?:it's been |it was |what )?(?:a )?(?:long|rough|hard|tough|busy|crazy|exhausting|weird|heavy) (?:day|week|night|evening|one)|"
    r"not (?:a )?(?:great|good|fun) (?:day|week|night|evening|one))"
    rf"(?: (?:{_WHEN}|honestly|really|tbh|i guess))*$")
"""Only a mood, no moment and no exercise ("kind of off tonight", "idk just blah", "meh tonight")."""


def is_mood_only(text: str) -> bool:
    """True when an opening only says how the evening feels ("meh tonight"): no exercise can be told
    from it, so the usual choices are offered rather than a moment kept."""
    return _MOOD.match(_clean(text)) is not None


def is_vague(text: str) -> bool:
    """True when an opening names no moment ("i don't know, just a weird day with him"): it is not kept
    as the answer to the first step, which is asked instead."""
    return _VAGUE.match(_clean(text)) is not None or is_mood_only(text)


_ASKED_BACK_ALONE = re.compile(r"^(?:(?:i guess|i mean|so|okay|ok|well|oh|gosh|geez|jeez|wow|man) )*(?:(?:how|what|when|where|why|who|which) (?:did|does|do|should|would|could|was|is|were|am|can) "
                               r"(?!you\b)(?:[\w']+ ){0,5}[\w']+|what (?:it|that|i|he|she|they|we) (?:meant|means|did|felt|feel|"
                               r"needed|need|wanted|want|miss|missed|would help|happened)(?: to (?:me|us|him|her))?|what happened)$")
_ONLY_DISCOURSE = re.compile(r"^(?:(?:ok|okay|so|well|right|alright|all right|like|yeah|oh|and|but) ?)+$")
"""Words that only start a turn ("ok so um"): the answer is still coming."""
_HESITATION_AT_END = re.compile(r"\b(?:hmm+|hm+|um+|uh+|erm)\W*$|^\W*(?:hmm+|hm+|um+|uh+|erm|oh (?:gosh|geez|jeez|man|wow)|gosh|geez|jeez)\b")


def is_pause(text: str) -> bool:
    """True when the person is only holding the turn to think ("hmm", "let me think", "give me a second"),
    or says the question back and trails off ("what did it mean hmm")."""
    s = _clean(text)
    if not s or _ONLY_DISCOURSE.match(s):  # only fillers: "hmm", "um", "ok so um"
        return bool(re.search(r"[a-z]", text.lower()))
    if _ASKED_BACK_ALONE.match(s) and _HESITATION_AT_END.search(text.lower().strip()):
        return True
    return _PAUSE.match(s) is not None


_ORDINAL = re.compile(
    r"^(?:(?:um|uh|well|okay|ok|yeah|yes|so|maybe|i guess|i think|let's do|lets do|let's go with|i'll take|i'll go with|"
    r"i choose|i pick|i want|i'd like|the|that|go with) )*"
    r"(first|second|third|last|1st|2nd|3rd|number (?:one|two|three)|option (?:one|two|three))"
    r"(?: (?:one|option|choice|thing))?(?: (?:please|i guess|i think|then))*$")
_ORDINALS = {"first": 0, "1st": 0, "number one": 0, "option one": 0, "second": 1, "2nd": 1, "number two": 1,
             "option two": 1, "third": 2, "3rd": 2, "number three": 2, "option three": 2, "last": -1}


_YES = re.compile(r"^(?:(?:um|uh|oh|well) )*(?:yes|yeah|yep|yup|ya|right|correct|exactly|that's right|that's it|sure|"
                  r"mhm|uh huh)\b")
_NO_ANSWER = re.compile(r"^(?:(?:um|uh|oh|well) )*(?:no|nope|nah|not quite|not really|wrong|that's wrong|that's not it|"
                        r"not what i said)\b")


_AGREE_ONE = (r"(?:yes|yeah|yep|yup|ya|right|correct|exactly|that's right|that's it|sure|mhm|uh huh|mostly|pretty much|"
              r"more or less|close enough|near enough|sort of|kind of|basically|i think so|i guess so|pretty close|"
              r"about right|that's about it|that's about right|good enough|sounds right|sounds about right|spot on|"
              r"perfect|you got it|got it|yes mostly|for the most part|that's what happened|that's how it (?:was|went|happened)|"
              r"that's (?:exactly )?how i feel|that's true|that's fair|all of that|all true|yes all of it)")
_AGREEMENT = re.compile(rf"^(?:(?:um|uh|oh|well|so|hmm+) )*{_AGREE_ONE}(?: {_AGREE_ONE})*(?: (?:i think|i guess))?$")


def agrees(text: str) -> bool:
    """Is the whole reply a yes to "did I get that right?", plain or partial ("mostly", "pretty much")?
    A partial yes with a correction ("mostly, but it was my mom") is not: it corrects."""
    return _AGREEMENT.match(_clean(text)) is not None


def yes_or_no(text: str) -> bool | None:
    """True for a plain yes ("yeah that's right"), False for a plain no ("no, not quite"), None otherwise."""
    s = _clean(text)
    if _NO_ANSWER.match(s):
        return False
    if _YES.match(s):
        return True
    return None


_BARGE_IN = re.compile(r"^(?:(?:um|uh|oh|sorry|no|hey|okay|ok) )*(?:stop|wait|hold on|hang on|repeat|say that again|"
                       r"pause|sorry what|pardon|excuse me)\b")


def is_barge_in(text: str) -> bool:
    """Words that interrupt the assistant while it speaks ("wait", "stop", "repeat that")."""
    return _BARGE_IN.match(_clean(text)) is not None


def ordinal_choice(text: str) -> int | None:
    """Which of the choices just offered a reply picks by its place ("the first one" -> 0, "the last
    one" -> -1); None when the reply is not only a place in the list."""
    match = _ORDINAL.match(_clean(text))
    return _ORDINALS[match.group(1)] if match else None


def correction(text: str) -> tuple[str, str] | None:
    """The (step, content) of a correction said at the read-back ("no i felt scared" -> ("deeper_feeling",
    "i felt scared")); None when it carries no content ("no", "that's wrong") or no recognisable step."""
    s, prev = _clean(text), None
    while s != prev:  # "no", "actually", "that's wrong", ... in any number
        prev, s = s, _NO.sub("", s).strip()
    for step, lead in _LEADS:
        m = re.match(rf"(?:{lead})\b ?", s)
        if m:
            return (step, s[m.end():]) if s[m.end():] else None
    denial = _NEGATED.match(s)  # "i didn't yell i just left": keep what follows the denial
    restart = denial and _RESTART.search(s, denial.end())
    s = s[restart.end():] if restart else s
    kinds = _kinds(s)
    return (_earliest(kinds), _MARKER.sub("", s)) if kinds else ("trigger", s) if _PARTNER_FIRST.match(s) else None


def said_more_than_no(text: str) -> bool:
    """Whether a reply at the read-back says anything besides "no", "nope", "that's wrong"."""
    s, prev = _clean(text), None
    while s != prev:
        prev, s = s, _NO.sub("", s).strip()
    return bool(s)


_EXERCISE_NAMES = (
    ("resentment", r"(?:turn|turning|turned|turns) (?:a |an |the |my |your )?(?:resentment|hurt|grudge|anger|fight)s? into"),
    ("space", r"different (?:needs|amounts|levels)|need(?:ing|s)? different|(?:closeness|together time) (?:and|versus|vs) "
              r"(?:alone time|space|time apart)|"
              r"space|room|(?:time|some time) (?:alone|to myself|for myself|apart|for me)|alone time|me time|breath(?:e|ing)|crowded"),
    ("bids", r"(?:tried|try|trying) to (?:share|connect)|share something|(?:small|little) things? (?:that )?(?:got |get )?missed|"
             r"got missed|reach(?:ed|es|ing)? out|reach(?:es|ing) (?:for|to) (?:me|him|her|them)|reaching|bids?|(?:i )?missed (?:it|them|him|her|the moment)|ignored (?:him|her|them)|"
             r"turn(?:ing)? toward|noticing|(?:little|small|tiny) moments?|how i (?:responded|respond|reacted) to (?:him|her|them)"),
    ("appreciation", r"thank(?:s|ing|ful|fulness)?|appreciat\w*|grateful|gratitude|something good|good (?:one|thing|moment)|"
                     r"(?:something|what) (?:he|she|they) did (?:that|which) i (?:loved|liked|really liked|enjoyed)|"
                     r"something (?:lovely|nice|sweet|kind|good|great|thoughtful|special) (?:he|she|they) did"),
    ("longing", r"far(?: apart| away| from)?|distan\w*|closeness|close(?:r)?|longing|miss(?:ing)? (?:him|her|them|us|each other)|"
                r"miss(?:ing|ed)? (?:how|the way|when|what) (?:it|we|things) (?:was|were|used)|"
                r"disconnect\w*|lonely"),
    ("resentment", r"hurt|left out|stung|stings|bother\w*|bug(?:s|ged|ging)? (?:me|you)|got to (?:me|you)|step by step|upset\w*|resent\w*|ang(?:ry|er)|annoy\w*|mad|frustrat\w*|fight|argument|five steps|"
                   r"brushed off|dismissed|ignored me|let down|criticiz\w*|rejected|disappoint\w*|something (?:he|she|they) did"),
)
_CHOICE = re.compile(r"^(?:(?:um|uh|well|okay|ok|yeah|yes|so|i guess|i think|maybe|actually|let's do|lets do|let's|i'd like|"
                     r"i want|can we do|can we talk about|talk about|look at|i'll take|i choose|the one (?:about|for|where|on)|"
                     r"the|that|one|about|something|that|which|was|is|with|of|feeling|being|a|an|me|my|i|it|really|"
                     r"please|one|ones|to|talk|go|with|instead|rather)\b\s*)*")


_NAMED_ONE = re.compile(r"\bthe (?:one|thing|exercise|part) (?:about|for|where|on|with|when) (.+)$|\bthe ((?:[\w']+ ){1,4})one\b")


_GOOD = re.compile(
    r"\b(?:thank\w*|appreciat\w*|grateful|gratitude|sweet|kind(?! of)|kindly|kindness|nice|lovely|thoughtful|"
    r"surpris\w*|helped|helping me|help me|took care|looked after|cooked|made me (?:breakfast|dinner|lunch|coffee|tea|"
    r"laugh|smile)|good|great|wonderful|amazing|awesome|proud|loved|lovely|hug\w*|gift|flowers|happy(?! hour)|glad|"
    r"fun|cute|special|relieved|generous|patient|supportive|support\w*|cheered|comforted|brought me|bought me|"
    r"remembered|fixed|cleaned|handled|picked me up|best|"
    # kind acts told without a kind word: taking something on so i could rest, standing up for me, staying with me
    r"so (?:that )?i could (?:nap|sleep|rest|relax|sleep in|lie in|study|work|focus|go|see|finish|have)|stood up for me|"
    r"(?:defended|backed|covered for|forgave|comforted|reassured|encouraged|surprised|spoiled) me|took over (?:bedtime|"
    r"dinner|the cooking|the kids|the driving|the night feed|the baby)|"
    r"(?:stayed|sat|stuck) (?:up )?(?:with|by|next to) me|stayed up (?:late )?(?:to help|helping|with) me|apologi\w* first|"
    r"said sorry first|(?:came|showed up|turned up) to (?:my|our)|(?:drove|walked|came|went) (?:[\w']+ ){0,4}to (?:bring|get|pick up|"
    r"fetch|see) (?:me|my)|made (?:my|our) [\w']+ feel|was there for me|(?<!never )(?<!n't )(?<!not )listened|let me (?:sleep|rest|nap|have)|killed it|"
    r"nailed it|so funny|made me (?:feel )?(?:so )?(?:loved|seen|special|safe))\b")


_NOT_GOOD = re.compile(
    r"\b(?:(?:made|make|makes|making|poked?|poking) fun of|no fun|not (?:much |any )?fun|thank(?:ed|s)? (?:everyone|everybody|all of them|them all|the others|(?:her|his|their) (?:[\w']+ ){0,2}[\w']+) "
    r"(?:but|except|and not|apart from|other than) me|(?:didn't|doesn't|never|wouldn't|won't|not|without)(?: (?:even|say|said|says|"
    r"saying|a|once|one|single))* thank(?:ed|s|ing)?(?: you)?(?: me)?|no thank you|not (?:a|one) (?:single )?thank you|"
    r"(?:didn't|doesn't|never) (?:appreciate|notice)\w*)\b")
"""A thank-you that was missing ("she thanked everyone but me", "he didn't even say thank you"), or
fun made of someone ("he made fun of my diet"): a hurt."""


def sounds_good(text: str) -> bool:
    """Does a told moment say something good happened ("he made me coffee", "she was so patient")?
    A moment starts the appreciation exercise only then; "she was short with me" never does, nor
    a thank-you that was missing ("she thanked everyone but me")."""
    return _GOOD.search(_NOT_GOOD.sub(" ", _clean(text))) is not None


_TURNED_AWAY = re.compile(
    r"\b(?:and|but|so) i (?:kind of |sort of |totally |just |completely |basically |pretty much |like )?(?:zoned out|tuned out|"
    r"spaced out|didn't (?:even |really )?(?:look(?: up)?|listen|answer|reply|respond|notice|say anything|react|ask|turn around|"
    r"say thank you|say thanks)|barely (?:looked|listened|answered|noticed|glanced|reacted|replied)|kept (?:scrolling|watching|"
    r"working|reading|typing|playing|cooking)|said (?:not now|maybe later|later|whatever|i'm busy|hmm)|ignored (?:him|her|them|it)|"
    r"missed it|brushed (?:him|her|them|it) off|left (?:him|her|them|it) on read|just left it|walked away|changed the subject)\b")
"""The person's own turning away from a small reach told as the moment ("he told me about his fantasy
league and i totally zoned out"): the moment belongs to noticing bids."""


def turned_away(text: str) -> bool:
    """Does a told moment say the person missed or turned from their partner's reach?"""
    return _TURNED_AWAY.search(_clean(text)) is not None


_PICKS_ONE = re.compile(r"\bthe (?:one|thing|exercise|part) (?:about|for|where|on|with|when)\b|\bthe (?:[\w']+ ){1,4}(?:one|thing|exercise)"
                        r"(?: (?:i guess|i think|maybe|please|instead|actually))?$|"
                        r"^(?:(?:i think|i guess|maybe|no|actually|well|so|um) )*i(?:'d| would)? (?:really )?(?:want|wanted|like|wanna) "
                        r"(?:to )?(?:appreciate|thank|say thank you|say thanks|say something (?:nice|good|kind))\b|"
                        r"^(?:(?:i think|i guess|maybe|no|actually|well|so) )*(?:it's|this is|it is) (?:more |really )?(?:about|like) "
                        r"(?:needing|feeling|wanting|missing|noticing|saying|being|turning)\b|"
                        r"^(?:(?:um|i guess|maybe) )*(?:(?:a|the) (?:small|little|tiny) (?:thing|moment)s?|something (?:small|little|tiny)) (?:that|where|when) |"
                        r"^(?:(?:i guess|i think|maybe|no|actually|well|so) )*something (?:(?:he|she|they) (?:did|said)|that) "
                        r"(?:that |which )?(?:i (?:loved|liked|really liked|enjoyed)|(?:bugged|bothered|hurt|upset|annoyed|made) me)\b")


_DESCRIBES = re.compile(r"^(?:(?:um|uh|well|so|actually|no|sorry|i think|i guess|maybe|it's|its|it is|more|really|just) )*"
                       r"(?:about )?(?:feeling|needing|noticing|wanting|missing|saying|being|talking about|turning)\b")
"""An exercise described rather than a moment told: "feeling far away from her", "more needing space"."""


def names_another(text: str, exercise: str, first_step: bool = False) -> str | None:
    """At a step of ``exercise``, a turn that picks another exercise in so many words ("the one about
    space i guess", "the resentment thing") -> that exercise; None for an answer. At the step that
    asks for the moment (``first_step``), another exercise's name on its own is enough ("feeling far
    away from her", "noticing when she reaches out")."""
    said = _clean(text)
    if not _PICKS_ONE.search(said) and not (first_step and _DESCRIBES.match(said)):
        return None
    named = named_exercise(text)
    return named if named not in (None, exercise) else None


_SELF_CORRECTED = re.compile(r"^.+\b(?:no wait|wait no|no actually|actually no|i mean|or rather|scratch that|sorry i mean) (?=\w)")
"""A choice put right in the same breath: what follows the correction counts."""


def named_exercise(text: str) -> str | None:
    """The exercise a short choice names ("the space one", "the one about feeling hurt", "something
    that bothered me"), or None when the text is more than a choice."""
    s = _SELF_CORRECTED.sub("", _clean(text))  # "the resentment one no wait the space one": the last word counts
    named = _NAMED_ONE.search(s)  # "feeling left out i guess the hurt one", "the one about little ways he reaches for me"
    if named:
        inside = named.group(1) or named.group(2)
        for exercise, pattern in _EXERCISE_NAMES:
            if re.search(rf"\b(?:{pattern})\b", inside):
                return exercise
    rest = _CHOICE.sub("", s)
    if len(rest.split()) > 5:
        return None
    for said in (rest, s):  # the whole text too: the choice words may be part of a name ("something good")
        for exercise, pattern in _EXERCISE_NAMES:
            if re.search(rf"\b(?:{pattern})\b", said):
                return exercise
    return None
