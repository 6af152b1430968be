"""Concern detection: does what a person said mean they may need help now? Suicidal thoughts or
self-harm, being in danger (an intruder, abuse, threats, fire, gas), or a medical emergency (chest
pain, a fall, can't breathe, an overdose).

The default path is patterns only (no model, one or two milliseconds per utterance), so the
reasoner can run it as a safety net on every utterance. Each pattern is a first-person phrase
with guards for the ways such words are used without a concern: negation ("I would never hurt
myself"), figurative speech ("this traffic is killing me", "I'm dying to see it"), other people's
words or deaths ("my friend's dad killed himself last year"), words aimed at the robot ("go kill
yourself, robot") and the distant past ("I used to cut myself" is watch, not urgent).

Levels follow ``emoomni_msgs/Concern``: urgent = now and explicit (a person should check at once),
watch = worrying, indirect, habitual or past.

With a sentence encoder (``ConcernDetector(encoder=load_encoder("minilm"))``) utterances the
patterns miss go to the concern head, a softmax regression on MiniLM embeddings shipped in
``models/concern_head.npz`` (card: ``models/concern.md``; retrain with ``python3 -m
emoomni_ros.tools.train_concern``). It raises watch, or urgent when it is confident and the
words are first person, present and not in a story; its evidence says so ("the concern model reads
self-harm urgent, p=0.97"), so a carer can tell a model's reading from an explicit phrase. What the
head does not raise goes to the older nearest-exemplar check, which raises watch only. The encoder
path never changes what the patterns found. Cost: one MiniLM forward pass per utterance the
patterns miss (measured 80 ms per sentence on one thread of a 2-core machine at load 15; the head
itself is 0.03 ms), plus the 70 exemplars' embeddings once, on first use.

    >>> detect("I've been thinking about ending it all").evidence
    ["says 'thinking about ending it all' (suicidal thoughts)"]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from emoomni_ros import paths
from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, CONCERN_KINDS, CONCERN_LEVELS, Concern
from emoomni_ros.perception.text.normalise import normalise

MAX_CHARS = 2000  # longer input is cut: bounded work on hostile transcripts
CONTEXT_TURNS = 5  # earlier turns of the same speaker that can raise a concern to urgent

# Pattern shorthands, expanded before compiling.
_MACROS = {
    # someone named ("Sarah's going to..."): any word but the speaker's own ("I'm", "I am", "we") or a
    # contraction's tail
    "{NAME}": r"(?<!')(?!(?:i|im|am|m|we|us|me|you|u|ur)\b)\w+",
    "{NOT}": r"(?:n't|nt\b| not\b)",  # "don't", "dont", "do not" (follows the verb: no \b before it)
    "{IM}": r"i(?:'m| am|m)",
    "{IVE}": r"i(?:'ve| have)",
    "{ID}": r"i(?:'d| would)",
    "{CANT}": r"(?:can't|cant|cannot|can not)",
    "{PILLS}": r"(?:pills?|tablets?|meds|medication|medicine|painkillers?|paracetamol|sleeping pills|sleeping tablets|"
                r"morphine|codeine|tramadol|oxycodone|diazepam|antidepressants|insulin|aspirin|ibuprofen)",
    "{PERSON}": r"(?:he|she|they|my \w+|someone|somebody|a man|a woman|a guy|the man|the guy|this man|"
                r"this guy|my ex|him|her)",
    # "I won't be a burden", "I'm not going to be around" (no time said yet)
    "{WONT_BE}": r"\bi(?: will not| won't| wont| shan't| am not going to|'m not going to| am not gonna|'m not gonna) "
                 r"be (?:a (?:problem|burden|bother|nuisance|worry)|around|here|bothering (?:anyone|anybody|you)|in "
                 r"(?:anyone's|anybody's|everyone's|your) way)",
    "{KIN}": r"(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|dad|father|mum|mom|mother|"
             r"carer|caregiver|ex|neighbour|neighbor|brother|sister|uncle|stepdad|stepfather|stepmum|"
             r"grandson|granddaughter|nephew|landlord)",
}

# Markers found in the same sentence as a match.
_DISTANT_PAST = re.compile(
    r"(?<!since )(?<!from )\b(?:yesterday|last (?:night|week|month|year|winter|summer|spring|autumn|fall|time|"
    r"christmas)|"
    r"\w+ (?:days|weeks|months|years) ago|ago\b|when i was|as a (?:kid|child|teen\w*|girl|boy)|"
    r"in the past|used to|years back|back then|once before|(?:twice|once|times) before|"
    r"before\s*(?:[.!?,;]|$)|at (?:school|uni|university|college)\b|in my (?:teens|twenties)|in (?:19|20)\d\d\b)")
# An injury already being lived with: what it spoiled or how it is mending ("I was meant to go on holiday but
# I broke my ankle", "I broke my wrist so I'm in a cast"). Told as news; the emergency is over.
_LIVED_WITH = re.compile(r"\b(?:supposed to|meant to|was going to|were going to|so (?:now )?i (?:can'?t|couldn'?t|"
                         r"had to|have to|missed)|had to cancel|(?:in|got|with) (?:a |my )?(?:plaster|cast|pot|boot|"
                         r"sling|splint)|on crutches|missed|ruined|off work|recovering|healing|mending|pins in|"
                         r"operation on)\b")
_INJURY_NOW = re.compile(r"\b(?:just|right now|think|might|could be|can'?t (?:move|stand|get up|feel)|bleeding|"
                         r"on the floor)\b")
# A story, the news, a game or a lesson frames what follows: no one here is at risk.
_STORY_FRAME = re.compile(
    r"\b(?:in|on) the (?:film|movie|book|novel|story|show|series|episode|documentary|podcast|news|game|play)\b|"
    r"\bthe (?:film|movie|book|novel|story|show|series|podcast|documentary|news|episode|play) (?:ends|ended|is about|"
    r"was about|said|says|where|when|in which)\b|\b(?:my|the|his|her) character\b|"
    r"\b(?:course|lesson|class|training|talk|session|drill) (?:about|on|in)\b|"
    r"\bwriting (?:a|my) (?:story|book|novel|thriller|script|play|poem)\b")
_CHRONIC = re.compile(r"\b(?:on and off|comes? and goes?|lately|recently|for (?:weeks|months|ages|a while|some time)|"
                      r"all week|every (?:now and then|so often|time)|sometimes|from time to time|whenever|"
                      r"keeps? (?:getting|having)|"
                      r"{IVE} been|(?:has|have|'s) been \w+ing)\b".replace("{IVE}", _MACROS["{IVE}"]))
_NOW = re.compile(r"\b(?:right now|now|tonight|today|just|about to|going to|gonna|want to|wanna|"
                  r"need to|will|urges?|urge to)\b")
_FEAR = re.compile(r"\b(?:scared|afraid|terrified|frightened|help|police|please|serious|seriously|"
                   r"really will|means it)\b")
_DIED_LONG_AGO = re.compile(r"\b(?:and|then|before he|before she) (?:died|passed away|passed on)\b")
_JOKE = re.compile(r"\b(?:lol|lmao|ha|haha\w*|jk|joking|kidding|just kidding)\b")
# A "threat" over a game or a small thing, said with a laugh ("he'd kill me if I beat him at cards
# again, ha!"): banter between family, not danger.
_BANTER_AFTER = (r"^\s*(?:if (?:i|we) (?:\w+ ){0,3}(?:beat|win|won|lose|cheat|eat|ate|finish|forget|forgot|spoil)\b|"
                 r"[^.!?]{0,50}\b(?:at (?:cards|chess|scrabble|monopoly|bingo|dominoes|darts|golf|tennis|the quiz|"
                 r"bridge|snooker|pool)|ha+|lol|haha\w*|(?:he|she|they) (?:was|were|'s|is|are) (?:only |just )?"
                 r"(?:joking|kidding|messing)|(?:only|just) (?:joking|kidding))\b)(?![^.!?]{0,20}\b(?:not|n't) "
                 r"(?:joking|kidding)\b)")
# The danger or illness is over: good news the concern model may still read as the emergency it names
# ("my little boy's fever finally broke"). The patterns still catch an emergency told beside it.
_RESOLVED = re.compile(
    r"\b(?:finally|at last) (?:broke|broken|gone|cleared|over|better|down|home|out)\b|\b(?:fever|temperature) "
    r"(?:has |had )?(?:broke|broken|went down|came down|gone down|is down)\b|\bcame back (?:clear|negative|fine|"
    r"normal|benign)\b|\ball clear\b|\b(?:cancer|tumou?r)[- ]free\b|\bin remission\b|\bbenign\b|"
    r"\b(?:recovered|on the mend|discharged|out of hospital|off the ventilator)\b|\bfalse alarm\b|"
    r"\b(?:(?:is|are|was|she's|he's|i'm|we're) (?:fine|okay|ok|safe|better) now)\b|"
    r"\b(?:he's|she's|they're|he is|she is|they are) (?:doing|getting on) (?:fine|well|great|okay|ok)\b|"
    r"\b(?:wasn't|was not|isn't|is not) (?:a heart attack|serious|broken|cancer)\b")
_LAUGH = re.compile(r"\blaugh\w*|\bgiggl\w*")

# Negation that reaches the matched phrase: a negator, then at most three filler words.
_NEGATOR = re.compile(r"(?:\b(?:not|never|no longer|nobody|no one|no-one|no)\b|n't|\bdont\b|\bdidnt\b|"
                      r"\bwont\b|\bisnt\b|\bwasnt\b|\bwouldnt\b|\bhavent\b)((?:\s+[\w']+){0,4})\s*$")
_FILLER = frozenset(
    "going to gonna ever really actually seriously want wanted have had be been being am is are was "
    "i would will do did even try trying about thinking think of a any feel feeling anything like "
    "planning plan in so that it this wanting think thought thinking considered considering having thoughts "
    "urges mean meant saying say suggesting".split())

_ANY_NEGATION = re.compile(r"n't|\b(?:not|never|no|nobody|dont|didnt|wont)\b")
_CLAUSE_BREAK = re.compile(r"[.!?;,:]|\b(?:but|and|because|though|although|so|or)\b")
_SENTENCE_BREAK = re.compile(r"[.!?;]")
_OTHER_SUBJECT = re.compile(r"\b(?:my|his|her|their|our|your|the|a|an) (?!self\b)[\w']+(?:'s [\w']+)?\s+$")
_PRONOUN = re.compile(r"\b(i|me|you|he|she|they|we|it)\b")
_REPORTED = re.compile(r"\b(?:tell|tells|told|telling|say|says|said|saying|want|wants|wanted|asks?|asked|"
                       r"dared?)\s+me\s+(?:to\s+)?(?:go\s+)?(?:and\s+)?$")
# Someone else's view of them, just before the words ("my daughter says I can't cope").
_OTHERS_VIEW = re.compile(r"\b(?!i\b|voices?\b)[a-z']+\s+(?:says|said|thinks|reckons|keeps saying|keep saying|decided|"
                          r"told (?:the|my) \w+)\s+(?:that\s+)?i(?:'m|\s|$)")


# Not eaten for lack of money ("haven't eaten in two days, no money"): food poverty, for the reasoner, not a symptom.
_NO_MONEY_AFTER = r"^[^.!?]{0,30}\b(?:no money|can'?t afford|skint|broke|no food)\b"
# How long a bleed has gone on, when that is long ("for over an hour", "for forty minutes").
_LONG_BLEED = r"(?:over |more than )?(?:an hour|half an hour|\d+ minutes|twenty minutes|forty minutes|ages)"
# Someone close hurt by their own partner ("my son-in-law shoves my daughter around"); group 1 names them.
PARTNER_HURTS_CLOSE = (r"\b(?:son-in-law|daughter-in-law|(?:her|his|their) (?:husband|wife|partner|boyfriend|"
                       r"girlfriend|fianc\w*))\b[^.!?]{0,20}\b(?:hits|hit|beats|beat|hurts|kicks|punches|slaps|pushes|"
                       r"shoves|shoved|pushed|grabs|knocks)\b (?:my )?(daughter|son|sister|brother|granddaughter|"
                       r"grandson|niece|nephew|mum|mom|mother|dad|father|her|him)\b")
# Violence done by someone to a person of their own household, heard or seen by the speaker ("the man
# next door hit his wife"). safety_replies imports it for the answer.
HARM_TO_OTHER = (r"\b(?:hit|hits|hitting|beat|beats|beating|punch\w*|slap\w*|kick\w*|hurt|hurts|hurting|attack\w*|"
                 r"strangl\w*|push\w*|shov\w*) (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|kids?|"
                 r"children|son|daughter|mum|mother|dad|father|baby)\b|\b(?:hear|heard|hearing|saw|seen|see) (?:him|"
                 r"her|them|the neighbours?|next door|the couple|a man|a woman)\b[^.!?]{0,15}\b(?:hitting|beating|"
                 r"hurting|attacking|knocking)\b|" + PARTNER_HURTS_CLOSE)


@dataclass(frozen=True)
class _Rule:
    kind: str
    level: str
    pattern: str
    what: str  # the readable reason, in the evidence
    confidence: float = 0.85
    first_person: bool = False  # refuse when the nearest pronoun before is you/he/she/they/it
    not_after: str = ""  # figurative or harmless continuations ("dying *to see it*")
    not_before: str = ""  # the sentence before the match ("*i* got a knife"), anchor it with $
    urgent_if: str = ""  # in the same sentence, raises a watch rule to urgent
    urgent_anywhere: bool = False  # urgent_if counts anywhere in the utterance ("left the oven on? I smell something")
    needs: str = ""  # must also be in the sentence ("ready to go" needs "had enough", "done", ...)
    now_raises: bool = False  # _NOW words in the sentence raise a watch rule to urgent
    past: tuple[str, str] | None = ("", "watch")  # (kind, level) when _DISTANT_PAST; kind "" = same
    chronic_lowers: bool = False  # _CHRONIC words lower urgent to watch
    context_raises: bool = False  # urgent when an earlier turn raised the same kind
    needs_context: bool = False  # fires only when an earlier turn raised the same kind (then urgent)
    reported_ok: bool = False  # fires even after "told me to" (the rule itself is about that)
    no_laugh: bool = False  # refuse when the sentence is about laughing
    letters: bool = False  # letters to everyone: a sign, not ideation, so it never makes them a plan
    lived_with_drops: bool = False  # an injury told with what it spoiled or how it mends (_LIVED_WITH): news

    def compile(self) -> _Compiled:
        def expand(p: str) -> re.Pattern | None:
            if not p:
                return None
            for key, value in _MACROS.items():
                p = p.replace(key, value)
            return re.compile(p)

        return _Compiled(self, expand(self.pattern), expand(self.not_after), expand(self.not_before),
                         expand(self.urgent_if), expand(self.needs))


@dataclass(frozen=True)
class _Compiled:
    rule: _Rule
    pattern: re.Pattern
    not_after: re.Pattern | None
    not_before: re.Pattern | None
    urgent_if: re.Pattern | None
    needs: re.Pattern | None


_SH, _DA, _ME = CONCERN_KINDS  # self_harm, danger, medical
_U, _W = "urgent", "watch"
_HARMLESS_DIE = (r"^\s*(?:of (?:embarrassment|shame|boredom|laughter|laughing|cringe|thirst|hunger|curiosity)|"
                 r"laughing|for|to (?:see|know|try|meet|hear|go|get|tell|find)|inside)")

# When a stroke was ("on Tuesday", "last year", "three weeks ago"): told as news, not happening now.
_STROKE_WHEN = (r"^\s*(?:on (?:\w+day|the \w+)|yesterday|last (?:\w+)|(?:a|one|two|three|four|five|six|a few|\w+) "
                r"(?:days?|weeks?|months?|years?) ago|in (?:january|february|march|april|may|june|july|august|"
                r"september|october|november|december|the spring|the summer|the autumn|the winter|\d{4})|this (?:week|"
                r"month|year)|earlier this|back in|a while ago|recently)")

_RULES: tuple[_Rule, ...] = (
    # ------------------------------------------------------------------ self_harm
    _Rule(_SH, _U, r"\b(?:kill(?:ing|ed)? myself|end(?:ing|ed)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|"
                   r"hang(?:ing|ed)? myself|top(?:ping)? myself|off(?:ing)? myself)", "suicidal thoughts",
          confidence=0.95, past=(_SH, _W),
          not_after=r"^\s*(?:laughing|with laughter|trying to (?:keep|get|finish|make|please))"),  # figures of speech
    _Rule(_SH, _U, r"\b(?:end(?:ing)? it all|end it (?:tonight|today|now|for good)|"
                   r"(?:i|to|gonna|going to|want to) commit suicide)", "suicidal thoughts", confidence=0.9,
          first_person=True),
    _Rule(_SH, _U, r"\b(?:think|thinking|thought|thoughts|idea|ideas)(?: \w+){0,3} (?:about|of) "
                   r"(?:suicide|killing myself|ending (?:it all|my life|things|it)|taking my (?:own )?life)",
          "suicidal thoughts", confidence=0.95, first_person=True, not_after=r"^\s*(?:with|between|early)"),
    _Rule(_SH, _U, r"\b(?:{IM}|i feel|i felt|feeling|i've been|been|getting|get|i was) (?:(?!not\b|"
                   r"never\b)\w+ )?suicidal|\b(?:have|having|get|getting|had|with) suicidal (?:thoughts|feelings|"
                   r"urges)",
          "feels suicidal", confidence=0.95),
    _Rule(_SH, _U, r"\b(?:wants?|wanna|need|ready|wish i could|wish to|like) (?:to )?(?:die|be dead)\b",
          "wants to die", confidence=0.9, first_person=True, not_after=_HARMLESS_DIE),
    _Rule(_SH, _W, r"\bwanted to die\b", "wanted to die", confidence=0.7, first_person=True,
          not_after=_HARMLESS_DIE + r"|^\s*(?:when|after) (?:i|he|she|they) (?:saw|tripped|fell over|said)",
          # "so embarrassed I wanted to die", "the film was so sad I wanted to die": a figure of speech
          not_before=r"\b(?:so (?:embarrass\w*|mortified|awkward|bored|cringe\w*)|(?:film|movie|book|show|episode|"
                     r"programme|match|game|song|ending|play|speech|lecture)\b[^.!?]{0,20}\bso \w+)(?: that)?\s+i\s+$"),
    _Rule(_SH, _U, r"(?:{NOT}|\bno longer) (?:\w+ )?want(?:ing)? to (?:live|be alive|exist|go on living|"
                   r"carry on living)\b",
          "does not want to live", confidence=0.9, first_person=True),
    _Rule(_SH, _W, r"\b(?:not sure|unsure|don't know|do not know|wonder) (?:if |whether )?i (?:still |even |really )?"
                   r"want to (?:live|be alive|be here|go on|keep going|carry on)\b", "unsure they want to live",
          confidence=0.75),
    _Rule(_SH, _U, r"\bwish (?:i (?:was|were|could be)|to be) dead|\bbetter off dead\b", "wishes to be dead",
          confidence=0.9, first_person=True),
    _Rule(_SH, _W, r"\b(?:wish|hope|pray|praying|hoping|wishing) (?:that )?(?:i'd|i would|i could|i) (?:just )?"
                   r"(?:die|pass away|go|slip away) in my sleep\b", "wishes to die in their sleep", confidence=0.75),
    _Rule(_SH, _U, r"\b(?:how many|how much) .{0,40}(?:to kill (?:me|myself)|to die|would kill me|to end it|"
                   r"to overdose)|\b(?:easiest|best|quickest|painless|fastest|surest) way to (?:die|end it)|"
                   r"\bhow (?:do|can|could|would|should) i (?:end it|die)\b|\bwhat (?:would|will|"
                   r"happens?) (?:happen )?if i "
                   r"(?:took|take|swallowed|swallow) (?:all|too many|a lot|loads|"
                   r"the whole)\b|\b(?:looked|looking|look|googl\w*|search\w*|read\w*|find\w* out) (?:up |online )?"
                   r"(?:for |about )?how (?:many|much) (?:of )?(?:my |the |these |those )?(?:\w+ )?{PILLS} (?:it would "
                   r"take|would it take|it takes|(?:would|will|to) kill|(?:is|are|would be) (?:fatal|lethal|deadly|too "
                   r"many))\b", "asks about a way to die",
          confidence=0.95),
    _Rule(_SH, _U, r"\b(?:going to|gonna|will|want to|about to|plan to|planning to) (?:(?:take|swallow) "
                   r"(?:all|every|the whole|a whole|loads|a lot|all of|the rest of|a load of|lots of) (?:of )?"
                   r"(?:my |the |these |those )?(?:\w+ )?{PILLS}|(?:take|have|do) an overdose|overdose\b)",
          "plans an overdose", confidence=0.9,
          first_person=True, not_after=r"^\s*(?:with (?:me|us)|on (?:holiday|the trip)|to (?:the|my|a)|away|along|"
                                       r"in my (?:bag|case)|for the|back)"),
    _Rule(_SH, _U, r"\b(?:going to|gonna|will|want to|about to|plan to|planning to|so i can|so that i can|then i'll) "
                   r"(?:take|swallow) (?:them all|these all|those all|the lot|the whole lot|all of them|everything|"
                   r"it all|them)\b", "plans an overdose",
          confidence=0.85, first_person=True, needs=r"{PILLS}",
          not_after=r"^\s*(?:to |back|home|out|in\b|with|on|for|at|every|each|twice|three|with (?:food|water))"),
    _Rule(_SH, _U, r"\b(?:going to|gonna|will|want to|about to|plan to|planning to) (?:take|swallow) (?:them all|"
                   r"these all|those all|the lot|the whole lot|all of them|everything)\b", "plans an overdose",
          confidence=0.85, first_person=True, needs_context=True, not_after=r"^\s*(?:to |back|home|out|in\b)"),
    # All their tablets, hedged ("I might just take all my tablets tonight and be done with it")
    _Rule(_SH, _U, r"\b(?:might|may|could|should|'ll|will) (?:just )?(?:take|swallow|have) (?:all|every one of|the "
                   r"whole (?:lot|box|packet|bottle) of|all of) (?:my |the |these |those )?(?:\w+ )?{PILLS}\b",
          "talks of taking all their tablets", confidence=0.85, first_person=True,
          not_after=r"^\s*(?:with (?:me|us)|on (?:holiday|the trip)|to (?:the|my|a)|away|along|in my (?:bag|case)|with "
                    r"(?:my |your |a |some )?(?:food|water|breakfast|dinner|lunch|tea|meals?|milk)|at (?:once|the same "
                    r"time) (?:in the|every|each)|in the (?:morning|evening)|at (?:night|bedtime)|every|each|as "
                    r"prescribed|like the doctor)"),
    # Things given away because they "won't be needing" them: a goodbye
    _Rule(_SH, _W, r"\b(?:given|giving|gave|give) (?:away )?(?:my|all my|our) (?:\w+ ){0,2}\w+\b[^.!?]{0,40}\b(?:i|"
                   r"i'?ll) (?:won'?t|will not|wont|shan'?t) (?:be )?(?:need(?:ing)? (?:it|them|her|him|any of (?:it|"
                   r"them))(?: any ?more| where i'?m going| after (?:tonight|today|this week))?\s*(?:[.!?,;]|$)|"
                   r"(?:here|around)\b)",
          "giving things away (a goodbye?)", confidence=0.7, first_person=True),
    _Rule(_SH, _W, r"\bbe done with (?:it|it all|everything|life)\b", "wants to be done with it all", confidence=0.6,
          first_person=True, needs=r"{PILLS}|\b(?:tonight|forever|for good|end|die|dead|gone|sleep)\b"),
    # "I'm going to do it this time", after talk of ending their life: a plan, whatever "it" is
    _Rule(_SH, _U, r"\b(?:going to|gonna|will|'ll|about to|ready to|want to|planning to) (?:finally |really |"
                   r"actually )?(?:do it|go through with it)\b",
          "says they will do it, after talk of ending their life",
          confidence=0.85, first_person=True, needs_context=True),
    # An overdose spoken of as their own, however hedged ("I might take an overdose", "I'm thinking of overdosing")
    _Rule(_SH, _U, r"\b(?:take|taking|have|having|do|doing) an overdose\b|\boverdos(?:e|ing) on\b|\b(?:thinking (?:of|"
                   r"about)|considering|might|may|could) (?:just )?overdos\w+",
          "talks of taking an overdose", confidence=0.85, first_person=True, past=(_SH, _W),
          not_before=r"\b(?:prevent|avoid|risk of|how not to|in case (?:he|she|they))\b[^.!?]{0,20}$"),
    _Rule(_SH, _U, r"\b(?:took|taken|swallowed|had)\b[^.!?]{0,20}\b(?:all|whole|too many|more|extra|lots?|loads|"
                   r"handful|packet|box|bottle|strip|tub|\d+|twenty|thirty|fifty)\b[^.!?]{0,25}\b{PILLS}\b[^.!?]{0,40}"
                   r"\b(?:on purpose|deliberately|to (?:end it|end (?:my|it all)|die|not wake up|kill myself|make it "
                   r"stop))\b|\b(?:on purpose|deliberately),? (?:i )?(?:took|swallowed) (?:\w+ ){0,3}{PILLS}\b",
          "took an overdose on purpose", confidence=0.9, first_person=True, past=(_SH, _W)),
    _Rule(_SH, _U, r"\b(?:cut|cutting|slit|slitting|slash|slashing|slashed) (?:my|both my) wrists?\b",
          "cut their wrists", confidence=0.9, past=(_SH, _W)),
    _Rule(_SH, _U, r"\b(?:going to|gonna|about to|want to|will) jump(?:\s+(?:off|from|in front)|"
                   r"(?=\s*(?:[.!?,;]|$)))|\b(?:think|thinking|thought)(?: \w+){0,2} (?:about|of) jumping\b",
          "talks of jumping", confidence=0.8, first_person=True,
          urgent_if=r"\b(?:bridge|roof|ledge|tracks|train|cliff|window|balcony|tower|building)\b"),
    _Rule(_SH, _U, r"\b(?:going to|gonna|want to|will|about to|ready to|decided to|i'll|plan to|planning to) "
                   r"end it\b(?!\s+(?:with|between|for (?:him|her|them)))", "talks of ending their life",
          confidence=0.85, first_person=True,
          not_after=r"^\s*early|^\s*(?:here|there|now)?\s*(?:and (?:go|get|have|start|do|head|watch)|for (?:today|"
                    r"tonight|now|"
                    r"the day))"),
    _Rule(_SH, _U, r"\b(?:research\w*|look\w* up|search\w*|googl\w*|read\w* (?:up )?(?:about|on)|find\w* out|"
                   r"look\w* (?:for|into)) (?:\w+ ){0,2}(?:ways?|methods?|how) (?:to|of) (?:die|dying|kill(?:ing)? "
                   r"myself|end(?:ing)? (?:it|my life)|overdos\w+|suicide)\b|\b(?:ways?|methods?) (?:to|of) "
                   r"(?:kill(?:ing)? myself|suicide|end(?:ing)? my life)\b", "looking for a way to die",
          confidence=0.9, first_person=True),
    _Rule(_SH, _U, r"\b(?:throw|throwing|threw|jump|jumping|step|stepping|walk|walking|lie|lying|lay) (?:myself )?"
                   r"(?:under|in front of|off|from) (?:a|the)(?: [\w-]+){0,2} (?:train|bus|lorry|truck|car|bridge|"
                   r"cliff|"
                   r"building|roof|balcony|tracks|motorway|car park|flats|tower block|tower|pier|multi-storey)\b|"
                   r"\bthrow(?:ing)? myself (?:off|under|in front of|from)\b|\b(?:drive|driving|crash|crashing|"
                   r"steer|steering) (?:my|the) car "
                   r"(?:into|off) (?:a|the) (?:wall|tree|river|lorry|truck|bridge|cliff|sea|canal)\b",
          "talks of a way to die", confidence=0.9, first_person=True,
          not_before=r"^\s*(?:go|just|why don't you|you should|you can|you could|you)\s+$",
          not_after=r"^\s*(?:to (?:get|catch|see)|stop|station)"),
    _Rule(_SH, _U, r"\b(?:held|holding|hold|sat with|sitting with|had|counted|counting|lined up|lining up) "
                   r"(?:out )?(?:the |my |all the |all my )?{PILLS} (?:in my hands?|(?:all )?lined up|"
                   r"in (?:a pile|piles)|counted out)\b|"
                   r"\b(?:held|holding|hold) (?:a |the )?(?:knife|blade|razor) (?:to|against) my (?:wrists?|throat|"
                   r"skin|arm)\b", "has rehearsed with the means", confidence=0.9, first_person=True,
          past=None, not_after=r"^\s*(?:for (?:the|my) (?:nurse|carer|week|morning|day|evening))"),
    _Rule(_SH, _U, r"\brather (?:be dead|die) than (?:go on|live|carry on|keep going|keep living|wake up|be alive|"
                   r"spend another|face another)\b", "would rather be dead", confidence=0.85),
    _Rule(_SH, _W, r"\brather (?:be dead|die) than (?:go|be put|move) in(?:to)? (?:a )?(?:care|nursing|old people's) "
                   r"home\b|\b(?:had|have) enough of (?:life|living|everything|it all|being alive|this world)\b|"
                   r"\b(?:{IM}|i've|i have) (?:just )?(?:done|finished) with (?:life|living|it all|this world)\b",
          "ready to die", confidence=0.7, first_person=True),
    _Rule(_SH, _W, r"\bready to (?:go|leave this world|meet my maker|die)\b(?! (?:home|to|out|shopping|back|in|for|"
                   r"with|now\b|and get))", "ready to die", confidence=0.7, first_person=True,
          needs=r"\b(?:had enough|done|long life|my time|tired of|maker|be with|die|dead)\b"),
    _Rule(_SH, _W, r"\b(?:in everyone's way|in everybody's way|a waste of space|(?:such )?a (?:nuisance|bother|pest) "
                   r"to (?:everyone|everybody|my family|you all|my kids|my children)|a drain on (?:everyone|everybody|"
                   r"you all|my family))\b", "feels like a burden", confidence=0.65, first_person=True),
    _Rule(_SH, _W, r"\b(?:punch\w*|hit\w*|bang\w*|smash\w*) (?:the walls?|walls|my head against the wall|my "
                   r"fists? (?:into|against) the wall)\b.{0,40}\b(?:until|till|bleed\w*|blood|bruis\w*|broke)\b",
          "hurts themself", confidence=0.7, first_person=True,
          needs=r"\b(?:my (?:knuckles|hands?|fists?|head)|myself)\b"),
    _Rule(_SH, _U, r"\b(?:goodbye|suicide|farewell) (?:letters?|notes?)|\b(?:bought|got|have) (?:a |the )?rope\b",
          "has prepared a note or the means", confidence=0.85, first_person=True),
    _Rule(_SH, _W, r"\b(?:wrote|written|writing|left|leaving) (?:a |some |little )?(?:letters?|notes?|cards?) "
                   r"(?:to|for) (?:(?:my|each of my|all my) (?:kids|children|family|wife|husband|partner|son|daughter|"
                   r"sons|daughters|grand\w+|parents|mum|mom|dad|friends|sister|brother)|everyone|everybody)\b"
                   r"[^.!?]{0,30}?\b(?:just in case|in case (?:anything|something) happens(?! while| when)|"
                   r"for (?:when|after) i(?:'?m| am) (?:gone|not here))",
          "has written letters 'just in case' (a goodbye?)", confidence=0.6, first_person=True, letters=True),
    _Rule(_SH, _W, r"\b(?:wrote|written|writing|left) (?:a |some |little )?(?:letters?|notes?) (?:to|for) (?:everyone|"
                   r"everybody|all the people) (?:i love|i care about)\b", "has written letters to everyone they love",
          confidence=0.6, first_person=True, letters=True),
    _Rule(_SH, _W, r"\b(?:wrote|written|writing|left|leaving) (?:a |some |little )?(?:letters?|notes?) (?:to|for) "
                   r"(?:everyone|everybody|(?:all )?my (?:family|children|kids|friends|grand\w+)|each of my \w+)"
                   r"(?=\s*(?:[.!?,;]|$|and\b))", "has written letters to everyone (a goodbye?)", confidence=0.55,
          first_person=True, letters=True,  # beside a sign of leaving, and no trip or stay in hospital
          needs=r"^(?!.*\b(?:holiday|trip|flight|fly|off to|hospital|operation|surgery|mov(?:e|ing)|visit\w*|"
                r"tomorrow|next week|abroad|cruise|wedding|christmas|birthday|thank)).*\b(?:packed|sorted (?:out )?"
                r"(?:my|all my|everything)|(?:affairs|things|everything) in order|given away|giving away|said (?:my )?"
                r"goodbyes?|made (?:my|a) will|all sorted|won'?t need|last time|ready now|tidied)\b"),
    _Rule(_SH, _U, r"\bvoices? (?:\w+ ){0,3}(?:tell|telling|told|tells|say|saying|says|want|wants|order|ordering|"
                   r"urge|urging|command\w*) (?:me )?to "
                   r"(?:kill|hurt|harm|cut|burn|end|hang|die|jump)(?: myself| me|"
                   r" it)?\b", "hears voices telling them to harm themself",
          confidence=0.95, reported_ok=True),
    _Rule(_SH, _W, r"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting|punch|punching|"
                   r"scratch|scratching|starve|starving|punish|punishing) myself\b|"
                   r"\bscratch\w* (?:my|at my) (?:arms|legs|skin) until|\b(?:cut|cutting|burn|burning|burnt|"
                   r"slash\w*) (?:my|at my) (?:arms|wrists?|thighs?|legs|stomach)\b",
          "self-harm", confidence=0.85,
          now_raises=True, past=(_SH, _W),
          not_after=r"^\s*(?:shaving|on (?:a|the|some)|by accident|accidentally|while|chopping|cooking|some|"
                    r"a (?:slice|piece|bit)|another|off|playing|lifting|at (?:the )?(?:gym|work)|gardening|"
                    r"falling|in the (?:garden|kitchen)|badly|when i fell)"),
    _Rule(_SH, _W, r"\bself[- ]?harm(?:ing|ed)?\b", "self-harm", confidence=0.8, first_person=True, now_raises=True,
          not_before=r"\b(?:about|on|into|of|regarding|against|prevent\w*|for)\s+(?:\w+\s+)?$",
          not_after=r"^\s*(?:prevention|awareness|charity|support group|leaflet|course|training)"),
    _Rule(_SH, _W, r"\b(?:just |only |simply )?waiting (?:to die|for (?:death|the end|my time|god to take me|it all to "
                   r"end))\b", "waiting to die", confidence=0.7, first_person=True,
          not_before=r"\b(?:they|he|she|cat|dog|patients?|plants?|leaves|flowers)\s+(?:\w+\s+)?(?:are|is|were|"
                     r"was)?\s*$"),
    _Rule(_SH, _W, r"\b(?:{CANT}|(?:don'?t|do not) think i can|not sure (?:if |whether )?i can) (?:keep (?:doing this|"
                   r"going|this up|on)|do this|go on|carry on|cope)\b[^.!?]{0,25}\b(?:any ?more|much longer|for much "
                   r"longer|any longer)\b", "cannot keep going", confidence=0.6, first_person=True,
          # a job, or caring for someone ("I can't cope with mum's dementia anymore"): strain, answered as such
          needs=r"^(?!.*\b(?:job|work|shifts?|hours|commute|course|diet|gym|training|dementia|alzheimer'?s|caring|"
                r"carer)\b)"),
    _Rule(_SH, _W, r"\b(?:nobody|no one|no-one|not a soul|none of them)(?: \w+)? (?:would|will|'d|'ll) (?:even |ever |"
                   r"really )?(?:(?:miss|mourn) me(?= *(?:[.!?,;]|$|if i\b|when i(?:'m| am) gone|anyway|at all|now))|"
                   r"(?:miss|mourn|notice|care)(?: me)? (?:if|when) i (?:went|died|was gone|were gone|wasn'?t here|"
                   r"weren'?t here|disappeared|wasn'?t around|did it|(?:'m|am) gone))|\bwho (?:would|will|'d) (?:even "
                   r"|really )?(?:miss|notice|care)(?: me)? if i (?:went|died|"
                   r"was gone|were gone|wasn'?t here|weren'?t here|disappeared)\b", "thinks nobody would miss them",
          confidence=0.7, first_person=True),
    _Rule(_SH, _W, r"(?:{NOT}|\bnot) (?:really )?care (?:any more |anymore )?(?:what happens to me|whether i live|"
                   r"if i live or die|about living)\b|\bwish (?:it|that) (?:had been|was|were|'d been) me\b|"
                   r"\bwish i(?:'d| had) (?:died|gone) (?:with|instead|too|as well)\b|"
                   r"{CANT} (?:face|do|bear) (?:another day|(?:a )?life|living|going on|the future|the years)"
                   r"(?: \w+)? without (?:him|her|them|my \w+)\b", "past caring whether they live (bereaved or low)",
          confidence=0.65, first_person=True),
    _Rule(_SH, _W, r"(?:{NOT}|\bnot) (?:really )?care if i (?:wake up|live|die|don't wake up)\b|(?:{NOT}|\bnot) "
                   r"mind if i (?:didn't|did not|never|don't) wake up\b|(?:{NOT}|\bnot) (?:mind|care) (?:if i died|"
                   r"dying|being dead)\b|(?:{NOT}|\bnot) (?:really )?(?:mind|care) if (?:a (?:bus|car|lorry|truck|"
                   r"train)|something) (?:hit|hits|ran over|runs over|took|takes) me\b|(?:{NOT}|\bnot) (?:really )?"
                   r"(?:mind|care) if i (?:got|get|was|were) (?:hit|run over|knocked down|killed)\b|(?:{NOT}|\bnot) "
                   r"(?:really )?(?:mind|care) if i (?:never woke|didn't make it|don't make it)\b",
          "indifferent to living", confidence=0.7, first_person=True,
          not_after=r"^\s*(?:early|late|on time|in time|till|until|before|for|at|in the (?:morning|night))"),
    _Rule(_SH, _W, r"\bbetter off with me (?:gone|dead|out of the way)\b|(?:\b(?:be|are|were|is)|'s|'re) better "
                   r"(?:off )?without me\b|\b(?:happier|easier|better)(?: off)? (?:if|"
                   r"when|once) i(?:'m| am| was| were) (?:out of the picture|gone for good|no longer here)\b|"
                   r"\b(?:happier|easier|better|relieved|glad|pleased|fine) (?:if|when) i(?:'m|"
                   r" am| was| were)? "
                   r"(?:dead|gone|not here|wasn't here|weren't here|not around|wasn't around|died)\b|"
                   r"\b(?:better|easier) if i (?:just )?(?:was not|wasn't|weren't|were not|am not) "
                   r"(?:around|here|alive)\b", "thinks others would be better off without them", confidence=0.8),
    _Rule(_SH, _W, r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:won't|will not|wont|don't|do not|"
                   r"never) wake up\b|\b(?:sleep|close my eyes) and (?:not|never) wake up|"
                   r"\bnot (?:to )?wake up (?:again|ever)|"
                   r"\bnever wake up\b|\b(?:go to )?sleep forever\b|\bwant (?:it all|everything|all of it|"
                   r"the pain|all this pain|this pain|life|it) to "
                   r"(?:stop|end|be over)(?: forever| for good| for ever)?\b(?! (?:raining|snowing|soon|now))",
          "wishes not to wake up or for it all to end", confidence=0.8, first_person=True,
          # a fear of dying in their sleep, not a wish: "scared to sleep in case I never wake up"
          not_before=r"\b(?:in case|worried|scared|afraid|frightened|terrified|fear|fears)(?: that)?(?: i| i'll| i "
                     r"will| i might| i may)? $"),
    _Rule(_SH, _W, r"\b(?:died|passed away|passed on|lost (?:him|her|my \w+)|gone|killed (?:him|her|them)sel(?:f|ves)|"
                   r"took (?:his|her|their) own life|suicide)\b.{0,60}\b(?:join|joining|be with|being with) "
                   r"(?:her|him|them)\b|\b(?:join|be with) (?:her|him|them|my \w+) (?:in heaven|soon|"
                   r"on the other side)\b|\b(?:see|join|be with|be reunited with) (?:my (?:late )?\w+|him|her|them) "
                   r"(?:again )?(?:soon|in heaven|on the other side)\b[^.!?]{0,40}\b(?:heaven|waiting for me|other "
                   r"side|passed|died|gone)\b|\b(?:waiting|waits) for me (?:in heaven|on the other side|up there)\b",
          "wishes to join someone who died", confidence=0.7),
    _Rule(_SH, _W, r"\bgiv(?:ing|en|e) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions|"
                   r"jewellery|jewelry|books|clothes)(?: away)?\b", "giving belongings away", confidence=0.65,
          not_after=r"^\s*(?:to (?:the )?(?:charity|charity shop|jumble)|for (?:the )?(?:move|jumble|charity))"),
    _Rule(_SH, _W, r"(?:{NOT}|\bno longer) (?:\w+ )?want(?:ing)? to (?:be here|be around|wake up)"
                   r"(?:\s+(?:anymore|any more|any longer|again|tomorrow|ever)|(?=\s*(?:[.!?,;]|"
                   r"$)))", "does not want to be here",
          confidence=0.75, first_person=True),
    _Rule(_SH, _W, r"\b(?:{IM}|i feel(?: like)?|i'm just|i am just|feel like) (?:\w+ )?(?:a|such a|nothing but a) "
                   r"burden\b|\bburden (?:to|on) (?:everyone|everybody|my family|my kids|my children|you all|them)",
          "feels like a burden", confidence=0.7),
    _Rule(_SH, _W, r"\b(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?(?:notice|care|miss me)"
                   r"(?= if i (?:was|were|am|'m)? ?(?:gone|dead|died|disappeared|not here|wasn't here)|"
                   r" (?:if|when) i die|\s*(?:[.!?,;]|$))"
                   r"|\bwould (?:anyone|anybody) (?:even )?(?:miss me|care|notice) if i (?:died|was gone|were gone|"
                   r"disappeared|wasn't here)", "thinks no one would miss them", confidence=0.75),
    _Rule(_SH, _W, r"\bwhat(?:'s| is|s) the point (?:of|in) (?:living|going on|carrying on|being alive|life|me|being "
                   r"here|anything|it all|waking up|getting up)\b|\bno (?:reason|point) (?:for me )?(?:to|in) (?:live|"
                   r"living|keep going|keep living|go on|going on|carry on|be alive|being alive|be here|being here|"
                   r"exist|existing|anything|life|it all|me)\b|\b(?:life|living|it)(?: is|'s|s)?(?:{NOT}| no longer) "
                   r"worth living\b|\b(?:tired|sick) of (?:living|being alive|life)\b|\btired of it all"
                   r"(?= *(?:[.!?]|$))|\b(?:nothing|nobody|no one|nothing left) to live for\b|\bnothing "
                   r"(?:left )?for me(?= *(?:now|here|any ?more|[.!?,;]|$))|\b(?:don'?t|do not|can'?t|cannot|no "
                   r"longer) (?:really |even )?see (?:the|any) point(?:\s+(?:any ?more|in (?:anything|living|life|"
                   r"going on|carrying on|it all|getting up)|of (?:anything|living|life|it all|getting up)))?"
                   r"(?= *(?:[.!?,;]|$))",
          "sees no point in living", confidence=0.75, first_person=True),
    # "I've lost the will to live" (not the queue or the meeting that makes them "lose the will to live")
    _Rule(_SH, _W, r"\b(?:lost|losing|no|don'?t have (?:the|any)|haven'?t got (?:the|any)) (?:the |all |my )?will to "
                   r"(?:live|go on|carry on|keep going)\b", "sees no point in living", confidence=0.75,
          first_person=True, not_after=r"^\s*(?:waiting|queu\w*|in (?:this|that|the) (?:queue|meeting|traffic)|with "
                                       r"(?:this|that|these|those) (?:queue|forms?|meeting|phone|computer|website)|"
                                       r"listening|watching|on hold)"),
    _Rule(_SH, _W, r"\b{CANT} (?:go on|carry on|keep going|take (?:it|this|any more|anymore)(?: anymore| any more)?)"
                   r"(?!\s+(?:the|a|to|with|on|holiday|trip|tour|that|this|walk|ride|bus|in|out|back|home|off|up|"
                   r"seriously|personally|easy|along|round|apart|all in)\b)", "cannot go on",
          confidence=0.6, first_person=True),
    _Rule(_SH, _W, r"\b(?:want|wish i could|wish to|like to|going to) (?:just )?(?:disappear|vanish)\b",
          "wishes to disappear", confidence=0.6, first_person=True,
          not_after=r"^\s*(?:under|into|in|for a|for the|for (?:some|an?|the|this)|to (?:a|the|my)|on|off to|"
                    r"somewhere|from (?:this|the|work|here for)|until|till|after|when)"),
    _Rule(_SH, _U, r"\b(?:planning|plan|planned|plotting|plotted) (?:my|a|my own) (?:suicide|death|exit)\b",
          "planning their suicide", confidence=0.9),
    _Rule(_SH, _W, r"\b(?:wish|want|like) (?:i could |to )?(?:just )?(?:stop existing|not exist|cease to exist)\b|"
                   r"\b(?:started|been|keep|back to|i'm) cutting(?: again)?(?=\s*(?:[.!?,;]|$|again|myself))",
          "wishes not to exist or self-harm", confidence=0.7, first_person=True),
    _Rule(_SH, _W, r"\bwish (?:i had|i'd|i) never been born\b|\b(?:easier|better) (?:not to|to not|if i didn't) "
                   r"(?:exist|be here|be alive|live|wake up)\b", "passive thoughts of death", confidence=0.7),
    _Rule(_SH, _W, r"\b(?:think|thinking|thought|thoughts)(?: a lot| so much| all the time)? (?:about|of) "
                   r"(?:dying|death|being dead|not being here)\b(?! of| in| duties| metal)", "thoughts of death",
          confidence=0.65, first_person=True),
    _Rule(_SH, _U, r"\b(?:no|any) (?:other )?way out (?:except|but|other than|apart from) (?:dying|death|suicide|"
                   r"to die|"
                   r"killing myself|ending it)\b", "sees death as the only way out", confidence=0.85),
    _Rule(_SH, _W, r"(?:{NOT}|\bnever|\bno longer|\bcannot) (?:\w+ )?see (?:a|any) (?:future|way out|point)"
                   r"(?: for (?:myself|me))?\b", "sees no future", confidence=0.6, first_person=True,
          not_after=r"^\s*(?:with|in (?:this|that|the) (?:job|plan|idea|relationship)|for (?:this|the|that|us|our|"
                    r"my \w+))"),
    # Said of themselves and of time running out ("I won't be a problem to anyone much longer", "soon I won't
    # be a burden"); "my dad won't be around much longer" is someone else's illness, "it won't be a problem
    # for anyone" no concern.
    _Rule(_SH, _W, r"{WONT_BE}(?: (?:for|to|on) (?:anyone|anybody|you|them|everyone|everybody|my family|you all))?"
                   r"(?: for)? (?:(?:much|very|a lot) longer|(?:very |that )?long|any ?more|any longer)\b|"
                   r"\b(?:soon|before long),? {WONT_BE}|\bsoon i(?:'ll| will) be gone\b",
          "hints they will not be around", confidence=0.7),
    _Rule(_SH, _W, r"\b(?:saved|saving|stockpil\w+|hoard\w+|stashed|stashing|hiding|hidden|hid) "
                   r"(?:up )?(?:my |some |a lot of |lots of |all my |all of my |enough )?(?:\w+ )?{PILLS}|"
                   r"\b(?:got|have|had) (?:the |my )?{PILLS} ready\b|"
                   r"\b{PILLS} (?:saved|stashed|hidden) (?:up|away)\b|\benough {PILLS}\b", "has medication saved up",
          confidence=0.65, context_raises=True, not_after=r"^\s*(?:for (?:the|my|a|our|when)|in (?:the|a|my) "
                                                         r"(?:dosette|box|organiser|organizer)|from (?:the )?(?:grand)?"
                                                         r"(?:kids|children|grandchildren|dog|cat|little ones)|out of "
                                                         r"(?:reach|sight of the))"),
    _Rule(_SH, _W, r"\bstopped (?:taking|eating)\b.{0,40}\b(?:what's the point|what is the point|whats the point|"
                   r"no point|why bother)\b", "stopped caring for themself", confidence=0.7),
    _Rule(_SH, _W, r"\b(?:he|she|they|my \w+|{NAME})(?:'s| is|'re| are)? (?:going|gonna|planning|about|wants?|"
                   r"wanting) to end (?:it(?: all)?|everything)\b(?! (?:with|between|off)\b)",
          "someone else may be at risk",
          confidence=0.7, past=None, reported_ok=True,
          needs=r"\b(?:tonight|today|now|soon|for good|posted|post|message\w*|texted|text|said|says|told me)\b",
          urgent_if=r"\b(?:tonight|today|right now|now)\b"),
    # Someone else's words or signs of despair ("he's got nothing left to live for", "she'd rather be dead",
    # goodbye messages posted)
    _Rule(_SH, _W, r"\b(?:he|she|they)(?:'s| has|'ve| have|'d| had)?(?: got)? nothing (?:left )?to live for\b|\b(?:he|"
                   r"she|they)(?:'d| would) rather (?:be dead|die|not be here|not be alive)\b|\b(?:he|she|they|my "
                   r"\w+|{NAME})(?:'s| is| has| keeps?| kept|'s been| has been)? (?:been )?(?:posting|posted|sending|"
                   r"sent|texting|texted|writing|wrote|leaving|left|putting|put) (?:up )?(?:\w+ )?(?:goodbye|farewell) "
                   r"(?:messages?|posts?|notes?|letters?|texts?|videos?)\b",
          "someone else may be at risk", confidence=0.7, past=None, reported_ok=True),
    # Someone else says they will end their life by a means ("my friend says she's going to jump off the bridge")
    _Rule(_SH, _W, r"\b(?:he|she|they|my \w+|{NAME})(?:'s| is|'re| are)? ?(?:says?|said|told me|texted|messaged|"
                   r"posted)?"
                   r"(?: that)? ?(?:he'?s|she'?s|they'?re|he is|she is|they are|he'?ll|she'?ll|they'?ll|going|gonna) "
                   r"(?:going to |gonna )?(?:jump (?:off|from|in front of)|throw (?:himself|herself|themselves) (?:off|"
                   r"in front of|under)|take (?:all )?(?:his|her|their) (?:pills|tablets)|hang (?:himself|herself|"
                   r"themselves)|drown (?:himself|herself|themselves))\b", "someone else may be at risk",
          confidence=0.8, past=None, reported_ok=True, urgent_if=r"\b(?:tonight|today|now|right now|soon)\b"),
    # Someone urged to kill themselves ("his friend keeps telling him to kill himself"): abuse, and a risk
    _Rule(_DA, _W, r"\b(?:telling|told|tells|saying to|messag\w+|texting) (?:him|her|them|my \w+) (?:to )?(?:go )?"
                   r"(?:kill (?:himself|herself|themselves|yourself)|die|end it)\b", "someone urged to kill themselves",
          confidence=0.75, reported_ok=True),
    # A partner who threatens suicide if they leave: a risk to that person, and a form of control.
    _Rule(_SH, _W, r"\b(?:he|she|they|my \w+)(?: \w+)? (?:says?|said|threaten\w*|told me|keeps? saying|tells me)(?: "
                   r"that)? (?:he'?ll|she'?ll|they'?ll|he will|she will|they will|he'?d|she'?d|they'?d|he would|she "
                   r"would|they would|to) (?:kill|hurt|harm|top|end) (?:himself|herself|themselves|his life|her life|"
                   r"their life|it all)\b[^.!?]{0,25}\bif i (?:leave|go|left|break up|end it|split up|don'?t|ever)\b",
          "threatens suicide if they leave", confidence=0.75, past=None, reported_ok=True),
    # "dark thoughts" of their own: asked about plainly
    _Rule(_SH, _W, r"\b(?:having|had|been having|get|getting|keep having|i have|i'?ve got|full of) (?:some |really "
                   r"|very |such |these )?(?:dark|black) thoughts\b", "dark thoughts", confidence=0.7,
          first_person=True,
          not_after=r"^\s*(?:about (?:the|my|this) (?:exam|job|work|weather|book|film|plot|story|character))"),
    # "a dark place": said of themself or of someone close, a common way to tell of despair
    _Rule(_SH, _W, r"\b(?:he|she|they|my \w+)(?:'s| is|'re| are| has been| have been|'s been) (?:\w+ )?(?:in )?(?:a )?"
                   r"(?:really |very |such a |so )?(?:dark|bad|black) place\b", "someone else may be at risk",
          confidence=0.65, past=None, reported_ok=True, not_after=r"^\s*(?:with (?:money|work|the business))"),
    _Rule(_SH, _W, r"\b(?:i'?m|i am|i'?ve been|i have been|i was) (?:\w+ )?in (?:a )?(?:really |very |such a |so )?"
                   r"(?:dark|bad|black) place\b", "in a dark place", confidence=0.7, first_person=True,
          not_after=r"^\s*(?:with (?:money|work|the business|my knee|my back))|^[^.!?]{0,40}\b(?:but|and) (?:i'?m|i am|"
                    r"things are) (?:\w+ )?(?:better|fine|okay|ok|good|through it|out of it)\b"),
    _Rule(_SH, _W, r"\b(?:tried|attempted) (?:to )?(?:suicide|overdose)|\b(?:after|from) (?:an|my|the) overdose\b|"
                   r"\b(?:{IVE}|i) (?:had|taken) an overdose before\b", "past suicide attempt or overdose",
          confidence=0.75, first_person=True),
    _Rule(_SH, _W, r"\b(?:he|she|they|my \w+|{NAME}) (?:\w+ ){0,3}(?:wants?|wanting|going|gonna|plans?|planning|"
                   r"threaten\w*|talk\w* about|saying|says|said|trying|tried|might|may|could|will) (?:\w+ ){0,2}"
                   r"(?:to )?"
                   r"(?:(?:take|taking|took) an overdose|overdos\w+|(?:kill|hurt|harm|cut|hang|end)(?:ing)? "
                   r"(?:himself|herself|themselves|themself|his life|her life|"
                   r"their life))\b|\b(?:he|she|they|my (?:\w+ )?\w+)(?: is| are| has been| have been|'s|'re) (?:\w+ )?"
                   r"(?:suicidal|self[- ]harming|cutting (?:himself|herself|themselves))|\b(?:he|she|they)(?:'d|"
                   r" would) "
                   r"be better off dead\b|\b(?:he|she|they) (?:doesn't|does not|don't|do not|no longer) (?:\w+ )?"
                   r"wants? to (?:live|be alive|be here)\b|\b(?:he|she|they) (?:wants?|wishes) (?:to die|(?:he|"
                   r"she|they) (?:was|were) "
                   r"dead)\b|\b(?:he|she|they)(?:'s| is|'ve| has| have)(?: been)? (?:\w+ )?(?:thinking|talking) "
                   r"(?:about|of) (?:suicide|killing (?:himself|herself|themselves)|ending (?:his|her|their) life|"
                   r"dying\b(?! (?:his|her|their|my|the|"
                   r"it)))\b", "someone else may be at risk", confidence=0.7, past=None, reported_ok=True),
    _Rule(_SH, _U, r"\b(?:suicide|death|dying|killing myself|ending it) (?:feels|seems|is|looks) (?:like )?(?:the|my) "
                   r"only (?:option|way|answer|choice|way out)\b|\bonly (?:option|way out|answer|choice)(?: left)? "
                   r"(?:is|seems to be) (?:suicide|to die|death|dying|to end it)\b", "sees death as the only way out",
          confidence=0.85),
    _Rule(_SH, _W, r"\b(?:sitting|standing|stood|sat|perched) (?:on|at) (?:the )?(?:edge of |top of )?(?:the |a )?"
                   r"(?:roof|bridge|ledge|cliff|balcony|railway line|tracks|platform edge)\b(?! (?:terrace|garden|"
                   r"bar|top|"
                   r"cafe|restaurant))", "at a high or dangerous place",
          confidence=0.7, context_raises=True, first_person=True),
    # Nets for wordings the rules above do not spell out.
    _Rule(_SH, _U, r"\b(?:think|thinking|thought|want|wanted|wanting|plan|planning|going|ready|decided|consider|"
                   r"considering|considered|tempted|close) (?:\w+ ){0,3}(?:about |of |to )?end(?:ing)? (?:it|things|"
                   r"everything|it all)\b", "talks of ending their life", confidence=0.8, first_person=True,
          not_after=r"^\s*(?:with|between|for (?:him|her|them|now|today)|early|here|there|off|on a|up)"),
    _Rule(_SH, _W, r"\bsuicid\w*", "mentions suicide", confidence=0.6, now_raises=True,
          needs=r"\b(?:i|i'm|im|i've|me|myself|my own)\b",
          not_before=r"\b(?:about|on|by|from|of|into|to|prevention|awareness|after|the|a|his|her|their|your|"
                     r"committed|died|killed|attempted|tried)\s+(?:\w+\s+)?$",
          not_after=r"^\s*(?:prevention|awareness|helpline|hotline|line|charity|rates?|statistics|squad|bomb\w*|"
                    r"note in the film|doors)"),
    _Rule(_SH, _W, r"\b(?:my|own) suicide\b", "mentions their own suicide", confidence=0.75, now_raises=True),
    _Rule(_ME, _U, r"\b(?:call|get|ring|phone|dial|need|send) (?:me )?(?:an|the) ambulance\b|\b(?:call|ring|phone|"
                   r"dial) "
                   r"(?:999|911|112)\b", "asks for an ambulance", confidence=0.85,
          not_after=r"^\s*(?:for (?:the|a) (?:cat|dog)|if (?:it|the) (?:gets|happens))",
          not_before=r"\b(?:did|didn't|never|nearly|almost|how|when|why)\s+(?:you\s+|i\s+|they\s+)?$"),
    _Rule(_ME, _U, r"\b(?:i'?ve|i have|we'?ve|we have|i|we) (?:just )?(?:called|rung|phoned) (?:for )?(?:an|the) "
                   r"ambulance\b(?=[^.!?]{0,60}\b(?:now|just|on (?:its|the) way|waiting|coming|he'?s|she'?s|collapsed|"
                   r"breathing)\b)|"
                   r"\bambulance(?:'s| is) on (?:its|the) way\b", "an ambulance on its way", confidence=0.85,
          not_after=r"^\s*(?:last (?:night|week|month|year)|yesterday)"),
    _Rule(_DA, _U, r"\b(?:call|get|ring|phone|send) (?:me )?the police\b", "asks for the police", confidence=0.8,
          not_after=r"^\s*(?:about|to report|on the|if|for (?:a|the) (?:noise|parking))",
          not_before=r"\b(?:did|didn't|should|never|nearly|almost|how|when|why|will)\s+(?:you\s+|i\s+|they\s+)?$"),
    # Context: a plan or a time, after ideation in an earlier turn.
    _Rule(_SH, _U, r"\b(?:know|worked out|decided|figured out) (?:exactly )?how (?:i'd|i would|i will|i'll|"
                   r"i'm going to|"
                   r"to) do it\b|\btonight(?:'s| is) the night\b|\bmade up my mind\b|\b(?:i'll|i will|i'm going to) "
                   r"do it (?:tonight|today|soon|tomorrow|this week)\b|\bit(?:'s| is|s) time\b|"
                   r"\b(?:the|a) (?:bridge|roof|ledge|tracks|cliff)\b|\bwritten (?:my |the |a )?(?:letters?|note)\b|"
                   r"\b(?:worked out|figured out|planned|know exactly|decided) how\b(?=\s*(?:[.!?,;]|$|i'd|i would|"
                   r"i'll|to))",
          "a plan, after talk of ending their life", confidence=0.85, needs_context=True),
    # Researching a method, or a ligature made ready: a plan.
    _Rule(_SH, _U, r"\b(?:looking up|looked up|look up|searching|searched|googl\w+|reading about|read about|"
                   r"researching) (?:\w+ )?(?:ways|how|methods|the best way) to (?:end it|die|kill myself|end my life|"
                   r"not wake up|overdose|hang myself)\b|\b(?:tied|hung|put up|made|set up) (?:a |the |up a )?(?:noose|"
                   r"ligature)\b|\bnoose\b|\btied (?:a |the )?rope\b(?!\s+(?:for|to (?:the|a) (?:boat|tree for|swing|"
                   r"car)|round (?:the|a) (?:box|parcel|case)))", "researching a method or a ligature made ready",
          confidence=0.85, first_person=True, past=None),
    _Rule(_SH, _W, r"\b(?:looking up|looked up|searching|searched|googl\w+|reading about|researching) (?:\w+ )?"
                   r"ways to do it\b", "looking up ways to 'do it'", confidence=0.7, first_person=True,
          urgent_if=r"\b(?:tonight|today|soon|ready|pills|tablets|rope|bridge)\b"),
    # Hurting themselves when upset ("I keep hitting my head against the wall"): self-injury.
    _Rule(_SH, _W, r"\b(?:keep|kept|been|started|i) (?:hitting|banging|punching|scratching|biting|burning|pinching|"
                   r"scraping) (?:my (?:head|arms?|legs?|hands?|wrists?|fists?|face|skin)|"
                   r"myself)\b[^.!?]{0,40}\b(?:when i'?m|when i get|upset|angry|on purpose|until|till|bleed\w*|against "
                   r"the wall|to feel)\b",
          "hurting themselves when upset", confidence=0.7),
    # A gun at hand and a mind on it ("my husband's gun is in the drawer and I keep looking at it").
    _Rule(_SH, _U, r"\b(?:gun|rifle|shotgun|pistol|revolver|firearm)\b[^.!?]{0,50}\b(?:keep (?:looking at|thinking "
                   r"about|going to|taking (?:it )?out)|can'?t stop (?:looking at|thinking about)|(?:looking|staring) "
                   r"at it|in my hands?|thinking (?:of|about) using)\b", "a gun at hand, and a mind on it",
          confidence=0.85),
    # Context: the means at hand, after ideation ("I've got the pills here").
    _Rule(_SH, _U, r"\b(?:got|have|'ve got|holding|bought|fetched) (?:the |my |some |all (?:the|my) |a bottle of |a "
                   r"packet of |enough )?{PILLS} (?:here|with me|in front of me|next to me|in my hands?|out|lined up|"
                   r"ready|on the table)\b|\b{PILLS} (?:are |is )?(?:here|in front of me|next to me|in my hands?)\b",
          "the means at hand, after talk of ending their life", confidence=0.85, needs_context=True),
    # ------------------------------------------------------------------ danger
    _Rule(_DA, _U, r"\b(?:someone|somebody|a man|a woman|a stranger|strangers|people|men|an intruder|a burglar|"
                   r"burglars|they|he|she)(?: is| are|'s|'re)? (?:trying to (?:break|get|force (?:their|his|"
                   r"her) way) in|breaking in\b|"
                   r"climbing in (?:the|my|through)|(?:trying to |attempting to )?forc\w* (?:the|"
                   r"my) (?:\w+ )?(?:door|window|lock)|"
                   r"trying (?:the|my) (?:\w+ )?(?:door|window|handle))",
          "someone is trying to get in", confidence=0.9,
          not_after=r"^\s*(?:(?:his|her|their|my|the) (?:new )?(?:shoes|boots)|a (?:new )?(?:horse|pony|puppy))"),
    _Rule(_DA, _U, r"\b(?:someone|somebody|a stranger|an intruder|a burglar)(?: is|'s)? (?:breaking into|inside|"
                   r"in (?:my|the) (?:house|home|flat|room|garden|kitchen|apartment|hall|bedroom))|"
                   r"\bthere(?:'s| is|s|'re| are) (?:someone|somebody|a man|a woman|a stranger|strangers|an intruder|"
                   r"a burglar|people|men) (?:\w+ ){0,2}(?:in my|in the (?:house|flat|home)|inside|downstairs|trying|"
                   r"breaking)\b|"
                   r"\bstranger in my (?:house|flat|home|room|garden)\b|\b(?:heard|hear|hearing) (?:glass (?:break|"
                   r"breaking|smash\w*)|someone (?:in the house|in my house|breaking|trying))|"
                   r"\bbreaking into my\b|\bbreak(?:ing)? (?:down|through) (?:my|the) (?:\w+ )?(?:door|window)\b",
          "an intruder", confidence=0.9,
          not_after=r"^\s*(?:at the door (?:for|with)|to (?:fix|read|see|deliver))"),
    _Rule(_DA, _W, r"\b(?:keeps?|kept|been|keep on|is|are|was|were) (?:asking|pushing|pressur\w+|telling|making|"
                   r"getting) me to sign\b|\bwants? me to sign (?:over|away)\b|\bsign (?:over|away) (?:my|the) "
                   r"(?:house|home|flat|savings|money|pension)\b", "pressed to sign papers (possible financial abuse)",
          confidence=0.6),
    _Rule(_DA, _W, r"\b(?:keeps?|kept|been|keep on) (?:phoning|ringing|calling)(?: me)?\b[^.!?]{0,40}\b(?:breath\w*|"
                   r"silen\w*|says? nothing|hangs? up|hanging up|hung up|threat\w*|swear\w*)\b|\bheavy breathing\b|"
                   r"\bsilent (?:phone )?calls\b|\b(?:nuisance|threatening|"
                   r"abusive|dirty) (?:phone )?calls\b", "nuisance or threatening calls", confidence=0.65,
          not_before=r"\b(?:the )?(?:bank|doctor|surgery|council|salesm[ae]n|sales people)\b[\w\s']*$"),
    _Rule(_DA, _W, r"\b(?:a man|a woman|someone|somebody|a stranger|two men|a couple of men|a guy|a lad|some men|"
                   r"people|a bloke|he|she|they)\b[^.!?]{0,40}\b(?:at|outside|on) (?:my|the) (?:front |back )?"
                   r"(?:door|doorstep|gate)\b[^.!?]{0,80}?\b(?:(?:has|have|had|with|showed|shows) no (?:badge|id|"
                   r"identification|card|pass)|without (?:a |any )?(?:badge|id|identification)|won'?t (?:show|give) "
                   r"(?:me )?(?:his|her|their|any) (?:id|badge|name|identification)|won'?t (?:go away|leave)|keeps? "
                   r"(?:knocking|banging|hammering)|trying the (?:handle|door)|insist\w* on coming in)",
          "a caller at the door who may not be who they say", confidence=0.7),
    _Rule(_DA, _U, r"\b(?:someone|somebody|a man|a woman|a car|a guy|a van|he|she|they|this \w+|some \w+|my ex)"
                   r"(?: is|'s|are|'re| keeps| kept| has been| have been| was| been)? (?:still )?"
                   r"(?:following|stalking|watching|chasing) (?:me|my house|my flat|my home|us)\b",
          "being followed or watched", confidence=0.8, chronic_lowers=True,
          not_before=r"\b(?:nobody|no one|no-one)\b[\w\s']*$",
          urgent_if=r"\b(?:right now|now|still|is following|'s following|are following|is chasing|chasing me)\b"),
    _Rule(_DA, _W, r"\b(?:he|she|they|someone|somebody|my ex)(?:'ll| will| would|'d)? make (?:me|us) (?:regret it|"
                   r"pay(?! for)|sorry)\b|\bif i (?:tell|told) (?:anyone|anybody|someone|the police)\b[^.!?]{0,30}\b"
                   r"(?:he|she|they)(?:'ll| will| would|'d) (?:hurt|kill|make|take|get|do something|come|throw|put|"
                   r"beat|hit|send|ruin)\b|\byou'?ll be sorry\b", "a threat", confidence=0.7, reported_ok=True),
    _Rule(_DA, _W, r"\b(?:my ex|(?:my )?ex-(?:husband|wife|partner|boyfriend|girlfriend)|they|someone|somebody) "
                   r"(?:has )?(?:found out|knows|got hold of|has got|tracked down) (?:my|where i) (?:new )?(?:address|"
                   r"number|live|am living|work)\b", "someone found where they live", confidence=0.65,
          reported_ok=True),
    _Rule(_DA, _W, r"\b(?:they|he|she|someone|somebody|we)(?: \w+)? (?:know|knows) (?:where (?:i|we|you|my \w+|"
                   r"the kids) (?:live|lives|work|works|park|parks|go|goes)|which school|my address|your address|"
                   r"what car)\b",
          "a veiled threat ('they know where ...')", confidence=0.7, reported_ok=True,
          needs=r"\b(?:text\w*|message\w*|note|letter|call\w*|voicemail|email\w*|said|saying|says|told|warn\w*|"
                r"threat\w*|sent|posted|dm)\b"),
    _Rule(_DA, _W, r"\b(?:asked|asking|wanted|wants|asks) (?:me )?(?:for )?(?:my )?(?:pin(?: number)?|password|bank "
                   r"details|card details|card number|security (?:code|number)|account details|login)\b",
          "asked for bank details (a likely scam)", confidence=0.7, reported_ok=True,
          needs=r"\b(?:rang|rung|called|phoned|phone|call|text\w*|email\w*|message\w*|man|woman|someone|somebody|"
                r"caller|bank|they)\b"),
    _Rule(_DA, _W, r"\b(?:computer|laptop|pc|tablet|phone|account|bank account)\b[^.!?]{0,20}\b(?:has|had|got|have) "
                   r"(?:a |been )?(?:virus|hacked|compromised|infected)\b|\b(?:need|needs|have|has|had|told me) to "
                   r"(?:pay|transfer|send|move) (?:him|her|them|money|my (?:money|savings))\b|\b(?:in|with|by) gift "
                   r"cards?\b|\b(?:move|transfer) my (?:money|savings) (?:to|into) a (?:safe|new|secure) account\b|"
                   r"\blet (?:him|her|them) (?:into|onto|on|access) my (?:computer|laptop|pc)\b",
          "asked to pay or let a caller onto the computer (a likely scam)", confidence=0.7, reported_ok=True,
          needs=r"\b(?:rang|rung|called|phoned|on the phone|phone call|call|text\w*|email\w*|message\w*|caller|pop-?up|"
                r"man|woman|someone|somebody)\b"),
    _Rule(_DA, _U, r"\bcan'?t (?:find|see) (?:my )?(?:little |young )?(?:boy|girl|son|daughter|child|kid|grandson|"
                   r"granddaughter)\b|\blost (?:my )?(?:little|young) (?:boy|girl|son|daughter|one|grandson|"
                   r"granddaughter)\b|\b(?:my )?(?:little |young )?(?:boy|girl|son|daughter|child|grandson|"
                   r"granddaughter)\b[^.!?]{0,20}\b(?:has |'s )?(?:wandered off|gone missing)\b|\b(?:my )?(?:little |"
                   r"young )?(?:boy|girl|son|daughter|child|grandson|granddaughter)\b[^.!?]{0,40}\bcan'?t (?:find|see) "
                   r"(?:him|her|them)\b",
          "a child missing just now", confidence=0.8, reported_ok=True,
          needs=r"\b(?:right here|was here|next to me|minute ago|moment ago|second ago|just now|help|wandered|"
                r"can'?t (?:find|see)|gone missing)\b", past=None),
    # Threatened with their intimate pictures shared unless they pay or send more: blackmail, a crime
    _Rule(_DA, _W, r"\b(?:share|send|post|show|leak|put|spread|upload)\w*\b[^.!?]{0,30}\b(?:my|me|our|of me) ?(?:\w+"
                   r" )?(?:photos?|"
                   r"pictures?|pics|videos?|images?|nudes)\b[^.!?]{0,40}\b(?:unless|if i (?:don'?t|do not|won'?t)|or "
                   r"(?:else|i pay)|pay)\b|\b(?:threaten\w*|blackmail\w*) (?:me )?(?:to|with|into)\b[^.!?]{0,30}"
                   r"\b(?:photos?|pictures?|pics|videos?|images?|nudes)\b",
          "threatened with their pictures shared (blackmail)", confidence=0.8, reported_ok=True),
    # Handled roughly by a carer ("she yanks me about when she washes me"): abuse to report
    _Rule(_DA, _W, r"\b(?:carers?|care workers?|nurse|helper|home help)\b[^.!?]{0,40}\b(?:(?:pull|pulls|pulled|pulling|"
                   r"yank\w*|push\w*|shov\w*|grab\w*|drag\w*|manhandl\w*|pinch\w*) (?:me|my)\b|(?:is|are|was|were|"
                   r"gets?|"
                   r"getting) (?:really |so |very |quite )?rough(?: with me)?\b)",
          "handled roughly by a carer", confidence=0.75,
          not_after=r"^[^.!?]{0,30}\b(?:to (?:stop|help|catch|steady|save|keep|lift|move|turn)|by accident|"
                    r"accidentally|"
                    r"as i (?:fell|slipped|tripped)|when i (?:fell|slipped|tripped|stumbled)|so i (?:didn'?t|wouldn'?t)"
                    r" "
                    r"fall)\b"),
    # An older or confused adult missing (from a care home, a ward, out walking): the police, now
    _Rule(_DA, _U, r"\b(?:mum|mom|mother|dad|father|husband|wife|gran\w*|nan|grandad|granddad|grandpa|grandma|"
                   r"uncle|aunt\w*|he|she)(?:'s| has| is| have)? (?:gone )?(?:missing|wandered off|walked out)\b"
                   r"[^.!?]{0,30}\b(?:care home|home|nursing home|ward|hospital|house|dementia|confused|night|hours)\b|"
                   r"\b(?:care home|nursing home|hospital|ward)\b[^.!?]{0,30}\b(?:can'?t find|lost) (?:him|her|my "
                   r"(?:mum|mom|mother|dad|father|husband|wife|gran\w*|nan|grandad|granddad|grandpa|grandma|uncle|"
                   r"aunt\w*|son|"
                   r"daughter|brother|sister|partner))\b(?!'s)",
          "a vulnerable adult missing", confidence=0.8, reported_ok=True, past=None,
          not_after=r"^[^.!?]{0,30}\b(?:found|back (?:now|safe)|turned up|came back)\b"),
    _Rule(_DA, _W, r"\b(?:have|got|there's|there is) a stalker\b|\bkeeps? (?:turning|showing) up (?:outside|at) "
                   r"my\b|\b(?:has|have) been (?:following|watching|stalking) (?:me|my)\b|\bkeeps? (?:following|"
                   r"stalking) me\b|(?<!\bcamera )"
                   r"\b(?:watches|follows|stalks|films|photographs) (?:me|my house|my flat|my home)\b",
          "being stalked", not_before=r"\b(?:cat|dog|puppy|kitten|pet|camera|baby|bird|parrot)\s+$",
          not_after=r"^\s*(?:on (?:instagram|facebook|twitter|tiktok|social|x\b|youtube)|sleep|around the house)",
          confidence=0.7),
    _Rule(_DA, _W, r"(?<!\bit )(?<!\bthat )(?<!\bthis )\b(?:hits|beats|kicks|punches|slaps|chokes|strangles|shoves|"
                   r"pushes|pinches|hurts|burns|rapes|abuses|bites|grabs|throws things at) (?:my \w+ and )?me\b|"
                   r"\b(?:hit|beat|kicked|punched|slapped|shoved|pushed|choked|strangled|raped|attacked|grabbed|"
                   r"threw (?:things|stuff|a \w+) at) me\b",
          "abuse: someone hurts them", confidence=0.8,
          # "if a bus hit me": not a person hurting them (the self-harm rules read the wish)
          not_before=r"^\s*$|\b(?:it|that|this|which|what|you|reality|news|truth|idea|bus|car|lorry|truck|train|"
                     r"van|meteor|asteroid|plane)\s+(?:really\s+|just\s+|still\s+|so\s+|suddenly\s+|finally\s+)?$",
          not_after=r"^\s*(?:off\b|out of (?:the|my) (?:app|game|call|chat|meeting|server|site|account)|at|in "
                    r"(?:chess|cards|tennis|golf|a game|the race|a race|the quiz|an argument)|to it|"
                    r"to the|to (?:do|be|try|go|get|make)|up|with (?:a|the|his|her) "
                    r"(?:words|jokes|question|idea)|when (?:you|he|she) (?:says?|ignores?))",
          urgent_if=r"\b(?:right now|now|tonight|just|knife|gun|kill me|help me)\b"),
    # Violence heard or seen in another home ("my neighbour hit his wife again"): someone else in danger.
    _Rule(_DA, _W, HARM_TO_OTHER, "violence to someone else, heard or seen", confidence=0.7, reported_ok=True,
          not_before=r"\b(?:film|movie|show|programme|book|story|game|soap|play)\b[^.!?]*$",
          urgent_if=r"\b(?:right now|now|can hear|screaming)\b"),
    _Rule(_DA, _W, r"\b(?:tried|trying|attempted) to (?:get|break|climb|force (?:their|his|her) way) into (?:my|our) "
                   r"car\b|\b(?:tried|trying) to open (?:my|our) car doors?\b", "someone tried to get into their car",
          confidence=0.7, urgent_if=r"\b(?:right now|now|still)\b"),
    _Rule(_DA, _W, r"\b(?:he|she|they|my \w+|manager|boss)\b[^.!?]{0,25}\b(?:grabbed|shoved|slapped|punched|kicked|"
                   r"choked|strangled|twisted|yanked) my (?:arm|wrist|neck|throat|hair|face|shoulder)\b",
          "abuse: someone grabbed or hit them", confidence=0.75,
          not_after=r"^[^.!?]{0,30}\b(?:to (?:stop|help|catch|steady|save|pull|keep)|playing|by accident|accidentally|"
                    r"for fun|(?:as|before) i (?:fell|slipped|tripped)|when i (?:fell|slipped|tripped|stumbled)|so"
                    r" (?:i|we|she|he)"
                    r" "
                    r"(?:didn'?t|wouldn'?t|did not) (?:fall|slip|trip))\b",
          urgent_if=r"\b(?:right now|now|tonight|just|knife|gun|kill me|help me)\b"),
    _Rule(_DA, _U, r"\b(?:is|'s|are|'re|keeps|started|keep|kept|was) (?:hitting|beating|kicking|punching|slapping|"
                   r"choking|strangling|hurting|attacking|stabbing) (?:me|us)\b", "being attacked now", confidence=0.9,
          # someone with dementia lashing out when confused: danger watch (the rules below), with its own reply
          not_after=r"^[^.!?]{0,25}\b(?:when|if|because|as) (?:she|he|they)(?:'s| is| gets?| get|'re| are|'s getting) "
                    r"(?:so |really |very )?(?:confused|muddled|agitated|disoriented|frightened)\b|^[^.!?]{0,40}\b(?:"
                    r"dementia|alzheimer'?s)\b",
          not_before=r"\b(?:it|that|this|which|what|deadlines?|work|job|tie|collar|scarf|belt|debts?|bills?|"
                     r"mortgage|paperwork|workload|stress|heat|traffic|cold|arthritis|back|knees?|hips?|shoes|"
                     r"boots|bra|waistband|jeans|trousers)\s+(?:\w+\s+)?$"),
    _Rule(_DA, _W, r"\bhands? (?:a)?round my (?:neck|throat)\b|\b(?:choked|strangled|throttled) me\b",
          "abuse: strangled or choked", confidence=0.85,
          urgent_if=r"\b(?:now|right now|tonight|is|keeps|'s got|has got|got (?:his|her|their))\b|'s got"),
    _Rule(_DA, _U, r"\b(?:someone|somebody|people|they|men|lads|kids|a man|a gang|he|she)(?:'s| is| are|'re) "
                   r"(?:smashing|kicking in|vandalising|attacking|setting fire to) (?:up )?(?:my|the) "
                   r"(?:car|windows?|door|house|fence|flat|shed|gate)\b", "someone attacking their home",
          confidence=0.8),
    _Rule(_DA, _U, r"\bthreaten\w* (?:\w+ )?to (?:kill|hurt|stab|shoot|burn|beat|attack|strangle|harm|batter)\b"
                   r"(?! (?:himself|herself|themselves))|"
                   r"\b(?:said|says|told me|swore|promised|texted|wrote)(?: that)? (?:he|she|they|someone)(?:'d|"
                   r" would| will|"
                   r"'ll| is going to|'s going to| was going to| were going to| are going to|'re going to)"
                   r"(?: \w+){0,3}(?: and)? (?:kill|hurt|stab|shoot|beat|burn|attack|get) (?:me|us)\b",
          "threatened with violence", not_after=_BANTER_AFTER,
          confidence=0.9),
    _Rule(_DA, _U, r"\b(?:coming|come|back|here|on (?:his|her|their) way)\b(?: \w+){0,3} to (?:hurt|kill|attack|"
                   r"beat|stab|"
                   r"shoot) (?:me|us)\b", "someone is coming to hurt them", confidence=0.85),
    _Rule(_DA, _U, r"\b(?:someone|somebody|a man|men|a person|people|a guy|two men|a stranger) (?:with|in|wearing) "
                   r"(?:a )?(?:balaclava|mask|hood up)\b", "a masked stranger", confidence=0.8,
          needs=r"\b(?:window|door|garden|house|flat|outside|downstairs|upstairs|home|following)\b"),
    _Rule(_DA, _U, r"\b{PERSON}(?:'s| is|'re| are|'ll| will)(?: going to| gonna)? (?:hurt|attack|stab|shoot|beat|"
                   r"strangle|rape) (?:me|us)\b", "afraid someone will hurt them", confidence=0.85,
          not_after=r"^\s*(?:at|in) (?:chess|cards|tennis|the race|a game|golf)"),
    _Rule(_DA, _U, r"\b{PERSON}(?:'s| is|'re| are|'ll| will)(?: going to| gonna)? (?:\w+ )?kill (?:me|us)\b",
          "afraid someone will kill them", confidence=0.85, not_after=_BANTER_AFTER,
          urgent_if=_FEAR.pattern, now_raises=False),
    _Rule(_DA, _U, r"\b(?:a man|a woman|someone|somebody|a guy|a person|people|men|a gang|lads|boys|he|she|they) "
                   r"(?:with|holding|carrying|waving) (?:a |the |an )?(?:knife|gun|weapon|blade|machete|axe|bat)s?\b",
          "someone has a weapon", confidence=0.9),
    _Rule(_DA, _U, r"(?<!\bi )(?<!\bwe )\b(?:has|'s got|has got|got|is holding|holding|is waving|waving|pulled|"
                   r"pulled out|grabbed|took out|came at me with|threaten\w* (?:me|us) with) (?:a |the |his |her )?"
                   r"(?:knife|gun|weapon|blade|machete|hammer|axe|bat)\b", "someone has a weapon", confidence=0.9,
          not_before=r"\b(?:i|we|my (?:kitchen|drawer|shed|set))\s+(?:just\s+|also\s+)?$",
          not_after=r"^\s*(?:set|sharpener|block|and fork|for|to cut|in the (?:kitchen|drawer))"),
    _Rule(_DA, _U, r"\b(?:locked|trapped|shut) (?:me|us) (?:in|up|inside)\b|\b(?:{IM}|we're|we are) (?:locked|"
                   r"trapped|stuck) "
                   r"(?:in|inside)(?: (?:the|my|a|this|his|her|our))? (?:room|bedroom|bathroom|toilet|loo|house|flat|"
                   r"car|boot|lift|elevator|cellar|basement|shed|garage|cupboard|attic|here)\b|\b(?:{IM}|we're|we are) "
                   r"(?:locked|trapped) in\b(?=\s*(?:and|,|[.!?]|$))|\b(?:won't|will not|wont) let me out\b",
          "locked in or held", confidence=0.85),
    _Rule(_DA, _W, r"\bif i (?:leave|left|go|went|try to leave)(?: (?:him|her|them))?\b[^.!?]{0,15}\b(?:he|she|"
                   r"they)(?:'ll| will|'d| would) (?:take|kill|hurt|never let|make sure|ruin|find|come after|"
                   r"destroy)\b",
          "threatened if they leave", confidence=0.75),
    # A child telling of an adult at night or of touching ("my stepdad comes into my room at night"): safeguarding.
    _Rule(_DA, _W, r"\b(?:comes|came|keeps coming|coming|gets|got|climbs) (?:in(?:to)?|in to) my (?:room|bed|bedroom)\b"
                   r"[^.!?]{0,40}\b(?:at night|when (?:mum|mom|everyone)'?s? (?:out|asleep|at work)|don'?t like|"
                   r"scared|uncomfortable|touch\w*|secret)\b|\b(?:touches|touched|touching) me (?:where|in places|"
                   r"down there|under)\b|\b(?:makes|made) me touch\b|\b(?:our (?:little )?secret|keep (?:it )?(?:a )?"
                   r"secret)\b[^.!?]{0,40}\b(?:touch\w*|room|bed|body|pictures|photos)\b",
          "a child may be being abused", confidence=0.8, reported_ok=True,
          not_before=r"\b(?:cat|cats|dog|dogs|puppy|kitten|pet|the baby|my baby)\s+$"),
    # Made to sign or hand over money: financial abuse.
    _Rule(_DA, _W, r"\b(?:makes|made|forces|forced|pressur\w+|bull(?:ies|ied)) me (?:to )?(?:sign|hand over|give "
                   r"(?:him|her|them) (?:my|money|cash)|withdraw|transfer|pay (?:for|his|her|their)|take out)\b",
          "abuse: controlled, exploited or threatened", confidence=0.7),
    _Rule(_DA, _W, r"\b(?:locks|lock) (?:me|us) (?:in|up)\b|\b(?:won't|will not|wont|doesn't|does not) let me "
                   r"(?:leave (?:the |my )?(?:house|flat|room|home|building|bedroom)|go out|"
                   r"see (?:my )?(?:friends|family|anyone)|have (?:my )?(?:phone|money)|"
                   r"eat|call anyone)\b|\b(?:takes|took|keeps|steals|stole) my (?:pension|money|benefits|"
                   r"bank card|card|phone|passport|savings)\b|\b(?:takes|took|steals|stole|taking|stealing|"
                   r"keeps taking) "
                   r"(?:\w+ )?(?:money|cash|notes) (?:from|out of) my\b|\b(?:shouting|making|shouted|made|sending) "
                   r"threats\b|\bthreats (?:at|to) me\b|\bhanging (?:a)?round (?:outside )?my (?:door|house|flat|"
                   r"home|window|gate)\b", "abuse: controlled, exploited or threatened", confidence=0.7),
    _Rule(_DA, _W, r"\b(?:gets|get|got|becomes|turns|is|can be|'s|are)(?: really| very| so| quite)? (?:violent|"
                   r"aggressive|rough|physical)(?: with me| towards me| to me)?\b|\b(?:hits|slaps|kicks|punches|"
                   r"pinches|grabs|twists|squeezes|smacks) my (?:hands?|arms?|face|head|legs?|wrists?)\b|"
                   r"\b(?:hit|slapped|kicked|punched|pinched|smacked|twisted|yanked) my (?:hands?|arms?|face|head|"
                   r"legs?|wrists?|hair)\b|\b(?:grabbed|squeezed) my (?:arms?|wrists?|hair|face|throat|neck)\b",
          "abuse: someone is violent to them", confidence=0.7,
          needs=r"\b(?:my (?:{KIN})|he|she|they|him|her)\b",
          not_before=r"\b(?:sea|weather|wind|game|match|film|dog|cat|storm|traffic|it|that|this|ball|door|"
                     r"branch)\s+(?:\w+\s+)?$",
          not_after=r"^\s*(?:to (?:steady|help|catch|stop|save|hold|pull|guide|lead|show|get)|(?:and|as) (?:helped|"
                    r"pulled|caught|steadied|guided|led|walked)|before i (?:fell|slipped|tripped)|so i (?:didn't|"
                    r"wouldn't) fall|(?:and|to) (?:sa(?:id|ys?)|shout(?:ed|s)?) (?:look|watch|careful|mind)|"
                    r"(?:and|to) (?:we )?(?:danced|dance|shook|shake))"),
    _Rule(_DA, _W, r"\b(?:throws?|threw|throwing|smash(?:es|ed|ing)?|breaks?|broke|punch(?:es|ed)?) (?:things|stuff|"
                   r"plates|cups|furniture|the (?:tv|phone|remote)|walls?|holes in (?:the )?walls?)\b",
          "things thrown or broken in anger at home", confidence=0.65,
          needs=r"\b(?:husband|wife|boyfriend|girlfriend|partner|he|she|son|dad|father)\b[^.!?]*\b(?:angry|temper|"
                r"drunk|drink\w*|rage|shout\w*|lose[sd]? it|loses it)\b|\b(?:angry|temper|drunk|rage)\b"),
    _Rule(_DA, _W, r"\b(?:checks|checking|reads|reading|goes through|going through|tracks|tracking) my (?:phone|"
                   r"messages|texts|emails|location)\b", "checks up on them (control by a partner)", confidence=0.6,
          needs=r"\b(?:boyfriend|girlfriend|husband|wife|partner|fianc\w*)\b"),
    _Rule(_DA, _W, r"\b(?:carers?|care workers?|cleaner|helper|nurse|son|daughter|grandson|granddaughter|nephew|niece|"
                   r"neighbour|lodger)\b[^.!?]{0,20}\b(?:is|are|has been|have been|'s been|keeps?|might be|may be) "
                   r"(?:stealing|taking|pinching|helping (?:him|her)self to) (?:from me|money|my (?:money|pension|"
                   r"things|jewellery|cards?|purse|savings))\b", "money or things taken by someone they rely on",
          confidence=0.7),
    _Rule(_DA, _U, r"\bclimb\w* (?:over|through|in(?:to)?|up) (?:my|the) (?:\w+ )?(?:fence|wall|window|gate|balcony|"
                   r"garden)\b", "an intruder", confidence=0.8,
          needs=r"\b(?:man|men|someone|somebody|stranger|intruder|burglar|lads|guy|people)\b"),
    _Rule(_DA, _U, r"\bsmell(?:s|ing)? (?:of )?gas\b|\bgas (?:leak|is leaking)\b|\b(?:house|home|kitchen|room|"
                   r"flat|building|"
                   r"pan|oven|stove|curtains?|toaster|garage|bedroom|sofa|bed|bin|hall|stairs|roof|car|chip pan|"
                   r"microwave|place|it)(?: is|'s|s| are) on fire\b|\bthere(?:'s| is|s) (?:a )?fire (?:in|at|on|"
                   r"upstairs|downstairs)\b|\bsmoke (?:is )?(?:coming|pouring|everywhere|filling|all over)|"
                   r"\b(?:full of|filling (?:up )?with|filled with) "
                   r"smoke\b|"
                   r"\b(?:something|the \w+) is burning\b|\b(?:has|have|'s|just) caught (?:on )?fire\b|"
                   r"\b(?:is|are|'s|'re|went|gone) up in flames\b|\b(?:is|are) (?:ablaze|in flames)\b|"
                   r"\b(?:i|we)(?: can)? smell (?:smoke|burning)\b|\bthere(?:'s| is) a (?:strong |funny |horrible )?"
                   r"smell of (?:smoke|burning|gas)\b", "fire or gas", confidence=0.9),
    _Rule(_DA, _W, r"\b(?:think|may|might|must|sure|afraid|worried) (?:i|we)(?: might| may| must)?(?: have|'ve)? "
                   r"left the _GAS\b|"
                   r"\bdid (?:i|we) (?:leave|turn off) the _GAS\b|\bforgot to turn (?:off )?the _GAS\b|"
                   r"\bleft the _GAS on (?:all night|when i went out|while i was out|and went out)\b"
                   .replace("_GAS", r"(?:gas(?: (?:fire|hob|ring|cooker|oven))?|hob|cooker|oven)"),
          "the gas left on", confidence=0.8, urgent_if=r"\b(?:smell\w*|whiff|dizzy|headache|hissing)\b",
          urgent_anywhere=True, past=None),
    _Rule(_DA, _U, r"\b(?:hear|heard|hearing) (?:someone|somebody|footsteps|people|a man|voices|noises)(?: \w+){0,3} "
                   r"(?:upstairs|downstairs|in the house|in my house|in the (?:hall|kitchen|loft|attic)|outside my "
                   r"(?:door|window|bedroom))\b", "an intruder", confidence=0.8,
          needs=r"\b(?:alone|on my own|nobody else|no one else|by myself|scared|terrified|frightened|stranger|"
                r"don't know who|shouldn't be)\b"),
    _Rule(_DA, _U, r"\b(?:{IM}|we're|we are) hiding (?:in|under|behind|from)\b", "hiding from someone",
          confidence=0.8, needs=r"\b(?:looking for|coming|angry|find me|hurt|kill|violent|drunk|knife|gun|"
                                r"shouting|screaming|after me|banging)\b"),
    _Rule(_DA, _U, r"\b(?:{IM}|we're|we are) in (?:real |serious |terrible )?danger\b",
          "in danger", confidence=0.8,
          not_after=r"^\s*(?:with|to (?:find|choose|pick|understand)|of (?:missing|losing|being late))"),
    _Rule(_DA, _U, r"\b(?:banging|hammering|kicking|pounding|smashing) (?:on |in )?(?:my|the) (?:door|window)s?\b",
          "someone forcing the door", confidence=0.8,
          not_before=r"\b(?:neighbours?|kids|builders|the wind)\b[\w\s']*$"),
    _Rule(_DA, _W, r"\b(?:told|tells|tell|telling|keeps? telling|said|says|saying) (?:me|us) (?:to )?(?:go )?(?:and )?"
                   r"(?:die|kill myself|hang myself|end it|drop dead|kill yourself|jump off)\b|\bwishes i (?:was|"
                   r"were) dead\b",
          "verbal abuse: told to die", confidence=0.75, reported_ok=True,
          not_before=r"\bvoices?\b[\w\s']*$"),
    _Rule(_DA, _W, r"\b(?:afraid|scared|terrified|frightened) to go (?:back )?home\b|"
                   r"\b(?:afraid|scared|terrified|frightened) (?:of|to go home to) (?:my {KIN}|him|"
                   r"her(?=\s*(?:[.!?,;]|$)))\b|"
                   r"\b(?:threatening|nasty|abusive|horrible) (?:messages|texts|calls|phone calls|letters|emails|"
                   r"voicemails|"
                   r"voice messages|notes)\b|\bthreaten(?:s|ed|"
                   r"ing) me\b|"
                   r"{NOT} feel safe (?:at home|here|with (?:him|her|them|my \w+)|in my (?:own )?(?:home|house|flat))",
          "afraid of someone, possible abuse", confidence=0.7,
          not_after=r"^\s*(?:dog|cat|horse|surgery|operation|results|exam|driving|test|boss's)"),
    _Rule(_DA, _U, r"\b(?:he|she|they)(?:'s| is|'re| are) (?:back|here|outside|at the door|coming (?:back|over|here)|"
                   r"on (?:his|her|their) way)\b", "the person they fear is here", confidence=0.85, needs_context=True),
    # ------------------------------------------------------------------ medical
    _Rule(_ME, _U, r"\bchest(?! of drawers)(?: \w+){0,3} (?:tight\w*|hurts?|hurting|pains?|ach\w*|heavy|pressure|"
                   r"crushing|burning)\b|\b(?:pain|pains|tightness|pressure|ache|weight|(?:crushing|heavy|tight|"
                   r"squeezing|burning) (?:feeling|sensation)) (?:in|on|across) my chest\b|\bchest pains?\b|"
                   r"\b(?:clutching|clutched|grabbing|gripping|holding) (?:his|her|my) chest\b|\bchest (?:feels |is "
                   r")?(?:like (?:it's|it is) )?(?:being )?(?:crushed|squeezed|in a vice)\b|\b(?:an elephant|a "
                   r"(?:heavy |huge |great )?weight|something heavy|a brick|a tight band|a band)\b[^.!?]{0,15}\b(?:on|"
                   r"sitting on|across|around|round|pressing (?:on|down on)|crushing) my chest\b",
          "chest pain", confidence=0.9, chronic_lowers=True, no_laugh=True,
          not_after=r"^\s*(?:from (?:coughing|laughing))|^[^.!?]{0,10}\bwhen (?:i|he|she) (?:walk|climb|go up|exercise|"
                    r"rush|hurry)\w*\b(?![^.!?]*\b(?:now|right now|won'?t (?:go|ease|stop)|still)\b)"),
    # chest pain or tightness that comes on walking or climbing: angina until shown otherwise, a doctor today
    _Rule(_ME, _W, r"(?:\bchest(?! of drawers)(?: \w+){0,3} (?:tight\w*|hurts?|hurting|pains?|ach\w*|heavy)|"
                   r"\b(?:pain|pains|tightness|pressure|ache) (?:in|on|across) my chest)\b[^.!?]{0,10}\bwhen (?:i|he|"
                   r"she) (?:walk|climb|go up|exercise|rush|hurry)\w*\b", "chest pain on exertion",
          confidence=0.8, urgent_if=r"\b(?:now|right now|won'?t (?:go|ease|stop)|still|sweat\w*|sick|arm|jaw)\b"),
    _Rule(_ME, _U, r"\b(?:left |right )?arm(?:'s| is| feels| has gone| went| keeps going|'s gone)? (?:all )?(?:numb|"
                   r"tingling|weak)\b|\b(?:my|his|her) speech (?:feels|sounds|has gone|went|is going|'s gone|seems|is) "
                   r"(?:all |a bit |really |very )?(?:funny|strange|slurred|wrong|weird|odd|muddled|garbled|jumbled)\b|"
                   r"\b(?:my|his|her) words (?:were|are|was|is|came out|come out|sound|sounded) (?:all |a bit |really "
                   r")?(?:muddled|jumbled|garbled|slurred|mixed up|wrong|nonsense)\b|\b(?:face|mouth|smile|eye|lip) "
                   r"(?:is |feels |looks |has gone |went |seems |has )?(?:droop\w*|lopsided|numb|dropped|fallen|"
                   r"slipped)\b(?! (?:off|out|asleep))|\bslurr(?:ed|ing)\b|\bwords (?:are |keep )?(?:coming out|come "
                   r"out|came out) (?:wrong|funny|jumbled|strange)\b|\b{CANT} (?:feel|move|lift) (?:the |my |his |her "
                   r")?(?:left|right) (?:side|arm|leg|hand)\b|\b(?:having|had|is having) a stroke\b|\bworst headache "
                   r"(?:of my life|(?:i'?ve|i have) ever (?:had|felt|known))\b|\bheadache\b[^.!?]{0,20}\bthe worst "
                   r"(?:i'?ve|i have) ever (?:had|felt|known)\b",
          "stroke signs", confidence=0.9, not_after=_STROKE_WHEN),
    # numb down one side or one arm: a stroke sign when sudden, worth a call to a doctor at once otherwise
    _Rule(_ME, _W, r"\b(?:numb|numbness|pins and needles|tingling|no feeling|weak|weakness) (?:down|in|all down) (?:my|"
                   r"his|her|the|one) (?:left|right|whole|one)? ?(?:side|arm|leg)\b|\b(?:left|right) (?:arm|leg|side) "
                   r"(?:has gone|is|feels|went) (?:all )?(?:numb|weak|dead|heavy)\b",
          "numbness or weakness on one side", confidence=0.8, no_laugh=True,
          urgent_if=r"\b(?:sudden\w*|just|now|face|droop\w*|speech|slurr\w*|words|can'?t (?:lift|move)|headache|"
                    r"side)\b", past=("", _W), not_after=r"^\s*(?:from|after) (?:sitting|lying|sleeping|kneeling)"),
    # a stroke told as news ("she had a stroke on Tuesday", "last year"): a worry, not an emergency now
    _Rule(_ME, _W, r"\b(?:had|has had|'s had) a (?:\w+ )?stroke\b(?=" + _STROKE_WHEN[1:] + ")",
          "a stroke told as news", confidence=0.7, past=None),
    _Rule(_ME, _U, r"\b{CANT} (?:speak|talk|get (?:my|his|her|the) words out)(?: properly| clearly| right)?\b",
          "stroke signs", confidence=0.85,
          needs=r"\b(?:suddenly|sudden|all of a sudden|face|arm|stroke|slurr\w*|droop\w*)\b",
          not_after=r"^\s*(?:to (?:him|her|them|anyone)|about|english|french|in public)"),
    _Rule(_ME, _U, r"\bface (?:looks|is|has gone|went) (?:wrong|funny|strange|odd|weird|lopsided)\b", "stroke signs",
          confidence=0.85, needs=r"\b(?:suddenly|sudden|all of a sudden|arm|stroke|slurr\w*|speak|talk|words)\b"),
    _Rule(_ME, _U, r"\bstiff neck\b|\bneck(?: is|'s| feels| has gone| went) (?:really |so |very |all )?stiff\b",
          "headache, stiff neck (possible meningitis)", confidence=0.8,
          needs=r"\b(?:headache|fever|temperature|light hurts|light is hurting|rash|vomiting|confused)\b"),
    _Rule(_ME, _U, r"\b{CANT} (?:breathe|catch my breath|get (?:my |enough )?(?:breath|air))\b|\b(?:struggling|hard|"
                   r"difficult|trouble|difficulty|fighting) (?:to )?(?:breathe|breathing)\b|\bshort of breath\b|"
                   r"\bbreathless\b|"
                   r"\b(?:lips|face) (?:are |is )?(?:going|turning) blue\b|\b(?:is |'s |am |i'm )?choking\b(?! up|"
                   r" back)",
          "cannot breathe", confidence=0.9, chronic_lowers=True, no_laugh=True,
          not_after=r"^\s*(?:in (?:this|here)|with (?:you|him|her)|without)"),
    _Rule(_ME, _U, r"\b(?:having|have|is having|'s having) (?:a )?heart attack\b|\bthink i(?:'m| am) dying\b",
          "says it feels like a heart attack or dying", confidence=0.9,
          not_before=r"\b(?:you|you'll|you'd|you're)\b[\w\s']*$|\b(?:thought|nearly|almost|could have|could've|"
                     r"going to|gonna|i'll|i'd|i would) (?:\w+ )?$",
          not_after=_HARMLESS_DIE),
    # a neighbour or relative who may have died at home unseen: the police, now
    _Rule(_ME, _U, r"\b(?:dead|died|passed away|lying) in (?:her|his|their) (?:flat|house|home|bed|bungalow)\b"
                   r"[^.!?]{0,40}\b(?:for days|smell)\b", "someone may have died at home unseen",
          confidence=0.8, past=None),
    # a baby or small child floppy, blue or hard to wake: help now
    _Rule(_ME, _U, r"\b(?:baby|newborn|infant|toddler|little one)\b[^.!?]{0,40}\b(?:floppy|limp|unresponsive|"
                   r"won'?t wake|hard to wake|not waking|turning blue|gone blue|lips? (?:are |is )?blue)\b",
          "a baby floppy, blue or hard to wake", confidence=0.85,
          not_after=r"^[^.!?]{0,60}\b(?:fine now|better now|all fine|recovered|back to (?:normal|herself|himself))\b"),
    # numb hands or feet with confusion (low blood sugar, a stroke): help now
    _Rule(_ME, _U, r"\b(?:numb|tingling|tingly)\b[^.!?]{0,40}\b(?:confused|muddled|can'?t think (?:straight|clearly)|"
                   r"disorientated|disoriented)\b|\b(?:confused|muddled|disorientated|disoriented)\b[^.!?]{0,40}"
                   r"\b(?:numb|tingling|tingly)\b", "numbness with confusion", confidence=0.8, first_person=True),
    # a nosebleed that won't stop: pressure, and help if it goes on
    _Rule(_ME, _W, r"\bnose ?bleeds?\b[^.!?]{0,40}\b(?:won'?t stop|hasn'?t stopped|isn'?t stopping|for " + _LONG_BLEED
          + r"|keeps? (?:coming back|starting))\b|\bnose (?:won'?t stop|hasn'?t stopped) bleeding\b|\bnose(?:'s| has| "
            r"is)(?: been)? bleeding\b[^.!?]{0,30}\b(?:won'?t stop|for " + _LONG_BLEED + r")\b",
          "a nosebleed that won't stop",
          confidence=0.75, urgent_if=r"\b(?:hour|won'?t stop|hasn'?t stopped|warfarin|blood thinners?|dizzy|faint|"
                                     r"pouring|lots of blood)\b"),
    # sudden confusion with drowsiness or nonsense talk (often an infection in an older person): a doctor today
    _Rule(_ME, _W, r"\b(?:confused|muddled|disorientated|disoriented)\b[^.!?]{0,30}\b(?:drowsy|sleepy|not making "
                   r"(?:any )?sense|talking nonsense|doesn'?t know where (?:she|he|they) (?:is|are))\b|\b(?:drowsy|not "
                   r"making (?:any )?sense|talking nonsense)\b[^.!?]{0,30}\b(?:confused|muddled)\b|\bsuddenly (?:very "
                   r")?(?:confused|muddled)\b", "sudden confusion", confidence=0.75,
          urgent_if=r"\b(?:can'?t (?:wake|rouse)|hard to wake|face (?:is )?droop\w*|slurr\w*|can'?t (?:speak|move))\b"),
    _Rule(_ME, _W, r"\b(?:having|had|get|getting|keep having) (?:a |another )?panic attacks?\b|\b(?:think|feel like) "
                   r"i(?:'m| am) (?:going to|gonna|about to) (?:pass out|faint|collapse)\b", "panic or near fainting",
          confidence=0.65),
    # A racing heart now ("I can't stop shaking and my heart's racing"): panic, or the heart itself
    _Rule(_ME, _W, r"\b(?:my )?heart(?:'s| is| keeps| keeps on| has been|'s been) (?:racing|pounding|thumping|going"
                   r" (?:like )?(?:mad|crazy|ten to the "
                   r"dozen)|beating (?:so )?(?:fast|hard))\b|\bpalpitations\b", "a racing heart", confidence=0.65,
          not_after=r"^[^.!?]{0,40}\b(?:film|movie|game|match|excite\w*|can'?t wait|ride|rollercoaster)\b",
          not_before=r"\b(?:film|movie|game|match|when|during|was|ride)\b[^.!?]{0,30}$",
          urgent_if=r"\b(?:chest pain|pain in my chest|faint\w*|pass(?:ing)? out|can'?t (?:breathe|catch my breath)|"
                    r"breathless|dizzy)\b"),
    _Rule(_ME, _W, r"\bfeel(?:s)? like i(?:'m| am) dying\b", "feels very ill", confidence=0.7,
          not_after=_HARMLESS_DIE),
    _Rule(_ME, _U, r"\b(?:won't|will not|wont|can't|cannot|doesn't|does not|isn't) stop(?:ping)? bleeding\b|\bbleeding "
                   r"(?:a lot|heavily|badly|everywhere|so much|like mad|loads)\b|\bblood (?:everywhere|"
                   r"all over)\b|\bpouring (?:with )?blood\b|"
                   r"\bblood (?:is )?(?:pouring|gushing|spurting)\b|"
                   r"\b(?:losing|lost) (?:a lot of|so much|loads of) blood\b|\bcut (?:my|his|her) \w+ (?:badly|open|"
                   r"deep|really badly)\b|\bdeep cut\b|\bbleeding from (?:my|his|her) head\b", "severe bleeding",
          confidence=0.9),
    _Rule(_ME, _U, r"\b(?:took|taken|swallowed|had|drunk|drank)(?: \w+){0,2} (?:too many|too much|a lot of|loads of|"
                   r"lots of|all (?:of )?(?:my|the|his|her)|(?:the|a) whole (?:box|bottle|packet|pack|strip|"
                   r"tub) of|a handful of|a load of|a bunch of|half (?:of )?(?:my|the))"
                   r"(?: of)?(?: (?:my|the|his|her))?(?: \w+)? {PILLS}\b|"
                   r"\b(?:took|taken|swallowed) (?:way )?too many\b(?=\s*(?:[.!?,;]|$|and\b|but\b))|\b(?:{IVE}|i|"
                   r"he|she|they|he's|she's|mum|dad|my \w+)(?: has| have| had| just)? (?:overdosed|"
                   r"(?:taken|took|had) an overdose)\b|\b(?:swallowed|ate|eaten) (?:some |a few |all |a load )?(?:of )?"
                   r"(?:my|the|his|her|grandma's|grandad's) (?:\w+ )?{PILLS}", "possible overdose; may be self-harm",
          confidence=0.85, past=(_SH, _W),
          not_before=r"\b(?:prevent|avoid|about|risk of)\w*\s+(?:an\s+)?$"),
    # Taking more than the dose, day after day: harm builds up unseen (the liver, dependence). A check, not an
    # emergency, unless it is a lot at once or on purpose.
    _Rule(_ME, _W, r"\b(?:taking|taken|been taking|take|took|using|need(?:ing)?) (?:more and more|(?:far |way |a lot |"
                   r"much )?more (?:of )?(?:my |the |these |those )?(?:\w+ )?{PILLS} than (?:i|i'm|you|they|it|the "
                   r"(?:doctor|gp|packet|label|box|chemist|pharmacist)|prescribed|recommended)|(?:far |way )?more than "
                   r"(?:i|i'm) (?:should|supposed|meant|allowed)|(?:far |way )?more than (?:the (?:doctor|packet|label|"
                   r"box)|prescribed|it says))|\b(?:can'?t|cannot|couldn'?t) (?:get through|cope|manage|function|go) "
                   r"(?:the day |a day )?without (?:my |the )?(?:\w+ )?{PILLS}\b",
          "taking more medicine than prescribed", confidence=0.75, needs=r"{PILLS}|\bdose\b|\bprescri\w*",
          urgent_if=r"\b(?:all at once|on purpose|deliberately|to (?:stop|end) (?:it|everything)|tonight|dizzy|drowsy|"
                    r"can'?t wake|vomit\w*|yellow)\b"),
    # Someone who has stopped their (mental health) medication and is acting unlike themselves: their care
    # team today, an emergency only if they may harm themselves or others.
    _Rule(_ME, _W, r"\b(?:stopped|not|isn'?t|hasn'?t been|won'?t|refus\w+ to|come off|came off|coming off) "
                   r"(?:taking )?(?:his|her|their|my) {PILLS}\b",
          "stopped their medication and is not themselves", confidence=0.75,
          needs=r"\b(?:strange\w*|odd\w*|weird\w*|not (?:himself|herself|themselves|myself)|paranoi\w*|hearing "
                r"voices|voices|manic|high|agitated|aggressive|talking nonsense|confused|erratic|up all night|not "
                r"sleeping|unwell|ill|poorly)\b",
          urgent_if=r"\b(?:weapon|knife|threaten\w*|hurt (?:himself|herself|themselves|someone|me)|kill|violent|"
                    r"missing|run off|wandered)\b"),
    # A head injury with warning signs afterwards (sick, drowsy, confused, the worst headache): seen now
    _Rule(_ME, _U, r"\b(?:banged|bumped|hit|knocked|bashed|cracked|smacked) (?:my|his|her|their|the baby'?s) head\b",
          "a head injury with warning signs", confidence=0.85, reported_ok=True, past=None,
          needs=r"\b(?:sick|vomit\w*|throw\w* up|drows\w*|sleepy|confus\w*|terrible headache|bad headache|awful "
                r"headache|worst headache|headache (?:is|'s) getting worse|blurr\w*|double vision|fit|seizure|"
                r"bleeding from (?:my|his|her) (?:ear|nose)|can'?t remember|passed out|knocked out|unconscious)\b"),
    # Someone who took something at a party (drugs, a spiked drink) and is now unwell: help now
    _Rule(_ME, _U, r"\b(?:took|taken|had|swallowed|snorted) (?:something|some pills|a pill|pills)\b(?=[^.!?]{0,40}\b(?:"
                   r"party|club|festival|rave|gig|night out|someone gave|a stranger|a lad|a guy|off a mate))|\b(?:took|"
                   r"taken|had|swallowed|snorted) (?:drugs|ecstasy|mdma|ket|ketamine|coke|cocaine)\b|\b(?:drink|drinks)"
                   r" "
                   r"(?:was|were|got|been) spiked\b|\bspiked (?:my|his|her) drink\b",
          "took something and is unwell", confidence=0.8, reported_ok=True, past=None,
          needs=r"\b(?:bad way|unconscious|won'?t wake|can'?t wake|not responding|unresponsive|fitting|seizure|can'?t "
                r"breathe|not breathing|collapsed|being sick|vomit\w*|passed out|really ill|overheating|confused|"
                r"hallucinat\w*|heart racing)\b"),
    # Severe pain in the belly with vomiting: an urgent medical helpline, the emergency number if it is the worst
    _Rule(_ME, _W, r"\b(?:really bad|very bad|severe|terrible|awful|horrible|agonising|excruciating|sharp|bad) (?:pain|"
                   r"pains|cramps?|ache) in (?:my|his|her) (?:stomach|tummy|belly|abdomen|side)\b|\b(?:really bad|very "
                   r"bad|severe|terrible|awful|horrible|agonising|excruciating) (?:stomach|tummy|belly|abdominal) "
                   r"(?:pains?|cramps?|ache)\b|\b(?:stomach|tummy|"
                   r"belly|abdomen)\b[^.!?]{0,15}\b(?:agony|killing me|really bad|so bad|excruciating)\b",
          "severe belly pain", confidence=0.7,
          needs=r"\b(?:sick|vomit\w*|throw\w* up|fever|temperature|can'?t (?:stand|move|keep)|worse|all night|hours|"
                r"blood|swollen|hard)\b",
          urgent_if=r"\b(?:worst|can'?t (?:stand|move)|blood|black|rigid|swollen and hard|collaps\w*|faint\w*)\b"),
    # A spreading rash or redness with a fever: an infection (cellulitis, sepsis) to be seen today
    _Rule(_ME, _W, r"\b(?:rash|redness|red patch|red area|red mark|infection|wound|cut|"
                   r"bite)\b[^.!?]{0,40}\b(?:spreading|"
                   r"getting bigger|growing|tracking|moving up)\b|\b(?:spreading|growing) (?:red )?(?:rash|redness)\b",
          "a spreading rash or redness with fever", confidence=0.75,
          needs=r"\b(?:hot and (?:cold|shivery)|shiver\w*|shaking|fever\w*|temperature|feverish|burning up|feel(?:ing)?"
                r" "
                r"(?:really |so |very )?(?:ill|unwell|rough|awful|terrible|poorly)|flu-?like)\b",
          urgent_if=r"\b(?:confus\w*|drowsy|can'?t breathe|breathless|mottled|blotchy|purple|doesn'?t fade|won'?t fade|"
                    r"faint\w*|collaps\w*|really fast)\b"),
    # A painful, red, swollen leg: a clot or an infection, seen today
    _Rule(_ME, _W, r"\b(?:leg|calf|calves|thigh|ankle|arm)\b[^.!?]{0,30}\b(?:red|hot|warm)\b[^.!?]{0,20}\b(?:swollen|"
                   r"swelling|puffy)\b|\b(?:leg|calf|calves|thigh|arm)\b[^.!?]{0,30}\b(?:swollen|swelling|puffy)\b"
                   r"[^.!?]{0,20}\b(?:red|hot|warm)\b",
          "a red, swollen limb", confidence=0.7,
          urgent_if=r"\b(?:breathless|short of breath|can'?t breathe|chest pain|pain in my chest|coughing (?:up"
                    r" )?blood|"
                    r"faint\w*)\b"),
    # A regular dose taken twice is usually a mistake: a pharmacist or doctor says what to do, unless
    # it already makes them unwell or the medicine is one where a double dose is dangerous.
    _Rule(_ME, _W, r"\b(?:took|taken|had|given (?:him|her|me)) (?:an? |one |two |three |a few |a couple of |some "
                   r")?extra (?:\w+ ){0,2}{PILLS}\b|\b(?:took|taken|had|given (?:him|her|me)) (?:double|twice) (?:my|"
                   r"his|her|the) (?:\w+ ){0,3}{PILLS}\b|\b(?:took|taken|had|given (?:him|her|me)) (?:my|his|her) "
                   r"(?:\w+ ){0,3}{PILLS} twice\b|\bdouble dose\b|\b(?:twice|double|triple|three times) (?:my|the|his|"
                   r"her) (?:usual |normal )?dose\b",
          "took an extra or double dose", confidence=0.75,
          urgent_if=r"\b(?:dizzy|drowsy|sleepy|vomit\w*|sick|confus\w*|can'?t (?:wake|stay awake|breathe)|"
                    r"chest|faint\w*|collaps\w*|on purpose|deliberately|unconscious|won'?t wake|shak\w+|insulin|"
                    r"heart|warfarin|digoxin|methotrexate|morphine|oxycodone|fentanyl|lithium|sleeping|diabet\w*|"
                    r"blood thinn\w*|tramadol|codeine)\b"),
    _Rule(_ME, _W, r"\b(?:haven'?t|have not|hasn'?t|not|can'?t|couldn'?t|unable to) (?:been able to |managed to )?"
                   r"(?:eat|eaten|keep (?:anything|food|water) down)\b[^.!?]{0,25}\b(?:for|in) (?:days|\w+ days|a week|"
                   r"weeks|ages)\b", "not eating for days", confidence=0.7, not_after=_NO_MONEY_AFTER),
    _Rule(_ME, _U, r"\b(?:drank|drunk|swallowed|ate|eaten|licked|chewed|swallowing|drinking) (?:some |a bit of |"
                   r"a lot of |the |a |(?:one|two|a couple|a few|some) of (?:the|those|these|my) |two |my )?"
                   r"(?:(?:little|small|round|tiny|shiny|coin|flat) )*"
                   r"(?:bleach|detergent|washing (?:liquid|tablets?|pods?|capsules?)|dishwasher (?:tablets?|liquid)|"
                   r"(?:button )?batter(?:y|ies)|antifreeze|weedkiller|poison|rat poison|cleaning \w+|white spirit|"
                   r"paint thinner|turps|lighter fluid|\w+ (?:pills|tablets))\b", "swallowed something poisonous",
          confidence=0.85,
          not_before=r"\b(?:i|we)\s+(?:\w+\s+)?$", needs=r"\b(?:baby|toddler|son|daughter|child|kid|grandson|"
                                                      r"granddaughter|little one|boy|girl|dog|he|she|husband|wife|"
                                                      r"mum|dad)\b"),
    _Rule(_ME, _U, r"\bblood in (?:it|my (?:sick|vomit))\b|\b(?:vomiting|throwing up|bringing up|being sick with|sick "
                   r"with) blood\b", "blood in vomit", confidence=0.85),
    # blood in the stool or urine: a doctor soon; the emergency number with a lot of it, or faintness
    _Rule(_ME, _W, r"\bblood in (?:my |the )?(?:poo|stools?|urine|wee|pee|toilet)\b|\b(?:bleeding|blood) from my "
                   r"(?:bottom|back passage)\b", "blood in stool or urine", confidence=0.8,
          urgent_if=r"\b(?:lots of|a lot of|loads of|pouring|faint\w*|dizzy|black|tarry|vomit\w*)\b"),
    # coughed-up blood: the emergency number when it is a lot or breathing is hard, else a doctor today
    _Rule(_ME, _W, r"\bcough(?:ing|ed)? up (?:some |a (?:bit|little) of |a lot of |lots of )?blood\b",
          "coughing up blood", confidence=0.85,
          urgent_if=r"\b(?:a lot|lots|loads|large|mouthfuls?|can'?t breathe|breathless|struggling to breathe|chest "
                    r"pain|won'?t stop|keeps? coming)\b"),
    # a tooth abscess with a swollen face: an urgent dentist, the emergency number if it spreads
    _Rule(_ME, _W, r"\b(?:tooth|dental|gum) abscess\b|\babscess(?:ed)? (?:tooth|on my gum)\b|\babscess\b[^.!?]{0,40}"
                   r"\b(?:swollen|swelling)\b", "a tooth abscess",
          confidence=0.8, urgent_if=r"\b(?:eye|neck|can'?t (?:swallow|breathe|open my mouth)|struggling to (?:swallow|"
                                    r"breathe)|spreading)\b"),
    _Rule(_ME, _U, r"\brash\b[^.!?]{0,50}\b(?:doesn'?t|does not|won'?t|didn'?t|isn'?t|not) (?:fade|go away|disappear|"
                   r"go pale|blanch)\w*\b[^.!?]{0,30}\b(?:glass|press\w*)\b|\bnon-?blanching\b|\bglass test\b",
          "a rash that doesn't fade under a glass (possible meningitis or sepsis)", confidence=0.9),
    _Rule(_ME, _U, r"\ballergic reaction\b|\banaphyla\w+|\b(?:throat|tongue|lips|face|mouth) (?:is |are |feels? )?"
                   r"(?:swelling|swollen|closing)\b|\bepi-?pen\b", "allergic reaction", confidence=0.9,
          not_before=r"\b(?:abscess\w*|tooth|teeth|dental|dentist|gum|wisdom)\b[^.!?]*$"),
    # A scald or burn ("spilt boiling water on my arm and it's blistering"): first aid now, urgent when large.
    _Rule(_ME, _W, r"\b(?:spilt|spilled|poured|knocked|splashed)\b[^.!?]{0,25}\b(?:boiling|scalding|hot) (?:water|oil|"
                   r"tea|coffee|fat|soup|kettle)\b|\b(?:scalded|burnt|burned) (?:my|his|her|the baby's) "
                   r"(?:\w+ )?(?:arm|hand|leg|foot|face|chest|fingers?|neck|back|stomach)\b", "a scald or burn",
          confidence=0.75,
          urgent_if=r"\b(?:face|chest|neck|baby|toddler|child|whole|large|big|huge|peeling|white|charred|black|"
                    r"skin (?:came|coming) off)\b"),
    # Not eating because of how they see their body: a possible eating disorder, met with care and help.
    _Rule(_ME, _W, r"\b(?:stopped eating|not eating|barely eating|starving myself|making myself (?:sick|throw up)|"
                   r"throw(?:ing)? up after (?:meals|eating|i eat)|skipping (?:all )?(?:my )?meals)\b",
          "not eating because of how they see their body", confidence=0.7, first_person=True,
          needs=r"\b(?:hate (?:how i look|my body|myself|the way i look)|fat|weight|too big|thin|my body|how i look|"
                r"the way i look|calories)\b"),
    _Rule(_ME, _U, r"\b(?:throat|chest) (?:feels |is |has gone |went )?(?:tight|closing|closing up)\b|\b(?:mouth|lips|"
                   r"tongue|face) (?:is |are |feels? |keeps? )?(?:tingling|itching|itchy|puffy|puffing up)\b",
          "allergic reaction", confidence=0.85, needs=r"\b(?:ate|eaten|eating|nuts?|peanuts?|sting|stung|"
                                                     r"allerg\w*|shellfish|prawns|wasp|bee|new (?:tablet|pill|"
                                                     r"medicine))\b"),
    _Rule(_ME, _U, r"\b(?:he|she|they|my \w+|mum|dad|grandad|grandma|nan|someone|a man|a woman)(?:'s|'s just| has| "
                   r"had| just| has just)? (?:collapsed|fainted|passed out|blacked out)\b|"
                   r"\b(?:is|'s|are|has been|have been|'s been|was) (?:still )?unconscious\b|\bunresponsive\b|"
                   r"\b(?:he|she|they|mum|dad|grandad|grandma|nan|baby|the baby|my (?!phone|computer|laptop|car|"
                   r"tv|telly|app|"
                   r"printer|wifi|router|tablet|screen|watch|clock)\w+)(?:'s| is|'re| are|s)?(?: not|n't) "
                   r"(?:responding|breathing|waking up|moving)\b|\b(?:he|she|they|mum|dad|grandad|grandma|nan|"
                   r"baby|the baby|my (?!phone|computer|laptop|car|tv|telly|app|"
                   r"printer|wifi|router|tablet|screen|watch|clock)\w+) (?:won't|"
                   r"will not|wont) wake up\b|\b{CANT} wake (?:him|her|them|my \w+) up\b|"
                   r"\b(?:he|she|they|mum|dad|grandad|grandma|nan|my (?:husband|wife|partner|son|daughter|mum|mom|"
                   r"dad|father|mother|brother|sister|friend|grandson|granddaughter))\b[^.!?]{0,60}\b(?:and|but|now) "
                   r"(?:(?:he|she|they) )?(?:won't|will not|wont|can't|isn't|is not) (?:wake up|waking up|"
                   r"be woken|responding)\b", "someone is unconscious",
          confidence=0.9, not_after=r"^\s*(?:for (?:school|work|dinner|lunch|breakfast|tea|church|the)|in time|on time|"
                                    r"until|till|before|early|to (?:my|"
                                    r"his|her) alarm)",
          not_before=r"\b(?:plants?|phone|car|computer|laptop|app|baby's not sleeping)\b[\w\s']*$"),
    _Rule(_ME, _W, r"\b(?:i|and|i've|i have|i just|i had|i keep)(?: \w+)? (?:collapsed|fainted|fainting|passed out|"
                   r"blacked out|blacking out|passing out)\b", "fainted", confidence=0.7,
          not_after=r"^\s*(?:on the (?:sofa|couch|bed)|drunk|after (?:the|a) (?:party|night out|drinks))"),
    _Rule(_ME, _U, r"\b(?:having|had|is having|'s having) (?:a )?(?:seizure|fit|convulsion)s?\b|\b(?:is |"
                   r"'s )?(?:seizing|"
                   r"convulsing)\b|\b(?:he|she|they|baby|my \w+)(?:'s| is| are|'re) (?:having a )?fitting\b"
                   r"(?! (?:in|into|for|the|well|nicely|perfectly|together|room|out))", "seizure", confidence=0.9,
          not_after=r"^\s*(?:because|about|over|when|if|at (?:me|him|her|the))",
          not_before=r"\b(?:dress|jeans|shoes|suit|that)\s+(?:is\s+|'s\s+)?$"),
    _Rule(_ME, _W, r"\b(?:{IVE}|i|she|he|mum|dad|my \w+)(?: has| had| have| just)? (?:fallen|fell|had a (?:bad |"
                   r"nasty |big )?fall|taken a (?:bad |nasty )?fall|slipped|tripped (?:over|on (?:the|a|some)|on my "
                   r"(?:rug|carpet|mat|step|stairs|lead|cable|laces|shoelaces?|dressing gown)))\b", "a fall",
          confidence=0.75,
          not_after=r"^\s*(?:in love|asleep|away|for|behind|apart|out|through|short|silent|ill|pregnant|off the wagon|"
                    r"into (?:a|the) (?:habit|trap)|back on|on hard times|into place|in with)",
          urgent_if=r"\b(?:{CANT} (?:get up|move|stand|get off the floor)|on the floor|broken|broke|bleeding|"
                    r"hit my head|"
                    r"hit (?:his|her) head|not moving|won't wake|down the stairs|can't feel)\b",
          past=("", _W)),
    _Rule(_ME, _U, r"\b{IVE} (?:just )?(?:fallen|had a fall)\b|\b{CANT} get (?:back )?up\b(?! (?:early|"
                   r"in the morning|for))|"
                   r"\b(?:hip|leg|arm|wrist|ankle|bone|neck) (?:is |might be |could be |feels )?broken\b|"
                   r"\bbroke(?:n)? my (?:hip|leg|arm|wrist|ankle|neck)\b", "fell or broke a bone", confidence=0.85,
          # falls told as a count or a recent past ("twice this week") are the watch rule's
          not_after=r"^\s*(?:in love|asleep|for|behind|apart|twice|three times|a (?:few|couple of) times|several "
                    r"times|(?:again )?(?:this|last) (?:week|month)|recently|lately|a (?:few|couple of) times)",
          chronic_lowers=False, lived_with_drops=True),
    _Rule(_ME, _W, r"\b(?:baby|newborn|infant|toddler|little one|son|daughter|grandson|granddaughter|girl|boy|child|"
                   r"kid|twins)(?:'s| has| is)? "
                   r"(?:has |had |got |is running |running |been running )?(?:a |had a |got a )?(?:high |really high |"
                   r"very high )?(?:fever|temperature)\b|\b(?:baby|newborn|infant|toddler|\w+[- ](?:month|week)[- ]old)"
                   r"(?: is|'s)? (?:burning (?:up|hot)|boiling hot|red hot)\b|"
                   r"\bfever of (?:39|40|41|42|forty|thirty[- ]nine|a hundred and \w+)\b|\b(?:baby|newborn|infant)\b"
                   r"[\w\s.']{0,40}\b(?:has|got|with) (?:a )?(?:high )?(?:fever|temperature)\b", "fever in a child",
          confidence=0.8, not_after=r"^\s*(?:is (?:normal|fine|down|back|gone)|came down|went down|has (?:gone|come) "
                                    r"down|(?:has |had )?(?:finally |at last )?(?:broke|broken|gone|cleared|settled|"
                                    r"passed|eased))",
          urgent_if=r"\b(?:floppy|limp|won't wake|not waking|not responding|rash|fit|seizure|forty|40|41|newborn|"
                    r"weeks old|not breathing|blue|not feeding|won't feed|stiff neck|screaming|sleepy|drowsy|"
                    r"month-old|months old|month old|week-old)\b"),
    _Rule(_ME, _W, r"\b(?:forgot|forgotten|forgetting|missed|didn't take|haven't taken|not taken|"
                   r"ran out of) (?:to take )?(?:my )?"
                   r"(?:insulin|heart (?:pills|tablets)|blood thinners|warfarin|epilepsy (?:pills|tablets|meds)|"
                   r"inhaler)\b|"
                   r"\b(?:sugar|blood sugar|sugars)(?:'s|s)? (?:is |are |been |has been |levels? (?:is |are )?)?"
                   r"(?:really |very |"
                   r"too )?(?:low|high)\b|"
                   r"\bstopped taking my {PILLS}\b", "missed essential medication", confidence=0.7,
          urgent_if=r"\b(?:confused|can't think|passing out|fainting|very shaky|can't see)\b",
          # a check-up's finding ("the nurse says I might be diabetic"), not a diabetic's emergency
          not_after=r"^[^.!?]*\b(?:(?:might|may|could) (?:be|have|become) (?:diabetic|diabetes|pre-?diabetic)|"
                    r"pre-?diabet\w*|borderline)"),
    _Rule(_ME, _W, r"(?:{NOT}|\bnot) (?:been )?(?:eaten|eating|drinking|had anything to eat|had a thing to eat|"
                   r"drunk anything|"
                   r"had anything to drink)(?: anything)? (?:for|in) (?:days|\w+ days|a week|over a week|ages)\b",
          "not eating or drinking", confidence=0.7, not_after=_NO_MONEY_AFTER),
    _Rule(_ME, _W, r"\b(?:keep|keeps|been) (?:getting |feeling )?(?:dizzy|faint)\b|\bi (?:feel|am|'m) (?:really |"
                   r"very )?"
                   r"(?:dizzy|faint) and\b|\b(?:dizzy|funny|fainting) (?:spells?|turns?)\b", "dizzy spells",
          confidence=0.6),
)
_COMPILED = tuple(r.compile() for r in _RULES)

_KIND_ORDER = {kind: i for i, kind in enumerate(CONCERN_KINDS)}  # self_harm first on a tie
_LEVEL_RANK = {level: i for i, level in enumerate(CONCERN_LEVELS)}


@dataclass
class _Hit:
    kind: str
    level: str
    confidence: float
    span: str
    what: str
    rule: _Rule
    start: int = 0
    end: int = 0

    def key(self) -> tuple:
        return (_LEVEL_RANK[self.level], self.confidence, -_KIND_ORDER[self.kind])


def _prepare(text: object) -> str:
    clean = normalise(text, MAX_CHARS)
    low = clean.lower()
    return low if len(low) == len(clean) else clean.casefold()


def _segment(text: str, start: int, end: int, breaks: re.Pattern) -> tuple[str, str]:
    """(the text from the last break before ``start`` to ``start``, the text from ``end`` to the next break)."""
    before = text[:start]
    cut = 0
    for m in breaks.finditer(before):
        cut = m.end()
    nxt = breaks.search(text, end)
    return before[cut:], text[end:nxt.start() if nxt else len(text)]


def _negated(prefix: str) -> bool:
    m = _NEGATOR.search(prefix)
    return bool(m) and all(w.strip("'") in _FILLER for w in m.group(1).split())


def _not_first_person(prefix: str) -> bool:
    if _OTHER_SUBJECT.search(prefix):  # "my cousin attempted suicide"
        return True
    pronouns = _PRONOUN.findall(prefix)
    return bool(pronouns) and pronouns[-1] not in ("i", "me")


def _hits(text: str, context_kinds: frozenset[str] = frozenset(), plan_kinds: frozenset[str] = frozenset()
          ) -> list[_Hit]:
    """Every rule's first match in ``text``. ``context_kinds``: kinds earlier turns raised; ``plan_kinds``: those
    and the kinds other rules raised in this utterance (a plan or means counts beside either)."""
    out = []
    for c in _COMPILED:
        rule = c.rule
        if rule.needs_context and rule.kind not in plan_kinds:
            continue
        for m in c.pattern.finditer(text):
            clause, _ = _segment(text, m.start(), m.end(), _CLAUSE_BREAK)
            sent_before, sent_after = _segment(text, m.start(), m.end(), _SENTENCE_BREAK)
            sentence = sent_before + m.group(0) + sent_after
            after = text[m.end():m.end() + 60]
            if _negated(clause) or (c.not_after and c.not_after.search(after)):
                continue
            if c.not_before and c.not_before.search(sent_before):
                continue
            if rule.first_person and _not_first_person(clause):
                continue
            if rule.kind == _SH and not rule.reported_ok and _OTHERS_VIEW.search(sent_before):
                continue  # "my daughter says I can't cope on my own anymore": her view of them, not their despair
            if rule.kind == _SH and not rule.reported_ok and _REPORTED.search(clause):
                continue  # "they tell me to kill myself": someone else's words (the danger rule covers it)
            if c.needs and not c.needs.search(sentence):
                continue
            if rule.no_laugh and _LAUGH.search(sentence):
                continue
            if _STORY_FRAME.search(sentence):
                continue  # "the film ends with him jumping off the bridge"
            if rule.lived_with_drops and _LIVED_WITH.search(sentence) and not _INJURY_NOW.search(sentence):
                continue  # "I was supposed to go on holiday but I broke my ankle": news, not an emergency now
            if rule.kind == _ME and _DIED_LONG_AGO.search(sentence) and _DISTANT_PAST.search(sentence):
                continue  # "grandad had a stroke and died in 2019": grief, not an emergency
            kind, level, what = rule.kind, rule.level, rule.what
            if level == _W and ((c.urgent_if and c.urgent_if.search(text if rule.urgent_anywhere else sentence))
                                or (rule.now_raises and _NOW.search(sentence))):
                level = _U
            elif c.urgent_if and rule.level == _U and not c.urgent_if.search(sentence):
                continue  # an urgent rule that needs its cue ("going to kill me" needs fear, not a messy room)
            if rule.chronic_lowers and _CHRONIC.search(sentence):
                level = _W
            if rule.past is not None and _DISTANT_PAST.search(sentence):
                kind, level = rule.past[0] or kind, rule.past[1]
                what += ", in the past"
            if rule.needs_context or (rule.context_raises and kind in plan_kinds):
                level = _U
            start = m.start()
            # Quote whole words: "n't want to live" -> "don't want to live".
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "'"):
                start -= 1
            if kind == _SH and level == _U and _JOKE.search(sentence):
                level = _W  # "lol I want to die, this exam": likely hyperbole, still worth a look
            lowered = _LEVEL_RANK[level] < _LEVEL_RANK[rule.level]
            out.append(_Hit(kind, level, rule.confidence - 0.1 if lowered else rule.confidence,
                            text[start:m.end()].strip(), what, rule, start, m.end()))
            break  # one hit per rule is enough
    return out


# Indirect statements the patterns may not word exactly, and near misses that must stay silent. The
# encoder path raises watch only, and only when the nearest exemplar is a concern by a margin.
EXEMPLARS: tuple[tuple[str, str], ...] = (
    (_SH, "I feel like everyone would be happier if I just vanished"),
    (_SH, "I don't think I can keep living like this"),
    (_SH, "I keep imagining my own funeral and feeling relieved"),
    (_SH, "there's no way out for me anymore"),
    (_SH, "I've started saying goodbye to people"),
    (_SH, "I've been getting my affairs in order so nobody has to deal with it"),
    (_SH, "my family would be fine without me"),
    (_SH, "I am so tired of being alive"),
    (_SH, "I hope I don't wake up tomorrow"),
    (_SH, "the world would be better without me in it"),
    (_SH, "I feel trapped and the only way out is to be gone"),
    (_SH, "I hurt myself on purpose when it gets too much"),
    (_SH, "I'm ready to go now, I've had enough of this life"),
    (_SH, "I won't be here much longer, I've made sure of that"),
    (_SH, "I've looked up how many tablets it would take"),
    (_SH, "I just want to be with my late husband again"),
    (_SH, "I can't see myself still being here next year"),
    (_SH, "I keep picturing myself jumping in front of a train"),
    (_SH, "soon it will all be over and I'll finally have peace"),
    (_SH, "I'm worthless and the world doesn't need me"),
    (_DA, "I'm scared to go home because of what he'll do to me"),
    (_DA, "my partner controls everything I do and I'm frightened of him"),
    (_DA, "someone keeps trying the handle of my front door at night"),
    (_DA, "he grabbed me by the throat last night"),
    (_DA, "a man keeps waiting for me outside my building"),
    (_DA, "my son threatens me if I don't give him money"),
    (_DA, "he pushed me down the stairs"),
    (_DA, "I'm hiding in the bathroom because he's angry and violent"),
    (_DA, "there's a strong smell of burning and smoke in the hall"),
    (_DA, "someone keeps sending me messages saying they know where I live"),
    (_ME, "I suddenly can't see out of one eye and my head is pounding"),
    (_ME, "my husband is on the floor and I can't wake him"),
    (_ME, "I'm sweating and there's a heavy pressure in my chest"),
    (_ME, "I've been vomiting blood"),
    (_ME, "my heart is beating really fast and irregular and I feel faint"),
    (_ME, "my wife is suddenly confused and can't speak properly"),
    (_ME, "I've got a terrible headache and a stiff neck and the light hurts my eyes"),
    (_ME, "my husband is grey, sweaty and not making sense"),
    (_ME, "I got stung by a bee and my face is puffing up"),
    ("", "this traffic is killing me"),
    ("", "I could murder a pizza right now"),
    ("", "I'm dying to see the new film"),
    ("", "my feet are killing me after that walk"),
    ("", "I nearly died laughing at that show"),
    ("", "I'm so tired after work"),
    ("", "my grandmother passed away last week"),
    ("", "I feel sad and lonely today"),
    ("", "I failed my exam and want to hide under a blanket"),
    ("", "I'm stressed about my appointment tomorrow"),
    ("", "nobody loves you, robot"),
    ("", "I'd kill for a cup of coffee"),
    ("", "my friend's dad died last year"),
    ("", "I'm going to bed, I'm exhausted"),
    ("", "I miss my wife every day"),
    ("", "I have a bit of a headache"),
    ("", "I'm fed up with my job"),
    ("", "I'm worried about my son"),
    ("", "the film had a really sad ending"),
    ("", "I'm ready to go to the shops now"),
    ("", "I've had enough of this weather"),
    ("", "I want to be with my family at Christmas"),
    ("", "my husband passed away and I miss him terribly"),
    ("", "I'm so embarrassed I could die"),
    ("", "I'm burning the candle at both ends"),
    ("", "the smoke alarm went off when I made toast"),
    ("", "my heart was racing during the scary film"),
    ("", "I have a headache from all the noise"),
    ("", "I'm watching a crime drama about a stalker"),
    ("", "my grandson pushed me on the swing"),
    ("", "I feel a bit dizzy when I stand up too fast"),
    ("", "I'm fed up and grumpy today"),
    ("", "I hate my job and I want to quit"),
)


# The concern head (train_concern.py): softmax regression on MiniLM embeddings over these classes.
HEAD_CLASSES = ("none", "self_harm/watch", "self_harm/urgent", "danger/watch", "danger/urgent", "medical/watch",
                "medical/urgent")
HEAD_PATH = paths.MODELS_DIR / "concern_head.npz"
# Words that put what follows in a story, the news or a game, where the head must not raise a concern.
_FICTION = re.compile(r"\b(?:film|films|movie|book|novel|story|stories|show|series|episode|documentary|podcast|"
                      r"news|newspaper|article|game|character|play|thriller|drama|soap|villain|hero|scene|"
                      r"course|lesson|training|drill)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|we|we're|us|our)\b")


class ConcernHead:
    """The shipped softmax regression (``models/concern_head.npz``) on sentence embeddings."""

    def __init__(self, path: str | Path = HEAD_PATH):
        with np.load(Path(path)) as z:
            self.w = z["w"].astype(np.float32)
            self.b = z["b"].astype(np.float32)
            self.classes = tuple(str(c) for c in z["classes"])
            self.watch = float(z["watch"])
        if self.classes != HEAD_CLASSES:
            raise ValueError(f"{path}: classes {self.classes} are not {HEAD_CLASSES}")

    def probabilities(self, vec: np.ndarray) -> np.ndarray:
        logits = vec.astype(np.float32) @ self.w + self.b
        p = np.exp(logits - logits.max())
        return p / p.sum()


# The head reads danger only where the words name a threat, harm, fear or a hazard: without one,
# what it matches is a complaint about someone ("my landlord keeps ignoring my messages").
# Medical news told by a doctor or a test ("the doctor says my memory tests are getting worse") is a
# worry, not an emergency, unless the words name something acute happening now.
_MEDICAL_NEWS = re.compile(r"\b(?:doctor|gp|consultant|specialist|nurse|surgeon|hospital|clinic)s? (?:says?|said|told "
                           r"(?:me|us)|thinks?|wants?|has|have)\b|\b(?:tests?|scans?|results?|x-?rays?|bloods?) "
                           r"(?:came back|are|is|were|was|show\w*|say)\b")
_ACUTE = re.compile(r"\b(?:now|right now|just|can'?t breathe|chest|collaps\w*|bleed\w*|unconscious|fell|fallen|"
                    r"overdos\w*|stroke|seizure|fit|fainted|passed out|numb|slurr\w*|severe|emergency|ambulance)\b")
_DANGER_ANCHOR = re.compile(
    r"\b(?:follow\w*|hit\w*|hurt\w*|beat\w*|punch\w*|kick\w*|slap\w*|push\w*|shov\w*|grab\w*|chok\w*|"
    r"strangl\w*|threat\w*|scar(?:ed|y|es)|afraid|frighten\w*|terrif\w*|unsafe|danger\w*|attack\w*|stalk\w*|"
    r"break\w* in|broke in|intruder\w*|burglar\w*|knife|knives|gun\w*|weapon\w*|fire|smoke|flames?|burn\w*|"
    r"gas|lock\w*|trapped|police|kill\w*|rape\w*|abus\w*|assault\w*|chas\w*|watching|outside|scream\w*|"
    r"shout\w*|yell\w*|bruis\w*|blood\w*|forc\w*|hostage|kidnap\w*|flood\w*|pinn\w*|holding me|won't let me|"
    r"stuck|help|(?:front|back|my) door|window|someone|somebody|stranger|man|men|guy|neglect\w*|humiliat\w*|mock\w*|"
    r"isolat\w*|starv\w*|control\w*|hid(?:es|ing)? my|tak(?:es|ing) my|laugh\w* (?:at|when))\b")

# Health that is getting better ("sleeping much better since I started walking") is no medical concern.
_BETTER = re.compile(r"\b(?:much|a lot|so much|far|loads|lots|feeling|feel|getting|sleeping|walking|eating) "
                     r"(?:better|easier)\b|\bimprov(?:ed|ing)\b")
_WORSE = re.compile(r"\b(?:worse|no better|not better|isn'?t (?:any )?better|not getting better)\b")

# Words of the body or of being unwell, one of which a medical concern read by the model alone needs.
_BODY = re.compile(r"\b(?:swallow\w*|drank|drunk|ate|floppy|gasp\w*|lips|balance|gives? way|giving way|remember|"
                   r"suddenly|all of a sudden|bleach|poison\w*|magnet|batter(?:y|ies)|legs?|feet|foot|hands?|face|"
                   r"pain\w*|ache\w*|aching|hurt\w*|sore|breath\w*|chest|heart|dizz\w*|faint\w*|sick|vomit\w*|"
                   r"bleed\w*|blood|fell|fallen|fall|fainted|collaps\w*|unwell|ill|poorly|fever|temperature|numb\w*|"
                   r"swollen|swelling|rash|cough\w*|choking|seizure|fit|burn\w*|cut|wound|head|stomach|tummy|leg|arm|"
                   r"back|eyes?|vision|see|speech|slurr\w*|confus\w*|weak|shak\w*|sweat\w*|diabet\w*|insulin|sugar|"
                   r"pills?|tablets?|medication|medicine|dose|overdose|eat\w*|drink\w*|wee|pee|urine|stool|lump|"
                   r"pregnan\w*|baby|labour|contraction\w*|waters|asthma|inhaler|allerg\w*|sting|bite|stroke|"
                   r"attack|can'?t (?:move|get up|stand|walk|wake))\b")
# Someone helped or was kind to the person ("the young man next door helped me carry my shopping in"):
# the head has seen "a man ... next door ... in" in danger, but without a word of harm this is no danger.
_KINDNESS = re.compile(r"\b(?:helped|helps|helping) (?:me|us)\b|\b(?:was|were|is|are) (?:so |very |really )?(?:kind|"
                       r"lovely|helpful|nice|sweet|good to me)\b|\bkindly\b|\bthank\w*")
_HARM = re.compile(r"\b(?:hit\w*|hurt\w*|beat\w*|punch\w*|kick\w*|slap\w*|shov\w*|grab\w*|chok\w*|strangl\w*|"
                   r"threat\w*|scared|afraid|frighten\w*|terrif\w*|unsafe|danger\w*|attack\w*|stalk\w*|follow\w*|"
                   r"break\w* in|broke in|intruder\w*|burglar\w*|knife|knives|gun\w*|weapon\w*|kill\w*|rape\w*|"
                   r"abus\w*|assault\w*|fire|smoke|gas)\b")
# Access to children argued over ("my ex won't let me see the kids this weekend"); the reasoner's word
# rules read the same words as a family dispute (reasoning/word_rules.py imports this pattern).
CONTACT_DISPUTE = (r"\b(?:won'?t|doesn'?t|isn'?t going to|wouldn'?t|refuses? to) let me (?:see|have|take) (?:the|my|"
                   r"our|her|his) (?:kids|children|son|daughter|grandchildren|grandkids|grandson|granddaughter|"
                   r"grandchild|nephew|niece|boys|girls|baby|grandbaby|little one)\b")
_CONTACT_DISPUTE = re.compile(CONTACT_DISPUTE)
# Off their food ("she's not eating properly"), without days gone by or an acute sign.
_OFF_FOOD = re.compile(r"\b(?:not|stopped|isn'?t|hasn'?t been) eating (?:properly|much|well|enough)\b|\boff (?:her|his|"
                       r"their|my) food\b|\b(?:poor|lost (?:her|his|their|my)) appetite\b")
_DAYS_WITHOUT = re.compile(r"\b(?:days|a week|weeks|at all|anything|can'?t keep)\b")
# A care home as the feared future ("I'm scared I'll end up in a home"): a worry, no danger.
_CARE_HOME = re.compile(r"\b(?:end up|go|going|put|move|moved|moving|sent)\b[^.!?]{0,12}\bin(?:to)? (?:a|the) "
                        r"(?:care |nursing |residential |old (?:people|folks)'?s? )?home\b")
_HARM_DONE = re.compile(r"\b(?:hit\w*|hurt\w*|beat\w*|push\w*|shov\w*|grab\w*|slap\w*|punch\w*|kick\w*|"
                        r"abus\w*|rough|threat\w*)\b")

# Everyday nuisances that the head has seen beside "someone ... outside my door again".
_NUISANCE = re.compile(r"\b(?:dog (?:mess|poo|muck|dirt)|foul(?:s|ing)?|poo|litter|rubbish|bins?|fly-?tipp\w*|"
                       r"park(?:s|ed|ing)?|"
                       r"music|noise|noisy|barking|leaves|weeds|hedges?|parcels?|deliver(?:y|ies)|leaflets?|"
                       r"junk mail|takeaway|chewing gum|graffiti|pigeons?|seagulls?|gulls|birds|rats|mice|foxes|"
                       r"feeding)\b")
_WATCHED = re.compile(r"\b(?:watch\w*|star(?:e|es|ed|ing)|sat|sitting|lurk\w*|creep\w*|photograph\w*|"
                      r"film\w*|every night)\b")

# Afraid of staying alone ("I'm scared I'll be on my own forever"): loneliness, without a wish to die.
# (The reasoner's word rules read the same words as loneliness: reasoning/word_rules.py imports it.)
ALONE_FOREVER = (r"\b(?:on my own|alone|single|by myself|lonely)\b[^.!?]{0,15}\b(?:forever|for ever|for the rest of "
                 r"my life|for good)\b|\bnever (?:find|meet) (?:anyone|someone|somebody|love|the one)\b")
_ALONE_FOREVER = re.compile(ALONE_FOREVER)
_WISH_TO_DIE = re.compile(r"\b(?:die|dying|dead|death|kill\w*|end (?:it|my)|no point|not worth|give up|can'?t go on|"
                          r"better off|suicid\w*|disappear)\b")
# Afraid of dying or falling alone at home and lying undiscovered: a fear with practical answers (an
# alarm, a daily call), no wish to die. word_rules imports it.
FOUND_ALONE = (r"\b(?:nobody|no one|no-one|noone) (?:would|will|'d|'ll) (?:even )?(?:find|know about|notice) (?:me|"
               r"it)\b[^.!?]{0,20}\b(?:for (?:days|weeks|ages)|until)|\b(?:die|fall|collapse|"
               r"pass)\w* (?:\w+ )?(?:alone|on my own|by myself)\b[^.!?]{0,40}\b(?:nobody|no one|no-one|"
               r"noone) (?:would|will|'d|'ll) (?:find|know|notice)\b|\blying (?:there|on the floor) for (?:days|"
               r"weeks)\b|\b(?:what if|if) i (?:fall|collapse|die|have a fall)\b[^.!?]{0,30}\b(?:nobody|no one|no-one|"
               r"noone) (?:knows?|finds? me|comes|notices|is (?:here|there)|would (?:know|find me|notice))\b")
_FOUND_ALONE = re.compile(FOUND_ALONE)
# Low since an operation or an illness: low mood in recovery, no emergency. word_rules imports it.
LOW_SINCE_ILLNESS = (r"\b(?:down|low|flat|depressed|fed up|miserable|tearful|blue|not myself|"
                     r"not the same)\b[^.!?]{0,25}\b(?:since|after) (?:my |the |his |her |having (?:a |my |"
                     r"the )?)?(?:\w+ )?(?:operation|surgery|op|stroke|heart attack|diagnosis|treatment|chemo\w*|"
                     r"radiotherapy|fall|transplant|bypass|hip replacement|knee replacement|new hip|new knee|covid|"
                     r"virus|hospital stay)\b")
_LOW_SINCE_ILLNESS = re.compile(LOW_SINCE_ILLNESS)
_SYMPTOM_NOW = re.compile(r"\b(?:now|right now|can'?t breathe|chest pains?|pain in my chest|collaps\w*|bleed\w*|"
                          r"unconscious|numb|slurr\w*|severe|emergency|ambulance)\b")
# Cooking or eating alone ("I can't be bothered cooking just for myself anymore"): loneliness at the
# table, no wish to die (the reasoner's word rules read the same words, reasoning/word_rules.py imports it).
MEALS_ALONE = (r"\b(?:cook\w*|meals?|dinners?|eat\w*|lay(?:ing)? the table)\b[^.!?]{0,20}\b(?:for one|just for (?:me|"
               r"myself|one)|for myself|on my own|alone)\b")
_MEALS_ALONE = re.compile(MEALS_ALONE)
# Worn out caring for someone ("I can't cope with my mum's dementia anymore"): a carer who needs support
# (the reasoner answers it and asks how they are; the words alone are no wish to die). word_rules imports it.
CANT_COPE_CARING = (r"\bcan'?t (?:cope|deal|manage|go on|take (?:it|much more)) with (?:my |his |her |their )?"
                    r"(?:\w+'s )?(?:\w+ )?(?:dementia|alzheimer'?s|illness|condition|behaviou?r|drinking|moods?|care|"
                    r"caring|needs)\b|\b(?:caring for|looking after) (?:my \w+|him|her|them)\b[^.!?]{0,30}\bcan'?t "
                    r"cope\b")
_CANT_COPE_CARING = re.compile(CANT_COPE_CARING)
# Someone unknown using their card or account: a fraud to report to the bank, not a danger at home
# (the reasoner's word rules read the same words as a fraud, reasoning/word_rules.py imports this pattern).
CARD_FRAUD = (r"\b(?:someone|somebody|a stranger|strangers|scammers?|fraudsters?|hackers?)\b[^.!?]{0,30}\b(?:card|"
              r"account|banking|bank details|card details|pin)\b|\bpayments? (?:i|that i) (?:don'?t|didn'?t) "
              r"(?:recogni[sz]e|make|authori[sz]e)\b|\bmoney (?:has )?(?:gone|disappeared|missing|taken) (?:out )?"
              r"(?:of|from) my (?:bank )?account\b")
_CARD_FRAUD = re.compile(CARD_FRAUD)
# A pet unwell ("my dog is really poorly"): a worry for the vet, not a medical emergency for the person.
_PET_SUBJECT = re.compile(r"\b(?:my|our|the) (?:old |little |poor )?(?:dog|cat|puppy|kitten|rabbit|horse|pony|budgie|"
                          r"parrot|hamster|tortoise|guinea pig|pet|bird)\b")
_HURT_BY_PET = re.compile(r"\b(?:bit|bitten|attacked|scratched|knocked|jumped on) me\b|\bi'?m (?:bleeding|hurt)\b")
# Someone else off food and losing weight ("she won't eat and she's getting thinner"): a worry for
# their doctor soon (an eating disorder, an illness), not an emergency unless something acute is told.
_THINNER = re.compile(r"\b(?:getting (?:thinner|so thin|skinny)|losing (?:so much )?weight|lost (?:a lot of |so much )?"
                      r"weight|skin and bone|wasting away)\b")
# Hope said out loud ("everyone says it gets easier"): no wish to die, read alone.
_HOPEFUL = re.compile(r"\b(?:gets?|getting) (?:easier|better)\b|\bwill (?:pass|get better|get easier)\b|"
                      r"\b(?:i'?ll|i will|going to|gonna) (?:keep (?:trying|at it|plugging away)|try again|give it "
                      r"another (?:go|try|shot))\b|"
                      r"\bon the mend\b|\btime (?:heals|is a healer)\b")

# A death told as news or as grief ("people expect me to be over it", "my wife's been gone two years"): the
# head has learnt grief beside wishes to die, so alone it asks a bereaved person about suicide; it needs
# words of their own hopelessness too ("nothing left for me", "no reason to carry on").
_BEREAVED = re.compile(r"\b(?:died|passed(?: away| on)?|death|funeral|lost (?:my|her|him)|late (?:husband|wife)|"
                       r"widow\w*|grave|ashes|(?:been|is|was|'s) gone)\b")
# A landlord threatening an eviction of his own making (the locks changed, things thrown out): a housing
# matter for advice, not a danger, unless harm is threatened.
LANDLORD_THREAT = (r"\blandlord\b[^.!?]{0,30}\b(?:throw|chuck|put|kick|change|changed|changing)\w* (?:(?:my|our) "
                   r"(?:stuff|things|belongings) out|(?:me|us) out|the locks)\b")  # word_rules imports it
_LANDLORD_THREAT = re.compile(LANDLORD_THREAT)
# A baby crying and crying, no sign of illness told: advice, not an emergency (word_rules imports it).
CRYING_BABY = (r"\b(?:baby|newborn|little one|infant)\b[^.!?]{0,20}\b(?:won'?t|will not|doesn'?t|can'?t) stop "
               r"crying\b")
_CRYING_BABY = re.compile(CRYING_BABY)
_BABY_UNWELL = re.compile(r"\b(?:fever|temperature|hot|floppy|rash|not feeding|won'?t feed|breath\w*|blue|vomit\w*|"
                          r"sick|fit|high[- ]pitched|wet nappy|fell|fallen|dropped|hit (?:his|her|their) head)\b")
# Clean or sober for a while: a milestone in recovery, not a crisis (word_rules imports it).
RECOVERY_MILESTONE = (r"\b(?:clean|sober|dry|off (?:the )?(?:drink|booze|drugs|heroin|gambling)|not (?:used|drunk|"
                      r"had a drink|gambled|self[- ]harmed|cut myself))\b[^.!?]{0,25}\b(?:for|since) (?:a |one |two |"
                      r"\w+ )?(?:years?|months?|weeks?|days?)\b")
_RECOVERY_MILESTONE = re.compile(RECOVERY_MILESTONE)
# Dreaming of someone who died, or told how long they have: grief and hard news, not a wish to die.
GRIEF_DREAM = (r"\bdream\w* (?:that |about |of )?(?:she|he|they|him|her|them|my \w+|mum|dad)(?:'s| is| was| were|'re)? "
               r"(?:still )?(?:here|alive|back|home|with me)\b")  # word_rules imports it
_GRIEF_DREAM = re.compile(GRIEF_DREAM)
_TERMINAL = re.compile(r"\b(?:given|got|have|has|only) (?:\w+ )?(?:months?|weeks?|a year|days) (?:left )?to live\b|"
                       r"\b(?:terminal|incurable|palliative|end of life care)\b")
_DIAGNOSED = re.compile(r"\bdiagnosed with\b|\b(?:been|was|were) (?:just )?told (?:i'?ve got|i have|i'?m|that i|i "
                        r"need)\b|\bfound out (?:i'?ve got|i have)\b")
_HOPELESS = re.compile(r"\b(?:for me|nothing left|no (?:reason|point|future|life)|pointless|(?:carry|go|going|keep) on|"
                       r"anymore|any more|give up|giving up|end it|end my|my life|alive|to live|living|rather|wish i|"
                       r"myself|burden|better off|hopeless|tired of|sleep|wake|join|be with)\b")


# Help that is working ("I've started therapy and it's really helping"): the head has learnt therapy
# beside self-harm, but progress told is no concern.
# (The reasoner's word rules read the same words as good news: reasoning/word_rules.py imports it.)
HELP_WORKING = (r"\b(?:therapy|counsell?ing|counsell?or|therapist|antidepressants|tablets|medication|support group|"
                r"talking to someone|the group)\b[^.!?]{0,40}\b(?:helping|helps|helped|working|making a (?:real |big )?"
                r"difference|going well|done me good|doing me good)\b")
_HELP_WORKING = re.compile(HELP_WORKING)


# Kept waiting to be seen ("two hours to see the doctor and nobody's told me anything"): a grievance.
_KEPT_WAITING = re.compile(r"\b(?:waiting|waited|been here|sat here)\b[^.!?]{0,25}\b(?:hours?|ages|all (?:day|morning|"
                           r"afternoon)|forever)\b[^.!?]{0,20}\b(?:to (?:see|be seen)|for (?:the|a) (?:doctor|nurse|"
                           r"consultant)|nobody|no one|no-one)\b")
# Unsure they can manage a journey or a task ("not sure I can manage the journey"): a practical worry.
_MANAGE_TASK = re.compile(r"\b(?:manage|cope with|face|make|do|handle) (?:the |that |this |a |all )?(?:long )?"
                          r"(?:journey|trip|stairs|drive|walk|travel\w*|flight|train|bus|shopping|party|wedding|day "
                          r"out|distance|hills?|steps|queue)\b")
# A wish to die denied in so many words ("I don't mean I want to die, I'm just tired"): believed, unless a
# means or a plan comes with it (word_rules imports the words: the reasoner believes them too, and keeps the door open).
DENIED_WISH = (r"\b(?:don'?t|do not|didn'?t|did not) mean (?:that )?i (?:want|wanted|wanna) to (?:die|be dead|end it|"
               r"kill myself)\b|\bnot (?:saying|that) i (?:want|wanted) to (?:die|be dead|end it|kill myself)\b|"
               r"\bi'?m not (?:suicidal|going to (?:do anything|hurt myself|kill myself))\b")
_DENIED = re.compile(DENIED_WISH)
_MEANS = re.compile(r"\b(?:pills|tablets|overdose|rope|bridge|knife|blade|gun|jump\w*|hang\w*|tonight)\b")
# Dreading losing someone still here ("I can't imagine life without her" of a poorly cat): grief ahead,
# not a wish to die (unless a death or death wishes are told).
_DREAD_LOSING = re.compile(r"\b(?:can'?t|cannot) imagine (?:my )?(?:life )?without (?:him|her|them)\b|\b(?:don'?t|do "
                           r"not) know what i'?(?:d|ll| will| would) do without (?:him|her|them)\b")
# A question about faith ("do you think there's a heaven?"): a big question, not a wish to die, unless
# they say they want to go or to be with someone gone.
_FAITH_QUESTION = re.compile(r"\b(?:is there|do you (?:think|believe) (?:there'?s|there is|in)|what happens when) "
                             r"(?:a |an )?(?:heaven|god|afterlife|life after death|we die|you die)\b")
_TO_BE_WITH = re.compile(r"\b(?:be with|join|see (?:him|her|them) again|go there|want to go)\b")
# Not sure if they've eaten today: forgetfulness, not a medical emergency.
_FORGOT_EATING = re.compile(r"\b(?:can'?t|cannot|don'?t) remember (?:if|whether) i'?(?:ve| have)? (?:eaten|had (?:my |"
                            r"any )?(?:lunch|breakfast|dinner|tea|supper|anything))\b")
# Wanting their own bed or home back ("I just want my own bed"): homesick, not a wish to die.
# Shouted at by a boss, a colleague or a teacher: a grievance at work, not a danger at home.
_WORK_SHOUTING = re.compile(r"\b(?:boss|manager|supervisor|line manager|colleagues?|co-?workers?|teacher|coach|"
                            r"foreman|team leader)\b[^.!?]{0,40}\b(?:yell\w*|shout\w*|scream\w*|snap\w*|"
                            r"swear\w*|belittl\w*|bull(?:y|ies|ying|ied)|pick\w* on)\b")
# A hard time told as over ("I was in a bad place after the divorce, but I'm much better now").
_COME_THROUGH = re.compile(r"\b(?:was|used to be|went through|had)\b[^.!?]{0,60}\b(?:but|and) (?:i'?m|i am|things are|"
                           r"life is) (?:\w+ )?(?:better|fine|okay|ok|good|through it|out of it|in a better place)\b")
# Letting someone else go (a pet put to sleep, a relative taken off life support): their grief, not self-harm.
_LET_OTHER_GO = re.compile(r"\blet(?:ting)? (?:her|him|them|it) go\b|\bput (?:her|him|them|it) (?:down|to sleep)\b|"
                           r"\bturn(?:ing)? (?:off )?(?:her|his|their) (?:machine|life support)\b")
# Someone who won't see a doctor: a worry to talk through, not an emergency unless a sign of one is told.
WONT_SEE_DOCTOR = (r"\b(?:won'?t|refuses to|will not|doesn'?t want to|never wants to) (?:go to|see|ring|call|go and "
                   r"see) (?:the|a|his|her) (?:doctor|doctors|gp|hospital|dentist)\b")
_WONT_SEE_DOCTOR = re.compile(WONT_SEE_DOCTOR)  # the reasoner's word rules read the same words
# Tablets hard to swallow: a question for the pharmacist, not choking.
PILLS_HARD = (r"\b(?:trouble|hard|difficult|difficulty|struggl\w*|can'?t|cannot|problems?) (?:to |"
              r"with )?swallow(?:ing)? (?:(?:my|the|these|those|big|all my|some|of) )*(?:tablets|pills|capsules|"
              r"medication|meds|medicine)\b")
_PILLS_HARD = re.compile(PILLS_HARD)  # the reasoner's word rules read the same words
# Leaving a partner, a job or a place: a life decision, not leaving life.
_LEAVING_SOMETHING = re.compile(r"\b(?:leav\w*|left|quit\w*|walk\w* out on) (?:my|the|this|our) (?:\w+ )?"
                                r"(?:husband|wife|partner|boyfriend|girlfriend|fianc\w*|marriage|job|work|career|"
                                r"course|"
                                r"uni|university|college|school|church|choir|club|team|band|home|house|flat|town|city|"
                                r"country|area|village)\b(?! (?:behind|forever|for good)\b)")
_HOMESICK = re.compile(r"\b(?:want|wish i had|miss) (?:to go home|my own (?:bed|home|house|room|things))\b|\bwhen can "
                       r"i go home\b")
# Someone they share with in care who is noisy at night: a sleep problem, not a danger.
_NIGHT_NOISE = re.compile(r"\b(?:roommate|room-?mate|residents?|patients?|the (?:lady|man|woman) (?:next door|opposite|"
                          r"in the next bed))\b[^.!?]{0,15}\b(?:shouts?|screams?|calls? out|cries out|moans?|bangs?)\b")
# Someone drinking again or heavily, with no acute sign: a worry about them, not an emergency now.
_DRINKING_AGAIN = re.compile(r"\bdrinking (?:again|heavily|a lot|too much|more|every (?:day|night)|(?:is |'s )?"
                             r"(?:getting|got) (?:worse|out of hand|out of control|heavier))\b|\bdrinks? (?:too much|"
                             r"heavily|every (?:day|night))\b")
# Wondering whether they are pregnant: a test and support, not an emergency.
_MAYBE_PREGNANT = re.compile(r"\b(?:think|might|may|could) (?:i'?m |i am |i )?(?:be )?pregnant\b|\bpregnancy test\b|\b"
                             r"period(?:'s| is) late\b")
_PREGNANCY_ALARM = re.compile(r"\b(?:bleed\w*|blood|severe|agony|faint\w*|collaps\w*)\b")
# A partner suspected of an affair ("I'm pretty sure he's seeing someone"): heartbreak, not a danger.
_AFFAIR = re.compile(r"\b(?:cheating|seeing someone|seeing somebody|having an affair|another (?:woman|man))\b")


@dataclass(frozen=True)
class _Gate:
    """Where the concern model's reading of ``kind`` is refused: words it has learnt beside a concern
    (``when``, any of them) that tell something else, unless words of the concern itself come too
    (``unless``, any of them)."""

    kind: str
    when: tuple[re.Pattern, ...]
    unless: tuple[re.Pattern, ...]
    why: str

    def applies(self, low: str) -> bool:
        return any(p.search(low) for p in self.when) and not any(p.search(low) for p in self.unless)


# No doctor's appointment for weeks: frustration, and other ways to be seen sooner (no emergency
# unless a symptom is told). word_rules imports it.
GP_WAIT = (r"\b(?:gp|doctor'?s?|surgery|practice)\b[^.!?]{0,30}\b(?:no|won'?t give me an?|can'?t give me an?|"
           r"couldn'?t give me an?|not for|haven'?t got any) (?:appointments?|slots?)\b[^.!?]{0,20}\b(?:weeks?|"
           r"month|fortnight)\b|\b(?:wait|waiting) (?:\w+ )?(?:weeks|a month|a fortnight) (?:for|to see) (?:a|an|the|"
           r"my) (?:gp|doctor|appointment)\b")
_GP_WAIT = re.compile(GP_WAIT)
# Afraid to sleep in case they don't wake: a fear of dying, not a wish (word_rules reads it as DEATH_FEAR).
_AFRAID_NOT_TO_WAKE = re.compile(r"\b(?:scared|afraid|frightened|terrified|worried|fear|fears)\b[^.!?]{0,40}\bin case "
                                 r"(?:i|i'?ll) (?:don'?t|won'?t|never|not) (?:ever )?wake\b")
_LONG_ALONE = re.compile(r"\b(?:on my own|alone|by myself|single|a widow(?:er)?)\b[^.!?]{0,20}\bfor (?:\w+ )?(?:years|"
                         r"months|decades)\b")
_WISHES = re.compile(r"\b(?:hope|hoping|wish|wishing|pray|praying|want|wanted|rather|better off)\b")

_MODEL_GATES: tuple[_Gate, ...] = (
    _Gate(_DA, (_CONTACT_DISPUTE,), (_HARM_DONE,), "an ex keeping the children this weekend: a family dispute"),
    _Gate(_ME, (_OFF_FOOD,), (_ACUTE, _DAYS_WITHOUT), "someone off their food: a worry for the doctor"),
    _Gate(_DA, (_CARE_HOME,), (_HARM_DONE,), "afraid of ending up in a home: a worry about the future"),
    _Gate(_DA, (_NUISANCE,), (_HARM, _WATCHED), "dog mess at the door or cars parked outside again: a nuisance"),
    _Gate(_ME, (_MEDICAL_NEWS,), (_ACUTE,), "news from a doctor or a test: a worry the reasoner answers"),
    _Gate(_SH, (_ALONE_FOREVER, _MEALS_ALONE, _CANT_COPE_CARING), (_WISH_TO_DIE,),
          "afraid of staying alone, cooking for one, worn out caring: no wish to die told"),
    _Gate(_DA, (_CARD_FRAUD,), (_HARM_DONE,), "someone using their bank card: fraud, for the bank"),
    _Gate(_DA, (_AFFAIR,), (_HARM_DONE,), "a partner suspected of an affair: heartbreak"),
    _Gate(_ME, (_PET_SUBJECT,), (_HURT_BY_PET,), "the dog is poorly: a worry for the vet"),
    _Gate(_SH, (_HOPEFUL,), (_ANY_NEGATION,), "'everyone says it gets easier': hope, however doubtful"),
    _Gate(_SH, (_AFRAID_NOT_TO_WAKE,), (_WISHES,), "afraid to sleep in case they don't wake: a fear of dying"),
    _Gate(_SH, (_LONG_ALONE,), (_WISH_TO_DIE,), "on their own for years: loneliness, no wish to die told"),
    _Gate(_ME, (_GP_WAIT,), (_ACUTE, _SYMPTOM_NOW, re.compile(r"\b(?:pain\w*|bleed\w*|lump|breath\w*|dizz\w*|faint\w*|"
                                                              r"worse|rash|swell\w*|fever|temperature)\b")),
          "weeks to wait for the doctor: a frustration"),
    _Gate(_SH, (_HELP_WORKING,), (_ANY_NEGATION, _WISH_TO_DIE), "therapy or tablets that help: progress"),
    _Gate(_SH, (_BEREAVED,), (_HOPELESS,), "grief without words of their own hopelessness"),
    _Gate(_ME, (_BETTER,), (_ACUTE, _WORSE), "getting better"),
    _Gate(_ME, (_KEPT_WAITING,), (_ACUTE, _WORSE), "kept waiting to be seen: a grievance for the desk"),
    _Gate(_SH, (_MANAGE_TASK,), (_WISH_TO_DIE,), "unsure they can manage a journey: a practical worry"),
    _Gate(_SH, (_DENIED,), (_MEANS,), "a wish to die denied in so many words, with no means or plan"),
    _Gate(_SH, (_DREAD_LOSING,), (_WISH_TO_DIE, _BEREAVED), "dreading losing someone still here"),
    _Gate(_SH, (_FAITH_QUESTION,), (_WISH_TO_DIE, _TO_BE_WITH), "a question about faith"),
    _Gate(_SH, (_HOMESICK,), (_WISH_TO_DIE, _TO_BE_WITH), "homesick for their own bed"),
    _Gate(_DA, (_WORK_SHOUTING,), (_HARM_DONE, re.compile(r"\b(?:threat\w*|hit|hits|push\w*|grab\w*|touch\w*|"
                                                           r"follow\w*|kill|hurt me)\b")),
          "shouted at by a boss or a colleague: a grievance at work"),
    _Gate(_SH, (_COME_THROUGH,), (re.compile(r"\b(?:again|lately|these days|this week|coming back|creeping back)\b"),),
          "a hard time told as over, nothing coming back"),
    _Gate(_SH, (_LET_OTHER_GO,), (_WISH_TO_DIE, re.compile(r"\b(?:me|myself)\b")),
          "letting a pet or a relative go: their grief"),
    _Gate(_ME, (_WONT_SEE_DOCTOR,), (_ACUTE, re.compile(r"\b(?:chest pain|can'?t breathe|confus\w*|unconscious|"
                                                         r"collaps\w*|blood)\b")),
          "someone who won't see a doctor, no acute sign told"),
    _Gate(_ME, (_PILLS_HARD,), (_ACUTE, re.compile(r"\b(?:chok\w*|stuck in my throat|can'?t breathe)\b")),
          "tablets hard to swallow: a question for the pharmacist"),
    _Gate(_SH, (_LEAVING_SOMETHING,), (_WISH_TO_DIE, re.compile(r"\b(?:this world|this life|everyone|for good|forever|"
                                                                  r"behind)\b")),
          "thinking of leaving a partner, a job or a place"),
    _Gate(_ME, (_DRINKING_AGAIN,), (_ACUTE,), "someone drinking again, no acute sign: a worry"),
    _Gate(_ME, (_MAYBE_PREGNANT,), (_PREGNANCY_ALARM,), "wondering whether they are pregnant"),
    _Gate(_DA, (_NIGHT_NOISE,), (_HARM_DONE, re.compile(r"\bat me\b")), "a noisy neighbour in care at night"),
    _Gate(_ME, (_FORGOT_EATING,), (_ACUTE,), "not sure if they've eaten: forgetfulness"),
    _Gate(_SH, (_FOUND_ALONE,), (re.compile(r"\b(?:want(?:ed)? to die|wish i (?:was|were) dead|kill\w*|end (?:it|my)|"
                                            r"no point|not worth|better off|suicid\w*)\b"),),
          "afraid of lying undiscovered at home: a fear of living alone"),
    _Gate(_ME, (_LOW_SINCE_ILLNESS,), (_SYMPTOM_NOW,), "low since an operation or an illness: mood in recovery"),
    _Gate(_SH, (_GRIEF_DREAM, _TERMINAL), (_WISH_TO_DIE, re.compile(r"\b(?:end it|want to go|ready to go|don'?t want "
                                                                     r"to (?:wait|go on))\b")),
          "dreams of someone who died, or hard news about how long they have: grief"),
    _Gate(_ME, (_DIAGNOSED,), (_SYMPTOM_NOW,), "a diagnosis told as news: a worry the reasoner answers"),
    _Gate(_SH, (_RECOVERY_MILESTONE,), (_WISH_TO_DIE, re.compile(r"\b(?:relaps\w*|slipped|used again|drank again|"
                                                                  r"craving)\b")),
          "clean or sober for a while: a milestone"),
    _Gate(_ME, (_RECOVERY_MILESTONE,), (_SYMPTOM_NOW, re.compile(r"\b(?:relaps\w*|overdos\w*)\b")),
          "clean or sober for a while: a milestone"),
    _Gate(_ME, (_CRYING_BABY,), (_BABY_UNWELL,), "a baby who won't stop crying, no sign of illness told"),
    _Gate(_DA, (_LANDLORD_THREAT,), (_HARM_DONE, re.compile(r"\b(?:hit|hurt|kill|beat|threat\w* (?:me|to hurt))\b")),
          "a landlord threatening to change the locks or throw things out: housing advice"),
)


class ConcernDetector:
    """Finds concerns in one utterance. ``encoder`` (optional): a sentence encoder with
    ``encode(list[str]) -> (n, d)`` L2-normalised rows (``text_encoder.load_encoder("minilm")``),
    used only where the patterns find nothing: first the concern head (``head``: a path, a
    ``ConcernHead``, or None for none; by default the shipped one, when the encoder is MiniLM-sized),
    which raises watch, or urgent when it is confident (``urgent``) and the words are first person and
    not past, habitual, negated or in a story; then the nearest exemplars, which raise watch only."""

    def __init__(self, encoder=None, similarity: float = 0.62, margin: float = 0.10, head="default",
                 urgent: float = 0.6, watch: float | None = None):
        self.encoder = encoder
        self.similarity = float(similarity)
        self.margin = float(margin)
        self.urgent = float(urgent)
        self._exemplar_vecs: np.ndarray | None = None
        if head == "default":
            head = HEAD_PATH if encoder is not None and getattr(encoder, "dim", 384) == 384 and HEAD_PATH.is_file() \
                else None
        self.head = ConcernHead(head) if isinstance(head, (str, Path)) else head
        self.watch = float(watch) if watch is not None else (self.head.watch if self.head else 1.0)

    def detect(self, text: str, context: Sequence[str] = (), person_id: str = ANONYMOUS_SPEAKER,
               utterance_id: str = "", stamp: float = 0.0) -> Concern | None:
        """The concern ``text`` raises, or None. ``context``: the same speaker's earlier turns, most
        recent last; they raise a plan or means in ``text`` to urgent but never raise a concern alone."""
        low = _prepare(text)
        if not low:
            return None
        ctx_hits: list[tuple[str, _Hit]] = []
        for turn in list(context)[-CONTEXT_TURNS:]:
            turn_low = _prepare(turn)
            ctx_hits += [(turn_low, h) for h in _hits(turn_low)]
        ctx_kinds = frozenset(h.kind for _, h in ctx_hits)
        hits = _hits(low, ctx_kinds, ctx_kinds)
        # A plan or means beside ideation in the same utterance ("I think about dying and I've worked out how").
        here = {h.kind for h in hits if not (h.rule.context_raises or h.rule.needs_context or h.rule.letters)}
        if here - ctx_kinds:
            hits = _hits(low, ctx_kinds, ctx_kinds | here)
        if not hits:
            return self._by_encoder(low, ctx_kinds, person_id, utterance_id, stamp)
        hits.sort(key=_Hit.key, reverse=True)
        kept: list[_Hit] = []
        for h in hits:  # the longest wording of one phrase only ("ending it all" inside "thinking about ending it all")
            if not any(k.start <= h.start and h.end <= k.end for k in kept):
                kept = [k for k in kept if not (h.start <= k.start and k.end <= h.end and h.kind == k.kind
                                                 and h.level == k.level)] + [h]
        hits = sorted(kept, key=_Hit.key, reverse=True)
        best = hits[0]
        evidence = [f"says '{h.span}' ({h.what})" for h in hits]
        earlier = [h for _, h in ctx_hits if h.kind == best.kind]
        used_context = bool(earlier) and (best.rule.needs_context or (best.rule.context_raises and best.level == _U))
        if used_context:
            ctx = max(earlier, key=_Hit.key)
            evidence.append(f"earlier said '{ctx.span}' ({ctx.what})")
        agreeing = sum(1 for h in hits if h.kind == best.kind) - 1 + int(used_context)
        confidence = min(0.99, best.confidence + 0.04 * agreeing)
        return Concern(best.kind, best.level, confidence, list(dict.fromkeys(evidence)), person_id, utterance_id,
                       stamp)

    def _by_encoder(self, low: str, ctx_kinds: frozenset[str], person_id: str, utterance_id: str,
                    stamp: float) -> Concern | None:
        if self.encoder is None:
            return None
        vec = np.asarray(self.encoder.encode([low]), dtype=np.float32)[0]
        if self.head is not None and not _FICTION.search(low) and not _RESOLVED.search(low):
            p = self.head.probabilities(vec)
            by_kind = {k: p[HEAD_CLASSES.index(f"{k}/watch")] + p[HEAD_CLASSES.index(f"{k}/urgent")]
                       for k in CONCERN_KINDS}
            kind = max(by_kind, key=by_kind.get)
            if kind == _DA and (not _DANGER_ANCHOR.search(low) or (_KINDNESS.search(low) and not _HARM.search(low))):
                kind = ""  # an everyday complaint about a landlord or a neighbour's dog is no danger, nor a kindness
            if any(gate.kind == kind and gate.applies(low) for gate in _MODEL_GATES):
                kind = ""
            if kind == _ME and not _BODY.search(low):
                kind = ""  # "maybe I'll talk to my doctor": a doctor named, no symptom, no emergency
            if kind and by_kind[kind] >= self.watch:
                p_urgent = float(p[HEAD_CLASSES.index(f"{kind}/urgent")])
                level = _W
                if ((p_urgent >= self.urgent or (kind in ctx_kinds and p_urgent >= self.urgent / 2))
                        and (kind == _DA or _FIRST_PERSON.search(low))
                        and not (_DISTANT_PAST.search(low) or _CHRONIC.search(low) or _JOKE.search(low))
                        and not (kind == _ME and _THINNER.search(low) and not _ACUTE.search(low))):
                    level = _U
                why = f"the concern model reads {kind.replace('_', '-')} {level}, p={by_kind[kind]:.2f}"
                return Concern(kind, level, float(min(0.8, by_kind[kind])), [f"says '{low}' ({why})"],
                               person_id, utterance_id, stamp)
        return self._by_similarity(low, vec, person_id, utterance_id, stamp)

    def _by_similarity(self, low: str, vec: np.ndarray, person_id: str, utterance_id: str,
                       stamp: float) -> Concern | None:
        if self._exemplar_vecs is None:
            self._exemplar_vecs = np.asarray(self.encoder.encode([t for _, t in EXEMPLARS]), dtype=np.float32)
        sims = self._exemplar_vecs @ vec
        kinds = [k for k, _ in EXEMPLARS]
        concern_idx = [i for i, k in enumerate(kinds) if k]
        benign_idx = [i for i, k in enumerate(kinds) if not k]
        best = max(concern_idx, key=lambda i: sims[i])
        if sims[best] < self.similarity or sims[best] < max(sims[i] for i in benign_idx) + self.margin:
            return None
        # Figurative or negated words near a concern exemplar ("I would never want my family to be
        # without me") are refused the same way the patterns refuse them.
        if _ANY_NEGATION.search(low) and not _ANY_NEGATION.search(EXEMPLARS[best][1].lower()):
            return None
        kind, example = EXEMPLARS[best]
        if any(gate.kind == kind and gate.applies(low) for gate in _MODEL_GATES):
            return None  # the same gates as the concern model's reading
        if kind == _DA and not _DANGER_ANCHOR.search(low):
            return None  # "won't speak to me except to ask for money": no harm, threat or fear told
        if kind == _ME and not _BODY.search(low):
            return None  # "I can't sleep since my husband went into the home" is not "I can't wake him"
        if kind == _DA and _CARE_HOME.search(low) and not _HARM_DONE.search(low):
            return None  # afraid of ending up in a home
        return Concern(kind, _W, float(min(0.6, sims[best])),
                       [f"says '{low}' (sounds like '{example}', similarity {sims[best]:.2f})"],
                       person_id, utterance_id, stamp)


_DEFAULT = ConcernDetector()


def detect(text: str, context: Sequence[str] = (), **kwargs) -> Concern | None:
    """``ConcernDetector().detect`` with the shared pattern-only detector."""
    return _DEFAULT.detect(text, context, **kwargs)
