"""Cleaning of transcript text before any model sees it: mis-encoded characters, typographic
quotes, markup (SSML/HTML tags and entities), control characters, runs of whitespace and overlong
input."""

from __future__ import annotations

import html
import re
import unicodedata

# Typographic punctuation -> ASCII (MELD writes "’" for the apostrophe; VADER's lexicon uses "'").
_ASCII = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": " - ", "\u2026": "...", "\u00a0": " ",
})
# A lead byte of UTF-8 (Â, Ã, â) followed by a continuation byte as Windows-1252 shows it.
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2]"
                       "[\u0080-\u00bf\u2018-\u201e\u20ac\u2122\u0152\u0153\u0160\u0161\u017d\u017e\u0178]")
_SPACE = re.compile(r"\s+")
_ASCII_BLANKS = re.compile("[\x00-\x20\x7f]{2,}")
_VISIBLE = re.compile("[^\x00-\x20\x7f]")
# SSML/HTML/XML tags and comments ("<speak>", '<break time="1s"/>', "</emphasis>", "<!-- x -->"). A tag
# starts with a letter, so "<3" and "a < b" are kept. (MELD has no tags: training is unaffected.)
_TAG = re.compile(r"<!--.{0,2000}?-->|</?[A-Za-z][\w:.-]{0,40}(?:\s[^<>]{0,1000})?/?>", re.DOTALL)


def _fix_c1(text: str) -> str:
    """C1 control characters (\\x80-\\x9f) are Windows-1252 bytes read as Latin-1: "\\x92" is "’"."""
    out = []
    for ch in text:
        if "\x80" <= ch <= "\x9f":
            try:
                ch = bytes([ord(ch)]).decode("cp1252")
            except UnicodeDecodeError:
                ch = " "
        out.append(ch)
    return "".join(out)


def _fix_mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 ("itâ€™s" -> "it’s"); left unchanged where the repair fails."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def normalise(text: object, max_chars: int = 0) -> str:
    """Clean, single-spaced text; at most ``max_chars`` characters (0: no limit), cut at a word."""
    return normalise_cut(text, max_chars)[0]


def normalise_cut(text: object, max_chars: int = 0) -> tuple[str, bool]:
    """``normalise`` and whether words were cut off to keep within ``max_chars``."""
    if text is None:
        return "", False
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    text = str(text)
    cut_off = False
    if max_chars > 0:  # bound the work on hostile input before the character passes below
        text = _ASCII_BLANKS.sub(" ", text)  # a flood of NULs or spaces does not count
        bound = max_chars * 4
        cut_off = len(text) > bound and _VISIBLE.search(text, bound) is not None
        text = text[:bound]
    text = _fix_mojibake(_fix_c1(text))
    if "<" in text or "&" in text:  # markup: the words between the tags are what was said
        text = _TAG.sub(" ", html.unescape(text) if "&" in text else text)
    text = unicodedata.normalize("NFKC", text).translate(_ASCII)
    # Other control and format characters (zero-width, bidi marks, NUL) carry nothing.
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = _SPACE.sub(" ", text).strip()
    if max_chars > 0 and len(text) > max_chars:
        cut = text[:max_chars]
        space = cut.rfind(" ")
        text = cut[:space] if space > max_chars // 2 else cut
        cut_off = True
    return text, cut_off
