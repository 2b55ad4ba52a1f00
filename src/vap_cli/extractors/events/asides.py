"""What a sentence names of an event without telling it: a document's date ("в Законе ...
от 20 октября 2021 года", events.document_date), a kind inside a quoted question
('"собрание кантип өтөт" деген суроо', events.quoted_question), a room ("жыйындар
залында"), another time's event ("Мурунку жыйындар", "Кийинки жыйын"), a list of an
event's outcomes ("Жыйындын жыйынтыгы:"); and the page's own day ("Бүгүн")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import regex

from ... import fold, rx
from ...lexicon import load
from ...models import DateMention

EVENTS_LEX = load("events")

# How far before a date its document's noun may stand ("Законе «О местном
# самоуправлении» от"), and how far after it ("20-октябрындагы «...» Мыйзамы"), in characters.
DOCUMENT_REACH = 160


def _stems(key: str) -> str:
    return rx.alternation(EVENTS_LEX[key])


# A Russian document's noun then, on its line, "от" right before the date.
_DOCUMENT_BEFORE = rx.compile(
    rf"(?<![\p{{L}}\d])(?:{_stems('document_nouns_ru')})\p{{L}}*[^\n]*"
    rf"(?<![\p{{L}}\d]){regex.escape(EVENTS_LEX['document_date_word'])}\s{{1,3}}\Z",
    regex.IGNORECASE,
)
# The date's ending, its number, its quoted title and a few words, then a Kyrgyz
# document's noun ("20-октябрындагы №5 «...» Мыйзамы").
_DOCUMENT_AFTER = rx.compile(
    r"\p{L}{0,8}\s{0,3}(?:№\s{0,2}\S{1,12}\s{1,3})?(?:[«\"“„][^«»\"“”\n]{0,150}[»\"”]\s{0,3})?"
    rf"(?:\p{{L}}+\s{{1,3}}){{0,3}}?(?:{_stems('document_nouns_ky')})",
    regex.IGNORECASE,
)


def document_date(original: str, date: DateMention) -> bool:
    """A law's or a decree's date ("Законе ... от 20 октября 2021 года"), not its
    sentence's event's (events.document_date)."""
    start, end = date.span.start, date.span.end
    before = original[max(0, start - DOCUMENT_REACH) : start]
    if _DOCUMENT_BEFORE.search(before, 0, len(before), rx.NOT_CONCURRENT):
        return True
    return _DOCUMENT_AFTER.match(original, end, end + DOCUMENT_REACH) is not None


# A quotation: its marks and what they hold, within a sentence.
QUOTE_REACH = 200
# (most sentences hold none of its opening marks: then it is not searched for)
_OPENING_MARKS = '«"“„'
_QUOTATION = rx.compile(rf"[{_OPENING_MARKS}](?P<said>[^«»\"“”„\n]{{1,{QUOTE_REACH}}})[»\"”“]")
# A question noun stands this close after the quotation ('" деген суроого').
QUESTION_NOUN_REACH = 24
_QUESTION_NOUN = rx.compile(
    rf"[^\n]{{0,{QUESTION_NOUN_REACH}}}?(?<![\p{{L}}\d])(?:{_stems('question_nouns')})",
    regex.IGNORECASE,
)


class Quotes:
    """The quotations of one sentence, read once (a kind word and a verb of a long
    sentence each ask whether they stand inside one): where each one's words start and
    end, where its closing mark ends, and whether it ends with '?'."""

    __slots__ = ("starts", "quotations")

    def __init__(self, text: str, bounds: tuple[int, int]) -> None:
        self.quotations = [
            (m.start("said"), m.end("said"), m.end(), m.group("said").rstrip().endswith("?"))
            for m in rx.finditer_holding(_QUOTATION, text, bounds[0], bounds[1], _OPENING_MARKS)
        ]
        self.starts = [said_start for said_start, _, _, _ in self.quotations]

    def holding(self, word: tuple[int, int]) -> tuple[int, int, int, bool] | None:
        """The quotation whose words hold `word` (quotations do not overlap: the last
        one starting at or before it is the only one that may)."""
        k = bisect_right(self.starts, word[0]) - 1
        if k < 0 or word[1] > self.quotations[k][1]:
            return None
        return self.quotations[k]


def quoted_question(
    text: str, bounds: tuple[int, int], word: tuple[int, int], quotes: Quotes
) -> bool:
    """The kind word at `word` stands inside a quoted question of its sentence
    (`bounds`, its quotations `quotes`): one that ends with '?' or that a question's noun
    follows ('"собрание кантип өтөт" деген суроого'); a quoted kind that a verb outside
    says took place ('«сход граждан» болуп өттү') is no question."""
    quotation = quotes.holding(word)
    if quotation is None:
        return False
    _, _, closed, asks = quotation
    return asks or _QUESTION_NOUN.match(text, closed, bounds[1]) is not None


def _words(key: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in EVENTS_LEX[key])


_NEXT = _words("next_words")
_PREVIOUS = _words("previous_words")
_HALLS = _words("hall_nouns")
_HALLS_BEFORE = frozenset(_words("hall_nouns_before"))
_OUTCOMES = _words("outcome_nouns")
# The words right before and right after a kind word, on its line; the one before
# matched backwards from the word ((?r): one try, not one at each character before it).
_WORD_BEFORE = rx.compile(r"(?r)(\p{L}+)[^\p{L}\n]{1,3}\Z")
_WORD_AFTER = rx.compile(r"[^\p{L}\n]{1,3}(\p{L}+)")
_RESULT_BEFORE = frozenset(_words("outcome_result_before"))
_RESULT_AFTER = rx.compile(
    r"[^\p{L}\n]{1,3}(?:"
    + rx.alternation(_words("outcome_result_after"), space=r"\s{1,3}")
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
# How far back the word before a kind word is looked for, in characters.
WORD_REACH = 40


def word_before(text: str, start: int) -> str:
    """The word right before `start` on its line, case folded ('' when none)."""
    m = _WORD_BEFORE.match(text, max(0, start - WORD_REACH), start, rx.NOT_CONCURRENT)
    return m.group(1).casefold() if m else ""


def word_after(text: str, end: int) -> str:
    """The word right after `end` on its line, case folded ('' when none)."""
    m = _WORD_AFTER.match(text, end, end + WORD_REACH, rx.NOT_CONCURRENT)
    return m.group(1).casefold() if m else ""


def next_one(text: str, start: int) -> bool:
    """The kind word at `start` names the next event of its kind ("Кийинки жыйын")."""
    return word_before(text, start).startswith(_NEXT)


def previous_one(text: str, start: int) -> bool:
    """The kind word at `start` names an earlier event of its kind ("Мурунку жыйындар")."""
    return word_before(text, start).startswith(_PREVIOUS)


def room_name(text: str, word: tuple[int, int]) -> bool:
    """The kind word at `word` names a room ("жыйындар залында", "в зале заседаний")."""
    if word_after(text, word[1]).startswith(_HALLS):
        return True
    return word_before(text, word[0]) in _HALLS_BEFORE


def outcome_of(text: str, word: tuple[int, int]) -> bool:
    """The kind word at `word` is that of an outcome's event ("Жыйындын жыйынтыгында",
    "по итогам семинара")."""
    if word_before(text, word[0]) in _RESULT_BEFORE:
        return True
    return _RESULT_AFTER.match(text, word[1], word[1] + WORD_REACH, rx.NOT_CONCURRENT) is not None


def outcome_opener(words: Iterable[str]) -> bool:
    """A list's opening sentence, by its words (case folded), names an event's outcome
    ("Жыйындын жыйынтыгы:")."""
    return any(w.startswith(_OUTCOMES) for w in words)


_TODAY = rx.compile(
    rx.whole_words(fold.typed_too(EVENTS_LEX["today_words"]), digits=True), regex.IGNORECASE
)


def says_today(text: str, start: int, end: int) -> bool:
    """text[start:end] says the page's own day ("Бүгүн", "Сегодня")."""
    return _TODAY.search(text, start, end, rx.NOT_CONCURRENT) is not None
