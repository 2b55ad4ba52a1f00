"""A newspaper's founding line and its masthead's cells: static facts about the paper
(since when it comes out, what it is), page chrome, no place or period of the text.
Read by lines.py `line_classes` (segment/lines.py keeps each line's class)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from .. import rx
from ..lexicon import load
from .lines_chrome import (
    FOUNDING_YEAR,
    IMPRINT_MARK,
    ISSUE_NUMBER,
    MARK_MASTHEAD,
    MASTHEAD_OPENER,
    MASTHEAD_SINCE,
    SHORT_LINE,
)

if TYPE_CHECKING:
    from . import Line
    from .lines import LineClass

_LEX = load("lines")

# A cell of an issue's masthead line that describes the paper: its noun ("Нарын облустук
# коомдук-саясий гезит") or since when it comes out ("1939-жылдан бери чыгат").
_PAPER_NOUN = rx.compile(
    rx.whole_words(_LEX["masthead_paper_words"], space="[ \t]{1,3}"), regex.IGNORECASE
)


def _issue_cells(stripped: str) -> bool:
    """An issue's masthead line of "|" cells: its number and running number in one of
    them ("№ 46 (10512) 24-ноябрь, 2017-жыл | ..."); its paper's cells are chrome, not
    the line (`paper_cells`)."""
    return "|" in stripped and ISSUE_NUMBER.search(stripped) is not None


def paper_cells(
    lines: Sequence[Line], texts: list[str], classes: list[LineClass]
) -> list[tuple[int, int]]:
    """The cells of a newspaper's masthead line, an issue's number and "|" cells ("№ 46
    (10512) 24-ноябрь, 2017-жыл | Нарын облустук коомдук-саясий гезит | 1939-жылдан бери
    чыгат"), that describe the paper: static chrome, no place and no period; the issue's
    date in its own cell is the masthead's date (dates)."""
    cells: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        if classes[k] == "chrome" or not _issue_cells(texts[k]):
            continue
        at = line.start
        for cell in line.text.split("|"):
            if _PAPER_NOUN.search(cell) is not None or _comes_out_since(cell.strip()):
                cells.append((at, at + len(cell)))
            at += len(cell) + 1
    return cells


def _founding_wraps(texts: list[str], k: int) -> bool:
    """A founding line wraps to the next short line when its year is not on it yet
    ("Основана 5 июня" / "1957 года"); "Основана в 1957 году" is whole, and the
    issue's date line under it ("№ 15 (5122) 11 апреля 2024 года") is the masthead's."""
    return (
        k + 1 < len(texts)
        and 0 < len(texts[k + 1]) <= SHORT_LINE
        and FOUNDING_YEAR.search(texts[k]) is None
    )


# A line of the imprint's labels: a label of a few words (a letter, then at most
# `imprint_label_letters` letters, dots, hyphens and spaces), then its colon ("Тел.: ...",
# "E-mail: ...", "Редактор: ...").
_IMPRINT_RUN: int = _LEX["imprint_label_run"]
_LABELLED_LINE = rx.compile(rf"\p{{L}}[\p{{L}}.\- ]{{0,{_LEX['imprint_label_letters']}}}:")


def _imprint_mark(stripped: str) -> bool:
    return IMPRINT_MARK.search(stripped, None, None, rx.NOT_CONCURRENT) is not None


def _in_imprint(texts: list[str], k: int) -> bool:
    """Line k stands in a paper's imprint: an imprint's mark (the editors' address, the
    circulation) on it or on the line above it ("Редакциянын дареги: ..." / "Гезит
    1932-жылдан бери чыгат. Нускасы 1 200."), or on a line over a run of the imprint's
    labelled lines right above it, at most `_IMPRINT_RUN` of them ("Дареги: ..." /
    "Тел.: ..." / "Гезит 1961-жылдан бери чыгып келет."; acc63d). A blank line or
    a line of prose between ends the imprint: the sentence under it is the text's."""
    if _imprint_mark(texts[k]):
        return True
    for j in range(k - 1, max(k - 2 - _IMPRINT_RUN, -1), -1):
        if _imprint_mark(texts[j]):
            return True
        if _LABELLED_LINE.match(texts[j]) is None:
            return False
    return False


def founding_lines(texts: list[str], k: int, mark: int, *, head: bool, last: int) -> int:
    """How many lines from line k a newspaper's founding line takes (0: it is none):
    a masthead's opener ("Основана 5 июня" / "1957 года", its date maybe wrapping to
    the next short line), or a line saying since when the paper comes out
    (`_founding_line`, its date maybe wrapping: `_since_wraps`)."""
    stripped = texts[k]
    if len(stripped) <= SHORT_LINE and mark & MARK_MASTHEAD and MASTHEAD_OPENER.match(stripped):
        return 2 if _founding_wraps(texts, k) else 1
    # the line's own founding words first: few lines have them, and the imprint's
    # marks are searched on two lines
    if _founding_line(texts, k, head=head, last=last):
        return 2 if _since_wraps(texts, k) else 1
    return 0


def _founding_line(texts: list[str], k: int, *, head: bool, last: int) -> bool:
    """Line k says since when the paper comes out (`_comes_out_since`, or its date
    wrapping to the next line, `_since_wraps`), in the page's head or its imprint, no
    issue's cells; or it is the periodical's founding line at the page's foot."""
    stripped = texts[k]
    return (
        (_comes_out_since(stripped) or _since_wraps(texts, k))
        and not _issue_cells(stripped)
        and (head or _in_imprint(texts, k))
    ) or (k == last and _founding_foot(stripped) and _in_imprint(texts, k))


def _since_wraps(texts: list[str], k: int) -> bool:
    """A short line saying since when the paper comes out whose date wraps to the next
    short line, the founding year there ("Газета выходит с 12 марта" / "1947 года"):
    both lines the masthead's."""
    return (
        len(texts[k]) <= SHORT_LINE
        and MASTHEAD_SINCE.search(texts[k], None, None, rx.NOT_CONCURRENT) is not None
        and _founding_wraps(texts, k)
        and FOUNDING_YEAR.search(texts[k + 1]) is not None
    )


def _comes_out_since(stripped: str, limit: int = SHORT_LINE) -> bool:
    """A line of at most `limit` characters of the page's head or imprint (lines.yaml
    imprint_marks) saying, verb last, since when the newspaper comes out ("Райондук
    гезит. Гезит 1932-жылдан бери чыгат"): a static founding line (the date line under
    it is the issue's own). It names the founding year: "Гезит 90 жылдан бери чыгат"
    (how long) is a headline."""
    return (
        len(stripped) <= limit
        and MASTHEAD_SINCE.search(stripped, None, None, rx.NOT_CONCURRENT) is not None
        and FOUNDING_YEAR.search(stripped) is not None
    )


_FOUNDING_FOOT: int = _LEX["founding_foot_line"]


def _founding_foot(stripped: str) -> bool:
    """A line that opens with the periodical's noun and says since which year it comes
    out ("Журнал «Муниципалитет» издается с 2011 года при поддержке ...", round 44),
    however long its sentence: on the page's last line, beside an imprint's mark, the
    journal's imprint at its foot."""
    return _PAPER_NOUN.match(stripped) is not None and _comes_out_since(stripped, _FOUNDING_FOOT)


# The end of a line's first sentence: a full stop before a blank.
_SENTENCE_STOP = rx.compile(r"\.(?=\s)")


def founding_sentence(line: Line) -> int:
    """The length, from the line's start, of a founding sentence opening a long line of
    a paper's imprint whose next sentence opens with an imprint's mark (lines.yaml
    imprint_marks: "Гезит 1958-жылдан бери чыгат. Редакциянын дареги: Талас ш., Бердике
    баатыр көч., 14. Тел.: ..."): the sentence names the paper and since which
    year it comes out, static chrome (no period of the text); the address after it stays
    content, as a footer's address does. 0 when the line opens with no such sentence, when
    prose follows it ("... чыгат. Быйыл гезиттин дареги өзгөрдү"), or when the line is short
    enough for `founding_lines`."""
    stripped = line.stripped
    if len(stripped) <= SHORT_LINE or _PAPER_NOUN.match(stripped) is None:
        return 0
    stop = _SENTENCE_STOP.search(stripped)
    if stop is None or not _comes_out_since(stripped[: stop.start()]):
        return 0
    rest = stripped[stop.end() :].lstrip()
    if IMPRINT_MARK.match(rest, None, None, rx.NOT_CONCURRENT) is None:
        return 0
    return line.text.index(stripped) + stop.end()
