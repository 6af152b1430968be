"""affect_fusion's parameters (ROS-free): ``FusionSettings`` = the node's own (publication rate, idle
states), ``FusionConfig``'s thresholds and windows (``affect/fusion.py``), and for each modality of
``emoomni_ros/modalities.py`` its ``reliability_<m>``, ``half_life_<m>_s`` and ``max_age_<m>_s``,
defaulting to the modality's row. A new modality gets its three parameters from its row.

Every parameter is live: the node hands ``config()`` to ``AffectFusion.reconfigure`` and changes its
timer period for ``rate_hz``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from emoomni_ros import modalities, settings
from emoomni_ros.affect.fusion import FusionConfig
from emoomni_ros.settings import group, setting


def _weights(m: modalities.Modality) -> type:
    """The settings class of one modality's weights, named after it (``reliability_face``...)."""
    return dataclasses.make_dataclass(f"{m.name.title()}Weights", [
        ("reliability", float, setting(m.reliability, f"prior trust in {m.name} cues (multiplies their confidence)",
                                       min_value=0.0, max_value=10.0, live=True, name=f"reliability_{m.name}")),
        ("half_life_s", float, setting(m.half_life_s, f"age at which a {m.name} cue counts half (seconds)",
                                       min_value=0.01, max_value=600.0, live=True, name=f"half_life_{m.name}_s")),
        ("max_age_s", float, setting(m.max_age_s, f"{m.name} cues older than this are ignored (seconds)",
                                     min_value=0.01, max_value=3600.0, live=True, name=f"max_age_{m.name}_s")),
    ], namespace={"__module__": __name__})


@dataclass
class FusionNodeSettings:
    """What affect_fusion adds to the fusion's own settings; ``FusionSettings`` adds the weights of
    each modality to it."""

    rate_hz: float = setting(5.0, "AffectState publications per second (also published at once when a voice or "
                             "text cue arrives, or a face frame changes a person's label or conflict flag)",
                             min_value=0.1, max_value=100.0, live=True)
    publish_idle: bool = setting(True, "keep publishing a neutral, zero-confidence state when no cue is fresh",
                                 live=True)
    fusion: FusionConfig = group(FusionConfig)

    def config(self) -> FusionConfig:
        """The fusion's configuration, with each modality's weights filled in; ValueError when they
        break its rules."""
        tables = {table: {name: getattr(getattr(self, name), table) for name in modalities.NAMES}
                  for table in ("reliability", "half_life_s", "max_age_s")}
        return dataclasses.replace(self.fusion, **tables)

    @classmethod
    def from_parameters(cls, params: Mapping[str, Any]) -> FusionNodeSettings:
        """From parameter values by name (a profile's affect_fusion section): other names are ignored,
        numbers take the parameter's type (a YAML 1 for a float), missing ones keep their defaults."""
        known = {p.name: p for p in settings.parameters(cls)}
        return settings.build(cls, {name: type(known[name].default)(value) for name, value in params.items()
                                    if name in known})


def _modality_fields() -> list[tuple]:
    fields = []
    for m in modalities.TABLE:
        weights = _weights(m)
        fields.append((m.name, weights, group(weights)))
    return fields


FusionSettings: type[FusionNodeSettings] = dataclasses.make_dataclass(
    "FusionSettings", _modality_fields(),
    bases=(FusionNodeSettings,),
    namespace={"__module__": __name__, "__doc__": "affect_fusion's parameters: its own, the fusion's, and "
               "reliability_<m>, half_life_<m>_s, max_age_<m>_s for each modality."})
