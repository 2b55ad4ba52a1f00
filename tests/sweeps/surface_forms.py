"""Surface transformations of the metamorphic sweep (issue 14): the typography,
encoding and layout that real pages from many sites give the same facts.

Each transformation is a named, deterministic function `(text, rng) -> text`: the
`rng` is seeded by the transformation's and the document's names, so a run is
repeatable. A transformation changes how the text looks, never what it says; the
sweep (test_surface_metamorphic.py) requires the facts parsed from the changed text
to be the facts parsed from the original. Run this module to measure every
transformation on a folder of gold documents:

    python tests/sweeps/surface_forms.py GOLD_DIR DOCS_DIR [--split tune] [--only NAME]
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from vap_cli.lexicon import load

Transform = Callable[[str, random.Random], str]

# Cyrillic letters and the Latin letters that look the same (the inverse of
# lexicon/letters.yaml's latin_to_cyrillic, written here from the fonts, not read).
LOOKALIKE = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "у": "y",
    "х": "x",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
}
KYRGYZ_AS_RUSSIAN = {"ң": "н", "ө": "о", "ү": "у", "Ң": "Н", "Ө": "О", "Ү": "У"}
KYRGYZ_LATIN = {"ө": "ö", "ү": "ü", "Ө": "Ö", "Ү": "Ü"}
# Other fonts' and keyboards' letters for ң ө ү: the Cyrillic n with tail, the Kazakh
# straight u, the Cyrillic o and u with diaeresis, the Latin barred o.
KYRGYZ_TAIL_N = {"ң": "\u04ca", "Ң": "\u04c9"}
KYRGYZ_KAZAKH = {"ү": "\u04b1", "Ү": "\u04b0"}
KYRGYZ_DIAERESIS = {"ө": "\u04e7", "ү": "\u04f1", "Ө": "\u04e6", "Ү": "\u04f0"}
KYRGYZ_BARRED_O = {"ө": "\u0275", "Ө": "\u019f"}
YO_AS_E = {"ё": "е", "Ё": "Е"}

NBSP, THIN, NARROW = "\u00a0", "\u2009", "\u202f"
ZERO_WIDTH = ("\u200b", "\u200c", "\u2060", "\ufeff")
SOFT_HYPHEN = "\u00ad"

# The marks that close a sentence's line (lexicon sentences.yaml `wraps`): a list item opens
# only after one.
_CLOSING_MARKS = frozenset(load("sentences")["wraps"]["closing_marks"])
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӨөҮүҢң]+")
_WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"[^\W\d_]{8,}")
_QUOTE = re.compile('[«»“”„"]')
_SPACED_DASH = re.compile("(?<= )[-–—](?= )")
# A range of years or of days: "2019-2021", "12-14-март" (not a date's or phone's parts).
_RANGE = re.compile(
    r"(?<![\d.:/-])((?:19|20)\d\d ?[-–—] ?(?:19|20)\d\d|\d{1,2} ?[-–—] ?\d{1,2})(?![\d.:/]|-\d)"
)
_RANGE_DASH = re.compile(r" ?[-–—] ?")
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_INITIAL_SPACE = re.compile(r"\b([А-ЯЁӨҮҢ]\.) (?=[А-ЯЁӨҮҢ])")
_INITIAL_GLUED = re.compile(r"\b([А-ЯЁӨҮҢ]\.)(?=[А-ЯЁӨҮҢ])")
# A lower-case abbreviation of a unit or street before a name: "г. Ош", "с. Бает", "ул. Ленина".
_ABBREVIATION_SPACE = re.compile(r"(?<![\w.])([а-яөүң]{1,3}\.) (?=[А-ЯЁӨҮҢ])")
_ABBREVIATION_GLUED = re.compile(r"(?<![\w.])([а-яөүң]{1,3}\.)(?=[А-ЯЁӨҮҢ])")
_YEAR_WORD = re.compile(r"\b((?:19|20)\d\d)-(жыл|ж\.)")
_YEAR_WORD_SPACED = re.compile(r"\b((?:19|20)\d\d) (жыл|ж\.|г\.|год)")
_YEAR_ABBREVIATED = re.compile(r"\b((?:19|20)\d\d)-(жылы|жылдын)\b")
# A count of 4 to 7 digits before a word (no date, phone, code or year).
_PLAIN_NUMBER = re.compile(r"(?<![\w.,:/+\-№=?&#])([1-9]\d{3,6})(?= ?[^\W\d_])")
_GROUPED_NUMBER = re.compile(r"(?<![\d.,:/+\-])(\d{1,3})[ \u00a0](\d{3})(?![\d.,:/\-])")
_NUMERO = re.compile(r"№ ?(?=\d)")
_SENTENCE_END = re.compile(r"[.!?]$")
_ELLIPSIS = re.compile(r"\.\.\.")
_COMPOSED = {"й": "и\u0306", "Й": "И\u0306", "ё": "е\u0308", "Ё": "Е\u0308"}

WRAP_WIDTH = 70
# Share of the words or places a transformation touches when it touches only some.
SOME = 0.35


def _replace_chars(table: Mapping[str, str], text: str, rng: random.Random) -> str:
    return "".join(table.get(ch, ch) for ch in text)


def latin_lookalikes(text: str, rng: random.Random) -> str:
    """Some Cyrillic words get Latin look-alike letters (a hand-typed or OCR'd page);
    each keeps at least one Cyrillic letter (a word all in Latin is another thing)."""

    def word(match: re.Match[str]) -> str:
        w = match.group()
        if rng.random() > SOME:
            return w
        spots = [i for i, ch in enumerate(w) if ch in LOOKALIKE]
        if not spots:
            return w
        kept = rng.choice(range(len(w)))  # a letter that stays Cyrillic
        chars = list(w)
        for i in spots:
            if i != kept and rng.random() < 0.5:
                chars[i] = LOOKALIKE[w[i]]
        if all(ch in LOOKALIKE.values() for ch in chars):
            chars[spots[0]] = w[spots[0]]
        return "".join(chars)

    return _CYRILLIC_WORD.sub(word, text)


_INITIAL = re.compile(r"(?<![\w.])([АВЕКМНОРСТХ])(?=\. ?[А-ЯЁӨҮҢ])")


def latin_initials(text: str, rng: random.Random) -> str:
    """Initials as Latin look-alike capitals ("A.Асанов", "T. Осмонов")."""
    return _INITIAL.sub(lambda m: LOOKALIKE[m.group(1)], text)


def _quote_pair(opening: str, closing: str, text: str, rng: random.Random) -> str:
    """Every quote mark as `opening` or `closing`: opening after a space, a line
    break, a bracket or the text's start."""
    out = []
    for i, ch in enumerate(text):
        if _QUOTE.match(ch):
            before = text[i - 1] if i else " "
            out.append(opening if before.isspace() or before in "([" else closing)
        else:
            out.append(ch)
    return "".join(out)


def _spaced_dash(dash: str, text: str, rng: random.Random) -> str:
    return _SPACED_DASH.sub(dash, text)


def range_dash_spaced(text: str, rng: random.Random) -> str:
    """ "2019-2021" as "2019 – 2021" (en dash, spaces)."""
    return _RANGE.sub(lambda m: _RANGE_DASH.sub(" – ", m.group()), text)


def range_dash_tight(text: str, rng: random.Random) -> str:
    """ "2019 - 2021" as "2019–2021"."""
    return _RANGE.sub(lambda m: _RANGE_DASH.sub("–", m.group()), text)


def word_hyphen_unicode(text: str, rng: random.Random) -> str:
    """Hyphens inside words as the Unicode hyphen or non-breaking hyphen."""
    return _WORD_HYPHEN.sub(lambda m: rng.choice(("\u2010", "\u2011")), text)


def word_hyphen_en_dash(text: str, rng: random.Random) -> str:
    """Hyphens inside words as an en dash ("Жалал–Абад")."""
    return _WORD_HYPHEN.sub("–", text)


def nbsp_spaces(text: str, rng: random.Random) -> str:
    """Some spaces as no-break, thin or narrow no-break spaces (word processors put
    them after numbers, initials and abbreviations)."""
    return re.sub(
        " ", lambda m: rng.choice((NBSP, THIN, NARROW)) if rng.random() < SOME else " ", text
    )


# A line with a wide gap of spaces, or with cells parted by tabs, is a row of a table: a site
# that doubles spaces or indents lines by a tab does it to the whole table or not at
# all, so the two transformations below leave such rows as they are (one shifted row
# is no page's layout).
_ALIGNED_ROW = re.compile(r"\S {3,}\S|\S\t+\S")


def _outside_aligned_rows(text: str, change: Callable[[str], str]) -> str:
    return "".join(
        line if _ALIGNED_ROW.search(line) else change(line) for line in text.splitlines(True)
    )


def double_spaces(text: str, rng: random.Random) -> str:
    """Some spaces between words doubled (not a digit group's: "1 134")."""
    return _outside_aligned_rows(
        text,
        lambda line: re.sub(
            r"(?<=\D) |(?<=\d) (?=\D)", lambda m: "  " if rng.random() < SOME else " ", line
        ),
    )


def tabs(text: str, rng: random.Random) -> str:
    """Lines indented by a tab, and a tab after a label's colon ("Тел.:\t0312...").
    Not between the words of a sentence: a tab parts the cells of a table there."""
    # (the rows are told before the labels' tabs are written, which are no table's cells)
    text = _outside_aligned_rows(
        text, lambda line: "\t" + line if line[:1].strip() and rng.random() < SOME else line
    )
    return re.sub(r"(?<=:) (?=\S)", "\t", text)


def trailing_spaces(text: str, rng: random.Random) -> str:
    return re.sub(r"(?m)(?<=\S)$", lambda m: " " * rng.randint(0, 3), text)


def zero_width(text: str, rng: random.Random) -> str:
    """Zero-width characters inside and between some words (pasted from web editors)."""
    return re.sub(
        r"(?<=[^\W\d_])(?=[^\W\d_])",
        lambda m: rng.choice(ZERO_WIDTH) if rng.random() < SOME / 10 else "",
        text,
    )


def soft_hyphens(text: str, rng: random.Random) -> str:
    """Soft hyphens at a point inside long words (hyphenated web text)."""

    def word(match: re.Match[str]) -> str:
        w = match.group()
        if rng.random() > SOME:
            return w
        i = rng.randint(3, len(w) - 3)
        return w[:i] + SOFT_HYPHEN + w[i:]

    return _LONG_WORD.sub(word, text)


def decomposed(text: str, rng: random.Random) -> str:
    """й and ё as a base letter and a combining mark (NFD text from some systems)."""
    return _replace_chars(_COMPOSED, text, rng)


def ellipsis_char(text: str, rng: random.Random) -> str:
    return _ELLIPSIS.sub("…", text)


def html_entities(text: str, rng: random.Random) -> str:
    """Quotes and no-break spaces left as HTML entities (a scraped page's text)."""
    text = _quote_pair("&laquo;", "&raquo;", text, rng)
    return re.sub(" ", lambda m: "&nbsp;" if rng.random() < SOME / 5 else " ", text)


def initials_glued(text: str, rng: random.Random) -> str:
    """ "А. Б. Иванов" as "А.Б.Иванов"."""
    return _INITIAL_SPACE.sub(r"\1", text)


def initials_spaced(text: str, rng: random.Random) -> str:
    """ "А.Б.Иванов" as "А. Б. Иванов"."""
    return _INITIAL_GLUED.sub(r"\1 ", text)


def abbreviations_glued(text: str, rng: random.Random) -> str:
    """ "г. Ош", "с. Бает" as "г.Ош", "с.Бает"."""
    return _ABBREVIATION_SPACE.sub(r"\1", text)


def abbreviations_spaced(text: str, rng: random.Random) -> str:
    """ "г.Ош" as "г. Ош"."""
    return _ABBREVIATION_GLUED.sub(r"\1 ", text)


def year_word_spaced(text: str, rng: random.Random) -> str:
    """ "2024-жылы" as "2024 жылы", "2024-ж." as "2024 ж."."""
    return _YEAR_WORD.sub(r"\1 \2", text)


def year_word_glued(text: str, rng: random.Random) -> str:
    """ "2024-жылы" and "2024 г." as "2024жылы", "2024г."."""
    return _YEAR_WORD_SPACED.sub(r"\1\2", _YEAR_WORD.sub(r"\1\2", text))


def year_word_abbreviated(text: str, rng: random.Random) -> str:
    """ "2024-жылы", "2024-жылдын" as "2024-ж."."""
    return _YEAR_ABBREVIATED.sub(r"\1-ж.", text)


# A date in digits and the year's abbreviation after it: "12.03.2024 ж.", "12.03.2024ж.".
_DATE_SUFFIX_SPACED = re.compile(r"(\d\d\.\d\d\.(?:19|20)\d\d) (ж\.|г\.|жыл)")
_DATE_SUFFIX_GLUED = re.compile(r"(\d\d\.\d\d\.(?:19|20)\d\d)(ж\.|г\.|жыл)")
# Not in a table's column (a wide gap after it): the columns would shift.
# (not a date whose year already has its word after a hyphen: "10.11.2025-ж.")
_DATE_BARE = re.compile(r"(\d\d\.\d\d\.(?:19|20)\d\d)(?![\d.-]|\s\s| ?(?:ж|г|жыл)\b)")


def date_suffix_glued(text: str, rng: random.Random) -> str:
    """ "12.03.2024 г." as "12.03.2024г.", and a bare "12.03.2024" given "ж." or "г."."""
    text = _DATE_SUFFIX_SPACED.sub(r"\1\2", text)
    return _DATE_BARE.sub(lambda m: m.group(1) + rng.choice(("ж.", "г.")), text)


def date_suffix_spaced(text: str, rng: random.Random) -> str:
    """ "12.03.2024ж." as "12.03.2024 ж.", and a bare "12.03.2024" given " ж."."""
    text = _DATE_SUFFIX_GLUED.sub(r"\1 \2", text)
    return _DATE_BARE.sub(lambda m: m.group(1) + rng.choice((" ж.", " г.")), text)


def _group_number(separator: str, text: str, rng: random.Random) -> str:
    def number(match: re.Match[str]) -> str:
        digits = match.group(1)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return digits  # a year
        head = len(digits) % 3 or 3
        groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
        return separator.join(groups)

    return _PLAIN_NUMBER.sub(number, text)


def numbers_ungrouped(text: str, rng: random.Random) -> str:
    """ "1 200" as "1200"."""
    return _GROUPED_NUMBER.sub(r"\1\2", text)


def numero_glued(text: str, rng: random.Random) -> str:
    return _NUMERO.sub("№", text)


def numero_spaced(text: str, rng: random.Random) -> str:
    return _NUMERO.sub("№ ", text)


def _paragraphs(text: str) -> list[str]:
    return text.split("\n")


def hard_wrap(text: str, rng: random.Random) -> str:
    """Lines longer than WRAP_WIDTH broken at spaces (copied PDFs, old sites)."""
    out = []
    for line in _paragraphs(text):
        if len(line) <= WRAP_WIDTH:
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, WRAP_WIDTH, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def hard_wrap_hyphenated(text: str, rng: random.Random) -> str:
    """Lines wrapped at WRAP_WIDTH, a long word of letters split by a hyphen where the
    line has room for its first part (hyphenated PDFs); numbers, codes and addresses
    are never split."""
    out = []
    for line in hard_wrap(text, rng).split("\n"):
        word = line.split(" ", 1)[0]
        # Only after a line the width broke (one the writer ended is short).
        full = bool(out) and len(out[-1]) >= WRAP_WIDTH - len(word) - 1
        room = WRAP_WIDTH - len(out[-1]) - 2 if out and out[-1] else 0
        if full and _LONG_WORD.fullmatch(word) and room >= 3:
            cut = min(room, len(word) - 3)
            if cut >= 3:
                out[-1] += " " + word[:cut] + "-"
                line = word[cut:] + line[len(word) :]
        out.append(line)
    return "\n".join(out)


def prose_run_together(text: str, rng: random.Random) -> str:
    """Prose paragraphs (lines that end a sentence, with a blank line or not between
    them) run into one line: a page whose paragraph breaks were lost."""
    out: list[str] = []
    for line in _paragraphs(text):
        if line.strip() and _is_prose(line):
            previous = [i for i, x in enumerate(out) if x.strip()][-1:]
            if previous and _is_prose(out[previous[0]]):
                del out[previous[0] + 1 :]
                out[previous[0]] += " " + line.strip()
                continue
        out.append(line)
    return "\n".join(out)


def _is_prose(line: str) -> bool:
    return len(line) > WRAP_WIDTH // 2 and bool(_SENTENCE_END.search(line.rstrip()))


def blank_lines_removed(text: str, rng: random.Random) -> str:
    return "\n".join(line for line in _paragraphs(text) if line.strip())


def _row(line: str) -> bool:
    """A table's row ("|", tab or wide-gap cells): its layout is another matter."""
    return "|" in line or "\t" in line or "   " in line.strip()


# A line at least this long that ends with no closing sign was broken by its writer's
# wrapping: the next line goes on with the same paragraph.
_WRAPPED_LINE = 60
_PARAGRAPH_CLOSERS = '.!?:;»"”)'


def _wrapped(line: str) -> bool:
    stripped = line.rstrip()
    return len(stripped) >= _WRAPPED_LINE and not stripped.endswith(tuple(_PARAGRAPH_CLOSERS))


def blank_lines_doubled(text: str, rng: random.Random) -> str:
    """A blank line between every two paragraphs (a page's <p> per line), not inside a
    table nor inside a paragraph its writer hard-wrapped (a blank line in the middle of a
    sentence is another layout: tests/test_known_failures.py)."""
    lines = _paragraphs(text)
    out = lines[:1]
    for before, line in zip(lines, lines[1:], strict=False):
        if (
            before.strip()
            and line.strip()
            and not _row(before)
            and not _row(line)
            and not _wrapped(before)
        ):
            out.append("")
        out.append(line)
    return "\n".join(out)


def _bullets(marks: Iterable[str], text: str, rng: random.Random) -> str:
    """Some lines of the body (after its first line of prose, before its last two
    lines: a signature) opened by a list mark; not a table's rows, nor a line that goes
    on with a sentence the line before began."""
    lines = _paragraphs(text)
    marks = list(marks)
    body = next((i for i, line in enumerate(lines) if _is_prose(line)), len(lines))
    filled = [i for i, line in enumerate(lines) if line.strip()]
    signature = filled[-2] if len(filled) > 1 else len(lines)
    out = lines[: body + 1]
    n = 0
    for i, line in enumerate(lines[body + 1 :], body + 1):
        # (a list item opens after a line that ends its sentence, or a blank one: not
        # inside a sentence hard-wrapped over two lines)
        ends = not out[-1].strip() or out[-1].rstrip()[-1] in _CLOSING_MARKS
        if line.strip() and ends and i < signature and not _row(line) and rng.random() < 0.5:
            n += 1
            line = rng.choice(marks).format(n=n) + line.lstrip()
        out.append(line)
    return "\n".join(out)


def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def cr_only(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r")


def _first_line(text: str) -> tuple[int, int]:
    match = re.search(r"(?m)^.*\S.*$", text)
    return match.span() if match else (0, 0)


def headline_caps(text: str, rng: random.Random) -> str:
    """The first line (the headline) in capitals."""
    start, end = _first_line(text)
    return text[:start] + text[start:end].upper() + text[end:]


def headline_title_case(text: str, rng: random.Random) -> str:
    """The first line with Every Word Capitalised."""
    start, end = _first_line(text)
    line = re.sub(r"\w+", lambda m: m.group()[:1].upper() + m.group()[1:], text[start:end])
    return text[:start] + line + text[end:]


def surnames_caps(text: str, rng: random.Random, names: Iterable[str] = ()) -> str:
    """Surnames (the words of a name with a surname suffix) in capitals wherever a
    word starts with one's stem (any case ending)."""
    return names_caps(text, rng, [w for w in names if _surname_shaped(w)])


def _surname_shaped(word: str) -> bool:
    low = word.casefold()
    suffixes = tuple(load("persons")["surname_suffixes"])
    return low.endswith(suffixes) and not low.endswith(("вич", "вна", "чна"))


def names_caps(text: str, rng: random.Random, names: Iterable[str] = ()) -> str:
    """Every word of a name in capitals (an official list's "АСАНОВ БАКЫТ")."""
    for surname in names:
        stem = re.escape(surname[: max(4, len(surname) - 2)])
        text = re.sub(rf"\b{stem}\w*", lambda m: m.group().upper(), text)
    return text


@dataclass(frozen=True)
class Surface:
    """A named transformation; `needs_surnames`: it reads the original's persons."""

    name: str
    apply: Transform
    group: str
    needs_surnames: bool = False


# The transformations by group: (name, function).
_GROUPS: dict[str, list[tuple[str, Transform]]] = {
    "letters": [
        ("latin_lookalikes", latin_lookalikes),
        ("latin_initials", latin_initials),
        ("kyrgyz_as_russian", partial(_replace_chars, KYRGYZ_AS_RUSSIAN)),
        ("kyrgyz_latin_umlaut", partial(_replace_chars, KYRGYZ_LATIN)),
        ("kyrgyz_tail_n", partial(_replace_chars, KYRGYZ_TAIL_N)),
        ("kyrgyz_kazakh_u", partial(_replace_chars, KYRGYZ_KAZAKH)),
        ("kyrgyz_diaeresis", partial(_replace_chars, KYRGYZ_DIAERESIS)),
        ("kyrgyz_barred_o", partial(_replace_chars, KYRGYZ_BARRED_O)),
        ("yo_as_e", partial(_replace_chars, YO_AS_E)),
        ("decomposed", decomposed),
        ("kyrgyz_fita", partial(_replace_chars, {"ө": "\u0473", "Ө": "\u0472"})),
    ],
    "typography": [
        ("quotes_english", partial(_quote_pair, "“", "”")),
        ("quotes_german", partial(_quote_pair, "„", "“")),
        ("quotes_straight", partial(_quote_pair, '"', '"')),
        ("quotes_single", partial(_quote_pair, "'", "'")),
        ("quotes_guillemets", partial(_quote_pair, "«", "»")),
        ("dash_en", partial(_spaced_dash, "–")),
        ("dash_em", partial(_spaced_dash, "—")),
        ("dash_figure", partial(_spaced_dash, "‒")),
        ("dash_minus", partial(_spaced_dash, "−")),
        ("dash_hyphen", partial(_spaced_dash, "-")),
        ("range_dash_spaced", range_dash_spaced),
        ("range_dash_tight", range_dash_tight),
        ("word_hyphen_unicode", word_hyphen_unicode),
        ("word_hyphen_en_dash", word_hyphen_en_dash),
        ("ellipsis_char", ellipsis_char),
        ("html_entities", html_entities),
    ],
    "spaces": [
        ("nbsp_spaces", nbsp_spaces),
        ("double_spaces", double_spaces),
        ("tabs", tabs),
        ("trailing_spaces", trailing_spaces),
        ("zero_width", zero_width),
        ("soft_hyphens", soft_hyphens),
    ],
    "abbreviations": [
        ("initials_glued", initials_glued),
        ("initials_spaced", initials_spaced),
        ("abbreviations_glued", abbreviations_glued),
        ("abbreviations_spaced", abbreviations_spaced),
        ("year_word_spaced", year_word_spaced),
        ("year_word_glued", year_word_glued),
        ("year_word_abbreviated", year_word_abbreviated),
        ("date_suffix_glued", date_suffix_glued),
        ("date_suffix_spaced", date_suffix_spaced),
    ],
    "digits": [
        ("numbers_space", partial(_group_number, " ")),
        ("numbers_nbsp", partial(_group_number, NBSP)),
        ("numbers_thin", partial(_group_number, THIN)),
        ("numbers_dot", partial(_group_number, ".")),
        ("numbers_comma", partial(_group_number, ",")),
        ("numbers_ungrouped", numbers_ungrouped),
        ("numero_glued", numero_glued),
        ("numero_spaced", numero_spaced),
    ],
    "layout": [
        ("hard_wrap", hard_wrap),
        ("hard_wrap_hyphenated", hard_wrap_hyphenated),
        ("prose_run_together", prose_run_together),
        ("blank_lines_removed", blank_lines_removed),
        ("blank_lines_doubled", blank_lines_doubled),
        ("bullets_dot", partial(_bullets, ["• "])),
        ("bullets_dash", partial(_bullets, ["- ", "– "])),
        ("bullets_numbered", partial(_bullets, ["{n}) ", "{n}. "])),
        ("crlf", crlf),
        ("cr_only", cr_only),
    ],
    "case": [
        ("headline_caps", headline_caps),
        ("headline_title_case", headline_title_case),
        ("surnames_caps", surnames_caps),
        ("names_caps", names_caps),
    ],
}
# They read the names of the original's persons.
_NEEDS_SURNAMES = frozenset({"surnames_caps", "names_caps"})
SURFACES: list[Surface] = [
    Surface(name, apply, group, name in _NEEDS_SURNAMES)
    for group, members in _GROUPS.items()
    for name, apply in members
]
BY_NAME = {s.name: s for s in SURFACES}


def transform(surface: Surface, text: str, doc: str, surnames: Iterable[str] = ()) -> str:
    """The document's text through one transformation, seeded by both names."""
    rng = random.Random(f"{surface.name}:{doc}")
    if surface.needs_surnames:
        return surface.apply(text, rng, surnames)  # type: ignore[call-arg]
    return surface.apply(text, rng)


# ---- measuring -------------------------------------------------------------

FIELDS = ("issued", "dates", "periods", "places", "participants", "persons", "phones", "urls")


@dataclass
class Tally:
    """Facts of the original kept, lost and gained by a transformation, per field."""

    documents: int = 0
    kept: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    lost: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    gained: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    examples: list[str] = field(default_factory=list)

    def add(self, doc: str, before: dict[str, set], after: dict[str, set]) -> None:
        self.documents += 1
        for f in FIELDS:
            self.kept[f] += len(before[f] & after[f])
            self.lost[f] += len(before[f] - after[f])
            self.gained[f] += len(after[f] - before[f])
            if before[f] != after[f] and len(self.examples) < 40:
                self.examples.append(
                    f"{doc} {f}: -{sorted(map(str, before[f] - after[f]))} "
                    f"+{sorted(map(str, after[f] - before[f]))}"
                )

    def recall(self, f: str | None = None) -> float:
        fields = [f] if f else FIELDS
        kept = sum(self.kept[x] for x in fields)
        lost = sum(self.lost[x] for x in fields)
        return kept / (kept + lost) if kept + lost else 1.0

    def precision(self, f: str | None = None) -> float:
        fields = [f] if f else FIELDS
        kept = sum(self.kept[x] for x in fields)
        gained = sum(self.gained[x] for x in fields)
        return kept / (kept + gained) if kept + gained else 1.0


def facts(text: str) -> tuple[dict[str, set], list[str]]:
    """The scored keys of a text's record (as `vap eval` keys them), and its surnames."""
    from vap_cli.evaluate.keys import pred_keys
    from vap_cli.pipeline import parse_text

    record = parse_text(text)
    data: dict[str, Any] = record.model_dump(mode="json")
    surnames = [w for p in record.persons for w in p.name.split() if len(w) > 3]
    return pred_keys(data, strict=True), surnames


def measure(docs: Mapping[str, str], surfaces: Iterable[Surface] = SURFACES) -> dict[str, Tally]:
    """Each transformation's tally over the documents (name -> text)."""
    originals = {name: facts(text) for name, text in docs.items()}
    out: dict[str, Tally] = {}
    for surface in surfaces:
        tally = out[surface.name] = Tally()
        for name, text in docs.items():
            before, surnames = originals[name]
            changed = transform(surface, text, name, surnames)
            after = before if changed == text else facts(changed)[0]
            tally.add(name, before, after)
    return out


def _main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("docs")
    parser.add_argument("--split", choices=("tune", "all"), default="all")
    parser.add_argument("--only", action="append")
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args(argv)
    import yaml

    docs = {}
    for gold in sorted(Path(args.gold).glob("*.yaml")):
        stem = gold.stem
        if args.split == "tune" and not re.search(r"[0-6]\D*$", stem):
            continue  # the check part is never read
        doc = (yaml.safe_load(gold.read_text(encoding="utf-8")) or {}).get("doc", stem + ".txt")
        path = Path(args.docs) / doc
        if path.exists():
            docs[stem] = path.read_text(encoding="utf-8")
    surfaces = [BY_NAME[n] for n in args.only] if args.only else SURFACES
    tallies = measure(docs, surfaces)
    print(f"{len(docs)} documents; recall/precision of the original's facts")
    print(f"{'transformation':24} {'all':>11} " + " ".join(f"{f[:6]:>11}" for f in FIELDS))
    for name, t in tallies.items():
        cells = " ".join(f"{t.recall(f):.2f}/{t.precision(f):.2f}" for f in FIELDS)
        print(f"{name:24} {t.recall():.3f}/{t.precision():.3f} {cells}")
        if args.examples:
            for line in t.examples:
                print("    ", line)


if __name__ == "__main__":
    _main(sys.argv[1:])
