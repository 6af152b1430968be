"""Short answers to everyday how-to questions a companion robot is asked at home ("how do I boil an
egg?"), read by ``chat_replies.practical_reply`` (ROS-free). Each answer is plain, safe household
knowledge that needs nothing looked up; anything else gets the honest "I can't look that up".
"""

from __future__ import annotations

import re

# Asked how to do something: "how do I ...", "how to ...", "tell me how to ...", "what's the best way to ..."
ASKED_HOW = re.compile(r"\bhow (?:do|can|should|would) (?:i|you|we|one)\b|\bhow to\b|\bhow long (?:do|does|should)\b"
                       r"|\b(?:best|good|easy|easiest) way to\b|\bhelp me remember\b", re.I)

# (what the question names, the answer). The first that matches answers.
HOW_TO: tuple[tuple[str, str], ...] = (
    (r"\b(?:boil|soft[- ]boil|hard[- ]boil|cook) (?:an|a|the|my|some)? ?eggs?\b|\bboiled eggs?\b",
     "Lower the egg gently into a pan of boiling water with a spoon, then keep it simmering: about 6 minutes for a "
     "runny yolk, 8 for soft and jammy, 10 for hard. Cool it under the cold tap before peeling. How do you like "
     "yours?"),
    (r"\bpoach (?:an|a|the|some)? ?eggs?\b|\bpoached eggs?\b",
     "Bring a pan of water to a gentle simmer, crack the egg into a cup, stir the water and slip the egg into the "
     "middle. Three minutes gives a soft yolk; lift it out with a slotted spoon. Would you have it on toast?"),
    (r"\b(?:cup|pot|mug) of tea\b|\bmake (?:a |some )?tea\b|\bbrew (?:a |some )?tea\b",
     "Boil fresh water, pour it over the tea bag, leave it three to five minutes depending on how strong you like "
     "it, then take the bag out and add milk or sugar if you take them. Mind the kettle; it's heavy when full."),
    (r"\b(?:cook|boil|make) (?:some )?rice\b",
     "One cup of white rice to two cups of water: bring it to the boil, put the lid on, turn it right down and "
     "leave it 12 minutes, then let it stand 5 minutes with the lid on before fluffing it with a fork."),
    (r"\b(?:jacket|baked) potato(?:es)?\b",
     "Prick the potato with a fork and bake it at 200 degrees, gas mark 6, for about an hour until soft inside. "
     "Quicker: microwave it 5 to 8 minutes, turning halfway, then crisp it in the oven for 10 minutes."),
    (r"\bporridge\b",
     "Half a cup of oats to a cup of milk or water: stir it over a medium heat for four or five minutes until it "
     "thickens, or microwave it two minutes, stirring halfway. A little honey or fruit on top is lovely."),
    (r"\bdefrost\w*\b|\bthaw\w*\b",
     "The safest way is on a plate at the bottom of the fridge overnight; a microwave's defrost setting works too, "
     "but then cook it straight away. Once raw meat has thawed, cook it before you freeze it again."),
    (r"\bsew (?:on )?(?:a |the |my )?button\b|\bbutton back on\b",
     "Double the thread and knot the end, come up through the fabric and one hole, go down through the opposite "
     "hole, and repeat five or six times. Then wind the thread round under the button a few times and knot it at "
     "the back."),
    (r"\bremember (?:to take )?(?:my |his |her )?(?:tablets|pills|medication|medicine|meds)\b",
     "A pill organiser with the days of the week on it shows at a glance whether you've taken them; an alarm on your "
     "phone at the same time each day, or taking them with a meal or a cup of tea, makes it a habit. Your pharmacist "
     "can also put them in blister packs by day. Which would suit you?"),
    (r"\b(?:unblock|blocked|clear) (?:a |the |my )?(?:sink|drain|plughole)\b",
     "Try very hot water with a squirt of washing-up liquid first, then a plunger over the plughole with the "
     "overflow covered. If it's still blocked after that, it's time for a plumber rather than strong chemicals."),
)
_COMPILED = tuple((re.compile(pattern, re.I), answer) for pattern, answer in HOW_TO)


def how_to_answer(text: str) -> str:
    """The answer to a how-to question this table knows; "" when it isn't one or isn't known."""
    if not ASKED_HOW.search(text):
        return ""
    return next((answer for pattern, answer in _COMPILED if pattern.search(text)), "")
