"""Line breaks that a page's layout made, not its writer (the normalise stage).

A sentence copied from a PDF, an old site or a page of <br> lines is broken over
two lines ("Ноокат" / "районунан 25 киши"); a line break ends a sentence and a
name, so the facts across it are lost. Such a break becomes a space, one character
for one (spans still index the original text). A break is the layout's when the
line before it goes on in the next one (lexicon/sentences.yaml, `wraps`):

- the next line starts with a small letter, after a line of some length that no
  closing mark ends (a line of a menu or a list is short);
- the line before ends with a comma or leaves a quote or a bracket open, or its last
  word is a preposition or a conjunction (`goes_on_words`), whatever the next line's letter;
- the text is wrapped at a fixed width (its lines no longer than `max_width`, and
  several of them filling most of it with no closing mark at their end), and the
  next line's first word would not have fitted on the line before: the break is
  where the width ran out. Not after the text's first line (a headline), nor before
  an indented line (a new paragraph). Widths are those of the words: a run of spaces
  between two words counts as one (a page copied with doubled spaces, or justified by
  padding, was wrapped where its words ran out);
- `initial_before_surname`: the line ends with a name's initials ("Н.", "Н. А.") after a
  word in small letters (a role: "Торага айылдык кеңештин Н." / "Жолдошбекова"), and the
  next line opens with a capitalised word: an initial is no end of a sentence, and a
  name written initials first goes on to its surname. Only where the break is a wrap:
  on a page wrapped at a width, or in a signature's shape (a wide gap of spaces,
  `signature_gap`, before the initials and the surname alone on the next line). On
  other pages a capital and a dot closing a line may end a sentence ("... команды
  группы А." / "Бакиров забил ..."). Not a list's letter on its own line ("А." /
  "Мектептер"), nor initials after a surname ("Асанов Т. Б." / "Торага ...", a name
  written surname first that the initials end).

A word that a hyphen splits over two lines is one again (the stage's __init__.py drops
the hyphen and the break: SPLIT_WORD, SPLIT_NAME). A line that a closing mark ends
(not the dot of an abbreviation or an initial: abbreviations.py), a list item (a line
opened by a list mark), a row of a table or a menu (a tab or a column mark in it)
and a blank line keep their break.
"""

from __future__ import annotations

from .. import rx
from ..abbreviations import abbreviation_dot, is_initial
from ..lexicon import load, words

_RULE = load("sentences")["wraps"]
_CLOSING: frozenset[str] = frozenset(_RULE["closing_marks"])
_LIST_MARKS: frozenset[str] = frozenset(_RULE["list_marks"])
_GOES_ON: frozenset[str] = frozenset(_RULE["goes_on_marks"])
_GOES_ON_WORDS: frozenset[str] = frozenset(words(_RULE["goes_on_words"]))
_DASHES: frozenset[str] = frozenset(_RULE["dash_marks"])
_COLUMNS: tuple[str, ...] = tuple(_RULE["column_marks"])
MIN_LINE: int = _RULE["min_line"]
MAX_WIDTH: int = _RULE["max_width"]
MIN_WIDTH: int = _RULE["min_width"]
MIN_WRAPPED_LINES: int = _RULE["min_wrapped_lines"]
FULL_SHARE: float = _RULE["full_share"]
DOUBLE_SPACED_SHARE: float = _RULE["double_spaced_share"]
SIGNATURE_GAP: int = _RULE["signature_gap"]
_QUOTE = '"'
# A word split at the end of a line of some length by a hyphen ("жергилик-" / "түү"):
# the hyphen and the break go (__init__.py drops them). Before a capital ("Ысык-" /
# "Көл") the hyphen is the name's own: only the break goes. Read on the original text.
# (A look-behind of fixed length: linear on a long line of hyphens.)
_LONG_LINE_BEFORE = rf"(?<=[^\n]{{{MIN_LINE - 2}}}\p{{L}}"
SPLIT_WORD = rx.compile(rf"{_LONG_LINE_BEFORE})-\r?\n(?=\p{{Ll}})")
SPLIT_NAME = rx.compile(rf"{_LONG_LINE_BEFORE}-)\r?\n(?=\p{{Lu}})")
_OPEN, _CLOSE = "(", ")"
# A capitalised word ("Жолдошбекова").
_CAPITALISED = rx.compile(r"\p{Lu}\p{Ll}")
# The page's own line ends, whichever it wrote ("\r\n", an old Mac's lone "\r", "\n"): the
# width it was wrapped at is read on its lines as it laid them out.
_LAID_LINE_END = rx.compile(r"\r\n?|\n")
# Spaces between two words beyond the first: no part of the width the text was wrapped at
# (and, to persons/words.py, a gap that may part a table's columns).
SPACE_RUN = rx.compile(r"(?<=\S) {2,}(?=\S)")


