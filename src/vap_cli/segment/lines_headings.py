"""The headings of a related-posts block (lexicon/lines.yaml): the listed phrases, and
every heading made of a word of relation ("мурунку", "акыркы", "похожие") and the plural
noun of what a site posts ("жарыялар", "токтомдор", "решения"): "Мурунку жарыялар:",
"Акыркы токтомдор: № 25/3 (30.11.2018) | ...", "Другие решения" (round 38) head other
posts' links, not the document's text, whichever pair a site chose."""

from __future__ import annotations

import regex

from .. import fold, rx
from ..dategrammar import MONTH_NAME_STEMS
from ..lexicon import load

_LEX = load("lines")

RELATED_HEADINGS: list[str] = [
    *_LEX["related_headings"],
    *(
        f"{word} {noun}"
        for word in _LEX["related_heading_words"]
        for noun in _LEX["related_posting_nouns"]
    ),
]

# A related-news heading, a colon, another article's headline ("Дагы окуңуз: Таласта ...").
# Marks a link's label may stand behind at its line's start ("← Мурунку: ...").
LEADING_ARROWS = "←«‹<"
# A space between the lexicons' words as the lines write it: a run of spaces or tabs.
SPACE_RUN = "[ \t]{1,3}"
# Between the heading and its colon, the linked issue's number and date in brackets
# ("Читайте в предыдущем номере (№ 10, 23 октября 2026): «...»", round 49): no longer
# than a number and a written date.
_ISSUE_BRACKET_MAX: int = _LEX["related_issue_bracket_max"]
# An arrow may stand before it: the previous and next articles' links on one line ("←
# Мурунку: Ак-Талаада ...   Кийинки: Жумгалда ... →", round 27).
RELATED_INLINE = rx.compile(
    rf"(?:[{LEADING_ARROWS}] ?)?(?:{rx.alternation(RELATED_HEADINGS, space=SPACE_RUN)})"
    rf"(?: ?\([^()\n]{{1,{_ISSUE_BRACKET_MAX}}}\))? ?:[ ]{{0,3}}\S",
    regex.I,
)

# A word of "also" (lexicon `related_dated_headings`), its colon, a post's headline and
# that post's date in brackets closing the line: "Ошондой эле: ... (31 марта)", "Также:
# ... (05.03.2024)" (a link only under a saved post's furniture: lines_chrome.
# related_inline's `under_post`). The date opens the bracket with its day, a month's word or digits
# after it.
_DATED_BRACKET_MAX: int = _LEX["related_dated_bracket_max"]
# A card's day and month: the day, then a month's word or digits ("31 марта", "05.03").
CARD_DAY_AND_MONTH: str = (
    rf"\d{{1,2}}(?:[ ]{{1,2}}|[ ]?-[ ]?|\.)(?:{'|'.join(MONTH_NAME_STEMS)}|\d{{1,2}}\b)"
)
RELATED_DATED_INLINE = rx.compile(
    rf"(?:{rx.alternation(_LEX['related_dated_headings'], space=SPACE_RUN)})"
    rf"[ ]?:[ ]{{0,3}}[^\s()][^()\n]*?[ ]\((?=[^()\n]{{1,{_DATED_BRACKET_MAX}}}\)[ ]*$)"
    + CARD_DAY_AND_MONTH,
    regex.I,
)


# A line of prose though short: a sentence of this many words or more, ended by a full
# stop (`sentence_of_words`).
_PROSE_MIN_WORDS: int = _LEX["prose_min_words"]
# The related headings folded, and the verbs asking to read, look or find that make a
# sentence holding one the site's invitation (`heading_words_in_prose`).
_RELATED_FOLDED = frozenset(fold.fold(w) for w in RELATED_HEADINGS)
_READ_INVITATION = rx.compile(rx.whole_words(_LEX["related_heading_verbs"]), regex.IGNORECASE)


def sentence_of_words(stripped: str) -> bool:
    """A sentence of some words (lexicon `prose_min_words`) ended by a full stop: prose,
    however short the line."""
    return stripped.endswith(".") and len(stripped.split()) >= _PROSE_MIN_WORDS


def heading_words_in_prose(line: str, found: regex.Match[str]) -> bool:
    """A chrome word `found` on the line (lines_chrome `_MARKED`) is a related heading's
    words inside a sentence ("Ошондой эле тектеш кабарлар боюнча ... катышты."): a heading
    over other pages' links is a line of its own, short and no sentence ("Тектеш
    кабарлар", "Похожие новости:"), so a sentence of prose that holds its words, no colon
    after them, is the text's own (`sentence_of_words`; tidy65); not one that asks to read,
    look, find or learn ("Другие новости района читайте на сайте.", "... ищите в разделе
    ...": lexicon `related_heading_verbs`): the site's invitation."""
    stripped = line.strip()
    return (
        fold.fold(found.group()) in _RELATED_FOLDED
        and sentence_of_words(stripped)
        and not line[found.end() :].lstrip(" ").startswith(":")
        and not _READ_INVITATION.search(stripped)
    )
