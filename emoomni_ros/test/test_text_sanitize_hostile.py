"""Text the TTS must not speak as it came (measured on the running node): an unclosed tag was read
out with its attributes, a tag over 2,000 characters and fullwidth tags (＜speak＞) were spoken,
and a 1,000-digit message became 86 s of speech."""

import pytest

from emoomni_ros.expression.text_sanitize import clean


@pytest.mark.parametrize("text,expected", [
    ('Hello <prosody rate="x-fast" and the rest', "Hello and the rest"),
    ("Hello <audio src=http://example.com/a.mp3 then more words", "Hello then more words"),
    ("Hi <" + "a" * 3000 + "> there", "Hi there"),
    ("Hi ＜speak＞ fullwidth ＜/speak＞ tags", "Hi fullwidth tags"),
    ("Ｈｅｌｌｏ there", "Hello there"),
    ("Call " + "1" * 1000, "Call a very long number"),
    ("See " + "x" * 200 + " here", "See here"),
])
def test_hostile_markup_and_floods_are_not_spoken(text, expected):
    assert clean(text, 1000).text == expected


def test_ordinary_numbers_and_words_stay():
    assert clean("Call me at 555-1234 or 0049 170 1234567, it is 3:30.").text == \
        "Call me at 555-1234 or 0049 170 1234567, it is 3:30."
    assert clean("I'm fine <3").text == "I'm fine 3"
