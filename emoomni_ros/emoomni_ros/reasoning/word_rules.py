"""Words that decide what happened, whatever the sentence resembles (ROS-free; read by
``situation.understand``, the replies and the tone guard).

Some sentences resemble another event more than their own: "my neighbour brought me soup" reads
like a complaint about a neighbour, "my son moved to Australia and I don't know when I'll see him
again" like family news, "everyone asked for seconds" like a setback. Where a few words settle it, a
``WordRule`` says so: the first rule that applies names the event (told in words), above anything the
sentence resembles unless the words also tell a death or a danger; the events each rule names
``instead_of`` fall below the reading's threshold. The patterns are shared with the replies and the
tone guard (one fact in one place). ``test_situation.py`` checks that every rule compiles, names real
events and says why.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Words the concern detector's gates read too, defined there once (children kept from them by an ex, someone
# using their card, tablets hard to swallow, someone who won't see a doctor, ...).
from emoomni_ros.perception.text.concern import (
    ALONE_FOREVER,
    CANT_COPE_CARING,
    CARD_FRAUD,
    CONTACT_DISPUTE,
    CRYING_BABY,
    DENIED_WISH,
    FOUND_ALONE,
    GP_WAIT,
    GRIEF_DREAM,
    HELP_WORKING,
    LANDLORD_THREAT,
    LOW_SINCE_ILLNESS,
    MEALS_ALONE,
    PILLS_HARD,
    RECOVERY_MILESTONE,
    WONT_SEE_DOCTOR,
)

# "Since my wife passed", "he passed in March": a death, when no exam or test follows "passed".
_DIED_AFTER = (r"\s*(?:[.,;?]|$|and\b|but\b|(?:away|on)\b|in (?:\w+ )?(?:january|february|march|april|may|june|"
               r"july|august|september|october|november|december|spring|summer|autumn|winter|hospital|the night|"
               r"(?:his|her|their) sleep)\b|at (?:home|the hospice)\b)")
PASSED_AS_DIED, PASSED_NOT_DIED = f"(?={_DIED_AFTER})", f"(?!{_DIED_AFTER})"
# "My wife's been gone two years": a death told gently (not a trip: "gone to the shops", "gone for the weekend").
KIN_GONE = (r"\b(?:my|our) (?:late )?(?:wife|husband|mum|mom|mother|dad|father|son|daughter|brother|sister|partner|"
            r"gran|grandma|granny|grandad|granddad|nan|nana)(?:'s| has| is|'s been| has been) gone\b"
            r"(?!\s+(?:for (?:the|a|an)|to|on|out|away|off|shopping|fishing|home|back|all day|abroad|missing|quiet|"
            r"very|really|so|a bit|downhill|in|into)\b)")
_EXAM_OBJECT = r"(?:her|his|their|the|a|an|all|every|with|first|driving|exams?|tests?|it)\b"
KIN_PASSED = (r"\b(?:(?:my|our|his|her) (?:late )?(?:wife|husband|mum|mom|mother|dad|father|son|daughter|brother|"
              r"sister|partner|friend|best friend|gran|grandma|granny|grandad|granddad|nan|nana|auntie|aunt|uncle|"
              r"cousin)|"
              r"(?:since|after|before|when) (?:he|she)) passed" + PASSED_AS_DIED + r"|\b(?:since|after) (?:he|she) "
              r"passed(?!\s+" + _EXAM_OBJECT + ")")

# Dogs and cats as people name them ("our spaniel", "the old tabby"); situation.PEOPLE reads them as pets.
PET_BREEDS = ("spaniel", "labrador", "terrier", "collie", "greyhound", "whippet", "retriever", "poodle", "beagle",
              "pug", "dachshund", "westie", "schnauzer", "lurcher", "alsatian", "tabby", "moggy")
# A pet that is missing is a worry, not (yet) a loss: its owner hopes, searches, asks around.
MISSING_PET = (r"\b(?:dog|cat|puppy|kitten|pet|rabbit|tortoise|parrot|budgie|bird)\b.{0,40}\b(?:missing|gone "
               r"missing|(?:ran|run|has run) (?:off|away)|escaped|got out|(?:hasn'?t|has not|didn'?t|did not|never) "
               r"come (?:home|back)|not (?:come|came) (?:home|back)|disappeared|lost)\b")


# Someone who does not come to see them: a hurt (rejection), not a worry about that person.
NOT_COMING = (r"too busy to (?:visit|come|call|ring|see me|talk)|(?:never|doesn'?t|don'?t|won'?t) (?:visit|call|ring"
              r"|come to see) me|(?:never|only) (?:rings|calls|visits|phones|comes round)(?: me)? (?:unless|when) "
              r"(?:he|she|they) (?:wants?|needs?)")

# Someone did something kind for the person (a gift of their time or food): warmth, not a complaint.
KINDNESS = (r"\b(?:brought|made|cooked|baked|sent|gave|fetched|bought|knitted|got|dropped off|dropped round|left|"
            r"picked up) (?:me|us) (?:\w+ ){0,4}?(?:soup|stew|casserole|dinner|lunch|breakfast|meals?|cakes?|"
            r"biscuits|cookies|scones|pie|flowers|bouquet|card|present|gifts?|chocolates|shopping|groceries|jumper|"
            r"scarf|blanket|plants?|magazines?|newspaper|books?|cup of tea|prescription)\b|\b(?:did|fetched|picked "
            r"up) (?:my|our) (?:shopping|prescription)|\b(?:mowed|cut) (?:my|our) (?:lawn|grass|hedge)|\b(?:popped|"
            r"came) (?:in|round|over) to (?:see|check) (?:how i was|on me|if i was)|\b(?:checked|looked) in on me\b|"
            r"\bhelped (?:me|us) (?:to )?(?:carry|with|get|put|take|fix|clear|move|set up|sort|cross|up|into|out)\b|"
            r"\b(?:was|were) (?:so|really|very|ever so) kind\b[^.!?]{0,20}\b(?:waited|helped|stopped|carried|gave|let) "
            r"(?:for )?(?:me|us)\b")
# Someone they love lives far away now, and they miss them: a loneliness, not family news.
MOVED_FAR = (r"\b(?:moved|moving|emigrat\w+|lives|living|gone|went|relocated)\b[^.!?]{0,50}\b(?:abroad|overseas|away|"
             r"australia|canada|america|the states|new zealand|dubai|spain|the other side of|across the)\b")
MISS_THEM = (r"\b(?:don'?t know when i'?ll (?:\w+ )?(?:see|get to see|hug)|won'?t (?:\w+ )?(?:see|get to see) "
             r"(?:him|her|them)|(?:really |so |terribly )?miss(?:ing)? (?:him|her|them|the (?:kids|children|"
             r"grandchildren))|so far (?:away|from)|other side of the world|only see (?:him|her|them) "
             r"(?:once|on|at))\b")
# A place where they meet people is closing: a loss of company, not of a job.
PLACE_CLOSING = (r"\b(?:clos(?:ing|e) down|closing|to close|shut(?:ting)? down|shutting|closed down|being closed|"
                 r"losing|(?:they'?ve|they have|have|has) (?:closed|shut))\b[^.!?]{0,25}\b(?:day cent(?:re|er)|lunch "
                 r"club|social club|library|community (?:cent(?:re|er)|hall)|church|chapel|post office|coffee morning|"
                 r"drop-?in|club i go to|group i go to)\b|\b(?:day cent(?:re|er)|lunch club|social club|library|"
                 r"community (?:cent(?:re|er)|hall)|church|chapel|post office|coffee morning)\b[^.!?]{0,12}\b(?:is |'s "
                 r"|are )?(?:closing|to close|shutting|being closed|closed down)\b")
# Getting back what an illness or injury took: good news about health.
MOBILITY_BACK = (r"\b(?:stop using|do without|get rid of|manage without|walk without|give up|come off|be off) "
                 r"(?:the|my|his|her) (?:zimmer |walking )?(?:frame|stick|walker|wheelchair|crutches|oxygen|sling|"
                 r"cast|catheter|brace|dialysis)\b|\b(?:no longer|don'?t|won'?t) need (?:the|my|his|her) "
                 r"(?:zimmer |walking )?(?:frame|stick|walker|wheelchair|crutches|oxygen|sling)\b|\b(?:cast|plaster|"
                 r"stitches|bandages?) (?:is|are|came|come|comes|were taken|was taken) off\b|\bcan (?:drive|walk|swim|"
                 r"dance|go back to work) again\b|\bcan (?:hear|see|read) (?:\w+ ){0,3}again\b|\b(?:hearing aids?|new "
                 r"glasses|cataract \w+)\b(?![^.!?]{0,20}\b(?:stopped|not|never|broke\w*|no "
                 r"longer)\b|[^.!?]{0,20}n't\b)"
                 r"[^.!?]{0,20}\b(?:work|working|brilliant\w*|wonderful\w*|amazing\w*)\b|"
                 r"\bwalked\b[^.!?]{0,40}\bwithout (?:my|a|the|any) (?:zimmer |walking )?(?:stick|frame|walker|"
                 r"crutches|help)\b")
# Food or hosting that went down well: a success, however small.
HOSTING_SUCCESS = (r"\b(?:asked for (?:seconds|more|the recipe)|(?:went|gone|goes) down (?:a treat|well|a storm)|"
                   r"(?:everyone|everybody|they all|all of them|the kids|the grandchildren|the family|my family|"
                   r"the whole family|my guests) (?:loved|enjoyed|liked|devoured|wolfed|raved about) (?:it|my|the)|"
                   r"cleared (?:their|the|every) plates?|licked (?:their|the) plates?|not a crumb left)\b")
# A household mishap: annoying, not a tragedy ("I burnt the dinner", "I dropped the vase").
MISHAP = (r"\b(?:burnt|burned|overcooked|spilled|spilt|dropped|smashed|broke|ruined|forgot to (?:turn on|switch on|"
          r"defrost)) (?:the|my|our|all the|a) (?:\w+ )?(?:dinner|tea|toast|cake|roast|pie|lunch|rice|pan|casserole|"
          r"soup|chips|bread|mug|cup|plate|glass(?:es)?|vase|eggs|jam|gravy|custard|sauce|biscuits|trifle|sponge)\b")
# Being passed around by a company: a frustration, not a personal rejection.
RUNAROUND = (r"\b(?:keep|kept|keeps) (?:transferring|passing|putting) (?:me|us)\b|\b(?:on hold|in a queue)(?: (?:with|"
             r"to) (?:the|my) \w+(?: \w+)?)? for (?:an? |\w+ )?(?:hours?|minutes?|ages)\b|\bpassed (?:me |us "
             r")?(?:around|from pillar to post|from one department)|\brun-?around\b|\b(?:minutes|hours?|ages) (?:on "
             r"hold|in a queue)\b|\b(?:cancel|close) (?:this|my|the|our) (?:phone |mobile |broadband |gym "
             r")?(?:contract|account|subscription|membership)\b")
# Being told to leave their home: a housing worry.
EVICTION = (r"\bevict\w*|\basked (?:me |us )?to (?:leave|move out of) (?:my|our|the) (?:flat|house|home|bungalow)\b|"
            r"\b(?:they'?re|landlord(?:'?s| is| has)|he'?s|she'?s) (?:selling|sold) (?:it|the (?:flat|house)|my "
            r"(?:flat|home))\b|\b(?:have|has|need|needs|got) to (?:be out|move out|get out|leave)\b[^.!?]{0,15}\bby\b|"
            r"\bnotice to (?:quit|leave)\b|\b(?:given|gave|giving) (?:us|me) (?:\w+ ){0,2}(?:weeks?|days?|"
            r"months?)(?:'? notice)? to (?:leave|move out|get out|find somewhere|vacate)\b|\b(?:kicking|throwing|"
            r"chucking) (?:us|me) out\b")
# Someone with dementia no longer knows them: a grief while they are still here.
NOT_RECOGNISED = (r"\b(?:doesn'?t|didn'?t|does not|did not|no longer|can'?t|couldn'?t|won'?t) (?:even |"
                  r"always )?(?:recogni[sz]e (?:me|us)|(?:know|remember) who i (?:am|was)|remember my name|know me|"
                  r"remember (?:our|my) (?:wedding|anniversary|children|kids|grandchildren|names?|life together))\b|"
                  r"\bforg(?:ot|otten|ets|etting) who i (?:am|was)\b|\bthinks i'?m (?:his|her) (?:mother|mum|sister|"
                  r"brother|wife|husband|dad|father)\b")
# A wedding anniversary of their own, still together: a celebration (a late spouse's is grief).
ANNIVERSARY = (r"\brenew(?:ing)? (?:our |my )?(?:wedding )?vows\b|\b(?:our|my) (?:\w+ )?(?:wedding )?anniversary\b|"
               r"\b(?:golden|ruby|silver|diamond|pearl) (?:wedding|anniversary)\b|\bmarried (?:for )?(?:\w+ )?(?:years|"
               r"decades) (?:this|on|next|today|tomorrow)\b|\bmarried (?:to (?:my|him|her) ?\w* )?(?:for )?"
               r"(?:\w+[- ])?\w+ years\b")
_LATE_SPOUSE = r"\bwould have been\b|\bsince (?:he|she) (?:died|passed|went)\b|\bmy late\b|\banniversary without\b"
_ANNIVERSARY_GRIEF = (r"\bwould have been\b|\bwithout (?:him|her|my)\b|\bsince (?:he|she) (?:died|passed|went)\b|"
                      r"\blate\b")
# Weight lost on purpose, told as good news ("I've lost three stone since January!").
WEIGHT_LOST = r"\b(?:lost|shed|dropped) (?:\w+ ){0,2}(?:stones?|pounds|lbs|kilos?|kg|weight)\b"
_ON_PURPOSE = r"!|\b(?:diet\w*|slimming|gym|target|goal|exercis\w*|walking|swimming|healthy|fitter|proud|thrilled)\b"
# Someone's snoring, noise or habits keeping them awake: a frustration, not an illness.
SNORING = r"\bsnor(?:e|es|ed|ing)\b"
# Being told to give up what keeps them independent (driving, living alone): a blow, met with anger.
INDEPENDENCE = (r"\b(?:says?|said|thinks?|told me|want(?:s)? me to|keeps? telling me)\b[^.!?]{0,25}\b(?:shouldn'?t|"
                r"should stop|can'?t|(?:to )?stop|(?:to )?give up|not to) (?:be )?(?:driv\w+|cope (?:on my own|alone|"
                r"by myself)|liv\w+ (?:on my own|alone|by myself)|cook\w*|go out|manage|look after myself)\b|\b(?:took|"
                r"taken|taking) (?:away )?my (?:car keys|keys|licen[cs]e)\b|\bworried about me (?:living|being|"
                r"managing) (?:on my own|alone|by myself)\b")
# Something of theirs was stolen: a violation as well as a loss.
THEFT = (r"\b(?:stole|nicked|pinched|swiped)\b(?! (?:the show|my heart|a kiss|a glance|a look))|\b(?:smashed|"
         r"vandalis\w*|keyed|slashed|kicked in|scratched|dented|graffitied|sprayed paint on) (?:my|our)\b|\b(?:my|"
         r"our) (?:car|van|bike)(?:'s| has| was| got)? (?:been )?(?:scratched|keyed|vandalised|dented)\b|\b(?:was|"
         r"were|got|been|has been|have been|had) (?:\w+ )?(?:stolen|nicked|pinched)\b|\b(?:stolen|pinched|"
         r"nicked) (?:from|outside|off|out of)\b")
# An injury that already happened (bitten, a sprain, stitches): a health worry, not a failure.
INJURY = (r"\b(?:bit|bitten|scratched|stung|sprained|twisted|broke|broken|fractured|cracked|dislocated|burnt|burned|"
          r"cut|gashed) (?:me(?! (?:off|short|up|out|in)\b)|my (?:hand|arm|leg|ankle|wrist|finger|thumb|foot|toe|knee|"
          r"hip|shoulder|back|rib|ribs|nose|elbow|face|head))\b|\bneeded (?:\w+ )?stitches\b|\bhad (?:\w+ )?stitches\b")
# Boredom: a slow day, not loneliness.
BORED = r"\b(?:so |really |a bit |bit |dead |terribly )?bored\b|\bnothing (?:on the (?:telly|tv|radio)|to do)\b"
# Not being listened to by someone close: a frustration and a hurt, not a worry about them.
NOT_HEARD = (r"\b(?:never|doesn'?t|don'?t|won'?t|not|nobody|no one|no-one|noone) (?:ever )?(?:listen|listens|"
             r"listening)\b|\bignores? (?:me|what i say)\b|\btreats? me like (?:a child|an idiot|a baby)\b|"
             r"\btalks? (?:down )?to me like\b")
# Weather that frightens them: a practical worry (light, heat, someone to call).
BAD_WEATHER = (r"\b(?:storms?|gales?|high winds|flood\w*|snow\w*|heatwave|hurricane|thunder\w*|lightning|ice|icy)\b")
_AFRAID = r"\b(?:frightened|scared|afraid|terrified|worried|nervous|anxious|dread\w*)\b"
# A thing they rely on let them down (a hearing aid, the boiler): annoying, not lonely or a failure.
BROKEN_AID = (r"\b(?:hearing aid|glasses|walking stick|wheelchair|scooter|phone|telly|tv|boiler|heating|fridge|freezer|"
              r"washing machine|kettle|oven|cooker|car|lift|stairlift|pendant|alarm|radio|computer|tablet|laptop)s?\b"
              r"[^.!?]{0,30}\b(?:stopped working|broke|broken|packed up|died|not working|won'?t work|isn'?t working|"
              r"gave up|conked out|keeps? whistling|whistl\w*|squeal\w*)\b")
# The bins or recycling not collected: an annoyance with the council, not a sorrow.
BINS_MISSED = (r"\b(?:forgot|forgotten|missed|skipped|didn'?t|haven'?t|hasn'?t|never|not)\b[^.!?]{0,25}\b(?:empty|"
               r"emptied|collect\w*|pick(?:ed)? up|take|taken|took)\b[^.!?]{0,25}\b(?:bins?|rubbish|recycling|"
               r"refuse|our street|our road)\b|\b(?:bins?|rubbish|recycling|refuse)\b[^.!?]{0,25}\b(?:not|never|"
               r"wasn'?t|weren'?t|hasn'?t|haven'?t) (?:been )?(?:emptied|collected|picked up|taken)\b|\b(?:bin ?men|"
               r"bin lorry|council|they)\b[^.!?]{0,25}\b(?:missed|skipped|forgot|didn'?t (?:come|empty|collect)|never "
               r"(?:came|emptied|collected))\b[^.!?]{0,25}\b(?:bins?|rubbish|recycling|us|our street|our road)\b")
# So tired or breathless that the stairs are hard: worth a doctor's look, not an emergency.
WORN_OUT_STAIRS = (r"\b(?:tired|exhausted|worn out|out of breath|breathless|puffed|weak|wiped out|"
                   r"no energy)\b[^.!?]{0,40}\b(?:barely|hardly|can'?t|cannot|struggle to|"
                   r"struggling to) (?:even )?(?:get|climb|walk|manage|make it) (?:up )?(?:the |my )?(?:stairs|steps|"
                   r"hill|to the shops|to the end of the road)\b")
# Made to feel stupid by a professional or a service: belittled, not their own fault.
MADE_TO_FEEL_SMALL = (r"\b(?:made (?:me|us)|(?:was|were|got|been|am|felt) made to) feel (?:so |really |very |"
                      r"like )?(?:stupid|an idiot|a fool|thick|silly|small|useless|a nuisance|a time ?waster|daft|dim|"
                      r"a child|a kid|a baby|a burden)\b|\b(?:talked|talks|spoke|speaks) down to (?:me|us)\b|"
                      r"\bpatroni[sz]ed (?:me|us)\b")
# A holiday or trip called off because someone is unwell: disappointment and worry at once.
TRIP_OFF_ILL = (r"\b(?:cancel\w*|call(?:ed)? off|not going on|can'?t go on|miss(?:ing)?|had to miss|postpone\w*)\b"
                r"[^.!?]{0,25}\b(?:holiday|trip|cruise|break|getaway|weekend away)\b[^.!?]{0,30}\b(?:not well|unwell|"
                r"ill|poorly|sick|in hospital|(?:his|her|my|their) health|operation|fall|broke)\b")
# Letters about a debt that is not theirs: a mistake or fraud to be challenged, not paid.
DEBT_NOT_MINE = (r"\b(?:debts?|bills?|loans?|arrears|fines?|charges?)\b[^.!?]{0,30}\b(?:isn'?t|is not|aren'?t|are not|"
                 r"wasn'?t|weren'?t|never) (?:mine|ours|my|our|me|us)\b|\bnever (?:took out|had|borrowed|"
                 r"signed up for)\b[^.!?]{0,20}\b(?:loan|credit card|debt|catalogue|contract)\b|\b(?:loan|credit card|"
                 r"debt|catalogue|contract)\b[^.!?]{0,20}\b(?:i|we) (?:never|didn'?t) (?:took|take|taken) out\b|"
                 r"\b(?:debt|money) (?:i|we) (?:don'?t|didn'?t|never) (?:owe|borrow\w*)\b")
# A boiler or heating that bangs or gurgles: needs an engineer, usually not dangerous.
BOILER_NOISE = (r"\b(?:boiler|heating|radiators?|pipes)\b[^.!?]{0,30}\b(?:bang\w*|knock\w*|clunk\w*|gurgl\w*|"
                r"rumbl\w*|whistl\w*|noises?|noisy|leak\w*|dripping|losing pressure)\b")
# A smoke alarm chirping: a low battery, not a fire.
ALARM_CHIRP = (r"\b(?:smoke|fire) (?:alarm|detector)s?\b[^.!?]{0,30}\b(?:beep\w*|chirp\w*|bleep\w*|peep\w*)\b")
# Someone estranged for years has got back in touch: hope and wariness at once.
REACHED_OUT = (r"\b(?:just|finally|suddenly|out of the blue|today|yesterday|has|have)\b[^.!?]{0,15}\b(?:messaged|"
               r"texted|rang|rung|phoned|called|written|wrote|emailed|sent me|got in touch|been in touch|contacted)\b")
# Told someone close hasn't long to live: a grief that has begun.
NOT_LONG_LEFT = (r"\b(?:hasn'?t|has not|haven'?t|not) (?:got )?(?:long|much time)(?: left)?\b|\b(?:weeks|days|"
                 r"months) to live\b|\bnothing more (?:they|the doctors|anyone) can do\b")
# Someone close moved to end-of-life (palliative) care: a grief that has begun.
END_OF_LIFE_CARE = (r"\b(?:end[- ]of[- ]life|palliative|comfort) care\b|\bend[- ]of[- ]life (?:ward|unit|plan|pathway|"
                    r"stage)\b")
# Told they (or someone close) may never walk, drive or work again: a loss of ability foretold.
NEVER_AGAIN = (r"(?:\bnot|\bnever|n't) (?:be able to |ever )?(?:walk|drive|work|dance|run|swim|garden|cycle|play|"
               r"live on (?:my|his|her|their) own|go home)\b[^.!?]{0,20}\bagain\b")
# Someone close keeps getting lost on familiar ways: a memory check, and ways to keep them safe.
GETS_LOST = (r"\b(?:keeps?|kept|has been|have been|started|starting to|is) (?:getting|get) lost\b|\bgot lost (?:on the "
             r"way|coming home|going (?:to|home)|walking|driving|in (?:town|the shop|the supermarket))\b")
# Hurtful words from someone close about their worth as a parent or partner: a hurt, not a guilt.
CALLED_BAD_PARENT = (r"\b(?:said|says|told me|called me|thinks|shouted|screamed)\b[^.!?]{0,12}\b(?:i was|i'?m|i am|"
                     r"that i was|that i'?m|me)? ?(?:a|an) (?:rubbish|terrible|bad|awful|useless|crap|shit|lousy|"
                     r"horrible|dreadful|selfish) (?:mother|mum|mom|dad|father|parent|wife|husband|gran|grandma|"
                     r"grandad|nan|grandmother|grandfather|daughter|son|sister|brother|friend)\b")
# Parcels taken from the doorstep: report it, and safer ways to get deliveries.
PARCELS_STOLEN = (r"\b(?:stealing|stole|stolen|nick\w*|pinch\w*|taken|taking|took|swip\w*)\b[^.!?]{0,20}\b(?:parcels?|"
                  r"packages?|deliver\w*)\b|\b(?:parcels?|packages?|deliver\w*)\b[^.!?]{0,25}\b(?:stolen|nicked|"
                  r"taken|gone missing|went missing|disappear\w*)\b")
# Asked to speak at a funeral, and afraid they can't: help with it, not only the loss.
FUNERAL_SPEECH = (r"\b(?:speech|eulogy|reading|tribute|say a few words|speak|read (?:a|"
                  r"the) poem)\b[^.!?]{0,30}\b(?:funeral|service|memorial|cremation)\b|\b(?:funeral|service|"
                  r"memorial)\b[^.!?]{0,30}\b(?:speech|eulogy|reading|tribute|say a few words|speak)\b")
# Someone in the family has come out (and another takes it badly): support them, and the one caught between.
FAMILY_CAME_OUT = (r"\b(?:my|our) (?:\w+ )?(?:son|daughter|grandson|granddaughter|nephew|niece|brother|sister|child|"
                   r"kid|grandchild|boy|girl)\b[^.!?]{0,20}\b(?:came|has come|'s come|come|is coming) out(?: (?:to|as|"
                   r"and|but)\b|\s*(?:[.!?,]|$)| (?:last|yesterday|today|this)\b)|\b(?:told|tells|telling) (?:us|me|"
                   r"the family|everyone) (?:that )?(?:he|she|they)(?:'s| is|'re| are) (?:gay|lesbian|bi|bisexual|"
                   r"trans|transgender|queer|non-binary)\b|\b(?:he|she|they)(?:'s| has| have)? (?:just )?(?:came|"
                   r"come) out (?:to (?:us|me|the family)|as)\b")
# "He's going to kill me when he sees the dent": in trouble, said for a laugh (a threat told with harm or fear
# is read by the concern detector and SERIOUS).
IN_TROUBLE = (r"\b(?:going to|gonna|will|'ll) (?:kill|murder|strangle|throttle|"
              r"have my guts for garters) me\b[^.!?]{0,6}\b(?:when|if|for|because|after)\b(?![^.!?]{0,40}\b(?:again|"
              r"last time)\b[^.!?]{0,10}\b(?:hit|hurt|beat)\w*)")
_HARM_OR_FEAR = (r"\b(?:hit|hits|hurt|hurts|beat|beats|punch\w*|slap\w*|kick\w*|push\w*|shov\w*|scared|afraid|"
                 r"terrified|frightened|threaten\w*|last time|weapon|knife|means it|meant it|serious)\b")
# Angry with someone close, so angry they can't think: anger to let out, not worry.
ANGRY_WITH = (r"\b(?:so |really |absolutely |bloody )?(?:angry|furious|livid|fuming|cross|mad) (?:with|at) (?:my|our|"
              r"him|her|them)\b")
# Overwhelmed and unseen ("drowning and nobody can see it"): distress to ask about gently.
DROWNING = (r"\b(?:drowning|going under|falling apart|sinking|can'?t keep my head above "
            r"water)\b[^.!?]{0,40}\b(?:nobody|no one|no-one|nobody can|can'?t see|notices?|knows?)\b|"
            r"\bi feel like i'?m (?:drowning|going under|falling apart|sinking)\b")
# Youths throwing stones or eggs at the house: antisocial behaviour to report.
STONES_AT_HOUSE = (r"\b(?:throw\w*|threw|chuck\w*|lobb\w*) (?:stones|rocks|eggs|bricks|things|"
                   r"stuff)\b[^.!?]{0,20}\b(?:at|over|through)\b[^.!?]{0,15}\b(?:my|our|the) (?:windows?|house|door|"
                   r"car|garden|fence)\b")
# A partner hiding money: a trust worry (debts, a secret, or control), not a breakup.
HIDING_MONEY = (r"\b(?:hiding|hides|hid|hidden|keeping|secret\w*)\b[^.!?]{0,10}\b(?:money|debts?|bank statements?|"
                r"accounts?|spending|bills?)\b[^.!?]{0,15}\bfrom me\b|\b(?:secret|hidden) (?:bank )?(?:account|debts?|"
                r"credit cards?|loans?)\b")
# A son's or daughter's partner gone, with the grandchildren: worry for them, and for seeing the children.
GRANDCHILDREN_TAKEN = (r"\b(?:left|walked out on) (?:my|our) (?:son|daughter)\b[^.!?]{0,30}\b(?:taken|took|"
                       r"taking) (?:the|their|my|our) (?:kids|children|grandchildren|baby|little ones)\b")
# Their street or home to be knocked down: a home to lose, with rights to rehousing.
DEMOLITION = (r"\b(?:street|road|block|flats?|estate|house|home|bungalow|houses)\b[^.!?]{0,25}\b(?:knocked down|"
              r"demolish\w*|pulled down|bulldozed|redeveloped|compulsory purchase)\b|\bcompulsory purchase\b|"
              r"\b(?:demolish\w*|knock(?:ing)? down|pull(?:ing)? down|bulldoz\w*)\b[^.!?]{0,15}\b(?:our|my|"
              r"the) (?:street|road|block|flats?|estate|house|home|bungalow|houses)\b")
# Kept from helping with a new baby: a hurt that usually eases.
NOT_LET_HELP = (r"\b(?:won'?t|doesn'?t|don'?t|wouldn'?t|never) (?:let|want) me (?:to )?(?:help|hold|see|look after|"
                r"babysit|do anything)\b[^.!?]{0,25}\b(?:baby|grandchild\w*|little one|newborn|kids|children)\b")
# Meeting a birth parent or a lost relative for the first time: nerves and hope.
MEETING_BIRTH_FAMILY = (r"\b(?:meet|meeting|met|see|seeing) (?:my )?(?:birth (?:mother|mum|father|dad|parents?|family)|"
                        r"(?:half[- ])?(?:brother|sister) for the first time|(?:son|daughter|mother|father) for the "
                        r"first time in)\b")
# Someone confused or with dementia hitting out at them: the doctor or memory team, and their own safety.
LASHING_OUT_CONFUSED = (r"^(?=.*\b(?:confused|muddled|agitated|disoriented|dementia|alzheimer'?s)\b)(?=.*\b(?:(?:hit|"
                        r"hits|hitting|push\w*|shov\w*|kick\w*|scratch\w*|slap\w*|grab\w*|hurt\w*|punch\w*|"
                        r"bit|bites|biting) (?:me|us|out)\b|lash\w* out|(?:gets?|getting|is|'s|has been|become|"
                        r"becomes) (?:so |really |very )?(?:aggressive|violent)\b))")
# Selling the family home, or the memories it holds: a big step, bittersweet however right.
SELLING_HOME = (r"\b(?:sell|selling|sold) (?:the|my|our|the family) (?:house|home|bungalow)\b|\b(?:leav(?:e|ing)|"
                r"mov(?:e|ing) out of) (?:the|our) family home\b|\b(?:house|home) (?:is |'s )?"
                r"(?:on the market|up for sale|going up for sale)\b|\b(?:it'?s|it is|that'?s|this is) where (?:we|i) "
                r"(?:raised|brought up|grew up|had) (?:the|our|my) (?:kids|children|family|boys|girls)\b")
# An old trouble back ("it was my heart again"): frightening, and what happens now.
SAME_AGAIN = (r"^\W*(?:and )?(?:it was|it'?s|they said it was|turns out it was) (?:my|his|her|their) (?:heart|chest|"
              r"lungs?|kidneys?|liver|sugar|sugars|blood pressure|stomach|bowel|bladder|waterworks|breathing|angina|"
              r"epilepsy|asthma|copd) (?:again|playing up again|acting up again)\W*$")
# Afraid of losing their job soon: a worry to face, and rights at any meeting.
# Told their job is at risk: a worry to face, and rights in the process (FEAR_SACKED has the reply).
JOB_AT_RISK = (r"\b(?:my|our|his|her) (?:job|jobs|post|role|position)(?:'s| is| are| has been)? (?:\w+ )?at risk\b|"
               r"\bat risk of (?:redundancy|being made redundant)\b|\bredundancies (?:are )?(?:coming|announced|"
               r"planned)\b")
FEAR_SACKED = (r"\b(?:think|feel like|reckon|worried|scared|afraid|sure|bet)\b[^.!?]{0,15}\b(?:i'?m|i am|i'?ll|im) "
               r"(?:gonna |going to |about to )?(?:get |be |being )?(?:sacked|fired|let go|laid off|made redundant)\b")
# Compared with a brother or sister by a parent: it stings.
COMPARED_TO = (r"\b(?:compar\w+) me (?:to|with) (?:my|his|her) (?:sister|brother|cousin|friend|siblings?)\b|"
               r"\bwhy can'?t (?:i|you) be (?:more )?like (?:my|your) (?:sister|brother)\b")
# Shut away in their room for days: low mood to ask about.
SHUT_IN = (r"\b(?:haven'?t|have not|not|hardly|barely) (?:left|been out of|come out of|got out of) (?:my|the) (?:room|"
           r"bed|flat|house)\b[^.!?]{0,15}\b(?:days|a week|weeks|\w+ days)\b")
# An exam very soon and not ready: steady them for it.
EXAM_UNREADY = (r"\b(?:exam|test)\b[^.!?]{0,40}\b(?:haven'?t|have not|not|didn'?t|barely|hardly) (?:even )?(?:revised|"
                r"studied|prepared|done any (?:revision|work)|revise|study|prepare)\b|\b(?:haven'?t|have not|"
                r"didn'?t) (?:revised|studied|prepared)\b[^.!?]{0,25}\b(?:exam|test)\b")
# Found out they were adopted: a shock about who they are.
FOUND_ADOPTED = (r"\b(?:found out|just learned|discovered|been told|told me) (?:that )?(?:i'?m|i am|i was|im) "
                 r"adopted\b")
# A child excluded or suspended from school: a worry, and the school's process.
EXCLUDED = (r"\b(?:excluded|suspended|expelled|sent home)\b[^.!?]{0,15}\b(?:from )?(?:school|college|nursery)\b|"
            r"\b(?:school|college)\b[^.!?]{0,15}\b(?:excluded|suspended|expelled) (?:him|her|them|my \w+)\b")
# Partners wanting different things (another baby, to move): hard, and to be talked through.
WANT_DIFFERENT = (r"\b(?:husband|wife|partner|boyfriend|girlfriend|he|she)\b[^.!?]{0,10}\bwants? (?:another|a|"
                  r"to have a|more) (?:baby|child|kids|children)\b[^.!?]{0,15}\b(?:i don'?t|i do not|but i|"
                  r"and i (?:don'?t|really don'?t))\b|\b(?:i|we) want (?:different|opposite) things\b")
# A child's first day at school, tears after: a bittersweet milestone.
FIRST_SCHOOL_DAY = (r"\b(?:started|starts|first day (?:at|of)) (?:big )?(?:school|nursery|reception|primary|"
                    r"secondary)\b[^.!?]{0,40}\b(?:cried|crying|tears|sobbed|lump in my throat|emotional|miss (?:him|"
                    r"her|them))\b")
# Frightened at night since a death: grief at night, with small comforts.
NIGHT_FEAR_GRIEF = (r"\b(?:frightened|scared|afraid|nervous|terrified)\b[^.!?]{0,20}\b(?:dark|night|nights|bedtime|"
                    r"on my own at night)\b[^.!?]{0,25}\b(?:since|after) (?:my|our|he|she) (?:\w+ )?(?:died|passed|"
                    r"went|lost)\b")
# A pet that didn't wake (from hibernation, in its sleep): a death.
PET_DIDNT_WAKE = (r"\b(?:tortoise|hamster|dog|cat|rabbit|guinea pig|budgie|bird|parrot|pet|gerbil|ferret)\b[^.!?]{0,20}"
                  r"\b(?:didn'?t|did not|never) wake(?: up)?\b|\bdied (?:in|during) (?:hibernation|(?:his|her|its) "
                  r"sleep)\b")
# Prescriptions they can't afford: help with the cost, and never go without.
PRESCRIPTION_COST = (r"\b(?:can'?t|cannot|couldn'?t|struggling to) (?:afford|pay for) (?:my |the |to pay for (?:my )?)?"
                     r"(?:prescriptions?|medication|medicines?|tablets|inhalers?|meds)\b")
# Dozing off in the day: common, and worth the doctor's ear when it's new.
DAYTIME_DOZING = (r"\b(?:keep|kept|keeps|always|constantly|been) (?:on )?(?:falling|nodding|dropping|dozing) (?:off|"
                  r"asleep)\b[^.!?]{0,30}\b(?:chair|day|afternoon|sofa|settee|telly|tv|morning)\b")
# Someone close forgetting their tablets: simple aids, and a word with the doctor.
FORGETS_TABLETS = (r"\b(?:husband|wife|mum|mom|mother|dad|father|gran\w*|nan|grandad|he|she|partner)\b[^.!?]{0,20}\b(?:"
                   r"forget\w*|forgot|keeps? missing|not remembering) (?:to take )?(?:his|her|their) (?:tablets|pills|"
                   r"medication|medicine|meds|insulin|inhaler)\b")
# Someone close forgetting to eat: practical help, and a memory check.
FORGETS_TO_EAT = (r"\b(?:husband|wife|mum|mom|mother|dad|father|gran\w*|nan|grandad|he|she|partner)\b[^.!?]{0,20}\b(?:"
                  r"forget\w*|forgot|keeps? forgetting|not remembering) to (?:eat|have (?:his|her|their) (?:meals?|"
                  r"lunch|dinner|tea))\b")
# Test results lost by the surgery or hospital: a frustration, and how to chase them.
RESULTS_LOST = (r"\b(?:lost|mislaid|can'?t find) (?:my|his|her|the) (?:\w+ )?(?:test )?(?:results|samples?|scan|"
                r"x-?rays?|referral|notes|records)\b")
# Shingles: painful, and treatable early.
SHINGLES = r"\bshingles\b"
# Offered a flat high up: a worry (lifts, stairs), with a right to ask again.
HIGH_FLAT = (r"\b(?:move|moving|put|offered|rehouse\w*)\b[^.!?]{0,30}\b(?:tenth|ninth|eighth|seventh|twelfth|"
             r"fifteenth|top|\d+(?:th|st|nd|rd))[- ]floor\b")
# A new gadget they can't work out: help, step by step.
NEW_GADGET = (r"\b(?:don'?t|do not|can'?t|cannot) (?:know how to |work out how to |figure out how to |get the hang of "
              r"|seem to )?(?:use|work|get on with)\b[^.!?]{0,15}\b(?:the |this |my |new )*(?:phone|mobile|tablet|"
              r"ipad|laptop|computer|smart ?phone|remote|telly|tv|kindle)\b")
# Told they are too old for something: a hurt, and simply untrue.
TOO_OLD = r"\btoo old (?:to|for)\b(?! (?:live|be living|manage|cope) (?:on my own|alone|by myself))"
# An official letter they cannot make sense of: a practical worry.
CONFUSING_LETTER = (r"\b(?:letter|form|bill|statement|paperwork|forms)\b[^.!?]{0,60}\b(?:don'?t|can'?t|couldn'?t|"
                    r"didn'?t) (?:understand|make sense of|follow)\b")
# Money lent to someone close and not paid back: a grievance, not a money worry.
NOT_PAID_BACK = (r"\b(?:borrow\w*|lend\w*|lent|owes?) (?:me )?(?:\w+ ){0,2}(?:money|pounds|quid|dollars)?[^.!?]{0,40}"
                 r"\b(?:never|doesn'?t|won'?t|not|hasn'?t) (?:\w+ )?(?:pays?|paid|give|given|gives) (?:it |me )?back\b")
# Something precious they cannot find: a worry and a loss, not a grief.
LOST_ITEM = (r"\b(?:(?:can'?t|cannot|couldn'?t) find|lost|misplaced) (?:my|our|the) (?:\w+ )?(?:ring|keys|purse|"
             r"wallet|glasses|watch|phone|hearing aids?|teeth|dentures|bag|handbag|bus pass|cards?|medication|"
             r"tablets|pills|remote|locket|necklace|brooch|photos?|photographs?|letters?)\b")
# Shouted at or hung up on by someone: a hurt from them.
SHOUTED_AT = (r"\b(?:shouts?|shouted|shouting|yell\w*|screamed|screams|swore|swears|snapped|snaps|had a go|has a go|"
              r"keeps having a go) at me\b|\bhung up on me\b|\bat me\b[^.!?]{0,30}\bhung up\b")
# Not out of the house for a long time: isolation.
HOUSEBOUND = (r"\bsince i(?:'ve| have)? (?:last )?(?:left|been out of|got out of) the (?:house|flat|home)\b|"
              r"\bhaven'?t (?:left|been out of) the (?:house|flat) (?:for|in|since)\b|\bcan'?t get out (?:of the "
              r"house|anymore|any more)\b|\bstuck (?:in|at) (?:the house|home|indoors) (?:all|for)\b")
# Aches that flare up again ("my back's playing up"): a nuisance illness.
ACHES_FLARING = (r"\b(?:back|knees?|hips?|shoulder|arthritis|sciatica|gout|neck)(?:'s|'re| is| are| has| have)?"
                 r"(?: been)? (?:playing up|"
                 r"giving me (?:gyp|grief|jip)|bad again|flared up|flaring up)\b")
# A minor illness: a miserable few days, not a health scare.
MINOR_ILLNESS = (r"\b(?:a|this|horrible|bad|stinking|streaming|rotten|heavy|nasty) (?:cold|chesty cough|cough|"
                 r"tummy bug|bug|sore throat|head cold|sniffles)\b|\b(?:under the weather|full of cold)\b|"
                 + ACHES_FLARING)
# A visit from someone (the vicar for tea, a friend who dropped by): company, a small joy.
VISIT = (r"\b(?:came|popped|dropped|called) (?:round|over|in|by)\b|\bcame to (?:see|visit) (?:me|us)\b|\bvisited "
         r"(?:me|us)\b|\bhad a (?:visit|visitor|visitors) from\b|\bcame for (?:a cup of )?(?:tea|coffee|lunch)\b")
# Hearing from someone (a letter, a call out of the blue): a small joy.
HEARD_FROM = (r"\b(?:got|had|received|there was) (?:a |an )?(?:lovely |long |surprise |nice |unexpected )?"
              r"(?:letter|card|call|phone call|message|email|postcard|text) from\b|\b(?:rang|called|phoned|wrote to) "
              r"me (?:out of the blue|just to)\b")
# Home from hospital: good news about health.
HOME_FROM_HOSPITAL = (r"\b(?:going|coming|go|come|came|back) home from (?:the )?hospital\b|"
                      r"\b(?:being|been|getting|got) discharged\b|\bout of hospital\b")
# Money raised for a cause: an achievement shared.
RAISED = r"\braised (?:\w+ ){0,3}(?:pounds|quid|dollars|euros|money)\b|\braised (?:\w+ ){0,4}for (?:the|a|our)\b"
_NOBODY = r"\b(?:nobody|no one|no-one|never|not|n't|hasn'?t|haven'?t)\b"
# A pet that went missing and came back: a relief.
PET_BACK = (r"\b(?:(?:is|'s|she's|he's|it's|she is|he is|it is) (?:safely )?(?:home|back)|came (?:home|back)|turned up|"
            r"found (?:her|him|it|them))\b")
# "Got into" a school or a team is good news; "got into trouble", "a fight", "debt" is not.
GOT_INTO = (r"got in(?:to)?(?! (?:trouble|a fight|fights|a fistfight|an argument|arguments|a row|debt|a state|a mess|"
            r"bother|difficult(?:y|ies)|hot water|a scrape|drugs|a bad way|the wrong crowd)\b)")
# Someone close succeeded (a test passed, a job at last): their news, the speaker's pride.
OTHERS_SUCCESS = (r"\b(?:my|our) (?:grand)?(?:son|daughter|child|kids?|boy|girl|husband|wife|brother|sister|nephew|"
                  r"niece|partner)\b[^.!?]{0,25}\b(?:passed" + PASSED_NOT_DIED + r"|won(?!'t)|graduated|qualified|got "
                  r"(?:a|the|her|his|their) "
                  r"(?:\w+ )?(?:job|place|promotion|degree|offer|scholarship|bursary|award)|got (?:a|the) "
                  r"(?:scholarship|bursary|award)|" + GOT_INTO + r"|(?:was|been|has been|got) "
                  r"accepted)\b")
# A new friend: a joy, not a trophy.
NEW_FRIEND = (r"\b(?:made|making|found) (?:a |some |two |a couple of )?new friends?\b|\bmet (?:some|a few|such) "
              r"(?:lovely|nice|friendly|interesting) (?:people|ladies|men|folk)\b")
# A big birthday: a celebration (a late one's is grief).
BIG_BIRTHDAY = (r"\b(?:is|turns|turned|will be|'s|am|i'm) (?:\w+[- ])?(?:ninety|eighty|seventy|sixty|fifty|forty|"
                r"hundred|a hundred|\d{2,3})(?:[- ]\w+)? (?:today|tomorrow|this week|on \w+day|next week)\b|"
                r"\b(?:\d{2,3})(?:th|st|nd|rd) birthday\b|\b(?:ninetieth|eightieth|hundredth|seventieth|sixtieth|"
                r"fiftieth|fortieth|eighteenth|thirtieth|twenty-?first) birthday\b")
# Water coming in (a burst pipe, a leak through the ceiling): a household emergency, handled practically.
WATER_LEAK = (r"\bwater (?:is |'s )?(?:pouring|coming|leaking|dripping|gushing|pissing|running|flooding) (?:in |down )?"
              r"(?:through|from|out of|in|into|down)\b|\bburst (?:pipe|water main)\b|\b(?:kitchen|bathroom|house|flat|"
              r"hall|floor|ceiling) (?:is |has )?(?:flooded|flooding|soaked)\b|\bflooded (?:my|the|our) (?:kitchen|"
              r"bathroom|house|flat|hall|cellar|basement|living room|garage|bedroom)\b")
# Banter over a game ("he'd kill me if I beat him at cards again, ha!"): fun, not anger.
GAME_BANTER = (r"\b(?:(?:playing |play |a game of |game of |at )cards|chess|scrabble|monopoly|bingo|dominoes|darts|"
               r"the quiz|board games?|rummy|whist|crib|cribbage|snakes and ladders)\b")
_BANTER = r"\b(?:kill|murder|never forgive|sulk\w*|ha+|haha\w*|lol|cheat\w*|sore loser)\b"
# A new pet: a joy and company.
# (Not "I've got to have my cat's leg amputated": a pet of theirs, already there.)
_PET_KIND = r"(?:puppy|kitten|dog|cat|rabbit|budgie|bunny|guinea pig)\b(?!'s|s'| (?:is|has|was|needs?)\b)"
NEW_PET = (r"\b(?:got|getting|have got|bought|buying) (?:a |(?:a |our |my )new |(?:a |our |my )little )" + _PET_KIND
           + r"|\b(?:adopted|rescued|brought home|collected) (?:a |our |my |the )?(?:new |little )?" + _PET_KIND
           + r"|\bnew (?:puppy|kitten)\b(?!'s)")
# Plans that keep being cancelled: a hurt.
CANCELLED_ON = (r"\b(?:keeps? |kept )?cancell?(?:ing|ed|s) on (?:me|us)\b|\b(?:said|promised) (?:he|she|they)(?:'d|"
                r" would) (?:come|visit|call|ring)\b[^.!?]{0,15}\b(?:but|and then) (?:he|she|they) (?:cancell?ed|"
                r"didn'?t|never|couldn'?t)\b|\bcancell?ed (?:her|his|their|the|our) (?:visit|trip|plans|lunch|dinner|"
                r"day out)\b|\bstood (?:me|us) up\b|\blet (?:me|us) down again\b")
# Their own move into sheltered housing or a care home: a big step, often bittersweet.
MOVE_TO_CARE = (r"\b(?:i|we)(?:'m| am|'re| are| have to| might| may| will|'ll| could)? (?:be )?(?:\w+ )?(?:moving|move|"
                r"going) (?:in)?to (?:a |the )?(?:sheltered (?:housing|flat|accommodation)|care home|nursing home|"
                r"residential home|retirement (?:flat|village|home)|assisted living)\b|\babout (?:moving|going) "
                r"(?:in)?to (?:a |the )?(?:sheltered|care home|nursing home|residential|retirement|assisted)|"
                r"\b(?:moving|move|put) me (?:in)?"
                r"to (?:a |the )?(?:care|nursing|residential) home\b")
# A fine or a ticket: a frustration.
# Anxiety without a reason they can name: met as anxiety, not as a health worry.
ANXIOUS_NO_REASON = (r"\b(?:anxious|panicky|on edge|uneasy|worried|nervous)\b[^.!?]{0,40}\b(?:don'?t know why|for no "
                     r"reason|no idea why|can'?t (?:think|say) why)\b")
# Proud of something they did themselves.
PROUD_OF_MYSELF = r"\bproud of myself\b"
FINED = (r"\b(?:parking|speeding) (?:ticket|fine)\b|\bgot fined\b|\b(?:fined|gave) me (?:a fine )?for\b|\b(?:towed|"
         r"clamped) (?:my|our|the) (?:car|van)\b|\bcar (?:was |got |has been )?(?:towed|clamped)\b")
# A pet that is their company: warmth (and a hint of loneliness), not a worry.
PET_COMPANY = (r"\b(?:dog|cat|puppy|kitten|budgie|parrot|rabbit|pet)\b[^.!?]{0,40}\b(?:all i'?ve got|all i have|my "
               r"only (?:company|friend)|my best friend|keeps me going|keeps me company|what i'?d do without|comes? "
               r"(?:to visit|round to see|in to see) me)\b|"
               r"\bwhat i'?d do without (?:my|our) (?:dog|cat|puppy|kitten|budgie|parrot|rabbit|pet)\b")
# Kept waiting for hours (A&E, the surgery): a frustration, not a wait for results.
KEPT_WAITING = (r"\bkept (?:me|us) waiting\b|\bwaited (?:for )?(?:\w+ )?(?:hours|ages)\b|\b(?:been )?waiting (?:for )?"
                r"(?:over |more than |nearly |almost )?(?:\w+ )?(?:hours|ages)\b|\b\w+ hours? (?:in|at) "
                r"(?:a&e|a and e|casualty|the surgery|the waiting room|the hospital)\b|\b(?:sat|been|sitting) here "
                r"(?:for )?(?:over |nearly |almost )?(?:\w+ )?hours?\b")
# Clearing a late one's things: a grief task.
CLEARING_THINGS = (r"\b(?:clear(?:ed|ing)?(?: out)?|sort(?:ed|ing)? (?:out|through)|went through|going through|gave "
                   r"away|giving away|packed up|packing up) (?:my |our |his |her )?(?:late )?(?:husband|wife|mum|mom|"
                   r"dad|mother|father|son|daughter|partner|brother|sister)'s (?:things|clothes|wardrobe|room|"
                   r"belongings|stuff|shed|desk)\b|\b(?:finally )?(?:cleared|emptied|sorted) (?:out )?(?:his|her) "
                   r"(?:wardrobe|clothes|things|side of the wardrobe|drawers)\b")
# Tension at home ("walking on eggshells", his temper): a strain, and a gentle question about safety.
EGGSHELLS = r"\bwalking on eggshells\b|\b(?:scared|afraid|frightened) of (?:his|her) (?:moods?|temper)\b"
# A death that nobody noticed for days: a loss, and a worry of their own.
NOBODY_NOTICED = (r"\b(?:nobody|no one|no-one) (?:noticed|found (?:him|her)|knew)\b[^.!?]{0,20}\b(?:for|until)\b|"
                  r"\bwasn'?t found for\b")
# Someone close lost their job: a worry for them.
OTHERS_JOB_LOSS = (r"\b(?:my|our) (?:son|daughter|husband|wife|partner|brother|sister|grandson|granddaughter|"
                   r"son-in-law|daughter-in-law)(?:'s| has| is|'s been| has been| was| got)? (?:been )?(?:made "
                   r"redundant|laid off|sacked|fired|let go|lost (?:his|her|their) job)\b")
# Caring for someone full time and worn out: carer strain (the concern detector's gate, one pattern).
CARER_STRAIN = (r"\b(?:looking after|caring for|care for|nursing|(?:the |a |full[- ]time )?carer for) (?:my|our) "
                r"\w+\b[^.!?]{0,40}\b(?:exhausted|tired|worn out|shattered|can'?t cope|struggling|no break|"
                r"full[- ]time|24/7|day and night|on my own|(?:haven'?t|not) had a (?:day off|break|holiday|night "
                r"off|rest))\b|"
                + CANT_COPE_CARING + r"|\b(?:exhausted|worn out|shattered|run ragged|knackered|drained|tired out)\b"
                r"[^.!?]{0,15}\b(?:from |by )?(?:looking after|caring for|nursing) (?:my|our|him|her)\b")
# News of a serious illness, confirmed (not a wait for results): frightening news.
SERIOUS_DIAGNOSIS = (r"\bterminal\b|\bincurable\b|\b(?:weeks|months) to live\b|\bpalliative\b|\b(?:biopsy|scan|tests?|"
                     r"results?|x-?ray|mri)\b[^.!?]{0,30}\b(?:shows?|showed|confirm\w*|says?|said|"
                     r"found)\b[^.!?]{0,25}\b(?:cancer|malignant|a tumou?r|a growth)\b|\b(?:it'?s|it is|it was|they "
                     r"found|i(?:'ve| have)(?: got)?) (?:\w+ )?(?:cancer|a tumou?r|malignant)\b|\b(?:kidneys?|heart|"
                     r"liver|lungs?)(?: is| are|'s|'re)? (?:not|aren'?t|isn'?t) working (?:properly|well|right)\b|"
                     r"\b(?:kidney|heart|liver|renal) failure\b")
# The news feared, not told ("I'm terrified it's cancer", "what if it's a tumour").
FEARED = (r"\b(?:terrified|scared|afraid|worried|frightened|fear|convinced|what if|in case|hope|praying|might|may|"
          r"could|probably|think)\b[^.!?]{0,15}\b(?:it'?s|it is|it'?ll be|it will be|i'?ve got|i have|i'?ve)\b")
# The same news, denied ("it's not cancer", "benign", "nothing to worry about"): good news.
NOT_SERIOUS = (r"\b(?:scan|tests?|results?|biopsy|mammogram|smear|x-?ray|bloods?)(?:'s| was| were| is| are| came back| "
               r"have come back) (?:all )?(?:clear|fine|normal|negative|clean)\b|\bnot (?:cancer|malignant|terminal|"
               r"serious)\b|\bisn'?t (?:cancer|malignant|serious)\b|\bbenign\b|\ball clear\b|\bcancer[- ]free\b|"
               r"\bremission\b|\bnothing (?:to worry about|serious|sinister|to be worried about)\b|\bjust a (?:cyst|"
               r"fatty lump|harmless \w+)\b|\bharmless\b|\b(?:treatment|chemo\w*|radiotherapy|"
               r"immunotherapy)\b[^.!?]{0,15}\b(?:is |are |has been )?working\b|\b(?:tumou?r|lump|cancer|"
               r"growth)\b[^.!?]{0,15}\b(?:has |have |is )?(?:shrunk|shrinking|smaller|disappeared)\b|\b(?:blood "
               r"pressure|sugars?|blood sugar|cholesterol|iron|thyroid|heart rate|levels)(?:'s| is| are| was| were)? "
               r"(?:fine|normal|good|back to normal|under control|much better)(?: now)?\b")
_MEDICAL = (r"\b(?:cancer|remission|tumou?r|chemo\w*|doctors?|hospital|consultant|nurse|gp|specialist|scan|tests?|"
            r"results?|lump|mole|biopsy|x-?ray|mammogram|smear|growth|cyst)\b")
# A baby lost before or at birth: a bereavement.
BABY_LOST = r"\blost (?:the|our|my|a|her|their) baby\b|\bmiscarr\w*|\bstillb(?:orn|irth)\b|\bborn sleeping\b"
# Tears over a photo or a keepsake of someone close: grief.
KEEPSAKE_TEARS = (r"\b(?:(?:photos?|photographs?|pictures?|letters?|cards?|handwriting|voicemail|recording|jumper|"
                  r"coat)\b (?:of|from) (?:my |our )?(?:late )?(?:mum|mom|mother|dad|father|husband|wife|son|daughter|"
                  r"brother|sister|gran|grandma|grandad|nan|friend|best friend)|(?:his|her) (?:handwriting|voice on|"
                  r"writing|old (?:coat|jumper|scarf|glasses)))\b[^.!?]{0,40}\b(?:cry|cried|crying|tears|set me off|in "
                  r"bits|broke down|miss (?:him|her))\b")
# Alone on a day that is meant to be shared: loneliness at its loudest.
ALONE_ON_DAY = (r"\b(?:on my own|alone|by myself|(?:nobody|no one|no-one|noone) to (?:spend|share|"
                r"have))\b[^.!?]{0,30}\b(?:christmas|xmas|birthday|new year|easter|anniversary|bank holiday)\b|"
                r"\b(?:christmas|xmas|birthday|new year|easter) (?:on my own|alone|by myself)\b")
# Shunned after a death: people who keep away because they don't know what to say.
SHUNNED_AFTER_DEATH = (r"\b(?:invisible|cross(?:es)? the road|avoid(?:s|ing)? me|don'?t know what to say to me|"
                       r"stopped (?:calling|inviting|ringing|asking))\b[^.!?]{0,40}\b(?:died|passed|since (?:he|"
                       r"she) went|widow\w*)\b|\b(?:died|passed|widow\w*)\b[^.!?]{0,40}\b(?:invisible|"
                       r"cross(?:es)? the road|avoid(?:s|ing)? me|don'?t know what to say to me|stopped (?:calling|"
                       r"inviting|ringing|asking))\b")
# Nobody to look after any more ("I miss having someone to cook for"): a loss of a role and of company.
NOBODY_TO_CARE_FOR = (r"\bmiss (?:having )?(?:someone|somebody|anyone|people|a family) to (?:cook|care|look after|"
                      r"fuss over|bake|shop)(?: for)?\b|\b(?:nobody|no one|no-one) to (?:cook|bake|care|fuss) (?:for|"
                      r"over)\b")
# A spouse who has moved into care: apart while they are still here.
SPOUSE_IN_CARE = (r"\b(?:my|our) (?:husband|wife|partner)(?:'s| is| has gone| went| has moved| moved| had to go)(?: "
                  r"now)? (?:in|into) (?:a |the )?(?:(?:care|nursing|residential) )?home\b|\b(?:since|after|now) "
                  r"(?:(?-i:[A-Z][a-z]+)|he|she) (?:went|moved|had to go|has gone) (?:in|into) (?:the|a) (?:care |"
                  r"nursing |residential )?home\b")
# No word from someone close for a while: the silence fills with worry.
NO_WORD_FROM = (r"\b(?:haven'?t|have not|not|hasn'?t) (?:heard|had (?:a word|a call|"
                r"a message)) (?:anything )?from (?:my|our) (?:\w+ )?\w+\b[^.!?]{0,40}\b(?:for|in|since)\b")
# Afraid to go into hospital, often because of who died there.
HOSPITAL_FEAR = (r"\b(?:scared|afraid|frightened|terrified|dread\w*|can'?t face)\b (?:of )?(?:going (?:in ?to|"
                 r"back (?:in(?:to)?|to))|being (?:in|admitted to)|going to|staying in) (?:the |a )?hospital\b")
# Someone close gone quiet and distant: unsettling, and maybe not about them.
GONE_DISTANT = (r"\b(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|he|she)(?:'s| is| has been| has|"
                r" keeps)? (?:being |been |gone |acting )?(?:really |so |very |a bit |all )?(?:distant|cold|withdrawn|"
                r"off with me|short with me|quiet with me)\b")
# Blamed for something that wasn't their fault.
BLAMED_UNFAIRLY = (r"\b(?:blamed|told off|shouted at|got (?:into |in )?trouble|got the blame|got a warning|carpeted|"
                   r"disciplined)\b[^.!?]{0,40}\b(?:wasn'?t my fault|not my fault|didn'?t do|nothing to do with me|"
                   r"i never did)\b|\bblamed me for (?:something|what) (?:i didn'?t|that wasn'?t)\b")
# The jobs someone who died used to do, now theirs to learn ("she did all the cooking").
THEIR_JOBS_NOW = (r"\b(?:don'?t|dont|do not|can'?t|never) (?:really )?(?:know how to|learned to|learnt to|"
                  r"had to) (?:cook|do the (?:washing|bills|shopping|garden|cooking)|use the washing machine|"
                  r"manage the money|pay the bills|drive)\b|\b(?:was|were) (?:always )?(?:her|his|their) (?:thing|job|"
                  r"department|domain)\b[^.!?]{0,40}\b(?:don'?t know (?:where to start|how|what)|no idea|can'?t)\b")
# An itchy rash: a pharmacist first, and the signs that need help at once.
RASH = r"\b(?:rash|hives)\b|\b(?:itchy|itching|itches)\b[^.!?]{0,20}\b(?:skin|arms?|legs?|back|spots|lumps|all over)\b"
# The house in a mess, too embarrassed to have anyone round.
MESSY_HOME = (r"\b(?:house|flat|home|place|kitchen|bedroom)(?:'s| is)? (?:\w+ )?(?:so |such |a bit |really |"
              r"in )?(?:messy|a mess|a tip|cluttered|filthy|dirty|a state|a pigsty)\b")
# Someone close with an illness they won't talk about.
WONT_TALK_ABOUT = (r"\b(?:he|she|they|my \w+)(?:'s)? (?:won'?t|doesn'?t want to|refuses to|will not|"
                   r"never wants to) (?:talk|speak) about it\b")
# A friend or relative moving into a care home: a loss while they are still here, and a change for both.
OTHER_INTO_CARE = (r"\b(?:(?:my|our) (?:best |oldest |old )?(?:friend|neighbour|mum|mom|mother|dad|father|sister|"
                   r"brother|nan|gran|grandma|grandad|aunt|auntie|uncle)|mum|mom|dad|nan|gran|grandma|grandad)(?:'s|"
                   r" is| has)? (?:\w+ )?(?:moving|going|gone|moved|had to go|having to go) (?:in|into) (?:a |"
                   r"the )?(?:care|nursing|residential) home\b")
# Wetting themselves in public, an accident: embarrassment, met gently.
CONTINENCE = (r"\b(?:wet|soiled) myself\b|\bhad an accident\b[^.!?]{0,30}\b(?:toilet|loo|pants|trousers|chair|bed|"
              r"supermarket|shop|bus|public)\b|\bdidn'?t make it to the (?:toilet|loo|bathroom)\b")
# Not able to read or write well: a shame carried for years.
LITERACY = (r"\b(?:never learn\w*|can'?t|cannot|couldn'?t|never could) (?:to )?(?:read|write|spell)\b(?: (?:properly|"
            r"well|very well))?(?! (?:the|my|his|her|it|that|this|your|a|an)\b)")
# "Margaret would have loved these roses": someone missed, spoken of as gone (not "you would have loved it").
_NOT_A_NAME = r"(?!(?i:you|we|they|it|that|this|there|everyone|everybody|people|i)\b)"
WOULD_HAVE_LOVED = (r"\b(?:(?-i:[A-Z][a-z]+)|(?:my|our) (?:late )?(?:husband|wife|mum|mom|mother|dad|father|son|"
                    r"daughter|brother|sister|gran|grandma|grandad|nan)|mum|dad|he|she)(?:'d| would)(?: have|"
                    r"'ve) (?:loved|adored|been (?:so |really |very )?(?:proud|thrilled|delighted)|been (?:\d+|"
                    r"\w+ty(?:[- ]\w+)?|a hundred)|enjoyed)\b")
# "Mum would have been so proud": pride and missing someone in one breath.
PROUD_IF_HERE = r"\bwould(?: have|'ve) been (?:so |really |very )?proud\b"
_NOT_GONE = (r"\b(?:if (?:he|she|they)(?:'d| had)? (?:come|been there|made it)|couldn'?t (?:come|make it)|was (?:busy|"
             r"away|ill)|missed it)\b")
# Hearing or sensing someone who died: a common part of grief, not a danger or an illness.
GRIEF_PRESENCE = (r"\b(?:hear|heard|hearing|see|saw|seeing|sense|sensed|feel|felt|smell|smelt)\b (?:(?:my|our) (?:late|"
                  r"dead) \w+(?:'s voice)?|him|"
                  r"her|his voice|her voice|(?:my|our) (?:late )?(?:husband|wife|mum|mom|dad|son|"
                  r"daughter))\b[^.!?]{0,30}\b(?:calling|call|says?|saying|talking|in the (?:room|house|kitchen|chair|"
                  r"garden)|at night|next to me|beside me|around|near me|with me)\b")
_DIED = r"\b(?:late|dead|died|passed|gone|since (?:he|she) (?:died|went|passed)|lost (?:him|her))\b"
# Frightened since a crime at home: an after-effect, met with steadiness.
AFTER_CRIME = (r"\b(?:i was|i got|i'?ve been|we were) (?:stabbed|attacked|mugged|assaulted|robbed|"
               r"beaten up)\b[^.!?]{0,40}\b(?:ago|last (?:year|month|summer|winter|spring|autumn)|"
               r"years back)\b[^.!?]{0,40}\b(?:still|ever since|since then|now)\b|\bsince (?:the|my|our) (?:burglary|"
               r"break-?in|mugging|attack|robbery|stabbing)\b|\bsince (?:i was|we were|i got|we got|i've been|"
               r"we've been) (?:burgled|mugged|attacked|robbed|broken into)\b")
# Money put right (a refund, a claim won): a relief.
MONEY_BACK = (r"\brefund(?:ed)?\b|\b(?:they|he|she|the council|the bank) owes? (?:me|us) (?:\w+ )?(?:thousands|"
              r"hundreds|pounds|money|back ?pay)\b|\bback ?pay\b|\bgot (?:my|the|our|all (?:my|the|our)) money back\b|"
              r"\b(?:paid|pay) (?:me|us) back\b|\bcompensation\b|\bwon (?:my|the|our) (?:appeal|case|claim)\b|"
              r"\b(?:pension|benefits?|allowance|grant) (?:has |have )?(?:come|came) through\b")
# A home of their own: a new start.
NEW_HOME = (r"\b(?:got|been given|picked up|collected|get|getting) (?:the )?keys (?:to|for) (?:our|my|the|a) (?:new |"
            r"first |own )?(?:flat|house|home|bungalow|place|cottage)\b|\b(?:moved|moving) into (?:our|my|a) (?:new|"
            r"own|first) (?:flat|house|home|bungalow|place)\b|\bbought (?:our|my|a) (?:first |new |own )?(?:flat|"
            r"house|home|bungalow)\b|\blove (?:my|our) new (?:flat|house|home|bungalow|place)\b")
# Days without shape ("since I retired the days feel so long and empty"): a loneliness, not a slow day.
EMPTY_DAYS = (r"\b(?:days|evenings|weekends|weeks|hours) (?:feel|are|seem|drag|go|pass)\w* (?:\w+ ){0,2}(?:long|"
              r"empty|endless|slow(?:ly)?|the same)\b|\bnothing to (?:get up for|look forward to|fill (?:the|my) "
              r"days?)\b|\bstar(?:e|ing) at (?:the |these |four )?(?:four )?walls\b|\bnothing to do (?:all day|"
              r"from morning|day in)\b|\b(?:days|weeks) (?:just )?(?:seem to |all )?(?:blur|merge|run|roll|blend)s? "
              r"(?:into (?:each other|one another|one)|together)\b|\bevery day(?:'s| is) the same\b|\bone day (?:is )?"
              r"(?:just )?like the next\b")
# A carer who did not come: a service failing someone who relies on it.
CARER_NO_SHOW = (r"\b(?:carers?|care workers?|home help|district nurse|helper)\b[^.!?]{0,20}\b(?:didn'?t|did not|"
                 r"never|hasn'?t|has not|haven'?t|have not|won'?t|doesn'?t|not) (?:\w+ )?(?:turn(?:ed)? up|come|came|"
                 r"been(?: in| round)?(?= for| since| today| yet|\b)|show(?:ed)? up|arrived?)\b|\b(?:carers?|"
                 r"care workers?)\b[^.!?]{0,20}\b(?:late again|forgot (?:about )?me)\b")
# Worn out by a long struggle: weariness, not anger at someone.
WEARY = (r"\b(?:tired|sick|weary|worn out|exhausted) (?:of|from) (?:fighting|battling|struggling|coping|pushing|having "
         r"to fight)\b|\bworn (?:down|out) by (?:it all|everything|this|all of it)\b")
# "They said my husband didn't make it": a death (not a missed party or train).
DIDNT_MAKE_IT = (r"\b(?:he|she|they|mum|mam|mom|dad|gran|granny|nan|nana|grandad|grandma|grandpa|(?:my|our|his|her) "
                 r"(?:\w+ )?\w+|the baby)(?:'s| has)? (?:didn'?t|did not) make it\b(?! (?:to|in time|on time|home|"
                 r"back|out|through the (?:exam|test|interview)|up|over|there|here|today|tonight|this))")
# Someone close not expected to live long ("Dad probably won't make it to Christmas").
END_NEAR = (r"\b(?:he|she|they|mum|mam|mom|dad|gran|granny|nan|nana|grandad|grandma|grandpa|(?:my|our|his|"
            r"her) (?:\w+ )?\w+)(?:'s| is| are)? (?:probably |likely )?(?:won'?t|not going to|might not|may not|"
            r"isn'?t going to|unlikely to) make it(?: (?:to|till|until|through) (?:christmas|the (?:weekend|end|"
            r"morning|night|summer|spring|new year)|(?:his|her|their) birthday|next)\b|(?= *(?:[.!?,;]|$)))|"
            r"\b(?:could be |it'?s )?any day now\b|\bcould be (?:a matter of )?(?:days|hours)\b|\b(?:mum|mam|mom|dad|"
            r"gran|granny|nan|nana|grandad|grandma|grandpa|husband|wife|partner|brother|sister|son|daughter|"
            r"friend)(?:'s| is) dying\b(?! (?:to|for|of (?:laughter|boredom|embarrassment)))|\b(?:only )?(?:days|"
            r"weeks) left\b|\bnot long (?:left|now)\b|\bwon'?t be long now\b|\bend of (?:his|her|their) life\b|"
            r"\b(?:in|into|moved to) (?:the|a) hospice\b|\bpalliative care\b")
# An operation or appointment cancelled or put off: a frustration and a worry, not a job lost.
CANCELLED_CARE = (r"\b(?:cancell?ed|postponed|put off|pushed back|delayed|moved)\b[^.!?]{0,30}\b(?:operation|surgery|"
                  r"op|appointment|scan|procedure|treatment|hip|knee|cataract)\b|\b(?:operation|surgery|op|appointment|"
                  r"scan|procedure|treatment)\b[^.!?]{0,20}\b(?:cancell?ed|postponed|put off|pushed back|delayed)\b")
# Making up after a long rift: a joy.
MADE_UP = (r"\b(?:made up|made it up|patched (?:it|things) up|reconciled|buried the hatchet|back in touch|talking "
           r"again|speaking again|friends again)\b")
# The first Christmas, birthday or anniversary without someone who died: grief.
FIRST_WITHOUT = (r"\bfirst (?:one|christmas|xmas|birthday|anniversary|year|summer|holiday|easter|new year|"
                 r"mother'?s day|father'?s day|wedding anniversary)\b[^.!?]{0,20}\bwithout (?:him|her|them|my \w+|mum|"
                 r"dad)\b|\b(?:christmas|xmas|birthday|anniversary|easter|new year)\b[^.!?]{0,40}\b(?:it'?ll|it will|"
                 r"it'?s|will) be (?:the|our|my) first (?:one )?without (?:him|her|them|my \w+|mum|dad)\b")
# Memory slipping, noticed by themselves: a health worry.
MEMORY_WORRY = (r"\bmemory(?:'s| is)? (?:getting|going|gone) (?:worse|downhill)\b|\bmemory(?:'s| is) going\b|"
                r"\bforg(?:ot|etting) my own (?:phone number|address|name|birthday|pin)\b|\bforgetting (?:everything|"
                r"things|names)\b|\blosing my memory\b|\bgot lost (?:driving|walking|coming|on the way) (?:home|"
                r"back)\b|\bforg(?:ot|otten) (?:my |our )?(?:own )?(?:\w+'s|\w+ \w+'s) name\b|\b(?:forgot|couldn'?t "
                r"remember|lost) (?:my|the) way home\b")
# A diagnosis named for someone ("my best friend has been diagnosed with dementia"): frightening news.
DIAGNOSED_WITH = (r"\bdiagnosed with (?:\w+ )?(?:dementia|alzheimer'?s|cancer|parkinson'?s|motor neurone|ms|multiple "
                  r"sclerosis|a tumou?r|leuka?emia|lymphoma|heart failure|copd|diabetes|als|huntington'?s|lupus)\b")
# Not invited to a family occasion: a rejection.
NOT_INVITED = (r"\b(?:not|wasn'?t|weren'?t|haven'?t been|hasn'?t been|never) (?:been )?invited\b|\b(?:didn'?t|hasn'?t|"
               r"haven'?t|has not|have not|won'?t|isn'?t going to|aren'?t going to) invit(?:e|ed) (?:me|us)\b|"
               r"\bleft (?:me )?off the (?:guest )?list\b|\b(?:don'?t|doesn'?t) want me (?:at|there)\b")
# Talked down to by their own family: a hurt and a frustration.
TREATED_LIKE_CHILD = (r"\btreat(?:ed|s|ing)? (?:me )?like (?:a child|a baby|a kid|an idiot|i'?m (?:stupid|useless|a "
                      r"child|five|senile))\b|\btalk(?:s|ed|ing)? (?:down )?to me like (?:a child|a baby|i'?m)")
# "Why does everyone I love end up leaving?": abandonment, not a request.
ABANDONED = (r"\b(?:everyone|everybody|people)(?: i (?:love|care about|get close to))? (?:always |ends? up |end up )?"
             r"(?:leav\w*|left|goes|go away|dies|died|abandon\w*)\b")
# Tears without a reason they can name: met as a low day, not as a health worry.
# Someone close who can't be reached and always answers: a worry with something to do now.
UNREACHABLE = (r"\b(?:hasn'?t|has not|haven'?t|have not|isn'?t|is not|not|never) (?:been )?(?:answer\w*|pick\w* up|"
               r"replied|respond\w*|rung (?:me )?back|called (?:me )?back)\b[^.!?]{0,30}\b(?:all day|since|for (?:two|"
               r"three|\d+|a couple of|hours|days)|yesterday|this morning|last night)\b|\bcan'?t get (?:hold of|"
               r"through to|an answer from) (?:my \w+|her|him|them|mum|dad)\b|\b(?:not|isn'?t|hasn'?t been) answering\b"
               r"[^.!?]{0,40}\b(?:curtains|blinds)\b[^.!?]{0,20}\b(?:closed|shut|drawn|opened)\b")
# Told of a death too late, after the funeral: left out of the goodbye.
TOLD_TOO_LATE = (r"\b(?:nobody|no one|no-one|they didn'?t|didn'?t|never) (?:even )?(?:told|tell|let) me\b[^.!?]{0,40}"
                 r"\b(?:funeral|after (?:she|he|they) (?:was|were) buried)\b|\bfound out\b[^.!?]{0,30}\bafter the "
                 r"funeral\b|\bmissed (?:the|(?:his|her|my \w+'s)) funeral\b[^.!?]{0,30}\b(?:nobody|no one|didn'?t) "
                 r"(?:told|tell)\b")
# Coming out, or afraid to ("I think I'm gay and I'm scared to tell my parents"): courage, and their own pace.
COMING_OUT = (r"\b(?:i think |i know |i realised |i realized )?i'?m (?:gay|lesbian|bi|bisexual|trans|transgender|"
              r"queer|non-binary|nonbinary)\b[^.!?]{0,60}\b(?:tell|telling|told|come out|coming out|know|find out)\b|"
              r"\bcom(?:e|ing) out (?:to|as)\b")
# A body part or a test better than it was ("my heart's stronger than it's been in years"): good news.
HEALTH_IMPROVED = (r"\b(?:heart|lungs?|kidneys?|liver|bloods?|blood pressure|sugars?|sugar levels?|results?|scan|"
                   r"numbers|memory|eyesight|sight|hearing|bones?|hip|knee)(?:'s| is| are| was| were|"
                   r"'re)? (?:\w+ )?(?:stronger|better|improved|back to normal|healthier|clearer) (?:than|again|now|"
                   r"at last)\b")
# On the list for an operation: a step towards feeling better, and a wait.
ON_THE_LIST = (r"\b(?:on|onto|put me on|put on) (?:the|a) (?:waiting )?list for (?:a |an |my )?(?:\w+ )?(?:bypass|"
               r"operation|surgery|op|transplant|replacement|new hip|new knee)\b")
# Money they rely on that hasn't arrived: usually a delay to chase, and a worry meanwhile.
PAYMENT_MISSING = (r"\b(?:pension|benefits?|wages?|pay|salary|universal credit|allowance|"
                   r"money)\b[^.!?]{0,20}\b(?:hasn'?t|has not|haven'?t|didn'?t|did not|not) (?:\w+ )?(?:gone in|"
                   r"come in|come through|arrived|been paid|landed|gone into my account)\b")
# Asked to move from their home to a smaller one: a loss of a home, and their rights.
TOLD_TO_DOWNSIZE = (r"\b(?:council|housing association|landlord|they)\b[^.!?]{0,20}\b(?:want|wants|are making|"
                    r"is making|trying) (?:to )?(?:move )?(?:me|us) (?:to|into|move to) (?:a |somewhere )?(?:smaller|"
                    r"one[- ]bed\w*|different|new) ?(?:flat|house|home|place|bungalow)?\b")
# A fall kept to themselves: worth telling someone, and no one would mind.
FALL_UNTOLD = (r"^(?=.*\b(?:fall|fell|fallen|bruised|tripped|slipped)\b)(?=.*\b(?:didn'?t|haven'?t|not|"
               r"never) (?:\w+ )?(?:told|tell) (?:anyone|anybody|a soul|my \w+|the doctor|them)\b)")
# A decision about a parent made without them ("she's put Mum in a home without asking me"): left out.
DECIDED_WITHOUT_ME = (r"\b(?:without (?:asking|telling|consulting|checking with|talking to) (?:me|us)|behind my back|"
                      r"didn'?t (?:even )?(?:ask|tell|consult) me)\b")
# Home from hospital, nothing told yet: welcome them back and ask how it went.
BACK_FROM_HOSPITAL = (r"^\W*(?:i'?m|i am|we'?re|i'?ve (?:just )?got|just got|got) (?:just )?(?:back|"
                      r"home) from (?:the )?(?:hospital|a&e|clinic|my appointment|the doctor'?s)(?: (?:today|"
                      r"this morning|earlier|last night))?\W*$")
# A test or exam soon, no feeling named: good luck, and how they feel.
TEST_SOON = (r"\b(?:got|have|'ve got|taking|doing|sitting) my (?:driving test|theory test|test|exam|exams|interview|"
             r"audition|assessment)\b[^.!?]{0,10}\b(?:tomorrow|today|on \w+day|this (?:week|morning|afternoon)|next "
             r"week|in the morning)\b")
# A call from a doctor, news not yet told: ask what they said.
DOCTOR_RANG = (r"^\W*(?:the |my )?(?:doctor|gp|consultant|hospital|surgery|nurse|specialist)(?:'s)? (?:just )?(?:rang|"
               r"called|phoned|rung|been in touch|got back to me)(?: (?:this|earlier|today|just now|yesterday)(?: "
               r"morning| afternoon| evening| today)?)?\W*$")
# Afraid it is dementia: a fear to have checked.
DEMENTIA_FEAR = (r"\b(?:scared|afraid|worried|frightened|terrified|think|convinced)\b[^.!?]{0,20}\b(?:it'?s|i'?ve got|"
                 r"i have|i'?m getting|i'?m developing|it could be|it might be) (?:early )?(?:dementia|alzheimer'?s)\b")
# Leaving a home of many years: a goodbye.
LEAVING_LONG_HOME = (r"\b(?:sad|hard|wrench|heartbroken|gutted)\b[^.!?]{0,30}\b(?:leav\w*|go|"
                     r"move)\b[^.!?]{0,40}\b(?:\w+|\d+) years\b|\b(?:lived|been) here (?:for )?(?:\w+|"
                     r"\d+) years\b[^.!?]{0,40}\b(?:sad|hard|wrench|miss)\b")
# Their home sold, a move ahead: a big step, glad or sad.
HOME_SOLD = (r"^\W*(?:we'?ve|we have|i'?ve|i have|we|i) (?:finally |just )?sold (?:the|our|my) (?:house|home|flat|"
             r"bungalow)\b")
# Passed over at work ("passed over for promotion again"): a setback, not a promotion.
PASSED_OVER = (r"\bpassed over\b|\b(?:didn'?t|did not|never) get (?:the|my|that) (?:promotion|job|role|place|"
               r"position)\b|\b(?:turned down|rejected|knocked back) for (?:the |a |my )?(?:promotion|job|role|"
               r"position)\b")
# A pet that keeps getting out: a worry with fixes (not a loss, not an illness).
PET_ESCAPES = (r"\b(?:dog|cat|puppy|kitten|rabbit|tortoise|" + "|".join(PET_BREEDS) + r")\b[^.!?]{0,20}\b(?:(?:keeps?|"
               r"kept|always) (?:escaping|getting out|running off|jumping the fence|digging under)|escaping)\b")
# A teenager gone quiet at home: common, and the door kept open.
TEEN_QUIET = (r"\b(?:teenage|teenager|teen|1[3-9][- ]year[- ]old)\b[^.!?]{0,30}\b(?:won'?t (?:speak|talk)|"
              r"doesn'?t (?:speak|talk)|barely (?:speaks|talks|says)|just grunts|grunts at me|stays in (?:his|her|"
              r"their) room|never comes out of (?:his|her|their) room)\b")
# Remarks at work about their body or who they are: not okay, and something to record and raise.
WORK_REMARKS = (r"\b(?:colleague|boss|manager|coworker|co-worker|someone at work|people at work|"
                r"supervisor)s?\b[^.!?]{0,30}\b(?:comments?|remarks?|jokes?|digs?)\b[^.!?]{0,20}\b(?:about )?my "
                r"(?:weight|looks|body|age|accent|appearance|clothes|hair|skin|religion|race|size)\b")
# A child caught vaping, smoking or drinking: a worry for a calm talk.
CAUGHT_VAPING = (r"\b(?:caught|found)\b[^.!?]{0,25}\b(?:vaping|smoking|with (?:a )?(?:vape|cigarettes|fags|weed|"
                 r"cannabis|alcohol|vodka|drink))\b|\b(?:son|daughter|grandson|granddaughter|kid)(?:'s| is|"
                 r" has been) (?:been )?vaping\b")
# Afraid they said something foolish: embarrassment that others rarely share.
SAID_SOMETHING_SILLY = (r"\b(?:said|say|sent) something (?:stupid|silly|embarrassing|wrong|daft|awkward)\b|"
                        r"\bmade a (?:complete )?fool of myself\b|\bembarrassed myself\b")
# Checking again and again ("I can't stop checking the door is locked"): anxiety that treatment helps.
CHECKING_AGAIN = (r"\bcan'?t stop (?:checking (?:the|that|if|whether|my) (?:\w+ )?(?:doors?|oven|cooker|locks?|gas|"
                  r"taps?|plugs?|windows?|hob|iron|switch\w*)\b|washing (?:my )?hands)|\bkeep (?:on )?(?:checking|"
                  r"going back to check)\b[^.!?]{0,30}\b(?:over and over|again and again|locked|switched off|"
                  r"turned off|unplugged)\b")
# Single for years and tired of it: loneliness of a kind, and hope.
LONG_SINGLE = (r"\b(?:been )?single for (?:\w+|\d+) (?:years|months)\b|\b(?:sick|tired|fed up) (?:of|"
               r"with) being (?:single|on my own)\b")
# Angry all the time: often stress, poor sleep or low mood underneath.
ANGRY_ALWAYS = (r"\b(?:angry|irritable|snappy|short[- ]tempered|ratty|cross)\b[^.!?]{0,15}\b(?:all the time|"
                r"constantly|every day|at everything|at everyone)\b")
# Afraid of growing old.
AGEING_FEAR = (r"\b(?:scared|afraid|frightened|terrified|dread\w*|worried)\b[^.!?]{0,10}\b(?:of |"
               r"about )?(?:getting old|growing old|old age|getting older)\b")
# Hungry with no money for food: a food bank and emergency help, not a symptom.
FOOD_POVERTY = (r"\b(?:haven'?t|not|havent) (?:\w+ )?eaten\b[^.!?]{0,30}\b(?:no money|can'?t afford|skint|broke|"
                r"no food)\b|\b(?:no money|can'?t afford) (?:for |to buy |any )?food\b|\bno food in the (?:house|flat|"
                r"cupboards?)\b|\b(?:hungry|starving)\b[^.!?]{0,30}\b(?:no money|can'?t afford|skint)\b")
# Locked out in the cold: warmth first, then a key.
LOCKED_OUT = r"\b(?:i'?m|i am|i'?ve|i have|got|we'?re|we are) (?:been )?locked (?:myself )?out\b"
# "I could strangle my brother": anger said in jest.
COULD_THROTTLE = (r"\bi could (?:cheerfully )?(?:strangle|kill|murder|throttle) (?:him|her|them|my \w+|the (?:kids|"
                  r"boss|neighbours?))\b|\bi could wring (?:his|her|their|my \w+'s) neck\b")
# Swamped at work.
SWAMPED_AT_WORK = (r"\b(?:drowning|swamped|snowed under|buried|up to my (?:neck|eyes|ears))\b[^.!?]{0,15}\b(?:at|in|"
                   r"with) (?:work|my job|emails|paperwork)\b")
# Pregnant and unsure about going on: a decision that is theirs, with confidential help.
UNSURE_PREGNANCY = (r"\bpregnant\b[^.!?]{0,40}\b(?:don'?t know if i (?:want|can)|not sure (?:i|if i) (?:want|can)|"
                    r"don'?t want (?:it|to keep)|keep it|termination|abortion)\b")
# Low with the dark months ("everything feels grey since the winter started"): common, and there is help.
WINTER_LOW = (r"\b(?:grey|gray|low|down|flat|gloomy|miserable|sad|depressed|blue|bleak|heavy)\b[^.!?]{0,30}\b(?:since|"
              r"in|every|during|through|with) (?:the )?(?:winter|dark (?:nights|evenings|mornings|days)|"
              r"clocks went back|short days)\b|\bwinter blues\b|\b(?:dark (?:nights|evenings|mornings|days)|"
              r"short days|the winter)\b[^.!?]{0,30}\b(?:get(?:s|ting)? (?:to )?me|getting me down|"
              r"make(?:s)? me (?:feel )?(?:low|down|sad|miserable))\b")
TEARS_NO_REASON = (r"\b(?:crying|cried|tearful|in tears|weepy|teary)\b[^.!?]{0,40}\b(?:(?:don'?t|"
                   r"do not) (?:even )?know why|for no reason|out of nowhere)|\b(?:cry|crying|cries|well up|"
                   r"welling up|in tears) (?:at|over) (?:the )?(?:smallest|littlest|silliest|tiniest|little|"
                   r"everything|nothing|anything|adverts|ads|the news|films|songs)\b")
# Weather complained of ("this heat is killing me"): small talk with a care tip, not anger to calm.
WEATHER_MOAN = (r"\b(?:raining|rained) (?:for|all) (?:a|the|\w+) (?:week|days|weekend|month)\b|\bstir[- ]crazy\b|"
                r"\bcabin fever\b|\b(?:heat|hot|humid|humidity|sweltering|boiling|close|cold|freezing|chilly|wind|"
                r"rain)\b[^.!?]{0,25}\b(?:killing me|driving me mad|unbearable|too much|getting to me)\b|\b(?:so|too|"
                r"really|far too) (?:hot|cold|humid|muggy|sticky)\b(?! (?:to|for) )|\bcan'?t (?:stand|bear) (?:this|"
                r"the) (?:heat|cold|weather)\b")
# A debt paid off for good: a milestone.
DEBT_FREE = (r"\bpaid off (?:the|our|my|all (?:the|our|my)) (?:mortgage|loans?|debts?|car|credit cards?|overdraft)\b|"
             r"\b(?:debt|mortgage)[- ]free\b|\bcleared (?:all )?(?:my|our|the) debts?\b")
# Laughing till it hurt: fun, whatever "died" says.
LAUGHED = (r"\b(?:died|dying|cried|crying|wet myself|howling) (?:laughing|with laughter)\b|\bin stitches\b|"
           r"\blaughed (?:so hard|till|until|my head off)\b")
# A flat phone or a dead garden: a nuisance or a disappointment, not a grief.
THINGS_DEAD = (r"\b(?:phone|battery|mobile|tablet|laptop|car battery|remote|torch|charger)(?:'s| is| was| has)?(?: "
               r"\w+)? (?:dead|flat|died|is flat|run out)\b|\b(?:garden|plants?|flowers|tomatoes|roses|lawn|seedlings|"
               r"hanging baskets?)\b[^.!?]{0,20}\b(?:dead|died|dying|ruined|killed|gone|frost)\b")
# "So tired I could sleep for a week": a light word about rest.
SLEEPY = (r"\b(?:so tired|shattered|exhausted|knackered) (?:that )?i could sleep (?:for a week|for days|standing up|"
          r"forever)\b")
# Ending a membership or a contract: a practical request.
CANCEL_SUB = (r"\b(?:end|cancel|stop|quit|leave|get out of) (?:my|the|our|this) (?:\w+ )?(?:membership|subscription|"
              r"contract|direct debit|policy)\b")
# Put right at last after a long wait ("the council finally fixed the heating"): a relief.
FIXED_AT_LAST = (r"\b(?:finally|at last|at long last)\b[^.!?]{0,30}\b(?:fixed|repaired|mended|sorted(?: out)?|put "
                 r"right|working again|back on)\b")
# Nervous about going back or joining in after a long time: a social nerve, met with steadiness.
SOCIAL_NERVES = (r"\b(?:dread\w*|nervous about|anxious about|worried about)\b[^.!?]{0,25}\b(?:reunion|party|"
                 r"gathering|get-?together)\b|\b(?:reunion|party|do|wedding|gathering|"
                 r"get-?together)\b[^.!?]{0,30}\b(?:nervous|anxious|worried|scared|apprehensive|dreading)\b|"
                 r"\b(?:nervous|anxious|worried|scared|apprehensive|dreading)\b[^.!?]{0,15}\b(?:about )?(?:going back|"
                 r"returning|going to (?:the|a) (?:club|group|class|church|choir|meeting)|joining|walking into|"
                 r"meeting (?:new|the other) people|meeting my new)\b|\b(?:going to|joining|trying) (?:the|"
                 r"a) (?:\w+ )?(?:cafe|café|club|group|class|choir|meeting)\b[^.!?]{0,60}\b(?:nervous|anxious|worried|"
                 r"scared)\b")
# Someone close just taken into hospital: a worry about them.
HOSPITALISED = (r"\b(?:brought|taken|rushed|admitted) (?:him |her |them |me )?(?:in\b(?=\s*(?:[.,;!?]|$|last|yesterday|"
                r"this|today|overnight|early|late|after|with (?:a|his|her|chest|breathing|pneumonia)|by (?:ambulance|"
                r"the paramedics|the ambulance)))|into hospital|to hospital|to a&e|by ambulance)|"
                r"\b(?:in|into) (?:surgery|theatre|intensive care|icu)\b")
# Lost in a big building: a practical request.
LOST_IN_BUILDING = (r"\bcan'?t find (?:the |my )?(?:right )?(?:ward|clinic|department|room|office|entrance|way|lift|"
                    r"exit|toilets?|reception)\b|\bwhere (?:is|are|'s) (?:the )?(?:nearest )?(?:toilets?|loos?|lifts?|"
                    r"exit|ward|reception|canteen|cafe|café|car park|pharmacy|ladies|gents)\b|\bwhere the (?:toilets?|"
                    r"loos?|lifts?|exit|ward|reception|canteen|cafe|café|car park|pharmacy) (?:is|are)\b")
# Failed an exam or a test: a setback (not a pile of pressures).
FAILED_EXAM = (r"\b(?:failed|flunked) (?:my|the|all my|both my|all of my) (?:\w+ )?(?:exams?|tests?|course|year|"
               r"modules?)\b")
# Anxious as a state ("I've been feeling really anxious"): met as anxiety, not a health worry.
ANXIOUS_STATE = (r"\b(?:feel|feeling|felt|been|get|getting) (?:\w+ )?(?:anxious|panicky|on edge|panic attacks?)\b|"
                 r"\bpanic attacks?\b|\bfeel(?:s|ing)? (?:like|as if) i'?m (?:going mad|going crazy|losing my mind)\b")
# Bullied: a hurt done to them.
BULLIED = (r"\b(?:being |been |getting |was |were )?bullied\b|\bbully(?:ing)? me\b|\bpick(?:s|ed|ing)? on me\b|"
           r"\b(?:everyone|everybody|they all|the other \w+|people)\b[^.!?]{0,20}\b(?:laugh(?:s|ed|ing)?|make fun|"
           r"made fun|mock(?:s|ed|ing)?) (?:at |of )?(?:me|my)\b")
# Their own birthday or anniversary forgotten by others: a hurt (not a celebration).
FORGOTTEN_DAY = (r"\b(?:forgot|forgotten|forget|didn'?t remember|nobody remembered|no one remembered|nobody came|"
                 r"no one came|no cards?)\b[^.!?]{0,30}\b(?:my|our) (?:\w+ )?(?:birthday|anniversary|\d{2,3}(?:st|nd|"
                 r"rd|th)|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth)\b|"
                 r"\bmy (?:\w+ )?birthday\b[^.!?]{0,30}\b(?:forgot|forgotten|(?:nobody|no one)(?:'s|"
                 r" has)? (?:remembered|came|rang|rung|called|phoned))\b")
# A pet near the end, the vet's word ("think about letting her go"): the hardest choice, not a breakup.
_PET_NAMED = r"(?:her|him|them|(?-i:[A-Z][a-z]+))"
PET_END = (r"\b(?:let(?:ting)? " + _PET_NAMED + r" go|put(?:ting)? " + _PET_NAMED + r" (?:to sleep|down)|have "
           + _PET_NAMED + r" put (?:to sleep|down)|time to say goodbye|nothing (?:more|else) (?:they|the vets?|we|"
           r"anyone) can do)\b")
_VET = r"\b(?:vets?|dog|cat|puppy|kitten|pet|rabbit|horse|budgie)\b"
# Put down by their partner or family again and again: emotional abuse, not self-criticism.
PUT_DOWN = (r"\b(?:keeps?|kept|always|constantly) (?:telling|calling) me (?:i'?m |i am |that i'?m )?(?:stupid|useless|"
            r"worthless|ugly|fat|an idiot|pathetic|a failure|nothing|mad|crazy|thick|a waste)\b|\bcalls? me (?:stupid|"
            r"useless|worthless|names|an idiot|thick)\b")
# Memory lapses that frighten them ("I keep forgetting where I've put my keys and it frightens me").
KEEP_FORGETTING = (r"\bkeep (?:forgetting|losing track of|losing) (?:where|what|things|names|my keys|my glasses|"
                   r"appointments|words)\b|\bforget(?:ting)? where i(?:'ve| have)? (?:put|left)\b")
# Someone else lost what was theirs ("the hospital lost my mum's hearing aids"): a grievance.
LOST_BY_THEM = (r"\b(?:hospital|care home|home|staff|nurses?|they|council|airline|hotel|ward|post office|laundry|"
                r"cleaners?)\b (?:have |has |'ve |had )?(?:lost|mislaid|thrown away|binned) (?:my|his|her|our|mum'?s|"
                r"dad'?s|\w+'s) ")
# Noise that goes on at night ("the dog next door barks all night"): a grievance that wears them down.
NOISE_AT_NIGHT = (r"\b(?:barks?|barking|music|noise|noisy|part(?:y|ies)|drilling|banging|shouting|screaming|"
                  r"arguing|stomping)\b[^.!?]{0,40}\b(?:all night|every night|half the night|till (?:\d|two|three|"
                  r"four|late|the early)|until (?:\d|two|three|four|late|the early)|at night|at \d ?am|3am|2am|"
                  r"midnight|all hours)\b")
# Rent or bills put up: a money worry.
COSTS_UP = (r"\b(?:put|putting|puts|pushed) (?:my|the|our) (?:rent|bills?|council tax|service charge|energy bill|"
            r"prices?) up\b|\b(?:rent|bills?|council tax|service charge|energy bill)s? (?:has |have |is |are )?"
            r"(?:gone|going|went|shot) up\b|\b(?:rent|bills?|council tax)'s (?:gone|going|shot) up\b|\brent (?:rise|"
            r"increase|hike)\b|\b(?:rent|bill|bills|council tax|energy|"
            r"electric|electricity|gas|heating)\b[^.!?]{0,10}\b(?:has |have )?(?:doubled|tripled|gone through the "
            r"roof)\b")
# Carers who keep changing: an unsettling service, not loneliness.
CARERS_CHANGING = (r"\b(?:carers?|care workers?|nurses)\b[^.!?]{0,20}\b(?:keep changing|always changing|different "
                   r"(?:every|each) (?:day|time|week))\b|\bnever know who'?s coming\b")
# Pain that never lets up: weariness as much as the body.
CHRONIC_PAIN = (r"\b(?:fed up|sick|tired) (?:of|with) (?:being in |the |this |my )?(?:pain|aches?|aching|hurting)\b|"
                r"\bin (?:pain|agony) (?:all the time|every day|day and night|constantly)\b")
# Applause for something they did: a success.
APPLAUSE = (r"\b(?:everyone|everybody|they all|the whole \w+|people) (?:clapped|cheered|applauded)\b|\bround of "
            r"applause\b|\bstanding ovation\b")
# The cat's present (a dead mouse): a household moment, not a death or a kindness.
CAT_PRESENT = (r"\b(?:brought|caught|left|found|brings|bringing|catches|catching|leaves)\b[^.!?]{0,30}\b(?:dead |a |"
               r"another |some )?(?:mouse|mice|birds?|rats?|frogs?|voles?|shrews?|rabbits?)\b")
# Scammed or defrauded: a wrong done to them (not a rejection or their own failing).
SCAM = (r"\b(?:scam\w*|fraud\w*|conned|con man|swindl\w*|phishing|tricked (?:me|us) (?:into|out of)|taken in by "
        r"(?:a|the|some) (?:\w+ )?(?:scam\w*|fraudsters?|con\w*|crooks?|liars?))\b|\b(?:text|message|email|call)\b"
        r"[^.!?]{0,40}\b(?:parcel|package|delivery|tax refund|refund)\b[^.!?]{0,40}\b(?:fee|pay|payment|charge|"
        r"card details|bank details|click)\b")
# Drinking to sleep or to cope: a strain that needs care, not a night out.
DRINKING_TO_COPE = (r"\b(?:drink(?:ing)?|a drink|a few drinks|drinks|wine|whisky|vodka)\b[^.!?]{0,25}\b(?:to (?:get "
                    r"to sleep|sleep|cope|forget|numb|blot|get through))\b")
# A son or grandchild who withdraws (won't get out of bed, gone quiet): a worry about them.
WITHDRAWN = (r"\b(?:won'?t|doesn'?t|does not|will not|can'?t|hardly|stopped|isn'?t|"
             r"not) (?:ever )?(?:get(?:ting)? out of|leav(?:e|ing)|com(?:e|ing) out of) (?:bed|(?:his|her|"
             r"their) room)\b|\b(?:stays?|staying|shuts? (?:himself|herself|themselves)) in (?:his|her|their) room\b|"
             r"\bgone (?:very |really |all |so )?quiet\b|\bwithdrawn\b")
# Feeling they fail as a parent or partner: self-doubt that shows how much they care.
FAILING_AS = (r"\b(?:failing|a failure|useless|rubbish|a bad|a terrible|not a good|not good enough) as a (?:mother|mum|"
              r"mom|father|dad|parent|grandparent|wife|husband|daughter|son|carer)\b|\b(?:i'?m|i am|i feel like) "
              r"(?:a |such a )?(?:bad|terrible|useless|rubbish|awful) (?:mother|mum|mom|father|dad|parent)\b")
# Damp or mould a landlord will not fix: a grievance and a health worry.
DAMP = r"\b(?:damp|mould|mold|condensation)\b"
_LANDLORD = (r"\b(?:landlord|housing|council|letting agent|won'?t (?:fix|sort|deal)|refuses? to|keeps? (?:coming|"
             r"coming back))\b")
# Longing to be held: loneliness in the body.
NEED_HUG = (r"\b(?:want|need|wish|miss(?:ing)?|long for|crave)\b[^.!?]{0,20}\b(?:a hug|hug me|a cuddle|to be "
            r"held|someone to hold me|someone'?s arms)\b")
# Moved by a film or a book: a feeling enjoyed, not a loss.
SAD_FILM = (r"\b(?:film|movie|book|programme|show|episode|ending|series|play|musical)\b[^.!?]{0,30}\b(?:so sad|"
            r"cried|crying|tears|sobb\w*|weep\w*|tissues)\b|\b(?:cried|sobbed|wept)\b[^.!?]{0,30}\b(?:film|movie|"
            r"book|programme|episode|ending|series)\b")
# Messages left unanswered by a friend: a hurt, and not knowing why.
UNANSWERED = (r"\b(?:ignor(?:ing|ed|es)|not answering|hasn'?t (?:answered|replied to)|not replying to|left me on "
              r"read|ghost\w*)\b[^.!?]{0,15}\b(?:my |all my )?(?:messages|texts|calls|emails)\b")
# Doing brilliantly, said in slang: a success.
ON_A_ROLL = r"\b(?:i'?m|i am|we'?re|we are) (?:absolutely |really |totally )?(?:killing|smashing|nailing|acing) it\b"
# Food "to die for": delight.
TO_DIE_FOR = r"\bto die for\b|\b(?:i'?d|i would|i could) (?:die|kill) for (?:a|an|some|one)\b"
# Criticised at every turn by someone close: a grievance that wears them down.
CRITICISED = (r"\bcriticis\w+ (?:everything|all|every little thing|me all the time)\b|\bfinds? fault with "
              r"(?:everything|every little thing)\b|\bpicks? holes in everything\b")
# Not knowing what to say to someone grieving: they want to support a friend.
SUPPORT_BEREAVED = r"\b(?:don'?t|do not|never) know what to (?:say|do|write)(?: to (?:her|him|them))?\b"
# A place or a first wage: news to celebrate.
GOOD_START = (r"\b(?:offered|got|been given|accepted for) (?:a|my|the) (?:place|offer|spot)\b[^.!?]{0,25}\b(?:at|on|"
              r"for|to)\b|\bfirst (?:pay ?cheque|pay ?check|wage|wages|salary|pay packet|pay day|payday)\b")
# Rent or bills they cannot meet: a money worry (not the breakup that may lie behind it).
CANT_AFFORD = (r"\b(?:can'?t|cannot|couldn'?t|won'?t be able to) (?:afford|pay|cover|manage) (?:the |my |our )?(?:rent|"
               r"mortgage|bills?|council tax|gas bill|electric bill)\b")
# A common fear (flying, the dentist, needles): nerves to meet, not an illness.
PHOBIA = (r"\b(?:scared|terrified|afraid|frightened|petrified|nervous) of (?:having blood taken|blood tests?|flying|"
          r"planes|heights|spiders|the dentist|"
          r"dentists|needles|injections|lifts|crowds|the sea|deep water|dogs|the dark|motorways)\b")
# A proposal accepted, an engagement: family news to celebrate.
PROPOSAL = (r"\b(?:proposed|popped the question)\b(?![^.!?]{0,40}\b(?:said no|turned (?:him|her|them) down|"
            r"wasn'?t ready|not ready|didn'?t|refused)\b)|\b(?:got|are|is|'s|'re|just got) engaged\b")
# Family that sold or took something shared behind their back: a betrayal.
BEHIND_BACK = (r"\b(?:sold|took|emptied|spent|cleared out|kept|gave away|changed)\b[^.!?]{0,40}\bwithout "
               r"(?:even )?(?:telling|asking|consulting|a word to) (?:me|us)\b")
# Doctors say someone will be all right: relief after a fright.
WILL_BE_OK = (r"\b(?:they|doctors?|the doctors?|nurses?|the nurses?|surgeons?|the surgeon|consultant|the consultant)\b"
              r"[^.!?]{0,15}\b(?:say|said|says|think|thinks|reckon|told (?:me|us))\b[^.!?]{0,10}\b(?:he|she|they|"
              r"it)(?:'ll| will| is going to|'s going to) be (?:okay|ok|fine|alright|all right)\b|\bout of danger\b|"
              r"\b(?:he|she|they)(?:'ll| will|'s going to| is going to) pull through\b")
# Someone treats them to an outing ("Mum's taking me out for dinner"): something nice to look forward to.
TREAT = (r"\b(?:taking|take|took|takes) (?:me|us) out\b(?! of)|\btreat(?:ing|ed)? (?:me|us) to\b|\b(?:taking|take|"
         r"took) (?:me|us) (?:to|for) (?:lunch|dinner|tea|a meal|the (?:theatre|pictures|cinema|seaside|coast|"
         r"races))\b")
# A family occasion they cannot afford to dress for: a money worry inside good news.
OUTFIT_UNAFFORDABLE = (r"\b(?:can'?t|cannot|couldn'?t) afford (?:a |to buy a |to get a |anything )?(?:new )?(?:outfit|"
                       r"dress|suit|hat|shoes|present|gift|something to wear)\b")
# Guilt at a parent's move into care: love, not wrongdoing.
CARE_GUILT = (r"\b(?:guilty|guilt|awful|terrible|bad)\b[^.!?]{0,30}\b(?:putting|put|moving|moved|sending|"
              r"sent)\b[^.!?]{0,20}\bin(?:to)? (?:a|the) (?:care |nursing |residential )?home\b|\b(?:put|putting|"
              r"moved|moving|had to put) (?:my |our )?(?:\w+ )?(?:\w+|him|her|them) in(?:to)? (?:a|the) (?:care |"
              r"nursing |residential )?home\b[^.!?]{0,30}\b(?:guilty|guilt|awful|terrible|bad)\b|\b(?:mum|mom|dad|"
              r"\w+)(?:'s| has| is| had) (?:just )?(?:moved|moving|gone|going) in(?:to)? (?:a|the) (?:care|nursing|"
              r"residential) home\b[^.!?]{0,40}\b(?:guilty|guilt|awful|terrible|bad)\b")
# Homesick: missing home, not a loss.
HOMESICK = r"\bhomesick\b|\bmiss (?:home|my mum'?s cooking|my own bed|my family back home)\b"
# A small child wearing a parent out: exhaustion, not a worry about the child.
PARENT_WORN = (r"\b(?:toddler|baby|little one|the kids|twins)\b[^.!?]{0,40}\b(?:screaming|crying|tantrums?|won'?t "
               r"sleep|up all night|not sleeping)\b[^.!?]{0,30}\b(?:exhausted|shattered|worn out|at my wits'? end|"
               r"can'?t cope|tired)\b")
# Trouble at nursery or school with a small child: a parent's worry.
NURSERY_TROUBLE = (r"\b(?:nursery|school|childminder|teacher)\b[^.!?]{0,25}\b(?:says?|said|told me|rang)\b[^.!?]{0,30}"
                   r"\b(?:bit|bites|biting|hit|hits|hitting|pushed|kicked|naughty|won'?t (?:listen|sit))\b|"
                   r"\b(?:toddler|son|daughter|little one|boy|girl|grandson|granddaughter)\b[^.!?]{0,30}\b(?:bit|hit|"
                   r"pushed|kicked|scratched|punched)\b[^.!?]{0,20}\b(?:another|other|a) (?:child|kid|boy|girl)\b")
# Someone close ringing again and again: a strain that may hide their worry.
MANY_CALLS = (r"\b(?:ringing|calling|phoning|texting|rings|calls|phones|texts) (?:me )?(?:\w+ ){0,2}(?:ten|twenty|a "
              r"dozen|\d+|so many|loads of) times (?:a|every|each) (?:day|night|hour)\b")
# A drink or a bet after time sober or clean: a setback told with shame, never a milestone.
RELAPSE = (r"\b(?:had|have had|took|started|went back to)\b[^.!?]{0,20}\b(?:a drink|drinking|a bet|gambling|using|a "
           r"smoke|smoking)\b[^.!?]{0,20}\bafter (?:\w+ ){0,3}(?:sober|clean|dry|off (?:it|the drink)|without)\b|"
           r"\brelapsed\b|\bfell off the wagon\b")
# "The only thing keeping me going": a struggle, with something to hold on to.
HOLDING_ON = r"\b(?:the )?only (?:thing|one|person)s? (?:keeping|that keeps|that'?s keeping) me going\b"
# Gambling that has cost them: a money worry and a secret.
GAMBLING = r"\bgambl\w+\b|\bbetting\b|\bfruit machines?\b|\bonline (?:slots|casino)\b"
# Trying for a baby for a long time: a grief of its own.
TRYING_FOR_BABY = (r"\btrying for a (?:baby|child|family)\b[^.!?]{0,40}\b(?:years?|months|not happening|nothing|no "
                   r"luck|ivf)\b|\b(?:ivf|fertility treatment)\b[^.!?]{0,30}\b(?:failed|didn'?t work|hasn'?t worked)\b")
# News of the world that frightens them (a war, the news): a worry to contain.
NEWS_WORRY = r"\b(?:the news|news about|the war|wars|the headlines|climate change|the election)\b"
# A child gone off to university or a new home: the house empty, the pride and the missing.
EMPTY_NEST = (r"\b(?:left|gone|moved out|went off|off) (?:for|to) (?:university|uni|college)\b|\b(?:left|moved out of) "
              r"home\b[^.!?]{0,40}\b(?:quiet|empty)\b|\b(?:big|quiet|empty)\b[^.!?]{0,25}\bsince the (?:kids|children|"
              r"boys|girls) (?:moved out|left(?: home)?|flew the nest)\b|\b(?:since|now) (?:the|my|our|all the|all my) "
              r"(?:kids|children|boys|girls|family)\b[^.!?]{0,10}\b(?:(?:have |'ve |all )?(?:moved away|moved out|left "
              r"home|flew the nest|grew up and left|gone))\b")
# Social media or an app they can't work out: a request for help.
APP_CONFUSION = (r"\b(?:don'?t understand|can'?t work out|confused by|no idea how to use|can'?t get the hang of) "
                 r"(?:\w+ ){0,2}(?:facebook|whatsapp|instagram|email|zoom|skype|facetime|online banking|my phone|the "
                 r"tablet|the ipad)\b|\b(?:facebook|whatsapp|instagram|email|zoom|skype|facetime|video call\w*|the app|"
                 r"online banking|smartphone|tablet|ipad)\b[^.!?]{0,40}\b(?:don'?t understand|can'?t work out|can'?t "
                 r"figure|confus\w*|no idea how|don'?t know how)\b")
# A bus pass or a blue badge run out: a practical problem.
PASS_EXPIRED = (r"\b(?:bus pass|blue badge|freedom pass|railcard|passport|driving "
                r"licen[cs]e)\b[^.!?]{0,20}\b(?:expired|run out|ran out|out of date|lost|stolen)\b")
# Something made by hand for someone: a small achievement and a gift.
MADE_FOR = (r"\b(?:knitted|made|sewn|sewed|crocheted|baked|painted|built|carved|quilted)\b[^.!?]{0,25}\bfor (?:the|my|"
            r"our|her|his|their)\b(?! (?:first|last|second|third|very first) time| whole| entire)")
# A team that lost: disappointment of a fan, not their own failure.
TEAM_LOST = (r"\b(?:team|club|side|united|city|rovers|england|scotland|wales|ireland)\b[^.!?]{0,30}\b(?:got "
             r"relegated|relegated|lost|were beaten|got beaten|knocked out|went out)\b|\b(?:we|they) lost the "
             r"(?:final|match|game|derby|semi)\b")
# No GP appointment to be had: a frustration with a service.
NO_APPOINTMENT = (r"\b(?:can'?t|couldn'?t|cannot|impossible to|never) (?:get|book) (?:a |an )?(?:gp|doctor'?s?|"
                  r"dentist|hospital)? ?appointment\b")
# Someone close short-tempered lately: a strain at home.
SHORT_TEMPERED = (r"\b(?:short-?tempered|snappy|snapping at me|irritable|grumpy|on edge|in a (?:bad|foul|filthy) "
                  r"mood|moody)\b[^.!?]{0,25}\b(?:with me|lately|recently|all the time|all week|for days|for weeks)\b")
# Losing their temper with their children, then feeling awful: a worn-out parent, not a wrong to put right.
LOST_TEMPER_KIDS = (r"\b(?:los(?:e|ing|t) my temper|snap(?:ping|ped)? at|shout(?:ing|ed)? at|yell(?:ing|"
                    r"ed)? at)\b (?:with )?(?:the |my |our )?(?:kids|children|son|daughter|little ones|boys|girls|"
                    r"toddler|baby)\b")
# Everything getting on top of them: overwhelmed, without a named cause.
ON_TOP_OF_ME = (r"\b(?:everything|it all|things|life)(?:'s| is| are)? (?:just )?(?:getting|got) on top of me\b|"
                r"\bi'?m (?:completely |totally |so )?overwhelmed\b(?![^.!?]{0,20}\b(?:with|by) (?:joy|love|kindness|"
                r"gratitude)\b)")
# "I'm turning into my mother": a wry worry.
TURNING_INTO = r"\bturning into my (?:mother|mum|mom|dad|father)\b"
# Coming out to family, taken well: relief and joy.
CAME_OUT_WELL = (r"\b(?:came out to|told (?:my|our) (?:\w+ )?(?:family|parents|mum|dad|mom|friends|kids) (?:that "
                 r")?i'?m (?:gay|lesbian|bi|bisexual|trans|queer)\b[^.!?]{0,10}\band)\b[^.!?]{0,30}\b(?:took it "
                 r"(?:really |so )?well|(?:were|have been|'ve been|are being) (?:so |really )?(?:great|amazing|lovely|"
                 r"fine|supportive|brilliant|wonderful)|"
                 r"hugged me|said they love me)\b")
# Someone off their food: a worry for the doctor.
OFF_FOOD = (r"\b(?:not|stopped|isn'?t|hasn'?t been) eating (?:properly|much|well|enough)\b|\boff (?:her|his|their) "
            r"food\b|\blost (?:her|his|their) appetite\b")
# Invited but reluctant: their choice, not a rejection.
RELUCTANT_GUEST = (r"\binvited (?:me|us)\b[^.!?]{0,40}\b(?:don'?t (?:really )?(?:want|fancy|feel like)|not sure i "
                   r"want|can'?t face|not up to|would rather not)\b")
# A memory clinic appointment coming: nerves about what it may find.
MEMORY_CLINIC = r"\bmemory (?:clinic|service|assessment|test)\b"
# Told they imagine things: doubted by someone close.
DOUBTED = (r"\b(?:keeps? telling|tells|told me|says|keeps? saying|said) (?:me )?(?:that )?i'?m (?:imagining (?:things|"
           r"it)|making it up|being paranoid|overreacting|too sensitive|mad)\b")
# A grown child moving back home after a break-up: a big change for the family.
MOVING_BACK = (r"\b(?:moving|moved|coming) back (?:in|home)\b[^.!?]{0,40}\b(?:divorce|split|separat\w+|break-?up|"
               r"broke(?:n)? up|fell apart|ended|"
               r"lost (?:her|his) (?:job|flat|house))\b")
# Someone with dementia wandering at night: a fear for their safety.
WANDERING = (r"\b(?:wander\w*|going out|gets out|getting out|goes out)\b[^.!?]{0,30}\b(?:at night|in the night|in "
             r"(?:her|his) nightie|in (?:her|his) pyjamas|and gets lost|lost)\b")
# Someone close who has stayed sober: pride in them.
OTHER_SOBER = (r"\b(?:he|she|they)(?:'s| has| is|'ve| have) been (?:sober|clean|dry|off the drink)\b|\bmy \w+(?:'s| is|"
               r" has been|'s been) (?:sober|clean)\b")
# "I need to talk", "I'm not doing very well", "I think I'm depressed": asking for help with low mood.
NEED_TALK = (r"\b(?:need|want) (?:to talk to|someone to talk to)\b|\bnot doing (?:very |so |too )?well\b|"
             r"\bi think i'?m (?:depressed|depression)\b|\bi'?ve got depression\b|"
             r"\bstruggling (?:with my mental health|mentally)\b|\bmy mental health (?:is|has been|"
             r"'s) (?:\w+ )?(?:bad|poor|awful|terrible|suffering|low|struggling)\b")
# Dizzy or light-headed on standing: common, worth a doctor's look.
DIZZY_STANDING = (r"\b(?:dizz\w*|light-?headed|woozy)\b[^.!?]{0,40}\b(?:stand|standing|get up|getting up|sit up)\b")
# The room spinning (vertigo): keep still and safe, and the signs that make it an emergency.
VERTIGO = (r"\b(?:room|everything|world|ceiling|house)(?:'s| is| keeps?| won'?t stop)? (?:\w+ )?(?:spinning|"
           r"going round|moving|whirling)\b|\bvertigo\b")
# Starting a hard treatment: nerves before the first one.
TREATMENT_START = (r"\b(?:starting|start|begin\w*) (?:my |the )?(?:chemo\w*|radiotherapy|treatment|dialysis)\b|"
                   r"\b(?:first|next) (?:round of |session of |dose of |cycle of )?(?:chemo\w*|radiotherapy|radiation|"
                   r"dialysis|immunotherapy|infusion)\b|\b(?:chemo\w*|radiotherapy|dialysis) (?:starts|begins)\b")
# Afraid an illness has come back: a fear, not news.
FEARED_RETURN = (r"\b(?:terrified|scared|afraid|worried|frightened|convinced|what if|in case|paranoid)\b[^.!?]{0,30}"
                 r"\b(?:come back|coming back|returned|spread|back again)\b")
# The heating or hot water gone in the cold: a practical emergency at home.
NO_HEATING = (r"\b(?:boiler|heating|central heating|hot water)\b[^.!?]{0,20}\b(?:packed in|packed up|broken|broke|"
              r"stopped working|gone off|died|not working|conked out|on the blink)\b")
# Going into hospital for an operation: nerves before it.
HOSPITAL_STAY = (r"\b(?:going|go|went) (?:in|into) (?:hospital|the hospital)\b[^.!?]{0,25}\b(?:on|next|for|tomorrow|"
                 r"monday|tuesday|wednesday|thursday|friday)\b")
# An old pet near the end of its life, no vet yet: a grief to come.
OLD_PET = (r"\b(?:dog|cat|pet|rabbit|horse|budgie|parrot)\b[^.!?]{0,40}\b(?:getting old|so old|slowing down|"
           r"(?:how much|how long) (?:longer|more time) (?:he|she|it|they)(?:'s| has| have|'ve) got)\b")
# Struggling to manage at home since an illness or a fall: a need for help, not a diagnosis.
SELF_CARE = (r"\b(?:struggling|struggle|can'?t manage|finding it hard|not managing) (?:to )?(?:look after myself|"
             r"manage|wash|dress|cook|get (?:washed|dressed)|keep (?:the house|on top))\b[^.!?]{0,40}\bsince\b")
# Not sure whether they took their tablets: a practical worry about a dose.
DOSE_DOUBT = (r"\b(?:can'?t remember|don'?t know|not sure|forgot|forget(?:ting)?) (?:if|whether) i(?: took| have "
              r"taken|'ve taken| had) (?:my |the )?(?:\w+ )?(?:tablets|pills|medication|medicine|meds|dose|insulin)\b")
# A day out that went well: a happy memory, not a plan.
PAST_OUTING = (r"\b(?:had|we had|spent) (?:a |such a |the most )?(?:lovely|wonderful|great|brilliant|nice|fantastic|"
               r"smashing) (?:day|time|afternoon|morning|evening|trip|outing|weekend)\b")
# Afraid of ending up in a care home: a fear about the future.
CARE_HOME_FEAR = (r"\b(?:scared|afraid|frightened|terrified|worried|dread\w*)\b[^.!?]{0,30}\b(?:end up|go|going|be put|"
                  r"being put|moving|sent)\b[^.!?]{0,12}\bin(?:to)? (?:a|the) (?:care |nursing |residential )?home\b")
# Retiring: a milestone, not a job lost (unless they were pushed out or feel lost).
RETIRED = r"\b(?:retired|retiring|retirement)\b"
# Adrift after work: the days empty, no longer useful.
RETIRED_ADRIFT = (r"\b(?:don'?t know what to do|lost|empty|miss\w*|bored|no purpose|at a loose end|spare part|useless|"
                  r"no use|scrap ?heap|invisible|pointless|unwanted|not needed|nobody needs)\b")
_PUSHED_OUT = (r"\b(?:forced|made to|had to|pushed|early retirement|ill[- ]health|dreading|worried|scared)\b|"
               + RETIRED_ADRIFT + "|" + EMPTY_DAYS + r"|\bretirement (?:flat|home|village|housing|complex|community|"
               r"bungalow|apartment|party|plans?)\b")
# Not on speaking terms since a family day ("since the funeral"): a rift, whatever the day was.
SPEAKING_SINCE = (r"\b(?:haven'?t|hasn'?t|have not|has not|not|never|barely) (?:spoken|talked|been in touch|said a "
                  r"word)(?: to each other| to (?:me|her|him|them))? since\b")
# Someone close will not speak to them, or a row not yet mended: a hurt that lasts.
ESTRANGED = (r"\b(?:won'?t|will not|doesn'?t|does not|don'?t|hasn'?t|haven'?t|isn'?t|aren'?t|not|stopped|refuses? to|"
             r"refused to) (?:been )?(?:speak(?:ing)?|talk(?:ing)?|spoken|talked) to (?:me|us|each other)\b|"
             r"\b(?:haven'?t|hasn'?t|have not|has not|not) (?:spoken|talked|been in touch) (?:in|for) (?:\w+ )?"
             r"(?:years?|months?|ages)\b|" + SPEAKING_SINCE + r"|"
             r"\b(?:haven'?t|hasn'?t|have not|has not|never|not yet) (?:\w+ )?(?:made up|made it up|patched (?:it|"
             r"things) up)\b(?! (?:my|your|his|her|their|our) minds?| the| to| those| these| that)|\b(?:fallen|fell) "
             r"out with\b")
# Someone else gets the praise or the attention: feeling overlooked.
OVERLOOKED = (r"\b(?:always|only ever|still) (?:gets?|got|getting) (?:all )?(?:the )?(?:praise|credit|attention|thanks|"
              r"fuss)\b|\b(?:i|me) (?:get|got|getting) (?:nothing|no thanks|no credit|overlooked|ignored)\b|"
              r"\b(?:mum'?s|mom'?s|dad'?s) favou?rite\b|\bfavou?rite (?:child|son|daughter|grandchild)\b")
# Unseen at work: effort nobody notices or thanks.
UNSEEN_AT_WORK = (r"\b(?:invisible|unnoticed|unappreciated|taken for granted|overlooked|"
                  r"undervalued)\b[^.!?]{0,20}\b(?:at work|at the office|in my job|in the team|by my (?:boss|manager|"
                  r"team))\b|\b(?:at work|boss|manager|team)\b[^.!?]{0,30}\b(?:nobody|no one|never) (?:notices?|"
                  r"thanks|says thank you|appreciates?)\b|\b(?:nobody|no one) (?:notices|appreciates|sees) (?:what|"
                  r"how much|all) (?:i do|the work)\b|\b(?:nobody|no one) (?:at work|in the office|on (?:the|"
                  r"my) team) (?:ever )?(?:notices|appreciates|thanks)\b")
# Starting somewhere new among strangers: nerves, not a workload.
NEW_START = (r"\b(?:start\w*|begin\w*|first day (?:at|of|in))\b[^.!?]{0,30}\bnew (?:job|school|class|course|college|"
             r"university|group|club|team|home)\b")
_STRANGERS = (r"\b(?:don'?t|do not|won'?t|will not) know (?:a soul|anyone|anybody|a single (?:person|soul)|a single "
              r"face)\b|\b(?:nervous|scared|terrified|worried|anxious|dreading|frightened)\b")
# Someone close is about to move far away: a loss to come, whatever else they feel.
CLOSE_MOVING = (r"\b(?:my|our) (?:best friend|(?:oldest |closest )?friend|daughter|son|grandson|granddaughter|sister|"
                r"brother|neighbour|grandchildren|grandkids|kids|children)\b[^.!?]{0,20}\b(?:is|are|'s|'re) "
                r"(?:moving|emigrating|relocating|going to live)\b")
# An everyday nuisance at their door (dog mess, fly-tipping): an annoyance, not a danger.
DOORSTEP_NUISANCE = (r"\b(?:dog (?:mess|poo|muck|dirt)|foul(?:s|ing)?|fly-?tipp\w*|rubbish|litter|dumped)\b"
                     r"[^.!?]{0,40}\b(?:door|"
                     r"doorstep|gate|garden|drive|path|step|letterbox|front|outside)\b")
# A benefit or pension stopped or cut: a money worry, not a job lost.
BENEFITS_CUT = (r"\b(?:benefits?|pension|allowance|universal credit|pip|housing benefit)\b[^.!?]{0,30}\b(?:stopp\w*|"
                r"cut(?! (?:me|us)\b)|reduced|taken away|suspended|sanctioned|refused|turned down)\b|\b(?:stopp\w*|cut|"
                r"reduced|suspended|refused)\b[^.!?]{0,20}\bmy (?:benefits?|pension|allowance)\b")
# A neighbour not seen for days, curtains still drawn: a worry for their safety, worth a knock.
NEIGHBOUR_UNSEEN = (r"\b(?:neighbour|next door|the lady|the man)\b[^.!?]{0,20}\b(?:hasn'?t|haven'?t|not) (?:collected|"
                    r"taken in|picked up) (?:her|his|their|the) (?:milk|post|paper|newspaper|bins?|parcels?)\b|"
                    r"\b(?:haven'?t|hasn'?t|not|nobody has|no one has) (?:seen|heard)\b[^.!?]{0,30}\b(?:neighbour|next "
                    r"door|across the road|upstairs|downstairs)\b[^.!?]{0,30}\b(?:days|a week|a while)\b|"
                    r"\b(?:neighbour|next door|across the road)\b[^.!?]{0,40}\b(?:curtains|"
                    r"blinds)\b[^.!?]{0,30}\b(?:closed|drawn|shut)\b|\b(?:neighbour|next door|across the "
                    r"road)\b[^.!?]{0,25}\b(?:hasn'?t|haven'?t|not|never) (?:opened|drawn back|pulled back|pulled "
                    r"open) (?:her|his|their|the) (?:curtains|blinds)\b|\b(?:neighbour'?s|next "
                    r"door'?s)\b[^.!?]{0,20}\b(?:milk|post|papers|bins?)\b[^.!?]{0,20}\b(?:piling up|still (?:on|out)|"
                    r"not been taken)\b")
# A medicine's side effects ("the new tablets make me feel like a zombie"): worth telling the doctor.
SIDE_EFFECTS = (r"\b(?:medication|medicine|tablets?|pills?|meds|drugs?|treatment|chemo|injections?|inhaler|"
                r"patches?)\b[^.!?]{0,30}\b(?:makes?|make|making|made|leaves?|leave|leaving|left|giving|gives?|give) "
                r"me (?:feel(?:ing)? )?(?:like a zombie|like death|sick|dizzy|drowsy|sleepy|groggy|foggy|awful|"
                r"terrible|rough|ill|nauseous|queasy|spaced out|numb|woozy|horrible|weird|strange|flat|exhausted|shaky|"
                r"headaches?|a rash|constipated|(?:so |really |very )?(?:tired|low|down|sad|angry|anxious))\b|"
                r"\bside[- ]effects?\b")
# Someone close arrested or charged: a shock and a fear for them.
ARRESTED = (r"\b(?:my|our) (?:\w+ )?\w+(?:'s| has| was| were| have| got|'s been| has been) (?:been )?(?:arrested|"
            r"charged|taken (?:in|away) by the police|picked up by the police|remanded|held by the police)\b")
# Low or tearful since a baby came: a new parent who may need help (postnatal depression is common).
AFTER_BABY = (r"\b(?:crying|cry|low|down|numb|empty|can'?t cope|not coping|struggling|hopeless|anxious|don'?t feel "
              r"anything|can'?t stop crying|not bonding|don'?t love)\b[^.!?]{0,40}\bsince (?:the|my|our) (?:baby|son|"
              r"daughter|little one) (?:was born|arrived|came)\b|\bsince (?:the|my|our) (?:baby|little one) (?:was "
              r"born|arrived|came)\b[^.!?]{0,40}\b(?:crying|low|down|numb|empty|can'?t cope|not coping|struggling|"
              r"hopeless|anxious|don'?t feel anything|not bonding)\b")
# Someone close who keeps falling (and won't use the frame): a worry with things that help.
KEEPS_FALLING = (r"\b(?:keeps?|kept) (?:on )?(?:falling(?! asleep| off to sleep)|having falls|tripping|going over)\b|"
                 r"\b(?:been|is) falling (?:a lot|more|over|lately|again)\b|\b(?:had|has had) (?:a few|several|"
                 r"another|three|two|lots of) falls\b|\bwon'?t use (?:his|her|their) (?:frame|walker|stick|"
                 r"walking stick|rollator|pendant|alarm)\b")
# Someone unkind to them in a service (a rude nurse, a receptionist): a hurt, not their own fault (a
# partner snapping is a change in someone close, read by other rules).
RUDE_TO_ME = (r"\b(?:was|were|been|so|really|very|quite) (?:rude|nasty|horrible|short|dismissive|patronising|"
              r"condescending|unkind) (?:to|with) me\b|\bhow (?:rude|nasty|horrible|dismissive|patronising|"
              r"condescending|unkind)\b[^.!?]{0,30}\b(?:was|were|is|are|had been) (?:to|with) me\b|\b(?:spoke|"
              r"talked) to me like (?:a child|an idiot|dirt|i was stupid)\b")
# Missing someone's voice, laugh or smell: grief in the small things (or someone far away).
MISS_SMALL_THINGS = (r"\bmiss (?:the sound of |hearing )?(?:his|her|their|my (?:late )?(?:husband|wife|mum|mom|"
                     r"mother|dad|father|partner|gran\w*|nan|grandad)'s) (?:voice|laugh|smile|smell|jokes|singing|"
                     r"whistling|cooking|company|(?:sunday )?roast|sunday lunch|baking|stews?|soup|cakes?)\b")
# A diagnosis at last after years of not knowing: relief at an answer, with new questions.
DIAGNOSIS_AT_LAST = (r"\b(?:finally|at last|at long last)\b[^.!?]{0,20}\b(?:got|have|had|been given) (?:a |the )?"
                     r"diagnosis\b|\bdiagnosis\b[^.!?]{0,20}\bafter (?:\w+ )?(?:years|months)\b")
# A pet giving birth: happy family news.
PET_BIRTH = (r"\b(?:dog|cat|bitch|rabbit|hamster|guinea pig|she)\b[^.!?]{0,20}\b(?:had|has had|gave birth to|"
             r"delivered) (?:\w+ )?(?:puppies|pups|kittens|kits|babies|a litter)\b")
# A carer or nurse they like: gratitude for the people who look after them.
GOOD_CARER = (r"\b(?:new )?(?:carer|care worker|nurse|home help|district nurse|cleaner|helper)\b (?:is|was|are|were) "
              r"(?:so |really |very |absolutely |just )?(?:lovely|wonderful|great|kind|brilliant|nice|fantastic|a "
              r"treasure|an angel|a gem|so good)\b")
# Feeling like themselves again after a long low: a good day that matters.
MYSELF_AGAIN = (r"\b(?:felt|feel|feeling) (?:like )?(?:myself|my old self|more like myself|human) again\b|\bfirst "
                r"(?:day|time|week)\b[^.!?]{0,20}\b(?:felt|feel) (?:like )?(?:myself|normal|human|my old self)\b")
# A pet unwell ("our dog is really poorly"): a worry, and a vet to see (not a loss, not the person's illness).
PET_UNWELL = (r"\b(?:dog|cat|puppy|kitten|rabbit|horse|pony|budgie|parrot|hamster|tortoise|guinea pig|pet|"
              + "|".join(PET_BREEDS) + r")\b[^.!?]{0,25}\b(?:poorly|ill|sick|unwell|not (?:been )?(?:well|right|"
              r"himself|herself|eating)|"
              r"(?:hasn'?t|isn'?t|'s not) been (?:well|right|eating)|off (?:his|her|"
              r"its) food|limping|being sick|lethargic|under the weather|(?:had|has|having|needs?) (?:to have )?(?:an "
              r"operation|surgery|an op)|amputat\w+|(?:leg|tail|eye|tooth|teeth) (?:removed|taken out))\b|\bvets?\b"
              r"[^.!?]{0,40}\b(?:(?:his|her|its|their) (?:leg|tail|eye|tooth|teeth|spleen|lump) (?:removed|taken out|"
              r"amputated)|amputat\w+|needs? (?:an operation|surgery|an op))\b")
# Someone going with them to something hard ("my daughter's coming with me"): company, a comfort.
COMPANY_FOR_IT = (r"\b(?:coming|going|come|go|be there|sit in) with me\b|\bwon'?t be (?:on my own|alone|by myself) "
                  r"(?:for|at|on)\b")
# A group or club nearby that they might join: a hopeful step.
GROUP_NEARBY = (r"\bthere'?s (?:a|an) (?:\w+ ){0,2}(?:group|club|class|choir|lunch club|coffee morning|cafe|café|"
                r"society|circle)\b[^.!?]{0,30}\b(?:at|in|near|down|round|on)\b")
# A row with someone close: a hurt that lingers.
ROW_WITH = (r"\b(?:had|have had|we had|having) (?:a|another|an awful|a big|a terrible|a huge|a bit of a|"
            r"a blazing) (?:row|argument|fight|falling out|bust-up|barney|set-to|disagreement|shouting match) with\b|"
            r"\b(?:\w+ and i|me and (?:my )?\w+|we|we'?ve) (?:had|have had|keep having|are always having|"
            r"'ve had) (?:a |another |an )?(?:\w+ )?(?:row|argument|fight|falling out|bust-up|shouting match)s?\b")
# Arrived for an appointment ("I'm here to see Dr Patel"): a visitor to welcome and point to the desk.
APPOINTMENT_ARRIVAL = (r"\b(?:i'?m|i am|we'?re|we are) here (?:to see|for (?:my|an|the|a) (?:\w+ )?(?:appointment|scan|"
                       r"x-?ray|blood test|check-?up|interview|meeting))\b|\b(?:i'?ve|i have) (?:got )?an appointment "
                       r"(?:with|at)\b[^.!?]{0,30}\b(?:early|late|now|at \d)")
# Waiting long without news ("nobody's called my name"): a frustration to put right at the desk.
WAITING_LONG = (r"\b(?:been )?waiting (?:for )?(?:over |more than |nearly |almost )?(?:an|one|two|three|\d+|half an) "
                r"(?:hours?|and a half)\b|\b(?:nobody|no one|no-one)(?:'s| has)? (?:called|come for) (?:me|my name)\b|"
                r"\b(?:sat|been|sitting) here (?:for )?(?:over |nearly |almost )?(?:an|one|two|three|four|\d+|half an) "
                r"hours?\b[^.!?]{0,30}\b(?:waiting|to be seen|nobody|no one)\b")
# A long wait for treatment (months for an appointment, a year on a list): worn down, and who to ask.
WAITING_LIST = (r"\bon (?:a|the) (?:\w+ )?waiting list\b|\bwait(?:ing|ed) (?:for )?(?:over |more than |nearly |"
                r"almost )?(?:\w+ )?(?:weeks|months|years?)\b[^.!?]{0,20}\b(?:for|on) (?:a|an|my|the|his|"
                r"her) (?:\w+ )?(?:appointment|operation|referral|op|surgery|scan|hip|knee|treatment)\b")
# Someone close in surgery now: the wait while they are in theatre.
IN_SURGERY_NOW = (r"\b(?:just )?(?:gone|went|going) (?:into|in to|down to) (?:surgery|theatre|the operating theatre)\b|"
                  r"\b(?:in|still in) (?:surgery|theatre)\b")
# Someone close out of sight for a long while ("he's been in that room for ages"): a wait for news.
NO_NEWS_YET = (r"\b(?:been in|in) (?:there|that room|the room|theatre|surgery|with the "
               r"doctors?)\b[^.!?]{0,20}\b(?:ages|hours|so long|a long time|forever)\b")
# Someone else's exams and stress: a parent's or grandparent's worry.
OTHERS_EXAMS = (r"\b(?:my|our) (?:\w+ )?(?:son|daughter|grandson|granddaughter|boy|girl|kids?|children)(?:'s| has| "
                r"have)? (?:got )?(?:her |his |their )?(?:exams?|gcses|a-?levels|finals|tests?)\b")
# Told they never listen: a complaint from someone close, to understand.
NEVER_LISTEN = r"\b(?:says?|said|tells? me|told me|keeps? saying|complains?) (?:that )?i (?:never|don'?t) listen\b"
# Care costs and the house ("I'll lose my house if I go into care"): a money worry with real advice.
CARE_COSTS = (r"\b(?:lose|losing|sell|selling|have to sell)\b[^.!?]{0,15}\b(?:my|our|the) (?:house|home|bungalow|"
              r"flat)\b[^.!?]{0,30}\b(?:care|a home|nursing home)\b|\b(?:pay(?:ing)? for|cost of|afford) (?:my |his |"
              r"her )?(?:care|a care home|the care home|nursing home)\b")
# Noises in the house at night: fear of an intruder, or something to check.
NOISES_IN_HOUSE = (r"\b(?:hear|hearing|heard)\b[^.!?]{0,10}\b(?:noises?|footsteps|banging|bangs|creaking|someone)\b"
                   r"[^.!?]{0,20}\b(?:downstairs|upstairs|in the (?:house|loft|attic|kitchen|garden)|at night|in the "
                   r"night)\b")
# Nobody to go with them to a hospital or appointment: alone for something hard.
NO_COMPANION = (r"\b(?:nobody|no one|no-one|not anyone|got nobody|have nobody)\b[^.!?]{0,15}\b(?:to (?:go|come|take "
                r"me) (?:to|with me)|to go with me)\b")
# Lied to by someone close: a betrayal.
LIED_TO = r"\b(?:been )?(?:lying|lied) to (?:me|us)\b"
# A visit to a grave or a memorial: grief.
GRAVE_VISIT = (r"\b(?:(?:his|her|their|my (?:\w+ )?\w+'s|mum'?s|dad'?s) (?:grave|headstone|memorial)|the (?:cemetery|"
               r"crematorium|churchyard))\b")
# Living alone for the first time: nerves at a big step.
ALONE_FIRST_TIME = (r"\bliving (?:on my own|alone|by myself) for the first time\b|\bfirst time (?:i'?ve )?"
                    r"(?:ever )?lived (?:on my own|alone|by myself)\b|\bnever (?:ever )?lived (?:on my own|alone|by "
                    r"myself)\b")
# Pain that stops them walking ("my hip is so painful I can hardly walk"): a doctor's matter, not a shrug.
PAIN_LIMITS = (r"\b(?:hip|knee|back|leg|foot|feet|ankle|hips|knees)\b[^.!?]{0,20}\b(?:so |really |very )?(?:painful|"
               r"sore|bad|agony)\b[^.!?]{0,25}\b(?:hardly|can'?t|barely) (?:walk|move|get about|stand|sleep)\b")
# Can't afford to go to a family occasion: missing it hurts, whatever the news.
CANT_AFFORD_TO_GO = r"\b(?:can'?t|cannot|couldn'?t|won'?t be able to) afford to (?:go|be there|travel|get there|fly)\b"
# Life support to be withdrawn: someone close at the end.
LIFE_SUPPORT_END = (r"\b(?:turn(?:ing)? off|switch(?:ing)? off|withdraw(?:ing)?|stop(?:ping)?) (?:the |his |her |my "
                    r"\w+'s |\w+'s )?(?:life support|ventilator|machines?)\b|\blife support\b[^.!?]{0,20}\b(?:off|"
                    r"withdrawn|stopped)\b")
# A panic attack told afterwards: frightening, and passes.
PANIC_ATTACK = r"\b(?:had|have|having|get|got|keep getting) (?:a |another )?panic attacks?\b"
# Someone close bullied online: a worry with practical steps.
BULLIED_ONLINE = (r"\b(?:bullied|trolled|harassed|picked on)\b[^.!?]{0,15}\b(?:online|on (?:social media|facebook|"
                  r"instagram|snapchat|tiktok|whatsapp|the internet|her phone|his phone))\b|\bcyber-?bull\w*")
# A hearing aid or glasses to get: a small change, often a big help.
NEW_AID = (r"(?<!n't )(?<!not )(?<!longer )\b(?:need|needs|told i need|getting|get|got|using|use) (?:a |my |the )?"
           r"(?:first |new )?(?:hearing "
           r"aids?|glasses|(?:a )?walking (?:stick|frame)|(?:a )?stick|(?:a )?zimmer(?: frame)?|(?:a )?rollator|"
           r"(?:a )?wheelchair|(?:a )?mobility scooter)\b")
# Aching after effort, said as a figure of speech ("my feet are killing me"): sympathy and a rest.
# (situation.literal has already turned "killing me" into "driving me mad")
ACHING_FIGURATIVE = (r"\b(?:feet|knees|legs|arms)\b (?:is|are|'re) (?:killing me|driving me mad)\b|\b(?:back|"
                     r"shoulders?|neck|hips?|hands)\b (?:is|are|'re|'s) (?:killing me|driving me mad) after\b")
# "I'm not going to do anything silly, I'm just sad": sadness, said plainly, with no regret or wrong done.
JUST_SAD = r"\bnot (?:going to|gonna) do anything (?:silly|stupid|daft|rash)\b"
# A flatmate or housemate who takes liberties: an everyday grievance at home.
HOUSEMATE = r"\b(?:flat-?mates?|house-?mates?|room-?mates?)\b"
# Comparing themselves with others ("falling behind everyone my age", Instagram): a pressure that stings.
COMPARING = (r"\b(?:compar\w+ myself|falling behind|behind everyone|everyone (?:else )?my age|everyone else (?:has|is) "
             r"(?:got|getting|doing))\b")
# Long hours without a break: worn out, not a list of tasks.
LONG_HOURS = (r"\b(?:twelve|12|thirteen|14|fourteen|ten|10|double|night|long)[- ]hour shifts?\b|\bshifts in a "
              r"row\b|\b(?:working|worked) "
              r"(?:\w+ )?(?:days|weeks) (?:in a row|straight|without a (?:break|day off))\b|\bno days? off\b")
# Parents separating: a big change for their child, whatever the age.
PARENTS_SPLIT = (r"\b(?:my|our) (?:mum and dad|parents|mom and dad)(?:'s| are| have)? (?:getting (?:a )?divorced?|"
                 r"splitting up|separating|split up|divorcing|breaking up)\b")
# Everyone at school or work ignores them: left out, a kind of bullying.
# ("nobody talks to me" is loneliness, read by other rules)
IGNORED_BY_ALL = (r"\b(?:everyone|everybody|they all|the others|the other \w+)\b[^.!?]{0,40}\b(?:ignores?|ignored|"
                  r"blanks? me|blanked me|freezes? me out|froze me out|leaves? me out|left me out|leaving me out)\b|"
                  r"\b(?:friend group|friends|group)\b[^.!?]{0,20}\b(?:leaving me out|left me out|leave me out)\b")
# A parent who never says they are proud or loving: a long ache.
NEVER_PROUD = (r"\b(?:never|doesn'?t ever|has never|won'?t) (?:once )?(?:says?|said|tells? me|told me) (?:that )?"
               r"(?:he'?s|she'?s|they'?re|he is|she is|he was|she was) proud\b|\bnever (?:says?|said|tells? me|told me)"
               r" (?:he|she|they) loves? me\b")
# A parent's partner who is unkind to them at home: a hurt, and a gentle question about safety.
HARSH_AT_HOME = (r"\b(?:mum'?s|mom'?s|dad'?s|mother'?s|father'?s) (?:new )?(?:boyfriend|girlfriend|partner|husband|"
                 r"wife)\b[^.!?]{0,20}\b(?:horrible|nasty|mean|cruel|shouts? at me|scary|scares me|hates me)\b|"
                 r"\b(?:step-?dad|step-?mum|step-?mom|stepfather|stepmother)\b[^.!?]{0,20}\b(?:horrible|nasty|mean|"
                 r"cruel|shouts? at me|scares me|hates me)\b")
# Exam results on the way: the wait, not a pile of tasks.
# (a medical test's results are an illness worry, read by other rules)
RESULTS_DUE = (r"\b(?:exam|gcse|a-?level|degree|uni|school|college) results\b|\bresults day\b|\b(?:exam|gcse|"
               r"a-?level)s?\b[^.!?]{0,20}\bresults\b")
# Torn between two choices: a decision to think through.
TORN = (r"\b(?:can'?t decide|don'?t know whether|torn between|in two minds|can'?t make up my mind)\b|\b(?:offered|"
        r"an offer)\b[^.!?]{0,60}\b(?:don'?t know|not sure|can'?t decide) (?:what to do|whether|if i should)\b|"
        r"\bshould i (?:take|accept|retire|sell|move house|take it|say yes)\b")
# Thinking of leaving a partner: a huge decision to talk through, not a heartbreak already done.
LEAVING_PARTNER = (r"\b(?:thinking (?:about|of)|think i (?:want|need|should|might|have) to|want to|going to|might|"
                   r"planning (?:to|on)|plan to|decided to|plucking up the courage to|"
                   r"can'?t decide whether to) (?:leave|leaving|divorce|divorcing|split(?:ting)? up with) (?:my|him|"
                   r"her)\b(?: (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend))?")
# Taught something by someone close ("my grandad taught me to fish"): a happy moment shared.
TAUGHT_ME = (r"\b(?:taught|teaching|showed|showing) me (?:how )?to (?:fish|cook|bake|knit|sew|swim|ride|drive|paint|"
             r"dance|play|garden|make|build|fix|whittle|crochet)\b")
# A healthy streak ("the gym five days in a row"): an achievement, however the sentence reads.
STREAK = (r"\b(?:gym|run|ran|running|walk\w*|swim\w*|exercis\w*|workouts?|yoga|sober|smoke-?free|no (?:smoking|"
          r"drinking|cigarettes|sugar))\b[^.!?]{0,40}\b(?:days|weeks|mornings|months|times) in a row\b")
# "Not too bad, thanks": an answer to "how are you", nothing to worry about.
FINE_THANKS = (r"^\W*(?:oh,? )?(?:i'?m )?(?:not (?:too |so )?bad|fine|good|alright|all right|okay|ok|can'?t complain|"
               r"mustn'?t grumble|getting there|bearing up)(?:,? thanks?(?: you)?| thank you)?(?:,? (?:and|how about) "
               r"you\??)?\W*$")
# "I've got some good news": news on its way.
NEWS_TEASER = (r"\b(?:i'?ve |i have |we'?ve )?got (?:some )?(?:good|great|brilliant|exciting|amazing) news\b|^\W*guess "
               r"what\W*$")
# Deciding to speak up ("I think I need to say something"): a step worth backing.
SPEAK_UP = (r"\bi (?:think i )?(?:need to|should|ought to|have to|want to|must|'?ll|will) (?:say something|speak up|"
            r"talk to (?:him|her|them|my \w+)|have (?:a|it) (?:word|out)|tell (?:him|her|them|my \w+))\b")
# A likely cause offered for a low mood ("maybe it's the weather"): a gentle idea, not news.
WEATHER_CAUSE = (r"\b(?:maybe|perhaps|probably|must be|could be)\b[^.!?]{0,10}\bthe (?:weather|dark nights|winter|"
                 r"grey)\b")
# "I don't really know why", said alone: a feeling without a reason, not confusion to clear up.
NO_REASON_WHY = r"^\W*(?:i )?(?:(?:don'?t|do not) (?:really )?know why|no idea why|not sure why)\W*$"
# A visit cut short ("he only stayed ten minutes"): a let-down, not news to celebrate.
SHORT_VISIT = (r"\bonly (?:stayed|stopped|came) (?:for )?(?:ten|five|twenty|a few|\d+) minutes\b|\bonly stayed (?:a|"
               r"ten|five|twenty|\d+)\b|\b(?:didn'?t|couldn'?t) stay (?:long|more than)\b|\bcouldn'?t wait to (?:leave|"
               r"get away|go)\b")
# Driving given up ("I had to sell my car because I can't drive anymore"): a loss of freedom.
DRIVING_GIVEN_UP = (r"\b(?:sell|sold|selling|give up|gave up|given up|giving up|hand in|handed in|had to stop|"
                    r"stopped)\b[^.!?]{0,15}\b(?:my car|driving|my licen[cs]e|my keys)\b|\b(?:lost|losing|"
                    r"had to give up|taken away|had taken away) (?:his|her|my|their) (?:driving )?licen[cs]e\b|"
                    r"\bcan'?t drive any ?more\b|\bmiss (?:my )?(?:driving|the car|my car|being able to drive)\b")
# The house quiet after a visit ("the family stayed for Christmas and now the flat's so empty"): missing them.
AFTER_VISIT = (r"\b(?:visit\w*|came (?:round|over|to stay)|stayed|were here|was here)\b[^.!?]{0,50}\b(?:so |really |"
               r"very )?(?:quiet|empty|silent)\b")
# Someone else's wedding or engagement ("my colleague is getting married"): happy news (an ex's is not).
OTHERS_WEDDING = (r"\b(?:my|our) (?!ex\b)(?:\w+ )?\w+(?:'s| is| has| have| are|'re) (?:just )?(?:getting married|got "
                  r"engaged|engaged|tying the knot)\b")
# A visitor gone home ("my wife has gone home", said on a ward or in a home): the visit over, not a breakup.
VISITOR_LEFT = (r"\b(?:wife|husband|partner|son|daughter|mum|dad|family|visitors?|they|she|he)(?:'s| has| have|'ve)? "
                r"(?:just )?(?:gone|went) home\b(?! (?:for good|to (?:her|his) (?:mum|mother|parents)|and (?:isn'?t|"
                r"won'?t|is not) coming back))")
# Afraid of how others will react ("I'm scared of what they'll say"): a worry about people, not health.
WHAT_THEY_THINK = (r"\b(?:scared|afraid|worried|nervous|terrified|dreading)\b[^.!?]{0,15}\bwhat (?:they|he|she|people|"
                   r"everyone|my \w+)(?:'ll| will| might| would|'d) (?:say|think)\b")
# A vaccination had or due ("I've just had my flu jab"): everyday health news.
JAB = (r"\b(?:had|got|having|getting|booked|due) (?:my |the |our |a )?(?:\w+ )?(?:jab|vaccine|vaccination|booster|"
       r"flu jab|covid jab|shingles jab)\b")
# Turned down for something they hoped for (a flat, a job, a loan): a disappointment.
TURNED_DOWN = (r"\b(?:turned down|rejected|refused|knocked back) for (?:the|a|my) (?:\w+ )?(?:flat|house|bungalow|job|"
               r"loan|mortgage|place|course|transfer|grant|tenancy|council house)\b|\bdidn'?t get the (?:flat|house|"
               r"bungalow|job|place)\b")
# Someone close had a fall, told by others ("the care home rang to say mum's had a fall"): a worry about them.
OTHER_FELL = (r"\b(?:mum|mom|mother|dad|father|husband|wife|gran\w*|nan|grandad|granddad|he|she|my \w+)(?:'s|"
              r" has) (?:had|taken) (?:a|another|a nasty|a bad) (?:fall|tumble)\b|\b(?:rang|called|"
              r"phoned) (?:me )?to say (?:\w+ ){1,3}(?:had a fall|fell|has fallen)\b")
# Wishing to see family more: missing them, not news.
SEE_MORE = (r"\bwish i (?:could|got to|saw|could see) (?:see |visit )?(?:\w+ ){0,2}(?:more|more often)\b|\bdon'?t "
            r"(?:get to )?see (?:enough of )?(?:\w+ ){0,2}(?:enough|very often|often enough)\b")
# Afraid of dying (not wishing to): a deep, human fear.
DEATH_FEAR = (r"\b(?:scared|afraid|frightened|terrified|worried|fear) (?:of|about) (?:dying|death|being dead|"
              r"the end)\b|\b(?:scared|afraid|frightened|terrified|worried)\b[^.!?]{0,30}\bin case (?:i|"
              r"i'?ll) (?:don'?t|won'?t|never|not) (?:ever )?wake(?: up)?\b")
# Disliked by a relative or someone close ("my daughter-in-law doesn't like me"): a hurt.
NOT_LIKED = (r"\b(?:my|our) (?:\w+(?:-in-law)?)\b[^.!?]{0,20}\b(?:doesn'?t|don'?t|does not|never (?:has|did)) "
             r"(?:like|want) me\b|\bhas never liked me\b")
# Their own funeral's cost or plan: a practical worry about money, not a death.
OWN_FUNERAL = (r"\b(?:cost of|pay(?:ing)? for|plan(?:ning)?|arrang\w+|afford) (?:for )?my (?:own )?funeral\b|"
               r"\bfuneral plan\b")
# Someone close away for a few days ("gone to her sister's for the weekend"): everyday news, not a loss.
AWAY_A_WHILE = (r"\b(?:gone|going|went|off|away|staying)\b[^.!?]{0,40}\bfor (?:the|a|a few|a couple of|two|three) "
                r"(?:weekend|week|night|nights|days|weeks|fortnight)\b|\baway (?:this|next|for the) weekend\b")
_AWAY_WORRY = r"\b(?:prison|jail|hospital|rehab|respite|hospice|for good|not coming back|left me)\b"
# Someone close out on an errand ("my husband's gone to the shops"): everyday news, not a loss.
ERRAND = (r"\b(?:gone|popped|nipped|went|off|out) (?:out )?(?:to|into|down to|up to) (?:the )?(?:shops?|town|post "
          r"office|bank|chemist|pharmacy|pub|hairdresser'?s|barber'?s|library|market|supermarket|allotment)\b")
# An apology from someone in prison or rehab: relief and sorrow together.
SORRY_FROM_PRISON = (r"\b(?:rang|called|phoned|wrote|texted|letter)\b[^.!?]{0,40}\b(?:prison|jail|rehab)\b[^.!?]{0,40}"
                     r"\bsorry\b|\b(?:prison|jail|rehab)\b[^.!?]{0,40}\b(?:to say|saying|said) (?:he'?s|she'?s|"
                     r"they'?re|he was|she was|they were|how) sorry\b")
# A delivery or a tradesman that never came: a frustration, not loneliness.
NO_SHOW = (r"\b(?:parcel|delivery|package|order|engineer|plumber|electrician|repair ?man|courier|"
           r"technician)\b[^.!?]{0,40}\b(?:never (?:came|turned up|arrived|showed)|didn'?t (?:come|turn up|arrive|show)"
           r"|hasn'?t (?:come|turned up|arrived))\b")
# Not sleeping: met as sleeplessness.
NO_SLEEP = (r"\b(?:can'?t|couldn'?t|cannot) (?:get (?:to|back to) )?sleep\b|\binsomnia\b|\blie awake\b|\blying awake\b|"
            r"\b(?:keep |kept )?waking (?:up )?(?:at|in the) (?:\w+ )?(?:in the morning|o'?clock|night|early hours|"
            r"\d+(?: ?am)?|two|three|four|five)\b|"
            r"\bawake (?:all night|until|till)\b|\bnights are (?:so |very )?long\b|\b(?:i'?m|i am|i'?ve been|i have "
            r"been) not sleeping\b|\bnot (?:been )?sleeping (?:well|properly|at all|much|great)\b|\bhardly (?:slept|"
            r"sleeping)\b")
# Took a brave step to get support: an achievement worth naming.
BRAVE_STEP = (r"\b(?:(?:plucked|got|worked|screwed) up|found|got) (?:the )?(?:courage|nerve)\b|\bmade myself go\b|"
              r"\b(?:finally went|started going|have started going|'ve started going|been going) to (?:the|a) "
              r"(?:bereavement|support|grief|carers'?|memory|slimming|walking|widows'?) (?:group|club|cafe|class)\b")
# Overdrawn or money gone from the account without knowing why: a money worry (and a check for fraud).
OVERDRAWN = (r"\b(?:overdrawn|into (?:my|the) overdraft|in the red|money (?:has )?(?:gone|disappeared|missing|taken) "
             r"(?:from|out of) my (?:account|bank)|payments? (?:i|I) (?:don'?t|didn'?t) recogni[sz]e)\b")
# An appointment missed through no fault of theirs (the bus, the transport, a mix-up): rebook it.
MISSED_APPOINTMENT = (r"\bmissed (?:my|the|our) (?:\w+ ){0,2}(?:appointment|physio|check-?up|clinic|scan|"
                      r"hospital appointment|eye test|hearing test|jab)\b")
# Something good that wasn't the same without someone: a good moment with someone missing from it.
MISSING_FROM_IT = (r"\b(?:wasn'?t|isn'?t|won'?t be|will never be|not) the same without (?:him|her|them|my \w+|"
                   r"[A-Z]\w+)\b|\b(?:won'?t|will not|can'?t|isn'?t|wasn'?t) (?:be )?(?:here|there) to (?:walk|see|"
                   r"share|give)\b|\bwish(?:ed)? (?:he|she|they|(?:my|his|her|their) \w+|[A-Z]\w+) (?:was|were|could "
                   r"have been|had been|could'?ve been|could see|could have seen) (?:here|there|with (?:me|us)|it|this|"
                   r"me)\b")
# Unable to be at a happy occasion ("my grandson is getting married and I can't go, I'm too ill"): good
# news and the sadness of missing it.
CANT_BE_THERE = (r"\b(?:i|we) (?:can'?t|cannot|won'?t be able to|will not be able to|couldn'?t|am not able to) (?:go|"
                 r"be there|make it|get there|travel|attend)\b|\b(?:too (?:ill|poorly|unwell|frail|sick|"
                 r"weak) to (?:go|travel|attend|be there))\b")
# Dreamt of someone close: dreams that stay with you all day.
DREAM_OF = (r"\b(?:dreamt|dreamed|had a dream|dreaming|dream) (?:about|of) (?:my|our) (?:late )?(?:mum|mom|mother|dad|"
            r"father|husband|wife|son|daughter|brother|sister|gran\w*|nan|nana|grandad|granddad|grandma|grandmother|"
            r"grandfather|partner|best friend|friend)\b")
# A carer they cannot understand or who cannot understand them: care that is harder than it should be.
CARER_LANGUAGE = (r"\b(?:carers?|care workers?|nurses?|helpers?|aides?)\b[^.!?]{0,40}\b(?:doesn'?t|don'?t|can'?t|"
                  r"cannot|barely|hardly) (?:speak|understand) (?:much |any |good |proper |a word of )?"
                  r"(?:english|me)\b|\bcan'?t understand (?:the |my )?(?:new )?(?:carers?|care workers?|nurses?|"
                  r"her|him) (?:at all|because|with (?:her|his) accent)|"
                  r"\b(?:carers?|care workers?|nurses?)\b[^.!?]{0,30}\baccent\b")
# Family pressing them to move into a care home against their wishes.
PUSHED_INTO_CARE = (r"\b(?:wants?|want|trying to get|pushing|keeps? (?:telling|asking)|(?:keeps? saying|says?|"
                    r"thinks?) (?:that )?i (?:should|must|ought to|have to|need to)) (?:me )?(?:to )?(?:move|go) "
                    r"(?:in)?to (?:a|the) (?:care |nursing |old people'?s |retirement )?(?:home|sheltered housing|"
                    r"flat)\b|"
                    r"\b(?:put|putting) me in (?:a|the) (?:care |nursing )?home\b|\b(?:told|say|says|said) (?:that )?i "
                    r"(?:need|have|ought|should) (?:to )?(?:go|move) (?:in)?to (?:a|the) (?:care |nursing )?home\b")
# Their working life told with pride: "I used to be a nurse", "forty years on the wards".
PAST_CAREER = (r"\b(?:i|I) (?:used to be|was) an? (?:\w+ )?(?:nurse|teacher|midwife|doctor|engineer|miner|"
               r"nanny|policeman|policewoman|police officer|fireman|firefighter|soldier|sailor|pilot|farmer|builder|"
               r"carpenter|electrician|baker|butcher|postman|postwoman|secretary|typist|seamstress|tailor|dressmaker|"
               r"headteacher|headmaster|headmistress|cook|chef|vicar|librarian|accountant|bus driver|lorry driver|"
               r"mechanic|dentist|vet|journalist|shopkeeper)\b(?![^.!?]*\b(?:now i|but now|can'?t|useless|miss)\b)")
# Things they can no longer do ("I can't manage the stairs any more"): a loss of ability, sad rather than angry.
LOST_ABILITY = (r"\b(?:can'?t|cannot|can no longer|couldn'?t|no longer able to|unable to) "
                r"(?:even |do |manage )?[^.!?]{0,40}\b(?:any ?more|these days|now|like I used to)\b|\bused to\b"
                r"[^.!?]{0,60}\bnow I (?:can'?t|cannot)\b|\b(?:stairs|garden|housework|shopping|cleaning|hill|steps|"
                r"bath|walk to \w+) (?:is|are) (?:getting |becoming )?(?:(?:a bit |far |way )?too much|too hard|too "
                r"difficult|harder and harder|beyond me)\b|\b(?:finding it|find it) (?:really |so |a bit )?(?:hard|"
                r"difficult|harder|a struggle) to (?:manage|climb|get up|do|get down) (?:the )?(?:stairs|steps|garden|"
                r"housework|shopping|bath)\b")
# Their own move, with friends or neighbours they will miss: exciting and sad at once.
MOVING_BUT_MISS = (r"\b(?:we'?re|i'?m|we are|i am) (?:moving|going to move|off|downsizing|selling up|relocating)\b"
                   r"[^.!?]*\bmiss\w*\b")
# Someone close not taking their medicine: a worry about them, with simple aids.
OTHER_SKIPS_MEDS = (r"\b(?:husband|wife|mum|mom|mother|dad|father|partner|he|she|gran\w*|nan|grandad)\b[^.!?]{0,30}"
                    r"\b(?:keeps? forgetting|forgets|forgot|won'?t take|refuses to take|isn'?t taking|stopped taking|"
                    r"keeps? missing) (?:to take )?(?:his|her|their) (?:tablets|pills|medication|medicine|meds|insulin|"
                    r"inhaler)\b")
# Invited somewhere where they will know nobody: glad to be asked, nervous to go.
INVITED_ALONE = (r"\b(?:invited|asked) (?:me )?to (?:a|the|her|his|their|my \w+'s) (?:\w+ )?(?:wedding|party|do|"
                 r"reunion|christening|dinner|birthday|celebration)\b[^.!?]*\b(?:(?:won'?t|don'?t|not) know "
                 r"(?:anyone|anybody|a soul|many people)|on my own|by myself)\b")
# A vet's word that a pet has little time left: the end is near.
PET_TIME_LEFT = (r"\bvets?\b[^.!?]*\b(?:(?:only |just )?(?:weeks|months|days) (?:left|to live)|(?:not|hasn'?t|"
                 r"haven'?t) (?:got )?(?:long|much time) left|(?:isn'?t|is not|won'?t be) (?:going to be )?(?:with us|"
                 r"around) (?:much|for) long|won'?t (?:last|make it (?:through|to|past)) (?:the|another|much|many|"
                 r"till|until|to)\b[^.!?]{0,12})")
# An application refused (a blue badge, a benefit, a grant): a decision that can be challenged.
APPLICATION_REFUSED = (r"\b(?:turned down|refused|rejected|denied|knocked back|turned me down for)\b[^.!?]{0,40}"
                       r"\b(?:blue badge|pip|benefits?|attendance allowance|pension credit|housing benefit|grant|"
                       r"application|claim|disability|carer'?s allowance|bus pass|adaptations?)\b|\b(?:blue badge|"
                       r"pip|claim|application)\b[^.!?]{0,30}\b(?:turned down|refused|rejected|denied)\b")
# Tired all the time, even after sleep: worth a word with the doctor.
TIRED_ALWAYS = (r"\b(?:tired|exhausted|worn out|drained|shattered) all the time\b|\b(?:always|constantly) "
                r"(?:tired|exhausted|worn out)\b|\b(?:tired|exhausted)\b[^.!?]{0,30}\beven after (?:a )?(?:full |"
                r"good |long )?(?:night'?s )?sleep\b|\bno energy (?:at all|for anything)\b")
# Someone close shouted or sworn at by their partner ("he shouts at my daughter in front of the kids").
VERBAL_AT_OTHER = (r"(?<!\bi )(?<!\bi've )(?<!\bwe )(?<!\bi just )\b(?:shouts?|shouting|shouted|yells?|yelling|yelled|"
                   r"screams?|screaming|swears?|swearing) at (?:my|our) (?:daughter|son|sister|brother|mum|mom|mother|"
                   r"dad|father|granddaughter|grandson|niece|nephew|friend|neighbour)\b")
# Someone else being taken advantage of: a worry, and who can look into it.
OTHER_EXPLOITED = (r"\b(?:she|he|they)(?:'s| is| are|'re) being (?:taken advantage of|exploited|used|ripped off|"
                   r"conned)\b|\b(?:neighbour|friend|mum|mom|dad|aunt\w*|uncle|sister|brother|gran\w*|"
                   r"nan)\w*\b[^.!?]{0,20}\bbeing (?:taken advantage of|exploited|ripped off|conned)\b|"
                   r"\btaking advantage of (?:my|our|her|his) (?:neighbour|mum|mom|dad|gran\w*|nan|aunt\w*|uncle|"
                   r"friend)\b|\b(?:mum|mom|dad|gran|nan|grandad|aunt|uncle|neighbour)'s (?:carer|cleaner|helper|"
                   r"care worker|lodger)\b[^.!?]{0,15}\b(?:stole|stolen|took|taken|taking|pinched|helped (?:him|"
                   r"her)self to)\b|\b(?:new )?(?:girlfriend|boyfriend|partner|wife|husband|carer|lodger|friend)\b"
                   r"[^.!?]{0,20}\b(?:taking|took|has taken|spending|bleeding|draining|helping (?:herself|himself) to) "
                   r"(?:all )?(?:his|her|their|dad'?s|mum'?s) (?:money|savings|pension|cash)\b")
# Sent home from hospital with nobody to help: help at home can be arranged.
DISCHARGED_ALONE = (r"\b(?:discharged|sent (?:me )?home|let me (?:go )?home|home from (?:the )?hospital)\b[^.!?]*"
                    r"\b(?:no one|nobody|no-one|noone|on my own|alone|by myself|no help)\b")
# The wrong medicine handed over: don't take it, ring the pharmacy.
WRONG_MEDS = (r"\b(?:gave|given|give) (?:me|us|him|her) (?:the )?wrong (?:tablets|pills|medication|medicine|dose|"
              r"prescription|inhaler|insulin)\b|\bwrong (?:tablets|pills|medication|medicine) (?:in|from|at)\b")
# Writing to someone after a long time, not knowing what to say: a lovely idea, and where to start.
WRITING_TO = (r"\b(?:write|writing|send|sending) (?:a letter|a card|a note|a message|to)\b[^.!?]*\b(?:don'?t know "
              r"(?:what to (?:say|write|put)|where to start|how to start)|not sure what to (?:say|write|put))\b")
# Someone close going through a divorce: a grief to watch.
OTHERS_DIVORCE = (r"\b(?:son|daughter|grandson|granddaughter|brother|sister|nephew|niece)(?:'s| is| has| and (?:his|"
                  r"her) (?:wife|husband))\b[^.!?]{0,25}\b(?:divorc\w*|splitting up|separat\w+|(?:marriage|"
                  r"relationship) (?:is )?(?:breaking|falling) (?:up|apart))\b")
# Criticised or mocked in front of others: a humiliation, theirs to answer for.
SHAMED_IN_PUBLIC = (r"\b(?:criticis\w*|criticiz\w*|told me off|shouted at me|humiliated me|belittled me|tore (?:me|my "
                    r"\w+) apart|made fun of me|laughed at me|picked on me|had a go at me)\b[^.!?]{0,40}\bin front of "
                    r"(?:everyone|everybody|the (?:whole )?(?:team|class|office|others|staff)|my colleagues|colleagues|"
                    r"people|the customers|all)\b")
# Off work with stress: rest is part of getting better.
OFF_WITH_STRESS = (r"\b(?:off (?:work|sick)|signed off)\b[^.!?]{0,25}\b(?:stress|anxiety|depression|burn-?out|my "
                   r"nerves|mental health)\b")
# A partner suspected of cheating: not knowing, not yet a betrayal told.
SUSPECT_CHEATING = (r"\b(?:think|suspect|worried|wonder if|feel like|pretty sure|convinced) (?:that )?(?:my )?(?:\w+ )?"
                    r"(?:is|'s|are|might be|may be|has been) (?:cheating|seeing someone|having an affair)\b")
# Snowed under at work: pressure.
SNOWED_UNDER = (r"\b(?:drowning|snowed under|swamped|buried|up to my neck) (?:in|with) (?:work|emails|paperwork|"
                r"deadlines|marking|assignments|essays|coursework)\b|\b(?:too much|so much) (?:work|on my plate)\b")
# Let down again and again by someone close: a hurt, not a worry about them.
LET_DOWN_AGAIN = (r"\bnever (?:shows? up|turns? up|comes?|rings?|calls?) when (?:he|she|they) (?:says?|said|"
                  r"promised)\b|\b(?:lets?|let) me down (?:again|every time|all the time|time after time)\b|"
                  r"\bbreaks? (?:his|her|their) promises\b|\b(?:always|keeps?) (?:lets?|letting) me down\b")
# Exam results that came back worse than hoped: a disappointment, and options.
RESULTS_BAD = (r"\b(?:results?|grades?|marks?)\b[^.!?]{0,15}\b(?:were|was|came back|are|is) (?:much |a lot |far )?"
               r"(?:worse|lower|bad|poor|disappointing|not (?:good|great|what i (?:wanted|hoped|expected)))\b|"
               r"\bdidn'?t get the (?:grades|results|marks)\b")
# A pet attacked by another animal: a vet first.
PET_ATTACKED = (r"\b(?:dog|dogs|fox|cat|badger)\b[^.!?]{0,20}\b(?:attacked|bit|bitten|mauled|went for|savaged)\b"
                r"[^.!?]{0,5}\b(?:my|our) (?:\w+ )?(?:cat|dog|puppy|kitten|rabbit|pet|chickens?|guinea pig)\b")
# An ex who won't leave them alone: harassment, not heartbreak.
EX_WONT_STOP = (r"\bex\b[^.!?]{0,25}\b(?:keeps? (?:messaging|texting|calling|ringing|turning up|coming round|"
                r"following)|won'?t (?:leave me alone|stop (?:messaging|texting|calling|ringing)|take no for an "
                r"answer))\b")
# A bill they cannot pay this time: ring them first, free debt advice.
CANT_PAY_BILL = (r"\b(?:can'?t|cannot|won'?t be able to|not able to) (?:pay|afford|make) (?:my |the |this month'?s )?"
                 r"(?:credit card|card|loan|rent|mortgage|bills?|council tax|phone bill|water bill|energy bill|"
                 r"electric bill|gas bill|repayments?|payments?)\b")
# Therapy or treatment that isn't helping (yet): worth saying to whoever gives it.
HELP_NOT_WORKING = (r"\b(?:therapy|counsell?ing|counsell?or|therapist|antidepressants|tablets|medication|support group)"
                    r"\b[^.!?]{0,20}\b(?:isn'?t|is not|not|doesn'?t seem to be|hasn'?t been|don'?t seem to be|aren'?t)"
                    r" (?:really |even )?(?:helping|working|making (?:any|a|much) difference)\b")
# Someone with dementia asking for a parent long dead: a hard moment, gently met.
DEMENTIA_ASKS = (r"\b(?:dementia|alzheimer'?s)\b[^.!?]*\b(?:keeps? asking|asks|asked|thinks|looking) (?:for |where |"
                 r"about )?(?:his|her|their) (?:mother|mum|mom|father|dad|wife|husband|sister|brother)\b|"
                 r"\b(?:keeps? asking|asks) (?:for|where) (?:his|her) (?:mother|mum|mom|father|dad) (?:is|was)?\b|"
                 r"\b(?:keeps? (?:asking|saying)|asks|asked) (?:when|where|for|if|whether|about)\b[^.!?]{0,30}\b(?:my|"
                 r"our|his|her) (?:dad|father|mum|mom|mother|husband|wife|brother|sister)\b[^.!?]{0,40}\b(?:died|"
                 r"passed (?:away|on)|is dead|has been dead|been gone)\b")
# Small print they cannot read: ask for large print or help.
SMALL_PRINT = r"\b(?:can'?t|cannot|couldn'?t) read (?:the |this |that )?(?:small|tiny|fine) (?:print|writing)\b"
# Someone close (a child) afraid of a visit or a treatment: how to help them through it.
THEIR_FEAR = (r"\b(?:my|our) (?:little )?(?:boy|girl|son|daughter|grandson|granddaughter|child|kids?|toddler)\b"
              r"[^.!?]{0,10}\b(?:is|are|gets?|'s) (?:so |really |terribly )?(?:scared|frightened|terrified|afraid) "
              r"(?:of|about) (?:the )?(?:dentist|doctors?|needles?|injections?|jabs?|hospital|operation|the dark|dogs|"
              r"school|swimming)\b")
# Words from a doctor they did not follow: ask again, it is common.
NOT_UNDERSTOOD = (r"\b(?:don'?t|didn'?t|can'?t|couldn'?t) (?:really )?(?:understand|follow|make sense of|take in) "
                  r"(?:what|anything|a word|half of what) (?:the )?(?:consultant|doctor|surgeon|specialist|nurse|gp|"
                  r"they|he|she)\b")
# A baby being born right now in the family: excitement and waiting.
IN_LABOUR = (r"\b(?:having (?:her|the|their) baby (?:right )?now|in labour|giving birth (?:right )?now|having (?:her|"
             r"the) baby (?:upstairs|today|as we speak))\b")
# Wanting to go home from a ward or a home: homesick, not a plan.
WANT_HOME = (r"\b(?:i )?(?:just )?(?:want|wanna|wish i could) (?:to )?go home\b|\bwhen can i go home\b|\bi miss my own "
             r"(?:home|bed|house)\b|\b(?:i )?(?:just )?want my own (?:bed|home|house|room|things)\b")
# Told they are making progress (physio, rehab): a success, worth naming.
PROGRESS_TOLD = (r"\b(?:says?|said|told me) (?:that )?(?:i'?m|i am|i'?ve been|he'?s|she'?s) (?:making|doing) (?:really "
                 r")?(?:good|great|excellent|brilliant|real|amazing) progress\b|\b(?:says?|said) i'?m doing (?:really |"
                 r"so )?well\b")
# Someone close sent to a war or a dangerous posting: a parent's fear.
DEPLOYED = (r"\b(?:deployed|being posted|posted|sent out|going out) (?:to|in)(?:to)? (?:a |the )?(?:war|war zone|"
            r"front line|combat|middle east|afghanistan|iraq|syria|ukraine|gulf|overseas|abroad|\w+ on (?:a )?tour)|"
            r"\b(?:been|being|was|is|'s|got) deployed\b")
# A tremor that gets in the way: worth a word with the doctor, and aids meanwhile.
TREMOR = (r"\b(?:hands?|arms?) (?:shake|shakes|shaking|tremble|trembles|trembling)\b[^.!?]{0,40}\b(?:can'?t|cannot|"
          r"hard to|struggle to) (?:hold|write|drink|eat|do up|button)\b|\b(?:tremor|shaky hands)\b|\bhands? (?:are|"
          r"is|have got|get|'re) (?:too |so |really |a bit |very )?(?:shaky|trembly|unsteady)\b")
# A baby crying next door all night: nobody's fault, and still exhausting.
BABY_NOISE = (r"\b(?:(?:neighbou?r'?s?|next door'?s?|upstairs'?)\b[^.!?]{0,20}\bbaby|baby (?:upstairs|next door|"
              r"downstairs))\b[^.!?]{0,20}\b(?:cries|crying|screams|screaming)\b")
# "Is it normal to feel this tired after chemo?": a common after-effect, and when to tell the team.
IS_IT_NORMAL = (r"\bis it (?:normal|usual|common|okay|ok|to be expected) (?:to (?:feel|be|get)|for me to (?:feel|be)) "
                r"(?:so |this |very |really |a bit )?(?:tired|exhausted|worn out|emotional|weepy|teary|low|down|sore|"
                r"achy|stiff|forgetful|foggy|sleepy|irritable|anxious|flat)\b[^.!?]{0,20}\bafter (?P<after>(?:the |my |"
                r"a |an |your )?(?:chemo\w*|radiotherapy|operation|surgery|op|stroke|heart attack|treatment|jab|"
                r"vaccine|fall|anaesthetic|baby|birth|hip replacement|knee replacement))\b")
# Any other "is it normal to ... after ..." about the body: not for a robot to say yes to.
ASKS_IF_NORMAL = (r"\bis (?:it|this|that) (?:normal|usual|common|okay|ok|to be expected|something to worry about)\b"
                  r"[^.!?]{0,50}\b(?:after|since|with) (?:the |my |a |an |your |his |her )?(?:chemo\w*|radiotherapy|"
                  r"operation|surgery|op|stroke|heart attack|treatment|jab|vaccine|fall|anaesthetic|baby|birth|"
                  r"\w+ replacement|tablets|medication|new (?:tablets|medication|pills))\b")
# Medical results due soon ("I've got my results tomorrow"): the wait before news.
RESULTS_SOON = (r"\b(?:my|the|his|her) (?:test |scan |blood |biopsy |mri |ct )?results?\b[^.!?]{0,15}\b(?:tomorrow|"
                r"today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|this week|in the morning|this "
                r"afternoon)\b")
# Only a bruise after a fall or a knock: relief, and what to watch for.
JUST_A_BRUISE = (r"\b(?:just|only) (?:a|some) (?:bruise|bump|graze|scratch|scrape|few bruises)\b|\b(?:just|"
                 r"only) (?:a bit |a little )?(?:bruised|sore|shaken)\b")
# Afraid of falling again: a common fear after a fall, with real help for it.
FEAR_OF_FALLING = (r"\b(?:scared|afraid|worried|frightened|terrified|nervous)\b[^.!?]{0,25}\b(?:fall(?:ing)? again|"
                   r"another fall|having a fall|(?:i'?ll|i will|i might) fall)\b")
# Nobody comes round: days without a knock at the door.
NOBODY_VISITS = (r"\b(?:nobody|no one|no-one|noone) (?:ever )?(?:comes? (?:round|over|to see me|by)|visits?(?: me)?|"
                 r"pops? in|calls? (?:round|in|by))\b")
# Friends one after another gone: a grief of growing old.
FRIENDS_GONE = (r"\b(?:all my|most of my|my old|lots of my|so many of my) friends\b[^.!?]{0,30}\b(?:died|gone|passed|"
                r"dead)\b|\bfriends\b[^.!?]{0,10}\b(?:they'?ve|have) all (?:died|gone|passed)\b")
# What the vet found ("it's his kidneys"): a worry, often treatable.
PET_DIAGNOSIS = (r"\bvets?\b[^.!?]*\b(?:kidneys?|liver|heart|cancer|tumou?r|lump|diabetes|thyroid|arthritis|"
                 r"dementia)\b")
# "I'm so scared I'm going to lose her": frightened for someone very ill.
AFRAID_TO_LOSE = (r"\b(?:scared|afraid|frightened|terrified|worried|petrified)\b[^.!?]{0,20}\b(?:i'?m going to|i'?ll|i "
                  r"might|i could|i will|we'?re going to|we might|we'?ll) lose (?:her|him|them|my \w+)\b")
# "I don't know what I'd do without him": dreading a loss not yet happened.
DREAD_LOSING = (r"\b(?:don'?t|do not) know what i'?(?:d|ll| will| would) do without (?:him|her|them|my \w+)\b|"
                r"\bcan'?t imagine (?:life )?without (?:him|her|them)\b|" + AFRAID_TO_LOSE)
# A move away from someone close that good news brings: torn.
MOVING_AWAY_FROM = (r"\b(?:means?|meaning|have to|having to|would mean) (?:moving|move|leaving|going) (?:away "
                    r")?(?:from|far from|miles from)\b")
# Someone close said something cutting about them: their words, not the truth.
SAID_IM = (r"\b(?:she|he|they|my \w+) (?:said|says|told me|called me) (?:that )?(?:i'?m |i am |i was )?(?:useless|"
           r"stupid|a failure|worthless|pathetic|an idiot|selfish|a burden|hopeless|lazy|a waste of space|too needy|"
           r"needy|clingy|too much|too sensitive|dramatic|a nag|boring|old and slow|slow|past it|a dinosaur|senile|"
           r"an old fool)\b")
# A cutting remark about them or their looks ("she said something hurtful about my weight"): a hurt.
HURTFUL_REMARK = (r"\b(?:said|made|posted|wrote|passed)\b (?:something|a (?:\w+ )?(?:comment|remark|joke|dig)|"
                  r"things)[^.!?]{0,25}\b(?:hurtful|nasty|cruel|horrible|unkind|mean|cutting|spiteful|rude|awful|"
                  r"snide)\b[^.!?]{0,15}\b(?:about|to) (?:me|my)\b|\b(?:hurtful|nasty|cruel|horrible|unkind|mean|"
                  r"cutting|spiteful|rude|snide) (?:comments?|remarks?|jokes?|digs?) about (?:me|my)\b")
# Something taken, they think: upsetting, and what to do.
THINK_TAKEN = (r"\b(?:think|reckon|suspect|sure|wonder if|maybe)\b[^.!?]{0,10}\b(?:someone|somebody|they|he|she)(?: "
               r"has|'s| must have| might have| may have)? (?:taken|stolen|pinched|nicked|had) (?:it|them|my \w+)\b|"
               r"\b(?:carer|cleaner|care worker|helper|nurse)(?:'s| was| is) the only (?:one|person) (?:here|who|in)\b")
# A card or a present bought for someone who has died: love carried on.
STILL_BOUGHT = (r"\b(?:bought|got|made|wrote) (?:him|her|them) a (?:card|present|cake|flowers)\b[^.!?]{0,10}\banyway\b|"
                r"\bstill (?:buy|bought|get|got|write|wrote|send|sent) (?:him|her|them) a (?:card|present|cake)\b")
# Someone coming to visit or to stay: company to look forward to.
# A habit that has ended ("she used to come round on Tuesdays"): a memory, not a plan.
USED_TO = r"\bused to\b|\bwould always\b|\bno longer\b|\bnot any ?more\b|\bany ?more\b"
VISIT_COMING = (r"\b(?:dying|can'?t wait|longing) to see (?:my|our|the|him|her|them)\b|\b(?:coming|come|"
                r"visiting) (?:to visit|to stay|to see (?:me|us)|for (?:christmas|easter|the weekend|a visit|"
                r"a holiday|a few days|a week|tea|dinner|lunch|sunday lunch))\b|\b(?:coming|come) (?:over|round|up|"
                r"down|home) (?:next|this|on|for|at|tomorrow)\b|\b(?:coming|come|back|'s|is|"
                r"will be) (?:back )?home from (?:uni|university|college|the army|abroad|travelling|australia|america|"
                r"canada)\b")
# Unsure they can manage a journey: help with getting there.
JOURNEY_WORRY = (r"\b(?:worried|scared|afraid|not sure|don'?t know if|doubt)\b[^.!?]{0,15}\b(?:i'?ll|i will|i can|"
                 r"i could|i won'?t|i'?m able to|we can|we'?ll|to) (?:\w+ )?(?:manage|cope with|make|face|do) (?:the|"
                 r"that|such a|a)? ?(?:long )?(?:journey|trip|travel\w*|drive|flight|train)\b")
# Asking where a parent is ("Where's my mother? She should be home by now"): met gently, not corrected.
ASKS_FOR_PARENT = r"\bwhere(?:'s| is) my (?:mother|mum|mom|mummy|father|dad|daddy)\b"
# Not knowing where they are: frightening; safety first, then help.
LOST_WHERE = (r"\b(?:i )?(?:don'?t|do not) know where i am\b|\bwhere am i\b|\bi'?m lost\b|\bi (?:can'?t|don'?t) "
              r"(?:find|remember) (?:my way|the way) (?:home|back)\b")
# A device that won't turn on: a practical fix first.
TECH_DEAD = (r"\b(?:tablet|ipad|phone|mobile|laptop|computer|tv|telly|kindle|radio)\b[^.!?]{0,15}\b(?:won'?t|doesn'?t|"
             r"isn'?t|will not) (?:turn|switch|come|power) on\b")
# A visit looked forward to, and tiring to think of: both are fine.
VISIT_TIRING = (r"\b(?:coming|visiting|come|here)\b[^.!?]{0,40}\b(?:worn out|exhausted|tired|shattered|knackered)\b"
                r"[^.!?]{0,25}\b(?:thinking about|at the thought|already)\b")
# Keeping up with the exercises: effort worth praising.
KEEPING_UP = (r"\b(?:doing|done|did|kept up|keeping up|stuck to|sticking to|kept doing) (?:with )?(?:my|the|all my) "
              r"(?:exercises|physio|stretches|walks?|breathing exercises)\b[^.!?]{0,30}\b(?:every (?:day|morning|night)"
              r"|each day|daily|like (?:the|my) \w+ (?:said|told me)|as (?:told|instructed))\b")
# Stuck in a chair or a room: days that feel long.
STUCK_IN = r"\bstuck (?:in|to|inside) (?:this|my|the) (?:chair|bed|wheelchair|room|house|flat|four walls)\b"
# A power of attorney asked for: a big decision, theirs to make.
POWER_OF_ATTORNEY = r"\b(?:lasting )?power of attorney\b"
# Guilty about paying for help: no need.
HELP_GUILT = (r"\b(?:getting|get|hiring|hire|paying for|pay for|having) (?:a |some )?(?:cleaner|carer|help|gardener|"
              r"handyman|meals delivered)\b[^.!?]*\b(?:guilty|lazy|ashamed|feel bad)\b")
# Not sure if they've eaten: a gentle nudge to eat now.
FORGOT_EATING = (r"\b(?:can'?t|cannot|don'?t) remember (?:if|whether) i'?(?:ve| have)? (?:eaten|had (?:my |any "
                 r")?(?:lunch|breakfast|dinner|tea|supper|anything(?: to eat)?))\b")
# Something they loved doing, told in the past: a memory, and maybe a way back to it.
USED_TO_LOVE = (r"\bi used to (?:love|enjoy|adore) (?P<what>dancing|singing|swimming|gardening|painting|cooking|baking|"
                r"walking|knitting|sewing|fishing|cycling|reading|going to the theatre|the theatre|bowling|golf|"
                r"music|playing the piano|the piano|football|cricket|bingo|crosswords|travelling)\b")
# Frightened at night on their own.
NIGHT_FEAR = (r"\b(?:frightened|scared|afraid|nervous|anxious|terrified)\b[^.!?]{0,15}\b(?:at night|in the night|"
              r"when it gets dark|of the dark|at bedtime)\b")
# Carers who rush in and out: a visit that should be company too.
CARERS_RUSHED = (r"\b(?:carers?|care workers?|nurses?|staff)\b[^.!?]{0,20}\b(?:always rushing|always in a rush|rush in "
                 r"and out|never (?:have|has|got) (?:the |any )?time (?:to|for)|no time (?:to|for) (?:talk|chat))\b")
# A will or a legacy decided: a thoughtful thing to settle.
WILL_DECIDED = (r"\b(?:leave|leaving|left) (?:my|the|all my) (?:house|money|estate|savings|"
                r"everything)\b[^.!?]{0,20}\bto (?:the )?\w+|\b(?:made|written|wrote|changed|updated|sorted) (?:out "
                r")?my will\b")
# A lovely chat with someone: company that lifted the day.
LOVELY_CHAT = (r"\b(?:lovely|nice|good|long|great|proper|wonderful) (?:chat|talk|natter|catch-?up|phone call|call)\b"
               r"(?! about (?:my|the) (?:will|funeral|diagnosis))")
# Swollen feet or ankles: a call to the doctor (urgent if breathless).
SWOLLEN = r"\b(?:feet|ankles?|legs?)\b[^.!?]{0,15}\b(?:so |really |very )?(?:swollen|puffy|swelling up|swelled up)\b"
# Sarcasm at bad weather ("oh great, another rainy day"): a moan, not a joy.
SARCASTIC_WEATHER = (r"\b(?:oh )?(?:great|brilliant|fantastic|lovely|perfect|marvellous|wonderful)[,.!]* (?:another|"
                     r"more) (?:rainy|wet|grey|cold|miserable|windy|dreary|gloomy) (?:day|morning|week)\b")
# Good night and goodbye.
GOODBYE = (r"^\W*(?:good ?night|night night|nighty night|bye|bye bye|goodbye|see you(?: later| tomorrow)?|i'?m off to "
           r"bed|time for bed|cheerio|ta-?ra)\W*$")
# A birthday they want kept quiet.
NO_FUSS = r"\b(?:don'?t|do not) want (?:a|any) fuss\b|\bno fuss\b|\bquiet (?:day|one)\b"
# Someone close who no longer wants to go out or do things: a worry about low mood.
OTHER_WITHDRAWN = (r"\b(?:wife|husband|mum|mom|dad|mother|father|partner|he|she)\b[^.!?]{0,10}\b(?:(?:doesn'?t|won'?t|"
                   r"didn'?t|does not) want to (?:go out|do anything|see anyone|get up|get dressed|leave the house|eat)"
                   r"|won'?t (?:leave|go out of) the (?:house|flat|home)|won'?t go out|(?:has )?stopped going out|"
                   r"doesn'?t go out)\b(?: any ?more)?")
# Feeling useless since an illness: a loss to grieve, and recovery to come.
SINCE_ILLNESS = (r"\bsince (?:the|my) (?P<what>stroke|fall|operation|op|accident|heart attack|diagnosis|chemo|"
                 r"amputation)\b")
# "Stop asking", "I don't want to talk": a wish to be left be.
STOP_ASKING = (r"\bstop asking\b|\bleave me (?:alone|be)\b|\bi (?:don'?t|dont|do not) (?:really )?(?:want|feel like|"
               r"fancy) (?:to )?talk(?:ing)?\b|\bdon'?t want to discuss it\b|\bnot in the mood (?:to|for) (?:talk|"
               r"chat)\w*\b")
# Asleep at the wheel: a near miss, and no driving until a doctor has looked at the sleepiness.
ASLEEP_AT_WHEEL = (r"\b(?:fell|falling|nodded off|nodding off|dozed off|dozing off) (?:asleep )?(?:at|behind) the "
                   r"wheel\b|\b(?:fell|falling|nodded|dozed) (?:asleep|off) (?:while|when) (?:i was )?driving\b")
# Shut away in their room for days: a sign of feeling very low.
SHUT_AWAY = (r"\b(?:haven'?t|have not|not) (?:left|been out of|come out of|got out of) (?:my|the) (?:room|bed|flat|"
             r"house)\b[^.!?]{0,15}\b(?:in|for) (?:a week|days|\w+ days|weeks|ages)\b")
# Someone close with an eating disorder: a serious illness, help for them and for the family.
EATING_DISORDER = (r"\b(?:anorexi\w*|bulimi\w*|eating disorder|binge[- ]eating)\b")
# Wanting to hurt someone who hurt their child: rage to be heard, not acted on.
PROTECTIVE_RAGE = (r"\b(?:want|wanted|going|gonna|could) (?:to )?(?:hurt|kill|get|batter|smash|find) (?:the (?:man|"
                   r"woman|person|bloke|lad|guy)|him|her|them)\b[^.!?]{0,30}\b(?:did (?:this|that|it)|hurt|touched|"
                   r"attacked|abused|bullied) (?:to )?(?:my|our) (?:daughter|son|child|kids?|children|granddaughter|"
                   r"grandson|wife|husband|mum|mom|girl|boy)\b")
# A cut or a burn by accident in the kitchen: first aid.
KITCHEN_CUT = (r"\b(?:cut|sliced|nicked|burnt|burned|scalded) (?:myself|my (?:finger|thumb|hand))\b[^.!?]{0,25}\b(?:by "
               r"accident|accidentally|chopping|cutting|cooking|peeling|slicing|on the (?:oven|kettle|pan|iron))\b")
# Going without food to make money last.
SKIPPING_MEALS = (r"\b(?:skipping|skipped|going without|gone without|missing) (?:meals|food|dinner|lunch|breakfast)\b"
                  r"[^.!?]{0,25}\b(?:save|money|afford|pay|bills|make ends meet)\b")
# A parent moving in with them: a big change, dreaded or mixed.
MOVING_IN_WITH_US = (r"\b(?:mum|mom|mother|dad|father|mother-in-law|father-in-law|in-laws|parents?|nan|nana|gran|"
                     r"granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|auntie|uncle)\b[^.!?]{0,10}\b(?:is|"
                     r"are|'s|'re) (?:moving|coming to live) (?:in )?with (?:us|me)\b")
# A child adopted: family news to celebrate.
ADOPTED = r"\b(?:we'?ve|we have|i'?ve|i have|we|i) (?:just |finally )?adopted (?:a|our|my) (?:little |baby |new )?\w+\b"
# Feeling a fraud in a new role: impostor feelings beside good news.
IMPOSTOR = (r"\b(?:feel|feeling) (?:like )?(?:a|such a|a total|an) (?:fraud|imposter|impostor)\b|\bimpost[eo]r "
            r"syndrome\b|\b(?:don'?t|do not) (?:feel like i )?deserve (?:it|this|the job|the promotion)\b|\b(?:be|get) "
            r"found out\b")
# Worried about their own drinking.
DRINKING_WORRY = (r"\bmy drinking\b[^.!?]{0,25}\b(?:out of hand|getting worse|too much|a problem|worr\w*|"
                  r"out of control)\b|\b(?:i'?m|i am|i'?ve been) drinking (?:too much|more and more|every (?:day|"
                  r"night))\b|\bi (?:think i |might )?drink (?:too much|a bit too much|more than i should|"
                  r"every (?:night|day))\b|\bi (?:think i )?(?:have|'ve got) a (?:drink|drinking) problem\b")
# A date ahead, with nerves.
DATE_NERVES = (r"\b(?:got|have|going on) a (?:first )?date\b[^.!?]{0,30}\b(?:nervous|scared|anxious|terrified|jittery|"
               r"butterflies)\b")
# Their child bullied: a parent's worry, and what the school must do.
CHILD_BULLIED = (r"\b(?:my|our) (?:little |eldest |youngest )?(?:daughter|son|boy|girl|kids?|children|child|grandson|"
                 r"granddaughter|lad|nephew|niece)s?\b[^.!?]{0,15}\b(?:is|are|'s|has been|have been|being|getting|"
                 r"keeps getting|got) (?:being )?(?:bullied|picked on)\b|\b(?:bull(?:y|ying|ies|ied)|pick(?:s|ed|"
                 r"ing)? on) (?:my|our) (?:son|daughter|grandson|granddaughter|boy|girl|kids?|child|lad)\b")
# Job lost and not yet told at home.
NOT_TOLD = (r"\b(?:haven'?t|have not|not|can'?t|cannot|couldn'?t) (?:yet )?(?:told|tell|face telling|bring myself to "
            r"tell) (?:my )?(?:wife|husband|partner|family|parents|mum|dad|kids)\b|\bdon'?t know how to tell (?:my )?"
            r"(?:wife|husband|partner|family|parents|mum|dad|kids)\b")
# Presents they cannot afford for the children.
PRESENTS_UNAFFORDABLE = (r"\b(?:can'?t|cannot|won'?t be able to|not able to) afford (?:\w+ ){0,2}(?:christmas|"
                         r"birthday)? ?(?:presents|gifts|a present)\b")
# A university place they may not afford: good news and a money worry.
PLACE_UNAFFORDABLE = (r"\b(?:place|offer)\b[^.!?]{0,30}\b(?:university|uni|college|course)\b[^.!?]{0,40}\b(?:can'?t|"
                      r"cannot|couldn'?t|don'?t think i can|not sure i can) afford\b")
# A friend or relative taken to hospital: frightening news about them.
OTHER_IN_HOSPITAL = (r"\b(?:best friend|friend|husband|wife|partner|mum|mom|dad|son|daughter|brother|sister|grandson|"
                     r"granddaughter|neighbour|nephew|niece|cousin|uncle|aunt|colleague)\b[^.!?]{0,20}\b(?:is|'s|was|"
                     r"has been|'s been) (?:in|taken to|rushed to|admitted to) (?:the )?(?:hospital|a&e|intensive care|"
                     r"icu)\b[^.!?]{0,10}\bafter (?:a|an|the|his|her) (?:car |bad |nasty |serious )?(?:accident|crash|"
                     r"fall|attack|collision)\b")
# A birthday that makes them take stock unkindly ("forty and I've achieved nothing").
TAKING_STOCK = (r"\b(?:achieved nothing|done nothing with my life|wasted my life|where (?:has|did) (?:my life|the "
                r"time) go(?:ne)?|nothing to show for it|feel so old)\b")
# Children or family who never visit or call.
FAMILY_NEVER_VISIT = (r"\b(?:kids|children|son|sons|daughter|daughters|family|grandchildren|"
                      r"grandkids)\b[^.!?]{0,5}\b(?:never|hardly ever|rarely|don'?t ever|don'?t|doesn'?t) (?:visits?|"
                      r"comes? (?:round|over|to see me)|calls?|rings?|phones?)\b|\b(?:kids|children|son|daughter|"
                      r"family|grandchildren|grandkids|grandson|granddaughter)\b[^.!?]{0,5}\b(?:hasn'?t|haven'?t|"
                      r"has not|have not) (?:called|rung|phoned|visited|been (?:round|over|in touch|"
                      r"to see me)(?: to see me)?) (?:me )?(?:since|for|in)\b")
# Missing work: the shape and company it gave the days.
MISS_WORK = r"\bmiss (?:my old job|working|work|my job|going (?:in )?to work|my work|the job)\b"
# "I'd rather die than go": a figure of speech about a dreaded outing.
RATHER_DIE_THAN = r"\bi'?d (?:rather|sooner) die than\b"
# "That exam nearly killed me": a hard slog, got through.
NEARLY_KILLED_ME = (r"\b(?:nearly|almost|just about) killed me\b|\bnearly (?:finished|did) me (?:in|off)\b")
# Children wearing them out ("driving me up the wall"): a parent's hard day.
KIDS_WEARING = (r"\b(?:kids|children|grandkids|grandchildren|twins|toddlers?|boys|girls)\b[^.!?]{0,15}\b(?:driving me "
                r"(?:up the wall|mad|round the bend|crazy|nuts)|wearing me out|running me ragged|(?:are|were) a "
                r"nightmare)\b")
# Pain after an operation that went well.
POSTOP_PAIN = (r"\b(?:operation|op|surgery|hip|knee)\b[^.!?]{0,25}\b(?:went well|is done|was a success|went fine|went "
               r"ok(?:ay)?)\b[^.!?]*\b(?:pain|sore|hurts|aching|agony)\b")
# A baby safely arrived: congratulations.
BABY_ARRIVED = (r"\b(?:the|our|my|her|his|their) (?:new )?baby(?:'s| is| has)? (?:here|arrived|been born|was born|came)"
                r"\b")
# Unsure how to feel about a change (retiring, moving): mixed feelings, all fine.
UNSURE_FEELING = r"\b(?:don'?t|do not) know how (?:i (?:feel|should feel)|to feel)\b|\bmixed feelings\b"
# Forgot what they were going to say: it happens.
LOST_THREAD = (r"\b(?:forgotten|forgot|lost) what i was (?:going to|gonna|about to) say\b|\blost my (?:train of "
               r"thought|thread)\b")
# Asked to sing: a request the robot answers honestly.
SING_REQUEST = r"^\W*(?:please |can you |could you |will you |would you )?sing (?:me |us )?(?:a |something|some)\b"
# Their things kept as they were ("Dad's chair is still by the window"): a grief not to be rushed.
THEIR_THINGS = (r"\b(?:his|her|their|dad'?s|mum'?s|mom'?s|husband'?s|wife'?s)\b (?:\w+ )?(?:chair|clothes|things|room|"
                r"coat|slippers|glasses|side of the bed|toothbrush|shoes|wardrobe)\b[^.!?]*\b(?:can'?t bring myself|"
                r"still (?:there|by|in|hanging|on)|haven'?t (?:touched|moved|cleared|been able to))\b|"
                r"\b(?:can'?t bring myself to|haven'?t been able to|can'?t face) (?:clear|sort|go through|empty|"
                r"give away|move)\w* (?:out )?(?:his|her|their|dad'?s|mum'?s|mom'?s|husband'?s|"
                r"wife'?s) (?:\w+ )?(?:chair|clothes|things|room|wardrobe|drawers|side|shed|stuff|belongings)\b")
# A eulogy to give: an act of love, and nerves.
EULOGY = (r"\b(?:eulogy|give a reading|do a reading|(?:speak|say a few words|read something) at (?:the|his|her|my "
          r"\w+'s) funeral)\b")
# Habits of a shared life carrying on ("I keep setting two places"): grief in the everyday.
HABIT_FOR_TWO = (r"\bwe (?:always )?used to (?:do|play|watch|read|have|walk) (?:the |our )?[\w ]{2,20}? together\b|"
                 r"\b(?:keep|still) (?:setting|laying|putting out|making|buying|set|lay|put out|make|buy) (?:two|"
                 r"2) (?:places|cups|plates|mugs|of everything)\b|\breach (?:out )?for (?:him|her) in the (?:night|"
                 r"bed)\b|\b(?:keep|still) (?:turning|going) to tell (?:him|her)\b")
# The quiet where a pet's sounds used to be.
PET_QUIET = (r"\b(?:quiet|empty|silent)\b[^.!?]{0,25}\bwithout (?:the |my |our |her |his )?(?:dog|cat|puppy|budgie|"
             r"parrot)(?:'s)?\b")
# Went somewhere to meet people and nobody spoke: disheartening, worth another try.
WENT_BUT_IGNORED = (r"\bwent to (?:the |a )?\w+ (?:lunch|club|group|class|coffee morning|cafe|meeting|church|social)\b"
                    r"[^.!?]{0,20}\b(?:nobody|no one|no-one|noone) (?:spoke|talked|said)\b")
# Family far away, seen only on a screen.
FAMILY_FAR = (r"\b(?:family|children|kids|son|daughter|grandchildren|grandkids)\b[^.!?]{0,20}\b(?:lives?|are|is) "
              r"(?:abroad|overseas|in (?:australia|canada|america|new zealand|spain)|so far away)\b[^.!?]*\b(?:only "
              r"see|screen|video|facetime|zoom|skype)\b")
# Bad news that things have grown or spread.
WORSE_NEWS = (r"\b(?:tumou?r|cancer|lump|shadow|growth)\b[^.!?]{0,15}\b(?:has |have )?(?:grown|spread|got bigger|"
              r"come back|returned)\b")
# Called back in quickly after a test: a worry, often a recheck.
CALLED_BACK = (r"\b(?:blood test|test|scan|x-?ray|mammogram|smear)\b[^.!?]{0,45}\b(?:wants? (?:me|to see me) "
               r"(?:back )?(?:in|back)|called me back|asked me to come (?:back|in)|(?:need|needs) a second look)\b")
# Cried alone, out of sight ("I had to go in the bathroom and cry"): a moment of grief that needed room.
CRIED_ALONE = (r"\b(?:had to|went to|go|went) (?:in|into|out to|to) (?:the )?(?:bathroom|toilet|loo|car|garden|kitchen|"
               r"bedroom)\b[^.!?]{0,15}\b(?:and )?(?:cry|cried|have a cry|sob)\b|\bcried (?:in|into) (?:the )?"
               r"(?:bathroom|car|pillow|toilet)\b")
# Relief said out loud ("I can finally stop worrying"): good news, not a worry.
RELIEF_SAID = (r"\b(?:can (?:finally )?stop worrying|weight (?:off|lifted off) my (?:mind|shoulders)|"
               r"can breathe again|(?:that'?s|what) a relief|(?:so|such a|a huge|a big|a real) relief|"
               r"i'?m (?:so )?relieved)\b")
# Told it is only something minor ("they think it's just arthritis"): relief, with a nuisance to manage.
JUST_MINOR = (r"\b(?:it'?s|it is|it was|only|probably|think it'?s|says it'?s|said it'?s) (?:just|"
              r"only) (?:a bit of )?(?P<what>arthritis|a virus|a sprain|a strain|wear and tear|a cold|an infection|"
              r"a water infection|indigestion|a pulled muscle|a trapped nerve|a bruise|muscular|eczema|gout|"
              r"reflux|anaemia|age)\b")
# Sure they had failed, and they hadn't: the relief of a fear that was wrong.
SURE_I_FAILED = (r"\b(?:so |was |were |really )?(?:sure|certain|convinced) (?:i'?d|i had|i have|i'?ve|"
                 r"we'?d) (?:failed|flunked|messed (?:it |the \w+ )?up|blown (?:it|the \w+)|not (?:got|passed|"
                 r"made) it)\b|\bthought i'?d (?:failed|flunked|messed (?:it |the \w+ )?up|blown (?:it|the \w+))\b")
# Dreading the working week: a sign something at work needs to change.
WORK_DREAD = (r"\bdread(?:ing)? (?:mondays?|monday mornings?|going (?:in|back) to work|going to work|work|the office|"
              r"sunday nights?)\b|\b(?:sick|sunday night|sunday) (?:feeling|dread|blues)\b|\bfeel sick every sunday\b")
# Pregnant again after a loss: hope and fear together.
PREGNANT_AFTER_LOSS = (r"\b(?:this time|again|after (?:last time|losing))\b[^.!?]{0,60}\b(?:lost (?:one|a baby|"
                       r"the baby|her baby|our baby)|miscarr\w*)\b|\b(?:lost (?:one|a baby|the baby)|"
                       r"miscarr\w*)\b[^.!?]{0,60}\b(?:pregnant|expecting|this time|having (?:a|another) baby)\b")
# Worried about cooking for a crowd: a practical worry inside good news.
HOSTING_WORRY = (r"\b(?:worried|nervous|stressed|panicking|anxious|fretting) about (?:the |all the )?(?:cooking|"
                 r"christmas dinner|the dinner|feeding (?:everyone|them all|them)|the food|having everyone)\b")
# Afraid in their own home since something happened at the door or in the night.
SCARED_AT_HOME = (r"\b(?:scared|afraid|frightened|terrified|too scared|nervous) (?:to|of) (?:answer(?:ing)? the door|"
                  r"open(?:ing)? the door|go(?:ing)? out(?:side)? (?:at night|after dark)|be(?:ing)? (?:on my own|"
                  r"alone) (?:at night|in the house))\b")
# An operation booked (a new hip, a knee, cataracts): nerves before it, and a good chance of doing well.
OP_BOOKED = (r"\b(?:having|getting|booked in for|going in for|due to have|having my) (?:my |a |an |"
             r"the )?(?:new (?:hip|knee)|(?:hip|knee|shoulder) replacement|replacement (?:hip|knee)|cataracts? (?:op|"
             r"operation|removed|done)|hernia (?:op|operation|repair)|bypass|pacemaker fitted|(?:hip|knee|"
             r"shoulder) (?:replaced|done))\b")
# Silent or nuisance phone calls: unsettling, and the phone company can help.
SILENT_CALLS = (r"\b(?:phone )?calls?\b[^.!?]{0,20}\b(?:nobody|no one|no-one|nobody ever) (?:speaks|says anything|"
                r"there|talks)\b|\b(?:silent|nuisance|heavy breathing) (?:phone )?calls?\b|\b(?:ringing|rings|calling|"
                r"calls|phoning|phones|rang|called|phoned) (?:me )?(?:up )?and (?:then )?(?:hanging|hangs|hung|"
                r"putting|puts|put) (?:up|the phone down)\b")
# Someone close moving abroad for work: proud and sad at once.
MOVING_ABROAD = (r"\b(?:son|daughter|grandson|granddaughter|brother|sister|he|she)(?:'s| has| is| has been|"
                 r" was)? (?:been )?(?:offered|got|getting|taking|accepted|moving for) (?:a |the )?(?:job|post|"
                 r"position|place) (?:in|abroad|overseas) ?(?:[A-Z]\w+|abroad|overseas|australia|america|canada|dubai|"
                 r"new zealand|spain)?\b|\b(?:son|daughter|grandson|granddaughter|brother|sister|(?:best )?(?:mate|"
                 r"friend|pal))(?:'s| is)? (?:moving|emigrating|going to live) (?:to|abroad|overseas)\b")
# Afraid of losing their home: a housing and money worry, with real help to ask for.
LOSE_HOME = (r"\b(?:lose|losing) (?:my|our|the) (?:house|home|flat)\b|\b(?:repossess\w*|behind (?:on|with) (?:the )?"
             r"(?:mortgage|rent))\b")
# Appetite lost to treatment: a common side effect the team can help with.
APPETITE_GONE = (r"\b(?:lost|losing|no|gone off|can'?t face) (?:my |all my |any )?(?:appetite|"
                 r"food)\b[^.!?]{0,40}\b(?:chemo\w*|radiotherapy|treatment|tablets|medication|operation)\b|"
                 r"\b(?:chemo\w*|radiotherapy|treatment)\b[^.!?]{0,40}\b(?:no appetite|lost my appetite|off my food|"
                 r"can'?t eat)\b")
# Treatment to have a baby that isn't working: a grief few see.
IVF_FAILING = (r"\b(?:ivf|fertility treatment|icsi)\b[^.!?]{0,40}\b(?:not working|hasn'?t worked|didn'?t work|failed|"
               r"another round|again)\b")
# A partner moved to the spare room: distance at home.
SEPARATE_ROOMS = (r"\b(?:sleeping|sleeps|moved|moving|gone) (?:in|into|to) the (?:spare|other|back) (?:room|"
                  r"bedroom)\b|\bseparate (?:rooms|beds|bedrooms)\b")
# Offered antidepressants and unsure.
UNSURE_MEDS = (r"\b(?:antidepressants|anti-?depressants|tablets for (?:my )?(?:mood|depression|anxiety)|"
               r"medication for (?:my )?(?:mood|depression|anxiety))\b[^.!?]{0,40}\b(?:not sure|unsure|don'?t want|"
               r"worried|scared|reluctant|don'?t know)\b")
# Weight put on after stopping smoking: common, and the bigger win stands.
QUIT_WEIGHT = (r"\b(?:weight|pounds|stone|kilos)\b[^.!?]{0,40}\b(?:stopped|quit|gave up|giving up) smoking\b|"
               r"\b(?:stopped|quit|gave up) smoking\b[^.!?]{0,40}\b(?:weight|pounds|stone|kilos)\b")
# A friend gone quiet on messages.
FRIEND_SILENT = (r"\b(?:friend|mate|bestie)\b[^.!?]{0,30}\b(?:stopped|isn'?t|not|doesn'?t|won'?t|never) (?:replying|"
                 r"answering|responding|texting back|messaging back|getting back to me|return(?:ing)? my (?:calls|"
                 r"messages|texts))\b|\b(?:ghosted|"
                 r"left me on read)\b")
# A lump found on a pet: the vet soon; most are harmless.
PET_LUMP = (r"\b(?:lump|growth|swelling)\b[^.!?]{0,20}\b(?:on|in) (?:my|our|the) (?:\w+ )?(?:dog|cat|puppy|kitten|"
            r"rabbit)(?:'s)?\b|\b(?:dog|cat|puppy|kitten|rabbit)(?:'s| has)? (?:got )?(?:a )?(?:lump|growth)\b")
# Someone close joined the forces: pride and a parent's or grandparent's worry.
JOINED_FORCES = (r"\b(?:joined|joining|signed up for|enlisted in|going into) (?:the )?(?:army|navy|air force|raf|"
                 r"marines|forces|military)\b")
# Can't face a funeral: allowed, and other ways to say goodbye.
CANT_FACE_FUNERAL = (r"\b(?:can'?t|cannot|couldn'?t|don'?t think i can) (?:face|bear|manage|"
                     r"do) (?:going to )?(?:(?:the|his|her|a|my \w+'s) )?(?:\w+ )?(?:\w+'s )?funeral\b")
# A daughter or son left alone with little ones: practical help matters most now.
LEFT_WITH_KIDS = (r"\b(?:husband|partner|wife|boyfriend|girlfriend)\b[^.!?]{0,20}\b(?:left|walked out on|"
                  r"abandoned) (?:her|him|them)\b[^.!?]{0,20}\b(?:with|and) (?:the |\w+ )?(?:kids|children|"
                  r"little ones|baby|babies|boys|girls)\b")
# Finding it hard to manage alone at home: help at home, an assessment.
HARD_ALONE = (r"\b(?:too old|getting too old|not safe|struggling|can'?t manage|can'?t cope) (?:to )?(?:live|living|"
              r"be living|manage|managing|cope|coping) (?:on my own|alone|by myself)\b")
# A bank account frozen: ring them on the number they trust.
ACCOUNT_FROZEN = (r"\b(?:bank|building society|they|they're|they are)\b[^.!?]{0,30}\b(?:frozen|froze|freez\w*|blocked|"
                  r"blocking|locked|closed|clos\w*) (?:my|our) (?:\w+ )?(?:account|card|cards)\b|\b(?:my|"
                  r"our) (?:bank )?(?:account|card)(?:'s| has been| is| was| got)? (?:been )?(?:frozen|blocked|"
                  r"locked)\b")
# Nightmares since a death: grief at night.
GRIEF_NIGHTMARES = (r"\b(?:nightmares|bad dreams)\b[^.!?]{0,30}\b(?:since|after) (?:my|our) (?:\w+ )?(?:husband|wife|"
                    r"partner|mum|dad|son|daughter|brother|sister|friend)\b[^.!?]{0,15}\b(?:died|passed|went)\b")
# The family home sold to pay for care: a loss, and the memories.
HOME_SOLD_FOR_CARE = (r"\b(?:had to sell|sold|selling)\b[^.!?]{0,20}\b(?:the|our|my|mum'?s|"
                      r"dad'?s) (?:family )?(?:home|house)\b[^.!?]{0,30}\b(?:care|care home|nursing home)\b")
# Someone they know being neglected: adult social care can check.
OTHER_NEGLECTED = (r"\b(?:neighbour|friend|mum|dad|gran|grandad|aunt|uncle|she|he|man|woman|lady|gentleman|"
                   r"couple)\b[^.!?]{0,25}\b(?:being neglected|neglected|not being (?:looked after|cared for|fed)|"
                   r"left on (?:her|his) own)\b")
# Litters rehomed: a pet's news, happy and a little sad.
PETS_REHOMED = (r"\b(?:kittens|puppies|the litter)\b[^.!?]{0,20}\b(?:all )?(?:found|got|gone to) (?:new |good |"
                r"loving )?homes?\b")
# A funeral hardly anyone came to: a hurt on top of the grief.
EMPTY_FUNERAL = (r"\b(?:nobody|no one|hardly anyone|only \w+ people) (?:came|turned up|showed up|"
                 r"went)\b[^.!?]{0,20}\b(?:to )?(?:the|his|her|my \w+'s) funeral\b|\bfuneral\b[^.!?]{0,30}\b(?:nobody|"
                 r"no one|hardly anyone) (?:came|turned up)\b")
# Offered a hospice place and frightened: comfort and care, not only the end.
HOSPICE_OFFERED = (r"\b(?:offered|given|got|found) (?:me |him |her )?(?:a )?(?:place|bed|room) (?:at|in) (?:the |"
                   r"a )?hospice\b|\b(?:going|moving|go) (?:in ?to|to) (?:the |a )?hospice\b")
# A laugh like none in years: joy to share.
LAUGHED_AGAIN = (r"\b(?:haven'?t|hadn'?t|not) laughed (?:like that|so much|that much|so hard)\b|\b(?:best|"
                 r"biggest) laugh (?:i'?ve had )?in (?:years|ages|months)\b")
# Someone close leaving the cooker on: memory and safety, worth a doctor's look and a safety device.
OTHER_LEFT_ON = (r"\b(?:he|she|dad|mum|my (?:dad|mum|husband|wife|father|mother))\b[^.!?]{0,10}\b(?:left|leaves|"
                 r"keeps leaving) the (?:cooker|oven|hob|gas|stove|iron|taps?|bath) (?:on|running)\b")
# An interview done today, nothing more said: ask how it went.
HAD_INTERVIEW = (r"^\W*(?:well,? |so,? )?i (?:had|did|went to) (?:my|the|an|a) (?:job )?(?:interview|review|appraisal|"
                 r"performance review|audition|assessment)(?: at work)?(?: (?:today|this morning|earlier))?\W*$")
# Waiting to hear back by a day: the waiting is the hard part.
WAITING_TO_HEAR = (r"\b(?:let me know|let us know|get back to me|hear back|find out|tell me)\b[^.!?]{0,15}\b(?:by|on|"
                   r"next|within|in a) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                   r"the end of the week|week|few days|couple of days|fortnight)\b")
# More tests for someone in hospital: the wait for news.
MORE_TESTS = r"\b(?:doing|having|running|want to do|booked) (?:more|further|some more|another|other) (?:tests|scans?)\b"
# Helpless beside someone ill: being there matters.
HELPLESS = (r"\b(?:wish i could (?:do something|help|do more|fix it|take it away)|feel (?:so )?helpless|"
            r"nothing i can do)\b")
# A birthday today, told plainly.
BIRTHDAY_TODAY = r"\b(?:it'?s|it is) my birthday(?: today)?\b"
# News to tell, not yet told.
NEWS_TEASE = (r"^\W*(?:i'?ve|i have|i) (?:got|have|had) (?:some )?(?:big |exciting |good |great |lovely |"
              r"brilliant )?news(?: today| this morning| for you)?\W*$|^\W*guess what\W*$")
# Moving abroad themselves.
WE_MOVE_ABROAD = (r"\b(?:we'?re|we are|i'?m|i am) (?:moving|emigrating|relocating|going to live) (?:to|abroad|"
                  r"overseas)\b(?! (?:the|a|my|our)\b| \w+ (?:road|street|close|avenue)\b)")
# Nervous about leaving family behind in a move.
LEAVING_FAMILY = (r"\b(?:leaving|leave|miss(?:ing)?|being so far from|be so far from) (?:the |my |our )?(?:grandkids|"
                  r"grandchildren|kids|children|family|grandson|granddaughter|mum|dad)\b")
# Seeing a crash or a shock again and again: a common reaction, and help if it lasts.
FLASHBACK = (r"\b(?:close my eyes|keep seeing|can'?t stop seeing|flashbacks?|replaying|"
             r"keeps? replaying)\b[^.!?]{0,30}\b(?:the )?(?:crash|accident|fire|attack|fall|it happen|what happened)\b")
# Their favourite made for someone coming: love in the kitchen.
MADE_FAVOURITE = (r"\b(?:made|baked|cooked|bought|got in) (?:his|her|their|my \w+'s) favourite\b")
# The first time out in weeks: a small milestone.
FIRST_OUTING = (r"\bfirst time (?:i'?ve|i have|i) (?:been|got|gone|went) out (?:of the house )?(?:in|for) (?:weeks|"
                r"months|ages|a long time|a (?:week|month|fortnight)|\w+ (?:weeks|months))\b")
# Plain tiredness, nothing more said.
TIRED_PLAIN = (r"^\W*(?:i'?m|i am|feeling|i feel) (?:so |really |very |absolutely |completely |just )?(?:tired|"
               r"exhausted|shattered|knackered|worn out)(?: today| tonight)?\W*$")
# Broken nights with a baby: exhausting, and help to ask for.
BROKEN_NIGHTS = (r"\b(?:baby|little one|toddler|twins|she|he)\b[^.!?]{0,10}\b(?:was|were|has been|is|kept me|"
                 r"keeps me) (?:up|awake) (?:all night|every night|half the night|most of the night|again)\b")
# Something that went alright (an interview, a test): good to hear, and the wait to come.
WENT_OKAY = (r"^\W*(?:i think |well,? )?it went (?:okay|ok|alright|all right|well|fine|not too bad|better than i "
             r"thought)\b")
# Making excuses for family who haven't called: a hurt, softened.
RESIGNED_BUSY = (r"\b(?:i suppose|i expect|i guess|probably|i'?m sure)\b[^.!?]{0,15}\b(?:they'?re|everyone'?s|"
                 r"they are|everyone is) (?:all )?(?:busy|got their own lives|too busy)\b")
# A pet wandering into a neighbour's garden: a neighbourly niggle.
PET_IN_GARDEN = (r"\b(?:cat|dog)\b[^.!?]{0,15}\b(?:keeps? )?(?:going|getting|coming|wandering) (?:in|into|"
                 r"over) (?:her|his|their|my|our|the neighbou?r'?s?) (?:garden|yard|flower ?beds?)\b")
# A crime done to them (mugged, robbed, attacked): a shock, and help to report it.
CRIME_TO_ME = (r"\b(?:i was|i got|i'?ve been|i have been|we were|we got|we'?ve been) (?:mugged|robbed|attacked|"
               r"assaulted|burgled|pickpocketed|jumped|beaten up)\b|\b(?:someone|somebody|a man|a woman|a stranger|"
               r"a lad|a guy|a bloke|some lads|a gang|they) (?:tried to |had a go at |attempted to )?(?:snatch|grab|"
               r"steal|take|nick|pinch)(?:ed)? (?:my|our) (?:bag|handbag|purse|phone|wallet|necklace|watch|car)\b|"
               r"\b(?:my|our) (?:house|home|flat|bungalow|place|car|shed|garage)\b[^.!?]{0,10}\b(?:was|got|has been|"
               r"'s been|were) (?:burgled|broken into|robbed|ransacked)\b")
# Made homeless: the council's duty, and somewhere safe tonight.
HOMELESS = (r"\b(?:i'?ve been|i have been|i was|we'?ve been|we have been|i am|i'?m|we'?re|we are) (?:made |now |"
            r"going to be |about to be )?homeless\b|\b(?:nowhere|no where|nowhere else) to (?:live|stay|go|sleep)\b|"
            r"\b(?:sleeping|staying|kipping|living|crashing) (?:on|in) (?:my |a |friends'? |someone'?s )?(?:\w+'s )?"
            r"(?:sofa|couch|floor|car|van)\b[^.!?]{0,30}\b(?:for|since) ")  # hidden homelessness: sofa-surfing
# Out of an inhaler and wheezing: an emergency supply today, the emergency number if it gets bad.
NO_INHALER = (r"\b(?:run out of|ran out of|lost|no|haven'?t got|forgot) (?:my |an? )?(?:blue )?inhaler\b")
# Struggling to get out of bed: low mood or tiredness worth a doctor's look.
CANT_GET_UP_MORNINGS = (r"\b(?:struggl\w*|can'?t|hard) (?:to )?(?:get|getting) (?:myself )?out of bed\b(?! after "
                        r"(?:the|my) (?:fall|operation))")
# A daughter or son in an abusive relationship: stay close, keep the door open.
CHILD_ABUSED = (r"\b(?:daughter|son|sister|brother|granddaughter|grandson|friend)\b[^.!?]{0,30}\b(?:abusive|"
                r"controlling|violent) (?:relationship|partner|husband|boyfriend|wife|girlfriend|marriage)\b|\b(?:he|"
                r"she) (?:hits|beats|controls) (?:my|our) (?:daughter|son|sister|granddaughter)\b")
# A pet going blind or deaf: dogs and cats adapt well.
PET_SENSES = (r"\b(?:dog|cat|puppy|kitten)\b[^.!?]{0,25}\b(?:going|gone|is) (?:blind|deaf)\b")
# Told they will lose their sight: support for sight loss, and aids.
SIGHT_LOSS_NEWS = (r"\b(?:going to|will|'ll|might|could) (?:lose|be losing) my (?:sight|eyesight|vision)\b|"
                   r"\bmacular degeneration\b")
# Worried they hoard: stress or loss behind it, and small steps.
HOARDING = r"\b(?:becoming a hoarder|i'?m a hoarder|hoarding|can'?t throw anything (?:away|out))\b"
# A partner who no longer wants intimacy: common, and worth a gentle talk.
NO_INTIMACY = (r"\b(?:doesn'?t|don'?t|won'?t|never) (?:want to )?(?:have sex|make love|be intimate|touch me|cuddle)\b|"
               r"\bno (?:sex|intimacy) (?:any ?more|anymore)\b")
# Nervous about a test or an appointment tomorrow: nerves that settle once it starts.
NERVOUS_FOR = (r"\b(?:nervous|anxious|worried|scared|dreading)\b[^.!?]{0,10}\b(?:about |for )?my (?:driving test|test|"
               r"exam|interview|audition|first day|presentation|appointment)\b")
# Happy again after a death, and guilty for it: joy and grief can live together.
GUILTY_HAPPY = (r"\bguilt\w*\b[^.!?]{0,30}\b(?:being happy|feeling happy|laughing|enjoying|having fun|moving on|"
                r"smiling)\b|\b(?:happy|laughing|enjoying (?:myself|life)) again\b[^.!?]{0,30}\bguilt\w*\b")
# Asked to move in with a child's family: a big decision, and a sign of love.
ASKED_TO_MOVE_IN = (r"\b(?:wants?|asked|invited|offered for) (?:me|us) to (?:come and )?(?:move in|live) with (?:her|"
                    r"him|them)\b")
# A lovely time right now: small talk about a good day.
GOOD_TIME_NOW = (r"\b(?:i'?m|we'?re|i am|we are) having (?:such )?(?:a )?(?:lovely|nice|great|wonderful|fab|brilliant|"
                 r"good) (?:time|day|morning|afternoon|evening)\b")
# Been to the doctor, nothing more said yet: ask how it went.
SAW_DOCTOR = (r"^\W*(?:well,? |so,? |um,? )?(?:i'?ve |i have |i )?(?:went to|saw|been to|had an appointment (?:with|"
              r"at)|visited|went to see) (?:the|my) (?:doctor|doctors|gp|dentist|nurse|hospital|consultant|specialist|"
              r"clinic)(?:'s)?(?: (?:today|this morning|this afternoon|yesterday|earlier|again))?\W*$")
# Losing pleasure in everything: a sign of depression worth telling the doctor.
ANHEDONIA = (r"\b(?:don'?t|do not|can'?t) (?:really )?(?:enjoy|look forward to|get pleasure from|care about) "
             r"(?:anything|much|things) (?:any ?more|now|these days)\b|\bnothing (?:gives me|brings me) (?:any "
             r")?(?:joy|pleasure)\b|\blost interest in (?:everything|things|it all)\b")
# A first day somewhere new: nerves.
FIRST_DAY = (r"\b(?:first|1st) (?:day|time|visit|session|week) (?:at|in|with|of) (?:the |my |a )?(?:\w+ )?(?:day "
             r"cent(?:re|er)|club|group|class|school|college|uni|university|job|work|care home|home|centre)\b")
# A child of theirs starting school or nursery: a big day, and a parent's nerves.
CHILD_STARTS = (r"\b(?:my|our) (?:little |eldest |youngest )?(?:boy|girl|son|daughter|grandson|granddaughter|baby|"
                r"little one|twins|youngest|eldest)\b[^.!?]{0,10}\b(?:starts?|starting|is starting|begins?) (?:big |"
                r"primary |secondary |high |the new )?(?:school|nursery|reception|pre-?school|playgroup|secondary|uni|"
                r"university|college)\b")
# Someone at the door claiming to be from a utility or the council and wanting to come in.
BOGUS_CALLER = (r"\b(?:said|say|says|claim\w*) (?:they were|they're|they are|he was|she was|he's|she's) from the "
                r"(?:water|gas|electric\w*|council|police|bank|board)\b|\bwanted to come in (?:and|to) (?:check|look "
                r"at|read|test|fix)\b")
# Nervous about something tomorrow, not yet said what: ask.
NERVOUS_AHEAD = (r"^\W*i'?m (?:so |really |a bit |quite )?(?:nervous|anxious|worried|scared|dreading it) (?:about|for) "
                 r"(?:tomorrow|today|later|next week|this afternoon|the morning|monday|tuesday|wednesday|thursday|"
                 r"friday|saturday|sunday)\W*$")
# Low mood said plainly ("I've been feeling really down").
LOW_MOOD = (r"\b(?:feeling|felt|been feeling|been|i'?m|i am) (?:really |so |very |a bit |quite |pretty )?(?:down|low|"
            r"flat|blue|fed up)\b(?! (?:the|to|on|with|in|about)\b)")
# How long low mood has lasted ("since Christmas", "for weeks"): long enough to tell the doctor.
LOW_SPAN = (r"\b(?:since (?:christmas|the new year|\w+ (?:ago|last)|(?:last|the) \w+|january|february|march|april|may|"
            r"june|july|august|september|october|november|december)|for (?:weeks|months|ages|a (?:few|couple of) "
            r"(?:weeks|months)|a long time|a while now|\w+ weeks))\b")
# A memory test that went badly: frightening news, and not always dementia.
MEMORY_RESULT = (r"\bmemory (?:test|clinic|assessment|scan|check)\b[^.!?]{0,30}\b(?:wasn'?t (?:good|great)|"
                 r"not (?:good|great)|bad|poor|worse|failed|didn'?t go (?:well|too well)|showed|problems?)\b|"
                 r"\b(?:failed|didn'?t do (?:well|too well) (?:on|in)) (?:the|my|his|her) memory (?:test|assessment)\b")
# A new skill learned ("I'm 82 and I've just learned to use video calls!"): pride, whatever the age.
LEARNED_SKILL = (r"\b(?:i'?ve|i have|i|finally|just) (?:just |finally |now )?(?:learned|learnt|taught myself|mastered|"
                 r"worked out|figured out) (?:how )?to (?:use|do|send|make|play|swim|ride|knit|crochet|bake|cook|paint|"
                 r"set up|video ?call)\b")
# Noise at night from someone they share with in care: a sleep problem for the staff to sort.
NIGHT_NOISE_HOME = (r"\b(?:roommate|room-?mate|the (?:lady|man|woman|gentleman|resident|patient) (?:next door|in the "
                    r"next bed|opposite|across the (?:hall|corridor))|(?:other )?residents?|"
                    r"patients?)\b[^.!?]{0,15}\b(?:shouts?|screams?|calls? out|cries out|moans?|"
                    r"bangs?)\b[^.!?]{0,10}\b(?:all night|at night|every night|through the night)\b")
# Treatment not explained: a right to understand.
NOT_EXPLAINED = (r"\b(?:nobody|no one|no-one|noone) (?:has )?(?:explained|told me|said|tells me) (?:what'?s|what is|"
                 r"what'?ll|anything about|what they'?re)\b")
# Food complaints where they live or stay.
FOOD_COMPLAINT = (r"\bfood\b[^.!?]{0,25}\b(?:cold|awful|terrible|inedible|horrible|tasteless|disgusting|stone cold|"
                  r"dreadful)\b")
# Going home soon from hospital: good news, and help for the first days.
HOME_SOON = (r"\b(?:going|coming|getting) home (?:on \w+day|this (?:week|weekend|afternoon)|tomorrow|today|next week|"
             r"at last|soon)\b")
# Someone close sent to prison: shock, worry and often shame.
IN_PRISON = (r"\b(?:my|our) (?:\w+ )?(?:son|daughter|brother|sister|husband|wife|partner|dad|father|mum|mother|"
             r"grandson|granddaughter|nephew|niece|boy|girl)(?:'s| has| is| was| got)? (?:just )?(?:been )?(?:(?:sent|"
             r"gone) to|put in|locked up in|in) (?:prison|jail)\b|\b(?:my|our) (?:\w+ )?(?:son|daughter|brother|"
             r"sister|husband|wife|partner|dad|mum|grandson|granddaughter)(?:'s| has| is| was|"
             r" got)? (?:just )?(?:been )?(?:jailed|locked up|remanded in custody)\b")
# Guilt over a death: not there at the end, no goodbye. Grief, not a wrong to put right.
GRIEF_GUILT = (r"\b(?:guilty|guilt|blame myself|can'?t forgive myself|should have been there|wasn'?t there|"
               r"weren'?t there|wasn'?t with (?:him|her|them|my \w+)|never (?:got to|said) (?:say )?goodbye|"
               r"didn'?t (?:get to )?say goodbye|didn'?t make it (?:in time|there)|too late)\b")
# A child in prison, and shame about telling anyone.
PRISON_SHAME = (r"\b(?:in|to|sent to) (?:prison|jail)\b[^.!?]{0,40}\b(?:ashamed|shame|embarrassed|can'?t tell|"
                r"haven'?t told|don'?t tell)\b")
# Someone close drinking again.
OTHER_DRINKING = (r"\b(?:husband|wife|partner|son|daughter|dad|mum|brother|sister|he|she)(?:'s| has| is)? (?:started|"
                  r"been) drinking (?:again|more|heavily|a lot)\b|\b(?:husband|wife|partner|son|daughter|dad|"
                  r"mum)'?s? drinking\b[^.!?]{0,15}\b(?:again|worse|out of hand|too much)\b|\b(?:he|she|husband|wife|"
                  r"partner|son|daughter|dad|mum)(?:'?s| is| has been)? drinking (?:every (?:night|day)|all day|"
                  r"heavily|a lot|more and more|too much)\b")
# Hearing going: isolating, and help is free.
HEARING_LOSS = (r"\b(?:going deaf|losing my hearing|can'?t hear (?:people|anyone|what people say|properly)|can'?t "
                r"follow (?:conversations|what people say))\b")
# Teeth out or costly dental work.
TEETH_OUT = r"\b(?:all )?my (?:teeth|remaining teeth) (?:out|taken out|pulled|removed)\b|\bteeth out\b"
DENTAL_COST = (r"\b(?:crown|implant|dentures|bridge|root canal|dental (?:work|treatment))\b[^.!?]{0,40}\b(?:can'?t "
               r"afford|too expensive|costs? a fortune|how (?:will|can) i pay)\b")
# A new diabetes diagnosis: common and manageable.
DIABETES_NEW = (r"\b(?:diagnosed with|got|have|told i have|found i'?ve got) (?:type (?:1|2|one|two) )?diabetes\b")
# Living with a catheter or a stoma: a hard change, and nurses who help.
CATHETER = r"\b(?:catheter|stoma|colostomy|bag)\b[^.!?]{0,30}\b(?:hate|can'?t stand|embarrass\w*|horrible|awful)\b"
# Hair lost to chemotherapy.
CHEMO_HAIR = (r"\b(?:losing|lost|lose|falling out|shav\w+)\b[^.!?]{0,15}\bhair\b[^.!?]{0,20}\b(?:chemo\w*|treatment|"
              r"radiotherapy)\b|\bhair\b[^.!?]{0,15}\b(?:falling out|coming out)\b|\b(?:chemo\w*|radiotherapy)\b"
              r"[^.!?]{0,40}\b(?:losing|lost|lose) (?:all )?(?:of )?(?:his|her|my|their) hair\b")
# Afraid of catching an infection in hospital.
HOSPITAL_BUGS = (r"\b(?:scared|afraid|worried|frightened|"
                 r"nervous)\b[^.!?]{0,30}\bhospital\b[^.!?]{0,30}\b(?:infections?|bugs?|germs|mrsa|covid|superbugs?)\b")
# Moved to another ward or room: unsettling.
WARD_MOVED = (r"\b(?:moved|put) me (?:to|on|onto|into|in) (?:a )?(?:different|another|new) (?:ward|room|bay|unit|"
              r"floor)\b")
# How to connect with a grandchild who is autistic or has ADHD.
CONNECT_CHILD = (r"\b(?:don'?t know how to|how (?:do|can|should) i) (?:talk to|play with|connect with|reach|get "
                 r"through to)\b")
# A pet that ate something poisonous to it: the vet, now.
PET_ATE_POISON = (r"\b(?:dog|cat|puppy|kitten|rabbit)\b[^.!?]{0,20}\b(?:ate|eaten|has eaten|swallowed|got into|"
                  r"licked)\b[^.!?]{0,20}\b(?:chocolate|grapes|raisins|sultanas|onions?|xylitol|chewing gum|lilies|"
                  r"lily|antifreeze|paracetamol|ibuprofen|tablets|pills|rat poison|slug pellets)\b")
# Maybe pregnant: a test, and support either way.
MAYBE_PREGNANT = (r"\b(?:think|might|may|could) (?:i'?m |i am |i )?(?:be )?pregnant\b|\bpregnancy test\b|\bmy "
                  r"period(?:'s| is) late\b")
# Pregnant and unsure what to do: options, in confidence, and nothing to decide alone.
PREGNANT_UNSURE = (r"\b(?:i'?m|im|i am|i'?ve just found out i'?m|found out i'?m) pregnant\b[^.!?]{0,40}\b(?:don'?t|"
                   r"dont|do not) know what to do\b|\b(?:i'?m|im|i am) pregnant\b[^.!?]{0,30}\b(?:scared|terrified|"
                   r"panicking|not ready|can'?t tell|haven'?t told)\b")
# Saved up and bought something big: an achievement of patience.
SAVED_AND_BOUGHT = (r"\b(?:saved|saving) (?:up )?(?:for )?(?:\w+ ){0,4}(?:and|to)\b[^.!?]{0,25}\b(?:finally |"
                    r"just )?(?:bought|buy|got|paid for|booked)\b|\bbought my (?:first|own) (?:car|house|home|flat|"
                    r"bike|van)\b")
# Wages gone before the month is out.
WAGES_GONE = (r"\b(?:spent|gone through|blown|run out of|ran out of) (?:all )?(?:my|of my) (?:wages|pay|salary|money|"
              r"student loan|benefits)\b[^.!?]{0,40}\b(?:already|only the|and it'?s only|till|until|before)\b")
# Tired of keeping up a front: the mask is heavy.
PRETENDING_FINE = (r"\b(?:tired|sick|exhausted|fed up) of (?:pretending|acting|saying|putting on a brave face|"
                   r"putting on a front)\b|\bpretend(?:ing)? (?:to be|that i'?m|i'?m|im) (?:fine|okay|ok|happy|"
                   r"alright)\b")
# Feeling empty: a sign of low mood worth taking seriously.
FEEL_EMPTY = (r"\b(?:feel|feeling|felt|i'?m|im) (?:so |kind of |kinda |just |really |completely )*(?:empty|hollow|"
              r"numb|nothing)\b(?! (?:handed|stomach|nest|house|room))(?![^.!?]{0,25}\b(?:arms?|legs?|face|side|"
              r"hands?|foot|feet|fingers|toes|lips?)\b)")
# Feeling ugly or fat: a harsh voice about their body.
BODY_HATE = (r"\b(?:feel|i'?m|im|look|am) (?:so |really |just |too )?(?:fat|ugly|disgusting|gross|"
             r"hideous)\b(?: and (?:fat|ugly|disgusting|gross|hideous))?|\bhate (?:my body|the way i look|how i look|"
             r"my face)\b")
# Wanting to hurt those who hurt them: anger to be heard, and a better way to stop it.
REVENGE_ON_BULLIES = (r"\b(?:want to|wanna|going to|gonna) (?:hurt|get|hit|beat up|punch) (?:the (?:people|kids|boys|"
                      r"girls)|them|those \w+)\b[^.!?]{0,25}\b(?:bull(?:ied|y|ying)|pick(?:ed|ing) on|hurt me)\b")
# A promotion hinted at, not yet given.
MIGHT_BE_PROMOTED = (r"\b(?:might|may|could) (?:get|be) (?:a )?promot(?:ed|ion)\b|\bin line for (?:a )?promotion\b|"
                     r"\bup for (?:a )?promotion\b")
# A pay rise or a bonus: good news at work.
PAY_RISE = r"\b(?:got|given|getting|get) (?:a |my )?(?:pay ?rise|payrise|raise|bonus|pay increase)\b"
# Not sure they're ready for a big step in a relationship.
NOT_READY = (r"\b(?:move in together|moving in together|get married|getting married|get engaged|have (?:a baby|kids))\b"
             r"[^.!?]*\b(?:not sure (?:i'?m|i am|we'?re) ready|don'?t (?:know if|think) (?:i'?m|i am) ready)\b")
# Left out when teams were picked.
NOT_PICKED = r"\b(?:nobody|no one|no-one) (?:picked|chose|wanted) me (?:for|on) (?:their|the|a) (?:team|side|group)\b"
# Praise from a teacher or a boss for their work.
WORK_PRAISED = (r"\b(?:teacher|tutor|boss|manager|lecturer|coach)\b[^.!?]{0,15}\b(?:said|says|told me)\b[^.!?]{0,20}\b"
                r"(?:was|is) (?:the best|brilliant|excellent|outstanding|really good|amazing)\b")
# Their own tablets given away or stopped ("giving my pills to the cat"): unsafe both ways.
PILLS_GIVEN_AWAY = (r"\b(?:giving|gave|give|feeding|fed) (?:my|some of my) (?:tablets|pills|medication|medicine|meds) "
                    r"to (?:the )?(?:cat|dog|birds?|someone|my \w+)\b")
# Forgetting to lock up: a worry about safety and memory.
FORGET_LOCKING = (r"\b(?:keep|kept|keeps) (?:forgetting|leaving) (?:to lock|the (?:front |back )?door (?:unlocked|open)"
                  r"|the (?:back |front )?door)\b|\bforget(?:ting)? to lock (?:up|the door|the front door)\b")
# A partner who throws things when angry or drunk: frightening, and a danger to name.
THROWS_THINGS = (r"\b(?:throws?|threw|throwing|smash(?:es|ed|ing)?|breaks?|broke|punch(?:es|ed)?) (?:things|stuff|"
                 r"plates|cups|furniture|the (?:tv|phone|remote)|walls?|holes in (?:the )?walls?)\b")
# Told by a doctor they are in good health for their age.
FIT_AND_WELL = (r"\bfit as a fiddle\b|\b(?:doctor|gp|nurse|consultant)\b[^.!?]{0,15}\b(?:says?|said) i'?m (?:in )?"
                r"(?:great|good|excellent|fine|fantastic|brilliant) (?:health|shape|nick)\b")
# A power cut, frightening in the dark.
POWER_CUT = r"\b(?:power cut|power went (?:off|out)|power outage|blackout|lights went out|electric(?:ity)? went off)\b"
_NEGATION = r"\b(?:not|never)\b|n't\b"
# Words whose own reply already meets both the good news and the worry in them (not "mixed feelings" to
# answer twice): relief after a scare, weight put on after giving up smoking.
BOTH_SIDES = (RELIEF_SAID, QUIT_WEIGHT)


@dataclass(frozen=True)
class WordRule:
    """Words that decide the event (see the module docstring). ``patterns``: all must be found;
    ``unless``: event names (the events whose lexical cues were found) or patterns that, when found,
    leave the reading to the head."""

    event: str  # the event the words decide ("" raises nothing, it only lowers)
    instead_of: tuple[str, ...]  # events the sentence may resemble, lowered below situation.MIN_SCORE
    patterns: tuple[str, ...]
    unless: tuple[str, ...] = ()
    why: str = ""
    strong: bool = False  # the words say it all: read at situation.MIN_SCORE + STRONG_BOOST
    felt: str = ""  # the core emotion the words carry, above a text-cue reading ("" for the usual reading)

    def applies(self, text: str, lexical: set[str]) -> bool:
        return all(compiled(p).search(text) for p in self.patterns) and not any(
            u in lexical if u.isidentifier() else compiled(u).search(text) for u in self.unless)


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled case-insensitive, once: the rules and replies hold more patterns than the re
    module's own cache (512), which then recompiled them on every sentence."""
    return re.compile(pattern, re.I)


SERIOUS = ("bereavement", "pet_loss", "danger")  # news these rules must not talk over
WORD_RULES: tuple[WordRule, ...] = (
    WordRule("family_worry", ("small_talk", "regret", "pressure", "loneliness"), (HELPLESS,), unless=SERIOUS,
             why="helpless beside someone ill", felt="sadness"),
    WordRule("loneliness", ("money", "pressure", "achievement"), (HOME_SOLD_FOR_CARE,), unless=("danger",),
             why="the family home sold for care", felt="sadness"),
    WordRule("illness", ("achievement", "family_good", "plans", "health_good"), (HOSPICE_OFFERED,),
             unless=(r"\b(?:fundrais\w*|volunteer\w*|shop|charity shop|work at|job at)\b",),
             why="a hospice place offered", felt="fear"),
    WordRule("family_worry", ("bereavement", "family_good", "small_talk"), (PREGNANT_AFTER_LOSS,),
             why="pregnant after a loss", felt="fear"),
    WordRule("pet_loss", ("breakup", "illness", "family_worry", "rejection"), (PET_END, _VET), why="a pet near the end",
             strong=True),
    WordRule("conflict", ("regret", "rejection", "setback", "loneliness"), (PUT_DOWN,), why="put down again and again"),
    WordRule("rejection", ("family_good", "achievement", "plans", "small_talk"), (FORGOTTEN_DAY,),
             unless=SERIOUS + (r"\bi (?:forgot|forgotten)\b",), why="their birthday forgotten"),
    WordRule("illness", ("health_good", "small_talk", "achievement", "family_good", "plans", "setback"),
             (SERIOUS_DIAGNOSIS,), unless=("bereavement", NOT_SERIOUS, FEARED), why="a serious diagnosis, confirmed",
             strong=True),
    WordRule("health_good", ("illness", "pressure", "danger", "setback"), (NOT_SERIOUS, _MEDICAL),
             unless=SERIOUS + (r"\b(?:but|still|though)\b[^.!?]*\b(?:worried|scared|frightened|nervous|anxious)\b",),
             why="the doctors say it is nothing serious", strong=True),
    WordRule("bereavement", ("family_good", "illness", "setback", "plans", "family_worry"), (BABY_LOST,),
             unless=(PREGNANT_AFTER_LOSS,), why="a baby lost", strong=True),
    WordRule("bereavement", ("family_worry", "loneliness", "small_talk", "family_good"), (KEEPSAKE_TEARS,),
             unless=(r"\b(?:visit\w*|coming|came round|rang|phoned|alive)\b",), why="tears over a keepsake"),
    WordRule("loneliness", ("danger", "illness", "small_talk", "pressure", "bereavement", "request"), (FOUND_ALONE,),
             why="afraid of lying undiscovered at home", felt="fear"),
    WordRule("bereavement", ("small_talk", "family_good", "plans", "loneliness"), (GRIEF_DREAM,),
             unless=(r"\bnightmares?\b",), why="dreaming of someone who died", felt="sadness"),
    WordRule("bereavement", ("small_talk", "pressure", "plans", "setback"), (
        THEIR_JOBS_NOW, r"\b(?:died|passed|lost (?:him|her|my \w+)|since (?:he|she) went|widow\w*|funeral)\b"),
             why="the jobs someone who died used to do", felt="sadness"),
    WordRule("loneliness", ("bereavement", "small_talk", "rejection"), (SHUNNED_AFTER_DEATH,),
             why="shunned after a death", felt="sadness"),
    WordRule("loneliness", ("small_talk", "plans", "regret"), (NOBODY_TO_CARE_FOR,), unless=SERIOUS,
             why="nobody to look after any more", felt="sadness"),
    WordRule("loneliness", ("plans", "family_good", "small_talk", "achievement"), (ALONE_ON_DAY,),
             unless=SERIOUS + (r"\b(?:love|enjoy|prefer|happy|peace and quiet|can'?t wait)\b",),
             why="alone on a day meant to be shared"),
    WordRule("pressure", ("regret", "conflict", "family_worry"), (LOST_TEMPER_KIDS,), unless=SERIOUS,
             why="losing their temper with the children", felt="sadness"),
    WordRule("pressure", ("loneliness", "small_talk", "setback"), (ON_TOP_OF_ME,), unless=SERIOUS,
             why="everything on top of them", felt="sadness"),
    WordRule("achievement", ("money", "pressure", "small_talk"), (SAVED_AND_BOUGHT,), unless=SERIOUS,
             why="saved up and bought it", felt="joy"),
    WordRule("money", ("achievement", "small_talk", "pressure"), (WAGES_GONE,), unless=SERIOUS,
             why="wages gone too soon", felt="fear"),
    WordRule("", ("regret", "conflict", "small_talk", "achievement"), (PRETENDING_FINE,), unless=SERIOUS,
             why="tired of pretending to be fine", felt="sadness"),
    WordRule("", ("loneliness", "small_talk", "regret", "illness"), (FEEL_EMPTY,),
             unless=SERIOUS + ("loneliness", "breakup", r"\bsince (?:she|he|they|my \w+) (?:left|died|passed|went)\b"),
             why="feeling empty", felt="sadness"),
    WordRule("", ("small_talk", "achievement", "illness"), (BODY_HATE,), unless=SERIOUS, why="hating their looks",
             felt="sadness"),
    WordRule("rejection", ("danger", "conflict"), (REVENGE_ON_BULLIES,), unless=("bereavement",),
             why="wanting to hurt the bullies", felt="anger"),
    WordRule("plans", ("achievement", "small_talk"), (MIGHT_BE_PROMOTED,), unless=SERIOUS, why="a promotion in the air",
             felt="joy"),
    WordRule("illness", ("pressure", "setback", "small_talk", "danger"), (RASH,), unless=SERIOUS,
             why="an itchy rash"),
    WordRule("pressure", ("loneliness", "setback", "rejection", "regret"), (MESSY_HOME, r"\b(?:embarrass\w*|ashamed|"
             r"can'?t face|anyone (?:round|over|in)|visitors|mortified|let (?:anyone|people) in)\b"), unless=SERIOUS,
             why="embarrassed by a messy home", felt="sadness"),
    WordRule("illness", ("bereavement", "family_worry", "loneliness"), (HOSPITAL_FEAR,), unless=("danger",),
             why="afraid of going into hospital", felt="fear"),
    WordRule("conflict", ("breakup", "rejection", "loneliness", "regret"), (GONE_DISTANT,), unless=SERIOUS,
             why="someone close gone distant", felt="sadness"),
    WordRule("conflict", ("regret", "setback", "pressure"), (BLAMED_UNFAIRLY,), unless=SERIOUS,
             why="blamed unfairly", felt="anger"),
    WordRule("family_worry", ("illness", "loneliness", "rejection", "danger"), (NO_WORD_FROM,),
             unless=SERIOUS + (r"\b(?:ex|husband|wife|partner|boyfriend|girlfriend)\b",), why="no word from someone "
                                                                                              "close",
             felt="fear"),
    WordRule("family_worry", ("plans", "family_good", "achievement", "small_talk"), (OTHER_INTO_CARE,),
             unless=SERIOUS + (CARE_GUILT, r"\b(?:guilt\w*|put (?:him|her|them)|i had to)\b"),
             why="someone close going into care",
             felt="sadness"),
    WordRule("loneliness", ("plans", "illness", "family_worry", "family_good"), (SPOUSE_IN_CARE,), unless=SERIOUS,
             why="a husband or wife moved into care"),
    WordRule("setback", ("loneliness", "illness", "regret", "rejection"), (CONTINENCE,), unless=SERIOUS,
             why="an embarrassing accident", felt="sadness"),
    WordRule("setback", ("regret", "achievement", "loneliness", "rejection"), (LITERACY,),
             unless=SERIOUS + (r"\b(?:glasses|eyes|sight|print|small|writing on)\b",), why="cannot read or write well"),
    WordRule("bereavement", ("small_talk", "achievement", "family_good", "plans"), (WOULD_HAVE_LOVED,),
             unless=(_NOT_GONE, "achievement", "family_good"), why="someone missed, spoken of as gone"),
    WordRule("bereavement", ("regret", "conflict", "illness", "family_worry"), (GRIEF_GUILT, _DIED),
             unless=(r"\b(?:plant|plants|flowers|battery|phone|car|fish|goldfish)\b",), why="guilt over a death",
             felt="sadness"),
    WordRule("bereavement", ("danger", "illness", "pressure", "family_worry"), (GRIEF_PRESENCE, _DIED),
             why="sensing someone who died"),
    WordRule("danger", ("pressure", "illness", "small_talk", "plans"), (AFTER_CRIME,), unless=("bereavement",),
             why="frightened since a crime at home"),
    WordRule("bereavement", ("illness", "danger", "family_worry", "setback"), (DIDNT_MAKE_IT,),
             unless=(r"\b(?:party|wedding|train|bus|flight|meeting|match|game|final|class|show|concert)\b",),
             why="'didn't make it': a death", strong=True),
    WordRule("illness", ("bereavement", "plans", "family_worry", "setback"), (END_NEAR,), unless=("bereavement",),
             why="not expected to live long", strong=True),
    WordRule("conflict", ("job_loss", "setback", "rejection", "pressure", "breakup"), (CANCELLED_CARE,),
             unless=SERIOUS, why="an operation or appointment cancelled"),
    WordRule("family_good", ("regret", "breakup", "rejection", "conflict", "loneliness"), (MADE_UP,),
             unless=SERIOUS + (r"\b(?:not|never|haven'?t|hasn'?t|didn'?t|won'?t|can'?t) (?:\w+ )?(?:made up|made it up|"
                               r"reconciled|patched|talking again|speaking again)\b",),
             why="making up after a rift"),
    WordRule("bereavement", ("plans", "pressure", "family_good", "loneliness", "breakup"), (FIRST_WITHOUT,),
             why="the first Christmas without them", strong=True),
    WordRule("illness", ("setback", "regret", "pressure", "small_talk"), (MEMORY_WORRY,), unless=SERIOUS,
             why="memory slipping"),
    WordRule("illness", ("achievement", "family_good", "small_talk", "plans"), (DIAGNOSED_WITH,),
             unless=SERIOUS + (NOT_SERIOUS,), why="a diagnosis named", strong=True),
    WordRule("rejection", ("family_good", "plans", "conflict"), (NOT_INVITED,), unless=SERIOUS,
             why="not invited"),
    WordRule("conflict", ("regret", "rejection", "family_worry"), (TREATED_LIKE_CHILD,), unless=SERIOUS,
             why="talked down to by family"),
    WordRule("loneliness", ("request", "rejection", "small_talk", "plans"), (ABANDONED,), unless=SERIOUS,
             why="everyone they love leaves"),
    WordRule("family_worry", ("small_talk", "conflict", "rejection", "loneliness", "request"), (
        UNREACHABLE, r"\b(?:always|usually|not like (?:her|him|them)|isn'?t like|mum|mom|dad|mother|father|gran\w*|nan|"
                     r"nana|grandad|grandpa|husband|wife|son|daughter|brother|sister)\b"),
             unless=SERIOUS + (r"\b(?:ignor\w*|blocked|ghost\w*|not speaking|fell out|row|argument)\b",),
             why="someone close who can't be reached", felt="fear"),
    WordRule("pressure", ("small_talk", "family_worry", "conflict", "rejection", "breakup", "achievement"),
             (COMING_OUT,), unless=SERIOUS, why="coming out, or afraid to", felt="fear"),
    WordRule("health_good", ("illness", "pressure", "small_talk", "setback"), (HEALTH_IMPROVED,),
             unless=SERIOUS + (_NEGATION,), why="a test or a body part better than it was", felt="joy"),
    WordRule("illness", ("health_good", "plans", "achievement", "small_talk"), (ON_THE_LIST,), unless=SERIOUS,
             why="on the list for an operation", felt="fear"),
    WordRule("money", ("small_talk", "conflict", "setback", "pressure"), (PAYMENT_MISSING,), unless=SERIOUS,
             why="money they rely on that hasn't arrived", felt="fear"),
    WordRule("money", ("small_talk", "plans", "family_good", "achievement"), (TOLD_TO_DOWNSIZE,), unless=SERIOUS,
             why="asked to move to a smaller home", felt="fear"),
    WordRule("illness", ("regret", "small_talk", "health_good", "conflict"), (FALL_UNTOLD,), unless=SERIOUS,
             why="a fall kept to themselves", felt="fear"),
    WordRule("conflict", ("small_talk", "family_worry", "regret", "loneliness"), (DECIDED_WITHOUT_ME,),
             unless=SERIOUS, why="a decision made without them"),
    WordRule("illness", ("small_talk", "request", "plans"), (DOCTOR_RANG,), why="a doctor's call, news untold"),
    WordRule("illness", ("small_talk", "pressure", "family_worry"), (DEMENTIA_FEAR,), unless=SERIOUS,
             why="afraid it is dementia", felt="fear"),
    WordRule("loneliness", ("plans", "family_good", "achievement", "small_talk"), (LEAVING_LONG_HOME,),
             unless=SERIOUS, why="leaving a home of many years", felt="sadness"),
    WordRule("plans", ("small_talk", "achievement", "money"), (HOME_SOLD,),
             unless=SERIOUS + (HOME_SOLD_FOR_CARE, r"\byears\b"),
             why="their home sold, a move ahead"),
    WordRule("setback", ("achievement", "family_good", "plans", "small_talk"), (PASSED_OVER,), unless=SERIOUS,
             why="passed over at work", felt="sadness"),
    WordRule("family_worry", ("pet_loss", "small_talk", "danger", "loneliness"), (PET_ESCAPES,), unless=SERIOUS,
             why="a pet that keeps getting out", felt="fear"),
    WordRule("family_worry", ("illness", "pressure", "small_talk", "conflict"), (CRYING_BABY,),
             unless=("bereavement",), why="a baby who won't stop crying", felt="fear"),
    WordRule("family_worry", ("conflict", "rejection", "danger", "money", "loneliness"), (TEEN_QUIET,),
             unless=SERIOUS, why="a teenager gone quiet", felt="sadness"),
    WordRule("conflict", ("small_talk", "pressure", "illness", "rejection"), (WORK_REMARKS,), unless=SERIOUS,
             why="remarks at work about their body or who they are", felt="anger"),
    WordRule("family_worry", ("small_talk", "conflict", "illness", "achievement"), (CAUGHT_VAPING,), unless=SERIOUS,
             why="a child caught vaping or drinking", felt="fear"),
    WordRule("regret", ("small_talk", "pressure", "conflict", "plans"), (SAID_SOMETHING_SILLY,), unless=SERIOUS,
             why="afraid they said something foolish", felt="fear"),
    WordRule("pressure", ("small_talk", "danger", "illness", "request"), (CHECKING_AGAIN,), unless=SERIOUS,
             why="checking again and again", felt="fear"),
    WordRule("loneliness", ("small_talk", "conflict", "breakup", "plans"), (LONG_SINGLE,), unless=SERIOUS,
             why="single for years and tired of it", felt="sadness"),
    WordRule("pressure", ("illness", "conflict", "small_talk"), (ANGRY_ALWAYS,), unless=SERIOUS,
             why="angry all the time", felt="anger"),
    WordRule("pressure", ("illness", "small_talk", "plans"), (AGEING_FEAR,), unless=SERIOUS,
             why="afraid of growing old", felt="fear"),
    WordRule("money", ("illness", "small_talk", "pressure", "loneliness"), (FOOD_POVERTY,),
             unless=SERIOUS + (CARER_NO_SHOW,),
             why="hungry with no money for food", felt="fear"),
    WordRule("money", ("conflict", "danger", "pressure", "small_talk"), (LANDLORD_THREAT,), unless=("bereavement",),
             why="a landlord threatening to throw them out", felt="fear"),
    WordRule("pressure", ("small_talk", "conflict", "request", "setback"), (LOCKED_OUT,), unless=SERIOUS,
             why="locked out", felt="fear"),
    WordRule("conflict", ("danger", "small_talk", "regret"), (COULD_THROTTLE,), unless=SERIOUS,
             why="anger said in jest", felt="anger"),
    WordRule("health_good", ("illness", "danger", "small_talk", "pressure"), (RECOVERY_MILESTONE,),
             unless=SERIOUS + (RELAPSE,), why="clean or sober for a while", felt="joy"),
    WordRule("pressure", ("small_talk", "illness", "loneliness"), (SWAMPED_AT_WORK,), unless=SERIOUS,
             why="swamped at work", felt="fear"),
    WordRule("illness", ("family_good", "small_talk", "plans", "pressure"), (UNSURE_PREGNANCY,),
             unless=("bereavement",), why="pregnant and unsure", felt="fear"),
    WordRule("", ("small_talk", "plans", "illness", "pressure"), (WINTER_LOW,), unless=SERIOUS,
             why="low with the dark months", felt="sadness"),
    WordRule("", ("illness", "pressure", "loneliness", "setback"), (TEARS_NO_REASON,), unless=SERIOUS,
             why="tears without a reason they can name", felt="sadness"),
    WordRule("small_talk", ("conflict", "illness", "danger", "pressure"), (WEATHER_MOAN,), unless=SERIOUS,
             why="the weather complained of", felt="neutral"),
    WordRule("small_talk", ("bereavement", "setback", "regret", "illness"), (LAUGHED,), unless=SERIOUS + (_NEGATION,),
             why="laughing till it hurt", felt="joy"),
    WordRule("setback", ("bereavement", "pet_loss", "illness", "loneliness"), (THINGS_DEAD,),
             unless=(r"\b(?:dog|cat|pet|husband|wife|mum|dad|friend|son|"
                     r"daughter)\b",), why="a flat phone, a dead garden"),
    WordRule("small_talk", ("illness", "loneliness", "pressure"), (SLEEPY,), unless=SERIOUS,
             why="tired in a light way", felt="neutral"),
    WordRule("request", ("plans", "achievement", "small_talk", "money", "conflict"), (CANCEL_SUB,),
             unless=SERIOUS, why="ending a membership or contract"),
    WordRule("achievement", ("setback", "conflict", "money", "pressure"), (FIXED_AT_LAST,),
             unless=SERIOUS + (_NEGATION,), why="put right at last"),
    WordRule("pressure", ("plans", "loneliness", "family_good"), (SOCIAL_NERVES,),
             unless=SERIOUS + (r"\b(?:speech|toast|speak\w*|eulogy|present\w*|perform\w*|sing\w*)\b",),
             why="nervous about going back among people"),
    WordRule("conflict", ("illness", "family_worry", "setback"), (LOST_BY_THEM,), unless=SERIOUS,
             why="something of theirs lost by others", felt="anger"),
    WordRule("family_worry", ("illness", "bereavement", "pressure"), (IN_SURGERY_NOW,),
             unless=("bereavement", "danger"), why="someone close in surgery now", felt="fear"),
    WordRule("illness", ("loneliness", "small_talk", "family_worry", "setback"), (HOSPITALISED,), unless=SERIOUS,
             why="someone close taken into hospital"),
    WordRule("request", ("illness", "pressure", "small_talk", "loneliness"), (LOST_IN_BUILDING,),
             unless=SERIOUS, why="lost in a big building"),
    WordRule("setback", ("pressure", "illness", "danger", "conflict"), (FAILED_EXAM,), unless=SERIOUS,
             why="failed an exam"),
    WordRule("pressure", ("illness", "loneliness", "setback"), (ANXIOUS_STATE,), unless=SERIOUS,
             why="feeling anxious"),
    WordRule("family_worry", ("rejection", "conflict", "setback"), (BULLIED_ONLINE,), unless=SERIOUS,
             why="someone close bullied online", felt="fear"),
    WordRule("family_worry", ("rejection", "conflict", "danger"), (CHILD_BULLIED,),
             unless=("bereavement", BULLIED_ONLINE), why="their child bullied", felt="fear"),
    WordRule("rejection", ("conflict", "loneliness", "pressure", "setback"), (BULLIED,), unless=SERIOUS,
             why="bullied"),
    WordRule("conflict", ("loneliness", "rejection", "setback"), (NO_SHOW,), unless=SERIOUS,
             why="a delivery or a tradesman that never came"),
    WordRule("illness", ("loneliness", "pressure", "small_talk", "danger"), (NO_SLEEP,),
             unless=SERIOUS + ("conflict", BABY_NOISE), why="not sleeping"),
    WordRule("achievement", ("job_loss", "plans", "loneliness"), (RETIRED,), unless=SERIOUS + (_PUSHED_OUT,),
             why="retired after a working life", felt="joy"),
    WordRule("job_loss", ("achievement", "plans", "loneliness", "small_talk"), (r"\bretired\b", RETIRED_ADRIFT),
             unless=SERIOUS + (EMPTY_DAYS, r"\bretirement (?:flat|home|village|housing|complex)\b"),
             why="adrift since retiring", felt="sadness"),
    WordRule("family_worry", ("conflict", "setback", "rejection", "loneliness"), (WITHDRAWN,),
             unless=SERIOUS + (r"\b(?:i|i'?ve|i'?m)\b[^.!?]{0,10}\b(?:won'?t|can'?t|don'?t|hardly) (?:\w+ )?"
                               r"(?:get out of|leave) (?:bed|my room)\b",),
             why="someone close withdrawing", felt="fear"),
    WordRule("conflict", ("setback", "achievement", "family_good", "regret", "breakup"), (ESTRANGED,),
             unless=SERIOUS, why="someone close not speaking to them", felt="sadness"),
    WordRule("rejection", ("conflict", "family_good"), (OVERLOOKED,), unless=SERIOUS, why="overlooked for someone else",
             felt="sadness"),
    WordRule("pressure", ("plans", "achievement", "job_loss", "loneliness"), (NEW_START, _STRANGERS),
             unless=SERIOUS + (r"\b(?:excited|can'?t wait|looking forward|thrilled)\b",),
             why="starting somewhere new among strangers", felt="fear"),
    WordRule("loneliness", ("family_good", "plans", "achievement"), (CLOSE_MOVING, MOVED_FAR),
             unless=SERIOUS + (r"\b(?:excited|can'?t wait|thrilled|delighted|so happy|proud)\b",),
             why="someone close moving far away", felt="sadness"),
    WordRule("conflict", ("danger", "pressure", "setback"), (DOORSTEP_NUISANCE,), unless=SERIOUS,
             why="a nuisance left at their door", felt="anger"),
    WordRule("money", ("job_loss", "pressure", "conflict"), (BENEFITS_CUT,), unless=SERIOUS + (RUNAROUND,),
             why="a benefit or pension stopped", felt="fear"),
    WordRule("family_worry", ("conflict", "small_talk", "setback", "loneliness"), (NEIGHBOUR_UNSEEN,),
             unless=("bereavement", "danger"), why="a neighbour not seen for days", felt="fear"),
    WordRule("illness", ("health_good", "achievement", "small_talk", "family_good", "setback"), (SIDE_EFFECTS,),
             unless=SERIOUS, why="a medicine's side effects", felt="sadness"),
    WordRule("family_worry", ("conflict", "setback", "danger", "regret"), (ARRESTED,), unless=("bereavement",),
             why="someone close arrested", felt="fear"),
    WordRule("loneliness", ("small_talk", "setback", "plans", "regret"), (MEALS_ALONE,),
             unless=SERIOUS + (r"\b(?:love|enjoy|nice|lovely|treat)\b",), why="meals alone", felt="sadness"),
    WordRule("conflict", ("bereavement", "setback", "regret", "family_good"), (SPEAKING_SINCE,), unless=("danger",),
             why="not speaking since a family day", felt="sadness"),
    WordRule("illness", ("family_good", "achievement", "setback", "small_talk", "regret"), (AFTER_BABY,),
             unless=("bereavement", "danger"), why="low since a baby came", felt="sadness"),
    WordRule("family_worry", ("illness", "setback", "conflict", "small_talk"), (KEEPS_FALLING,), unless=SERIOUS,
             why="someone close who keeps falling", felt="fear"),
    WordRule("conflict", ("regret", "setback", "rejection", "illness"), (RUDE_TO_ME,),
             unless=SERIOUS + (r"\b(?:husband|wife|partner|son|daughter|mum|mom|dad|brother|sister|boyfriend|"
                               r"girlfriend|grand\w+)\b",), why="treated rudely by staff or a stranger",
             felt="sadness"),
    WordRule("loneliness", ("setback", "small_talk", "regret", "rejection"), (MISS_SMALL_THINGS,),
             unless=("danger",), why="missing someone's voice or laugh", felt="sadness"),
    WordRule("health_good", ("illness", "family_worry", "pressure", "setback"), (DIAGNOSIS_AT_LAST,),
             unless=SERIOUS, why="a diagnosis at last", felt="joy"),
    WordRule("family_good", ("small_talk", "achievement", "pet_loss", "plans"), (PET_BIRTH,), unless=SERIOUS,
             why="a pet gave birth", felt="joy"),
    WordRule("family_good", ("small_talk", "achievement", "plans", "gratitude"), (GOOD_CARER,),
             unless=SERIOUS + (r"\b(?:but|leaving|left|gone|miss)\b",), why="a carer they like", felt="joy"),
    WordRule("health_good", ("illness", "achievement", "small_talk", "pressure"), (MYSELF_AGAIN,), unless=SERIOUS,
             why="feeling like themselves again", felt="joy"),
    WordRule("loneliness", ("illness", "pressure", "breakup", "rejection"), (ALONE_FOREVER,),
             unless=SERIOUS + (r"\b(?:happy|happier|fine|content|prefer|suits me|like it)\b",),
             why="afraid of staying alone", felt="fear"),
    WordRule("family_worry", ("pet_loss", "illness", "small_talk", "setback", "danger"), (PET_UNWELL,),
             unless=("bereavement", "danger", r"\b(?:died|put (?:down|to sleep)|passed)\b"), why="a pet unwell",
             felt="fear"),
    WordRule("small_talk", ("pressure", "illness", "family_worry", "loneliness", "setback"), (COMPANY_FOR_IT,),
             unless=SERIOUS + (r"\b(?:won'?t|doesn'?t|refuses?|can'?t|isn'?t|not)\b[^.!?]{0,15}\bwith me\b",),
             why="someone going with them", felt="neutral"),
    WordRule("plans", ("loneliness", "small_talk", "setback"), (GROUP_NEARBY,), unless=SERIOUS,
             why="a group nearby to try", felt="joy"),
    WordRule("conflict", ("setback", "regret", "small_talk", "loneliness"), (ROW_WITH,), unless=SERIOUS,
             why="a row with someone close", felt="sadness"),
    WordRule("small_talk", ("conflict", "setback", "illness", "danger"), (ACHING_FIGURATIVE,),
             unless=("bereavement", "pet_loss"),
             why="aching after effort, a figure of speech", felt="neutral"),
    WordRule("", ("regret", "setback", "conflict", "rejection"), (JUST_SAD,), unless=SERIOUS,
             why="sad, and saying they are safe", felt="sadness"),
    WordRule("health_good", ("achievement", "small_talk", "illness", "family_good"), (JAB,), unless=SERIOUS,
             why="a vaccination", felt="neutral"),
    WordRule("setback", ("loneliness", "rejection", "small_talk", "pressure"), (TURNED_DOWN,), unless=SERIOUS,
             why="turned down for something hoped for", felt="sadness"),
    WordRule("family_worry", ("bereavement", "setback", "small_talk", "illness"), (OTHER_FELL,),
             unless=("bereavement", "danger"), why="someone close had a fall", felt="fear"),
    WordRule("loneliness", ("family_good", "achievement", "small_talk", "plans"), (SEE_MORE,), unless=SERIOUS,
             why="wishing to see family more", felt="sadness"),
    WordRule("pressure", ("illness", "bereavement", "small_talk"), (DEATH_FEAR,), unless=SERIOUS,
             why="afraid of dying", felt="fear"),
    WordRule("rejection", ("family_worry", "small_talk", "conflict"), (NOT_LIKED,), unless=SERIOUS,
             why="not liked by someone close", felt="sadness"),
    WordRule("money", ("bereavement", "pressure", "illness"), (OWN_FUNERAL,), unless=("danger",),
             why="their own funeral's cost", felt="fear"),
    WordRule("small_talk", ("plans", "pressure", "achievement", "illness"), (APPOINTMENT_ARRIVAL,),
             unless=SERIOUS + (r"\b(?:nervous|scared|worried|terrified|frightened|dreading|anxious|petrified)\b",),
             why="arrived for an appointment", felt="neutral"),
    WordRule("illness", ("conflict", "pressure", "setback", "loneliness"), (WAITING_LIST,), unless=SERIOUS,
             why="a long wait for treatment"),
    WordRule("conflict", ("loneliness", "rejection", "setback"), (WAITING_LONG,), unless=SERIOUS,
             why="a long wait without news", felt="anger"),
    WordRule("family_worry", ("illness", "conflict", "pressure"), (NO_NEWS_YET,), unless=("bereavement", "danger"),
             why="waiting for news of someone close", felt="fear"),
    WordRule("family_worry", ("pressure", "achievement", "plans"), (OTHERS_EXAMS,), unless=SERIOUS,
             why="someone close facing exams", felt="fear"),
    WordRule("conflict", ("rejection", "loneliness", "regret"), (NEVER_LISTEN,), unless=SERIOUS,
             why="told they never listen", felt="sadness"),
    WordRule("money", ("illness", "pressure", "family_worry"), (CARE_COSTS,), unless=SERIOUS,
             why="care costs and the house", felt="fear"),
    WordRule("danger", ("illness", "small_talk", "conflict"), (NOISES_IN_HOUSE,), unless=("bereavement",),
             why="noises in the house at night", felt="fear"),
    WordRule("loneliness", ("illness", "pressure", "family_worry"), (NO_COMPANION,), unless=SERIOUS,
             why="nobody to go with them", felt="sadness"),
    WordRule("conflict", ("setback", "family_worry", "regret"), (LIED_TO,), unless=SERIOUS,
             why="lied to by someone close", felt="anger"),
    WordRule("bereavement", ("loneliness", "small_talk", "plans"), (GRAVE_VISIT,), unless=("danger",),
             why="a visit to a grave", felt="sadness"),
    WordRule("pressure", ("illness", "loneliness", "plans"), (ALONE_FIRST_TIME,), unless=SERIOUS,
             why="living alone for the first time", felt="fear"),
    WordRule("illness", ("setback", "small_talk", "pressure"), (PAIN_LIMITS,), unless=SERIOUS,
             why="pain that stops them walking", felt="sadness"),
    WordRule("money", ("family_good", "achievement", "plans", "pressure"), (CANT_AFFORD_TO_GO,), unless=SERIOUS,
             why="can't afford to be there", felt="sadness"),
    WordRule("illness", ("family_good", "family_worry", "small_talk", "pressure"), (LIFE_SUPPORT_END,),
             unless=("danger",), why="life support to be withdrawn", felt="sadness", strong=True),
    WordRule("pressure", ("illness", "danger", "small_talk"), (PANIC_ATTACK,), unless=SERIOUS,
             why="a panic attack", felt="fear"),
    WordRule("illness", ("setback", "pressure", "small_talk"), (NEW_AID,), unless=SERIOUS,
             why="a hearing aid or glasses to get", felt="neutral"),
    WordRule("conflict", ("setback", "family_worry", "small_talk", "rejection"), (HOUSEMATE,),
             unless=SERIOUS + (r"\b(?:lovely|kind|great|brilliant|best|moved out|moving out|miss)\b",),
             why="a housemate who takes liberties", felt="anger"),
    WordRule("pressure", ("rejection", "setback", "achievement", "small_talk", "plans"), (COMPARING,), unless=SERIOUS,
             why="comparing themselves with others", felt="sadness"),
    WordRule("pressure", ("setback", "illness", "small_talk"), (LONG_HOURS,), unless=SERIOUS,
             why="long hours without a break", felt="fear"),
    WordRule("family_worry", ("breakup", "conflict", "family_good"), (PARENTS_SPLIT,), unless=SERIOUS,
             why="their parents separating", felt="sadness"),
    WordRule("family_worry", ("conflict", "danger", "regret", "setback", "small_talk"), (IN_PRISON,),
             unless=("bereavement", PRISON_SHAME), why="someone close sent to prison", felt="sadness"),
    WordRule("rejection", ("conflict", "loneliness", "family_worry"), (IGNORED_BY_ALL,), unless=SERIOUS,
             why="ignored or left out by everyone", felt="sadness"),
    WordRule("rejection", ("family_worry", "small_talk", "achievement", "family_good"), (NEVER_PROUD,),
             unless=SERIOUS, why="a parent who never says it", felt="sadness"),
    WordRule("conflict", ("family_worry", "rejection", "setback"), (HARSH_AT_HOME,), unless=("bereavement",),
             why="a parent's partner unkind to them", felt="fear"),
    WordRule("pressure", ("setback", "achievement", "illness"), (RESULTS_DUE,), unless=SERIOUS + (RESULTS_BAD,),
             why="waiting for exam results", felt="fear"),
    WordRule("illness", ("pressure", "setback", "danger", "small_talk"), (PILLS_HARD,), unless=SERIOUS,
             why="tablets hard to swallow"),
    WordRule("pressure", ("breakup", "rejection", "loneliness", "conflict", "setback"), (LEAVING_PARTNER,),
             unless=SERIOUS, why="thinking of leaving a partner", felt="sadness"),
    WordRule("pressure", ("setback", "plans", "job_loss", "small_talk"), (TORN,), unless=SERIOUS,
             why="torn between two choices", felt="fear"),
    WordRule("family_good", ("bereavement", "small_talk", "achievement", "plans"), (TAUGHT_ME,),
             unless=SERIOUS + (r"\b(?:without (?:him|her|them)|miss\w*|died|passed|late|used to|before (?:he|she) "
                               r"(?:died|went))\b",),
             why="taught something by someone close", felt="joy"),
    WordRule("achievement", ("conflict", "setback", "pressure", "small_talk"), (STREAK,),
             unless=SERIOUS + (r"\b(?:can'?t|couldn'?t|failed|missed|haven'?t|hasn'?t)\b",), why="a healthy streak",
             felt="joy"),
    WordRule("", ("small_talk", "request", "pressure"), (NO_REASON_WHY,), why="a feeling without a reason",
             felt="sadness"),
    WordRule("family_good", ("breakup", "loneliness", "rejection", "plans"), (OTHERS_WEDDING,),
             unless=SERIOUS + (r"\b(?:ex|jealous|heartbroken|wish it was me|in love with)\b", NOT_INVITED),
             why="someone else's wedding", felt="joy"),
    WordRule("small_talk", ("breakup", "loneliness", "bereavement", "family_worry"), (VISITOR_LEFT,),
             unless=SERIOUS + (r"\b(?:left me|divorce|split|for good|row|argument|walked out)\b",),
             why="a visitor gone home", felt="neutral"),
    WordRule("pressure", ("illness", "family_worry", "conflict"), (WHAT_THEY_THINK,), unless=SERIOUS,
             why="afraid of how others will react", felt="fear"),
    WordRule("rejection", ("family_good", "small_talk", "plans", "gratitude"), (SHORT_VISIT,), unless=SERIOUS,
             why="a visit cut short", felt="sadness"),
    WordRule("loneliness", ("family_good", "small_talk", "setback", "plans"), (AFTER_VISIT,), unless=SERIOUS,
             why="the house quiet after a visit", felt="sadness"),
    WordRule("setback", ("job_loss", "money", "illness", "regret"), (DRIVING_GIVEN_UP,), unless=SERIOUS,
             why="driving given up", felt="sadness"),
    WordRule("small_talk", ("setback", "pressure", "loneliness", "plans", "illness"), (FINE_THANKS,),
             unless=SERIOUS, why="fine, thanks", felt="neutral"),
    WordRule("small_talk", ("achievement", "family_good", "plans", "health_good"), (NEWS_TEASER,), unless=SERIOUS,
             why="news on its way", felt="joy"),
    WordRule("small_talk", ("conflict", "pressure", "setback", "regret"), (SPEAK_UP,),
             unless=SERIOUS + (r"\b(?:can'?t|scared|afraid|frightened|daren'?t|dare not|won'?t)\b",),
             why="deciding to speak up", felt="neutral"),
    WordRule("small_talk", ("setback", "pressure", "illness"), (WEATHER_CAUSE,), unless=SERIOUS,
             why="the weather as a cause", felt="neutral"),
    WordRule("small_talk", ("bereavement", "loneliness", "breakup", "family_worry"), (AWAY_A_WHILE,),
             unless=SERIOUS + (_AWAY_WORRY, r"\b(?:worried|scared|missing|lonely|miss (?:him|her|them))\b"),
             why="someone close away for a few days", felt="neutral"),
    WordRule("small_talk", ("bereavement", "loneliness", "breakup", "family_worry"), (ERRAND,),
             unless=SERIOUS + (r"\b(?:hours ago|not back|hasn'?t come back|still not|worried|missing|never came)\b",),
             why="someone out on an errand", felt="neutral"),
    WordRule("family_worry", ("family_good", "regret", "conflict"), (SORRY_FROM_PRISON,), unless=SERIOUS,
             why="an apology from prison or rehab"),
    WordRule("conflict", ("rejection", "setback", "regret", "breakup"), (SCAM,), unless=SERIOUS,
             why="scammed: a wrong done to them"),
    WordRule("conflict", ("rejection", "setback", "regret", "danger", "pressure"), (CARD_FRAUD,), unless=SERIOUS,
             why="someone using their card", felt="fear"),
    WordRule("pressure", ("small_talk", "achievement", "plans", "family_good"), (DRINKING_TO_COPE,), unless=SERIOUS,
             why="drinking to sleep or to cope", felt="sadness"),
    WordRule("regret", ("family_worry", "pressure", "setback", "rejection"), (FAILING_AS,), unless=SERIOUS,
             why="feeling they fail as a parent", felt="sadness"),
    WordRule("conflict", ("illness", "family_worry", "pressure"), (DAMP, _LANDLORD), unless=SERIOUS,
             why="damp a landlord will not fix", felt="anger"),
    WordRule("loneliness", ("small_talk", "family_good", "plans", "achievement"), (NEED_HUG,), unless=SERIOUS,
             why="longing to be held", felt="sadness"),
    WordRule("small_talk", ("bereavement", "regret", "setback", "loneliness"), (SAD_FILM,), unless=SERIOUS,
             why="moved by a film or a book", felt="neutral"),
    WordRule("rejection", ("conflict", "loneliness", "small_talk"), (UNANSWERED,), unless=SERIOUS,
             why="messages left unanswered", felt="sadness"),
    WordRule("achievement", ("setback", "pressure", "small_talk", "conflict"), (ON_A_ROLL,), unless=SERIOUS,
             why="doing brilliantly, in slang", felt="joy"),
    WordRule("small_talk", ("bereavement", "setback", "illness", "loneliness"), (TO_DIE_FOR,), unless=SERIOUS,
             why="food to die for", felt="joy"),
    WordRule("conflict", ("regret", "rejection", "family_worry"), (CRITICISED,), unless=SERIOUS,
             why="criticised at every turn", felt="anger"),
    WordRule("achievement", ("plans", "small_talk", "family_good", "pressure"), (GOOD_START,),
             unless=SERIOUS + (_NEGATION,), why="a place offered or a first wage", felt="joy"),
    WordRule("illness", ("pressure", "setback", "small_talk"),
             (KEEP_FORGETTING, _AFRAID + r"|\bfrighten\w*|\bscares me\b"), unless=SERIOUS,
             why="memory lapses that frighten them"),
    WordRule("conflict", ("danger", "pressure", "illness"), (NOISE_AT_NIGHT,), unless=SERIOUS,
             why="noise that goes on at night", felt="anger"),
    WordRule("money", ("job_loss", "pressure", "conflict"), (COSTS_UP,), unless=SERIOUS, why="rent or bills put up",
             felt="fear"),
    WordRule("family_good", ("bereavement", "loneliness", "plans", "small_talk"), (TREAT,),
             unless=SERIOUS + (_NEGATION, r"\b(?:used to|would have)\b"), why="treated to an outing", felt="joy"),
    WordRule("family_good", ("breakup", "rejection", "loneliness", "plans"), (PROPOSAL,),
             unless=SERIOUS + (r"\b(?:called off|broke off|broken off|ended|cancelled)\b",), why="an engagement"),
    WordRule("conflict", ("money", "setback", "bereavement", "family_worry"), (BEHIND_BACK,),
             unless=("danger",), why="something shared sold behind their back", felt="anger"),
    WordRule("health_good", ("illness", "family_worry", "danger", "pressure"), (WILL_BE_OK,),
             unless=SERIOUS + (r"\b(?:not|won'?t|might not|may not|isn'?t)\b",), why="someone will be all right",
             strong=True, felt="joy"),
    WordRule("money", ("family_good", "plans", "bereavement", "achievement"), (OUTFIT_UNAFFORDABLE,),
             unless=SERIOUS, why="a family occasion they cannot afford to dress for", felt="sadness"),
    WordRule("", ("regret", "setback", "small_talk"), (r"\bcan'?t stop (?:thinking|going on) about (?:the|what|that|it|"
                                                     r"how)\b",), unless=SERIOUS + (r"\b(?:my fault|i should have|"
                                                                                    r"guilt\w*|blame)\b",),
             why="something that has stayed with them", felt="sadness"),
    WordRule("setback", ("health_good", "achievement", "regret", "small_talk"), (RELAPSE,), unless=SERIOUS,
             why="a drink after time sober: a setback, not a milestone", felt="sadness", strong=True),
    WordRule("pressure", ("health_good", "achievement", "small_talk", "family_good"), (HOLDING_ON,), unless=SERIOUS,
             why="holding on to one thing", felt="sadness"),
    WordRule("money", ("pressure", "regret", "conflict", "job_loss"), (GAMBLING,), unless=SERIOUS + (_NEGATION,),
             why="gambling losses", felt="fear"),
    WordRule("bereavement", ("family_good", "plans", "setback", "pressure"), (TRYING_FOR_BABY,),
             unless=(r"\b(?:pregnant|expecting|it worked|good news)\b",), why="trying for a baby for years",
             felt="sadness"),
    WordRule("pressure", ("illness", "danger", "family_worry"), (NEWS_WORRY, _AFRAID + r"|\banxious\b"),
             unless=SERIOUS, why="frightened by the news", felt="fear"),
    WordRule("loneliness", ("family_worry", "family_good", "plans"), (EMPTY_NEST,),
             unless=SERIOUS + (r"\b(?:proud|excited|delighted|thrilled|can'?t wait)\b",),
             why="a child gone off to university", felt="sadness"),
    WordRule("request", ("family_good", "plans", "small_talk"), (APP_CONFUSION,), unless=SERIOUS,
             why="an app they can't work out"),
    WordRule("request", ("setback", "regret", "pressure"), (PASS_EXPIRED,), unless=SERIOUS, why="a pass run out"),
    WordRule("conflict", ("breakup", "danger", "family_worry", "loneliness"), (CONTACT_DISPUTE,), unless=SERIOUS,
             why="children kept from them", felt="sadness"),
    WordRule("achievement", ("family_good", "plans", "small_talk"), (MADE_FOR,), unless=SERIOUS + (_NEGATION,),
             why="something made by hand for someone", felt="joy"),
    WordRule("small_talk", ("setback", "regret", "achievement"), (TEAM_LOST,), unless=SERIOUS,
             why="their team lost", felt="sadness"),
    WordRule("conflict", ("money", "illness", "setback"), (NO_APPOINTMENT,), unless=SERIOUS,
             why="no appointment to be had", felt="anger"),
    WordRule("conflict", ("loneliness", "family_worry", "small_talk"), (SHORT_TEMPERED,),
             unless=SERIOUS + (r"\b(?:eggshells|scared|afraid|frightened|terrified|unsafe)\b",),
             why="someone close short-tempered lately", felt="sadness"),
    WordRule("small_talk", ("bereavement", "illness", "family_worry"), (TURNING_INTO,), unless=SERIOUS,
             why="'turning into my mother'", felt="neutral"),
    WordRule("family_good", ("achievement", "rejection", "pressure"), (CAME_OUT_WELL,), unless=SERIOUS,
             why="coming out, taken well", felt="joy"),
    WordRule("family_worry", ("illness", "danger", "small_talk"), (OFF_FOOD,), unless=SERIOUS,
             why="someone off their food"),
    WordRule("health_good", ("small_talk", "family_worry", "achievement"), (OTHER_SOBER,),
             unless=SERIOUS + (RELAPSE,), why="someone close has stayed sober", felt="joy"),
    WordRule("pressure", ("loneliness", "small_talk", "illness"), (NEED_TALK,), unless=SERIOUS,
             why="asking for help with low mood", felt="sadness"),
    WordRule("illness", ("plans", "pressure", "small_talk"), (TREATMENT_START,), unless=SERIOUS,
             why="starting a hard treatment", felt="fear"),
    WordRule("illness", ("pressure", "small_talk", "setback", "danger"), (VERTIGO,), unless=("bereavement",),
             why="the room spinning", felt="fear"),
    WordRule("illness", ("pressure", "small_talk", "setback"), (DIZZY_STANDING,), unless=SERIOUS,
             why="dizzy on standing"),
    WordRule("illness", ("health_good", "setback", "pressure"), (FEARED_RETURN,), unless=SERIOUS + (NOT_SERIOUS,),
             why="afraid an illness has come back", felt="fear"),
    WordRule("setback", ("illness", "money", "pressure", "danger"), (NO_HEATING,), unless=SERIOUS,
             why="the heating gone in the cold", felt="fear"),
    WordRule("illness", ("plans", "pressure", "small_talk"), (HOSPITAL_STAY,), unless=SERIOUS + (HOSPITALISED,),
             why="going into hospital for an operation", felt="fear"),
    WordRule("family_worry", ("pet_loss", "illness", "small_talk", "pressure"), (OLD_PET,),
             unless=("pet_loss",), why="an old pet near the end of its life", felt="sadness"),
    WordRule("small_talk", ("rejection", "loneliness", "plans"), (RELUCTANT_GUEST,), unless=SERIOUS,
             why="invited but not keen to go", felt="neutral"),
    WordRule("pressure", ("plans", "small_talk", "achievement", "family_good"), (MEMORY_CLINIC,),
             unless=SERIOUS + (r"\b(?:results?|said|says|told|diagnos\w*)\b",), why="a memory clinic appointment",
             felt="fear"),
    WordRule("conflict", ("illness", "family_worry", "bereavement"), (DOUBTED,), unless=SERIOUS,
             why="told they imagine things", felt="sadness"),
    WordRule("family_worry", ("breakup", "bereavement", "family_good"), (MOVING_BACK,), unless=SERIOUS,
             why="a grown child moving back home"),
    WordRule("family_worry", ("illness", "danger", "pressure"), (WANDERING,), unless=SERIOUS,
             why="someone with dementia wandering at night", felt="fear"),
    WordRule("regret", ("pressure", "loneliness", "family_worry", "illness"), (CARE_GUILT,), unless=SERIOUS,
             why="guilt at a parent's move into care", felt="sadness"),
    WordRule("loneliness", ("bereavement", "small_talk", "family_good"), (HOMESICK,), unless=SERIOUS,
             why="homesick", felt="sadness"),
    WordRule("pressure", ("family_worry", "illness", "conflict"), (PARENT_WORN,), unless=SERIOUS,
             why="worn out by a small child", felt="sadness"),
    WordRule("family_worry", ("setback", "conflict", "regret", "rejection"), (NURSERY_TROUBLE,), unless=SERIOUS,
             why="trouble at nursery"),
    WordRule("family_worry", ("conflict", "danger", "small_talk"), (MANY_CALLS,), unless=SERIOUS,
             why="someone close ringing again and again"),
    WordRule("achievement", ("small_talk", "plans", "pressure"), (r"\b(?:got|achieved|been awarded|awarded) (?:a )?"
                                                                 r"(?:first|distinction|2:1|top marks|full marks)\b",),
             unless=SERIOUS + (_NEGATION,), why="top marks", felt="joy"),
    WordRule("pressure", ("illness", "setback", "loneliness"), (SELF_CARE,), unless=SERIOUS,
             why="struggling to manage at home"),
    WordRule("request", ("illness", "pressure", "setback"), (DOSE_DOUBT,), unless=SERIOUS, why="unsure about a dose"),
    WordRule("small_talk", ("plans", "family_good", "achievement"), (PAST_OUTING,),
             unless=SERIOUS + (_NEGATION, r"\b(?:but|until|till|except)\b"),
             why="a lovely day out", felt="joy"),
    WordRule("pressure", ("danger", "illness", "loneliness", "plans"), (CARE_HOME_FEAR,), unless=SERIOUS,
             why="afraid of ending up in a home", felt="fear"),
    WordRule("money", ("breakup", "job_loss", "pressure", "loneliness"), (CANT_AFFORD,), unless=SERIOUS,
             why="rent or bills they cannot meet", felt="fear"),
    WordRule("pressure", ("illness", "plans", "danger", "setback"), (PHOBIA,), unless=SERIOUS + (THEIR_FEAR,),
             why="a common fear", felt="fear"),
    WordRule("conflict", ("loneliness", "pressure", "small_talk"), (CARERS_CHANGING,), unless=SERIOUS,
             why="carers who keep changing"),
    WordRule("illness", ("conflict", "pressure", "setback"), (CHRONIC_PAIN,), unless=SERIOUS,
             why="pain that never lets up", felt="sadness"),
    WordRule("achievement", ("small_talk", "plans", "family_good"), (APPLAUSE,), unless=SERIOUS + (_NEGATION,),
             why="applauded for something they did", felt="joy"),
    WordRule("achievement", ("bereavement", "loneliness", "pressure", "setback"), (BRAVE_STEP,),
             unless=(_NEGATION, "danger"), why="a brave step towards support"),
    WordRule("achievement", ("money", "pressure", "setback"), (DEBT_FREE,), unless=SERIOUS + (_NEGATION,),
             why="a debt paid off"),
    WordRule("achievement", ("setback", "money", "conflict", "rejection"), (MONEY_BACK,),
             unless=SERIOUS + (_NEGATION, r"\b(?:refuse\w*|won'?t|still)\b"), why="money put right"),
    WordRule("achievement", ("small_talk", "job_loss", "plans", "money"), (NEW_HOME,), unless=SERIOUS + (_NEGATION,),
             why="a new home of their own"),
    WordRule("loneliness", ("job_loss", "health_good", "small_talk", "achievement", "setback"), (EMPTY_DAYS,),
             unless=SERIOUS, why="days without shape or company"),
    WordRule("conflict", ("loneliness", "small_talk", "rejection", "pressure", "money"), (CARER_NO_SHOW,),
             unless=SERIOUS,
             why="a carer who did not come"),
    WordRule("pressure", ("conflict", "setback", "small_talk"), (WEARY,), unless=SERIOUS, why="worn out by a struggle"),
    WordRule("achievement", ("loneliness",), (
        r"\b(?:managed|walked|went|did|made|got|cooked|drove|took|caught|dressed|washed|learned|learnt|finished|"
        r"climbed|baked)\b[^.!?]{0,60}\b(?:on my own|by myself|without (?:any )?help|without (?:my|a) (?:stick|frame|"
        r"walker))\b",
        r"\b(?:for the first time|managed|finally|again|since (?:the|my) (?:stroke|operation|surgery|fall|accident|"
        r"hip|knee|op))\b"), why="independence regained: doing it alone is the achievement"),
    WordRule("achievement", ("small_talk", "plans", "request", "family_good"), (LEARNED_SKILL,),
             unless=SERIOUS + (_NEGATION, r"\b(?:had to|have to|need to|trying to|can'?t)\b"),
             why="a new skill learned", felt="joy"),
    WordRule("achievement", ("rejection",), (
        r"\b(?:asked|chose|picked|invited|selected) me to (?:sing|speak|lead|give|read|play|be (?:the|a|their)|join|"
        r"run|host|open|judge)\b|\b(?:been|was|got) asked to be (?:a |the |her |his )?(?:bridesmaid|best man|"
        r"godmother|godfather|godparent|maid of honou?r|page boy|witness)\b|\b(?:asked|chose|picked|invited|selected) "
        r"me to (?:sing|speak|lead|give|read|play|be (?:the|a|their)|join|"
        r"run|host|open|judge)\b|\bi(?:'ve| have)? (?:been|was|got) (?:chosen|picked|selected) (?:to|for)\b",),
        unless=(_NEGATION, r"\b(?:nervous|anxious|scared|worried|terrified|dreading)\b"), why="asked to sing a solo",
        strong=True),
    WordRule("rejection", ("family_worry",), (r"\b(?:" + NOT_COMING + r")\b",),
             why="'too busy to visit': a hurt, not a worry about them"),
    WordRule("", ("regret",), (
        r"\b(?:shouts?|shouted|shouting|yell\w*|swore|swears|snapped|snaps|sneered|laughed|laughs) at me\b|(?<!\bi )"
        r"(?<!\bi've )(?:forgot|forgotten|forgets) (?:all about |about )?my (?:birthday|anniversary)\b|"
        r"\b(?:ignor(?:ed|es|ing)|left) me out\b",), unless=("regret",),
        why="someone else did it: the hurt is theirs to own"),
    WordRule("family_good", ("pet_loss", "family_worry", "bereavement"), (MISSING_PET, PET_BACK),
             unless=("pet_loss",), why="a missing pet came home", strong=True),
    WordRule("family_worry", ("pet_loss",), (MISSING_PET,), unless=("pet_loss",), why="a missing pet: not dead",
             strong=True),
    WordRule("small_talk", ("pet_loss", "bereavement", "family_good"), (CAT_PRESENT,),
             why="the cat's present, not a death or a kindness", felt="joy"),
    WordRule("family_good", ("conflict", "rejection", "regret"), (KINDNESS,), unless=SERIOUS,
             why="a kindness someone did them"),
    WordRule("loneliness", ("family_good", "plans", "family_worry"), (MOVED_FAR, MISS_THEM), unless=SERIOUS,
             why="someone they love lives far away and is missed"),
    WordRule("loneliness", ("job_loss", "setback", "money"), (PLACE_CLOSING,), unless=SERIOUS,
             why="the place where they meet people is closing"),
    WordRule("health_good", ("setback", "illness", "pressure", "plans"), (MOBILITY_BACK,), unless=(_NEGATION,),
             why="getting back what an illness took"),
    WordRule("achievement", ("conflict", "setback", "rejection", "family_good", "plans"), (HOSTING_SUCCESS,),
             unless=SERIOUS,
             why="a meal that went down well"),
    WordRule("setback", ("danger", "bereavement", "regret", "illness", "loneliness"), (MISHAP,),
             unless=("bereavement",),
             why="a household mishap"),
    WordRule("conflict", ("rejection", "job_loss", "breakup"), (RUNAROUND,), why="passed around by a company"),
    WordRule("money", ("breakup", "job_loss", "conflict"), (EVICTION,), why="told to leave their home"),
    WordRule("bereavement", ("breakup", "family_good", "plans", "loneliness"), (ANNIVERSARY, _LATE_SPOUSE),
             why="a late spouse's anniversary"),
    WordRule("family_good", ("bereavement", "loneliness", "breakup", "plans"), (ANNIVERSARY,),
             unless=("bereavement", _ANNIVERSARY_GRIEF), why="their own wedding anniversary"),
    WordRule("achievement", ("illness", "setback", "loneliness", "job_loss"), (WEIGHT_LOST, _ON_PURPOSE),
             unless=(r"\bwithout trying\b|\bnot eating\b|\bcan'?t eat\b|\b(?:worried|scared|afraid|frightened|"
                     r"doctor)\b", "illness"),
             why="weight lost on purpose"),
    WordRule("conflict", ("illness", "family_worry", "pressure"), (SNORING,), why="kept awake by someone's snoring"),
    WordRule("conflict", ("family_worry", "regret", "rejection", "pressure"), (INDEPENDENCE,),
             why="told to give up what keeps them independent"),
    WordRule("conflict", ("setback", "rejection", "danger", "job_loss"), (THEFT,),
             unless=SERIOUS[:2] + (OTHER_EXPLOITED,),
             why="something of theirs was stolen"),
    WordRule("illness", ("regret", "setback", "rejection", "conflict"), (INJURY,), unless=SERIOUS,
             why="an injury"),
    WordRule("small_talk", ("loneliness", "setback", "pressure"), (BORED,),
             unless=SERIOUS + ("loneliness", r"\b(?:not|never|n't) (?:\w+ )?bored\b|\b(?:of|about) (?:being|getting) "
                               r"bored\b|\b(?:will|might|could|'ll) (?:be|get) bored\b"),
             why="a slow day"),
    WordRule("conflict", ("family_worry", "loneliness", "regret"), (NOT_HEARD,), unless=SERIOUS,
             why="not listened to"),
    WordRule("danger", ("illness", "pressure", "plans"), (BAD_WEATHER, _AFRAID), why="frightened of the weather"),
    WordRule("conflict", ("setback", "loneliness", "rejection", "small_talk"), (BINS_MISSED,), unless=SERIOUS,
             why="the bins not collected", felt="anger"),
    WordRule("illness", ("setback", "pressure", "small_talk", "loneliness"), (WORN_OUT_STAIRS,), unless=SERIOUS,
             why="too tired or breathless for the stairs", felt="fear"),
    WordRule("conflict", ("regret", "setback", "rejection", "illness"), (MADE_TO_FEEL_SMALL,), unless=SERIOUS,
             why="made to feel stupid", felt="anger"),
    WordRule("setback", ("plans", "illness", "family_worry", "small_talk"), (TRIP_OFF_ILL,), unless=SERIOUS,
             why="a trip called off for illness", felt="sadness"),
    WordRule("money", ("conflict", "pressure", "danger"), (DEBT_NOT_MINE,), unless=SERIOUS,
             why="chased for a debt that isn't theirs", felt="fear"),
    WordRule("setback", ("danger", "illness", "small_talk"), (BOILER_NOISE,), unless=SERIOUS,
             why="a noisy boiler"),
    WordRule("setback", ("danger", "illness", "small_talk"), (ALARM_CHIRP,), unless=SERIOUS,
             why="a smoke alarm chirping"),
    WordRule("illness", ("family_good", "health_good", "plans", "small_talk", "achievement", "pressure"),
             (NOT_LONG_LEFT, r"\b(?:mum|mom|mother|dad|father|husband|wife|gran\w*|nan|grandad|grandpa|grandma|son|"
                             r"daughter|brother|sister|friend|he|she|partner|uncle|aunt\w*)\b"),
             unless=("bereavement", r"\b(?:dog|cat|pet|i|i'?ve|me)\b"), why="someone close hasn't long left",
             felt="sadness"),
    WordRule("illness", ("family_good", "health_good", "plans", "small_talk", "achievement"), (END_OF_LIFE_CARE,),
             unless=("bereavement",), why="someone close moved to end-of-life care", felt="sadness"),
    WordRule("illness", ("health_good", "achievement", "family_good", "plans"), (NEVER_AGAIN,), unless=SERIOUS,
             why="told they may never walk or drive again", felt="sadness"),
    WordRule("family_worry", ("loneliness", "small_talk", "danger", "plans"), (GETS_LOST,), unless=SERIOUS,
             why="someone close keeps getting lost", felt="fear"),
    WordRule("rejection", ("regret", "conflict", "family_worry"), (CALLED_BAD_PARENT,), unless=SERIOUS,
             why="called a bad parent by someone close", felt="sadness"),
    WordRule("conflict", ("danger", "setback", "small_talk"), (PARCELS_STOLEN,), unless=("bereavement",),
             why="parcels stolen from the doorstep", felt="anger"),
    WordRule("family_worry", ("pressure", "family_good", "conflict", "small_talk"), (FAMILY_CAME_OUT,), unless=SERIOUS,
             why="someone in the family came out"),
    WordRule("small_talk", ("danger", "conflict", "family_worry", "regret", "rejection"), (IN_TROUBLE,),
             unless=SERIOUS + (_HARM_OR_FEAR, r"\b(?:boss|manager|supervisor|teacher|work|late)\b"),
             why="'he'll kill me when he sees': in trouble, said for a laugh",
             felt="joy"),
    WordRule("conflict", ("family_worry", "pressure", "regret", "small_talk"), (ANGRY_WITH,), unless=SERIOUS,
             why="angry with someone close", felt="anger"),
    WordRule("pressure", ("loneliness", "small_talk", "setback"), (DROWNING,), unless=SERIOUS,
             why="overwhelmed and unseen", felt="sadness"),
    WordRule("conflict", ("danger", "small_talk", "family_worry"), (STONES_AT_HOUSE,), unless=("bereavement",),
             why="stones thrown at the house", felt="anger"),
    WordRule("family_worry", ("conflict", "breakup", "danger", "illness"), (LASHING_OUT_CONFUSED,),
             unless=("bereavement",), why="someone confused hitting out at them", felt="fear"),
    WordRule("illness", ("bereavement", "health_good", "small_talk", "loneliness"), (SAME_AGAIN,),
             why="an old trouble back", felt="fear"),
    WordRule("pressure", ("setback", "job_loss", "small_talk"), (JOB_AT_RISK,), unless=SERIOUS,
             why="told their job is at risk", felt="fear"),
    WordRule("pressure", ("setback", "job_loss", "small_talk"), (FEAR_SACKED,), unless=SERIOUS,
             why="afraid of being sacked", felt="fear"),
    WordRule("rejection", ("conflict", "family_worry", "small_talk"), (COMPARED_TO,), unless=SERIOUS,
             why="compared with a sibling", felt="sadness"),
    WordRule("", ("small_talk", "danger", "family_worry", "pressure", "loneliness"), (SHUT_IN,), unless=SERIOUS,
             why="shut away for days", felt="sadness"),
    WordRule("pressure", ("setback", "small_talk", "achievement"), (EXAM_UNREADY,), unless=SERIOUS,
             why="an exam soon and not ready", felt="fear"),
    WordRule("family_worry", ("family_good", "achievement", "small_talk", "plans"), (FOUND_ADOPTED,),
             unless=SERIOUS, why="just found out they were adopted", felt="surprise"),
    WordRule("family_worry", ("rejection", "setback", "conflict"), (EXCLUDED,), unless=SERIOUS,
             why="a child excluded from school", felt="fear"),
    WordRule("conflict", ("breakup", "rejection", "family_good"), (WANT_DIFFERENT,), unless=SERIOUS,
             why="partners wanting different things", felt="sadness"),
    WordRule("family_good", ("loneliness", "rejection", "setback"), (FIRST_SCHOOL_DAY,), unless=SERIOUS,
             why="a child's first day at school, and tears", felt="sadness"),
    WordRule("bereavement", ("illness", "danger", "pressure", "loneliness"), (NIGHT_FEAR_GRIEF,),
             why="frightened at night since a death", felt="sadness"),
    WordRule("pet_loss", ("family_worry", "illness", "small_talk", "danger"), (PET_DIDNT_WAKE,),
             why="a pet that didn't wake", felt="sadness", strong=True),
    WordRule("money", ("setback", "pressure", "illness"), (PRESCRIPTION_COST,), unless=SERIOUS,
             why="prescriptions they can't afford", felt="fear"),
    WordRule("illness", ("pressure", "small_talk", "setback", "family_worry"), (DAYTIME_DOZING,), unless=SERIOUS,
             why="dozing off in the day", felt="neutral"),
    WordRule("family_worry", ("illness", "pressure", "small_talk"), (FORGETS_TO_EAT,), unless=SERIOUS,
             why="someone close forgetting to eat", felt="fear"),
    WordRule("family_worry", ("illness", "pressure", "small_talk"), (FORGETS_TABLETS,), unless=SERIOUS,
             why="someone close forgetting their tablets", felt="fear"),
    WordRule("conflict", ("illness", "pressure", "setback"), (RESULTS_LOST,), unless=SERIOUS,
             why="results lost by the surgery", felt="anger"),
    WordRule("illness", ("pressure", "small_talk", "setback"), (SHINGLES,), unless=SERIOUS,
             why="shingles", felt="sadness"),
    WordRule("conflict", ("money", "danger", "setback", "plans"), (HIGH_FLAT,), unless=SERIOUS,
             why="offered a flat high up", felt="fear"),
    WordRule("", ("setback", "loneliness", "family_good", "small_talk", "request"), (NEW_GADGET,), unless=SERIOUS,
             why="a new gadget to learn", felt="neutral"),
    WordRule("plans", ("achievement", "family_good", "small_talk", "money"), (SELLING_HOME,),
             unless=SERIOUS + (r"\b(?:excited|can'?t wait|thrilled|delighted|dream|sold)\b", CARE_COSTS),
             why="selling the family home", felt="sadness"),
    WordRule("conflict", ("breakup", "rejection", "money", "danger"), (HIDING_MONEY,), unless=SERIOUS,
             why="a partner hiding money", felt="fear"),
    WordRule("family_worry", ("breakup", "rejection", "loneliness", "small_talk"), (GRANDCHILDREN_TAKEN,),
             unless=SERIOUS, why="a child's partner gone with the grandchildren", felt="sadness"),
    WordRule("money", ("danger", "illness", "setback", "small_talk"), (DEMOLITION,), unless=("bereavement",),
             why="their street to be knocked down", felt="fear"),
    WordRule("rejection", ("family_worry", "family_good", "conflict", "small_talk"), (NOT_LET_HELP,),
             unless=SERIOUS, why="kept from helping with a baby", felt="sadness"),
    WordRule("conflict", ("illness", "pressure", "setback"), (GP_WAIT,), unless=SERIOUS,
             why="weeks to wait for the doctor", felt="anger"),
    WordRule("plans", ("illness", "family_worry", "pressure", "small_talk"), (MEETING_BIRTH_FAMILY,),
             unless=SERIOUS, why="meeting a birth parent", felt="fear"),
    WordRule("setback", ("loneliness", "illness", "regret", "conflict"), (BROKEN_AID,), unless=SERIOUS,
             why="a thing they rely on let them down"),
    WordRule("rejection", ("loneliness", "setback", "regret", "pressure"), (TOO_OLD,), unless=(_NEGATION,),
             why="told they are too old"),
    WordRule("money", ("pressure", "conflict", "illness"), (CONFUSING_LETTER,), unless=SERIOUS,
             why="an official letter they cannot make sense of"),
    WordRule("conflict", ("money", "family_worry", "regret"), (NOT_PAID_BACK,), unless=SERIOUS,
             why="money lent and not paid back"),
    WordRule("setback", ("bereavement", "loneliness", "regret", "danger"), (LOST_ITEM,), unless=SERIOUS,
             why="something precious mislaid"),
    WordRule("conflict", ("regret", "loneliness", "family_worry"), (SHOUTED_AT,), unless=SERIOUS,
             why="shouted at or hung up on"),
    WordRule("loneliness", ("breakup", "setback", "illness", "job_loss"), (HOUSEBOUND,), unless=SERIOUS,
             why="not out of the house for a long time"),
    WordRule("illness", ("pressure", "setback", "loneliness"), (MINOR_ILLNESS,), unless=SERIOUS,
             why="a minor illness"),
    WordRule("achievement", ("family_good", "setback", "job_loss"), (OTHERS_SUCCESS,), unless=SERIOUS + (_NEGATION,),
             why="someone close succeeded"),
    WordRule("family_good", ("achievement", "small_talk", "loneliness", "plans"), (HEARD_FROM,),
             unless=SERIOUS + (_NOBODY, "illness", "conflict", "money", "rejection"), why="hearing from someone"),
    WordRule("family_good", ("small_talk", "loneliness", "plans", "conflict", "request"), (VISIT,),
             unless=SERIOUS + (_NOBODY, "illness"), why="a visit from someone"),
    WordRule("health_good", ("plans", "illness", "pressure"), (HOME_FROM_HOSPITAL,), unless=SERIOUS + (_NEGATION,),
             why="home from hospital"),
    WordRule("achievement", ("bereavement", "money", "pet_loss", "illness"), (RAISED,), unless=SERIOUS,
             why="money raised for a cause"),
    WordRule("rejection", ("conflict", "setback", "loneliness"), (CANCELLED_ON,), unless=SERIOUS,
             why="plans cancelled on them"),
    WordRule("family_worry", ("plans", "family_good", "pressure", "conflict"), (PUSHED_INTO_CARE,),
             unless=SERIOUS + (r"\b(?:excited|can'?t wait|looking forward|glad|happy|for the best)\b",),
             why="pressed to move into a care home", felt="fear"),
    WordRule("pressure", ("loneliness", "plans", "money", "setback", "small_talk"), (MOVE_TO_CARE,),
             unless=SERIOUS + (r"\b(?:excited|can'?t wait|looking forward|thrilled|delighted|glad|happy)\b",),
             why="their own move into sheltered housing or a care home: a big step, often bittersweet"),
    WordRule("conflict", ("regret", "setback", "money", "illness"), (FINED,), unless=SERIOUS, why="a fine"),
    WordRule("pressure", ("illness", "loneliness", "danger"), (ANXIOUS_NO_REASON,), unless=SERIOUS,
             why="anxiety without a reason they can name"),
    WordRule("achievement", ("illness", "small_talk", "plans", "regret"), (PROUD_OF_MYSELF,), unless=SERIOUS,
             why="proud of something they did"),
    WordRule("bereavement", ("achievement", "small_talk", "setback", "plans"), (CLEARING_THINGS,),
             unless=(_NEGATION + r"|\bmoved out\b|\bmoving out\b|\bleft home\b",), why="clearing a late one's things"),
    WordRule("family_good", ("loneliness", "pet_loss", "small_talk", "family_worry"), (PET_COMPANY,),
             unless=SERIOUS, why="a pet that is their company"),
    WordRule("conflict", ("illness", "pressure", "setback"), (KEPT_WAITING,), unless=SERIOUS,
             why="kept waiting for hours"),
    WordRule("conflict", ("illness", "family_worry", "pressure", "breakup"), (EGGSHELLS,), unless=SERIOUS,
             why="tension at home"),
    WordRule("bereavement", ("loneliness", "small_talk"), (r"\b(?:died|passed away|dead)\b", NOBODY_NOTICED),
             why="a death nobody noticed for days"),
    WordRule("family_worry", ("job_loss", "setback", "money"), (OTHERS_JOB_LOSS,), unless=SERIOUS,
             why="someone close lost their job"),
    WordRule("pressure", ("illness", "family_worry", "loneliness", "setback"), (CARER_STRAIN,), unless=SERIOUS,
             why="worn out caring for someone"),
    WordRule("family_good", ("plans", "pet_loss", "small_talk", "achievement"), (NEW_PET,), unless=SERIOUS,
             why="a new pet"),
    WordRule("family_good", ("achievement", "loneliness", "plans"), (NEW_FRIEND,), unless=SERIOUS + (_NEGATION,),
             why="a new friend"),
    WordRule("family_good", ("bereavement", "illness", "loneliness", "setback"), (BIG_BIRTHDAY,),
             unless=SERIOUS + (_LATE_SPOUSE, FORGOTTEN_DAY), why="a big birthday"),
    WordRule("danger", ("illness", "conflict", "setback", "small_talk"), (WATER_LEAK,), why="water coming in"),
    WordRule("small_talk", ("conflict", "danger", "regret", "rejection"), (GAME_BANTER, _BANTER),
             unless=("bereavement", "danger"), why="banter over a game", felt="joy"),
    WordRule("family_worry", ("breakup", "illness", "bereavement", "rejection", "regret", "conflict"),
             (NOT_RECOGNISED,),
             why="someone with dementia no longer knows them", felt="sadness"),
    WordRule("money", ("setback", "conflict", "pressure", "small_talk"), (OVERDRAWN,), unless=SERIOUS,
             why="overdrawn without knowing why", felt="fear"),
    WordRule("setback", ("achievement", "illness", "regret", "rejection"), (MISSED_APPOINTMENT,),
             unless=SERIOUS, why="an appointment missed", felt="anger"),
    WordRule("bereavement", ("small_talk", "pressure", "family_worry", "illness"), (DREAM_OF,),
             unless=(r"\b(?:wedding|baby|graduat\w*|holiday)\b",), why="a dream of someone close", felt="sadness"),
    WordRule("setback", ("family_worry", "loneliness", "small_talk", "rejection"), (CARER_LANGUAGE,),
             unless=SERIOUS, why="a carer they cannot understand", felt="anger"),
    WordRule("achievement", ("setback", "regret", "small_talk", "job_loss"), (PAST_CAREER,), unless=SERIOUS,
             why="a working life told with pride", felt="joy"),
    WordRule("plans", ("loneliness", "breakup", "family_worry", "small_talk"), (MOVING_BUT_MISS,),
             unless=SERIOUS + (MOVE_TO_CARE, PUSHED_INTO_CARE), why="their own move, with people to miss"),
    WordRule("setback", ("regret", "illness", "rejection", "loneliness", "small_talk"), (LOST_ABILITY,),
             unless=SERIOUS, why="something they can no longer do", felt="sadness"),
    WordRule("family_worry", ("illness", "conflict", "setback", "regret"), (OTHER_SKIPS_MEDS,), unless=SERIOUS,
             why="someone close not taking their medicine", felt="fear"),
    WordRule("plans", ("loneliness", "rejection", "family_good", "small_talk"), (INVITED_ALONE,), unless=SERIOUS,
             why="invited where they will know nobody", felt="fear"),
    WordRule("pet_loss", ("illness", "family_worry", "setback"), (PET_TIME_LEFT,), why="a pet with little time left",
             felt="sadness"),
    WordRule("rejection", ("money", "setback", "conflict"), (APPLICATION_REFUSED,), unless=SERIOUS + (BENEFITS_CUT,),
             why="an application refused", felt="sadness"),
    WordRule("illness", ("health_good", "pressure", "loneliness", "small_talk"), (TIRED_ALWAYS,),
             unless=SERIOUS + (CARER_STRAIN, LONG_HOURS, r"\b(?:all clear|cancer[- ]free|in remission)\b"),
             why="tired all the time", felt="sadness"),
    WordRule("family_worry", ("conflict", "danger", "setback", "money"), (OTHER_EXPLOITED,), unless=("bereavement",),
             why="someone else taken advantage of", felt="fear"),
    WordRule("illness", ("health_good", "achievement", "loneliness", "setback"), (DISCHARGED_ALONE,),
             unless=("bereavement", "danger"), why="home from hospital with no help", felt="fear"),
    WordRule("setback", ("conflict", "illness", "small_talk"), (WRONG_MEDS,), unless=("bereavement", "danger"),
             why="the wrong medicine handed over", felt="anger"),
    WordRule("plans", ("regret", "loneliness", "setback", "pressure"), (WRITING_TO,), unless=SERIOUS,
             why="writing to someone, not sure what to say", felt="joy"),
    WordRule("family_worry", ("breakup", "conflict", "bereavement"), (OTHERS_DIVORCE,), unless=("bereavement",),
             why="someone close divorcing", felt="sadness"),
    WordRule("conflict", ("rejection", "setback", "pressure"), (SHAMED_IN_PUBLIC,), unless=SERIOUS,
             why="criticised in front of others", felt="sadness"),
    WordRule("pressure", ("illness", "job_loss", "setback"), (OFF_WITH_STRESS,), unless=SERIOUS,
             why="off work with stress", felt="sadness"),
    WordRule("breakup", ("conflict", "family_worry", "rejection"), (SUSPECT_CHEATING,), unless=SERIOUS,
             why="a partner suspected of cheating", felt="fear"),
    WordRule("pressure", ("loneliness", "setback", "small_talk"), (SNOWED_UNDER,), unless=SERIOUS,
             why="snowed under", felt="fear"),
    WordRule("rejection", ("family_worry", "conflict", "loneliness"), (LET_DOWN_AGAIN,), unless=SERIOUS,
             why="let down again and again", felt="sadness"),
    WordRule("setback", ("pressure", "achievement", "illness"), (RESULTS_BAD,), unless=SERIOUS,
             why="results worse than hoped", felt="sadness"),
    WordRule("family_worry", ("conflict", "danger", "pet_loss"), (PET_ATTACKED,), unless=("bereavement",),
             why="a pet attacked", felt="fear"),
    WordRule("conflict", ("breakup", "loneliness", "rejection"), (EX_WONT_STOP,), unless=("bereavement",),
             why="an ex who won't leave them alone", felt="fear"),
    WordRule("money", ("pressure", "setback", "conflict"), (CANT_PAY_BILL,), unless=SERIOUS + (BENEFITS_CUT,),
             why="a bill they cannot pay", felt="fear"),
    WordRule("health_good", ("illness", "pressure", "achievement", "small_talk"), (HELP_WORKING,),
             unless=SERIOUS + (_NEGATION, HELP_NOT_WORKING), why="therapy or treatment that is helping", felt="joy"),
    WordRule("setback", ("health_good", "illness", "pressure", "achievement"), (HELP_NOT_WORKING,),
             unless=SERIOUS, why="therapy or treatment that isn't helping", felt="sadness"),
    WordRule("family_worry", ("conflict", "danger", "breakup"), (VERBAL_AT_OTHER,), unless=("bereavement",),
             why="someone close shouted at by their partner", felt="fear"),
    WordRule("family_worry", ("illness", "bereavement", "loneliness", "setback"), (DEMENTIA_ASKS,),
             unless=("danger",), why="someone with dementia asking for a late parent", felt="sadness"),
    WordRule("setback", ("regret", "illness", "achievement", "rejection"), (SMALL_PRINT,), unless=SERIOUS,
             why="small print they cannot read", felt="anger"),
    WordRule("family_worry", ("pressure", "illness", "danger"), (THEIR_FEAR,), unless=SERIOUS,
             why="a child afraid of a visit or a treatment", felt="fear"),
    WordRule("illness", ("small_talk", "setback", "family_worry"), (NOT_UNDERSTOOD,), unless=SERIOUS,
             why="a doctor's words not understood", felt="fear"),
    WordRule("family_good", ("illness", "family_worry", "pressure"), (IN_LABOUR,), unless=SERIOUS,
             why="a baby being born now", felt="joy"),
    WordRule("loneliness", ("plans", "small_talk", "family_good"), (WANT_HOME,), unless=SERIOUS,
             why="wanting to go home", felt="sadness"),
    WordRule("health_good", ("achievement", "illness", "small_talk"), (PROGRESS_TOLD,), unless=SERIOUS + (_NEGATION,),
             why="told they are making progress", felt="joy"),
    WordRule("family_worry", ("plans", "job_loss", "danger"), (DEPLOYED,), unless=("bereavement",),
             why="someone close sent to a war", felt="fear"),
    WordRule("illness", ("setback", "pressure", "small_talk"), (TREMOR,), unless=SERIOUS, why="a tremor",
             felt="sadness"),
    WordRule("conflict", ("family_good", "illness", "small_talk"), (BABY_NOISE,), unless=SERIOUS,
             why="a neighbour's baby crying at night", felt="sadness"),
    WordRule("illness", ("request", "small_talk", "pressure", "setback"), (IS_IT_NORMAL,), unless=SERIOUS,
             why="asking whether an after-effect is normal", felt="fear"),
    WordRule("illness", ("request", "small_talk", "health_good", "pressure", "setback"), (ASKS_IF_NORMAL,),
             unless=SERIOUS + (IS_IT_NORMAL,), why="asking whether something after treatment is normal", felt="fear"),
    WordRule("pressure", ("illness", "loneliness", "setback", "small_talk"), (DENIED_WISH,),
             unless=("danger", JUST_SAD, r"\b(?:pills|tablets|overdose|rope|bridge|knife|tonight)\b"),
             why="a wish to die denied: worn out, not suicidal", felt="sadness"),
    WordRule("illness", ("pressure", "small_talk", "plans", "setback"), (RESULTS_SOON,),
             unless=SERIOUS + (RESULTS_DUE,), why="medical results due soon", felt="fear"),
    WordRule("health_good", ("illness", "danger", "setback"), (JUST_A_BRUISE,), unless=SERIOUS + (FALL_UNTOLD,),
             why="only a bruise", felt="joy"),
    WordRule("illness", ("pressure", "danger", "setback"), (FEAR_OF_FALLING,), unless=SERIOUS,
             why="afraid of falling again", felt="fear"),
    WordRule("loneliness", ("conflict", "rejection", "small_talk"), (NOBODY_VISITS,), unless=SERIOUS,
             why="nobody comes round", felt="sadness"),
    WordRule("bereavement", ("loneliness", "small_talk", "regret"), (FRIENDS_GONE,), why="friends gone one by one",
             felt="sadness"),
    WordRule("family_worry", ("illness", "pet_loss", "setback"), (PET_DIAGNOSIS,),
             unless=("bereavement", PET_TIME_LEFT, PET_END), why="what the vet found", felt="fear"),
    WordRule("family_worry", ("bereavement", "pet_loss", "loneliness"), (DREAD_LOSING,), unless=("bereavement",),
             why="dreading losing someone", felt="sadness"),
    WordRule("plans", ("loneliness", "family_worry", "setback"), (MOVING_AWAY_FROM,),
             unless=SERIOUS + ("achievement", "family_good"),
             why="good news that means moving away from someone", felt="sadness"),
    WordRule("conflict", ("regret", "setback", "rejection"), (SAID_IM,), unless=SERIOUS + (PUT_DOWN,),
             why="someone close said something cutting", felt="sadness"),
    WordRule("conflict", ("regret", "setback", "rejection", "family_worry"), (HURTFUL_REMARK,), unless=SERIOUS,
             why="a hurtful remark about them", felt="sadness"),
    WordRule("danger", ("illness", "setback", "loneliness", "family_worry"), (THINK_TAKEN,),
             unless=("bereavement",), why="something taken, they think", felt="fear"),
    WordRule("bereavement", ("family_good", "small_talk", "achievement"), (STILL_BOUGHT,),
             why="a card still bought for someone gone", felt="sadness"),
    WordRule("family_good", ("plans", "pressure", "family_worry", "small_talk"), (VISIT_COMING,),
             unless=SERIOUS + (_NEGATION, VISIT_TIRING, USED_TO,
                               r"\b(?:dreading|worried|nervous|scared|bailiffs?|police|landlord)\b"),
             why="someone coming to visit", felt="joy"),
    WordRule("plans", ("money", "pressure", "illness", "setback"), (JOURNEY_WORRY,), unless=SERIOUS,
             why="unsure they can manage the journey", felt="fear"),
    WordRule("family_worry", ("bereavement", "loneliness", "small_talk"), (ASKS_FOR_PARENT,), unless=("danger",),
             why="asking where a parent is", felt="fear"),
    WordRule("danger", ("small_talk", "request", "loneliness", "illness"), (LOST_WHERE,), why="not knowing where they "
                                                                                              "are",
             felt="fear"),
    WordRule("setback", ("conflict", "family_worry", "request"), (TECH_DEAD,), unless=SERIOUS,
             why="a device that won't turn on", felt="anger"),
    WordRule("plans", ("loneliness", "illness", "family_good", "pressure"), (VISIT_TIRING,), unless=SERIOUS,
             why="a visit looked forward to, and tiring", felt="sadness"),
    WordRule("achievement", ("health_good", "illness", "small_talk"), (KEEPING_UP,), unless=SERIOUS + (_NEGATION,),
             why="keeping up with the exercises", felt="joy"),
    WordRule("setback", ("conflict", "illness", "small_talk", "pressure"), (STUCK_IN,), unless=SERIOUS,
             why="stuck in a chair", felt="sadness"),
    WordRule("pressure", ("family_good", "small_talk", "conflict", "money"), (POWER_OF_ATTORNEY,), unless=SERIOUS,
             why="a power of attorney asked for", felt="fear"),
    WordRule("regret", ("plans", "money", "small_talk"), (HELP_GUILT,), unless=SERIOUS, why="guilty about paying for "
                                                                                            "help",
             felt="sadness"),
    WordRule("illness", ("small_talk", "request", "setback"), (FORGOT_EATING,), unless=SERIOUS,
             why="not sure if they've eaten", felt="fear"),
    WordRule("achievement", ("small_talk", "loneliness", "regret"), (USED_TO_LOVE,),
             unless=SERIOUS + (r"\b(?:but|now|can'?t|miss|any ?more|no longer)\b",), why="something they loved doing",
             felt="joy"),
    WordRule("danger", ("illness", "loneliness", "pressure"), (NIGHT_FEAR,),
             unless=("bereavement", AFTER_CRIME, ANXIOUS_NO_REASON, r"\bdon'?t know why\b"),
             why="frightened at night", felt="fear"),
    WordRule("loneliness", ("conflict", "setback", "pressure"), (CARERS_RUSHED,), unless=SERIOUS,
             why="carers who rush in and out", felt="sadness"),
    WordRule("plans", ("bereavement", "money", "pressure", "small_talk"), (WILL_DECIDED,), unless=SERIOUS,
             why="a will or a legacy decided", felt="neutral"),
    WordRule("family_good", ("loneliness", "small_talk", "bereavement"), (LOVELY_CHAT,),
             unless=SERIOUS + (_NEGATION, r"\b(?:came|come|popped|dropped) (?:round|over|in|by)\b|\bvisit\w*"),
             why="a lovely chat", felt="joy"),
    WordRule("illness", ("setback", "small_talk", "pressure"), (SWOLLEN,), unless=SERIOUS, why="swollen feet",
             felt="fear"),
    WordRule("small_talk", ("achievement", "family_good", "plans", "gratitude"), (SARCASTIC_WEATHER,),
             why="sarcasm at the weather", felt="anger"),
    WordRule("small_talk", ("request", "plans", "gratitude", "loneliness"), (GOODBYE,), unless=SERIOUS,
             why="good night or goodbye", felt="neutral"),
    WordRule("family_worry", ("breakup", "loneliness", "conflict", "rejection"), (OTHER_WITHDRAWN,), unless=SERIOUS,
             why="someone close withdrawing", felt="fear"),
    WordRule("small_talk", ("conflict", "request", "pressure"), (STOP_ASKING,), unless=SERIOUS,
             why="asked to stop asking", felt="neutral"),
    WordRule("illness", ("setback", "danger", "pressure", "small_talk"), (ASLEEP_AT_WHEEL,), unless=("bereavement",),
             why="asleep at the wheel", felt="fear"),
    WordRule("loneliness", ("small_talk", "illness", "setback"), (SHUT_AWAY,), unless=SERIOUS,
             why="shut away for days", felt="sadness"),
    WordRule("family_worry", ("illness", "pressure", "setback"), (EATING_DISORDER,),
             unless=("bereavement", r"\bi(?:'m| am| have|'ve| had)\b"), why="someone close with an eating disorder",
             felt="fear"),
    WordRule("conflict", ("regret", "danger", "family_worry", "setback"), (PROTECTIVE_RAGE,),
             unless=("bereavement",), why="rage at someone who hurt their child", felt="anger"),
    WordRule("setback", ("danger", "illness", "regret"), (KITCHEN_CUT,), why="a cut or a burn in the kitchen",
             felt="sadness"),
    WordRule("money", ("illness", "pressure", "loneliness"), (SKIPPING_MEALS,), unless=("bereavement", "danger"),
             why="going without food to make money last", felt="fear"),
    WordRule("family_worry", ("plans", "family_good", "conflict"), (MOVING_IN_WITH_US,), unless=SERIOUS,
             why="a parent moving in with them", felt="fear"),
    WordRule("family_good", ("achievement", "plans", "small_talk"), (ADOPTED,), unless=SERIOUS + (_NEGATION,),
             why="a child adopted", felt="joy"),
    WordRule("pressure", ("illness", "health_good", "setback"), (DRINKING_WORRY,), unless=SERIOUS + (DRINKING_TO_COPE,),
             why="worried about their own drinking", felt="fear"),
    WordRule("plans", ("pressure", "family_good", "small_talk"), (DATE_NERVES,), unless=SERIOUS, why="a date, nervous",
             felt="fear"),
    WordRule("money", ("family_good", "loneliness", "setback"), (PRESENTS_UNAFFORDABLE,), unless=SERIOUS,
             why="presents they cannot afford", felt="sadness"),
    WordRule("money", ("achievement", "pressure", "setback"), (PLACE_UNAFFORDABLE,), unless=SERIOUS,
             why="a place they may not afford", felt="fear"),
    WordRule("family_worry", ("small_talk", "illness", "danger"), (OTHER_IN_HOSPITAL,), unless=("bereavement",),
             why="someone close in hospital", felt="fear"),
    WordRule("rejection", ("loneliness", "pressure", "setback", "conflict"), (UNSEEN_AT_WORK,), unless=SERIOUS,
             why="unseen at work", felt="sadness"),
    WordRule("loneliness", ("rejection", "family_worry", "small_talk"), (FAMILY_NEVER_VISIT,), unless=SERIOUS,
             why="family who never visit", felt="sadness"),
    WordRule("job_loss", ("loneliness", "regret", "small_talk", "bereavement"), (MISS_WORK,),
             unless=("bereavement", "danger"), why="missing work", felt="sadness"),
    WordRule("small_talk", ("bereavement", "rejection", "loneliness", "pressure"), (RATHER_DIE_THAN,),
             unless=("danger",), why="'I'd rather die than go': a figure of speech", felt="anger"),
    WordRule("pressure", ("setback", "illness", "bereavement", "danger"), (NEARLY_KILLED_ME,), unless=("danger",),
             why="a hard slog, got through", felt="neutral"),
    WordRule("pressure", ("conflict", "family_worry", "danger"), (KIDS_WEARING,), unless=SERIOUS,
             why="children wearing them out", felt="anger"),
    WordRule("illness", ("health_good", "setback", "pressure"), (POSTOP_PAIN,), unless=SERIOUS,
             why="pain after an operation that went well", felt="sadness"),
    WordRule("family_good", ("health_good", "pressure", "illness", "achievement"), (BABY_ARRIVED,),
             unless=SERIOUS + (_NEGATION,), why="a baby arrived", felt="joy"),
    WordRule("small_talk", ("regret", "setback", "illness"), (LOST_THREAD,), unless=SERIOUS,
             why="lost their train of thought", felt="neutral"),
    WordRule("request", ("small_talk", "plans", "achievement"), (SING_REQUEST,), unless=SERIOUS,
             why="asked to sing", felt="neutral"),
    WordRule("bereavement", ("small_talk", "loneliness", "family_worry"), (THEIR_THINGS,), why="their things kept",
             felt="sadness"),
    WordRule("bereavement", ("pressure", "plans", "small_talk"), (EULOGY,), why="a eulogy to give", felt="sadness"),
    WordRule("bereavement", ("small_talk", "loneliness", "plans"), (HABIT_FOR_TWO,),
             why="habits of a shared life carrying on", felt="sadness"),
    WordRule("pet_loss", ("loneliness", "small_talk"), (PET_QUIET,), why="the quiet without a pet", felt="sadness"),
    WordRule("loneliness", ("rejection", "small_talk", "plans"), (WENT_BUT_IGNORED,), unless=SERIOUS,
             why="went to meet people and nobody spoke", felt="sadness"),
    WordRule("loneliness", ("family_good", "plans", "small_talk"), (FAMILY_FAR,), unless=SERIOUS,
             why="family far away", felt="sadness"),
    WordRule("illness", ("health_good", "small_talk", "setback"), (WORSE_NEWS,), unless=("bereavement",),
             why="news that it has grown or spread", felt="fear"),
    WordRule("illness", ("health_good", "small_talk", "request"), (CALLED_BACK,), unless=("bereavement",),
             why="called back after a test", felt="fear"),
    WordRule("bereavement", ("illness", "family_worry", "pressure", "small_talk"), (CRIED_ALONE,),
             unless=("danger",), why="cried alone, out of sight", felt="sadness"),
    WordRule("health_good", ("illness", "pressure", "setback"), (JUST_MINOR,), unless=SERIOUS + (
        r"\b(?:but|still|though)\b[^.!?]*\b(?:worried|scared|frightened|pain|agony|not sure)\b",),
             why="only something minor", strong=True),
    WordRule("achievement", ("setback", "pressure", "regret"), (SURE_I_FAILED,), unless=SERIOUS + (
        r"\b(?:and i (?:had|did)|i did fail|turns out i did)\b",), why="sure they had failed, and hadn't", felt="joy"),
    WordRule("danger", ("pressure", "illness", "small_talk", "loneliness"), (SCARED_AT_HOME,), unless=("bereavement",),
             why="afraid in their own home", felt="fear"),
    WordRule("pressure", ("illness", "setback", "small_talk", "plans"), (WORK_DREAD,), unless=SERIOUS,
             why="dreading the working week", felt="fear"),
    WordRule("plans", ("pressure", "family_good", "small_talk"), (HOSTING_WORRY,), unless=SERIOUS,
             why="worried about cooking for everyone", felt="fear"),
    WordRule("illness", ("loneliness", "pressure", "setback"), (APPETITE_GONE,), unless=SERIOUS,
             why="appetite lost to treatment", felt="sadness"),
    WordRule("family_worry", ("illness", "setback", "pressure", "family_good"), (IVF_FAILING,), unless=SERIOUS,
             why="fertility treatment not working", felt="sadness"),
    WordRule("conflict", ("illness", "loneliness", "breakup", "family_worry"), (SEPARATE_ROOMS,), unless=SERIOUS,
             why="a partner in the spare room", felt="sadness"),
    WordRule("illness", ("pressure", "setback", "small_talk"), (UNSURE_MEDS,), unless=SERIOUS,
             why="unsure about antidepressants", felt="fear"),
    WordRule("achievement", ("setback", "illness", "small_talk"), (QUIT_WEIGHT,), unless=SERIOUS,
             why="weight put on after giving up smoking", felt="sadness"),
    WordRule("rejection", ("loneliness", "conflict", "small_talk"), (FRIEND_SILENT,), unless=SERIOUS,
             why="a friend gone quiet", felt="sadness"),
    WordRule("family_worry", ("illness", "bereavement", "pet_loss", "danger"), (PET_LUMP,), unless=SERIOUS,
             why="a lump on a pet", felt="fear"),
    WordRule("illness", ("health_good", "pressure", "plans", "small_talk"), (OP_BOOKED,), unless=SERIOUS,
             why="an operation booked", felt="fear"),
    WordRule("conflict", ("loneliness", "danger", "small_talk"), (SILENT_CALLS,), unless=("bereavement",),
             why="silent phone calls", felt="fear"),
    WordRule("family_good", ("loneliness", "plans", "achievement", "family_worry"), (MOVING_ABROAD,),
             unless=SERIOUS + (r"\b(?:ex|left me|leaving me)\b",), why="someone close moving abroad"),
    WordRule("money", ("danger", "loneliness", "pressure"), (LOSE_HOME,), unless=("bereavement",),
             why="afraid of losing their home", felt="fear"),
    WordRule("family_worry", ("achievement", "family_good", "pressure", "danger"), (JOINED_FORCES,),
             unless=SERIOUS + (DEPLOYED,), why="someone close joined the forces", felt="fear"),
    WordRule("bereavement", ("pressure", "illness", "small_talk"), (CANT_FACE_FUNERAL,), why="can't face a funeral",
             felt="sadness"),
    WordRule("family_worry", ("breakup", "loneliness", "rejection"), (LEFT_WITH_KIDS,), unless=SERIOUS,
             why="a child left alone with little ones", felt="sadness"),
    WordRule("illness", ("rejection", "loneliness", "pressure"), (HARD_ALONE,), unless=SERIOUS,
             why="hard to manage alone at home", felt="fear"),
    WordRule("money", ("conflict", "pressure", "danger"), (ACCOUNT_FROZEN,), unless=SERIOUS,
             why="a bank account frozen", felt="fear"),
    WordRule("bereavement", ("illness", "danger", "pressure"), (GRIEF_NIGHTMARES,), why="nightmares since a death",
             felt="sadness"),
    WordRule("family_worry", ("conflict", "loneliness", "rejection"), (OTHER_NEGLECTED,), unless=("bereavement",),
             why="someone they know neglected", felt="fear"),
    WordRule("family_good", ("loneliness", "pet_loss", "small_talk"), (PETS_REHOMED,), unless=SERIOUS,
             why="a litter rehomed", felt="joy"),
    WordRule("bereavement", ("rejection", "loneliness", "small_talk"), (EMPTY_FUNERAL,), why="a funeral few came to",
             felt="sadness"),
    WordRule("small_talk", ("setback", "loneliness", "bereavement", "regret"), (LAUGHED_AGAIN,), unless=SERIOUS,
             why="a laugh like none in years", felt="joy"),
    WordRule("family_worry", ("danger", "illness", "pressure"), (OTHER_LEFT_ON,), unless=("bereavement",),
             why="someone close leaving the cooker on", felt="fear"),
    WordRule("pressure", ("achievement", "small_talk", "plans"), (HAD_INTERVIEW,), unless=SERIOUS,
             why="an interview today", felt="neutral"),
    WordRule("pressure", ("small_talk", "achievement", "setback"), (WAITING_TO_HEAR,), unless=SERIOUS,
             why="waiting to hear back", felt="fear"),
    WordRule("illness", ("pressure", "setback", "small_talk"), (MORE_TESTS,), unless=SERIOUS,
             why="more tests for someone", felt="fear"),
    WordRule("small_talk", ("loneliness", "family_good", "achievement"), (BIRTHDAY_TODAY,),
             unless=SERIOUS + (BIG_BIRTHDAY,), why="their birthday today"),
    WordRule("small_talk", ("plans", "family_good"), (NEWS_TEASE,), unless=SERIOUS, why="news to tell", felt="joy"),
    WordRule("plans", ("family_good", "achievement", "loneliness"), (WE_MOVE_ABROAD,), unless=SERIOUS,
             why="moving abroad", felt="joy"),
    WordRule("plans", ("pressure", "loneliness", "family_worry"), (LEAVING_FAMILY, r"\b(?:moving|move|nervous|worried|"
             r"sad|hard)\b"), unless=SERIOUS, why="leaving family behind in a move", felt="fear"),
    WordRule("danger", ("illness", "pressure", "bereavement"), (FLASHBACK,), unless=("bereavement",),
             why="seeing a shock again and again", felt="fear"),
    WordRule("family_good", ("achievement", "small_talk", "plans"), (MADE_FAVOURITE,), unless=SERIOUS,
             why="a favourite made for someone", felt="joy"),
    WordRule("achievement", ("loneliness", "small_talk", "health_good"), (FIRST_OUTING,), unless=SERIOUS,
             why="the first time out in weeks", felt="joy"),
    WordRule("", ("illness", "small_talk", "pressure"), (TIRED_PLAIN,), unless=SERIOUS, why="tired, nothing more said",
             felt="sadness"),
    WordRule("pressure", ("health_good", "illness", "family_good", "achievement"), (BROKEN_NIGHTS,), unless=SERIOUS,
             why="broken nights with a baby", felt="sadness"),
    WordRule("plans", ("pressure", "setback", "small_talk"), (WENT_OKAY,), unless=SERIOUS, why="it went alright",
             felt="joy"),
    WordRule("loneliness", ("small_talk", "pressure", "conflict"), (RESIGNED_BUSY,), unless=SERIOUS,
             why="excuses made for family who haven't called", felt="sadness"),
    WordRule("conflict", ("family_worry", "small_talk", "loneliness"), (PET_IN_GARDEN,), unless=SERIOUS,
             why="a pet in a neighbour's garden", felt="sadness"),
    WordRule("danger", ("small_talk", "family_good", "achievement", "conflict"), (CRIME_TO_ME,),
             unless=("bereavement",), why="a crime done to them", felt="fear"),
    WordRule("money", ("achievement", "family_good", "plans", "small_talk"), (HOMELESS,), unless=("bereavement",),
             why="made homeless", felt="fear"),
    WordRule("illness", ("pressure", "small_talk", "money"), (NO_INHALER,), unless=("bereavement",),
             why="out of an inhaler", felt="fear"),
    WordRule("", ("illness", "pressure", "small_talk"), (CANT_GET_UP_MORNINGS,), unless=SERIOUS,
             why="struggling to get out of bed", felt="sadness"),
    WordRule("family_worry", ("conflict", "danger", "breakup"), (CHILD_ABUSED,), unless=("bereavement",),
             why="a child in an abusive relationship", felt="fear"),
    WordRule("family_worry", ("illness", "small_talk", "pet_loss"), (PET_SENSES,), unless=(
        "danger", r"\b(?:died|passed away|put down|put to sleep)\b"),
             why="a pet going blind or deaf", felt="sadness"),
    WordRule("illness", ("pressure", "setback", "family_worry"), (SIGHT_LOSS_NEWS,), unless=SERIOUS + (
        r"\b(?:dog|cat|pet)\b",), why="told they will lose their sight", felt="fear"),
    WordRule("pressure", ("money", "setback", "small_talk"), (HOARDING,), unless=SERIOUS, why="worried they hoard",
             felt="fear"),
    WordRule("conflict", ("breakup", "rejection", "loneliness"), (NO_INTIMACY,), unless=SERIOUS,
             why="a partner who no longer wants intimacy", felt="sadness"),
    WordRule("pressure", ("setback", "small_talk", "achievement", "plans"), (TEST_SOON,),
             unless=SERIOUS + (NERVOUS_FOR,), why="a test soon", felt="fear"),
    WordRule("illness", ("health_good", "small_talk", "achievement", "plans"), (BACK_FROM_HOSPITAL,),
             why="home from hospital, nothing told yet", felt="neutral"),
    WordRule("pressure", ("setback", "small_talk"), (NERVOUS_FOR,), unless=SERIOUS, why="nervous about a test ahead",
             felt="fear"),
    WordRule("family_good", ("plans", "pressure", "small_talk"), (ASKED_TO_MOVE_IN,), unless=SERIOUS,
             why="asked to move in with family"),
    WordRule("small_talk", ("plans", "achievement", "family_good"), (GOOD_TIME_NOW,), unless=SERIOUS,
             why="a lovely time right now", felt="joy"),
    WordRule("illness", ("conflict", "pressure", "family_worry"), (WONT_SEE_DOCTOR,), unless=SERIOUS,
             why="someone who won't see a doctor", felt="fear"),
    WordRule("illness", ("pressure", "setback", "small_talk"), (SAW_DOCTOR,), unless=SERIOUS, why="been to the doctor",
             felt="neutral"),
    WordRule("health_good", ("pressure", "illness", "family_worry"), (RELIEF_SAID,),
             unless=SERIOUS + (r"\b(?:not|no|never|isn'?t|wasn'?t|won'?t be) (?:a |much of a |such a |any )?"
                               r"relie(?:f|ved)\b|\bcan'?t stop worrying\b",),
             why="relief said out loud", felt="joy"),
    WordRule("pressure", ("loneliness", "illness", "small_talk", "setback"), (ANHEDONIA,), unless=SERIOUS,
             why="no pleasure in anything", felt="sadness"),
    WordRule("plans", ("small_talk", "pressure", "loneliness", "family_worry", "family_good"), (CHILD_STARTS,),
             unless=SERIOUS, why="a child starting school"),
    WordRule("plans", ("small_talk", "pressure", "loneliness"), (FIRST_DAY,), unless=SERIOUS, why="a first day",
             felt="fear"),
    WordRule("danger", ("small_talk", "conflict", "illness"), (BOGUS_CALLER,), why="a caller claiming to be official",
             felt="fear"),
    WordRule("pressure", ("plans", "illness", "small_talk"), (NERVOUS_AHEAD,), why="nervous about tomorrow",
             felt="fear"),
    WordRule("illness", ("health_good", "achievement", "small_talk", "plans"), (LOW_SINCE_ILLNESS,), unless=SERIOUS,
             why="low since an operation or an illness", felt="sadness"),
    WordRule("", ("illness", "small_talk", "loneliness", "pressure"), (LOW_MOOD, LOW_SPAN),
             unless=SERIOUS + (LOW_SINCE_ILLNESS, WINTER_LOW, JUST_SAD, r"\b(?:because|after|about|over)\b"),
             why="low mood for weeks", felt="sadness"),
    WordRule("", ("illness", "small_talk", "loneliness", "pressure"), (LOW_MOOD,),
             unless=SERIOUS + (r"\b(?:because|since|after|about|over)\b", JUST_SAD), why="low mood said plainly",
             felt="sadness"),
    WordRule("conflict", ("danger", "loneliness", "illness"), (NIGHT_NOISE_HOME,), unless=SERIOUS,
             why="noise at night from someone they share with", felt="sadness"),
    WordRule("illness", ("health_good", "achievement", "small_talk"), (NOT_EXPLAINED,), unless=SERIOUS,
             why="treatment not explained", felt="fear"),
    WordRule("conflict", ("danger", "pressure", "small_talk"), (FOOD_COMPLAINT,), unless=SERIOUS,
             why="a food complaint", felt="anger"),
    WordRule("health_good", ("plans", "small_talk", "family_good"), (HOME_SOON,), unless=SERIOUS + (_NEGATION,),
             why="going home soon", felt="joy"),
    WordRule("family_worry", ("regret", "pressure", "loneliness"), (PRISON_SHAME,), unless=("bereavement",),
             why="a child in prison, and shame", felt="sadness"),
    WordRule("family_worry", ("conflict", "setback", "illness"), (OTHER_DRINKING,), unless=("bereavement", "danger"),
             why="someone close drinking again", felt="fear"),
    WordRule("illness", ("setback", "regret", "loneliness"), (HEARING_LOSS,), unless=SERIOUS, why="hearing going",
             felt="sadness"),
    WordRule("illness", ("small_talk", "setback"), (TEETH_OUT,), unless=SERIOUS, why="teeth out", felt="fear"),
    WordRule("money", ("illness", "pressure"), (DENTAL_COST,), unless=SERIOUS, why="dental work they can't afford",
             felt="fear"),
    WordRule("illness", ("health_good", "pressure"), (DIABETES_NEW,), unless=("bereavement",),
             why="a new diabetes diagnosis", felt="fear"),
    WordRule("illness", ("setback", "conflict"), (CATHETER,), unless=SERIOUS, why="a catheter they hate",
             felt="sadness"),
    WordRule("illness", ("setback", "small_talk"), (CHEMO_HAIR,), unless=SERIOUS, why="hair lost to chemo",
             felt="sadness"),
    WordRule("illness", ("pressure", "danger"), (HOSPITAL_BUGS,), unless=SERIOUS, why="afraid of hospital infections",
             felt="fear"),
    WordRule("loneliness", ("plans", "setback", "small_talk"), (WARD_MOVED,), unless=SERIOUS, why="moved to another "
                                                                                                  "ward",
             felt="sadness"),
    WordRule("family_worry", ("request", "illness", "danger", "small_talk"), (PET_ATE_POISON,),
             why="a pet ate something poisonous", felt="fear"),
    WordRule("family_worry", ("family_good", "achievement", "small_talk", "illness"), (PREGNANT_UNSURE,),
             unless=SERIOUS, why="pregnant and unsure what to do", felt="fear"),
    WordRule("illness", ("family_good", "pressure", "small_talk"), (MAYBE_PREGNANT,), unless=SERIOUS,
             why="maybe pregnant", felt="fear"),
    WordRule("achievement", ("money", "small_talk", "pressure"), (PAY_RISE,), unless=SERIOUS + (_NEGATION,),
             why="a pay rise", felt="joy"),
    WordRule("plans", ("breakup", "conflict", "family_good"), (NOT_READY,), unless=SERIOUS,
             why="not sure they're ready for a big step", felt="fear"),
    WordRule("rejection", ("setback", "loneliness", "small_talk"), (NOT_PICKED,), unless=SERIOUS,
             why="not picked for a team", felt="sadness"),
    WordRule("achievement", ("small_talk", "family_good", "plans"), (WORK_PRAISED,), unless=SERIOUS + (_NEGATION,),
             why="their work praised", felt="joy"),
    WordRule("family_worry", ("conflict", "setback", "small_talk"), (PILLS_GIVEN_AWAY,), why="their tablets given away",
             felt="fear"),
    WordRule("illness", ("danger", "setback", "small_talk"), (FORGET_LOCKING,), unless=SERIOUS,
             why="forgetting to lock up", felt="fear"),
    WordRule("health_good", ("small_talk", "achievement", "illness"), (FIT_AND_WELL,), unless=SERIOUS + (_NEGATION,),
             why="in good health for their age", felt="joy"),
    WordRule("setback", ("danger", "pressure", "small_talk", "illness"), (POWER_CUT,), unless=SERIOUS,
             why="a power cut", felt="fear"),
)
