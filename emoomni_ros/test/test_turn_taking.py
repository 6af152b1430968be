"""perception/turn_taking.py: the silence that ends a turn, fixed or predicted from the words."""

from __future__ import annotations

import pytest

from emoomni_ros import settings
from emoomni_ros.perception.turn_taking import EndOfTurn, TurnTakingConfig


def test_fixed_endpointing_ignores_the_words():
    end = EndOfTurn(TurnTakingConfig())
    assert end.pause_needed_s("and then I", 0.5) == 0.5 and end.pause_needed_s("I got the job.", 0.5) == 0.5


def test_predictive_endpointing_answers_a_finished_turn_sooner_and_waits_for_an_unfinished_one():
    end = EndOfTurn(settings.build(TurnTakingConfig, {"endpointing": "predictive"}))
    finished = end.pause_needed_s("My mum died last week", 0.5)
    unfinished = end.pause_needed_s("My mum died last week and", 0.5)
    assert finished == pytest.approx(0.25)
    assert unfinished > 0.8  # up to longest_pause_s (1.0)
    assert end.pause_needed_s("um", 0.5) > 0.8


def test_pause_limits_must_be_ordered():
    with pytest.raises(ValueError, match="longest_pause_s"):
        settings.build(TurnTakingConfig, {"shortest_pause_s": 0.8, "longest_pause_s": 0.5})
