"""The safety screen's patterns, as data: what counts as talk of self-harm or abuse, and as risk.

Judgment calls, applied consistently:

* Self-harm outranks abuse when both match.
* Negation: a cue is dropped when "never", "not", "cannot" or an "n't" word directly precedes it,
  possibly through auxiliaries and intent words ("i would never ever want to hurt myself", "i'm not
  suicidal"). Between a partner and the verb only adverbs and auxiliaries may stand, so neither a
  negation ("he has never hit me") nor a relative clause ("what he said hit me hard") hits. A
  negation that is part of the cue still hits ("i don't want to live", "he won't let me see my
  friends"), and so does "i'm not sure i want to live".
* Mentions: unless negated, "suicide", "suicidal", "rape", "abusive", "domestic violence" always hit
  ("the movie was about suicide prevention"); naming them may be testing the water.
* Hyperbole about oneself hits ("i could kill myself for forgetting"), bar work idioms ("killing
  myself at work"); about other things it does not ("this traffic is killing me"). Threats a partner
  voiced hit even if maybe a joke ("she said she'd kill me").
* Despair about going on hits ("i can't go on like this anymore", "i don't want to live like this");
  "i can't take it anymore" and "i want to end it" do not (too often about the relationship).
* "Hurt": this app reflects on hurts, so a bare past "he hurt me" is read as emotional; "he hurts me",
  "he keeps hurting me", "he hurt me again", "he tried to hurt me" and "she hurt me physically" hit.
* Warning signs count as much as words: means at hand ("pills saved up"), goodbye letters, giving
  things away, being gone as a relief for others; and for abuse, walking on eggshells, needing
  permission, being kept from people or money, the way out blocked.
* Recognizer text has no apostrophes, so "hell", "shell", "hed", "shed" are read as "he'll",
  "she'll", "he'd", "she'd" (only the screen sees this normalized text).
* Fear must be of the partner or of what they might do ("afraid of him", "scared of her temper",
  "scared to go home"), not about the relationship ("scared he doesn't love me").
"""


from __future__ import annotations

import re

RECOGNIZED = {"wanna": "want to", "gonna": "going to",
              # Recognizers drop apostrophes: "hell hurt" is "he'll hurt" far more often than not here.
              "hell": "he'll", "shell": "she'll", "theyll": "they'll", "hed": "he'd", "shed": "she'd",
              "theyd": "they'd"}
"""How the screen reads some recognizer spellings (the shared contractions are in assistant.text)."""
PHRASES = [(re.compile(r"\b(do|does|did|is|was|are|were|has|have|had|could|would|should) not\b"), r"\1n't"),
            (re.compile(r"\bcan not\b"), "can't"), (re.compile(r"\bwill not\b"), "won't"),
            (re.compile(r"\bi am\b"), "i'm"), (re.compile(r"\bwhat is\b"), "what's")]
NEGATOR = re.compile(r"never|not|cannot|\w+n't")
BRIDGES = frozenset("ever even really actually truly seriously honestly would will could going to want wanted "
                     "thinking thought think about of considering planning trying tried feel felt be been "
                     "have has had am is was".split())

GAP_WORDS = ("really just always often sometimes still also even actually literally like you know kind sort of "
              "basically totally once again then now did does has have had is was were be been being used to "
              "would will could might keeps kept started starts going tried tries trying wants wanted ever").split()
PARTNER = r"my (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse|bf|gf|ex(?: husband| wife)?)"
MACROS = {  # expanded in this order
    "<S>": rf"(?:he|she|they|{PARTNER})(?:'s|'d|'ll|'ve|'re)?",  # a partner as subject
    "<O>": rf"(?:him|her|them|{PARTNER})",  # a partner as object
    "<P>": PARTNER,
    "<G>": rf"(?:(?:{'|'.join(GAP_WORDS)}) ){{0,3}}",  # adverbs and auxiliaries; never a negation or a verb
    "<I>": (r"(?:want(?:ed)? to|going to|plan(?:ning|ned)? to|about to|ready to|tr(?:y|ied|ying) to|urges? to|"
            r"tempted to|(?:thinking|thought|think) (?:about|of)|fe(?:el|lt) like|consider(?:ing|ed)?|"
            r"wish i could|might|could just|been|keep|kept|started)"),  # intent or habit
    "<L>": r"(?:live|living|life|be alive|being alive|exist|existing|keep living|wake up|waking up|carry on|"
           r"carrying on|(?:go|going) on(?= *$| (?:like this|living|<E>)))",  # what one sees no point in
    "<E>": r"(?:anymore|any more|any longer)",
    "<LOTS>": r"(?:the whole bottle|a handful|a bunch) of(?: my| the)?",
    "<PILLS>": r"(?:[\w']+ )?(?:pills|tablets|meds|medication)",
    "<FEAR>": r"(?:scared|afraid|terrified|frightened|petrified|fearful)",
    "<PRIVATE>": r"(?:phone|messages|texts|emails?|dms|location|diary|chats)",
    "<PEOPLE>": r"(?:my (?:friends?|family|parents|mom|mother|dad|father|sisters?|brothers?|kids|children|doctor|"
                r"therapist)|any(?:one|body)|other people|people|friends|family)",
}


def compile_patterns(*patterns: str) -> list[re.Pattern[str]]:
    """Expand the <MACROS> and add word boundaries that treat apostrophes as word characters."""
    compiled = []
    for pattern in patterns:
        for name, value in MACROS.items():
            pattern = pattern.replace(name, value)
        compiled.append(re.compile(rf"(?<![\w'])(?:{pattern})(?![\w'])"))
    return compiled


