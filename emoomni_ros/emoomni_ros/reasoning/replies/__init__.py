"""What the embedded reasoner says about a situation: an acknowledgement of what happened in natural
words, a sentence that names the feeling (shaped by details the person gave: a quiet house, a long
wait, a sudden loss), and one follow-up question that fits. The person's sentence is never handed
back; at most who is involved ("your husband") is named. Phrasings are picked by a hash of the words
(same input, same reply).

One module per family of situations (``loss``, ``health``, ``strain``, ``good_news``, ``worry``), the
shared pieces in ``common``, and what is said a turn later in ``later``."""

from __future__ import annotations

from emoomni_ros.reasoning.replies.common import (
    LOST_ROLE,
    cap,
    dizzy_on_standing,
    has,
    lashing_out,
    lost_ability,
    need_talk_reply,
    others_exploited,
    pick,
    retired,
    watching_abuse,
)
from emoomni_ros.reasoning.replies.good_news import _achievement, _family_good, _gratitude, _plans
from emoomni_ros.reasoning.replies.health import _health_good, _illness, _regret, _setback
from emoomni_ros.reasoning.replies.later import going_on, going_on_anyway, mixed_reply
from emoomni_ros.reasoning.replies.loss import _breakup, _job_loss, _loneliness, _loss, _rejection
from emoomni_ros.reasoning.replies.strain import _conflict, _money, _pressure
from emoomni_ros.reasoning.replies.worry import _danger, _family_worry
from emoomni_ros.reasoning.situation import Situation

__all__ = ["BUILDERS", "LOST_ROLE", "cap", "dizzy_on_standing", "going_on", "going_on_anyway", "has", "lashing_out",
           "lost_ability", "mixed_reply", "need_talk_reply", "others_exploited", "pick", "retired", "situation_reply",
           "watching_abuse"]

BUILDERS = {
    "bereavement": _loss, "pet_loss": _loss, "job_loss": _job_loss, "breakup": _breakup, "loneliness": _loneliness,
    "rejection": _rejection, "setback": _setback, "danger": _danger, "regret": _regret, "illness": _illness,
    "health_good": _health_good,
    "conflict": _conflict, "pressure": _pressure, "money": _money, "achievement": _achievement,
    "family_good": _family_good, "family_worry": _family_worry, "plans": _plans, "gratitude": _gratitude,
}


def situation_reply(sit: Situation, text: str, key: str) -> tuple[str, str, str] | None:
    """(acknowledgement, feeling sentence, follow-up question), or None when the event has no own words."""
    builder = BUILDERS.get(sit.event)
    return builder(sit, text, key) if builder else None
