"""Labelled text sets: MELD CSVs (text, gold label, dialogue position, and the earlier turns of each
row's dialogue as context), GoEmotions TSVs (``text``, ``label``: 27 fine labels), ISEAR CSVs
(``id``, ``text``, ``emotion``), EmoBank CSVs (``id``, ``split``, ``V``, ``A``, ``D``, ``text``) and the
project's own sentence files (``text | core | feeling`` a line). ``load_any`` tells the formats apart
by their columns.

Held-out splits: EmoBank by its own ``split`` column (``dev``); ISEAR has none, so ``isear_heldout``
takes a fixed, stratified 20 % of each emotion (ordered by a seeded hash of the id, so the split does
not depend on the file's row order)."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from emoomni_ros import labels
from emoomni_ros.perception.text.normalise import normalise


@dataclass(frozen=True)
class Utterance:
    text: str
    label: str | None  # core label; None when the gold label is outside the core set
    dialogue_id: str = ""
    utterance_id: int = -1
    speaker: str = ""
    feeling: str | None = None  # labels.FEELINGS name, where the gold label names one
    valence: float | None = None  # in [-1, 1] (EmoBank's 1..5 V rescaled)
    source: str = ""  # dataset: meld, goemotions, isear, emobank, companion
    fine: str = ""  # the dataset's own label (GoEmotions' 27, ISEAR's 7)
    item_id: str = ""


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
                                  speaker=str(row.get("Speaker") or "").strip(), source=dataset,
                                  fine=str(row["Emotion"] or "").strip().lower()))
    return rows


def _fine_rows(path: Path, text_col: str, label_col: str, dataset: str, delimiter: str) -> list[Utterance]:
    """GoEmotions / ISEAR rows: the core label (None outside the core seven) and the feeling."""
    to_feeling = {"goemotions": labels.GOEMOTIONS_TO_FEELING, "isear": labels.ISEAR_TO_FEELING}[dataset]
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        reader = csv.DictReader(f, delimiter=delimiter)
        missing = {text_col, label_col} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing column(s) {sorted(missing)}; columns: {reader.fieldnames}")
        rows = []
        for row in reader:
            fine = str(row[label_col] or "").strip().lower()
            try:
                label = labels.to_core(fine, dataset)
            except labels.UnknownLabelError:
                label, fine = None, ""
            rows.append(Utterance(text=normalise(row[text_col]), label=label, source=dataset, fine=fine,
                                  feeling=to_feeling.get(fine), item_id=str(row.get("id") or "").strip()))
    return rows


def load_goemotions(path: str | Path) -> list[Utterance]:
    """A GoEmotions TSV with ``text`` and ``label`` (one of the 27 fine labels, or neutral)."""
    return _fine_rows(Path(path), "text", "label", "goemotions", "\t")


def load_isear(path: str | Path) -> list[Utterance]:
    """An ISEAR CSV with ``text`` and ``emotion``; shame and guilt have no core label (label None) but
    carry their feeling."""
    return _fine_rows(Path(path), "text", "emotion", "isear", ",")


def load_emobank(path: str | Path, split: str | None = None) -> list[Utterance]:
    """EmoBank rows (``text``, ``V`` on 1..5, ``split``) with the valence rescaled to [-1, 1]; ``split``
    keeps only the rows of that split (``train`` or ``dev``)."""
    path = Path(path)
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"text", "V"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing column(s) {sorted(missing)}; columns: {reader.fieldnames}")
        rows = []
        for row in reader:
            if split and str(row.get("split") or "").strip() != split:
                continue
            try:
                valence = (float(row["V"]) - 3.0) / 2.0
            except (TypeError, ValueError):
                continue
            rows.append(Utterance(text=normalise(row["text"]), label=None, valence=valence, source="emobank",
                                  item_id=str(row.get("id") or "").strip(), fine=str(row.get("split") or "")))
    return rows


def load_sentences(path: str | Path) -> list[Utterance]:
    """The project's own sentences, ``text | core label | feeling`` a line (the feeling optional;
    ``#`` starts a comment line). Raises ValueError on an unknown label or feeling."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) not in (2, 3) or not parts[0]:
            raise ValueError(f"{path}:{number}: expected 'text | core label | feeling', got {line!r}")
        label = labels.check_core(parts[1])
        feeling = parts[2] if len(parts) == 3 and parts[2] else None
        if feeling is not None and labels.feeling_core(feeling) != label:
            raise ValueError(f"{path}:{number}: feeling {feeling!r} folds into {labels.FEELINGS[feeling]}, "
                             f"not {label}")
        rows.append(Utterance(text=normalise(parts[0]), label=label, feeling=feeling, source="companion",
                              fine=feeling or label, item_id=str(number)))
    return rows


def _rank(seed: int, item: str) -> str:
    return hashlib.sha1(f"{seed}:{item}".encode()).hexdigest()


def isear_heldout(rows: list[Utterance], share: float = 0.2, seed: int = 0) -> set[str]:
    """Ids of the held-out ISEAR rows: per emotion the ``share`` whose seeded id hash comes first."""
    held: set[str] = set()
    for fine in sorted({r.fine for r in rows}):
        ids = sorted((r.item_id for r in rows if r.fine == fine), key=lambda i: _rank(seed, i))
        held.update(ids[: round(share * len(ids))])
    return held


def detect_format(path: str | Path) -> str:
    """``meld``, ``goemotions``, ``isear``, ``emobank`` or ``sentences``, from the file's header."""
    path = Path(path)
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        header = f.readline().strip()
    if path.suffix == ".txt" or " | " in header or header.startswith("#"):
        return "sentences"
    tab = [c.strip() for c in header.split("\t")]
    if len(tab) > 1 and {"text", "label"} <= set(tab):
        return "goemotions"
    cols = {c.strip().strip('"') for c in next(csv.reader([header]))}
    if {"Utterance", "Emotion"} <= cols:
        return "meld"
    if {"text", "emotion"} <= cols:
        return "isear"
    if {"text", "V"} <= cols:
        return "emobank"
    raise ValueError(f"{path}: unknown format (header {header[:120]!r}); expected a MELD CSV (Utterance, "
                     "Emotion), a GoEmotions TSV (text, label), an ISEAR CSV (text, emotion) or an EmoBank CSV "
                     "(text, V)")


def load_any(path: str | Path, split: str = "all") -> list[Utterance]:
    """Any of the formats of ``detect_format``. ``split="heldout"`` keeps what the shipped model did not
    train on: the ISEAR held-out 20 % and EmoBank's dev rows (MELD and GoEmotions ship their own dev
    files, which are returned whole)."""
    kind = detect_format(path)
    if kind == "meld":
        return load_csv(path)
    if kind == "goemotions":
        return load_goemotions(path)
    if kind == "sentences":
        return load_sentences(path)
    if kind == "emobank":
        return load_emobank(path, "dev" if split == "heldout" else None)
    rows = load_isear(path)
    if split == "heldout":
        held = isear_heldout(rows)
        rows = [r for r in rows if r.item_id in held]
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
