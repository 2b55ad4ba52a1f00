"""Places of Kyrgyzstan in running Kyrgyz and Russian text (fills ctx.places).

1. Words are read as stem + ending (morph.py) and the stems looked up in an index
   of folded gazetteer names built once: a dict, so the cost per document does not
   depend on the gazetteer's size.
2. A type word after the name (Нарын облусунан, Жазы АА, айыл аймагынын), a Russian
   one around it (Нарынская область, г. Кемин) decides the level; a plural type word
   gives its level to the whole list before it (Ош жана Нарын облустарынын).
3. Without a type word the context decides: members of one list, cells of one table
   and same-case names of one sentence share a level; an ambiguous name prefers the
   unit inside a district or oblast named in the same sentence, then the document.
4. Names the gazetteer lacks are kept when a type word says what they are (level
   from the type word, id null, a warning).
Language data: lexicon/places.yaml.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import regex
from rapidfuzz import fuzz, process

from .. import gazetteer as gz
from .. import morph
from ..context import Context
from ..lexicon import load
from ..models import Place
from ..segment_tables import Table

_LEX = load("places")
LEVEL_RANK: dict[str, int] = {lv: i for i, lv in enumerate(_LEX["level_rank"])}
BARE_LEVELS: tuple[str, ...] = tuple(_LEX["bare_levels"])
OUTPUT_LEVEL: dict[str, str] = _LEX["output_levels"]
FUZZY_MIN = float(_LEX["fuzzy_min_ratio"])
UNKNOWN_SCORE = float(_LEX["unknown_score"])
FUZZY_MIN_LEN = int(_LEX["fuzzy_min_length"])


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return gz.fold_key(text)


NEEDS_TYPE: frozenset[str] = frozenset(_fold(w) for w in _LEX["needs_type_word"])
COUNTRIES: frozenset[str] = frozenset(_fold(w) for w in _LEX["countries"])
COMMON_WORDS: frozenset[str] = frozenset(_fold(w) for w in _LEX["common_words"])
PERSON_ENDINGS: tuple[str, ...] = tuple(sorted(_LEX["person_name_endings"], key=len, reverse=True))
JOINERS: frozenset[str] = frozenset(_LEX["list_joiners"])
RU_NAME_SUFFIXES: tuple[str, ...] = tuple(_LEX["russian_name_suffixes"])
_NAMED_AFTER: frozenset[str] = frozenset(_LEX["named_after"])
BARE_RANK: dict[str, int] = {lv: i for i, lv in enumerate(_LEX["bare_rank"])}
DATELINE_LEVELS: dict[str, int] = {lv: i for i, lv in enumerate(_LEX["dateline_levels"])}
NOT_PLACE_BEFORE: frozenset[str] = frozenset(w.casefold() for w in _LEX["not_place_before"])
NOT_PLACE_AFTER: frozenset[str] = frozenset(w.casefold() for w in _LEX["not_place_after"])
# Long stems also match as prefixes (проспектисиндеги); short ones only whole.
_NOT_PLACE_PREFIXES: tuple[str, ...] = tuple(w for w in NOT_PLACE_BEFORE if len(w) >= 5)
GENDER: dict[str, str] = {
    ending: gender
    for gender, endings in _LEX["russian_adjective_gender"].items()
    for ending in endings
}
CELL_ADJECTIVE: dict[str, str] = _LEX["russian_cell_adjective"]
COLUMN_HEADERS: dict[str, str] = {
    word.casefold(): level for level, words in _LEX["column_headers"].items() for word in words
}
RU_NOUN_ENDINGS: tuple[str, ...] = tuple(_LEX["russian_noun_endings"])
RU_NOUN_LEVELS: frozenset[str] = frozenset(_LEX["russian_noun_levels"])
RU_ADJ_ENDINGS: tuple[str, ...] = tuple(
    sorted(_LEX["russian_adjective_endings"], key=len, reverse=True)
)


# Levels a name the gazetteer lacks may have (every oblast and district is known).
_SMALL_LEVELS = ("ayil_aimak", "village", "town")


@dataclass(frozen=True)
class TypeWord:
    level: str
    units: tuple[str, ...]


_KY_AFTER: list[tuple[tuple[str, ...], TypeWord, bool]] = [
    (tuple(e["words"]), TypeWord(e["level"], tuple(e["units"])), bool(e.get("possessed")))
    for e in _LEX["kyrgyz_after"]
]
_ABBR_AFTER: dict[str, str] = _LEX["abbreviations_after"]


def _type_forms() -> dict[str, list[tuple[tuple[str, ...], TypeWord, bool, str | None]]]:
    """Every inflected form of each type word's last word (generated once by morph):
    form -> [(words, type, plural, case)]."""
    table: dict[str, list[tuple[tuple[str, ...], TypeWord, bool, str | None]]] = {}
    for words, tw, possessed in _KY_AFTER:
        stem = words[-1]
        for ending in morph.suffixes_for(stem):
            names = morph.suffix_names(stem, ending) or ()
            if possessed and "possessive" not in names:
                continue
            form = morph.surface(stem, ending)
            entry = (words, tw, "plural" in names, morph.case_of(stem, ending))
            table.setdefault(form, []).append(entry)
    return table


_TYPE_FORMS = _type_forms()
_TYPE_MAX_WORDS = max(len(words) for words, _, _ in _KY_AFTER)
_RU_BEFORE_PHRASES: list[tuple[tuple[str, ...], TypeWord]] = [
    (tuple(e["words"]), TypeWord(e["level"], tuple(e["units"])))
    for e in _LEX["russian_before_phrases"]
]
_RU_BEFORE: dict[str, TypeWord] = {
    k.casefold(): TypeWord(v["level"], tuple(v["units"])) for k, v in _LEX["russian_before"].items()
}
_LEVEL_UNITS: dict[str, tuple[str, ...]] = {tw.level: tw.units for _, tw, _ in _KY_AFTER} | {
    "oblast": ("oblast",),
    "district": ("district",),
    "ayil_aimak": ("ayil_aimak",),
}

# A word: letters with inner hyphens or a slash ("Ысык-Көл", "а/а", "р-н"), bounded.
WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]{0,60}(?:[-/]\p{L}[\p{L}\p{M}'’]{0,60}){0,4}")
_LAST_WORD = regex.compile(r"\p{L}{1,6}$")
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")
_SPACES = regex.compile(r"[ ]{0,5}")
_DOT_GAP = regex.compile(r"\.[ ]{0,3}")
_WORD_GAP = regex.compile(r"[ ]{1,3}")
_COMMA_GAP = regex.compile(r"[ ]{0,3}[,;][ ]{0,3}")
_JOINER_GAP = regex.compile(r"[ ,]{1,5}\p{L}{1,6}[ ]{1,3}")
_BEFORE_JOINER = regex.compile(r",?[ ]{1,3}")
_DATELINE_BEFORE = regex.compile(
    r"[ \t]{0,20}(?:(?:"
    + "|".join(regex.escape(c) for c in _LEX["dateline_countries"])
    + r")[ ]{0,3},[ ]{0,3})?"
)
_DATELINE_AFTER = regex.compile(r"[ ]{0,5}(?:$|,[ ]{0,3}\d)")
_CELL_LEFT = regex.compile(r"[\t\n|][ ]{0,5}$")
_CELL_RIGHT = regex.compile(r"[ ]{0,5}(?:[\t\n|]|$)")
_CHROME = regex.compile("|".join(regex.escape(w) for w in _LEX["chrome_words"]), regex.IGNORECASE)
_WEEKDAY = regex.compile(
    r"(?<!\p{L})(?:" + "|".join(_LEX["weekdays"]) + r")(?!\p{L})", regex.IGNORECASE
)
_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
# A weekday set off by a comma ("Бишкек, 14 июля 2021, среда"), not "үч жума бою".
_DAYS = "|".join(_LEX["weekdays"])
_BANNER_WEEKDAY = regex.compile(
    r"(?:,[ ]{0,3}(?:" + _DAYS + r")(?!\p{L})|(?<!\p{L})(?:" + _DAYS + r")[ ]{0,3},)",
    regex.IGNORECASE,
)
BANNER_MAX_LENGTH = int(_LEX["banner_max_length"])
_TEMPERATURE = regex.compile(r"(?<!\d)\d{1,2}[ ]?" + regex.escape(_LEX["weather_sign"]))
_MENU_SEPARATOR = regex.compile(
    r"[ ]{1,3}(?:" + "|".join(regex.escape(s) for s in _LEX["menu_separators"]) + r")[ ]{1,3}"
)
_DIGIT = regex.compile(r"\d")
_CRUMB_SEPARATOR = regex.compile(
    r"[ ]{1,3}(?:" + "|".join(regex.escape(s) for s in _LEX["breadcrumb_separators"]) + r")[ ]{1,3}"
)
CRUMB_SECTIONS: frozenset[str] = frozenset(w.casefold() for w in _LEX["breadcrumb_sections"])
RELATED_HEADINGS: frozenset[str] = frozenset(w.casefold() for w in _LEX["related_headings"])
HEADLINE_MAX_LENGTH = int(_LEX["headline_max_length"])
MENU_MIN_ITEMS = int(_LEX["menu_min_items"])
MENU_MAX_WORDS = int(_LEX["menu_max_words"])


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int
    capital: bool


@dataclass
class Mention:
    start: int  # normalised span of the name (and its type word)
    end: int
    first: int  # token indexes of the name
    last: int
    name: str  # the name as written, nominative (the stem)
    ending: str
    units: list[gz.Unit]
    type_word: TypeWord | None = None
    type_end: int | None = None  # token index after the type word
    plural_type: bool = False
    level: str | None = None  # decided level
    unit: gz.Unit | None = None
    score: float = 1.0
    group: int | None = None  # list group
    cell: bool = False
    fuzzy: float | None = None
    sentence: int = 0
    case: str | None = None  # grammatical case of the type word (or of the bare name)
    person: bool = False  # not the unit: a person's name, a street, a team ("Талас Асанов")
    column: int = -1  # table column of a cell
    opens_sentence: bool = False
    type_before: bool = False  # Russian type word before the name ("в городах X, Y и Z")
    dateline: bool = False  # opens the dateline ("Кыргызстан, Бишкек")
    # A Russian case form of a bare name ("из Нарына"): Russian names an oblast by its
    # adjective (Нарынская область), so the noun is the city.
    russian_noun: bool = False
    header: bool = False  # its level comes from its table column's header

    @classmethod
    def of_token(
        cls, tok: Token, i: int, name: str, ending: str, units: list[gz.Unit], **rest: Any
    ) -> Mention:
        """A mention that is one token (tokens[i]): a name with its ending glued on."""
        return cls(
            start=tok.start,
            end=tok.end,
            first=i,
            last=i,
            name=name,
            ending=ending,
            units=units,
            sentence=tok.sentence,
            **rest,
        )


# ---------------------------------------------------------------- index (built once)


def _ru_adj_key(text: str) -> str:
    """One key for a Russian noun and its adjective (Ат-Башы ~ Ат-Башинский)."""
    key = _fold(text)
    key = key.rstrip("й")
    key = key.rstrip("аеиоуыэюя")
    if len(key) > 4 and key.endswith(("ин", "ын")):
        key = key[:-2]
    return key.rstrip("аеиоуыэюя")


def _ru_adj_keys(name: str) -> set[str]:
    """Keys of the adjectives a Russian name makes: Ивановка -> Ивановский,
    Ананьево -> Ананьевский, Беловодское -> Беловодский."""
    keys = {_ru_adj_key(name)}
    low = name.casefold()
    for suffix in RU_NAME_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            keys.add(_ru_adj_key(name[: -len(suffix)]))
    for ending in RU_ADJ_ENDINGS:
        if low.endswith(ending):
            keys.add(_ru_adj_key(name[: -len(ending)]))
    return keys


@dataclass
class _Index:
    gazetteer: gz.Gazetteer
    keys: frozenset[str]
    ru_adjectives: dict[str, list[gz.Unit]]
    initials: dict[str, list[gz.Unit]]  # "тзулпуев" -> Токтомат Зулпуев
    first_words: frozenset[str]  # first words of names written in several words
    buckets: dict[tuple[str, str], dict[str, list[gz.Unit]]]
    starts: frozenset[str]  # first three folded letters of every key (whole short keys)

    def may_start(self, word: str) -> bool:
        """Can a name of the index (or its Russian adjective) start with this word?
        A cheap test that spares most words the morphology."""
        key = _fold(word)
        return key[:3] in self.starts or key[:2] in self.starts or key[:1] in self.starts

    def lookup(self, text: str) -> list[gz.Unit]:
        key = _fold(text)
        if key not in self.keys:
            return []
        return self.gazetteer.lookup(text)


_INDEX: list[_Index] = []  # the index of the current gazetteer (one entry)


def _index() -> _Index:
    """The index of gz.default(), rebuilt when that changes (`--gazetteer FILE`)."""
    gazetteer = gz.default()
    if _INDEX and _INDEX[0].gazetteer is gazetteer:
        return _INDEX[0]
    _fuzzy_cached.cache_clear()
    _INDEX[:] = [_build_index(gazetteer)]
    return _INDEX[0]


def _build_index(gazetteer: gz.Gazetteer) -> _Index:
    ru: dict[str, list[gz.Unit]] = {}
    buckets: dict[tuple[str, str], dict[str, list[gz.Unit]]] = {}
    initials: dict[str, list[gz.Unit]] = {}
    first_words: set[str] = set()
    for unit in gazetteer.units():
        words = unit.name.split()
        if len(words) > 1:
            initials.setdefault(_fold(words[0][0] + "".join(words[1:])), []).append(unit)
        names = {unit.name, *(unit.aliases or ())}
        if unit.name_ru:
            names.add(unit.name_ru)
        for name in names:
            if " " in name.strip():
                first_words.add(_fold(name.split()[0]))
            for key in _ru_adj_keys(name):
                if key and unit not in ru.setdefault(key, []):
                    ru[key].append(unit)
            folded = _fold(name)
            bucket = buckets.setdefault((unit.level, folded[:2]), {})
            bucket.setdefault(folded, []).append(unit)
        # The official Russian name gives the adjective itself ("Московский район").
        adjective = _official_adjective(getattr(unit, "name_ru_full", None))
        if adjective and unit not in ru.setdefault(_ru_adj_key(adjective), []):
            ru[_ru_adj_key(adjective)].append(unit)
    keys = gazetteer.keys()
    starts = frozenset(k[:3] for k in (*keys, *ru, *initials) if k)
    return _Index(gazetteer, keys, ru, initials, frozenset(first_words), buckets, starts)


def _official_adjective(full: str | None) -> str | None:
    """ "Московский район" -> "Москов"; None when the name does not open with an adjective."""
    if not full:
        return None
    first = full.split()[0]
    low = first.casefold()
    for ending in RU_ADJ_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return first[: -len(ending)]
    return None


def reset_index() -> None:
    """Forget the index (it is also rebuilt whenever gazetteer.default() changes)."""
    _INDEX.clear()
    _fuzzy_cached.cache_clear()


# ---------------------------------------------------------------- tokens and type words


def _tokens(text: str) -> list[Token]:
    # Sentence ends: one pass over the text; a word's sentence is the count of ends before it.
    ends = [
        m.start() for m in _SENTENCE_END.finditer(text) if not _after_abbreviation(text, m.start())
    ]
    tokens: list[Token] = []
    sentence = 0  # ends before the word: the words come in order, so count on
    for m in WORD.finditer(text):
        start, word = m.start(), m.group()
        while sentence < len(ends) and ends[sentence] < start:
            sentence += 1
        tokens.append(Token(start, m.end(), word, sentence, word[0].isupper()))
    return tokens


def _after_abbreviation(text: str, pos: int) -> bool:
    """A dot after an initial (Т.) or an abbreviation (г., с.) does not end a sentence."""
    if text[pos] != ".":
        return False
    word = _LAST_WORD.search(text[max(0, pos - 6) : pos])
    if word is None:
        return False
    return len(word.group()) == 1 or (word.group().casefold() + ".") in _RU_BEFORE


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _kyrgyz_type_at(
    tokens: list[Token], i: int, text: str
) -> tuple[TypeWord, int, bool, str | None] | None:
    """A type word starting at token i: (type, index after it, plural, its case)."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    abbr = _ABBR_AFTER.get(tok.text) or _ABBR_AFTER.get(tok.text + text[tok.end : tok.end + 1])
    if abbr:
        return TypeWord(abbr, _LEVEL_UNITS.get(abbr, (abbr,))), i + 1, False, None
    inflected = _inflected_abbreviation(tok.text)
    if inflected is not None:
        abbr, plural, case = inflected
        return TypeWord(abbr, _LEVEL_UNITS.get(abbr, (abbr,))), i + 1, plural, case
    # Longest type words first: "айыл аймагы" before "айылы".
    for n in range(_TYPE_MAX_WORDS, 0, -1):
        last = i + n - 1
        if last >= len(tokens):
            continue
        for words, tw, plural, case in _TYPE_FORMS.get(tokens[last].text.casefold(), ()):
            if len(words) != n:
                continue
            if all(
                tokens[i + k].text.casefold() == words[k]
                and _SPACES.fullmatch(_gap(text, tokens[i + k], tokens[i + k + 1]))
                for k in range(n - 1)
            ):
                return tw, i + n, plural, case
    return None