SELF_HARM = compile_patterns(
    # Ending things, being gone as a plan, and the partner's own risk.
    r"(?:end|ending) (?:things|everything)(?! (?:with|between) )|"
    r"(?:when|after|once|before) i'm gone(?! (?:on|for|to|at|away|out|with|this|next|all|the|from|over|during)\b)|"
    r"(?:my|a) (?:last|final) (?:\w+ )?(?:week|day|night|weekend|goodbye) (?:together|with (?:him|her|them|you))",
    r"<S> <G>(?:said|says|threatened|threatens|told me) (?:that )?(?:(?:he|she|they)(?:'d|'ll| would| will| is going to)|to) "
    r"(?:take|swallow|down) (?:all )?(?:of )?(?:his|her|their|the) (?:pills|tablets|meds)",
    r"(?:he|she|they)(?:'ll|'d| will| would| is going to| was going to) (?:take|swallow) (?:all )?(?:of )?(?:his|her|"
    r"their) (?:pills|tablets|meds)|(?:tried|trying|attempted) to (?:end|take) (?:his|her|their) (?:own )?life|(?:his|her|their) (?:pills|tablets) "
    r"(?:all )?(?:lined up|counted out|saved up)|(?:driving|drive|drove|crash(?:ing)?) (?:his|her|their|the) car off|"
    r"(?:driving|drive|drove) off (?:a|the) (?:bridge|cliff|road)",
    # Named outright, or a method.
    r"suicid(?:e|es|al)|self harm(?:ing)?|overdos(?:e|ed|ing)(?! on (?:chocolate|candy|sugar|sweets|coffee|caffeine|cake|cookies|pizza|netflix|tv|"
    r"cheese|carbs|ice cream|christmas|cuteness|drama))|(?:harm|hang|drown)(?:ing)? myself|starv(?:e|ing) myself",
    r"kill myself|kill(?:ing|ed) myself(?! (?:at|over|for|to|working|laughing|trying)\b)",
    r"(?:end|ending|ended) (?:it all|my (?:own )?life)|(?:take|taking|took) my (?:own )?life(?! (?:back|savings|in)\b)",
    r"(?:end|ending|ended|take|taking|took) (?:his|her|their) (?:own )?life(?! (?:savings|back|in (?:his|her|their) "
    r"hands)\b)(?! as )",
    r"shoot(?:ing)? myself(?! in the foot)|(?:slit|slitting|cut|cutting) my (?:wrists?|throat)",
    r"(?:hurt|cut|burn(?:ed|t)?|hit|punch(?:ed)?|scratch(?:ed)?) myself (?:on purpose|deliberately|intentionally)",
    r"<I> <G>(?:hurt(?:ing)?|cut(?:ting)?|burn(?:ing)?|punish(?:ing)?) myself(?! (?:a|an|some|slack|short|off|out|"
    r"free|loose|while|when|shaving|cooking|on (?:a|the|paper|glass)|by accident|accidentally)\b)",
    r"<I> <G>(?:jump(?:ing)?|throw(?:ing)? myself) (?:off|from) (?:[\w']+ ){0,2}(?:bridge|building|roof|rooftop|"
    r"cliff|balcony|ledge|tower|window|overpass)(?! into)",
    r"(?:<I> <G>(?:step|stepping|walk|walking) |jump(?:ing|ed)? |(?:throw|throwing|threw) myself )"
    r"in front of (?:a|the) (?:train|bus|car|truck|subway)",
    r"<I> <G>(?:tak(?:e|ing)|swallow(?:ing)?) (?:all (?:of )?(?:my|the|those|these)|<LOTS>) <PILLS>",
    r"(?:took|taken|swallowed) (?:all (?:of )?my|<LOTS>) <PILLS>"
    r"(?! (?:this morning|today|tonight|on time|as prescribed))",
    # Wishing to be dead or gone.
    r"(?:want|wanted|ready|deserve) to die(?! (?:of (?:embarrassment|shame|boredom|laughter)|laughing))",
    r"wish (?:that )?i (?:was|were|could be) <G>dead|wish i (?:could|would) (?:just )?die|wish i didn't exist",
    r"wish (?:i|i'd|i had) never (?:been born|existed|woken up)",
    r"(?:i|i'd|i'm|i'll)(?: would| will)?(?: be)? better off dead|better off without me",
    r"better off if i (?:was|were|wasn't|weren't|died)(?: (?:gone|dead|here|around|alive))?",
    r"(?:hope|wish|want to|pray)(?: that)?(?: i)?(?: could| would)?(?: just)?(?: (?:go to )?sleep and| fall "
    r"asleep and)? (?:never|don't|won't|wouldn't|not) wake up(?! (?:early|late|at|in time|before|too|until|till|til|on time)\b)",
    r"(?:disappear|vanish)(?:ed)? (?:forever|for good|for real|permanently|from (?:this|the) (?:world|earth)|"
    r"off the face of the earth|and never come back)",
    r"(?:wish i could|want to|wanted to) (?:just )?(?:disappear|vanish|stop existing|cease to exist|not exist)"
    r"(?= *$| and\b)",
    # Not wanting to go on; no point or reason to live.
    r"(?:don't|no longer|not sure (?:if |whether )?i|don't know (?:if |whether )?i) (?:really |even |still )?want to "
    r"(?:live(?! (?:with|without|in|there|here|together|near|apart|alone|at|on|by|next|close|far|abroad|somewhere|"
    r"like that)\b)|be alive|exist|be (?:here|around) <E>|wake up(?! (?:early|at|so|before|him|her|them|the|my|our|"
    r"his|you|in|for|on|to|late)\b)|(?:go on|keep (?:going|living)|carry on)(?= *$| (?:like this|living|<E>)))",
    r"can't (?:go on|keep going|carry on|live)(?= *$| (?:like this|living|<E>))",
    r"what's the point (?:of |in )?(?:<L>|anything|it all)",
    r"(?:no|lost (?:the|my|all)|(?:don't|can't|doesn't) (?:see|have|find|feel) (?:the|a|any)|see no|without "
    r"(?:a|any)) (?:point|reason|will|desire|purpose) (?:for me )?(?:(?:to|in|of|for) )?<L>",
    r"nothing (?:left )?to live for|life(?:'s not| isn't| is no longer| isn't even) worth (?:living|it)",
    r"not worth living|(?:tired|sick) of (?:living|being alive|existing)|giv(?:e|ing) up on (?:life|living)",
    r"(?:cut|cutting|burn(?:ed|t|ing)?) my (?:arms?|legs?|thighs?|skin|stomach|wrists?)(?! (?:on|shaving|cooking|by)\b)",
    r"(?:everyone|everybody|they|people|my (?:family|kids|children|partner|husband|wife|friends)) (?:would|will|'d)"
    r" (?:all )?be (?:so much |much )?better(?: off)? without me",
    r"(?:won't|not going to|don't think i'll) be (?:around|here) (?:much longer|for (?:much )?longer|for long|<E>)",
    r"want (?:my life|it all|everything|this life) to (?:be over|end)|(?:should|could) (?:just )?die(?= *$| (?:already|now|tonight|honestly|instead)\b)",
    r"(?:nobody|no one|noone) would (?:care|notice|miss me) if i (?:died|was gone|were gone|disappeared|killed myself)",
    r"don't feel like (?:living|being alive|existing)|no point (?:in|to) (?:me )?(?:being alive|living|existing)",
    r"(?:a|my) plan (?:for how |of how )?to (?:die|end it|kill myself)",
    r"can't (?:do|handle|take|bear|stand|face) (?:this |my )?(?:life|living|being alive)(?= *$| (?:<E>|like this|"
    r"and|i)\b)",
    # Means at hand, plans, goodbyes.
    r"noose|(?:a|the) rope (?:ready|set up|tied|hidden)|<PILLS> (?:saved|stashed|hidden|stockpiled|ready)(?: up)?"
    r"|(?:saving|stockpiling|hoarding|stashing) (?:up )?(?:my |some |the )?<PILLS>",
    r"(?:took|take|taking|swallowed) too many <PILLS>(?= *$| (?:on purpose|deliberately|to\b))",
    r"(?:wrote|written|writing|write) (?:a |my )?(?:goodbye|farewell) (?:letters?|notes?)",
    r"(?:gave|giving|give) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions)(?= *$| (?:because|since|"
    r"so)\b)",
    r"(?:looking up|looked up|searching|searched|googl\w+|reading about|read about) (?:ways|how) to (?:die|end it|"
    r"kill myself)|ways to (?:die|kill myself|end my life)",
    r"<I> <G>(?:driv(?:e|ing)|steer(?:ing)?|crash(?:ing)?) (?:my car |the car )?(?:off (?:the|a) (?:road|bridge|"
    r"cliff)|into (?:a |the )?(?:wall|tree|oncoming traffic|truck))",
    r"(?:<I>|think|thinking|thought) <G>(?:about |of )?(?:jumping|dying|death|not being here|not waking up)(?= *$| "
    r"(?:and|again|a lot|all the time|every day|every night|lately)\b)",
    r"(?:cut|cutting|hurt|hurting|burn(?:ed|t|ing)?) myself (?:again|last night|tonight|today|yesterday|this morning)"
    r"(?= *$| (?:on purpose|deliberately|and)\b)|myself (?:again |last night |today |yesterday )(?:on purpose|"
    r"deliberately|intentionally)",
    r"(?:scratch|cut|pick|bit|bite|hit|punch)\w* (?:my|myself)(?: [\w']+){0,2} (?:until|till|so) (?:it|they|i) "
    r"bleeds?",
    # Being gone as relief for others.
    r"if i (?:was|were) (?:dead|gone for good)|if i (?:was|were) gone(?= *$| (?:<E>|forever|for good)\b)"
    r"|if i (?:wasn't|weren't) (?:alive|here|around)(?= *$| <E>)|if i (?:died|disappeared)(?= *$| (?:<E>|"
    r"tomorrow|tonight|for good)\b)",
    r"(?:won't|not going to|never going to) be a (?:problem|burden) (?:for|to) (?:anyone|anybody|you|them|everyone)"
    r"(?: (?:<E>|much longer|soon))?(?= *$)|soon i won't be a (?:problem|burden)",
    r"(?:nobody|no one|noone) (?:cares|would care|would (?:even )?notice|would (?:even )?miss me) (?:if|whether) "
    r"i(?:'m| am| was| were)? (?:alive|dead|gone|lived|died|live or die|disappeared)",
    r"(?:don't care|doesn't matter) (?:if|whether) i (?:live or die|die|wake up)|what's (?:even )?the point (?:of |in )?(?:even )?me "
    r"(?:being (?:here|around|alive)|living)",
    r"(?:wants?|wanted|wish(?:es)? (?:i|he|she|they) could|like) to (?:go to )?sleep (?:forever|for good|and never wake up)",
    r"(?:no|won't be a|not be a|there will be no|there'll be no|be a) next time(?: [\w']+){0,4} done with everything|"
    r"done with everything(?: [\w']+){0,4} (?:no|won't be a) next time",
    r"<I> <G>(?:tak(?:e|ing)|swallow(?:ing)?) (?:every|each) (?:single )?(?:pill|tablet)(?: [\w']+){0,3}",
    r"(?:did|do|doing|done) the thing with the (?:razor|blade|knife|lighter|pills)|(?:the )?(?:razor|blades?) again\b|"
    r"(?:hurt|cut|burn|hit|punch|scratch)(?:s|ed|t|ing)? myself (?:after|when|whenever|every time|each time) (?:we|he|she|they) "
    r"(?:fight|argue|fought|argued|fighting|arguing)",
    r"(?:don't think|not sure|doubt) i(?:'ll| will| can| am going to|'m going to) (?:make it|last|survive|get) (?:through )?"
    r"(?:the|this|another|to the end of the) (?:week|night|weekend|month|year)(?! (?:at|of) (?:work|school|exams?|classes))",
    r"(?:gave|giving|gives|given) away (?:his|her|their|my) (?:[\w']+ ){1,8}(?:out of nowhere|for no reason|all of a sudden)",
    # Hoping not to make it home, no reason to stick around, not making it to a date, the world quieter
    # without one, life insurance worth more, "done" by a deadline; the partner's goodbye and burial wishes.
    r"hope (?:that )?i (?:don't|won't|never) make it (?:home|back)",
    r"(?:no|any|a) reason (?:for me )?to (?:stick|stay|be) around|why (?:should|would) i (?:stick|stay) around",
    r"(?:don't think|not sure|doubt) i(?:'ll| will| am going to|'m going to) make it to (?:christmas|new year's?|thanksgiving|"
    r"my birthday|the (?:weekend|holidays|summer|new year)|next (?:week|month|year|spring|summer))",
    r"(?:would|will|'d) be (?:so much |much )?(?:quieter|better|easier|happier|lighter|calmer|fine|okay|ok) without me(?: in it| around| here)?",
    r"life insurance (?:would|will|could) (?:do|be worth|help|mean) (?:more|them more|a lot more)|worth more (?:to (?:them|everyone) )?dead",
    r"if (?:it|things|this) (?:doesn't|don't|won't|isn't going to) get better(?: [\w']+){0,4} (?:i'm|i am|i'll be) done",
    r"<S> <G>(?:texted|sent|wrote|said) (?:me )?(?:a )?goodbye(?: [\w']+){0,4} (?:and )?(?:turned|switched|shut) (?:off )?(?:his|her|their) phone",
    r"<S> <G>(?:keeps saying|said|says|told me|keeps telling me)(?: that)? (?:the kids|everyone|we|i|you|his family|her family) "
    r"(?:would|will|'d) be (?:fine|better|better off|okay|ok|happier) without (?:him|her|them)",
    r"where (?:he|she|they|i) (?:wants?|would like) to be buried",
    # Driving into something, something one can't take back, a death that would be nobody's fault, a goodbye
    # to the children.
    r"(?:<I>|thought about|thinking about|think about) <G>(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?|swerv(?:e|ing)) "
    r"(?:it |my car |the car |myself )?(?:into|off) (?:a |the |oncoming )?(?:river|lake|tree|wall|bridge|cliff|ocean|sea|"
    r"traffic|truck|pole|canal|quarry|overpass)",
    r"(?:before|or|until) i do something (?:i can't take back|i can't undo|drastic|permanent|i won't come back from)",
    # Not getting out of the bath, tracks stared at, a pet given away for a soon, "one way to make it stop", hurting
    # oneself again, the partner's own cuts, a will made out of nowhere, "he won't be around" said again and again.
    r"(?:think|thinking|thought) about (?:just )?(?:not getting out|going under|staying under|not coming (?:back|up))",
    r"(?:stared|staring|stare) (?:at|down at) the (?:train |railway |railroad |subway )?tracks",
    r"(?:won't|will not|not going to) be able to (?:take care of|look after|feed|walk) (?:him|her|them|it) (?:soon|much longer|"
    r"<E>|for (?:much )?longer)",
    r"(?:i )?know (?:one|a|the|an easy|a quick) way to make (?:it|the pain|this|everything) (?:stop|end|go away)(?= *$| (?:for good|forever|tonight|and|so)\b)",
    r"(?:hurt|cut|burned|burnt) myself again(?! (?:at|on|in|lifting|playing|running|working|cooking|shaving|with (?:the|a))\b)",
    r"<S> <G>(?:cuts|cut|burns|burned|scratches|scratched|hurts|harms) (?:his|her|their) (?:own )?(?:arms?|legs?|thighs?|wrists?|"
    r"skin|stomach)(?! (?:on|shaving|cooking|by accident|accidentally)\b)",
    r"(?:wrote|made|written|drew up|drawn up) (?:a|his|her|their) will (?:[\w']+ ){0,3}(?:out of nowhere|and won't (?:say|tell me) "
    r"why|for no reason|all of a sudden)",
    r"<S> <G>(?:keeps|kept) (?:saying|telling me) (?:that )?(?:he|she|they)(?:'s| is)? (?:won't|will not|not going to) be "
    r"(?:around|here)",
    r"(?:wasn't|isn't|won't be|wouldn't be|not|never|nobody's|no one's) (?:be )?(?:his|her|their|your|anyone's|anybody's)? ?"
    r"fault if (?:something|anything) (?:happens|happened|were to happen) to me",
    r"tell (?:the|my|our) (?:kids|children|boys|girls|son|daughter|family|mom|mum|dad) (?:that )?i'm sorry(?= *$| (?:for "
    r"everything|for what|goodbye|i love)\b)",
    r"(?:want|need) (?:the|this|my) pain to (?:end|stop) (?:for good|forever|permanently)",
    r"too (?:much|hard|painful) to (?:keep going|go on|carry on|keep living|live)(?= *$| <E>)",
    r"(?:feel like|thinking about|want to) end(?:ing)? everything(?= *$| (?:tonight|now|soon)\b)",
    r"(?:don't think|not sure) i can (?:go on|keep going|keep living|carry on|live)(?= *$| (?:like this|<E>)\b)",
    r"(?:hope|wish|pray)(?: [\w']+){0,3} that i (?:won't|don't|never|wouldn't) wake up(?= *$| (?:again|tomorrow)\b)",
    r"(?:life|living|my life) (?:is|feels) (?:just )?(?:too painful|unbearable|too much to bear)",
    # Not being here by a date; hurting oneself to feel or to punish; rehearsal; notes for "whoever".
    r"(?:won't|don't think (?:i'll|ill)|not sure (?:i'll|ill)|doubt (?:i'll|ill)) (?:still )?be (?:here|around|alive) "
    r"(?:by|for|at|to see) (?:christmas|new year|my birthday|next (?:week|month|year|summer|spring|winter)|the "
    r"(?:weekend|holidays|summer))(?= *$| (?:anyway|honestly|i think|to be honest|and)\b)",
    r"(?:hurt|cut|burn|hit|punch|scratch)\w* myself (?:so|to|just to|because) (?:i can |that i can )?(?:feel|punish|"
    r"make (?:it|the pain))",
    r"(?:scratch|cut|pick|hit|punch|slap|bite|bit|burn)\w* (?:my (?:arms?|legs?|skin|face|wrists?|thighs?)|myself) "
    r"(?:[\w']+ ){0,4}(?:until|till) (?:it|they|i) (?:bleeds?|bled|bruised?)",
    r"(?:punch|hit|slap|hurt|scratch)\w* myself (?:really |so )?(?:hard )?(?:in the (?:face|head|stomach) )?"
    r"(?:when|whenever|every time|if) i (?:mess up|make a mistake|fail|get it wrong|screw up)",
    r"(?:in|into) the (?:closed |shut |locked )?garage with the (?:car|engine) (?:running|on)",
    r"(?:note|letter) (?:for|to) (?:whoever|whomever|the person who|anyone who) finds me",
    r"(?:the world|everyone|everybody|this house|the family) (?:would|will|'d) be (?:so much |much )?(?:lighter|"
    r"easier|happier|calmer|better) (?:off )?without me",
    # Going through with it; counting one's pills; the engine left running; not needing things where one goes.
    r"(?:before|once|when|after|if) (?:i|he|she|they) (?:go|goes|went|finally go) through with it|one last (?:good )?"
    r"(?:thing|time|day|night|look|hug) before (?:i|he|she|they) (?:go|goes|die|dies|do it|does it|leave this)",
    r"(?:count|counted|counting|counts) (?:how many|all|up|out)(?: of)? (?:my |his |her |their |the )?(?:[\w']+ ){0,4}"
    r"(?:pills|tablets|meds|antidepressants|painkillers)",
    r"(?:sat|sit|sitting|sits|stayed|stay|waited|lay|lying) in the (?:closed |shut |locked )?(?:car|garage)(?: [\w']+){0,8} (?:engine|car|motor) "
    r"(?:running|on)|(?:doors?|windows?) (?:shut|closed)(?: [\w']+){0,4} (?:engine|car|motor) (?:running|on)",
    # a blade held to one's own body (to "my throat" by someone else is abuse, below)
    r"(?:held|holding|holds|put|puts|putting|pressed|pressing) (?:a|the|his|her|their) (?:kitchen )?(?:knife|blade|razor|"
    r"scissors) (?:to|against|on) (?:(?:his|her|their) own (?:wrists?|arms?|throat|neck|skin|leg)|(?:his|her|their) "
    r"(?:wrists?|arms?|skin|leg))",
    r"\bi (?:held|hold|put|pressed|press) (?:a|the|my) (?:kitchen )?(?:knife|blade|razor|scissors) (?:to|against|on) my "
    r"(?:own )?(?:wrists?|arms?|throat|neck|skin|leg)",
    r"(?:texted|messaged|sent|wrote) me (?:a )?goodbye(?: [\w']+){0,6} (?:not|isn't|won't|hasn't been|stopped) "
    r"(?:answering|picking up|replying|responding)",
    r"(?:think|thinks|thought|thinking) (?:about|of) (?:just )?(?:leaving|letting|keeping) the (?:engine|car|motor) "
    r"(?:running|on)(?: in the garage)?",
    r"(?:sat|sit|sitting|sits) in the (?:car|garage) with the engine (?:running|on)|with the engine running and the "
    r"(?:garage )?(?:doors?|windows?) (?:shut|closed)",
    r"(?:won't|will not|wouldn't) be needing (?:[\w']+ ){0,3}(?:where (?:i'm|he's|she's|they're) going|anymore|soon)",
    r"(?:thanks|thank you) for everything(?: [\w']+){0,12} (?:turned|switched|shut) (?:his|her|their|my) phone off|"
    r"(?:odd|weird|strange|final) goodbye (?:text|message|like)|take care of (?:the|my|our) (?:dog|cat|kids|pets?) for me",
    # How many pills it would take; care of a pet "if anything happens to me"; a day picked; the partner's own
    # harm and threats to jump; searching for a method.
    r"how (?:many|much) (?:of )?(?:my |the |his |her |their )?(?:[\w']+ )?(?:pills|tablets|meds|painkillers|"
    r"antidepressants) (?:it )?(?:would|will|it'd|it would) take",
    r"(?:look after|take care of|feed|keep|have) (?:my|the) (?:[\w']+ )?(?:cat|dog|kids|children|pets?|plants) (?:for me )?"
    r"(?:if|when|in case) (?:anything|something) (?:ever )?(?:happens|happened) to me",
    r"i(?:'ve)? (?:already )?(?:picked|chosen|chose|set) (?:the|a) (?:day|date)$",
    r"(?:says|said|saying|keeps saying|thinks|told me|tells me) (?:that )?(?:the world|everyone|everybody|we|the kids|"
    r"his family|her family|their family) (?:would|will|'d) be (?:so much |much )?(?:better|happier|easier)(?: off)? "
    r"without (?:him|her|them)",
    r"<S> <G>(?:burns?|burned|burnt|burning|cuts?|cutting|harms?|harming|scratch\w*|starv\w*) (?:himself|herself|themselves)"
    r"(?! (?:by accident|accidentally|cooking|shaving|on (?:the|a|his|her)|while (?:cooking|shaving)|at work|in the kitchen)\b)",
    r"<S> <G>(?:threaten\w*|said|says|keeps saying|talk\w* about|told me|tried|wants|wanted) (?:that )?(?:(?:he|she|they)"
    r"(?:'d|'ll| would| will| was going to) |to )?(?:jump(?:ing)?|throw(?:ing)? (?:himself|herself|themselves)) (?:(?:off|from) "
    r"(?:the |a |our |his |her )?(?:[\w']+ )?(?:balcony|bridge|roof|rooftop|building|cliff|ledge|overpass|window|tower|car park)|"
    r"in front of)",
    r"(?:how to|ways to) (?:hang|kill|hurt|cut|drown|poison) (?:yourself|myself|himself|herself|themselves|oneself)|"
    r"(?:searching|searched|googl\w+|looking up|looked up) how to (?:die|overdose|end (?:it|your life))",
    # Ending one's life said in passing, bleeding out, planning to go quietly, a standing on the edge, a
    # note left to be found, not being here for a date ahead, not surviving another night, a child
    # better off without one; the partner's threat to kill themselves if one leaves.
    r"(?:thinking|thought|think|thinks) about ending (?:mine|my life|my own life|it all)",
    r"(?:how (?:long|fast) it takes|how much blood it takes|how) to bleed out|bleed myself out",
    r"(?:plan|plans|planning|planned) (?:how|when|where) to (?:check out|go quietly|end it|die|kill myself)|check out quietly",
    r"(?:stand|stood|standing|climbed|climbing|sat|sitting|sits) (?:on|over) (?:the |a |our )?(?:balcony |bridge |roof )?"
    r"(?:railing|ledge)|(?:stand|stood|standing) on (?:the|a) bridge(?: [\w']+){0,5} looking down",
    r"(?:hid|hidden|hide) (?:a |the )?(?:note|letter|it)(?: [\w']+){0,6} for (?:him|her|them|you|the kids|someone) to find|"
    r"(?:note|letter)(?: [\w']+){0,8} to find (?:afterwards|after i'm gone|when i'm gone)",
    r"don't think i'?(?:ll| will) be (?:around|here|alive) (?:for|to see|by) (?:[\w']+ ){1,4}(?:and|which) (?:(?:probably|honestly|maybe) )?"
    r"(?:that's |thats |is |it's )?(?:probably |honestly |maybe )?(?:for the best|fine|better|okay|ok)\b",
    r"(?:can't|don't think i can|not sure i can) survive another (?:night|day|week)",
    r"(?:better|happier) (?:life|lives|off)? ?if i (?:wasn't|weren't) (?:in it|here|around|alive|in (?:their|the) (?:lives?|picture))",
    r"(?:if i leave|if i go|if i break up)(?: [\w']+){0,3} (?:he'll|she'll|they'll|he'd|she'd|they'd|he will|she will|they will|"
    r"he would|she would) (?:[\w']+ )?kill (?:himself|herself|themselves|themself)",
    # Wanting it all to stop for good, not needing what comes next month, searching for a painless way to go,
    # the partner giving away prized things out of character, or leaving a note and going out unreachable.
    r"(?:it all|everything|all of it) to (?:stop|end)(?: [\w']+){0,5} (?:permanently|forever|for good)",
    r"(?:because|since|as) i (?:won't|will not|wouldn't|am not going to|'m not going to) (?:be needing|need) (?:them|it|those|these|"
    r"any of (?:it|them|this))(?= *$| (?:anymore|soon|after)\b)",
    r"painless ways? to (?:go|die|end it|do it)|(?:search\w*|look\w*|googl\w*) (?:online )?for (?:painless |easy |quick )?ways to "
    r"(?:go|die|end it)(?= *$| (?:quietly|forever|for good)\b)",
    r"<S> <G>(?:gave|giving|gives|given) away (?:all )?(?:of )?(?:his|her|their) (?:[\w']+ ){1,10}(?:and|but) (?:he|she|they) "
    r"(?:never|doesn't|wouldn't|would never|has never)|<S> <G>(?:gave|giving|gives|given) away (?:all )?(?:of )?(?:his|her|their) "
    r"(?:favorite|favourite|prized|most precious|precious) ",
    r"(?:wrote|left|writes|leaves) (?:me )?a note(?: [\w']+){0,14} (?:without (?:his|her|their) phone|and (?:turned|switched) "
    r"(?:his|her|their) phone off|and (?:won't|isn't|hasn't been|stopped) (?:answering|picking up))",
    # A goodbye meant for good, not seeing oneself around next year, the partner saying all would be better off
    # without them, a goodbye text and a phone gone off, a will written out of the blue, talk of not being here.
    r"said (?:my )?goodbyes? (?:to (?:[\w']+ ){1,3})?(?:today |tonight )?and i meant it(?: for real| forever| for good| like forever)",
    r"(?:don't|can't|cannot|do not) see myself (?:being )?(?:around|here|alive)(?= *$| (?:next|by|for|in|much|after|this)\b)",
    r"(?:we'd|wed|we would|we will|we'll|they'd|theyd|they would|everyone'd|everyone would)(?: all)? be (?:so much |much )?(?:better|happier|"
    r"easier)(?: off)? without (?:him|her|them)",
    r"(?:texted|messaged|sent) me (?:a )?goodbye(?: [\w']+){0,6} (?:phone|cell)(?: is| was|'s)? (?:off|dead|switched off|going "
    r"(?:straight )?to voicemail)",
    r"(?:wrote|made|writing|drew up) (?:a|his|her|their) will (?:out of nowhere|suddenly|out of the blue|for no reason)|"
    r"(?:wrote|made|writing) (?:a|his|her|their) will(?: [\w']+){0,4} and (?:gave|giving|gives) ",
    r"talk\w* about not being (?:here|around|alive)(?= *$| (?:anymore|next week|next month|next year|soon|much longer|by)\b)",
    # Doing "something to myself"; the partner handing over things to keep "before he goes".
    r"(?:do|doing|did) something to myself",
    r"(?:wants?|wanted) me to (?:have|keep) (?:it|them|this|these|those|(?:his|her|their) [\w']+)(?: [\w']+){0,3} (?:before|after|"
    r"when|once) (?:he|she|they)(?:'s| is| are)? (?:goes|go|gone|dies|die)(?! (?:to|on|away|back|out|in|for|with|into|up)\b)",
    # Not making it to a date ahead, swerving into traffic, done with life, ceasing to exist, an attempt
    # before, wrists scratched raw, "the night she ends it", not being a bother much longer, sorry for what
    # one is about to do, prized things and pets given away at once.
    r"(?:don't think (?:i'll|ill|i will)|won't|not going to|doubt (?:i'll|ill)) make it (?:to|through|past) (?:next (?:week|month|year)|"
    r"the (?:weekend|end of the (?:week|month))|tomorrow|christmas|my birthday|new year)(?= *$| (?:honestly|anyway|i think|to be honest)\b)",
    r"(?:<I>|thinking|thought|think) <G>(?:about |of )?(?:swerv(?:e|ing)|veer(?:ing)?|driv(?:e|ing)) (?:the car |my car )?(?:into|in front "
    r"of) (?:a |the )?(?:oncoming traffic|traffic|a truck|the river|a tree|a wall|a bridge)",
    r"(?:i'm|im|i am) (?:just )?(?:so )?done with (?:life|living|being alive|existing)(?! insurance)",
    r"(?:\bi|time i|me|to) (?:just )?stop(?:ped)? existing",
    r"(?:don't|do not) want to be (?:here|around|alive) (?:tomorrow|next week|by morning)(?= *$| (?:honestly|anymore)\b)",
    r"(?:tried|attempted|tries|try) to (?:hang|kill|drown|poison|overdose|hurt|cut) (?:himself|herself|themselves|themself|myself)"
    r"(?! (?:by accident|accidentally)\b)",
    r"(?:scratch|cut|pick|bit|bite|hit|punch)\w* (?:(?:his|her|their) (?:arms?|legs?|skin|wrists?|thighs?)|himself|herself|themselves)"
    r"(?: [\w']+){0,3} (?:until|till|so) (?:it|they|he|she) (?:bleeds?|bled)",
    r"(?:is the (?:night|day|weekend)|tonight) (?:that )?(?:he|she|they|i)(?:'s| is|'m| am)? (?:going to )?(?:ends?|ending) it",
    r"(?:won't|will not|don't|wouldn't) have to (?:deal with|worry about|put up with|take care of) me (?:much longer|for (?:much )?longer|"
    r"soon|anymore|for long)",
    r"sorry for what (?:i'm|im|i am|he's|she's|they're) (?:going|about) to do",
    r"(?:gave|giving|give|given) away my (?:[\w']+ ){1,2}and my (?:[\w']+ )?(?:cat|dog|pets?|guitar|bike|books|records|"
    r"paintings|jewelry|rings?)|(?:gave|giving|given) away my (?:cat|dog)(?: [\w']+){0,3} (?:so|because|since) there",
    # a veiled wish to be gone for good, scars one keeps adding to, a goodbye message then silence, a drive to the
    # cliffs with no coming back
    r"permanent (?:sleep|rest|escape|way out|solution|vacation)|(?:permanent\w*|forever|for good)(?: [\w']+){0,3} if you know what "
    r"i mean|(?:space|break|escape|rest|away) from (?:everything|everyone|it all|life)(?: [\w']+){0,5} (?:permanent\w*|forever|for good)",
    r"(?:scars?|cuts|burns) (?:on|across|all over) my (?:arms?|legs?|wrists?|thighs?|stomach|hips?|skin)(?: [\w']+){0,10} "
    r"(?:new ones|fresh ones|more of them|myself|again)|(?:keep|kept|keeps) (?:making|adding|giving myself) (?:new |more |fresh )"
    r"(?:ones|cuts|scars|marks|burns)",
    r"sorry for everything(?: [\w']+){0,3} take care of (?:the|my|our|his|her|their) (?:dog|dogs|cat|cats|kids|children|boys|girls|"
    r"plants|pets?|baby)|(?:message|text|note|voicemail)(?: [\w']+){0,4} (?:sorry for everything|goodbye)(?: [\w']+){0,8} "
    r"(?:stopped|stops|isn't|wasn't|won't|not) (?:answering|picking up|responding)",
    r"(?:drive|go|walk|head|swim|drove|went|walked) (?:out )?(?:to|off|into) (?:the |a )?(?:cliffs?|bridge|edge|ocean|sea|lake|"
    r"river|tracks|train tracks)(?: [\w']+){0,3} and (?:not|never) (?:come|coming|be) back",
    # not being around for a day ahead, things given away as no longer needed, the one thing holding one back,
    # letting go of everything for good, arrangements "because of what i'm planning"
    r"(?:don't think (?:i'll|ill|i will)|doubt (?:i'll|ill)) (?:still )?be (?:around|here|alive) (?:for|to see) (?:our|my|his|her|the "
    r"kids'?|next) (?:[\w']+ )?(?:anniversary|birthday|christmas|new year|graduation|wedding|year)(?= *$)",
    r"(?:gave|give|giving|given) (?:away )?my (?:[\w']+ ){1,2}(?:to (?:[\w']+ ){1,3})?(?:because|since|as|cause) i (?:won't|will not) "
    r"be (?:needing|here|around|able to (?:look after|take care of))",
    r"only (?:thing|reason|one|person|people) (?:stopping|keeping|holding) me(?: back| here| going| alive)? (?:is|are|was|were)",
    r"let (?:go|it go) of (?:everything|it all|everyone|life)(?: [\w']+){0,2} (?:permanently|forever|for good)",
    r"because of what (?:i'm|im|i am) (?:planning|going to do|about to do)",
    # cutting again without "myself", sleep with no coming back, the life insurance as a way out, things given away
    # with "i'm ready"
    r"(?:started|starting|began|begun|been|back to|i'm|am) (?:cutting|burning|scratching)(?: myself)? again|"
    r"i (?:started|have been|'ve been|been) (?:cutting|burning)(?= *$| (?:after|when|whenever|because|since|every)\b)",
    r"(?:go|going|went|fall|falling|fell) (?:to )?(?:sleep|asleep) and (?:not|never) (?:come back|wake (?:back )?up|waking up)(?! (?:until|till|til|before|for|early|in "
    r"time|on time|at|when)\b)",
    r"(?:gave|given|giving) (?:away )?my (?:[\w']+ ){1,2}to (?:[\w']+ ){1,3}so (?:he's|she's|they're|it's|hes|shes|theyre|its|he|she|"
    r"they|it)(?: is| are)? (?:taken care of|looked after|okay|ok|safe|fine|sorted)(?= (?:after|when i'm gone|once i'm gone|"
    r"afterwards)\b)",
    r"(?:i won't|i will not|i'm not going to|i wont) be (?:around|here|alive) (?:for|to see) (?:our|my|his|her|the|next)(?: [\w']+){1,2} "
    r"(?:so|anyway)\b",
    r"looked up how (?:high|tall|far (?:down|up)) (?:the )?(?:[\w']+ )?(?:garage|bridge|building|roof|cliff|balcony|overpass|tower) (?:is|was)",
    r"(?:i'll|ill|i will) be gone (?:soon|before long|shortly|anyway)(?= *$| (?:anyway|lol|so|haha|and|honestly)\b)",
    r"where my will is|(?:bang|banged|banging|hit|hitting|smash\w*) my (?:own )?head (?:against|on|into) (?:the )?(?:wall|floor|"
    r"door|desk|mirror)(?: [\w']+){0,4} (?:until|till|over and over|again and again)",
    r"done with (?:life|living|being alive|existing)(?! (?:in|on|at|as|like this job)\b)",
    r"(?:so|and|then|before|until) i can (?:finally |actually |just )?go through with it(?! (?:and|because|since) we\b)",
    r"so (?:nobody|no one|noone) (?:has|have|would have|will have) to deal with (?:it|anything|my (?:stuff|things)|any of it)"
    r"(?= *$| (?:after|afterwards|when i'm gone|once i'm gone|later)\b)",
    r"(?:is|went|has gone|'s gone|been) missing(?: [\w']+){0,6} (?:left|leaving) (?:her|his|their) (?:phone|ring|wedding ring|wallet|keys)",
    r"(?:called|texted|rang|phoned) me (?:crying|sobbing|in tears) from (?:a|the|on the|on a) (?:bridge|roof|rooftop|cliff|ledge|"
    r"train tracks|tracks|overpass)|(?:called|texted|rang|phoned) me from (?:a|the|on the|on a) (?:bridge|roof|rooftop|cliff|ledge|"
    r"train tracks|tracks|overpass)(?= *$| (?:crying|sobbing|saying (?:goodbye|sorry)|and (?:said|hung up|wouldn't|won't))\b)",
    r"(?:want|wants|wanted|wanting|wish|wishes|wished) (?:it all|everything) (?:to|would) (?:just )?(?:end|stop)(?= *$| (?:for good|"
    r"forever|already|now|sometimes)\b)",
    r"life insurance(?: [\w']+){0,6} (?:if|when|once|after) (?:i|he|she|they) (?:wasn't|weren't|was not|were not|"
    r"am not|'m not|isn't|is not|was gone|were gone|am gone|is gone|died|die|dies)|life insurance (?:would |will |could )?"
    r"(?:pay|be worth|cover) more than (?:i|he|she|they)(?:'m| am| is| are| was| were)?(?: worth)?",
    r"(?:gave|given|giving|gives) away (?:all )?(?:of )?(?:his|her|their|my) (?:[\w']+ ){0,2}(?:jewel\w*|things|stuff|belongings|"
    r"possessions|clothes|rings?|watch|guitar|books|records|paintings)(?: [\w']+){0,6} (?:(?:he|she|they|i)(?:'s|'m| is| am| are) "
    r"ready(?= *$| (?:now|to go))|(?:won't|will not|doesn't|don't) need (?:them|it|those)(?: anymore)?(?= *$))",
)

