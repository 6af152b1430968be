"""Text from upstream made safe to speak: markup and control characters out, length capped,
split into sentences.

Upstream text (an LLM reply, a user's words echoed back) can carry anything: SSML that would
change the voice (``<prosody rate="x-fast">``), tags that make an engine fetch or play something
(``<audio src=...>``), XML entities, piper's raw-phoneme blocks ``[[ ... ]]``, markdown, control
characters, emoji, megabytes of text. ``clean`` removes all markup and keeps the words; backends
still escape what they pass to an engine that parses markup (see ``ssml_escape``).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

DEFAULT_MAX_CHARS = 2000
MAX_SENTENCE_CHARS = 240  # longer sentences are split at a comma or a space (keeps first audio fast)

_TAG = re.compile(r"<[^<>]*>")  # a tag, comment, processing instruction or doctype (any length: linear)
# A tag whose ">" never comes: its name and attributes (``<prosody rate="x-fast" and the rest``).
_UNCLOSED_TAG = re.compile(r"<[/!?]?[A-Za-z][\w:.-]*"
                           r"(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"<>]*\"?|'[^'<>]*'?|[^\s<>\"']+))*\s*/?")
_LONG_DIGITS = re.compile(r"\d{21,}")  # nobody says a 21-digit number: "1" x 1000 was 86 s of speech
_LONG_TOKEN = re.compile(r"[^\s]{61,}")  # a "word" over 60 characters (a URL, a key, a flood) is not spoken
_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});?")
_PHONEME_BLOCK = re.compile(r"\[\[|\]\]")
_MARKDOWN = re.compile(r"(\*{1,3}|_{2,3}|`{1,3}|~~|^#{1,6}\s*|^\s*[-*+>]\s+)", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]{0,500})\]\([^)]{0,2000}\)")  # markdown link: keep its text
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r" ([,.!?;:](?:\s|$))")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'’”)\]]*\s+|[。！？]+")
_REPEAT = re.compile(r"([^\w\s])\1{3,}")  # "!!!!!!!!" -> "!!!"


@dataclass
class CleanText:
    """``text`` ready to speak and its ``sentences``; what was changed, for the result message."""

    text: str
    sentences: list[str] = field(default_factory=list)
    truncated: bool = False
    removed_markup: bool = False
    removed_chars: int = 0  # control characters, emoji and other symbols dropped

    @property
    def empty(self) -> bool:
        return not self.sentences


MAX_COMBINING_MARKS = 2  # per base character: scripts need one or two, "zalgo" text stacks dozens


def _speakable(text: str) -> str:
    """Letters, digits, punctuation, spaces and a few symbols; whitespace-like controls become spaces.

    Dropped: Cc/Cf/Cs/Co/Cn controls and formats (incl. bidi overrides and zero-width characters),
    symbols such as emoji, and combining marks beyond ``MAX_COMBINING_MARKS`` per character.
    """
    out = []
    marks = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] == "M":
            marks += 1
            if marks <= MAX_COMBINING_MARKS and out and out[-1] != " ":
                out.append(ch)
            continue
        marks = 0
        if ch in "\t\n\r\u2028\u2029" or cat[0] == "Z":
            out.append(" ")
        elif cat[0] in "LNP" or ch in "$+=":
            out.append(ch)
    return "".join(out)


def _strip_markup(text: str) -> tuple[str, bool]:
    before = text
    # Entities may hide tags (&lt;prosody&gt;): decode, strip, repeat until stable.
    for _ in range(4):
        previous = text
        text = _TAG.sub(" ", text)
        text = html.unescape(text)
        if text == previous:
            break
    text = _TAG.sub(" ", text)
    text = _ENTITY.sub(" ", text)  # unknown entities (&xxe;) are not spoken
    text = _UNCLOSED_TAG.sub(" ", text)
    text = text.replace("<", " ").replace(">", " ")  # a stray bracket
    text = _PHONEME_BLOCK.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _MARKDOWN.sub("", text)
    return text, text != before


def _cap(text: str, max_chars: int) -> tuple[str, bool]:
    if len(text) <= max_chars:
        return text, False
    head = text[:max_chars]
    # Prefer ending at a sentence end in the last third, else at a word boundary.
    ends = [m.end() for m in re.finditer(r"[.!?…。！？]", head)]
    if ends and ends[-1] >= max_chars * 2 // 3:
        return head[: ends[-1]], True
    space = head.rfind(" ")
    return (head[:space] if space >= max_chars // 2 else head).rstrip() + ".", True


def _split_long(sentence: str, limit: int) -> list[str]:
    parts: list[str] = []
    while len(sentence) > limit:
        cut = max(sentence.rfind(", ", 0, limit), sentence.rfind("; ", 0, limit))
        if cut < limit // 3:
            cut = sentence.rfind(" ", 0, limit)
        if cut < limit // 3:
            cut = limit
        parts.append(sentence[: cut + 1].strip())
        sentence = sentence[cut + 1 :].strip()
    if sentence:
        parts.append(sentence)
    return parts


def split_sentences(text: str, max_sentence_chars: int = MAX_SENTENCE_CHARS) -> list[str]:
    """Sentences of already clean text; very long ones are split so each is synthesised quickly."""
    out: list[str] = []
    start, pieces = 0, []
    for match in _SENTENCE_END.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    pieces.append(text[start:])
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if not any(ch.isalnum() for ch in piece):  # a stray "..." or "?!" after a split
            if out:
                out[-1] += piece
            continue
        out.extend(_split_long(piece, max_sentence_chars))
    return out


def clean(text: object, max_chars: int = DEFAULT_MAX_CHARS, max_sentence_chars: int = MAX_SENTENCE_CHARS) -> CleanText:
    """Any input (str, bytes, None, other) -> speakable plain text and its sentences. Never raises."""
    if text is None:
        text = ""
    elif isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = str(text)
    max_chars = max(1, int(max_chars))
    # Bound the work on hostile input before any regex runs (markup can at most shrink the text).
    text = text[: max_chars * 8 + 4096]
    # NFKC: fullwidth and other compatibility forms ("＜speak＞") become the plain characters
    # ("<speak>"), so markup written with them is found and stripped like any other.
    text = unicodedata.normalize("NFKC", text)
    text, removed_markup = _strip_markup(text)
    text = _LONG_DIGITS.sub(" a very long number ", text)
    text = _LONG_TOKEN.sub(" ", text)
    kept = _speakable(text)
    removed = sum(1 for ch in text if not ch.isspace()) - sum(1 for ch in kept if not ch.isspace())
    kept = _REPEAT.sub(r"\1\1\1", kept)
    kept = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACE.sub(" ", kept)).strip()
    if not any(ch.isalnum() for ch in kept):
        kept = ""
    kept, truncated = _cap(kept, max_chars)
    sentences = split_sentences(kept, max_sentence_chars) if kept else []
    return CleanText(text=" ".join(sentences), sentences=sentences, truncated=truncated,
                     removed_markup=removed_markup, removed_chars=max(0, removed))


def ssml_escape(text: str) -> str:
    """Text for inside an SSML element: &, <, > and quotes escaped."""
    return escape(text, {'"': "&quot;", "'": "&apos;"})