def _inflected_abbreviation(word: str) -> tuple[str, bool, str | None] | None:
    """An abbreviation with a Kyrgyz ending glued on ("Сокулук АӨнүн", "Жазы ААсында",
    "АӨлөрдүн"): (its level, plural, the case of the ending). The ending is lower case,
    the letters not."""
    if len(word) < 3 or not word[:2].isupper():
        return None
    for reading in morph.candidate_stems(word):
        level = _ABBR_AFTER.get(reading.stem)
        if not level or not reading.ending or not reading.ending.islower():
            continue
        names = morph.suffix_names(reading.stem, reading.ending)
        if names:
            return level, "plural" in names, morph.case_of(reading.stem, reading.ending)
    return None


_RU_AFTER_STARTS = frozenset(p[:3] for e in _LEX["russian_after"] for p in e["prefixes"])


def _russian_after(tokens: list[Token], i: int) -> tuple[TypeWord, int] | None:
    if i >= len(tokens) or tokens[i].text[:3].casefold() not in _RU_AFTER_STARTS:
        return None
    for entry in _LEX["russian_after"]:
        word = tokens[i].text.casefold()
        if not word.startswith(tuple(entry["prefixes"])):
            continue
        then = entry.get("then")
        if then:
            if i + 1 >= len(tokens) or not tokens[i + 1].text.casefold().startswith(tuple(then)):
                continue
            return TypeWord(entry["level"], tuple(entry["units"])), i + 2
        return TypeWord(entry["level"], tuple(entry["units"])), i + 1
    return None