def unwrap(text: str, laid_out: str | None = None) -> str:
    """The text with the layout's line breaks made spaces (same length). `laid_out`:
    the text as the page laid it out, when `text` has its split words joined (the
    width it was wrapped at is read there)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    if _double_spaced(lines):
        lines = _single_spaced(lines)
    laid_lines = lines if laid_out is None else _LAID_LINE_END.split(laid_out)
    if laid_out is not None and _double_spaced(laid_lines):
        laid_lines = _single_spaced(laid_lines)
    width = _fixed_width(laid_lines)
    out = [lines[0]]
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    for i, (before, line) in enumerate(zip(lines, lines[1:], strict=False)):
        if _goes_on(before, line, width if i > first else None):
            # the spaces and tabs around the break are the layout's too: one space each,
            # as if the line had been written without the break ("Нарын, \t" / "Талас")
            out[-1] = out[-1].rstrip().ljust(len(out[-1]))
            out.append(" ")
            line = line.lstrip().rjust(len(line))
        else:
            out.append("\n")
        out.append(line)
    return "".join(out)


def _double_spaced(lines: list[str]) -> bool:
    """A text copied with double spacing: most gaps between its lines are one blank
    line (DOUBLE_SPACED_SHARE), one of them inside a sentence (lexicon: `wraps`)."""
    gaps = one_blank = 0
    inside = False
    last = -1  # index of the last line with text
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if last >= 0:
            gaps += 1
            if i - last == 2:
                one_blank += 1
                inside = inside or _small_letter_after(lines[last], line)
        last = i
    return inside and one_blank >= DOUBLE_SPACED_SHARE * gaps


def _single_spaced(lines: list[str]) -> list[str]:
    """The lines with each lone blank line between two lines of text joined to the line
    before it as spaces (same length: its break becomes a space), so that the text
    reads as if it had been copied single-spaced."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        lone_blank = (
            k + 2 < len(lines)
            and bool(line.strip())
            and not lines[k + 1].strip()
            and bool(lines[k + 2].strip())
        )
        if lone_blank:
            out.append(line + " " + lines[k + 1].replace("\t", " "))
            k += 2
            continue
        out.append(line)
        k += 1
    return out


def _small_letter_after(before: str, line: str) -> bool:
    """A line no closing mark ends, then one that starts with a small letter."""
    head, tail = before.rstrip(), line.lstrip()
    return _open_end(head) and tail[:1].islower() and not _columns(before)


