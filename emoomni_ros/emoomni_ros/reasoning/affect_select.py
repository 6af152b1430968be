"""Which affect, and which earlier turns, an utterance is reasoned with (ROS-free; the
``ecot_reasoning`` node feeds and asks these).

``AffectBook`` keeps the recent AffectStates of each person and picks, for one utterance, the newest
state of the speaker (or the anonymous speaker) that holds every cue this utterance will have (its
text cue, and for speech its voice cue; recognition may finish before the voice analysis), waiting
up to ``wait_s`` for it; else the one with the most of them (the expected cues first); else the
newest recent state; else neutral. ``History`` keeps each person's recent turns.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable

from emoomni_ros.datatypes import ANONYMOUS_SPEAKER, AffectState
from emoomni_ros.reasoning.base import MAX_HISTORY_TURNS, Turn
from emoomni_ros.workers import RecentMap

PEOPLE = 32  # people remembered at once; the one heard from longest ago is forgotten first
STATES_PER_PERSON = 64
CUE_MODALITIES = ("text", "voice")  # the cues of the utterance itself (a face cue is not per utterance)


class AffectBook:
    """The recent AffectStates per person, and the choice of the one an utterance is reasoned with.
    ``now()`` is the clock of the states' stamps (seconds). Thread-safe: ``add`` from the input
    thread wakes a ``select`` that waits on the worker thread."""

    def __init__(self, now: Callable[[], float] = time.time, people: int = PEOPLE,
                 per_person: int = STATES_PER_PERSON) -> None:
        self._now = now
        self._per_person = per_person
        self._states: RecentMap[str, deque[AffectState]] = RecentMap(people)
        self._cond = threading.Condition()

    def add(self, state: AffectState) -> None:
        with self._cond:
            self._states.setdefault(state.person_id, lambda: deque(maxlen=self._per_person)).append(state)
            self._cond.notify_all()

    def __len__(self) -> int:
        return len(self._states)

    def select(self, person_id: str, utterance_id: str, expected: Iterable[str] = (), wait_s: float = 0.0,
               max_age_s: float = 15.0) -> AffectState:
        """The state to reason ``utterance_id`` of ``person_id`` with; ``expected``: the modalities
        whose cue for this utterance may still come (only those with a publisher, and voice only for
        speech); with none expected it answers at once."""
        expected = set(expected)
        deadline = time.monotonic() + wait_s

        def utterance_cues(state: AffectState) -> set[str]:
            return {c.modality for c in state.cues if c.utterance_id == utterance_id}

        def pick(require: set[str] | None) -> AffectState | None:
            """Newest state holding ``require`` of this utterance's cues (None: any state)."""
            now = self._now()
            candidates = [s for p, states in self._states.items() for s in states
                          if p in (person_id, ANONYMOUS_SPEAKER) or person_id == ANONYMOUS_SPEAKER]
            candidates = [s for s in candidates if now - s.stamp <= max_age_s]
            if require is not None:
                candidates = [s for s in candidates if require <= utterance_cues(s)]
            return max(candidates, key=lambda s: (bool(s.cues), s.stamp)) if candidates else None

        with self._cond:
            while True:
                found = pick(expected) if expected else None
                left = deadline - time.monotonic()
                if not expected or found is not None or left <= 0:  # no cue to wait for: answer now
                    break
                self._cond.wait(left)
            fallbacks = sorted(CUE_MODALITIES, key=lambda m: m not in expected)  # expected cues first
            found = found or next((f for m in fallbacks if (f := pick({m})) is not None), None) or pick(None)
        return found or AffectState.neutral(person_id, self._now())


class History:
    """Each person's recent turns (the user's line and the robot's answer), for up to ``people``
    people; enough is kept for the longest history a request may carry (MAX_HISTORY_TURNS)."""

    def __init__(self, people: int = PEOPLE, turns: int = MAX_HISTORY_TURNS) -> None:
        self._turns = turns
        self._people: RecentMap[str, deque[Turn]] = RecentMap(people)

    def recent(self, person_id: str, turns: int) -> list[Turn]:
        """The last ``turns`` turns of ``person_id`` (oldest first)."""
        if turns <= 0:
            return []
        return list(self._people.peek(person_id, ()))[-turns:]

    def record(self, person_id: str, utterance: str, response: str) -> None:
        kept = self._people.setdefault(person_id, lambda: deque(maxlen=self._turns))
        kept.append(Turn("user", utterance))
        kept.append(Turn("robot", response))

    def __len__(self) -> int:
        return len(self._people)
