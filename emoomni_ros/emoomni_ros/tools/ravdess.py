"""RAVDESS file discovery: ``03-01-EE-II-SS-RR-AA.wav`` names anywhere under a folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from emoomni_ros import labels


@dataclass(frozen=True)
class Clip:
    path: Path
    label: str  # core label (calm counts as neutral)
    actor: int
    strong: bool  # intensity 02
    statement: str = ""  # "01" (kids are talking by the door) or "02" (dogs are sitting by the door)

    @property
    def male(self) -> bool:
        return self.actor % 2 == 1


def clips(root: str | Path, actors: set[int] | None = None) -> list[Clip]:
    """Every RAVDESS-named WAV under ``root`` (sorted); other files are ignored."""
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"{root} does not exist")
    found = []
    if root.is_dir():  # os.walk follows symlinked actor folders (rglob does not before Python 3.13)
        paths = sorted(Path(d) / f for d, _, files in os.walk(root, followlinks=True) for f in files
                       if f.lower().endswith(".wav"))
    else:
        paths = [root]
    for path in paths:
        try:
            label = labels.ravdess_label_from_filename(path.name)
        except labels.UnknownLabelError:
            continue
        parts = path.stem.split("-")
        if not parts[6].isdigit():
            continue
        actor = int(parts[6])
        if actors is None or actor in actors:
            found.append(Clip(path, label, actor, parts[3] == "02", parts[4]))
    return found


def parse_actors(spec: str) -> set[int]:
    """"1-8" or "9,10,12" -> a set of actor numbers."""
    out: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            lo, hi = part.split("-", 1)
            out.update(range(int(lo), int(hi) + 1))
        elif part:
            out.add(int(part))
    if not out:
        raise ValueError(f"no actors in {spec!r}")
    return out
