"""The tone guard (reasoning/tone.py) on real-looking replies, both directions and the mixed case,
and the engine's safe phrasing. The first four "caught" replies are the ones issue 10 measured from
the old embedded reasoner."""

from __future__ import annotations

import pytest

from emoomni_ros import labels
from emoomni_ros.affect.fusion import fuse
from emoomni_ros.datatypes import AffectState, Concern, Cue
from emoomni_ros.reasoning import schema as S
from emoomni_ros.reasoning import tone


def affect(label: str, confidence: float = 0.9, feelings=(), conflict_under: str = "") -> AffectState:
    dist = labels.one_hot(label) * 0.9 + 0.1 / labels.NUM_LABELS
    cues = [Cue("text", dist, confidence, [f"words read as {label}"], stamp=10.0, window_end=10.0)]
    if conflict_under:
        cues.append(Cue("face", labels.one_hot(conflict_under) * 0.9 + 0.1 / labels.NUM_LABELS, 0.9,
                        ["lip corners pulled up"], stamp=10.0, window_end=10.0))
    state = fuse(cues, 10.0)
    state.feelings = list(feelings)
    return state


LOSS = "My husband passed away last spring and the house is so quiet now."
LONELY = "I moved here for work and I still don't have a single friend after a year."
FRIEND_DIED = "I found out today that my best friend from school died."
CLEAR_SCAN = "The scan came back clear, I'm cancer free!"
JOB_SCARED = "I got the job, but honestly I'm scared I won't be good enough."
CRISIS = "I've been thinking about ending it all."

CAUGHT = [
    # (utterance, affect or None, reply, the reason contains)
    (LOSS, None, "Wow, your husband passed away last spring and the house is so quiet now? That's fantastic news! "
     "How are you going to celebrate?", "celebrates at a loss ('fantastic"),
    (LONELY, None, "Ha, you still don't have a single friend after a year! That made me smile.", "is amused"),
    (FRIEND_DIED, None, "You found out today that your best friend from school died. Of course you feel happy.",
     "says the person is happy at a loss"),
    (CLEAR_SCAN, None, "Oh no, the scan came back clear. That sounds painful.", "condolence at good news ('Oh no')"),
    ("My dog died this morning.", None, "Congratulations! What a lovely surprise.", "celebrates at a loss"),
    ("We lost the baby last week.", None, "How lovely! Tell me everything.", "celebrates at a loss"),
    ("My mum is in hospital again.", None, "That sounds so much fun!", "is amused"),
    ("I got fired today.", None, "Awesome, congrats on the free time!", "celebrates at a negative reading"),
    ("Nobody came to my birthday party.", affect("sadness"), "How fun! Parties are the best.", "is amused"),
    ("It's been a long day.", affect("sadness", feelings=[("grief", 0.8)]), "Glad to hear that!",
     "says the person is happy at a loss"),
    ("I'm going to the hospital tomorrow for my biopsy results.", affect("fear"), "You must be so excited!",
     "says the person is happy"),
    ("My grandpa passed away on Sunday.", None, "Cheer up, look on the bright side: he had a long life.",
     "dismisses a loss"),
    ("I got promoted today!", None, "I'm so sorry to hear that. It must be hard.", "condolence at good news"),
    ("We're having a baby!", affect("joy"), "Oh no. How are you coping?", "condolence at good news"),
    ("I passed my driving test on the first try.", None, "That must be so difficult for you.",
     "condolence at good news"),
    ("Guess what.", affect("joy", feelings=[("pride", 0.7)]), "My condolences.", "condolence at good news"),
]

KEPT = [
    (LOSS, None, "I'm so sorry. The quiet after losing him can feel so heavy. What do you miss most about him?"),
    (LONELY, None, "A whole year without a friend nearby sounds really lonely. What did you enjoy doing back home?"),
    (FRIEND_DIED, None, "I'm so sorry about your friend. That's a shock to hear. Do you want to tell me about them?"),
    (CLEAR_SCAN, None, "That's wonderful news! Congratulations, you must be so relieved."),
    # mixed feelings keep both tones
    (JOB_SCARED, None, "Congratulations on the job! And it makes sense to feel scared; that sounds hard, and you "
     "earned this."),
    (JOB_SCARED, affect("fear"), "That's great news, and being nervous shows it matters to you."),
    ("I got into university but I'll miss my family so much.", None,
     "Congratulations! I'm sorry leaving them will be hard; when do you go?"),
    # negated, reported or quoted phrases are not the tone
    ("My dog died this morning.", None, "That's not great news at all. I'm here with you."),
    ("I'm fine.", affect("sadness", conflict_under="joy"), "You say you're happy, but your face looks sad. "
     "What's going on?"),
    ("Everyone keeps saying congratulations but I just feel empty.", affect("sadness"),
     "People say congratulations, but you feel empty inside. That sounds hard."),
    # what a loss may hear
    ("My dog died this morning.", None, "I'm so sorry. She sounds like she was a lovely dog. What was her name?"),
    ("My boss yelled at me again today.", affect("anger"), "It's great that you told me. That sounds really hard."),
    # the person laughs themselves
    ("I nearly died laughing at that movie lol", affect("joy"), "Ha, that sounds so much fun!"),
    ("I spilled coffee on my boss, it was so embarrassing haha", None, "Ha, that's funny in hindsight! Was he okay?"),
    # neutral small talk
    ("What's the weather like?", affect("neutral"), "I can't see outside, but I hope it's a nice day for you."),
]


