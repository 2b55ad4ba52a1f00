"""Written forms of a name the plain lookup misses: a compound with a spaced dash
(Баш — Кайыңды), a settlement numbered after a hyphen (Ак-Буура-1) or opening with a number
(15 Жаш), a name of several words with a later word in lower case before its
type word (Биринчи май району), a Russian case form (в городе Оше), a quoted name
before its type word ("Көк-Жар" айыл аймагы); and whether a type word that types only
known units ("аймагы") may type a name."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from ... import gazetteer as gz
from ... import rx
from .constants import RU_NOUN_STEM_MIN
from .index import PlaceIndex
from .mention import Mention, Token
from .tokens import gap_between, kyrgyz_type_at
from .vocabulary import (
    COUNT_ASIDE_GAP,
    NAME_DASH,
    REGION_LEVELS,
    RU_NOUN_READINGS,
    RU_NOUN_STEM_FINALS,
    SPACES,
    TypeWord,
    fold,
)


def dashed_name(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """A compound name written with a spaced dash ("Баш — Кайыңды" for Баш-Кайыңды,
    "Ат -Башы"), any ending on its last part."""
    if i + 1 >= len(tokens) or not tokens[i + 1].capital:
        return None
    if gap_between(text, tokens[i], tokens[i + 1]) not in NAME_DASH:
        return None
    second = tokens[i + 1]
    found = idx.reading(tokens[i].text + "-", second.text)
    if found is None:
        return None
    stem, ending, written, units = found
    return Mention(
        start=tokens[i].start,
        end=second.start + written,
        first=i,
        last=i + 1,
        name=tokens[i].text + "-" + stem,
        ending=ending,
        units=units,
        sentence=tokens[i].sentence,
    )


# A settlement's number after a hyphen, glued to its name ("Ак-Буура-1", "Жашасын-2"):
# the segment stage's words have no digits, so it is read off the text.
NUMBER_AFTER_NAME = rx.compile(r"-[0-9]{1,3}(?![0-9\w])")


def numbered_name(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """A name with its number after a hyphen ("Ак-Буура-1 айылы"), as the gazetteer
    writes it: a name it lacks with a number is no name."""
    tok = tokens[i]
    if text[tok.end : tok.end + 1] != "-":
        return None  # most words: one test (the number's hyphen)
    number = NUMBER_AFTER_NAME.match(text, tok.end)
    if number is None:
        return None
    name = tok.text + number.group(0)
    units = idx.lookup(name)
    if not units:
        return None
    return Mention(
        start=tok.start,
        end=number.end(),
        first=i,
        last=i,
        name=name,
        ending="",
        units=units,
        sentence=tok.sentence,
    )


# A bracket between a name and its type word, holding its parent unit ("Казыбек (Ат-Башы
# району) айылында"): opened after spaces, of a few words, closed before spaces.
BRACKET_OPEN = rx.written_out((" ", 1, 3), ("(", 1, 1))  # [ ]{1,3}\(
BRACKET_CLOSE = rx.written_out((")", 1, 1), (" ", 1, 3))  # \)[ ]{1,3}
BRACKET_MAX_WORDS = 4


def type_after_bracket(
    tokens: list[Token], nxt: int, text: str, gap: str
) -> tuple[TypeWord, int, bool, str | None, int] | None:
    """The Kyrgyz type word after a bracket that parts it from the name before token
    `nxt` (`gap`, the text between them), one holding a capitalised name and its own
    words (a parent unit and its type word, BRACKETED_PARENT): the type word as
    kyrgyz_type_at gives it, and the token after the bracket; else None."""
    if gap not in BRACKET_OPEN or nxt >= len(tokens) or not tokens[nxt].capital:
        return None
    last = min(nxt + BRACKET_MAX_WORDS, len(tokens) - 1)
    for j in range(nxt, last):
        inner = gap_between(text, tokens[j], tokens[j + 1])
        if tokens[j + 1].sentence != tokens[nxt].sentence:
            return None
        if inner in BRACKET_CLOSE:
            found = kyrgyz_type_at(tokens, j + 1, text)
            if found is None or found[0].known_only:
                return None
            return (*found, j + 1)
        if inner not in SPACES and inner not in NAME_DASH:
            return None
    return None


# A number and one space opening a name ("15 Жаш" айылы, the gazetteer's village):
# the segment stage's words have no digits, so it is read off the text before the name.
NUMBER_BEFORE_NAME = rx.compile(r"(?<![0-9\w.,:/-])[0-9]{1,3} $")
NUMBER_LOOKBACK = 5  # the characters NUMBER_BEFORE_NAME may span


def number_opened_name(m: Mention, text: str, idx: PlaceIndex) -> bool:
    """Does a number before mention m open with m's name one the gazetteer has ("15 Жаш
    айылында": the village 15 Жаш, not a word Жаш)? Then m is that name's (the
    number in its span)."""
    if text[m.start - 1 : m.start] != " " or not text[m.start - 2 : m.start - 1].isdigit():
        return False
    found = NUMBER_BEFORE_NAME.search(text, max(0, m.start - NUMBER_LOOKBACK), m.start)
    if found is None:
        return False
    name = found.group(0) + m.name
    units = idx.lookup(name)
    if not units:
        return False
    m.start, m.name, m.units = found.start(), name, units
    return True


def russian_noun_at(
    tokens: list[Token], i: int, idx: PlaceIndex, levels: Collection[str], replaced: bool = False
) -> Mention | None:
    """A name in a Russian case ("в Бишкеке", "в городе Оше", "селе Покровке", "в
    Кызыл-Кие"): the stem the gazetteer has at one of these levels. `replaced`: only a
    nominative whose last letters the ending replaced (Петровк-и, Степн-ого), not one it
    was added to (Орозбеков-а may be the name as written)."""
    tok = tokens[i]
    low = tok.low
    for ending, finals in RU_NOUN_READINGS:
        if not low.endswith(ending) or len(low) - len(ending) < RU_NOUN_STEM_MIN:
            continue
        base = tok.text[: -len(ending)]
        found: dict[str, list[gz.Unit]] = {}
        for stem in (base + final for final in finals if final or not replaced):
            units = [u for u in idx.lookup(stem) if u.level in levels]
            if units:
                found[stem] = units
                if finals is RU_NOUN_STEM_FINALS:
                    break  # a noun's first reading, as written or with its final letter
        if found:
            # several nominatives of one case form ("Мирного": Мирное, Мирный): all their
            # units, the one picked names it (assemble.py)
            stem = next(iter(found))
            units = [u for units in found.values() for u in units]
            m = Mention.of_token(tok, i, stem, low[len(base) :], units)
            m.readings = tuple(found) if len(found) > 1 else ()
            return m
    return None


def region_type(m: Mention, tw: TypeWord) -> TypeWord | None:
    """What a type word of known units only ("аймагы": area, region) makes of this name:
    the largest unit of region_levels the gazetteer has by it, or None."""
    levels = {u.level for u in m.units}
    for level in REGION_LEVELS:
        if level in levels:
            return TypeWord(level, (level,), known_only=True)
    return None


def type_gap(text: str, start: int, gap: str) -> bool:
    """May a type word follow a name across this gap: spaces, a bracketed count ("Ак-Жар
    (48) айыл аймактарынан"), or the closing quote of a name that opens with a quote."""
    if gap in SPACES or COUNT_ASIDE_GAP.fullmatch(gap, None, None, rx.NOT_CONCURRENT):
        return True
    return text[start - 1 : start] == '"' and gap in QUOTE_GAP


QUOTE_GAP = rx.written_out(('"', 1, 1), (" ", 1, 3))  # "[ ]{1,3}
# A line wrapped between a name and its type word ("Жети-Өгүз" / "районунун").
WRAP_GAP = rx.written_out((" ", 0, 5), ("\n", 1, 1), (" ", 0, 5))  # [ ]{0,5}\n[ ]{0,5}


def wrapped_type_gap(gap: str, following: Token) -> bool:
    """A known name ending its line, its type word in lower case opening the next."""
    return gap in WRAP_GAP and not following.capital


def _lower_tails(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex
) -> Iterator[tuple[int, list[gz.Unit]]]:
    """Gazetteer names of several words from token i with a later word in lower case
    (3 words, then 2): the last token and the name's units."""
    if fold(tokens[i].text) not in idx.first_words:
        return
    for n in (3, 2):
        last = i + n - 1
        if last >= len(tokens) or any(
            gap_between(text, a, b) not in SPACES
            for a, b in zip(tokens[i : last + 1], tokens[i + 1 : last + 1], strict=False)
        ):
            continue
        units = idx.lookup(text[tokens[i].start : tokens[last].end])
        if units:
            yield last, units


def _span_mention(
    tokens: list[Token], i: int, last: int, text: str, units: list[gz.Unit]
) -> Mention:
    return Mention(
        start=tokens[i].start,
        end=tokens[last].end,
        first=i,
        last=last,
        name=text[tokens[i].start : tokens[last].end],
        ending="",
        units=units,
        sentence=tokens[i].sentence,
    )


def lower_tail_with_type(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """A gazetteer name of several words with a later word in lower case, before a
    type word of its level ("Биринчи май районунда" for Биринчи Май)."""
    for last, units in _lower_tails(tokens, i, text, idx):
        if (
            last + 1 >= len(tokens)
            or gap_between(text, tokens[last], tokens[last + 1]) not in SPACES
        ):
            continue
        found = kyrgyz_type_at(tokens, last + 1, text)
        if found is None:
            continue
        tw, end, plural, case = found
        typed = [u for u in units if u.level in tw.units]
        if typed:
            m = _span_mention(tokens, i, last, text, typed)
            m.end = tokens[end - 1].end
            m.type_word, m.type_end, m.plural_type, m.case = tw, end, plural, case
            return m
    return None


def lower_tail_after_type(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex, levels: Collection[str]
) -> Mention | None:
    """The same after a Russian type word of these levels ("в селе Кызыл туу")."""
    for last, units in _lower_tails(tokens, i, text, idx):
        typed = [u for u in units if u.level in levels]
        if typed:
            return _span_mention(tokens, i, last, text, typed)
    return None