def _russian_before(tokens: list[Token], i: int, text: str) -> tuple[TypeWord, int] | None:
    """A Russian type word before token i ("г. Кемин", "в айылном аймаке Жазы"): the type
    and the index of its first token."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    gap = _gap(text, prev, tokens[i])
    word = prev.text.casefold()
    if gap.startswith(".") and (word + ".") in _RU_BEFORE and _DOT_GAP.fullmatch(gap):
        return _RU_BEFORE[word + "."], i - 1
    if word in _RU_BEFORE and _WORD_GAP.fullmatch(gap):
        return _RU_BEFORE[word], i - 1
    if i >= 2 and _WORD_GAP.fullmatch(gap):
        first = tokens[i - 2]
        if _WORD_GAP.fullmatch(_gap(text, first, prev)):
            low = first.text.casefold()
            for words, tw in _RU_BEFORE_PHRASES:
                if low.startswith(words[0]) and word.startswith(words[1]):
                    return tw, i - 2
    return None


# ---------------------------------------------------------------- name candidates


def _looks_like_person(name: str) -> bool:
    low = name.casefold()
    return len(low) > 4 and low.endswith(PERSON_ENDINGS)


def _name_at(tokens: list[Token], i: int, text: str, idx: _Index) -> Mention | None:
    """The longest gazetteer name starting at token i (1-3 words), any ending on the last."""
    first = tokens[i]
    if not first.capital:
        return None
    # Several words only when some name of the gazetteer starts with this word.
    widths = (3, 2, 1) if _fold(first.text) in idx.first_words else (1,)
    for n in widths:
        j = i + n - 1
        if j >= len(tokens):
            continue
        words = tokens[i : j + 1]
        if n > 1 and not all(w.capital for w in words):
            continue
        if any(
            not _SPACES.fullmatch(_gap(text, a, b)) for a, b in zip(words, words[1:], strict=False)
        ):
            continue
        prefix = text[first.start : words[-1].start]
        readings = morph.candidate_stems(words[-1].text)
        # The longest known stem wins (Нарындан is Нарын + дан, not Нар + ындан).
        for reading in sorted(readings, key=lambda r: -len(r.stem)):
            units = idx.lookup(prefix + reading.stem)
            if units:
                end = words[-1].start + len(morph.surface(reading.stem, reading.ending))
                return Mention(
                    start=first.start,
                    end=end,
                    first=i,
                    last=j,
                    name=prefix + reading.stem,
                    ending=reading.ending,
                    units=units,
                    sentence=first.sentence,
                )
    return None


def _russian_adjective_at(tokens: list[Token], i: int, idx: _Index) -> Mention | None:
    tok = tokens[i]
    if not tok.capital:
        return None
    low = tok.text.casefold()
    for ending in RU_ADJ_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = tok.text[: -len(ending)]
            units = idx.ru_adjectives.get(_ru_adj_key(stem), [])
            return Mention.of_token(tok, i, stem, low[len(stem) :], list(units))
    return None


def _fuzzy_units(name: str, levels: tuple[str, ...], idx: _Index) -> tuple[list[gz.Unit], float]:
    """Spelling variants: the closest names of these levels sharing the first two letters."""
    units, ratio = _fuzzy_cached(_fold(name), levels)
    return list(units), ratio


@cache
def _fuzzy_cached(key: str, levels: tuple[str, ...]) -> tuple[tuple[gz.Unit, ...], float]:
    idx = _index()
    if len(key) < FUZZY_MIN_LEN:
        return (), 0.0
    best: tuple[gz.Unit, ...] = ()
    best_score = 0.0
    for level in levels:
        bucket = idx.buckets.get((level, key[:2]))
        if not bucket:
            continue
        hit = process.extractOne(key, list(bucket), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
        if hit and hit[1] > best_score:
            best, best_score = tuple(bucket[hit[0]]), float(hit[1])
    return best, best_score


# ---------------------------------------------------------------- the extractor


def extract(ctx: Context) -> None:
    text = ctx.text
    idx = _index()
    tokens = _tokens(text)
    mentions = _find_mentions(tokens, text, idx)
    mentions = _add_list_members(mentions, tokens, text)
    mentions = _add_russian_list_members(mentions, tokens, text, idx)
    mentions = _add_russian_bare_adjectives(mentions, tokens, text, idx)
    if ctx.language in ("ru", "mixed"):
        mentions = _add_russian_nouns(mentions, tokens, idx)
    mentions = [m for m in mentions if not _after_feature_word(m, tokens, text)]
    _mark_appositions(mentions, tokens, text)
    chrome = _chrome_lines(ctx)
    if chrome:
        mentions = [m for m in mentions if not _inside(m.start, chrome)]
    _mark_datelines(mentions, text)
    _group_lists(mentions, tokens, text)
    _mark_cells(mentions, tokens, text)
    _mark_column_headers(mentions, ctx.segments.tables)
    _resolve(mentions, idx)
    ctx.places = _places(ctx, mentions, idx)


def _chrome_lines(ctx: Context) -> list[tuple[int, int]]:
    """Lines of page chrome: menus, weather, clocks (lexicon: chrome_words, weekdays),
    and the headlines under a "related news" heading."""
    ranges: list[tuple[int, int]] = []
    headlines = False  # inside the block under a related-news heading
    for line in ctx.segments.lines:
        stripped = line.stripped
        if headlines and (not stripped or len(stripped) > HEADLINE_MAX_LENGTH):
            headlines = False
        if stripped.rstrip(":").strip().casefold() in RELATED_HEADINGS:
            headlines = True
        if headlines or chrome_line(line.text):
            ranges.append((line.start, line.end))
    return ranges


def chrome_line(line: str) -> bool:
    """Is this line page chrome (a menu, a weather widget, a clock or date banner)?
    No place on it counts, not even as a dateline (extractors/title.py)."""
    return bool(
        _CHROME.search(line)
        or (_WEEKDAY.search(line) and _CLOCK.search(line))
        or _TEMPERATURE.search(line)
        or _is_banner(line)
        or _is_menu(line)
        or _is_breadcrumb(line)
    )


def _is_breadcrumb(line: str) -> bool:
    """A breadcrumb: a site section, then short items between separators, no digits
    ("Аймактар / Жалал-Абад")."""
    stripped = line.strip()
    if len(stripped) > BANNER_MAX_LENGTH or _DIGIT.search(stripped):
        return False
    items = _CRUMB_SEPARATOR.split(stripped)
    return (
        len(items) >= 2
        and items[0].casefold() in CRUMB_SECTIONS
        and all(0 < len(item.split()) <= MENU_MAX_WORDS for item in items)
    )


def _is_banner(line: str) -> bool:
    """A site's date banner: a short line with a date and a weekday set off by a comma."""
    return (
        len(line) <= BANNER_MAX_LENGTH
        and _DIGIT.search(line) is not None
        and _BANNER_WEEKDAY.search(line) is not None
    )


