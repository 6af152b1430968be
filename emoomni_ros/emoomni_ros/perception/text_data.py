"""Labelled utterance CSVs (MELD layout): rows with text, gold label and dialogue position, and the
earlier turns of each row's dialogue as context."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from emoomni_ros import labels
from emoomni_ros.perception.text_normalise import normalise


@dataclass(frozen=True)
class Utterance:
    text: str
    label: str | None  # core label; None when the gold label is outside the core set
    dialogue_id: str = ""
    utterance_id: int = -1
    speaker: str = ""


def _int(value: str | None, default: int = -1) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def load_csv(path: str | Path, dataset: str = "meld") -> list[Utterance]:
    """Rows of a CSV with ``Utterance`` and ``Emotion`` columns (``Dialogue_ID``, ``Utterance_ID``
    and ``Speaker`` optional). Raises ValueError when the required columns are missing."""
    path = Path(path)
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"Utterance", "Emotion"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing column(s) {sorted(missing)}; columns: {reader.fieldnames}")
        rows = []
        for row in reader:
            try:
                label = labels.to_core(row["Emotion"] or "", dataset)
            except labels.UnknownLabelError:
                label = None
            rows.append(Utterance(text=normalise(row["Utterance"]), label=label,
                                  dialogue_id=str(row.get("Dialogue_ID") or "").strip(),
                                  utterance_id=_int(row.get("Utterance_ID")),
                                  speaker=str(row.get("Speaker") or "").strip()))
    return rows


def earlier_turns(rows: list[Utterance], turns: int, same_speaker: bool = True) -> list[list[int]]:
    """For each row the indices of up to ``turns`` earlier turns of its dialogue (of the same speaker
    when ``same_speaker`` and the speaker is known), oldest first. Rows without a dialogue id or
    utterance id get none."""
    if turns <= 0:
        return [[] for _ in rows]
    by_dialogue: dict[str, dict[int, int]] = {}
    for i, row in enumerate(rows):
        if row.dialogue_id and row.utterance_id >= 0:
            by_dialogue.setdefault(row.dialogue_id, {})[row.utterance_id] = i
    out = []
    for row in rows:
        if not row.dialogue_id or row.utterance_id < 0:
            out.append([])
            continue
        dialogue = by_dialogue[row.dialogue_id]
        earlier = [dialogue[u] for u in sorted(dialogue) if u < row.utterance_id]
        if same_speaker and row.speaker:
            earlier = [i for i in earlier if rows[i].speaker == row.speaker]
        out.append(earlier[-turns:])
    return out


def contexts(rows: list[Utterance], turns: int, same_speaker: bool = True) -> list[list[str]]:
    """The texts of ``earlier_turns``: what a transcript node that keeps each person's last turns sees."""
    return [[rows[i].text for i in idx] for idx in earlier_turns(rows, turns, same_speaker)]