def _fixed_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None: its longest line, when that is
    between MIN_WIDTH and MAX_WIDTH and at least MIN_WRAPPED_LINES lines (no rows of a
    table or menu) fill most of it (FULL_SHARE) with no closing mark at their end
    and a line after them."""
    width = max(_words_width(line.rstrip()) for line in lines)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    full = sum(
        _words_width(a.rstrip()) >= FULL_SHARE * width
        and _open_end(a.rstrip())
        and bool(b.strip())
        and not _columns(a)
        for a, b in zip(lines, lines[1:], strict=False)
    )
    return width if full >= MIN_WRAPPED_LINES else None


def _goes_on(before: str, line: str, width: int | None) -> bool:
    """Whether the break between `before` and `line` is the layout's (see the module)."""
    head, tail = before.rstrip(), line.lstrip()
    if not _open_end(head) or not tail or _columns(before) or _columns(line):
        return False
    if tail[0] in _LIST_MARKS or tail[:2].rstrip() == _QUOTE != tail[:2]:
        # (a closing guillemet, a quote once normalised, set off by a space opens a
        # link's item as a bullet does: " » Кара-Балтада ... (28.04.2025)"; round 33)
        # A list item, or a sentence's dash the width moved to the next line: only
        # after a full line that is no list item itself ("... Джети-Огузского" / "– 30").
        # After a preposition or a conjunction the item is what the sentence goes on to
        # ("... а также из" / "- Чым-Коргона, ..."): that line ends no sentence.
        return _opens_what_follows(head) or (
            tail[0] in _DASHES
            and head.lstrip()[:1] not in _LIST_MARKS
            and _full(head, tail, line, width)
        )
    if _small_letter_follows(before, line) or head[-1] in _GOES_ON or _left_open(head):
        return True
    if _opens_what_follows(head) or _initial_before_surname(head, tail, width):
        return True
    return _full(head, tail, line, width)


def _opens_what_follows(head: str) -> bool:
    """The line's last word is a preposition or a conjunction (lexicon `goes_on_words`),
    in small letters as running text writes it (a capital is a letter of a spaced-out
    word, "Т О К Т О М У", or a heading's): the sentence goes on past the break."""
    last = head.rsplit(maxsplit=1)[-1]
    return last.isalpha() and last.islower() and last in _GOES_ON_WORDS


def _initial_before_surname(head: str, tail: str, width: int | None) -> bool:
    """`initial_before_surname` (see the module): the line's last words are initials
    (abbreviations.py `is_initial`) after a word in small letters, the next line's first
    word is capitalised; on a page wrapped at `width`, or in a signature's shape."""
    if not head.endswith("."):
        return False
    words = head.split()
    before = head
    k = len(words)
    while k and is_initial(words[k - 1]):
        before = before[: before.rfind(words[k - 1])]
        k -= 1
    tail_words = tail.split()
    initials_then_name = (
        0 < k < len(words)
        and words[k - 1][:1].islower()
        and _CAPITALISED.match(tail_words[0]) is not None
    )
    return initials_then_name and (width is not None or _signature(before, tail_words))


def _signature(before: str, tail_words: list[str]) -> bool:
    """A signature's shape: a wide gap of spaces (`signature_gap`) before the initials,
    the surname alone on the next line."""
    gap = len(before) - len(before.rstrip(" "))
    return gap >= SIGNATURE_GAP and len(tail_words) == 1


def _full(head: str, tail: str, line: str, width: int | None) -> bool:
    """The next line's first word would not have fitted on the line before, in a text
    wrapped at `width`; an indented line opens a paragraph."""
    first_word = tail.split(maxsplit=1)[0]
    indented = tail != line
    return width is not None and not indented and _words_width(head) + 1 + len(first_word) > width


def _words_width(line: str) -> int:
    """The line's length with each run of spaces between two words counted as one."""
    if "  " not in line:
        return len(line)
    return len(SPACE_RUN.sub(" ", line))


def _open_end(head: str) -> bool:
    """A line no closing mark ends (an abbreviation's or an initial's dot is none)."""
    return bool(head) and (head[-1] not in _CLOSING or abbreviation_dot(head, len(head) - 1))


def _columns(line: str) -> bool:
    """A row of a table or a menu: a column mark between its cells. A tab at the
    line's end or start parts no cells (trailing space, or an indent), as `vap clean`
    reads it when it drops that space."""
    cells = line.strip()
    return any(mark in cells for mark in _COLUMNS)


def _small_letter_follows(before: str, line: str) -> bool:
    """`_small_letter_after`, after a line of some length, before no row of columns."""
    return (
        len(before.rstrip()) >= MIN_LINE
        and _small_letter_after(before, line)
        and not _columns(line)
    )


def _left_open(line: str) -> bool:
    """A quote or a bracket opened on the line and not closed there."""
    return line.count(_QUOTE) % 2 == 1 or line.count(_OPEN) > line.count(_CLOSE)
