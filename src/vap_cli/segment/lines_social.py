"""A social network's post furniture (issue 14, round 40), a line at a time: the
counters under a saved post ("12 комментарий · 5 бөлүшүү", "👍 56  ❤️ 12", "2 340
подписчиков", "Сиз жана 136 башка адам") and its buttons ("Жактыруу · Жооп берүү · 1 к.",
"Котормосун көрүү"). lines.py makes such a short line chrome: its counts are no people
taking part, its words no place. The words are data: lexicon/lines.yaml (`social_*`).
"""

from __future__ import annotations

import regex

from .. import fold, rx
from ..lexicon import load
from ..normalise import ORIGINAL_LINE_BREAK
from .lines_header import LETTER, WRITTEN_DATE

_LEX = load("lines")
_SHORT_LINE: int = _LEX["short_line"]


_SPACES = r"\s{1,3}"  # a phrase's space: a run of one to three spaces


# a count: groups of digits ("2 340", "1.1K"; the K a thousand, no word's first letter)
_COUNT = r"\d(?:[\d.,]|\s(?=\d))*(?:[KkКк](?!\p{L}))?"
# a count, then its counter's noun to its word's end (each noun a word's beginning, also
# as a Russian keyboard types it, ө ү ң as о у н)
_NOUNS = rx.alternation(fold.typed_too(_LEX["social_counter_nouns"]), space=_SPACES)
_NOUN = rf"\s{{0,3}}(?:{_NOUNS})\p{{L}}*"
_COUNTER = rf"(?<![\p{{L}}\d]){_COUNT}{_NOUN}"
# a reaction's sign (maybe with its variation selector), then its count, after at most
# this many more signs and spaces ("👍❤️😆 56"), maybe with its noun ("❤️ 77 жактырылды")
_SIGN_RUN = 12
_SIGNS = "".join(regex.escape(s) for s in _LEX["social_reaction_signs"])
_REACTION = rf"[{_SIGNS}]\ufe0f?[\s{_SIGNS}\ufe0f]{{0,{_SIGN_RUN}}}{_COUNT}(?:{_NOUN})?"
_COUNTER_OR_REACTION = rx.compile(rf"{_COUNTER}|{_REACTION}", regex.IGNORECASE)
# a post's buttons and a comment's relative time (typed too)
_BUTTONS = fold.typed_too(_LEX["social_buttons"])
_TIMES = fold.typed_too(_LEX["social_relative_times"])
_TAILS = fold.typed_too(_LEX["social_counter_tails"])
_BUTTON = rx.compile(rx.whole_words(_BUTTONS, space=_SPACES), regex.IGNORECASE)
_BUTTON_OR_TIME = rx.compile(rx.whole_words([*_BUTTONS, *_TIMES], space=_SPACES), regex.IGNORECASE)
_EDITED = fold.typed_too(_LEX["social_edited_marks"])
_COUNTER_TAIL = rx.compile(
    rx.whole_words([*_BUTTONS, *_TIMES, *_TAILS, *_EDITED], space=_SPACES), regex.IGNORECASE
)
# a date in digits: a page's posting line with its views counter stays a date line
# ("06.10.2023 | 11:05 | 👁 207", "Опубликовано: 30.09.2024   Просмотров: 58")
# ("Опубликовано: 19 мар. 2025  👁 123": a year, whatever the month's spelling)
# the marks that end a sentence (`_closes_sentence`)
_END_MARKS = frozenset(_LEX["social_sentence_end_marks"])
_DIGIT_DATE = rx.compile(r"(?<!\d)(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d)(?!\d)")


def _closes_line(rest: str) -> bool:
    """Is what follows a counter only more counters, reactions, buttons, signs and
    separators, or the sharers' verb? A word after it ("20 башка адам келди.", "🔥 300 жаш
    ... катышты!") makes the line a sentence."""
    return not LETTER.search(_COUNTER_TAIL.sub("", _COUNTER_OR_REACTION.sub("", rest)))


def _closes_sentence(before: str, rest: str) -> bool:
    """Does a counter end a sentence: words before it and only an end mark after it
    ("Жыйынга 50 башка адам.")? A post's line of likers has no end mark ("Сиз жана 211
    башка адам"); a counter alone on its line ("12 комментарий.") stays furniture."""
    end = rest.strip()
    return bool(end) and all(map(_END_MARKS.__contains__, end)) and bool(LETTER.search(before))


def social_line(stripped: str) -> bool:
    """Is this short line a social post's counter or a row of its buttons, and holds no
    date?"""
    if len(stripped) > _SHORT_LINE or _DIGIT_DATE.search(stripped) or WRITTEN_DATE.search(stripped):
        return False
    counter = _COUNTER_OR_REACTION.search(stripped)
    if counter:
        rest = stripped[counter.end() :]
        return _closes_line(rest) and not _closes_sentence(stripped[: counter.start()], rest)
    return bool(_BUTTON.search(stripped)) and not LETTER.search(_BUTTON_OR_TIME.sub("", stripped))


def counters_only(stripped: str) -> bool:
    """Is this piece of a line a social post's counters alone ("👁 3.4K · ", "❤️ 56  👁
    1.2K |"): a counter or a reaction, and no word beside them but buttons?"""
    counter = _COUNTER_OR_REACTION.search(stripped)
    return counter is not None and _closes_line(stripped)


def laid_out_counters(start: int, text: str, original: str) -> list[tuple[int, int]]:
    """The span of a line's last part when it is a post's counter line as the page laid it
    out (`social_line`), where normalising joined it to a neighbour above (normalise/
    wraps.py: "t.me/aiyl_kabar · 1 250 катталгандар" opens with a small letter and went
    on from the channel's name above it; round 65). Only the last part: a counter that a
    later part goes on from is a sentence's words the width broke ("сайтында 500
    катталган" / "үй-бүлөгө жардам берилди"; revfix65). `start`, `text`: the line's start
    and its normalised text; `original`: its original text, read only when it maps one
    to one onto `text` (each break became one space)."""
    if len(original) != len(text):
        return []
    breaks = list(ORIGINAL_LINE_BREAK.finditer(original))
    if not breaks:
        return []
    begin = breaks[-1].end()
    piece = original[begin:].strip()
    return [(start + begin, start + len(original))] if piece and social_line(piece) else []