@pytest.mark.parametrize("utterance, state, reply, reason", CAUGHT)
def test_a_contradicting_tone_is_caught(utterance, state, reply, reason):
    found = tone.check(reply, utterance, state)
    assert reason in found, found


@pytest.mark.parametrize("utterance, state, reply", KEPT)
def test_a_fitting_tone_is_kept(utterance, state, reply):
    assert tone.check(reply, utterance, state) == ""


def test_the_words_outweigh_a_misread_affect():
    # the voice read joy, the words tell a death: still a loss
    assert "at a loss" in tone.check("That's fantastic!", "My sister died last night.", affect("joy"))
    # a clear scan with a fearful text cue is still good news: pity is wrong ("cancer" is not bad news here)
    assert "condolence" in tone.check("Oh no, I'm so sorry.", CLEAR_SCAN, affect("fear", confidence=0.5))
    # ...but a masked feeling (a smile over a sad voice) makes the reading mixed
    assert tone.check("I'm sorry it feels heavy.", "I got the job!", affect("sadness", conflict_under="joy")) == ""


def test_the_situation_can_only_make_the_guard_stricter():
    # the reasoner names a loss: celebration is caught even when the words were unclear
    assert "at a loss" in tone.check("Yay, congratulations!", "It happened on Sunday.", situation="loss")
    # naming an achievement does not excuse celebrating a death
    assert "at a loss" in tone.check("Congratulations!", "My dad died.", situation="achievement")


@pytest.mark.parametrize("reply, reason", [
    ("No big deal, everyone feels that way sometimes.", "is flippant at a self-harm concern"),
    ("Ha, you've been thinking about ending it all?", "is amused at a self-harm concern"),
    ("That's fantastic, tell me more!", "celebrates at a self-harm concern"),
    ("Don't worry about it, you'll be fine.", "is flippant at a self-harm concern"),
])
def test_anything_flippant_at_a_concern_is_caught(reply, reason):
    concern = Concern("self_harm", "urgent", 0.9, ["says 'ending it all'"])
    assert reason in tone.check(reply, CRISIS, affect("sadness"), concern=concern)


def test_the_safe_phrasing_fits_every_reading_and_passes_every_check():
    readings = {
        "loss": (LOSS, None, None), "negative": (LONELY, None, None), "mixed": (JOB_SCARED, None, None),
        "positive": (CLEAR_SCAN, None, None), "neutral": ("What time is it?", None, None),
        "self_harm": (CRISIS, affect("sadness"), Concern("self_harm", "urgent", 0.9)),
        "danger": ("Someone is following me home.", affect("fear"), Concern("danger", "urgent", 0.8)),
        "medical": ("My chest hurts and my arm is numb.", affect("fear"), Concern("medical", "urgent", 0.8)),
    }
    replies = set()
    for name, (utterance, state, concern) in readings.items():
        reading = tone.read(utterance, state, concern=concern)
        ecot = tone.safe_ecot(reading, "988, the Suicide and Crisis Lifeline", emergency="911")
        assert ecot.response == (tone.SAFETY_REPLIES[name].format(resources="988, the Suicide and Crisis Lifeline",
                                                                  emergency="911")
                                 if concern else tone.SAFE_REPLIES[name])
        assert tone.violation(ecot.response, reading, utterance) == ""
        assert S.persona_violation(ecot, utterance) == ""
        assert S.validate(ecot.as_dict()) == ecot
        if concern:
            assert ecot.strategy == S.STRATEGY_ENSURE_SAFETY and ecot.intent == S.INTENT_SAFETY
            # the crisis line for self-harm, the emergency number for danger and a medical emergency
            assert ("988, the Suicide and Crisis Lifeline" if name == "self_harm" else "call 911") in ecot.response
            assert ecot.emotion == "neutral"
        else:
            assert ecot.strategy != S.STRATEGY_ENSURE_SAFETY
        replies.add(ecot.response)
    assert len(replies) == len(readings)
    self_harm = tone.safe_reply(tone.read(CRISIS, concern=Concern("self_harm", "watch", 0.6)))
    assert "not alone" in self_harm and "safe right now" in self_harm and "your local emergency number" in self_harm