ABUSE = compile_patterns(
    # Things thrown at or near someone, grabbing that leaves marks.
    r"<S> <G>(?:throws|threw|thrown|throwing|hurl\w*|chuck\w*) (?!(?:a |the |her |his |their |my )?(?:pillows?|cushions?|"
    r"balls?|kiss|kisses|wink|smile|look|glance|joke|compliments?|towel|socks?|hint|frisbee|treats?)\b)"
    r"(?:[\w']+ ){0,7}(?:at (?:me|my)|(?:right )?(?:next to|near|past|by) "
    r"my (?:head|face))|(?:start|started|starts|keep|keeps|kept) (?:throwing|hurling) (?:things|stuff|\w+) at me",
    r"(?:grab\w*|squeez\w*|twist\w*|yank\w*) my (?:wrists?|arms?|neck|throat|hair|face)(?: \w+){0,4} (?:left|leaves|leaving) "
    r"(?:a )?(?:bruises?|marks?)|(?:left|leaves) (?:me with )?(?:bruises|marks) (?:on my|where)",
    # Named outright.
    r"rap(?:e|ed|es|ing|ist)|molest(?:s|ed|ing)?|sexual(?:ly)? assault(?:ed)?|abusive|abuser|abus(?:e|es|ed|ing) me",
    r"(?:domestic|physical|sexual|emotional|verbal) (?:abuse|violence)",
    # Physical violence by a partner (<S>), in any tense.
    r"<S> <G>hit(?:s|ting)? me(?! up\b| with (?:the|a|an|this|that) (?:news|question|idea|bill|request|joke))",
    r"<S> <G>beat(?:s|en|ing)? me(?! (?:at|in|to|by)\b)",
    r"<S> <G>(?:slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|shov(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|"
    r"strangl(?:e|es|ed|ing)|assault(?:s|ed|ing)?|stab(?:s|bed)?|"
    r"bit(?:e|es|ing|ten)?|threaten(?:s|ed|ing)?|scares|frightens|terrifies|intimidat(?:es|ed|ing)|shoots|shot) "
    r"me(?! (?:out|under|on the back|in the back|down|up|a|an|some|the|another|one|that)\b)",
    r"<S> <G>(?:hurts|hurting) me(?! (?:emotionally|with (?:his|her|their) words|by (?:saying|ignoring|not|"
    r"forgetting|lying|leaving|cheating)|when (?:he|she|they) (?:says|said|ignores|forgets|lies|leaves|cheats))\b)",
    r"<S> <G>tr(?:y|ies|ied|ying) to hurt me",
    r"<S> <G>hurt me (?:physically|with (?:a|his|her|their) (?:belt|knife|fists?|hands?|bat|stick|cigarette))",
    r"(?:<S> (?:[\w']+ ){0,2}and )(?:shov(?:e|es|ed)|slap(?:s|ped)|punch(?:es|ed)|kick(?:s|ed)|chok(?:es|ed)|"
    r"hits|beats) me(?! (?:out|up|at|in|to)\b)",
    r"thr(?:ew|ows|own) me (?:against|into|down|onto|across|to the (?:floor|ground))",
    r"(?:bruises?|marks|black eye)(?: on my (?:neck|arms?|face|body|wrists?|legs?|back))? (?:from|because of) <O>",
    r"<S> <G>(?:push(?:es|ed|ing)?|thr(?:ew|ows?|owing|own)|slam(?:s|med|ming)?|pin(?:s|ned|ning)?) me "
    r"(?:against|into|down|onto|around|across|to the (?:floor|ground)|up against|hard)",
    r"<S> <G>(?:grab|drag|pull|yank)\w* (?:me by (?:the|my) (?:hair|arms?|wrists?|neck|throat|collar)|"
    r"my (?:hair|throat|neck|wrists?|arms?))",
    r"<S> <G>grab(?:s|bed|bing)? me(?= *$| (?:hard|so hard|roughly|and|again)\b)",
    r"<S> <G>thr(?:ow|ows|ew|owing|own) (?:[\w']+ ){1,3}at me",
    r"<S> <G>punch(?:es|ed|ing)? (?:a |the )?(?:wall|door|hole)",
    r"<S> <G>(?:broke|breaks|bruised|injured|fractured|dislocated|scratched|cut|burn(?:ed|t|s)?|hurt) my "
    r"(?:arms?|wrists?|hands?|neck|face|nose|jaw|ribs?|legs?|back|head|eye|lip|fingers?|shoulder|skin)",
    r"<S> <G>(?:gave|gives|left|leaves) me (?:a )?(?:black eye|bruises?|marks|split lip|fat lip|concussion)",
    r"<S> <G>(?:lay|laid|lays|put|puts) (?:a )?(?:finger|hand|hands) on me|<S> <G>(?:tried to kill|almost killed|"
    r"nearly killed) me|(?:pulled|held|pointed|waved) a (?:knife|gun) (?:on|at|to) (?:me|my)",
    r"<S> <G>(?:(?:gets|got|getting|is|was|becomes|became|can be|can get) )?(?:so |really |very |pretty )?"
    r"(?:violent|physical with me|rough with me)",
    # Threats.
    r"<S> <G>threaten(?:s|ed|ing)? (?:me )?(?:to|that (?:he|she|they)(?:'d|'ll| would| will)?) (?:[\w']+ ){0,2}?"
    r"(?:hurt|harm|kill|hit|beat|stab|shoot|choke|strangle|burn|take (?:away )?(?:the|my|our) (?:kids|children|son|"
    r"daughter|baby)|throw me out|kick me out|leave me with nothing|(?:post|share|send) (?:my |our )?(?:photos|"
    r"pictures|nudes|videos))",
    r"(?:said|says|told me|tells me|swore|swears|screamed|yelled|shouted) (?:that )?(?:he|she|they)(?:'d|'ll)?"
    r"(?: would| will| was going to| is going to| could)? (?:[\w']+ )?(?:kill|hurt|murder|stab|shoot|strangle|choke|"
    r"beat|hit|harm) me",
    r"(?:he|she|they)(?:'ll|'d| will| would| is going to| was going to| said (?:he|she|they)(?:'d|'ll)) (?:[\w']+ )?"
    r"(?:break|snap) (?:my|both my|every bone in my) (?:legs?|arms?|neck|jaw|face|nose|fingers?|hands?|body)",
    r"(?:kill|hurt|murder) me if i (?:ever )?(?:leave|left|tr(?:y|ied) to leave|(?:call|called|go to|went to) the "
    r"police|t(?:ell|old) anyone)",
    # Control: isolation, locking in, phone, money.
    r"<S> <G>(?:won't|doesn't|didn't|wouldn't|never|refuses to|refused to) (?:even )?let(?:s)? me (?:(?:see|talk to|"
    r"visit|call|text|meet) <PEOPLE>|go (?:out|anywhere|outside|to work)|get a job|work|have (?:any |my own )?"
    r"(?:money|friends|a job|a phone|my phone)|leave(?= *$| (?:the (?:house|room|apartment)(?! without (?:a |an |my )?"
    r"(?:hug|kiss|cuddle|goodbye|coffee|breakfast|jacket|coat))|him|her|them)\b))",
    r"<S> <G>lock(?:s|ed|ing)? me (?:in|out|up|inside)",
    r"(?:checks|reads|goes through|tracks|monitors|searches) (?:all )?(?:of )?my <PRIVATE>",
    r"<S> <G>(?:check|track|monitor|checking|reading|going through|tracking|monitoring) (?:all )?(?:of )?my <PRIVATE>|"
    r"<S> <G>(?:checked|read|went through|tracked|monitored|searched) (?:all )?(?:of )?my <PRIVATE>(?! (?:with|from|to|"
    r"between) (?:my|our|a|the) [\w']+(?: in law)? and (?:got|was|felt) (?:upset|mad|angry|hurt|jealous|annoyed)\b)",
    r"<S> <G>(?:takes|took|taking) (?:away my (?:phone|keys|passport|wallet|money|cards?)|my (?:phone|keys|passport|"
    r"wallet|money|cards?) away)|<S> <G>(?:smash\w*|hides|hid|hiding|keeps|kept) my (?:phone|keys|passport|wallet)",
    r"<S> <G>control(?:s|led|ling)? (?:(?:all (?:of )?)?(?:the|my|our) (?:money|finances|bank accounts?|accounts|"
    r"cards|spending|paycheck)|who i|where i|what i|everything i|my every)",
    # Sexual coercion.
    r"(?:forc|pressur|coerc)(?:e|es|ed|ing) me (?:into |to )?(?:have sex|having sex|sex|sleep(?:ing)? with|do sexual)",
    r"forc(?:es|ing) (?:himself|herself|themselves) on me",
    r"<S> <G>(?:takes|keeps|took|kept) (?:all )?my (?:whole |entire )?(?:paycheck|wages|salary|pay|earnings)(?! (?:to|for|in)\b)",
    r"(?:gives|gave|allows|lets) me (?:like |only |just )?(?:twenty|ten|fifty|a few|\d+) (?:bucks|dollars|pounds|quid) a (?:week|month)",
    r"<FEAR> (?:he|she|they)(?:'ll| will| might| would|'d) (?:hurt|harm|hit|take) (?:the|my|our) (?:kids|children|baby|son|daughter)",
    r"(?:mak(?:e|es|ing)|made) me (?:have sex|sleep with (?:him|her|them))|forced (?:himself|herself|themselves) on me",
    r"<S> <G>(?:forc\w+|pressur\w+|coerc\w+|mak(?:e|es|ing)|made) me (?:to )?do (?:sexual )?(?:things|stuff)"
    r"(?: (?:that )?i (?:didn't|don't) want(?: to(?: do)?)?(?: sexually| in bed)?| sexually| in bed)",
    r"(?:doesn't|didn't|won't|wouldn't) stop (?:[\w']+ )?when i (?:say|said|tell \w+|told \w+) (?:no|to stop)",
    r"forc(?:e|es|ed|ing) me (?:[\w']+ ){0,3}(?:when|after|even though|though|if) i (?:say|said|tell \w+|told \w+) "
    r"(?:no|to stop|i don't want)",
    # Fear of the partner (<O>) or of what they might do, not fear about the relationship.
    r"<FEAR> of <O>(?= *$| (?:and|so|because|when|sometimes|now|too|honestly|really|hurting|hitting|most|all|"
    r"every|half|lately|a lot|at times|more|these days|again|even|though|but|"
    r"getting (?:angry|mad|violent|drunk))\b)",
    r"<FEAR> of (?:his|her|their|<P>'s) (?:temper|anger|rage|reactions?|moods?|outbursts?|fists?|violence|drinking|"
    r"hands)",
    r"(?:<FEAR>|worried|fear) (?:of )?what <S> (?:might |could |will |would |is going to |going to )?do",
    r"(?:<FEAR>|worried|fear)(?: that)? <S> <G>(?:hurt|hit|kill|beat|harm|choke|strangle)s? "
    r"(?:me|us|the kids|my kids|the children|the baby)",
    r"<FEAR> (?:to|of) (?:go(?:ing)? (?:back )?home|be(?:ing)? (?:at )?home|be(?:ing)? alone with <O>|"
    r"leav(?:e|ing) <O>|say(?:ing)? no to <O>|tell(?:ing)? <O> no|(?:make|making) <O> (?:angry|mad)|"
    r"(?:upset|upsetting|anger|angering) <O>)",
    r"(?:walk(?:ing)?|tiptoe(?:ing)?|treading|tread) on eggshells (?:(?:around|with|near|because of) <O>|"
    r"(?:so|or|because|in case) <S>)",
    # Pushing without a place ("he pushed me to apply" is encouragement), twisting, blocking the way out.
    r"<S> <G>push(?:es|ed)? me(?= *$| (?:and|so|again|hard|over|down)\b)",
    r"<S> <G>(?:twist|bent|bend|squeez)\w* my (?:arm|wrist|hand|fingers?)(?= *$| (?:until|till|so hard|behind|back|"
    r"and)\b)",
    r"<S> <G>(?:blocks|blocked|blocking|stands in|stood in) (?:the|my) (?:door|doorway|way out|exit)|(?:and|then) "
    r"(?:blocks|blocked|stands in|stood in) (?:the|my) (?:door|doorway|way out|exit)",
    r"<S> <G>hurt(?:s)? me and i(?:'m| am| was) (?:so |really )?<FEAR>",
    r"<S> <G>(?:hurt|hurts) me again|(?:i get|i got|i've been) hurt when <S> <G>(?:gets|got|is|was) (?:angry|mad|"
    r"drunk|upset)",
    r"<S> <G>(?:breaks|broke|smashes|smashed|throws|threw) (?:things|stuff|plates|dishes|furniture)(?= *$| (?:when|"
    r"and i'm|at)\b)",
    r"(?:hid(?:e|ing)?|cover(?:ing)? up) (?:my |the )?(?:bruises|marks|injuries)",
    # Control: permission, isolation, money, tracking.
    r"(?:ask|asking|need|get|getting) (?:(?:his|her|their) |for )?permission to (?:leave|go (?:out|anywhere|outside)|"
    r"see (?:my|anyone|friends)|talk to|call|spend (?:any )?money|use (?:my|the) phone|eat)",
    r"(?:not|isn't|aren't|wasn't) allowed to (?:see|talk to|call|visit|go out|leave|have (?:friends|money|my own "
    r"(?:money|phone|friends|bank account|account|car|keys)))",
    r"<S> <G>(?:keeps|kept|keeping|cuts|cut|isolat\w+) me (?:away |off )?from (?:<PEOPLE>|(?:my|our|the) (?:bank "
    r"account|money|accounts))",
    r"<S> <G>(?:tracks|tracked|tracking|monitors|monitored|watches|follows|followed) (?:where i go|everything i do|"
    r"my every move|me everywhere|who i (?:talk|see|text))",
    r"<S> <G>(?:takes|took|keeps|kept) (?:all )?(?:of )?(?:my|our) (?:money|bank cards?|cards)(?! (?:to|for|in|safe)"
    r"\b)",
    r"(?:nobody|no one|noone) (?:would|will|'d|'ll) (?:ever )?believe me",
    r"(?:take|taking|took) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:away )?(?:and|so) i(?:'d| would| will|"
    r"'ll)? never see",
    r"(?:careful|watch) (?:about |with )?(?:what|everything|how) i (?:say|do|act)(?: around <O>)?(?: or| otherwise| "
    r"because| so| in case| before) <S> <G>(?:loses it|lose it|explodes?|blows? up|snaps?|goes off|go off|"
    r"gets? (?:violent|physical|rough|scary))",
    r"(?:<FEAR>|fear) for my (?:life|safety)|(?:i|i'm|im|we|we're|it|it's|its|home|kids|children|they|we're|"
    r"anyone|anybody|nobody) (?:\w+ )?(?:not|isn't|aren't|wasn't|weren't) safe (?:at home|with <O>|around <O>)",
    r"(?:don't|never|no longer) feel safe (?:at home|with <O>|around <O>|in (?:my|our|the) (?:own )?(?:home|house|"
    r"apartment|bed))",
    # Hurting pets or children to punish; weapons shown; burns; "teach me a lesson"; "i'm next".
    r"<S> <G>(?:kick|hit|hurt|beat|kill|drown|choke|strangl|throw|threw|starv)\w* (?:the|my|our) (?:dogs?|cats?|pets?|"
    r"puppy|kitten|bird|rabbit|hamster)(?= *$| (?:to|when|because|in front|and|again|if)\b)",
    r"(?:said|says|told me|tells me) (?:that )?i(?:'m| am| was| would be| will be|'d be|'ll be) next",
    r"(?:puts|put|laid|lays|leaves|left|shows|showed|cleans|cleaned|waves|waved|gets|got) (?:out )?(?:his|her|their|"
    r"a|the) (?:gun|knife|rifle|pistol|weapon) (?:on the table |out |down )?(?:when|whenever|while|every time|during) "
    r"(?:we|i)\b",
    r"<S> <G>(?:pour|throw|threw|spill|splash)\w* (?:hot|boiling|scalding) (?:[\w']+ )?(?:on|at|over) (?:me|my)",
    r"to teach me a lesson",
    # Stalking, tracking devices, coming to work to check.
    r"(?:tracker|tracking device|airtag|gps) (?:hidden |taped |stuck )?(?:under|on|in|inside) my (?:car|phone|bag|"
    r"purse|coat|jacket|keys|wallet|bike)|spy ?app|spyware|stalkerware",
    r"<S> <G>(?:shows?|showed|showing|turns?|turned|turning) up (?:at|outside) my (?:work|job|office|school|apartment|"
    r"house|place|door)(?= *$| (?:to|at night|uninvited|unannounced|again|every|all the time|even)\b)",
    r"<S> <G>(?:stalks|stalked|stalking|won't stop (?:following|calling|texting|messaging)) me",
    # Fear of being found; freezing at the partner's return; lying to doctors about injuries.
    r"<FEAR> (?:that )?<S> (?:(?:will|would|might|is going to|going to) )?(?:find|come after|hunt|track) me",
    r"(?:freeze|froze|panic|shake|shook|tremble)\w* (?:up )?(?:when|whenever|every time) i hear (?:his|her|their) "
    r"(?:car|keys?|footsteps|voice|truck)",
    r"(?:lie|lied|lying) to (?:the|my) (?:doctor|doctors|nurse|hospital|er|police|family) about (?:how|the|my|where)",
    # Coercion and ignoring "stop".
    r"pressur\w* me into (?:things|stuff|doing things|sex)(?: (?:that )?i (?:don't|didn't) want)?",
    r"(?:keeps|kept|keep) going (?:[\w']+ ){0,3}(?:even )?(?:when|after|though) i (?:say|said|tell \w+|told \w+|ask|"
    r"asked) (?:\w+ )?(?:to )?(?:stop|no)(?= *$| (?:but|and|he|she|they)\b)",
    r"(?:when|after|even though|though) i (?:said|say|told <O>|tell <O>) no(?: [\w']+){0,6} (?:going ahead|went ahead|"
    r"goes ahead|kept going|keeps going|did it anyway|does it anyway|doesn't stop|didn't stop|wouldn't stop)",
    # Not hurt "today" (so on other days); threats about the kids; watching at work; money and tracking.
    r"<S> <G>(?:didn't|hasn't|did not|has not|doesn't) (?:hit|hurt|shove|push|grab|slap|choke|kick)\w* me (?:today|"
    r"tonight|this week|in a while|lately|yet|for a (?:while|week|few days))",
    r"threat\w* to (?:take|keep) (?:the|my|our) (?:kids|children|baby|son|daughter)",
    r"<S> <G>(?:shows?|showed|showing) up at my (?:work|job|office)(?: [\w']+){0,6} (?:waits?|waited|waiting|watch\w*)|"
    r"to see who i (?:leave|left|talk|talked|go|went) (?:home )?with",
    r"(?:tracks|tracking|tracked) my (?:car|phone|location)|(?:where|what) every (?:dollar|penny|cent) (?:went|goes)|"
    r"<S> <G>(?:keeps|controls|takes|took|kept) all (?:the|my|our) money|(?:have|had) to ask <O> for (?:money|cash|"
    r"(?:like )?(?:[\w']+ )?(?:bucks|dollars))",
    # Rough handling, pets hurt again, a crash threatened, shoved into things.
    r"gets? rough with me|getting rough with me|rough(?:s|ed)? me up|so <S> (?:doesn't|won't|don't) get rough with me",
    r"<S> <G>(?:hurt|hurts|hit|hits|kicked|kicks) (?:the|my|our) (?:dogs?|cats?|pets?) again|so <S> (?:doesn't|won't|"
    r"don't) hurt (?:the|my|our) (?:dogs?|cats?|pets?|kids)",
    r"(?:crash|kill) us both|(?:crash|wreck) the car with (?:me|us) in it",
    r"<S> (?:[\w']+ ){0,8}(?:and|then) (?:shoved|pushed|slammed|threw|knocked) me (?:into|against) (?:the |a )?(?:wall|"
    r"counter|door|table|floor|fridge|cabinets?|car|dresser|stairs|bed|sink|window)",
    # Showing what could happen; reckless driving as a threat; sex while asleep or to keep the peace; cover
    # stories; spitting; ruin as a threat; the phone torn away; the kids or videos used as threats; "next time".
    r"to show me what (?:could|would|will|might|can) happen|next time (?:it|that)(?:'ll| will| would|'s going to| is going to)? "
    r"be (?:me|my (?:face|head))",
    r"(?:won't|wouldn't|doesn't|didn't|refuses to|refused to) slow down (?:[\w']+ )?(?:when|even when|even though|after|"
    r"though) i (?:beg|begged|ask|asked|scream|screamed|cry|cried|plead|pleaded)",
    r"(?:does|did|doing|do) (?:stuff|things) to me (?:when|while) i(?:'m| am| was) (?:asleep|sleeping|drunk|passed out)|"
    r"(?:touches|touched|touching) me (?:when|while) i(?:'m| am| was) (?:asleep|sleeping|passed out)",
    r"(?:go|goes|went|going) along with (?:it|sex|him|her|them)(?: [\w']+){0,3} (?:so|because|or|otherwise) (?:he|she|they)"
    r"(?:'ll| will)? (?:doesn't|won't|don't|wouldn't|didn't)? ?(?:gets?|got) (?:angry|mad|upset|violent)",
    r"(?:tell|telling|say|have to tell|had to tell|lie to|lied to) (?:people|everyone|everybody|my (?:mom|family|friends|boss|"
    r"doctor|sister)|the (?:doctor|nurse)|work) (?:that )?i (?:fell (?:down|off|over|on|against|into)|walked into (?:a |the )?"
    r"(?:door|wall|cabinet|cupboard)|tripped|bumped into (?:a |the )?(?:door|wall)|slipped)",
    r"<S> <G>(?:spat|spit|spits|spitting) (?:on|at|in) (?:me|my)",
    r"(?:ruin|destroy) my life if i (?:ever )?(?:leave|left|go|tell|try)",
    r"(?:ripped|pulled|yanked|snatched|tore) (?:the|my) phone (?:out of|from|away)",
    r"(?:get|have|make sure) (?:the|my|our) (?:kids|children|baby|son|daughter) (?:taken|removed) (?:away|from me)|"
    r"tell everyone i'm (?:crazy|insane|unstable|mental|an abuser)",
    r"(?:post|share|send|leak)\w* (?:the |our |my |those )?(?:videos|photos|pictures|nudes|tapes)(?: [\w']+){0,3} if i",
    r"(?:counts|checks|checked|tracks|tracked|writes down) (?:the )?(?:miles|mileage) on my car|to see where i(?:'ve| have)? "
    r"been(?= *$| (?:all day|today|and)\b)",
    # Threats of what happens if one speaks, held in a room, a head held under water, made to quit one's
    # job, told where one may go, being found wherever one goes.
    r"(?:he'll|she'll|they'll|he'd|she'd|he will|she will|he would|she would) make (?:sure|certain) i regret it|"
    r"(?:he'll|she'll|they'll|he'd|she'd|he will|she will|he would|she would) make me (?:regret it|pay|sorry)",
    r"<S> <G>(?:locked|locks|locking) the (?:door|doors)(?: [\w']+){0,3} (?:and )?(?:stood|stands|sat|standing|stayed) "
    r"(?:in front of|against|by|at) (?:it|the door)|(?:tried|try|wanted) to leave(?: the (?:room|house|car|bedroom|kitchen))?"
    r"(?: [\w']+){0,3} (?:and )?<S> (?:locked|blocked|stood in front of|grabbed)",
    r"(?:wouldn't|won't|didn't|doesn't) let me (?:leave|get out of) (?:the )?(?:room|house|car|apartment|bedroom|bathroom)"
    r"(?! without (?:a |an |my )?(?:hug|kiss|cuddle|goodbye|coffee|breakfast))",
    r"(?:held|holds|holding|pushed|pushes|forced|shoved) my head (?:under|into|in) (?:the )?(?:bath |tub |pool )?water",
    r"(?:made|makes|forced) me (?:quit|give up|leave) my (?:job|work|studies|course)",
    r"(?:decides|decided|tells me|controls) where i (?:can|am allowed to|may) go",
    r"(?:he'd|she'd|they'd|he'll|she'll|they'll|he would|she would|he will|she will) (?:always )?(?:find|track down|hunt down) me "
    r"(?:wherever|no matter where|anywhere|everywhere)",
    r"(?:he'd|she'd|they'd|he'll|she'll|they'll|he would|she would|he will|she will) (?:find|track|hunt|come after) me(?: down)? "
    r"and (?:make me|hurt|kill|drag|bring)|(?:he'll|she'll|they'll|he'd|she'd|he will|she will|he would|she would) "
    r"(?:[\w']+ ){1,5}(?:and )?make me (?:regret it|pay|sorry)",
    r"if i (?:ever )?(?:leave|left|go|went|run|ran|try to leave)(?: [\w']+){0,6} <S> <G>(?:says|said|swears|swore|threatens|"
    r"threatened)? ?(?:he|she|they)?(?:'ll|'d| will| would) (?:find|track down|hunt down|come after|come for) me",
    # Smothering: something held over the face, breath cut off.
    r"<S> <G>(?:smother\w*|suffocat\w*) me (?:with (?:a|the) (?:pillow|cushion|blanket|towel)|until|and i (?:couldn't|can't) breathe)",
    r"<S> <G>(?:held|holds|holding|put|puts|pressed|presses|pushed) (?:a |the |his |her |their |my )?(?:pillow|hands?|cushion|"
    r"towel|blanket|arm) (?:over|on|against|across) my (?:face|mouth|nose|throat)|<S> <G>(?:squeezed|held|pressed|sat on|lay on|"
    r"pinned|held me down)(?: me)?(?: [\w']+){0,4} until i (?:couldn't|could not|can't) breathe",
    # A threat of what happens if one calls the police.
    r"(?:nobody|no one) (?:will|would|'ll|is going to) (?:ever )?find (?:my|your|the) body|if i (?:ever )?(?:call|called|tell|told) "
    r"the (?:police|cops)(?: [\w']+){0,6} (?:kill|hurt|regret|make me pay)",
    # Ready to flee: shoes on in bed, a bag packed "in case"; fear at home, or wishing for safety there.
    r"(?:sleep|slept|sleeping|go to bed|went to bed) (?:with|in) my shoes on|in case i (?:have|need|got|ever have|ever need) to "
    r"(?:run|flee|escape|get out fast|leave fast|leave in a hurry|get out quick)",
    r"(?:packed|pack|keep|kept|have) (?:a|my) (?:go |grab |emergency )?bag (?:packed |ready )?(?:by the door |in the car |hidden )?"
    r"(?:just )?in case (?:he|she|they|i (?:have|need) to)",
    r"(?:<FEAR> (?:to be |of being )?(?:at|in) (?:my own |our |the )?(?:home|house)|(?:not|never) (?:be|feel|have to be|have to feel) "
    r"<FEAR> (?:at|in) (?:my own |our |the )?(?:home|house)|(?:want|need|wish i could|just want) to (?:feel|be) safe (?:at|in) "
    r"(?:my own |our |the )?(?:home|house))(?! (?:party|parties|warming|hunting|sitting|plants?|guests?|tour|show|alone)\b)",
    # What one may eat or wear decided, being weighed; "you'll regret it" if one sees people.
    r"(?:decides|decided|controls|tells me|picks) (?:what|how much) i(?:'m| am)? (?:allowed to |can |may |get to )?(?:eat|wear)|"
    r"<S> <G>(?:weighs|weighed) me",
    r"twist\w* my (?:arm|wrist)s? (?:behind my back|until|so hard|till)",
    r"if i (?:ever )?(?:leave|left|go)(?: [\w']+){0,4} (?:i'll|i will|i would|i'd) never see (?:the|my|our) (?:kids|children|son|"
    r"daughter|baby|dog) again",
    r"(?:which|what) version of (?:him|her|them) (?:is )?(?:coming|comes|will come|i'll get) home",
    r"told (?:the|my) (?:doctor|nurse|er|hospital|dentist|teacher|boss|mom|family|friends?)(?: that)? i (?:fell|tripped|walked into|"
    r"bumped into|slipped)(?! (?:asleep|in love|for|behind|off the wagon))",
    r"(?:have to|has me|makes me|made me|got to) (?:hand|give) (?:over )?my phone|hand over my phone",
    r"(?:text|send|show)(?: him| her| them)? (?:a )?(?:picture|photo|pic|video|selfie) of where i(?:'m| am)|(?:text|check in with|call) "
    r"(?:him|her|them) every (?:hour|half hour|thirty minutes|30 minutes)",
    r"<S> <G>(?:held|holds|picked up|grabbed|waved|pulled out|took out) (?:a|the|his|her) (?:knife|gun|bat|hammer)(?: up)?(?: [\w']+){0,3} "
    r"(?:while|when|during|as) (?:we|i)(?: were| was)? (?:argu|fight|fought)\w*",
    r"(?:i'll|ill|i will|you'll|youll) regret it if i (?:see|talk|call|go|leave|tell|text|visit)",
    r"<S> <G>(?:dragged|drags|dragging|pulled|pulls|yanked|yanks) me (?:[\w']+ ){0,4}(?:by (?:my|the) (?:hair|arm|wrist|neck|collar)|"
    r"across the (?:floor|room|kitchen|yard)|out of (?:bed|the car|the house))|<S> <G>(?:pulled|pulls|yanked|yanks|grabbed) my hair",
    r"(?:took|taken|takes|removed) the (?:bedroom |bathroom |my )?doors? off(?: (?:the|its) hinges)?",
    r"<S>(?: [\w']+){0,5} (?:coming|came|comes) after me(?! (?:about|for|in|at) )",
    # a weapon one is reminded of, timed errands, kept from family, cash hidden from the partner
    r"<S> <G>(?:has|keeps|got|owns|bought) a (?:gun|knife|weapon|rifle|pistol)(?: [\w']+){0,8} (?:remind\w*|show\w*|wav\w*|"
    r"point\w*) (?:me|it at me|it to me|at me)",
    r"without (?:him|her|them) (?:timing|tracking|following|checking up on) me|<S> <G>(?:times|timed|timing) me when i",
    r"<S> <G>(?:keeps|kept|keeping|stops|stopped|stopping) me (?:from|away from) (?:seeing |talking to |calling |visiting )?<PEOPLE>",
    r"(?:hide|hid|hiding|stash\w*) (?:cash|money)(?: [\w']+){0,6} so (?:he|she|they) (?:won't|doesn't|can't|wouldn't|don't) "
    r"(?:find|see|take|know)",
    r"if i (?:[\w']+ ){1,8}(?:i'll|ill|i will|you'll|youll|i'd) regret it",
    # flinching at a raised hand; a stretch "without hitting me" told as progress
    r"flinch\w*(?: [\w']+){0,4} (?:he|she|they) (?:raises|raised|lifts|lifted|moves|moved) (?:his|her|their) (?:hand|arm|fist)|"
    r"<S> <G>(?:raises|raised|raising) (?:his|her|their) (?:hand|fist) (?:to|at|against) me",
    r"(?:week|weeks|day|days|month|months|while|night|weekend) without (?:hitting|hurting|slapping|punching|kicking|shoving|"
    r"pushing|choking|grabbing|beating|threatening) me",
    # a fall that was the partner, held under water
    r"i (?:fell|tripped|slipped|walked into (?:a|the) door)(?: [\w']+){0,3} but (?:it was|really it was|actually it was|really) "
    r"(?:him|her|them|my [\w']+)",
    r"<S> <G>(?:held|holds|holding|pushed|pushes|forced|shoved|kept) (?:me|my head|my face) (?:under|below|into) (?:the )?"
    r"(?:water|bath|bathwater|pool|sink)",
    r"next time it (?:won't|will not|wont|isn't going to) be the (?:wall|door|table|plate|phone|floor|dog|tv)",
    r"(?:somehow |always )?knows where i am (?:all the time|every (?:minute|hour|second)|at all times)|(?:texting|texts|calling|calls) "
    r"me from (?:new|different|other|blocked|unknown) numbers",
    r"<S> <G>(?:sits|sat|waits|waited|parks|parked|sitting|waiting) outside my (?:apartment|house|flat|work|place|building|window|"
    r"door)(?: [\w']+){0,4} (?:at night|every night|for hours|even though|after (?:we|i))",
    r"<S> <G>(?:gets|get|got|is|was|becomes|can be|can get) (?:really |so |kind of |pretty |super )?(?:scary|frightening|violent|rough|"
    r"dangerous) when (?:he|she|they)(?:'s|'re)? (?:drinks|drink|drank|is drunk|gets drunk|has been drinking|drinking|been drinking|"
    r"high|angry|mad|jealous)",
    r"<S> <G>(?:smashed|smashes|broke|breaks|destroyed|punched|threw|kicked)(?: [\w']+){0,4} (?:and|then)(?: [\w']+){0,3} "
    r"(?:told|tells|said|says) (?:me )?(?:it was|it's|it is|that it was) my fault",
    r"<S> <G>(?:told|tells|telling|keeps telling) (?:my )?(?:family|friends|parents|mom|mum|dad|sister|brother|everyone|people)"
    r"(?: [\w']+){0,2} (?:that )?(?:i'm|im|i am) (?:crazy|insane|unstable|a liar|lying|mental|psycho)",
    # nobody else would want me, a laptop smashed, a shove after a threat, sorry for the bruises
    r"<S> <G>(?:says|said|tells me|told me|keeps telling me|reminds me|keeps saying) (?:that )?(?:nobody|no one|noone) (?:else )?"
    r"(?:would|will|could) (?:ever )?(?:want|love|have|put up with|take) me",
    r"<S> <G>(?:smashed|smashes|smashing|destroyed|destroys|wrecked|wrecks|ripped up|rips up|cut up) my (?:laptop|phone|computer|"
    r"tablet|things|stuff|clothes|passport|car|guitar)",
    r"(?:he|she|they|<P>)(?: [\w']+){0,12} (?:and|then) (?:just )?(?:shoved|slapped|punched|kicked|choked|strangled|hit) me(?! (?:up|"
    r"with (?:the|a|an|this|that) (?:news|question|idea|bill|request|joke))\b)|(?:he|she|they|<P>)(?: [\w']+){0,12} (?:and|then) "
    r"(?:just )?(?:pushed|shoved) me (?:off|out of|into|against|down|onto|across|to the (?:floor|ground))",
    r"(?:sorry|apologi\w*) (?:for|about) (?:the|my|those) bruises|(?:hide|hid|hiding|cover|covered|covering) (?:up )?(?:the|my|those) "
    r"bruises|bruises (?:he|she|they) (?:left|gave me)",
)