def _is_menu(line: str) -> bool:
    """A site menu: short items without digits between separators, not a table row."""
    stripped = line.strip()
    if stripped.startswith("|") or "\t" in stripped or _DIGIT.search(stripped):
        return False
    items = _MENU_SEPARATOR.split(stripped)
    return len(items) >= MENU_MIN_ITEMS and all(
        0 < len(item.split()) <= MENU_MAX_WORDS for item in items
    )


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    k = bisect_left(ranges, (pos + 1,)) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]


def _find_mentions(tokens: list[Token], text: str, idx: _Index) -> list[Mention]:
    mentions: list[Mention] = []
    i = 0
    floor = 0  # tokens before this one belong to the previous mention (its type word)
    while i < len(tokens):
        m = _mention_at(tokens, i, text, idx, floor) if _may_open(tokens, i, text, idx) else None
        if m is None:
            i += 1
            continue
        mentions.append(m)
        i = (m.type_end if m.type_end is not None else m.last + 1) or i + 1
        floor = i
    return mentions


# First words of every type word (all forms), to tell at once whether a word is
# followed by one; and the words a Russian type word before a name may end in.
_TYPE_FIRST: frozenset[str] = frozenset(
    {words[0] for words, _, _ in _KY_AFTER if len(words) > 1} | set(_TYPE_FORMS)
)
_ABBR_WORDS: frozenset[str] = frozenset(a.rstrip(".") for a in _ABBR_AFTER)
_RU_BEFORE_LAST: tuple[str, ...] = tuple(words[-1] for words, _ in _RU_BEFORE_PHRASES)
_RU_BEFORE_WORDS: frozenset[str] = frozenset(k.rstrip(".") for k in _RU_BEFORE)


def _may_open(tokens: list[Token], i: int, text: str, idx: _Index) -> bool:
    """Can a mention start at token i? A capitalised word that may start a known name,
    or stands before a type word or after a Russian one; skips the rest cheaply."""
    tok = tokens[i]
    if tok.text in _NAMED_AFTER:
        return True
    if not tok.capital:
        return False
    if idx.may_start(tok.text):
        return True
    if i + 1 < len(tokens):
        nxt = tokens[i + 1].text
        low = nxt.casefold()
        if low in _TYPE_FIRST or nxt in _ABBR_WORDS or low[:3] in _RU_AFTER_STARTS:
            return True
        if nxt[:2].isupper() and _inflected_abbreviation(nxt) is not None:
            return True
    if i > 0:
        prev = tokens[i - 1].text.casefold()
        if prev in _RU_BEFORE_WORDS or prev.startswith(_RU_BEFORE_LAST):
            return True
    return False


def _mention_at(
    tokens: list[Token], i: int, text: str, idx: _Index, floor: int = 0
) -> Mention | None:
    tok = tokens[i]
    if tok.text in _NAMED_AFTER:
        return _named_after_person(tokens, i, text, idx)
    if not tok.capital:
        return None
    before = _russian_before(tokens, i, text)
    # A type word already read after the previous name is not also one before this one
    # ("Гульчинского айыл окмоту Эрмат Ташбаев").
    if before is not None and before[1] < floor:
        before = None
    m = _name_at(tokens, i, text, idx)
    if (
        before is not None
        and m is None
        and _unknown_word_ok(tok)
        and not _before_surname(tokens, i, text)
    ):
        m = _unknown(tokens, i, i, text)
    if before is not None and m is not None:
        m.type_word, first_type_token = before
        m.type_before = True
        m.start = tokens[first_type_token].start
        return m
    # Russian adjective + type noun: "Нарынская область", "Жазыский айылный аймак".
    if i + 1 < len(tokens) and _SPACES.fullmatch(_gap(text, tok, tokens[i + 1])):
        ru = _russian_after(tokens, i + 1)
        if ru is not None:
            adj = _russian_adjective_at(tokens, i, idx)
            if adj is not None:
                adj.type_word, adj.type_end = ru
                adj.end = tokens[adj.type_end - 1].end
                # An adjective does not give the nominative of a name the gazetteer lacks.
                return adj if adj.units else None
    if m is None:
        m = _unknown_with_type(tokens, i, text)
        return m
    # The country is no place here (but "Кыргызстан айыл аймагы" in Talas is).
    country = _fold(m.name) in COUNTRIES
    m.person = _next_to_person_name(tokens, m, text)
    m.opens_sentence = i == 0 or tokens[i - 1].sentence != tok.sentence
    if m.ending:
        return None if country else m
    # A Kyrgyz type word right after a bare (nominative) name.
    nxt = m.last + 1
    if nxt < len(tokens) and _SPACES.fullmatch(_gap(text, tokens[m.last], tokens[nxt])):
        found = _kyrgyz_type_at(tokens, nxt, text)
        if found is not None:
            m.type_word, m.type_end, m.plural_type, m.case = found
            m.end = tokens[m.type_end - 1].end
            return m
    return None if country else m


