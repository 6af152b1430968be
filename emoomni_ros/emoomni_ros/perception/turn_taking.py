"""When has the person finished their turn? Fixed or predictive end of turn (ROS-free).

``fixed``: a turn ends after ``min_silence_s`` of silence (the VAD's setting), whatever was said.
``predictive``: during a pause the words so far (the early transcript) are read by the turn-end
head (``perception/text/turn_end.py``): a turn that sounds finished (P >= ``finished_p``) ends after
``shortest_pause_s`` of silence, any other ("and then I...", "but", "um") waits up to
``longest_pause_s``, so the robot answers sooner without cutting in on someone who hesitates.
Before the words of a pause are known, the fixed pause applies. (A graded wait between the two was
measured on the turn-taking bench: mid-range probabilities are as common in unfinished prefixes as
in finished turns, so it cut in more for no gain in speed.)
"""

from __future__ import annotations

from dataclasses import dataclass

from emoomni_ros.settings import setting

ENDPOINTING = ("fixed", "predictive")


@dataclass
class TurnTakingConfig:
    endpointing: str = setting("fixed", "how the end of a turn is decided: fixed (after min_silence_s of silence) "
                               "or predictive (after shortest_pause_s when the words so far sound finished, up to "
                               "longest_pause_s when they do not)", choices=ENDPOINTING, live=True)
    shortest_pause_s: float = setting(0.25, "predictive: silence that ends a turn whose words sound finished, "
                                      "seconds", min_value=0.05, max_value=2.0, live=True)
    longest_pause_s: float = setting(1.0, "predictive: silence that ends a turn whose words sound unfinished, "
                                     "seconds", min_value=0.1, max_value=5.0, live=True)
    finished_p: float = setting(0.7, "predictive: probability of a finished turn (turn-end head) from which the "
                                "shortest pause ends the turn; below it the turn waits up to longest_pause_s. 0.7: "
                                "on the turn-taking bench's words, lower thresholds cut into mid-sentence pauses",
                                min_value=0.05, max_value=0.95, live=True)

    def __post_init__(self) -> None:
        if self.longest_pause_s < self.shortest_pause_s:
            raise ValueError("longest_pause_s must not be shorter than shortest_pause_s")


class EndOfTurn:
    """The silence that ends the current turn, from its words so far."""

    def __init__(self, config: TurnTakingConfig | None = None, model=None) -> None:
        self.config = config or TurnTakingConfig()
        self._model = model

    @property
    def predictive(self) -> bool:
        return self.config.endpointing == "predictive"

    def _words_model(self):
        if self._model is None:
            from emoomni_ros.perception.text.turn_end import TurnEndModel

            self._model = TurnEndModel()
        return self._model

    def p_finished(self, words: str) -> float:
        return self._words_model().p_complete(words)

    def pause_needed_s(self, words: str, fixed_s: float) -> float:
        """Silence after ``words`` that ends the turn (``fixed_s`` in fixed mode)."""
        if not self.predictive:
            return fixed_s
        c = self.config
        return c.shortest_pause_s if self.p_finished(words) >= c.finished_p else c.longest_pause_s