IDIOMS = re.compile(
    r"(?<![\w'])(?:(?:so|too) (?:hot|cute|good|funny|pretty|handsome|beautiful|happy|embarrassed|full|gorgeous|sweet) "
    r"(?:that )?i (?:could|would|wanted to|might) (?:just )?die|"
    r"gave me a black eye (?:[\w']+ ){0,4}(?:by accident|accidentally)|accidentally gave me a black eye|"
    r"(?:if|when|once) (?:my|our|the|his|her) (?:[\w']+ )?team (?:loses|lose|lost|misses)(?: [\w']+){0,4} (?:i'm|im|i am|i'll|ill) "
    r"(?:going to |gonna )?(?:jump off (?:a|the) (?:cliff|bridge|roof)|kill myself|die)|"
    r"kill (?:me|him|her) if (?:i|he|she) (?:ever )?(?:ate|eat|eats|touch|touched|touches|took|take|drank|drink|finished|finish|"
    r"spoil|spoiled|spoils|used|use|borrowed|borrow) (?:his|her|their|the|my) (?:[\w']+ ){0,2}(?:pizza|leftovers|snacks?|food|"
    r"fries|chocolate|cake|cookies|coffee|beer|wine|ice cream|show|finale|episode|ending|spoilers?|sweater|hoodie|charger|car|"
    r"last slice)|"
    r"(?:want(?:ed|s)? to die|could have died|nearly died|almost died) (?:when|after|because) (?:the |his |her |our |my )?[\w']+ "
    r"(?:lost|won|scored|missed|got knocked out|got relegated|blew it)|"
    r"(?:knocked|spilled|dropped|tipped)(?: over)? (?:the |a |my )?(?:[\w']+ ){0,3}(?:and|then) (?:burned|burnt|cut|scalded) my "
    r"(?:arm|hand|leg|finger|wrist)s?)(?![\w'])")