def _named_after_person(tokens: list[Token], i: int, text: str, idx: _Index) -> Mention | None:
    """ "айылный аймак им. Токтомата Зулпуева": the official Russian name, as the gazetteer has it."""
    tok = tokens[i]
    if text[tok.end : tok.end + 1] != ".":
        return None
    for n in (2, 1):
        j = i + n
        if j >= len(tokens) or not all(t.capital for t in tokens[i + 1 : j + 1]):
            continue
        units = idx.lookup(text[tok.start : tokens[j].end])
        if units:
            level = units[0].level
            return Mention(
                start=tok.start,
                end=tokens[j].end,
                first=i,
                last=j,
                name=text[tok.start : tokens[j].end],
                ending="",
                units=units,
                type_word=TypeWord(level, (level,)),
                sentence=tok.sentence,
            )
    return None


def _next_to_person_name(tokens: list[Token], m: Mention, text: str) -> bool:
    """A bare name before a surname ("Талас Асанов") or after an initial ("Т. Талас"),
    before a street or institution word ("Чүй проспектиси"), or in quotes («Кадамжай»)."""
    if text[m.start - 1 : m.start] == '"' and text[m.end : m.end + 1] == '"':
        return True
    nxt = m.last + 1
    if nxt < len(tokens) and _SPACES.fullmatch(_gap(text, tokens[m.last], tokens[nxt])):
        following = tokens[nxt].text.casefold()
        if following.startswith(_NOT_PLACE_PREFIXES) or any(
            r.stem in NOT_PLACE_BEFORE for r in morph.candidate_stems(following)
        ):
            return True
        if tokens[nxt].capital and _looks_like_person(morph.strip_ending(tokens[nxt].text).stem):
            return True
        if tokens[nxt].capital and _looks_like_person(tokens[nxt].text):
            return True
    prev = m.first - 1
    if prev >= 0 and len(tokens[prev].text) == 1 and tokens[prev].capital:
        return bool(_DOT_GAP.fullmatch(_gap(text, tokens[prev], tokens[m.first])))
    return False


def _after_feature_word(m: Mention, tokens: list[Token], text: str) -> bool:
    """A bare name right after a natural feature's word: the lake, river or pass
    ("озеро Сон-Куль", "реки Нарын"), not the unit of that name."""
    prev = m.first - 1
    if m.type_word is not None or prev < 0:
        return False
    word = tokens[prev].text.casefold()
    gap = _gap(text, tokens[prev], tokens[m.first])
    if gap.startswith("."):
        return word + "." in NOT_PLACE_AFTER and bool(_DOT_GAP.fullmatch(gap))
    return word in NOT_PLACE_AFTER and bool(_WORD_GAP.fullmatch(gap))


def _before_surname(tokens: list[Token], i: int, text: str) -> bool:
    """A given name before a surname ("глава айыл окмоту Эрмат Ташбаев")."""
    nxt = i + 1
    if nxt >= len(tokens) or not tokens[nxt].capital:
        return False
    if not _SPACES.fullmatch(_gap(text, tokens[i], tokens[nxt])):
        return False
    word = tokens[nxt].text
    return _looks_like_person(word) or _looks_like_person(morph.strip_ending(word).stem)


def _unknown_word_ok(tok: Token) -> bool:
    """May this capitalised word be the name of a unit the gazetteer lacks? Not in
    capitals (a headline), not a Russian adjective (the next unit's name), not a
    determiner or a number."""
    low = tok.text.casefold()
    return (
        not tok.text.isupper()
        and not low.endswith(RU_ADJ_ENDINGS)
        and _fold(tok.text) not in _STOP_NAMES
        and _fold(tok.text) not in COUNTRIES
    )


def _unknown(tokens: list[Token], first: int, last: int, text: str) -> Mention:
    start = tokens[first].start
    # An initial before the name belongs to it ("Т. Зулпуев айыл аймагы").
    if first > 0 and len(tokens[first - 1].text) == 1 and tokens[first - 1].capital:
        if _DOT_GAP.fullmatch(_gap(text, tokens[first - 1], tokens[first])):
            start = tokens[first - 1].start
    return Mention(
        start=start,
        end=tokens[last].end,
        first=first,
        last=last,
        name=text[start : tokens[last].end],
        ending="",
        units=[],
        sentence=tokens[first].sentence,
    )


# Determiners, numbers and common adjectives: never the name of a unit the gazetteer
# lacks, even capitalised before a type word ("Бул айыл аймагы", "«Мыкты айыл өкмөтү»").
_STOP_NAMES: frozenset[str] = frozenset(_fold(w) for w in _LEX["not_unit_names"])


def _inflected(word: str) -> bool:
    """A word with a case or plural ending is no name before a type word, which stands
    after a nominative (Майрамга, Жолугушууларга айыл өкмөттөрү)."""
    for reading in morph.candidate_stems(word):
        if len(reading.ending) < 2 or len(reading.stem) < 3:
            continue
        names = morph.suffix_names(reading.stem, reading.ending) or ()
        if (
            "plural" in names
            or (morph.case_of(reading.stem, reading.ending) or "accusative") != "accusative"
        ):
            return True
    return False


def _unknown_with_type(tokens: list[Token], i: int, text: str) -> Mention | None:
    """A capitalised word the gazetteer lacks, followed by a type word of a small unit."""
    tok = tokens[i]
    if not tok.capital or tok.text.isupper() or _fold(tok.text) in _STOP_NAMES:
        return None
    if _fold(tok.text) in COUNTRIES:
        return None
    nxt = i + 1
    if nxt >= len(tokens) or not _SPACES.fullmatch(_gap(text, tok, tokens[nxt])):
        return None
    found = _kyrgyz_type_at(tokens, nxt, text)
    if found is None:
        return None
    tw, end, plural, case = found
    # Every oblast and district is in the gazetteer: an unknown one is not a place.
    if tw.level not in _SMALL_LEVELS or _inflected(tok.text):
        return None
    # A plural type word after one unknown word that ends no list is a phrase, not a
    # unit's name ("Катышуучу АӨлөрдүн саны" 'the number of participating AÖs').
    if plural and not (
        i > 0
        and (
            tokens[i - 1].text in JOINERS
            or bool(_COMMA_GAP.fullmatch(_gap(text, tokens[i - 1], tok)))
        )
    ):
        return None
    # A quoted name with its type word is a title (a contest, a programme):
    # "«Мыкты айыл өкмөтү» сынагы".
    if (
        text[tok.start - 1 : tok.start] == '"'
        and text[tokens[end - 1].end : tokens[end - 1].end + 1] == '"'
    ):
        return None
    m = _unknown(tokens, i, i, text)
    m.type_word, m.type_end, m.plural_type, m.case = tw, end, plural, case
    m.end = tokens[end - 1].end
    return m


# ---------------------------------------------------------------- context


def _add_list_members(mentions: list[Mention], tokens: list[Token], text: str) -> list[Mention]:
    """Unknown names listed before a plural type word of small units share it:
    "Момунов, Келечек жана Татар калктуу конуштарын" (three villages)."""
    by_token: dict[int, Mention] = {}
    for m in mentions:
        for k in range(m.first, m.last + 1):
            by_token[k] = m
    added: list[Mention] = []
    for m in mentions:
        if not m.plural_type or m.type_word is None:
            continue
        if m.type_word.level not in _SMALL_LEVELS:
            continue
        k = m.first
        while k > 0:
            cand = _previous_list_member(tokens, k, text)
            if cand is None:
                break
            tok = tokens[cand]
            if tok.sentence != m.sentence or not tok.capital or _fold(tok.text) in _STOP_NAMES:
                break
            if cand in by_token:
                k = by_token[cand].first
                continue
            unknown = _unknown(tokens, cand, cand, text)
            added.append(unknown)
            by_token[cand] = unknown
            k = unknown.first
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _previous_list_member(tokens: list[Token], k: int, text: str) -> int | None:
    """The token before token k in a list ("X, Y жана Z"): after a comma, or before
    a joining word (жана, и); None where the list stops."""
    prev = k - 1
    gap = _gap(text, tokens[prev], tokens[k])
    if _COMMA_GAP.fullmatch(gap):
        return prev
    if (
        prev > 0
        and tokens[prev].text.casefold() in JOINERS
        and _WORD_GAP.fullmatch(gap)
        and _BEFORE_JOINER.fullmatch(_gap(text, tokens[prev - 1], tokens[prev]))
    ):
        return prev - 1
    return None


