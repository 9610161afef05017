"""At a step, a command must sound like one (assistant/nlu/step_commands.py), table-driven."""

import pytest

from assistant.nlu.step_commands import decide


@pytest.mark.parametrize("intent,text,asking,decided", [
    # answers the classifier took for commands stay answers
    ("greet", "mornings", "crowded_moment", "inform"),
    ("help", "feeling wanted", "missing", "inform"),
    ("stop", "i want to stop feeling like this", "need", "inform"),
    ("phrase_another", "another chance", "need", "inform"),
    # a pause is never a stop: the step waits
    ("stop", "let me think a second", "distance_moment", "inform"),
    ("topic_resentment", "hmm how did it make me feel, let me think", "meaning", "inform"),
    # a stop said mid-answer is a stop
    ("inform", "actually stop i dont want to get into this tonight", "deeper_feeling", "stop"),
    ("inform", "can we stop", "reaction", "stop"),
    ("inform", "hmm i think we should stop here", "need", "stop"),
    ("inform", "i dont want to talk about this right now", "trigger", "stop"),
    ("inform", "sorry im too tired, can we do this another night", "emotion", "stop"),
    ("inform", "too tired", "emotion", None),  # an answer, not a stop
    # asking what the question means is never an answer
    ("inform", "whats the difference between that and the last question", "deeper_feeling", "help"),
    # ... but stopping in the story is not
    ("inform", "she said stop hovering", "trigger", None),
    ("inform", "stop checking his phone at dinner", "need", None),
    ("inform", "i said not tonight and went to bed", "reaction", None),
    # a turn that only asks for the question again is never the answer
    ("inform", "wait what was the question", "deeper_feeling", "repeat"),
    ("inform", "sorry what", "need", "repeat"),
    ("inform", "um what do you mean by that", "emotion", "help"),
    ("inform", "i said what do you mean and walked off", "reaction", None),
    # real commands stand
    ("help", "what do you mean", "need", None),
    ("greet", "hello", "trigger", None),
    ("repeat", "can you say that again", "emotion", None),
    ("stop", "stop please", "emotion", None),
    # after choices, a place in the list is a choice
    ("phrase_another", "the first one", "topic", "inform"),
    ("deny", "the second one", "choice", "inform"),
    ("dont_know", "the argument i guess", "choice", "inform"),
    # asked "did I get that right?", a partial yes is a yes; a correction is not
    ("nlu_fallback", "mostly", "readback", "affirm"),
    ("nlu_fallback", "yes thats what happened", "readback", "affirm"),
    ("dont_know", "um pretty much i think", "readback", "affirm"),
    ("inform", "mostly but it was my mom not his", "readback", None),
    ("topic_resentment", "the hurt one", "choice", None),
    # at a step, picking another exercise in so many words switches to it
    ("dont_know", "the one about having room i guess", "missing", "topic_space"),
    ("inform", "the one about feeling let down", "distance_moment", "topic_resentment"),
    ("inform", "the one about feeling let down", "trigger", None),
    ("inform", "feeling far away from her", "trigger", "topic_longing"),  # where the moment is asked
    ("inform", "noticing when she reaches out", "distance_moment", "topic_bids"),
    ("inform", "feeling far away from her", "emotion", None),  # a feeling, where feelings are asked
    ("inform", "he was distant all evening", "trigger", None),  # a moment
    # "stop what i'm doing" is what they'll do, not a command
    ("stop", "stop what im doing and say thank you properly", "turn_toward", "inform"),
    ("stop", "actually stop, its late", "turn_toward", None),
    ("inform", "under what", "deeper_feeling", "help"),
    ("help", "i needed some help and just a thank you", "need", "inform"),  # help that was needed is the answer
    ("help", "i need help with this question", "need", None),
    ("inform", "the first one i guess", "good_moment", "help"),  # no choices here: never an answer
    ("inform", "first i yelled and then i left", "reaction", None),
    # at the opening, saying how tired one is is what's on one's mind; asking to stop still stops
    ("stop", "im just so tired", "topic", "inform"),
    ("stop", "exhausted honestly", "topic", "inform"),
    ("stop", "im so tired can we stop", "topic", None),
    ("stop", "im too tired for this tonight", "topic", None),
    # ... and "tonight" is no goodbye without a goodbye's words
    ("goodbye", "kind of off tonight", "topic", "inform"),
    ("goodbye", "the fight tonight", "topic", "inform"),
    ("goodbye", "good night", "topic", None),
    ("stop", "i think im done for tonight", "topic", None),
    # stopping asked for after what made it urgent, or as a pause, stops
    ("inform", "oh shoot the kids are up can we stop", "meaning", "stop"),
    ("inform", "can we pause i hear the baby", "need", "stop"),
    ("inform", "sorry i have to go", "need", "stop"),
    ("inform", "he looked at me and said can we stop", "trigger", None),
    # "stop for a second and watch it" is what they'll do
    ("inform", "stop for a second and actually watch it with him", "turn_toward", None),
    ("stop", "stop and listen to her", "turn_toward", "inform"),
    # "confused" is a feeling where feelings are asked; "i just lay there" is an answer, not a "don't know"
    ("help", "confused", "emotion", "inform"),
    ("help", "im confused by the question", "emotion", None),
    ("dont_know", "i just lay there", "response", "inform"),
    ("dont_know", "honestly no idea", "response", None),
    ("dont_know", "i dont know", "need", None),
    ("dont_know", "thats hard let me think", "meaning", None),
    # a bare "um" holds the turn (the form says take your time); the question said back is explained
    ("dont_know", "um", "space_need", "inform"), ("inform", "what kind of time hmm", "space_need", "help"),
    # a stop said after a pause or before its reason stops; pausing a game is something one will do
    ("inform", "hold on someone is at the door lets stop for now", "emotion", "stop"),
    ("inform", "actually i need to go my phone is ringing its work", "deeper_feeling", "stop"),
    ("stop", "pause the game and ask what she wants to do about it", "turn_toward", "inform"),
    ("inform", "i need to go on more dates with her", "need", None),
    ("inform", "can we stop the exercise", "emotion", "stop"),
    # another exercise named in a few more words
    ("inform", "the needing room to breathe one", "trigger", "topic_space"),
    ("inform", "the one about how i responded to her", "emotion", "topic_bids"),
    # a stop said after what made it urgent, or put off till later
    ("inform", "the babys crying i gotta go", "deeper_feeling", "stop"),
    ("inform", "you know what lets pick this up tomorrow", "missing", "stop"),
    ("inform", "shoot hes coming in ill finish this later", "response", "stop"),
    ("inform", "you know what im gonna call it a night", "turn_toward", "stop"),
    ("inform", "i gotta go to the gym more with her", "closeness_wish", None),
    ("inform", "he said hell do it later", "trigger", None),
    ("inform", "lets try again tomorrow and really listen", "turn_toward", None),
    # the exercise about different needs, or the five steps, named in their own words
    ("inform", "the one about different needs", "bid", "topic_space"),
    ("inform", "the one about needing different amounts of closeness", "distance_moment", "topic_space"),
    ("inform", "turning a hurt into closeness", "distance_moment", "topic_resentment"),
    ("inform", "i think its about needing space", "emotion", "topic_space"),
    ("inform", "something he did that i loved", "deeper_feeling", "topic_appreciation"),
    ("inform", "i guess something that bugged me", "missing", "topic_resentment"),
    ("inform", "a small thing that got missed", "emotion", "topic_bids"),
    ("inform", "the one where i tried to share something", "reaction", "topic_bids"),
    # a stop after its reason: a child to settle, a call to take, "i need to stop here"
    ("inform", "oh no the baby just woke up i need to stop here", "reaction", "stop"),
    ("inform", "my phone is ringing its my sister i should take this sorry", "missing", "stop"),
    ("inform", "sorry my son just came downstairs i need to put him back to bed", "reassurance", "stop"),
    ("inform", "i need to stop taking it personally", "need", None), ("inform", "i need him to stop", "need", None),
    ("inform", "i should take this more seriously", "turn_toward", None),
    # which need, what counts
    ("inform", "hmm like what would be realistic", "turn_toward", "help"),
    ("inform", "is this about what i need or what he needs", "space_need", "help"),
    ("inform", "what i needed from him or in general", "need", "help"), ("inform", "what do i miss you mean", "missing", "help"),
    ("inform", "what i needed was him or his time", "need", None),
    # a question about the question is explained, never an answer
    ("inform", "whose need do you mean mine or his", "space_need", "help"),
    ("inform", "turn toward like how", "turn_toward", "help"),
    ("inform", "how do you mean", "need", "help"),
    ("inform", "like how i feel about him", "reassurance", None),
    ("help", "what kind of moment", "good_moment", None), ("goodbye", "what kind of moment", "good_moment", "help"),
    ("greet", "whose need do you mean mine or his", "space_need", "help"),
    ("inform", "is small stuff okay", "good_moment", "help"), ("inform", "does it have to be big", "good_moment", "help"),
    # not wanting to go on with it tonight, finishing another time: a stop; not when it is advice or about going on at all
    ("inform", "actually i dont want to keep going with this tonight", "reaction", "stop"),
    ("inform", "ok i dont feel like finishing this one", "turn_toward", "stop"),
    ("inform", "hmm he just walked in ill finish another time", "reassurance", "stop"),
    ("stop", "actually i dont want to keep going with this tonight", "reaction", None),
    ("inform", "i dont want to keep going", "deeper_feeling", None),
    ("inform", "put the phone down and say ill finish later", "turn_toward", None),
    # dev15's stops: too tired to keep going tonight, not now but maybe tomorrow, "gotta go" after its reason;
    # not someone else's words, nor the bare wish not to keep going
    ("inform", "actually i dont want to keep going tonight im too tired", "need", "stop"),
    ("inform", "sorry i cant do this right now maybe tomorrow", "missing", "stop"),
    ("inform", "oh shes back from the shop gotta go", "meaning", "stop"),
    ("inform", "he said he gotta go", "meaning", None), ("inform", "i cant do this anymore", "need", None),
    # a worry about one's answer, and "what do you mean X for her or me", are questions; "i didn't ask again" is an answer
    ("inform", "does that sound bad", "space_need", "help"), ("inform", "is that selfish", "space_need", "help"),
    ("inform", "what do you mean reassurance for her or me", "reassurance", "help"),
    ("repeat", "i didnt ask again", "reaction", "inform"), ("repeat", "can you say that again", "reaction", None),
    ("repeat", "sorry again please", "emotion", None), ("repeat", "could you ask me that again", "emotion", None),
    # dev16's stops: a pause asked for "this", "so i'll stop here"; "not enough" is a feeling, "that's enough" a stop
    ("inform", "i think i need to have a little cry and go to sleep can we pause this", "missing", "stop"),
    ("inform", "um actually shes calling me so ill stop here", "space_need", "stop"),
    ("inform", "i said ill stop it", "need", None), ("inform", "she said shell stop here", "need", None),
    ("stop", "like im not enough", "deeper_feeling", "inform"), ("stop", "ok thats enough for tonight", "need", None),
    ("stop", "enough", "need", None),
    # away from a step nothing changes
    ("greet", "mornings", None, None),
    ("stop", "let me think a second", "readback", None),
])
def test_the_question_decides_what_a_turn_is(intent, text, asking, decided):
    assert decide(intent, text, asking) == decided