"""Idioms that hold words the screen stops for and say nothing of harm ("he's so cute i could die"):
set aside before the screen reads the turn."""


PLAYFUL = re.compile(
    r"(?<![\w'])(?:pillows?|cushions?|pillow fight|snowballs?|water (?:balloons?|guns?|pistols?)|nerf|tickl\w*|prank\w*|"
    r"april fools?|as a joke|for a laugh|"
    r"we both (?:laughed|cracked up|lost it laughing|burst out laughing)|i (?:laughed|was laughing) so hard|into the pool|"
    r"so (?:that )?i (?:wouldn't|didn't|won't) (?:slip|fall|trip|"
    r"get hit|get hurt|step into|walk into))(?![\w'])")
THREAT_WORDS = re.compile(
    r"(?<![\w'])(?:kill\w*|chok\w*|strangl\w*|smother\w*|knife|knives|gun|bruis\w*|bleed\w*|blood|hospital|police|"
    r"scared|afraid|terrified|frightened|threat\w*|couldn't breathe|can't breathe|hurt me|hurts me|again and again|won't stop|"
    r"wouldn't stop (?:when|after|even)|every time)(?![\w'])")
"""Words that keep a rule-screen hit standing even in a playful turn ("a pillow over my face and i couldn't breathe")."""
"""Play or protection in the same turn ("she hit me with a pillow", "grabbed my arm so i wouldn't slip"):
the rule screen does not stop for touch there; the safety model still weighs the turn, and can ask."""