def _add_russian_list_members(
    mentions: list[Mention], tokens: list[Token], text: str, idx: _Index
) -> list[Mention]:
    """Adjectives listed before one Russian type noun share it: "Сокулукского,
    Жайылского и Кеминского районов", "Базар-Коргонский и Сузакский районы"."""
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    added: list[Mention] = []
    for m in mentions:
        if m.type_before and m.type_word is not None:
            added += _forward_list(m, tokens, text, idx, taken)
            continue
        if m.type_word is None or not m.ending or m.type_end is None or m.type_end - m.last < 2:
            continue
        if not m.ending.startswith(RU_ADJ_ENDINGS):
            continue
        k = m.first
        while k > 0:
            cand = _previous_list_member(tokens, k, text)
            if cand is None:
                break
            if cand in taken or tokens[cand].sentence != m.sentence:
                break
            adj = _russian_adjective_at(tokens, cand, idx)
            if adj is None or not adj.units:
                break
            adj.type_word = m.type_word
            added.append(adj)
            taken.add(cand)
            k = cand
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _forward_list(
    m: Mention, tokens: list[Token], text: str, idx: _Index, taken: set[int]
) -> list[Mention]:
    """Names listed after one Russian type word: "в городах Джалал-Абад, Баткен и Талас"."""
    assert m.type_word is not None
    out: list[Mention] = []
    k = m.last
    while k + 1 < len(tokens):
        nxt = k + 1
        gap = _gap(text, tokens[k], tokens[nxt])
        if _COMMA_GAP.fullmatch(gap):
            cand = nxt
        elif (
            nxt + 1 < len(tokens)
            and tokens[nxt].text.casefold() in JOINERS
            and _BEFORE_JOINER.fullmatch(gap)
            and _WORD_GAP.fullmatch(_gap(text, tokens[nxt], tokens[nxt + 1]))
        ):
            cand = nxt + 1
        else:
            break
        if cand in taken or tokens[cand].sentence != m.sentence:
            break
        found = _name_at(tokens, cand, text, idx)
        if found is None or not _candidates(found, m.type_word.units):
            break
        found.type_word = m.type_word
        out.append(found)
        taken.update(range(found.first, found.last + 1))
        k = found.last
    return out


def _add_russian_bare_adjectives(
    mentions: list[Mention], tokens: list[Token], text: str, idx: _Index
) -> list[Mention]:
    """Russian adjectives without their noun: in a sentence with a typed one of the same
    gender ("Баткенская область – 96 человек, Джалал-Абадская – 143"), or alone in a
    table cell ("| Кеминский |" is a district, lexicon: russian_cell_adjective)."""
    typed: dict[tuple[int, str], TypeWord] = {}
    for m in mentions:
        if m.type_word is not None and m.ending in GENDER:
            typed.setdefault((m.sentence, GENDER[m.ending]), m.type_word)
    nouns = _russian_type_nouns(tokens)
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    added: list[Mention] = []
    for i, tok in enumerate(tokens):
        if not tok.capital or i in taken:
            continue
        low = tok.text.casefold()
        if not low.endswith(RU_ADJ_ENDINGS) or not idx.may_start(tok.text):
            continue
        ending = next((e for e in RU_ADJ_ENDINGS if low.endswith(e)), None)
        if ending is None or ending not in GENDER:
            continue
        gender = GENDER[ending]
        tw = typed.get((tok.sentence, gender))
        if tw is None and gender in CELL_ADJECTIVE:
            before = text[max(0, tok.start - 20) : tok.start]
            after = text[tok.end : tok.end + 20]
            if (_CELL_LEFT.search(before) or tok.start == 0) and _CELL_RIGHT.match(after):
                level = CELL_ADJECTIVE[gender]
                tw = TypeWord(level, (level,))
        adj = _russian_adjective_at(tokens, i, idx)
        if adj is None:
            continue
        if tw is None and _ends_phrase(tokens, i, text):
            # A type noun of its gender elsewhere in the sentence, nearest first, whose
            # level the name has ("айылных аймаков района, в том числе из Барскоонского").
            levels = {u.level for u in adj.units}
            near = sorted(nouns.get((tok.sentence, gender), ()), key=lambda n: abs(n[0] - i))
            tw = next((t for _, t in near if levels & set(t.units)), None)
        if tw is None:
            continue
        adj.units = [u for u in adj.units if u.level in tw.units]
        if adj.units:
            adj.type_word = tw
            added.append(adj)
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


_RU_AFTER_GENDER: dict[tuple[str, ...], str] = {
    tuple(e["prefixes"]): e["gender"] for e in _LEX["russian_after"]
}


def _russian_type_nouns(tokens: list[Token]) -> dict[tuple[int, str], list[tuple[int, TypeWord]]]:
    """Russian type nouns of each sentence by gender: (sentence, gender) -> [(token, type)]."""
    nouns: dict[tuple[int, str], list[tuple[int, TypeWord]]] = {}
    for i, tok in enumerate(tokens):
        if tok.capital or tok.text[:3].casefold() not in _RU_AFTER_STARTS:
            continue
        found = _russian_after(tokens, i)
        if found is None:
            continue
        low = tok.text.casefold()
        gender = next((g for p, g in _RU_AFTER_GENDER.items() if low.startswith(p)), None)
        if gender is not None:
            nouns.setdefault((tok.sentence, gender), []).append((i, found[0]))
    return nouns


def _ends_phrase(tokens: list[Token], i: int, text: str) -> bool:
    """No word of its phrase follows this word: punctuation, a list word or the end
    ("Ошской, Джалал-Абадской и Баткенской –", but not "Ошской городской мэрии")."""
    if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence:
        return True
    if not _SPACES.fullmatch(_gap(text, tokens[i], tokens[i + 1])):
        return True
    return tokens[i + 1].text.casefold() in JOINERS


def _add_russian_nouns(mentions: list[Mention], tokens: list[Token], idx: _Index) -> list[Mention]:
    """Bare city names with a Russian case ending in a Russian text ("в Бишкеке")."""
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    added: list[Mention] = []
    for i, tok in enumerate(tokens):
        if not tok.capital or i in taken or tok.text.isupper() or not idx.may_start(tok.text):
            continue
        low = tok.text.casefold()
        for ending in RU_NOUN_ENDINGS:
            if not low.endswith(ending) or len(low) - len(ending) < 2:
                continue
            base = tok.text[: -len(ending)]
            for stem in (base, base + "а"):
                units = [u for u in idx.lookup(stem) if u.level in RU_NOUN_LEVELS]
                if units:
                    added.append(
                        Mention.of_token(
                            tok,
                            i,
                            stem,
                            low[len(base) :],
                            units,
                            opens_sentence=i == 0 or tokens[i - 1].sentence != tok.sentence,
                            russian_noun=True,
                        )
                    )
                    break
            else:
                continue
            break
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


_APPOSITION_GAP = regex.compile(r"[ ]{0,3}[-–—:,][ ]{0,3}")


