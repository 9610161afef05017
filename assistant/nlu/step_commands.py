"""At a step of an exercise, a command must sound like one; otherwise the answer is kept.

The intent classifier reads whole sentences. A short answer to a step's question ("mornings",
"feeling wanted", "let me think a second") can land on a command intent (greet, help, stop) that
would derail the exercise; and a stop said in the middle of an answer ("actually stop, i don't want
to get into this tonight") can land on ``inform`` and be kept as the answer. The dialogue tells
which question a turn answers (message metadata ``asking``), and here, when that is a step:

* a command intent stands only when its words are there (a greeting word, "what do you mean",
  "say that again", "stop", "bye", ...); without them the turn is an answer (``inform``);
* a turn that asks to stop in so many words ("can we stop", "i'm done for tonight") is ``stop``
  whatever the classifier thought;
* "let me think" is never a stop: the step waits (assistant.reflection.answers.is_pause);
* a turn that picks another exercise in so many words ("the one about space i guess") switches to it,
  and so does the bare name of another exercise where the moment is asked for ("feeling far away
  from her"), as the line that started the exercise invites;
* "the first one" at a step picks nothing and answers nothing: the question is explained (``help``);
* a turn that only asks for the question again ("wait, what was the question?") or what it means
  is ``repeat`` or ``help``, never an answer.

Where the assistant has just offered choices (``asking`` is ``topic`` or ``choice``), "the first
one" or "the argument i guess" is a choice (``inform``), not a request for another phrase or an
"i don't know". Asked "did I get that right?", a partial yes ("mostly", "pretty much") is a yes. The cues are data, below.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.reflection.answers import agrees, is_pause, named_exercise, names_another, ordinal_choice
from assistant.reflection.exercises import EXERCISES, STEPS

_LEAD = r"^(?:(?:um+|uh+|oh|okay|ok|so|well|actually|sorry|no|yeah|hmm+|wait|please|you know what|honestly|i think|i guess|" \
        r"but|and|just) )*"
CUES = {
    "greet": re.compile(_LEAD + r"(?:hi|hello|hey|hiya|good evening|good morning|good afternoon)(?: there| again| you)?$"),
    "help": re.compile(r"\b(?:(?<!some )(?<!more )(?<!little )(?<!needed )(?<!wanted )(?<!his )(?<!her )(?<!their )(?<!of )help|what do you mean|what does that mean|mean by|i don'?t (?:understand|get it|follow)|"
                       r"what(?:'s| is| was) the question|examples?|like what|or what|what should i say|how do i answer|"
                       r"what are you asking|not sure what you(?:'re| are)? (?:asking|mean)|confused (?:by|about|with) (?:the|that|this|your) "
                       r"question|huh|pardon)\b"),
    "repeat": re.compile(r"\b(?:repeat|(?<!didn't )(?<!didnt )(?<!don't )(?<!dont )(?<!never )(?<!not )(?<!won't )(?<!wont )"
                         r"(?:say|ask|tell me|read|repeat)(?: (?:that|it|the question|me|you|one)){0,2} again|"
                         r"^(?:(?:sorry|um|uh|what|huh|wait|please) )*again(?: please| sorry)*$|say that|what did you (?:say|ask)|come again|didn'?t (?:catch|hear)|"
                         r"one more time|sorry what|what was that)\b"),
    "what_can_you_do": re.compile(r"\b(?:what can you do|what (?:else )?(?:do|can) you (?:do|offer)|options|what are my "
                                  r"choices|what is this)\b"),
    "stop": re.compile(r"\b(?:stop(?! (?:\w+ing|him|her|them|me|what|by|and|(?:for )?a (?:second|sec|minute|moment|bit) and)\b)|quit|(?:that'?s|thats|it'?s|its|had|ok|okay) enough|enough (?:for (?:tonight|today|now|one night)|now|already|of this)|^enough$|done|finish|end (?:this|it|here|now)|leave it|never ?mind|not tonight|"
                       r"another (?:time|night|day)|some other (?:time|night|day)|bye|good ?night|i (?:have|need|got|gotta) to go|i'?m out)\b"),
}
CUES["goodbye"] = CUES["stop"]
UNSURE = re.compile(r"\b(?:know|dunno|sure|idea|idk|clue|think|thinking|remember|say|tell|unsure|beats|who knows|hard|tough|"
                    r"difficult|blank|pass|nothing|skip|hm+|um+|uh+|question|guess|maybe|hmm+|mind)\b")
"""Words of not knowing, or of holding the turn ("that's hard, let me think"): at a step, a "don't know"
without any of them ("i just lay there") is an answer."""
STOP = re.compile(
    _LEAD + r"(?:(?:(?:can|could|should|can't) we (?:just |please )?|we (?:should|can|could) (?:just )?|let'?s (?:just )?|"
    r"i (?:need|want|have|would like|wanna|gotta) to (?:just )?|i'?d like to |i'?m (?:going to|gonna) |maybe we should )?"
    r"(?:stop|quit|pause|end (?:this|it|here)|be done|leave it|call it a night)"
    r"(?! (?:him|her|them|me|what|by|\w+ing|and|(?:for )?a (?:second|sec|minute|moment|bit) and)\b)"
    r"(?! (?:the|my|our|his|her|a|an) (?!(?:exercise|session|reflection|conversation|questions?|talk)\b))|"
    r"i (?:need to|have to|gotta|got to) go(?: (?:now|sorry|actually|honestly))*(?= *$| (?:my|the|someone|somebody|there's|theres|it's|"
    r"its|he's|she's|they're|work|bye|baby|kids)\b)|"
    r"i'?m done(?: for (?:tonight|today|now))?|that'?s enough|not tonight|never ?mind|let'?s leave it|"
    r"(?:i )?don'?t (?:want|feel like) (?:to )?(?:do|doing|talk about|talking about|get into|getting into|go into|keep going with|"
    r"going on with|go on with|continue(?: with)?|continuing(?: with)?|finish|finishing|carry on with) "
    r"(?:this|it|that|any of (?:this|it))|"
    r"(?:(?:i'?m |i am )?(?:too tired|exhausted|wiped out|beat)\b.*\b)?(?:(?:can|could|should) we (?:do|finish|continue|pick "
    r"(?:this|it) up|try)|let'?s (?:do|finish|continue|pick (?:this|it) up)) (?:this |it |again )?(?:another|some other|tomorrow|later)\b|"
    r"(?:i'?m |i am )?too tired (?:for this|to (?:do|keep going with|go on with|finish) (?:this|it))(?: tonight| now)?$|"
    r"(?:i )?don'?t (?:want|feel like) (?:to )?(?:keep going|go on|carry on|continue)(?: (?:tonight|right now|now))? (?:i'?m|i am) "
    r"(?:too |so |really |just )?(?:tired|exhausted|sleepy|wiped|beat)|"
    r"(?:i )?can'?t do (?:this|it) (?:right now|now|tonight)(?: (?:sorry|honestly|i'm sorry))* (?:maybe |let'?s do it |can we do it )?"
    r"(?:tomorrow|later|another (?:time|night|day)))\b")
"""Asking to stop in so many words, at the start of the turn ("actually stop, it's late")."""
STOP_AT_END = re.compile(
    r"(?:^|\b(?<!said )(?<!says )(?<!asked )(?<!asks )(?<!told me )(?<!yelled ))(?:(?<!he )(?<!she )(?<!he's )(?<!she's )"
    r"(?<!hes )(?<!shes )(?<!they )(?<!you )(?<!he's )gotta go|(?:can|could|should) we (?:just |please )?"
    r"(?:stop|pause|quit|call it a night|be done|finish (?:this )?(?:later|another time|tomorrow))|i (?:have to|need to|gotta|got to) go|"
    r"let'?s (?:just )?(?:stop|pause|call it a night|be done|leave it)|"
    r"(?<!say )(?<!saying )(?:i'?ll|ill|i will) (?:finish|do|continue|pick up) (?:(?:this|it|the rest)(?: up)? )?(?:later|tomorrow|"
    r"another time|another night)|"
    r"i (?:need|have|want|gotta|got) to (?:stop|quit|pause)(?: (?:here|now|this))?|i (?:should|have to|need to|gotta|got to) "
    r"(?:take|get|answer) (?:this|that|it)|i (?:need|have|gotta|got) to (?:put|get) (?:him|her|them|the baby|the kids|my son|"
    r"my daughter|my kid) (?:back )?(?:to bed|down|to sleep)|"
    r"(?<!he'll )(?<!she'll )(?:i'?ll|ill|i will|i'?m going to|i'?m gonna|gonna) (?:just )?(?:stop|pause|leave it|call it a night))"
    r"(?: (?:here|now|for now|for tonight|tonight|please|for a bit|for a minute|sorry|actually|this|it))*$")
"""Asking to stop at the end of the turn, after what made it urgent ("oh shoot the kids are up can we
stop", "can we pause i hear the baby" is caught by STOP); not when it is someone's words ("he said can we stop")."""
ASKS_AGAIN = {
    "repeat": re.compile(_LEAD + r"(?:what (?:was|is|'s) the question(?: again)?|what did you (?:just )?(?:say|ask)|sorry what|"
                         r"(?:can|could) you (?:please )?(?:repeat|say) (?:that|it|the question)(?: again)?|"
                         r"say (?:that|it) again|come again|i didn'?t (?:catch|hear) (?:that|you|it|the question))"
                         r"(?: please| sorry| again)*$"),
    "help": re.compile(_LEAD + r"(?:what do you mean(?: by that)?|what does that mean|(?:under|underneath|beneath) what|i don'?t (?:understand|get it|follow)"
                       r"(?: the question)?|what are you asking(?: me)?|like what|"
                       r"(?:what's|whats|what is) the difference between (?:that|this|this one) and (?:the|that) (?:last|other|first|"
                       r"previous|one before)(?: one| question| thing)?|how is (?:that|this) different from (?:the )?(?:last|other|"
                       r"first|previous|before)(?: one| question)?|what kind of [\w']+(?: [\w']+)?|(?:[\w']+ ){0,3}like how|how do you mean|meaning what|"
                       r"(?:whose|which|who's|whos) [\w']+(?: [\w']+)? do you mean(?: (?:mine|me) or (?:his|hers|theirs|him|her|them|"
                       r"ours))?|(?:mine|me) or (?:his|hers|theirs|him|her|them)|"
                       r"(?:is|does|can|could|would) (?:it|small stuff|something small|a small thing|little stuff|little things|"
                       r"small things|anything)(?: [\w']+){0,3} (?:okay|ok|count|fine|be small|have to be big|be anything)|"
                       r"(?:hmm+ |um+ )?like what(?: (?:would|could|should|do|did|is|are|counts?)(?: [\w']+){0,4})?|"
                       r"(?:is (?:this|it) about |you mean |do you mean )?(?:what|whose) (?:i|he|she|they|do i|does he|does she) "
                       r"(?:need|needed|want|wanted|miss|missed|feel|felt|mean)(?: [\w']+){0,2} or (?:what (?:he|she|they) "
                       r"(?:needs?|wants?|misses?|feels?)|in general|from (?:him|her|them)|his|hers|theirs|mine)|"
                       r"(?:what|how) (?:do|did|does|should) (?:i|he|she) [\w']+(?: [\w']+)? (?:you mean|do you mean)|"
                       r"(?:does|is|would) (?:that|this|it) (?:sound |seem |make me )?(?:so |really |too )?(?:bad|selfish|weird|wrong|"
                       r"silly|stupid|mean|awful|terrible|strange|crazy|petty)|"
                       r"what do you mean (?:[\w']+ ){0,3}(?:for|from|to|about) (?:her|him|them) or (?:me|for me|from me|myself))"
                       r"(?: please| sorry| exactly| again| hmm+| um+)*$"),
}
"""A whole turn that only asks for the question again or what it means: never an answer, whatever
the classifier thought ("wait, what was the question?")."""
TIRED = re.compile(_LEAD + r"(?:i'?m |i am |i feel |feeling )?(?:(?:just|so|really|honestly|kind of|pretty|super|very) )*"
                   r"(?:tired|exhausted|drained|wiped(?: out)?|worn out|spent|fried)(?: (?:honestly|tonight|today|lately|"
                   r"right now))*$")
"""Only saying how tired one is ("im just so tired"): at the opening that is what's on their mind, not a stop."""
COMMANDS = frozenset(CUES)
PHRASE_REQUESTS = frozenset({"phrase_softer", "phrase_shorter", "phrase_another"})
STEP_NAMES = frozenset(STEPS)
EXERCISE_OF = {step: exercise.name for exercise in EXERCISES.values() for step in exercise.step_names}
FIRST_STEPS = frozenset(exercise.step_names[0] for exercise in EXERCISES.values())
"""Where an exercise asks for its moment; right after a told moment started it, the name of another
exercise on its own ("feeling far away from her") is a switch, not a moment."""
CHOOSING = frozenset({"topic", "choice"})


def words(text: str) -> str:
    """Lowercase words with inner apostrophes, single spaces."""
    return " ".join(re.findall(r"[a-z0-9]+(?:'[a-z]+)*", text.lower().replace("\u2019", "'")))


def decide(intent: str | None, text: str, asking: str | None) -> str | None:
    """The intent a turn should have given the question it answers, or None to keep the classifier's."""
    said = words(text)
    if asking in STEP_NAMES:
        if is_pause(text):  # the step waits; never a command, a switch, nor "i don't know" for a bare "um"
            return "inform" if intent in COMMANDS or intent == "dont_know" or (intent or "").startswith("topic_") else None
        if STOP.search(said) or STOP_AT_END.search(said):  # also when the classifier said stop without a stop word
            return "stop" if intent != "stop" else None
        other = names_another(text, EXERCISE_OF[asking], first_step=asking in FIRST_STEPS)  # "the one about space"
        if other:
            return f"topic_{other}"
        asked_again = next((name for name, cue in ASKS_AGAIN.items() if cue.search(said)), None)
        if asked_again:  # whatever the classifier thought: "what kind of moment" is a question about the question
            return asked_again if asked_again != intent else None
        if ordinal_choice(text) is not None:  # "the first one" picks nothing here: the question is explained
            return "help"
        if intent in COMMANDS and not CUES[intent].search(said):
            return "inform"
        if intent in PHRASE_REQUESTS:
            return "inform"
        if intent == "dont_know" and not UNSURE.search(said) and not is_pause(text):
            return "inform"
        return None
    if asking == "readback" and intent != "affirm" and agrees(text):  # "mostly", "pretty much"
        return "affirm"
    if asking in CHOOSING and intent == "stop" and TIRED.search(said):
        return "inform"
    if asking in CHOOSING and intent in ("stop", "goodbye") and not (CUES[intent].search(said) or STOP.search(said)):
        return "inform"  # "kind of off tonight", "the fight tonight": what's on their mind, not a goodbye
    if asking in CHOOSING and intent not in ("inform", "stop", "goodbye") and not (intent or "").startswith("topic_"):
        if ordinal_choice(text) is not None or named_exercise(text) is not None:
            return "inform"
    return None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class StepCommands(GraphComponent):
    """Relabels a turn's intent when the question it answers makes the classifier's guess wrong."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "StepCommands":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            asking = (message.get("metadata") or {}).get("asking")
            chosen = decide(intent, message.get(TEXT) or "", asking)
            if chosen is None or chosen == intent:
                continue
            ranking = message.get(INTENT_RANKING_KEY) or []
            top = {"name": chosen, "confidence": 1.0}
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top] + [r for r in ranking if r.get("name") != chosen], add_to_output=True)
        return messages