LAUGH = re.compile(r"^(?:(?:haha+|ha|hah|lol|oh|um|well|honestly|aw|ah) )+")
"""What may come before the yes ("haha yes i'm safe")."""
YES = re.compile(r"^(?:(?:oh|um|uh|well|hmm|ha|haha) )*(?:yes|yeah|yep|yup|yea|ya|mhm|mm hmm|uh huh|sure|of course|absolutely|definitely|totally|i'm safe|i am safe|"
                  r"we're safe|i'm fine|i'm okay|i'm ok|i'm alright|i'm all right|i'm good)\b")
HEDGE = re.compile(r"\b(?:no|not|nope|nah|never|\w+n't|guess|think|maybe|probably|hope|hopefully|kind of|kinda|"
                    r"sort of|sorta|mostly|unless|until|except|sometimes|for now|tonight|physically|i mean)\b")
"""A hedge or a negation next to the yes ("yes for now", "yeah i guess", "yes but no")."""
REASSURED = re.compile(r"\b(?:don't worry(?: about (?:me|it|that))?|it's not like that|its not like that|not like that|"
                       r"nothing like that|not that kind of (?:thing|heavy)|not in that way|the only (?:danger|risk|casualty|victim) (?:was|is|were)"
                       r"(?: [\w']+){0,4})\b")
"""Reassurance around the yes ("yes don't worry", "yeah it's not like that"): not a hedge."""
NO_NO_FINE = re.compile(r"^(?:(?:oh|um|uh|well) )*(?:(?:yeah|yea|yes|ya) )?(?:no+ )+(?=(?:(?:i'm|i am|we're|we are|it's|honestly|really|seriously|"
                        r"totally|all) )*(?:fine|okay|ok|good|safe|alright|all right|nothing like that|not like that)\b)")
"""A "no" that waves the worry away ("no no i'm fine", "no, nothing like that"): read as the yes that follows."""
QUALIFIED = re.compile(r"\b(?:not (?:safe|okay|ok|fine|really|sure|always)|unsafe|for now|for right now|for tonight|until|unless|except|"
                       r"physically|at the moment|mostly|sometimes|hopefully|i hope|worried about (?:him|her|them)|"
                       r"(?:it's|its) (?:him|her|them)|(?:he's|she's|they're|he|she|they) (?:\w+ ){0,2}(?:asleep|out|gone|"
                       r"being nice|nice now|calm now|calmed down|away|at work|not here|not home)|won't happen again|"
                       r"i don't know where (?:he|she|they)|but (?:he|she|they|he's|she's|they're|it's|its)|again|"
                       r"(?<!not )(?<!nothing )(?<!not anything )(?<!wasn't )(?<!isn't )scary|being watched|worr(?:y|ied) about|want (?:him|her|them) to be (?:okay|ok|safe|alright)|"
                       r"only (?:when|if|while)|as long as|(?:he's|she's|they're|he|she|they) (?:\w+ )?(?:not )?(?:drinking|drunk|"
                       r"sober))\b")
"""A qualified safety anywhere in the reply ("yes i'm fine, at the moment"), safety that lasts only
while the partner is away or calm ("yeah, he's asleep right now"), or worry for the partner ("i'm
okay, it's him i'm worried about")."""
NOT_MEANT = re.compile(r"\b(?:didn't mean (?:it|that|the [\w ]+?) literally|not literally|wasn't literal|figure of speech|"
                       r"(?:was|i'm|just) (?:joking|kidding)|just an expression)\b")
"""Taking back one's own words as hyperbole ("haha yes, i didn't mean the strangling part literally")."""
RELATIONSHIP_FEAR = re.compile(r"\b(?:scared|afraid|worried|nervous|anxious) (?:for us|about us|for the relationship|about the "
                               r"relationship|about where we're going|of losing (?:him|her|them|us|each other))\b")
"""Fear for the relationship, not of the partner ("yes, just a bit scared for us")."""