def _mark_appositions(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A bare name after a type word of its case and a dash or colon names that unit
    ("коңшу облустан – Жалал-Абаддан келген": the oblast)."""
    taken = {k for m in mentions for k in range(m.first, (m.type_end or m.last + 1))}
    for m in mentions:
        if m.type_word is not None or not m.ending or m.first == 0:
            continue
        case = morph.case_of(m.name, m.ending)
        if case is None or not _APPOSITION_GAP.fullmatch(
            _gap(text, tokens[m.first - 1], tokens[m.first])
        ):
            continue
        for n in range(1, _TYPE_MAX_WORDS + 1):
            k = m.first - n
            if k < 0 or k in taken:
                break
            found = _kyrgyz_type_at(tokens, k, text)
            if found is None or found[1] != m.first:
                continue
            tw, _, _, type_case = found
            if type_case == case and _candidates(m, tw.units):
                m.type_word, m.case = tw, case
            break


def _mark_datelines(mentions: list[Mention], text: str) -> None:
    """A bare name opening its line before a date, or after the country ("Кыргызстан,
    Бишкек", "Нарын, 2 декабря 2019 года"): the city of the dateline."""
    for m in mentions:
        if m.type_word is not None or m.ending:
            continue
        # A dateline is short: look no further than 60 characters either side.
        window = max(0, m.start - 60)
        line_start = text.rfind("\n", window, m.start) + 1
        if line_start == 0 and window > 0:
            continue
        before = text[line_start : m.start]
        after = text[m.end : m.end + 60].split("\n", 1)[0]
        if _DATELINE_BEFORE.fullmatch(before) and _DATELINE_AFTER.match(after):
            m.dateline = True


def _group_lists(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """Names joined by commas / жана / и form a list; a plural type word at its end
    types every member; unknown capitalised words inside such a list join it."""
    group = 0
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.type_word is not None and not a.plural_type and a.type_end is not None:
            continue
        if _joined(tokens, text, a, b):
            if a.group is None:
                group += 1
                a.group = group
            b.group = a.group
    # Plural type words spread backwards through their list (and pull in unknown
    # names between members: "Момунов, Келечек жана Татар калктуу конуштарын").
    members: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group is not None:
            members.setdefault(m.group, []).append(m)
    for m in mentions:
        if m.plural_type and m.type_word is not None and m.group is not None:
            for other in members[m.group]:
                if other.type_word is None:
                    other.type_word = m.type_word
                    other.score = 0.95


def _joined(tokens: list[Token], text: str, a: Mention, b: Mention) -> bool:
    if a.sentence != b.sentence and not (a.cell and b.cell):
        return False
    last = a.type_end - 1 if a.type_end is not None else a.last
    if b.first <= last:
        return False
    between = tokens[last + 1 : b.first]
    gap = text[tokens[last].end : tokens[b.first].start]
    if not between:
        return bool(_COMMA_GAP.fullmatch(gap))
    if len(between) == 1 and between[0].text.casefold() in JOINERS:
        return bool(_JOINER_GAP.fullmatch(gap))
    return False


def _mark_cells(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A bare name alone in a table cell (tab- or line-delimited)."""
    for m in mentions:
        if m.type_word is not None:
            continue
        before = text[max(0, m.start - 20) : m.start]
        after = text[m.end : m.end + 20]
        left = _CELL_LEFT.search(before) or m.start == 0
        right = _CELL_RIGHT.match(after)
        if left and right:
            m.cell = True
            m.column = _column(text, m.start)


def _mark_column_headers(mentions: list[Mention], tables: list[Table]) -> None:
    """A bare name alone in a cell under a type word's header ("Айыл аймагы") is a unit
    of that level."""
    header_of: dict[tuple[int, int], str] = {}
    for table in tables:
        levels = [COLUMN_HEADERS.get(cell.text.rstrip(":.").casefold()) for cell in table.header]
        if not any(levels):
            continue
        for record in table.records:
            for cell, level in zip(record.cells, levels, strict=False):
                if level and cell.text:
                    header_of[(cell.start, cell.end)] = level
    if not header_of:
        return
    for m in mentions:
        if not m.cell or m.type_word is not None:
            continue
        level = header_of.get((m.start, m.end))
        units = _candidates(m, (level,)) if level else []
        if units:
            m.level, m.units, m.score, m.header = level, units, 0.9, True


def _column(text: str, pos: int) -> int:
    """The cell's column: separators (| or tab) between the line start and `pos`."""
    window = max(0, pos - 400)
    line_start = text.rfind("\n", window, pos) + 1
    if line_start == 0 and window > 0:
        return -1
    segment = text[line_start:pos]
    return segment.count("|") + segment.count("\t")


def _candidates(m: Mention, levels: tuple[str, ...]) -> list[gz.Unit]:
    return [u for u in m.units if u.level in levels]


@dataclass
class _Named:
    """Units already named, per sentence and in the whole document (built once a pass)."""

    by_sentence: dict[int, set[str]]
    document: set[str]
    districts: dict[int, set[str]]  # district ids named per sentence
    typed_cases: dict[int, dict[str, list[str]]]  # sentence -> case -> levels of typed names
    typed_small: dict[int, list[gz.Unit]]  # units of small levels named with a type word

    @classmethod
    def of(cls, mentions: list[Mention]) -> _Named:
        named = cls({}, set(), {}, {}, {})
        for m in mentions:
            if m.unit is not None and m.type_word is not None and m.level in _SMALL_LEVELS:
                named.typed_small.setdefault(m.sentence, []).append(m.unit)
            if m.unit is not None:
                named.by_sentence.setdefault(m.sentence, set()).add(m.unit.id)
                named.document.add(m.unit.id)
                if m.level == "district":
                    named.districts.setdefault(m.sentence, set()).add(m.unit.id)
            if m.type_word is not None and m.level and m.case:
                cases = named.typed_cases.setdefault(m.sentence, {})
                levels = cases.setdefault(m.case, [])
                if m.level not in levels:
                    levels.append(m.level)
        return named


def _resolve(mentions: list[Mention], idx: _Index) -> None:
    # Pass 1: typed mentions ("Т. Зулпуев айыл аймагы": an initial and a surname).
    for m in mentions:
        if m.type_word is not None:
            m.level = m.type_word.level
            if not m.units:
                m.units = list(idx.initials.get(_fold(m.name), []))
            m.units = _candidates(m, m.type_word.units)
    for m in mentions:
        if m.level is not None and m.units:
            m.unit = m.units[0]
    named = _Named.of(mentions)
    for m in mentions:
        if m.level is not None and len(m.units) > 1:
            m.unit = _closest(m, m.units, named)
    # Pass 2: bare mentions, by their group, cells and sentence.
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group is not None:
            groups.setdefault(m.group, []).append(m)
    for members in groups.values():
        bare = [m for m in members if m.level is None]
        typed = [m for m in members if m.level is not None]
        if not bare:
            continue
        if not typed and all(_fold(m.name) in NEEDS_TYPE for m in bare):
            continue  # "Достук, Ынтымак жана Келечек": a list of words, not of places
        level = typed[0].level if typed else _shared_level(bare)
        for m in bare:
            if level and _candidates(m, _LEVEL_UNITS.get(level, (level,))):
                m.level = level
                m.score = 0.9
    # Bare names of one sentence in one case are siblings ("Ысык-Көлдөн 30, Нарындан 25
    # жана Таластан 20"), unless a typed name of that case decides (_resolve_bare).
    by_case: dict[tuple[int, str], list[Mention]] = {}
    for m in mentions:
        if m.level is None and m.group is None and not m.cell and not _blocked(m):
            case = morph.case_of(m.name, m.ending)
            if case is not None:
                by_case.setdefault((m.sentence, case), []).append(m)
    typed_now = _Named.of(mentions)
    for (sentence, case), members in by_case.items():
        if len(members) < 2 or typed_now.typed_cases.get(sentence, {}).get(case):
            continue
        level = _shared_level(members)
        for m in members:
            if level and _candidates(m, (level,)):
                m.level = level
                m.score = 0.85
    # Cells of one table column share a level (a column of districts, of ayil aimaks).
    columns: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.cell and (m.level is None or m.header):
            columns.setdefault(m.column, []).append(m)
    for cells in columns.values():
        if len(cells) < 2:  # one cell is no column of places: the bare rules decide
            continue
        # A header's level is the column's (a cell the layout shifted under another
        # header keeps its column of text).
        headed = Counter(m.level for m in cells if m.header)
        level = headed.most_common(1)[0][0] if headed else _shared_level(cells)
        for m in cells:
            if m.level is None and level and _candidates(m, (level,)):
                m.level = level
                m.score = 0.9
    named = _Named.of(mentions)
    for m in mentions:
        if m.level is not None or m.group is not None or m.person:
            continue
        _resolve_bare(m, named)
    # Pass 3: pick the unit, preferring units inside places named nearby; twice, so
    # that a cell's district helps the ayil aimak beside it.
    for _ in range(2):
        for m in mentions:
            if m.level is None:
                continue
            levels = _LEVEL_UNITS.get(m.level, (m.level,)) if m.type_word else (m.level,)
            units = _candidates(m, levels)
            if units:
                m.unit = _closest(m, units, named)
        named = _Named.of(mentions)


def _shared_level(members: list[Mention]) -> str | None:
    votes: Counter[str] = Counter()
    for m in members:
        for level in {u.level for u in m.units}:
            votes[level] += 1
    if not votes:
        return None
    # A tie goes as for a bare name: a city before an oblast ("из Таласа и Оша").
    return max(votes, key=lambda lv: (votes[lv], -BARE_RANK.get(lv, 10 + LEVEL_RANK.get(lv, 99))))


def _blocked(m: Mention) -> bool:
    """A bare name that is no place without a type word or a list."""
    key = _fold(m.name)
    if key in NEEDS_TYPE or _fold(m.name + m.ending) in NEEDS_TYPE or key in COUNTRIES:
        return True
    if m.person or _looks_like_person(m.name) or not m.units:
        return True
    return m.opens_sentence and not m.ending and key in COMMON_WORDS and not m.dateline


def _resolve_bare(m: Mention, named: _Named) -> None:
    if _blocked(m):
        return
    if m.dateline:
        settlements = [u for u in m.units if u.level in DATELINE_LEVELS]
        if settlements:
            m.level = min(settlements, key=lambda u: DATELINE_LEVELS[u.level]).level
            m.score = 0.9
            return
    # The unit this document already named (Кара-Суу айыл аймагы ... Кара-Сууда).
    again = [u for u in m.units if u.id in named.document]
    if m.russian_noun and any(u.level in ("city", "town") for u in m.units):
        again = [u for u in again if u.level != "oblast"]
    if again:
        m.level = min(again, key=lambda u: LEVEL_RANK.get(u.level, 99)).level
        m.score = 0.9
        return
    # Inside a district named in the same sentence (Кара-Суу near "Ат-Башы району").
    districts = named.districts.get(m.sentence, set())
    inside = [u for u in m.units if u.district in districts or u.parent in districts]
    if inside:
        best = min(inside, key=lambda u: LEVEL_RANK.get(u.level, 99))
        m.level = best.level
        m.score = 0.85
        return
    # A sibling of a small unit typed in the sentence, the type word not repeated:
    # same level, same parent ("айылный аймак Семиз-Бел, второе – Ак-Кыя").
    siblings = [
        u
        for u in m.units
        for t in named.typed_small.get(m.sentence, ())
        if u.level == t.level and u.parent == t.parent and u.id != t.id
    ]
    if siblings:
        m.level = siblings[0].level
        m.score = 0.85
        return
    # Same case as a typed name of the sentence ("Нарын облусунан ..., Ысык-Көлдөн").
    case = morph.case_of(m.name, m.ending)
    if case is not None:
        for level in named.typed_cases.get(m.sentence, {}).get(case, []):
            if _candidates(m, (level,)):
                m.level = level
                m.score = 0.9
                return
    bare = [u for u in m.units if u.level in BARE_LEVELS]
    if bare:
        m.level = min(bare, key=lambda u: BARE_RANK.get(u.level, 99)).level
        m.score = 0.8


def _closest(m: Mention, units: list[gz.Unit], named: _Named) -> gz.Unit:
    """The unit inside a place named in the same sentence, else in the document."""
    if len(units) == 1:
        return units[0]
    in_sentence = named.by_sentence.get(m.sentence, set())

    written = m.name.casefold()

    def rank(u: gz.Unit) -> tuple[int, int, int]:
        ancestors = {u.parent, u.district, u.oblast}
        if ancestors & in_sentence:
            near = 0
        elif ancestors & named.document:
            near = 1
        else:
            near = 2
        # Folding merges Каракол and Кара-Көл: the name as written breaks the tie.
        exact = 0 if written in (u.name.casefold(), (u.name_ru or "").casefold()) else 1
        return near, LEVEL_RANK.get(u.level, 99), exact

    return min(units, key=rank)


# ---------------------------------------------------------------- output


def _places(ctx: Context, mentions: list[Mention], idx: _Index) -> list[Place]:
    places: dict[tuple[str, str], Place] = {}
    g = idx.gazetteer
    named = _Named.of(mentions)
    parents_by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.unit is not None and m.level in ("district", "oblast"):
            parents_by_sentence.setdefault(m.sentence, []).append(m)
    for m in mentions:
        if m.level is None or m.level == "country":
            continue
        unit = m.unit
        score = m.score
        if unit is None and m.type_word is not None:
            fuzzy, ratio = _fuzzy_units(m.name, m.type_word.units, idx)
            if fuzzy:
                unit = _closest(m, fuzzy, named)
                score = min(score, ratio / 100)
        if unit is None and (m.type_word is None or m.level not in _SMALL_LEVELS):
            continue
        # "Кошуна айыл аймактарынан": a plural type word after one unknown word.
        if unit is None and m.plural_type and m.group is None:
            continue
        quote, span = ctx.quote(m.start, m.end)
        level = OUTPUT_LEVEL.get(m.level, m.level)
        if unit is not None:
            key = (unit.id, level)
            name, oblast, district = unit.name, g.oblast_name(unit), g.district_name(unit)
            if unit.level == "district":
                district = None
        else:
            name = m.name.strip()
            key = ("", f"{level}:{_fold(name)}")
        if key in places:
            places[key].mentions.append(span)
            continue
        if unit is None:
            score = min(score, UNKNOWN_SCORE)
            oblast, district = _context_parents(m, parents_by_sentence.get(m.sentence, []), g)
            ctx.warn(f"place not in the gazetteer: {level} {name} ({quote})")
        places[key] = Place(
            level=level,  # type: ignore[arg-type]
            name=name,
            soate=unit.id if unit else None,
            oblast=oblast if level != "oblast" else None,
            district=district,
            text=quote,
            span=span,
            score=round(score, 2),
            mentions=[span],
        )
    return list(places.values())


def _context_parents(
    m: Mention, near: list[Mention], g: gz.Gazetteer
) -> tuple[str | None, str | None]:
    """Parents of an unknown unit: the district/oblast named nearest to it in its
    sentence ("Өзгөн районунун Жылалды айыл өкмөтү", "Жылалды АӨ (Өзгөн району)")."""
    if not near:
        return None, None
    o = min(near, key=lambda o: abs(o.start - m.start))
    assert o.unit is not None
    if o.level == "district":
        return g.oblast_name(o.unit), o.unit.name
    return o.unit.name, None


def units_named(name: str, level: str | None = None) -> list[gz.Unit]:
    """Units a bare name may stand for, also in its Russian adjective form
    ("Кочкорский" -> Кочкор, "Ат-Башинский" -> Ат-Башы): for a table cell whose
    column header gives the level (used by extractors/events.py)."""
    idx = _index()
    units = idx.gazetteer.lookup(name, level=level) if _fold(name) in idx.keys else []
    if not units:
        low = name.casefold()
        for ending in RU_ADJ_ENDINGS:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                stem = name[: -len(ending)]
                units = [
                    u
                    for u in idx.ru_adjectives.get(_ru_adj_key(stem), [])
                    if level is None or u.level == level
                ]
                break
    return units