EVERYDAY = re.compile(
    r"\b(?:dead (?:tired|beat|on my feet|serious|set|silent|quiet|end)|deadline|to die for|"
    r"dying to (?:see|know|try|go|tell|get|hear|meet|show)|bored to death|kill(?:ing)? time|killed it|killing it|"
    r"drop dead gorgeous|(?:it|that|this|reality) (?:really |just |kind of |finally )?(?:hits|hit) (?:me|home)|"
    r"(?:scared|afraid|terrified|frightened) of (?:the )?(?:dentists?|doctors?|needles|flying|heights|spiders|dogs|the dark|"
    r"snakes|hospitals|driving|injections|surgery|exams?|tests?)|"
    r"(?:my |the )?(?:boss|mom|mum|dad|mother|father|teacher|coach|manager|sister|brother|mother in law|landlord) "
    r"(?:will|would|is going to|is gonna|'ll|'s going to) (?:literally |actually )?kill me|(?:be|been) the death of me|"
    r"hit the (?:roof|ceiling)|kill(?:ed|s)? me in (?:fortnite|the game|a game|chess|\w+ (?:again|last night))|"
    r"(?:beat|beats|beating) me (?:at|in) (?:\w+ )?(?:boxing|chess|cards|tennis|golf|the game|a game|fortnite|monopoly|scrabble|poker|"
    r"racing|running|a race|pool)|(?:my|his|her|our|their) (?:[\w']+ )?(?:dad|mom|mum|father|mother|grandma|grandmother|"
    r"grandpa|grandfather|nan|brother|sister|aunt|uncle|friend|dog|cat|cousin|parents?)(?:'s|s)? (?:died|passed(?: away)?|"
    r"death|funeral)|(?:my|our|a|the|his|her) safe (?:place|space|haven|harbou?r|person|bet)|"
    # doing well, a fond complaint, comfort, a kitchen cut, one's own turning away, a petty veto
    r"kill(?:s|ed|ing)? it (?:at|in|on|with|today|tonight)|(?:be|been|is|was) (?:going to be |gonna be )?the death of "
    r"(?:him|her|them|us)|held me (?:when|while|as) i (?:was )?(?:cry\w*|cried|sobb\w*|upset|sad|shaking)|"
    r"(?:cut|sliced|nicked) my (?:finger|thumb|hand) (?:chopping|cutting|cooking|slicing|peeling|making|on (?:a|the) (?:knife|can|glass))|"
    r"cut myself (?:on (?:the|a) (?:bread |kitchen |new )?(?:knife|can|glass|paper)|shaving|chopping|slicing|cooking)|"
    r"scared the (?:life|hell|crap|heck|daylights|living daylights|pants) out of me|"
    r"i pushed (?:him|her|them) away (?:when|because|emotionally)|"
    # hiding one's face so nobody sees one upset, "do it yourself", turning down a partner's invitation
    r"so (?:that )?(?:nobody|no one|the kids|they|he|she) (?:would|could|wouldn't|couldn't) (?:see|notice|hear)(?: (?:me|my|it|that))?|"
    r"do it (?:yourself|himself|herself|themselves|myself|together|properly|right)|"
    r"money (?:stuff|talk|worries|stress|problems|issues|things|fights?|arguments?)|"
    r"(?:exhausting|hard|tiring|draining|fun|nice|easy|annoying|a lot) to be around|"
    # one's own hurt or rage as the feeling asked for, a meeting that "killed me", an apology as the need, texts one
    # sent, "no i got it", old photos, plans to go out
    r"(?:^|(?<=^i was )|(?<=^i felt )|(?<=^i feel )|(?<=^feeling )|(?<=^i don't know )|(?<=^i dunno )|(?<=^dunno )|(?<=^honestly )|"
    r"(?<=^um )|(?<=^i guess )|(?<=^i think ))(?:(?:a bit|a little|kind of|so|really|very|pretty|just) )?hurt(?= *$| (?:i guess|i think|and|honestly|mostly|like|because|"
    r"that|kind of|really|mainly|i suppose)\b)|(?:i was|i felt|i feel|i'm|feeling|felt) (?:so |really |pretty |kind of |a bit |"
    r"a little |just )?hurt(?! (?:me|myself|by (?:him|her|them)|when (?:he|she|they)))|"
    r"^(?:(?:um|honestly|just|pure|total|so much|a lot of|like) )*rage(?= *$| (?:honestly|mostly|really|i guess|i think|and|like|"
    r"then|at first)\b)|"
    r"(?:meeting|work|day|shift|class|commute|traffic|workout|gym|hike|run|exam|week|boss) (?:today |this morning |tonight )?"
    r"(?:literally |honestly |basically |totally |just )?(?:killed|kills|is killing|was killing) me|"
    r"(?:need|needed|want|wanted|wish) (?:him|her|them) to (?:[\w']+ ){0,12}(?:apologi[sz]e|say sorry)(?= *$| (?:to me|for)\b)|"
    r"i (?:sent|send|texted) (?:him |her |them )?(?:like )?(?:a|one|two|three|four|five|six|a few|a bunch of|so many) "
    r"(?:texts?|messages)|said no (?:i got it|thanks|thank you|it's fine|its fine|i'm fine|i'm good|worries)|"
    r"(?:when|while|because|since) i'm hurting|hear(?:ing)? (?:him|her|them) breathe|(?:his|her|their) breathing(?! (?:stopped|was "
    r"shallow))|disappear (?:for (?:a bit|an hour|the evening|a few hours|the weekend|a minute|a second)|into (?:a|my|the) (?:book|"
    r"show|game|room|phone|work|hobby|garden|couch|sofa|floor|ground|background|crowd|bed|blankets?|kitchen|garage|wall|cabin|"
    r"woods|mountains|forest|beach|holiday|vacation|trip|hotel|spa))|"
    r"(?:he|she|they|my [\w']+) (?:got|gets|was|seemed|looked|felt|feels|is) (?:all |so |really |kind of |a bit |a little |super |"
    r"pretty )?hurt(?= *$| (?:and|because|about|that|when|over|like|i)\b)|"
    r"burn(?:ed|t|ing)? (?:the |our )?(?:dinner|toast|rice|food|pasta|cookies|pan|pizza|eggs|bacon|lunch|breakfast|popcorn|cake|"
    r"garlic|onions|sauce|steak)|(?:threw|throws|throw|throwing) (?:the|that|a) (?:last |whole |final )?(?:race|game|match|round)|"
    r"threw (?:me |us )?(?:a|an) (?:[\w']+ )?party|drove (?:[\w']+ ){0,3}(?:hours?|miles|minutes) to|"
    r"reading (?:the|his|her|their) (?:group )?(?:texts|messages|emails)|"
    r"(?:living|live|lives) (?:with|like) (?:a )?(?:strangers?|roommates?|ships passing)|"
    r"(?:gone|went|goes|going) (?:inside|into) (?:himself|herself|themselves|his shell|her shell|his head|her head|his cave)|"
    r"follow(?:s|ed|ing)? me (?:around |from room to room |room to room )(?:[\w']+ ){0,2}(?:telling|talking|chatting|asking)"
    r"(?: (?:me )?(?:about|to|if|what|while|when|the whole time|nonstop)\b| *$)|follow(?:s|ed|ing)? me (?:around |from room to room "
    r"|room to room )(?:when|because) (?:he's|she's|they're|he|she|they) (?:bored|lonely|chatty|excited)|said no (?:i'm|i am|im) (?:so |too |just |really )?(?:wiped|tired|busy|exhausted|beat|full)|"
    r"(?:old|family|baby|wedding|vacation|holiday) (?:photos|pictures)|plans? (?:to go out|for (?:the )?(?:weekend|dinner|tonight|"
    r"saturday|sunday|friday|date night|the holidays|christmas|vacation|the summer))|"
    # locked out by one's own doing, feeling safe with the partner, saying one is safe; a pest killed, a deer hit,
    # a film's death, a held hand, passwords kept private, car keys taken after drinks, a pillow thrown at the tv
    r"(?:locked|lock|locks) (?:myself|ourselves|himself|herself|themselves) out(?! of (?:the|my|our) (?:life|lives))|(?<!he )(?<!she )(?<!they )(?:was|were|got|get) locked out|feel safe (?:with|around|next to)|"
    r"(?<!not )(?<!never )(?:i'm|im|i am|yes|yeah|totally|we're|we are) (?:totally |perfectly |completely |really |so )?safe"
    r"(?! (?:for now|right now|at the moment|when|while|until|unless|as long|only|but|now|tonight|here)\b)|"
    r"cut (?:his|her|their) (?:finger|thumb|hand) (?:chopping|cutting|cooking|slicing|peeling|making)|"
    r"(?:kill|smash|squash|swat)(?:ed|es|s|ing|ted)? (?:the|a|that|this) (?:spider|bug|mosquito|fly|wasp|mouse|roach|cockroach|plant)|"
    r"hit a (?:deer|pothole|curb|kerb|bump|parked car|mailbox|bird)|dying inside|dying (?:of embarrassment|laughing)|"
    r"(?:movie|film|show|book|episode|series) (?:where|in which|that) (?:[\w']+ ){0,4}(?:dies|died|gets (?:stabbed|shot|killed))|"
    r"(?:grabbed|held|took) my hand|(?:passwords|phone|journal) to (?:himself|herself|themselves)|"
    r"took my (?:car )?keys because i (?:had|was) (?:[\w']+ ){0,3}(?:drinks|wine|beers|glasses|drinking|drunk|tipsy)|"
    r"(?:threw|throws|throwing) (?:a |the )?(?:pillow|cushion)s? at the (?:tv|television|screen|wall)|"
    r"asked (?:me )?(?:to|if|whether) (?:i )?(?:go|come|join|walk|watch|play|dance|sit|look|cook|have|want|wanted)(?: [\w']+){0,6} "
    r"and i (?:said|told (?:him|her|them)) no(?= *$| (?:because|cause|since|and (?:went|kept|stayed|just)))|"
    r"(?:throws?|threw|throwing) (?:his|her|their) (?:dirty )?(?:clothes|socks|laundry|shoes|towels?|stuff|things) "
    r"(?:everywhere|on the floor|around|all over)|"
    r"(?:won't|doesn't|didn't|never) lets? me (?:pick|choose) (?:the )?(?:movie|music|restaurant|show|channel|playlist|"
    r"radio station|holiday|takeout)|"
    # a punchline, "i could have killed him", a knife that slipped while cooking, a gadget to strangle, pills as the
    # doctor said, dying a little inside, a baby's kicks, a goodbye card, dying without coffee, a game character's
    # fall, dead after a long week, a flight tracked, a bruise from furniture, being held for comfort, a partner
    # whose feelings get hurt, texts to check in, driving somewhere
    r"rather die than|\bi threaten(?:ed)? to (?:cancel|unplug|hide|sell|throw (?:out|away)|unsubscribe|eat)|spare keys?|(?:^|(?<= ))i (?:just )?(?:grabbed|grab|took|picked up) my (?:car |own )?(?:keys|coat|jacket|bag|wallet|phone)|"
    r"(?:was|am|i'm) (?:so |just )?ready to (?:kill|strangle|murder|throttle) (?:him|her|them)|punchlines?|(?:i )?could (?:have |of )?(?:just )?(?:killed|strangled|murdered|kill|strangle|murder|throttle) (?:him|her|them|my [\w']+(?: in law)?)(?= *$| (?:sometimes|today|tonight|"
    r"yesterday|honestly|lol|haha|i swear|when|for|he|she|they)\b)|(?:knife|blade) slipped|"
    r"(?:kill|strangle|murder|smash|punch|throw)(?: [\w']+)? (?:this|the|that|my) (?:stupid )?(?:printer|computer|laptop|wifi|router|"
    r"tv|remote|alarm|alarm clock|phone|game)|(?:taking|take|took|takes) (?:my |his |her )?(?:[\w']+ )?(?:pills|meds|medication|"
    r"tablets|vitamins) (?:every|each) (?:morning|day|night|evening)|like the doctor (?:said|told me)|as prescribed|"
    r"died a little(?: (?:inside|bit))?|(?:the )?baby (?:kicked|kicks|kicking|was kicking)|goodbye (?:card|party|lunch|drinks|dinner|"
    r"present|gift|cake)|(?:die|dying) without (?:my|his|her|their|our) (?:morning )?(?:coffee|tea|phone|wifi|caffeine)|"
    r"(?:my|his|her|the|a) (?:main )?character (?:[\w']+ ){0,3}(?:jump\w*|die\w*|dies|died|killed|gets killed|kills (?:himself|"
    r"herself|themselves))|"
    r"(?:literally |basically )?dead after (?:this|that|the|a) (?:long )?(?:week|day|shift|workout|hike|run|game)|"
    r"track (?:his|her|their) (?:flight|package|delivery|run|steps)|bruises? from (?:walking|bumping|falling|tripping|running) into|"
    r"(?:needed|need|want|wanted|wish) (?:him|her|them) to (?:just )?hold me(?! down)|"
    r"(?:gets|got|getting|feels|felt) (?:so |really )?hurt (?:when|that|because|if) i|"
    r"(?:texts?|calls?|messages?) me (?:[\w']+ ){0,4}to (?:check in|say hi|see how i'm doing)\b(?! on where)|"
    r"(?:we were|i was|were|we're|i'm) driving (?:to|home|back|over|up|down|out)\b|"
    # not going on with the exercise tonight, a partner already off to work, keys grabbed on the way out, picking an
    # example, not wanting to push a partner, nobody hurt, a knife in the partner's words while cooking
    r"(?:don't|do not|doesn't) (?:want|feel like|wanna) (?:to )?(?:keep going|go on|carry on) with (?:this|it|the (?:exercise|"
    r"session|reflection|questions))|already gone(?= (?:to|for|when|by|before|and)\b)|"
    r"i (?:said|told (?:him|her|them)|was|went|got)(?: [\w']+){0,6} and (?:just )?(?:grabbed|grab|took) my (?:car |own )?(?:keys|coat|"
    r"jacket|bag|wallet|phone)|(?:(?<=^)|(?<=actually )|(?<=so )|(?<=ok )|(?<=okay )|(?<=um )|(?<=hmm )|(?<=wait )|(?<=well )|"
    r"(?<=oh ))let me (?:pick|choose|think|see|start|explain|try|remember|find|figure)|"
    r"(?:want|wanna|going|trying|try|have|need) to force (?:him|her|them|it|things)|(?:nobody|no one|noone) (?:was|got|is|were|"
    r"had been) (?:hurt|injured)|said (?:not now |careful |wait )?(?:i'm|im|i am) (?:holding|using) (?:a|the) knife|said (?:careful|watch out|wait|not now) "
    r"(?:i have|i've got|ive got|i got|i'm holding) (?:a|the) knife|i (?:put|set|laid) (?:the|my) knife (?:down|aside|in the sink|on the "
    r"(?:counter|board|table))|(?:the )?knife (?:was|is) (?:just )?for (?:the )?[\w']+|"
    # fear for someone in hospital, killed in a video game, who handles the money and why, keys on a hook, "dead to
    # him" as a joke, a playful punch on the arm, "can't live without me", a ghost in one's own house, a pillow punched
    r"(?:my|his|her|our) (?:mom|mum|dad|mother|father|grandma|grandpa|sister|brother|son|daughter|baby|kid|dog|cat|friend)"
    r"(?:'s| is| was) (?:in (?:the )?hospital|sick|ill|having surgery)(?: [\w']+){0,3} and (?:i'm|im|i am|i was|we're) "
    r"(?:so |really )?(?:scared|afraid|worried|terrified)|kill(?:ed|s)? me in (?:[\w']+ ){1,3}(?:and|again|last night|tonight|today)\b|"
    r"(?:handles|does|manages|takes care of|looks after|handle|do) (?:the|our) (?:money|finances|bills)(?= (?:because|since|cause|as)\b)|"
    r"keys (?:on|in) (?:a|the|my|his|her|their|our) (?:hook|bowl|drawer|tray|table|counter|key ?ring|lanyard|keychain)|dead to (?:him|her|me|them)(?: [\w']+){0,8} (?:as a joke|"
    r"jokingly|joking|lol|haha)|punch\w* (?:me in )?(?:my|the) (?:arm|shoulder)(?: [\w']+){0,5} (?:pun|joke|teas\w*|lol|haha|"
    r"playfully|jokingly)\b|(?:can't|cannot|couldn't) live without (?:me|you|him|her)(?= *$)|like a ghost (?:in|around) (?:my|our|"
    r"the|this) (?:own )?(?:house|home|apartment|flat|relationship|marriage)|(?:punch\w*|hit|hitting) (?:a|the|my) (?:pillow|"
    r"cushion|punching bag|mattress)|"
    # one's own pushing someone off or away, talk about money, planning a date, a burden for asking for space, feeling
    # safe as what a moment meant, sore eyes, waking before the other, a knife in one's own hand, space that scares,
    # not noticing someone was gone, hitting one's limit
    r"i (?:kind of |just |sort of )?(?:pushed|push|shrugged) (?:him|her|them) (?:off|away)|(?:he|she|they) (?:kind of |just )?"
    r"(?:pushed|brushed) past me|(?:bad|good|careful|terrible|better|useless) with money|(?:talking|talked|talk|arguing|argued|"
    r"fight|fighting|fought|fights) about money|lent (?:[\w']+ ){0,3}money|(?:can't|i|we|to|who|where i|she|he) plan (?:anything|"
    r"everything|something|things|ahead|dates?|a (?:date|trip|night|dinner|weekend))|(?:a|like a) burden (?:asking|for asking|"
    r"when i ask|to ask)|(?:^|(?<=felt )|(?<=feel )|(?<=feeling ))safe (?:like|and (?:loved|seen|wanted|held|chosen))|"
    r"my (?:eyes|head|back|feet|legs|knees?|stomach|tooth|teeth|throat|ears|hands?|shoulders?) (?:hurt|hurts|hurting|was hurting|"
    r"were hurting)|before (?:i|he|she|we) (?:wake|woke|wakes) up|said not now (?:i'm|i've got|i have|i had) (?:holding |using )?"
    r"(?:a|the) knife(?: in my hand)?|(?:needs|wants|asked for|asks for) (?:some )?space and (?:it|that) (?:scares|scared|frightens|"
    r"worries) me|notice (?:he|she|they) (?:was|were|had) gone|hit (?:my|a|the) (?:limit|wall|breaking point)|"
    # a funeral one went to, devotion, a drive to appointments, not keeping on with the exercise tonight when tired
    r"(?:after|before|at|since|from|during|to|for) (?:the|a|his|her|their|my (?:dad|mom|mum|father|mother|grandma|grandpa|"
    r"uncle|aunt|friend)'s) funeral|(?:i'd|i would|would) (?:literally |honestly |totally )?die for (?:her|him|them|you|my "
    r"(?:kids|children|family|wife|husband|partner|girlfriend|boyfriend|son|daughter))|drove me (?:to|home from) (?:every |my |the |"
    r"all (?:my |the |of my )?)?(?:appointments?|doctor|doctors|hospital|airport|work|school|station|clinic|class|chemo|treatments?|"
    r"tests|scans)|(?:going to|gonna|will|'ll|might|would|is going to) leave me(?= *$| (?:someday|one day|eventually|for someone|"
    r"for (?:a|another)|soon)\b)|burn(?:ed|t|s)? (?:his|her|my|their) (?:hand|finger|thumb|arm|tongue|mouth) (?:on|with|while|"
    r"cooking|taking|making)|(?:the |our |my )?(?:dog|cat|puppy|kitten) (?:tripped|knocked|bumped|jumped on|scratched|bit|pulled) me"
    r"(?:(?: [\w']+){0,8} (?:bruise|bruises|bruised|scratch|scratches))?|makes? sure (?:i|we) (?:get|got|gets) home safe(?:ly)?|"
    r"grab(?:bed|s)? my phone to (?:take|snap|show me|look up|google|order|find|play)|(?:^|(?<= ))i (?:double )?(?:checked|check|"
    r"locked|lock) the (?:locks|doors?|front door|back door|windows)|(?:across|over|under) the bridge|"
    r"(?:skydiving|roller ?coaster|bungee|zip ?lin\w*|turbulence|the hike|the climb|rafting|that ride)(?: [\w']+){0,6} (?:going to|gonna) "
    r"die|(?:then|fine|so|okay|ok|well) you do it|"
    # hyperbole about a repeated joke or song, food or a workout that "will kill" someone, a playful threat, a code
    # punched in, a jump scare, choking on a drink, everyday pills, a cutting board, kitchen knives, a locked phone, a
    # gun safe, keys kept after drinks, a phone grabbed for the scores, a push to the gym, shoes off at home, "my everything"
    r"(?:one more time|again)(?: [\w']+){0,2} (?:i'm|im|i am|i'll|ill|i was) (?:going to |gonna )?(?:murder|strangle|kill|throttle) "
    r"(?:him|her|them)|(?:going to|gonna) (?:strangle|kill|murder|throttle) (?:him|her|them) if (?:he|she|they) (?:told|tells|played|"
    r"plays|said|says|sang|sings|made|makes|did|does|moved|moves|touched|touches)(?: [\w']+){0,4} (?:again|one more time)|"
    r"(?:wings|food|curry|peppers?|spicy [\w']+|workout|hike|stairs|heat|traffic|hangover)(?: [\w']+){0,3} (?:was|were|is|are) "
    r"(?:going to|gonna) kill (?:him|her|me|us|them)|threaten(?:ed|s)? to (?:make me (?:watch|listen|eat|try|sing)|eat my|steal my|"
    r"hide my (?:snacks|chocolate|fries|candy)|unplug|cancel|spoil)|punch(?:ed|es|ing)? in (?:the|a|my|his|her) (?:code|number|pin|"
    r"numbers|address)|jump(?:ed|ing|s)? out (?:of|from) (?:the|a|behind) (?:closet|cupboard|door|wardrobe|bushes|corner)|"
    r"chok(?:ed|ing|e) on (?:my|the|his|her|a) (?:[\w']+ )?(?:water|food|drink|coffee|tea|pasta|sandwich|gum|bread|wine|popcorn|"
    r"laugh\w*)|(?:take|took|taking|takes) (?:her|his|my|their) (?:iron|allergy|vitamin|blood pressure|heart|thyroid|birth control|"
    r"hay fever|cold|sleeping) (?:pills|tablets|meds)|cutting board|(?:new|sharp|kitchen|bread|steak|chef's|chefs) knives?|"
    r"locks? (?:his|her|their|my) (?:own )?phone|gun safe|hunting (?:rifle|season|gun|trip)|(?:took|takes|hides|hid|kept|keeps|"
    r"took away) my (?:car )?keys (?:because|when|since|after|if) i(?:'ve| had| have| was| am|'m)? (?:[\w']+ ){0,3}(?:drinks|wine|beers|"
    r"glasses|drinking|drunk|tipsy)|grab(?:bed|s)? my phone to check the (?:scores?|weather|time|news|game)|pushed me to (?:go|try|"
    r"apply|do|take|get|finish|join|exercise|work|sign up)|(?:(?:makes|made|make) me )?take (?:my |our )?shoes off|(?:battery|phone|car|laptop|tablet|remote)(?: is| was| went|'s)? (?:always |totally |completely |just )?dead|(?:can't|cannot|couldn't) live without "
    r"(?:her|him|you)(?= (?:she's|he's|shes|hes|you're) my (?:everything|world|rock|person|best friend)\b)|cliffhanger(?: [\w']+){0,2} (?:it )?(?:killed|kills|is killing) me|"
    r"(?:^|(?<= ))(?:it|that|this) (?:literally |honestly |totally )?(?:killed|kills) me(?= *$| (?:lol|haha)\b)|"
    r"(?:keep|keeping|kept) (?:the|my|our|a|his|her) (?:[\w']+ )?(?:garden|plants?|flowers|tomatoes|basil|succulents?|fish|"
    r"goldfish|sourdough|starter|tamagotchi) alive|controls? (?:the )?(?:tv )?(?:remote|thermostat|playlist|music|aux|aux cord|"
    r"radio|channel|tv|aircon|heating)|i (?:scared|startled|spooked|surprised) (?:him|her|them)|(?:text|call|message) (?:her |him "
    r"|them |me )?(?:when|once) i (?:get|got) home(?: safe(?:ly)?)?|die happy|(?:knocked|spilled|dropped|tipped)(?: over)? (?:the |a |"
    r"my )?(?:[\w']+ ){0,3}(?:and|then) (?:burned|burnt|cut|scalded) my (?:arm|hand|leg|finger|wrist)s?|(?:scared|nervous|afraid) "
    r"when (?:he|she|they|we) (?:drove|was driving|were driving) (?:in|through) (?:the )?(?:snow|rain|storm|fog|ice|dark)|(?<!to )(?<!want )(?:we|i) (?:live|lived) in (?:a|an|the|our|this|my) (?:tiny |small |little |new |big |old |cramped )?"
    r"(?:studio|apartment|flat|house|home|place|town|city|condo|bungalow)|no escape (?:lol|haha)|drove (?:around|round) (?:the block|for a (?:bit|while)|to (?:calm|clear) (?:down|my head))|(?:don't|do not) (?:want|feel like|wanna) (?:to )?(?:keep going|go on|carry on|continue)(?: (?:tonight|right "
    r"now|now))? (?:i'm|i am|im) (?:too |so |really |just )?(?:tired|exhausted|sleepy|wiped|beat))\b")
"""Everyday idioms that hold a risk word but say nothing of harm ("i was dead tired"): not read as
risk mentions. Only the plainly harmless: "scared to death" or "lost it" stay on the list."""
TENDER_FEAR = re.compile(
    r"(?<![\w'])(?:scared|afraid|terrified|frightened|worried|fear)(?: (?:honestly|i think|i guess|mostly|a bit|a little|"
    r"kind of|really|so|that|like|scared|afraid|terrified|worried))* (?:(?:about|of) (?:money|us|the future|the rent|rent|bills|losing (?:him|her|them|us|each "
    r"other)|being (?:alone|left|replaced|forgotten|not enough)|where (?:we|this)|what (?:if|happens)|whether|how)|"
    r"(?:we're|were|we|we'll|we'd|i'm|im|i|i'll|i'd|he's|she's|they're|hes|shes|he|she|they|he'll|she'll|they'll|he'd|"
    r"she'd|they'd|it's|its|this|that)(?= (?!(?:[\w']+ )"
    r"{0,2}(?:hurt|hit|kill|harm|do something|leave me with|take the kids|come after|find me|lose it|snap|explode)))|"
    r"for (?:us|the relationship|the kids|our future)|(?:to|of) lose (?:him|her|them|us))")
"""Fear as the tender feeling under a hurt ("scared we're growing apart", "scared about money"), not
fear of the partner: not a risk mention by itself (the screen still reads the whole turn)."""
RISK = re.compile(
    r"(?<![\w'])(?:die|dies|died|dying|dead|death|kill\w*|suicid\w*|alive|live|living|wake up|waking up|point|gone|"
    r"disappear\w*|better off|burden|pills?|overdose|rope|bridge|guns?|knife|knives|weapon|cut|cuts|cutting|burn\w*|"
    r"harm\w*|crash\w*|goodbye|letters?|give (?:away|my stuff)|giving (?:away|my)|(?:(?<=i )|(?<=i've )|(?<=ive )|(?<=i have ))(?:gave|given) away|(?:gave|given|gives) away(?! my\b)|(?:wrote|written|writing) (?:a|the) note|go through with it|plan|end it|ending it|"
    r"not be here|not here|hit|hits|hitting|slap\w*|punch\w*|shov\w*|push\w*|grab\w*|chok\w*|neck|throat|"
    r"throw\w*|threw|thrown|kick\w*|pinn\w*|held me|hold me|holds me|restrain\w*|lock\w*|keys|bruis\w*|marks?|"
    r"hurt|hurts|hurting|scared|afraid|terrified|fear\w*|frightened|threat\w*|control\w*|(?:not|isn't|aren't|wasn't|never|won't be) allowed|allows? me|(?:doesn't|won't|didn't) allow|permission|"
    r"let me|track\w*|location|check\w* my|(?:takes?|took|taking) my(?! (?:shoes|coat|jacket|time|work|call|seat|turn|"
    r"hand|advice|side|order|photo|picture|plate|breath|mind|place|spot|word|kids to|mom|dad)\b)|money|paycheck|allowance|sex|force\w*|pressur\w*|"
    r"eggshells|careful|loses it|lost it|temper|rage|drunk|punish\w*|photos|pictures|custody|take the kids|safe|"
    r"unsafe|danger\w*|violent|abus\w*|won't let|doesn't let|apolog\w*|sorry for|still here|why i'm here|"
    r"here anymore|no reason|future|(?:a|no|any) tomorrow|tomorrow for me|"
    r"decided|thanks for everything|for everything|phone off|last time|miss me|happens to me|done with everything|"
    r"matter to (?:anyone|anybody|somebody|someone)|(?:better|easier|happier|lighter|off|fine|"
    r"move on) without me|without me (?:around|here|in (?:the|their|your|his|her) (?:way|lives?))|nobody would|no one would|forever|for good|"
    # warning signs of suicide: being gone, a date, means, goodbyes, giving up on one's body
    r"won't be (?:here|around)|be around|exist\w*|swallow\w*|bottle|roof|tallest|jump\w*|funeral|razor|blades?|"
    r"meds|medication|on purpose|check out|goodbyes?|see (?:them|him|her|you|anyone) again|the date|remove myself|"
    r"ghost|breath\w*|unalive|another (?:day|week|month|year) of this|"
    r"(?:give|gave|giving|given) up(?! (?:my|our|the|a|an|his|her|their|so much|a lot|everything for|smoking|drinking|"
    r"sugar|coffee|on (?!(?:life|living|myself|me|everything|being alive|the future|ever)\b)))|ready to go|"
    r"do it|end of (?:this|it)|nothing left|numb|hopeless\w*|no way out|way out|much longer|keep going|go on|"
    r"can't take (?:it|this)|can't do this|"
    # coercive control, stalking, intimidation
    r"prove|where i am|where i was|scares? me|scared me|(?:do|doing) life|(?:life|lives?) without me|a weight (?:on|around|to)|"
    r"won't need|listens? to my|(?:say|said|saying) no|passwords?|tiptoe\w*|hand over|everything on my phone|(?:smash\w*|broke|break\w*|grab\w*|hid|hides|hiding|took|takes|taking) (?:my|the) "
    r"phone|phone (?:away|off)|messages|texts|app on my|tracking app|read my|reads my|go(?:es)? through my|follows? me|"
    r"followed me|watch(?:es|ing)? (?:me|the house)|outside my|interrogat\w*|every dollar|receipts|what i wear|"
    r"(?:makes|made) me(?! (?:feel|laugh|smile|coffee|tea|breakfast|lunch|dinner|a cup|think|cry|realize|realise|wonder|soup|"
    r"a|an|some|pancakes|cookies|happy|proud|remember)\b)|calls? me (?:names|stupid|crazy|useless|worthless|fat|ugly|"
    r"pathetic|a|an)\b|calls? me (?:[\w']+ ){0,3}times|calls? me (?:to check|constantly|nonstop|all day)|"
    r"(?:when|while|as|and|until) i (?:screamed|scream|screaming)|names|flinch\w*|raises? (?:his|her) hand|start on me|scream\w* (?:at|in my face)|(?:he|she|they)(?: [\w']+)? scream\w*|yell\w* at me|"
    r"wouldn't let|won't let|doesn't let|didn't let|not let me|leave the (?:room|house)|safer|spat|spit|under the water|"
    r"drove|driving|speed\w*|crash|cheat\w*|jealous\w*|punish\w*|isolat\w*|alone with (?:him|her|them)|"
    r"walk(?:ing)? on eggshells|knot in my stomach|set (?:him|her|them) off|loses? (?:it|his temper|her temper)|"
    r"trapped|nowhere to go|can't leave|couldn't leave|leave me|kill\w*|strangl\w*|beat\w*|slam\w* me)(?![\w'])")
"""Words about death, harm, violence, fear, control or a warning sign (a goodbye, no future)."""


PARTNER_AT_RISK = re.compile(
    r"(?<![\w'])(?:(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|hang|hanging|starv\w*) "
    r"(?:himself|herself|themselves|themself)|(?:cuts|cut|burns|burned|scratches) (?:his|her|their) (?:own )?(?:arms?|legs?|"
    r"thighs?|wrists?|skin|stomach)|(?:he|she|they)(?:'s| is)? (?:won't|will not|not going to) be (?:around|here)|(?:he|she|they|<P>)(?:'s|'d)? (?:\w+ ){0,4}(?:want|wants|wanted|"
    r"going|plan|plans|planned|tried|try|tries|talk\w*|said|say|says|threaten\w*) (?:\w+ ){0,2}(?:to )?"
    r"(?:die|end (?:it|his life|her life|their life)|kill|not (?:be )?(?:alive|here|wake up))|"
    r"(?:he|she|they|<P>) (?:doesn't|don't|didn't) want to (?:live|be alive|be here|wake up|exist)|"
    r"(?:he|she|they|<P>)(?:'s| is)? (?:[\w']+ ){0,3}(?:saying|says|said|talking about|talks about|keeps saying) (?:that )?"
    r"(?:he|she|they) (?:wants?|wanted) (?:it )?(?:all )?to (?:end|stop)(?= *$| (?:for good|forever|already)\b)|"
    r"(?:he|she|they) (?:wants?|wanted|wishes|wished) (?:it all|everything) (?:to|would) (?:just )?(?:end|stop)|"
    r"(?:is|went|has gone|'s gone|been) missing(?: [\w']+){0,6} (?:left|leaving) (?:her|his|their)|"
    r"(?:she's|he's|they're|shes|hes|theyre|she is|he is|they are) the one (?:i'm|im|i am) (?:really )?(?:worried|scared|afraid) (?:about|for)|"
    r"(?:called|texted|rang|phoned) me (?:crying |sobbing |in tears )?from (?:a|the|on the|on a) (?:bridge|roof|rooftop|cliff|ledge|"
    r"train tracks|tracks|overpass)|"
    r"(?:he|she|they|<P>)(?:'s| is)? (?:[\w']+ ){0,3}(?:said|says|told me|joked|jokes|thinks) (?:that )?(?:the |his |her |their )?"
    r"life insurance|"
    r"(?:his|her|their) (?:pills|goodbye|suicide|plan to)|(?:knife|blade|razor|scissors) (?:to|against|on) (?:(?:his|her|"
    r"their) own (?:wrists?|arms?|throat|neck|skin|leg)|(?:his|her|their) (?:wrists?|arms?|skin|leg))|(?:he's|she's|they're|<P>(?:'s| is)) suicidal|"
    r"(?:he|she|they) (?:[\w']+ ){0,3}(?:won't|will not) be needing|(?:turned|switched|shut) (?:his|her|their) phone off|"
    r"(?:he|she|they|<P>) (?:texted|sent|wrote) (?:me )?(?:this |a )?(?:odd|weird|strange|final)? ?goodbye|"
    r"(?:he|she|they|<P>)(?:'s| was| is| were)? (?:standing|stood|climbed|climbing|sitting|sat) (?:on|over) (?:the |a |our )?(?:balcony |"
    r"bridge |roof )?(?:railing|ledge)|(?:he|she|they|<P>) (?:sat|sits|was sitting|stayed|waited) in the (?:closed |shut |locked )?"
    r"(?:car|garage)(?: [\w']+){0,8} (?:engine|car|motor) (?:running|on)|"
    r"(?:he|she|they) (?:[\w']+ ){0,3}(?:go|goes|went) through with it|(?:counted|counting|counts) (?:his|her|their) pills|"
    r"(?:he|she|they|<P>) (?:[\w']+ ){0,2}(?:gave|giving|gives) away (?:all )?(?:of )?(?:his|her|their)|"
    r"(?:he|she|they|<P>) (?:wrote|left|writes|leaves) (?:me )?a note|(?:he|she|they|<P>)(?:'s)? (?:[\w']+ ){0,4}(?:wrote|made) "
    r"(?:a|his|her|their) will|(?:he|she|they|<P>)(?:'s)? (?:[\w']+ ){0,5}talk\w* about not being|without (?:him|her|them)\b|"
    r"(?:he|she|they|<P>) (?:sent|texted|wrote|left) (?:me )?(?:a |this |an )?(?:[\w']+ )?(?:message|text|note|voicemail)(?: [\w']+){0,4} "
    r"sorry for everything|(?:stopped|stops|isn't|wasn't) (?:answering|picking up) (?:his|her|their) phone|"
    r"(?:he|she|they|<P>)(?: [\w']+){0,8} (?:cliffs?|bridge|edge|tracks)(?: [\w']+){0,3} and (?:not|never) (?:come|coming|be) back)"
    r"(?![\w'])".replace("<P>", PARTNER))
