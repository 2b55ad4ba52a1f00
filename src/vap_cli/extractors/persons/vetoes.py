"""Name-shaped phrases that name no person: a place before its type word, a
namesake of a street, fund or institution, a quoted name, two words of a headline
in capitals."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import regex

from ... import rx
from ...lexicon import load
from ...segment.lines import HEADLINE_MAX_LENGTH
from .tables import (
    ADJECTIVAL_CASES,
    ADJECTIVAL_STEMS,
    BODY_HEADS,
    BODY_NAME_ADJECTIVES,
    GENITIVES,
    LANGUAGE_NAMES,
    LIST_JOINER_TOKENS,
    NAMESAKE_ABBREVIATIONS_AFTER,
    NAMESAKE_AFTER_BARE,
    NAMESAKE_BEFORE,
    NAMESAKE_TITLE_REACH,
    NAMESAKE_TITLES,
    PHRASE_REACH,
    PHRASES_AFTER,
    PHRASES_AFTER_FIRST,
    PLACE_ABBREVIATION_AT,
    PLACE_PHRASE_FIRSTS,
    PLACE_TYPE_STEMS,
    PLURAL_PLACE_WORDS_AFTER,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    ROLE_GAP,
    RUSSIAN_TYPE_AFTER,
    SURNAME_LIST_GAP,
    TITLE_CASE_TELLS,
    WORDS_AFTER,
)
from .words import (
    NameMatch,
    Token,
    adjectival_oblique,
    gap_after,
    is_role_word,
    listed_or_built_given,
)

# The nominatives of adjectival surnames (-ский, -ская: morphology.yaml's cases).
_ADJECTIVAL_NOMINATIVES: tuple[str, ...] = tuple(
    stem + nominative
    for stem in ADJECTIVAL_STEMS
    for nominative in sorted({n for n, _ in ADJECTIVAL_CASES.values()})
)

# A line in capitals ("ЖЕРГИЛИКТҮҮ БЮДЖЕТТИН АЧЫКТЫГЫ"): a headline when it has at least
# this many words besides the name's (a signature "АЗАМАТ МАМЫТОВ" has none).
MIN_OTHER_CAPITAL_WORDS = 2

# Whether a name is a unit of the gazetteer ("Болот Мамбетов", "Т. Зулпуев").
UnitTest = Callable[[str], bool]


# The veto of a unit's name listed with places: its tokens hold no lone surname either.
PLACE_LIST = "place_list"
# ... and of a unit's name right after its Russian type words ("в айыл аймаке Болот
# Мамбетов", "представители айыл окмоту Курманжан Датка"; round 49).
UNIT_AFTER_TYPE = "unit_after_type_words"
PLACES_LEX = load("places")
# The dot that closes an abbreviated type word ("с.", "г."): no whole word.
ABBREVIATION_DOT = "."
# The type phrases before a name (places.yaml russian_before_phrases), each word's first
# letters, and the whole words of russian_before with no abbreviation's dot ("селе").
_TYPE_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.casefold() for w in phrase["words"]) for phrase in PLACES_LEX["russian_before_phrases"]
)
_TYPE_WORDS: frozenset[str] = frozenset(
    str(w).casefold() for w in PLACES_LEX["russian_before"] if not str(w).endswith(ABBREVIATION_DOT)
)


def not_a_person(text: str, tokens: list[Token], match: NameMatch) -> bool:
    """A name-shaped phrase that is part of a place or institution name: a place
    name before its type word ("Кемин районунан") or a namesake ("им. Токтомата
    Зулпуева", "Токтомата Зулпуева атындагы мектеп")."""
    return veto(text, tokens, match) is not None


def veto(
    text: str, tokens: list[Token], match: NameMatch, is_unit: UnitTest | None = None
) -> str | None:
    """Why a name-shaped phrase names no person ("language_name", "type_word_after", "quoted",
    "quoted_edition", "namesake_before", "capitals_line", "title_case_line", "body_name",
    "body_adjective",
    "place_list"), or None. `is_unit` tells whether a name is a unit of the
    gazetteer: a full name that is none, before a place's type word and a role word,
    is a person and the role ("Бакыт Асанов айыл өкмөтүнүн башчысы")."""
    if any(tokens[k].low in LANGUAGE_NAMES for k in range(match.first, match.last + 1)):
        return "language_name"
    after = match.last + 1
    if after < len(tokens) and ROLE_GAP.fullmatch(
        gap_after(text, tokens, match.last), None, None, rx.NOT_CONCURRENT
    ):
        if _type_word_at(text, tokens, after, match) and not _genitive_owner(tokens, match, after):
            if is_unit is not None and _person_with_role(text, tokens, match, is_unit):
                return None
            if is_unit is not None and _person_after_role(text, tokens, match, is_unit):
                return None
            return "type_word_after"
    if _quoted(text, match):
        return "quoted"
    if _quoted_edition(text, match):
        return "quoted_edition"
    if tokens[match.first].low in NAMESAKE_BEFORE or _after_namesake_word(
        text, tokens, match.first
    ):
        return "namesake_before"
    headline = _unknown_given_in_a_headline(text, tokens, match)
    if headline:
        return headline
    if _after_a_body_head(text, tokens, match):
        return "body_name"
    if _adjective_of_a_body_name(text, tokens, match):
        return "body_adjective"
    if is_unit is not None and (
        _listed_after_a_place(text, tokens, match, is_unit)
        or _listed_before_a_place(text, tokens, match, is_unit)
    ):
        return PLACE_LIST
    if is_unit is not None and _unit_after_type_words(text, tokens, match, is_unit):
        return UNIT_AFTER_TYPE
    return None


def _unit_after_type_words(
    text: str, tokens: list[Token], match: NameMatch, is_unit: UnitTest
) -> bool:
    """A full name that is a unit of the gazetteer right after a Russian type phrase or
    word before a name ("в айыл аймаке Болот Мамбетов", "в селе Доктурбек Курманалиев";
    places.yaml russian_before_phrases, russian_before): a unit named after a person, no
    person. Not a name no unit has ("глава айыл окмоту Асан Бакиев": its head), nor one
    after a sentence's end or a line break ("... открылась в селе. Болот Мамбетов, ...":
    the words must be one phrase, spaces alone between them; revfix49)."""
    first = match.first
    if match.first == match.last or first == 0 or not is_unit(match.name):
        return False
    if not _spaced(text, tokens, first - 1):
        return False
    if tokens[first - 1].low in _TYPE_WORDS:
        return True
    return (
        first >= 2
        and _spaced(text, tokens, first - 2)
        and any(
            len(phrase) == 2
            and tokens[first - 2].low.startswith(phrase[0])
            and tokens[first - 1].low.startswith(phrase[1])
            for phrase in _TYPE_PHRASES
        )
    )


def _spaced(text: str, tokens: list[Token], i: int) -> bool:
    """Token i and the next one are words of one phrase: spaces alone between them."""
    gap = text[tokens[i].end : tokens[i + 1].start]
    return ROLE_GAP.fullmatch(gap) is not None


def _listed_after_a_place(
    text: str, tokens: list[Token], match: NameMatch, is_unit: UnitTest
) -> bool:
    """A full name that is a unit of the gazetteer, listed after a place's name ("сходы во
    всех трех селах: Кенеш, Буденновка и Доктурбек Курманалиев"): a unit named after a
    person, no person."""
    if match.first == match.last or not is_unit(match.name):
        return False
    for j in range(match.first - 1, max(match.first - 2 - LIST_JOINER_TOKENS, -1), -1):
        if tokens[j].text[:1].isupper():
            gap = text[tokens[j].end : tokens[match.first].start]
            return SURNAME_LIST_GAP.fullmatch(gap) is not None and is_unit(tokens[j].text)
    return False


def _listed_before_a_place(
    text: str, tokens: list[Token], match: NameMatch, is_unit: UnitTest
) -> bool:
    """A full name that is a unit of the gazetteer, listed before other units' names and
    their type word ("Болот Мамбетов жана Көк-Мойнок айыл аймактарында", "Курманжан
    Датка и Гульча айыл окмоту"; more units between, each after a comma: "Болот
    Мамбетов, Курманбек, Барпы жана Кара-Дөбө айыл аймактарынан"): a unit named after a
    person, no person."""
    if match.first == match.last or not is_unit(match.name):
        return False
    last = match.last
    for _ in range(_LISTED_UNITS_MAX):
        k = _next_listed(text, tokens, last)
        if k is None or not is_unit(tokens[k].text) or k + 1 >= len(tokens):
            return False
        if ROLE_GAP.fullmatch(gap_after(text, tokens, k)) is not None and (
            _type_word_at(text, tokens, k + 1, match)
            or text[tokens[k + 1].start : tokens[k + 1].start + PHRASE_REACH]
            .casefold()
            .startswith(PLURAL_PLACE_WORDS_AFTER)
        ):
            return True
        last = k
    return False


# The most units of one list read after a unit named after a person, to its type word.
_LISTED_UNITS_MAX = 8


def _next_listed(text: str, tokens: list[Token], last: int) -> int | None:
    """The next member of a list after token `last`: the first capitalised word a comma
    or a list word after it (`SURNAME_LIST_GAP`), or None."""
    for k in range(last + 1, min(len(tokens), last + 2 + LIST_JOINER_TOKENS)):
        if tokens[k].text[:1].isupper():
            gap = text[tokens[last].end : tokens[k].start]
            return k if SURNAME_LIST_GAP.fullmatch(gap) is not None else None
    return None


def _after_namesake_word(text: str, tokens: list[Token], first: int) -> bool:
    """имени/им./ул. right before the name, or before the honorific titles of the one
    honoured ("имени Героя Кыргызской Республики Б. Асанова")."""
    j = first - 1
    for _ in range(NAMESAKE_TITLE_REACH + 1):
        if j < 0 or gap_after(text, tokens, j).strip(" \t.") != "":
            return False
        if tokens[j].low in NAMESAKE_BEFORE:
            return True
        if tokens[j].low not in NAMESAKE_TITLES:
            return False
        j -= 1
    return False


def _adjective_of_a_body_name(text: str, tokens: list[Token], match: NameMatch) -> bool:
    """An adjectival surname's nominative before a small-letter adjective of its gender,
    one blank between, an unlisted word in a given name's place before it: the first
    words of a body's name ("Окончил Нарынский педагогический колледж"; lexicon
    `body_name_adjective_endings_ru`), no person ("Станислав Ковальский ..." keeps his
    listed given name). A surname alone after a role word or a cue is no such phrase
    ("Директор Ковальский каждый год ...": the role names a person; revfix64)."""
    last = match.last
    if match.first == last or last + 1 >= len(tokens) or gap_after(text, tokens, last) != " ":
        return False
    following = tokens[last + 1].text
    surname = tokens[last].low
    if not following[:1].islower() or not surname.endswith(_ADJECTIVAL_NOMINATIVES):
        return False
    if any(listed_or_built_given(tokens[k].low) for k in range(match.first, last)):
        return False
    return any(
        surname.endswith(ending) and following.endswith(agreeing)
        for ending, agreeing in BODY_NAME_ADJECTIVES.items()
    )


def _after_a_body_head(text: str, tokens: list[Token], match: NameMatch) -> bool:
    """A name right after the capitalised head noun of a body or an event in the
    nominative: its members' noun in the genitive plural ("Совет Старейшин"), or the
    namesake the body is named after ("Фонд Т. Асанова"), no person. (The head is no
    given name either: "Фестиваль Кочевников" makes no name.)"""
    head = match.first - 1
    if head < 0 or not ROLE_GAP.fullmatch(
        gap_after(text, tokens, head), None, None, rx.NOT_CONCURRENT
    ):
        return False
    word = tokens[head].text
    return word[:1].isupper() and word.casefold() in BODY_HEADS


def _line_within(text: str, start: int, end: int, longest: int) -> tuple[int, int]:
    """The bounds of the line around text[start:end], read no farther than `longest`
    characters from it (a line longer than that comes out longer than `longest`, its
    bounds cut there): a headline's test on a one-line text of many names reads no
    whole line per name."""
    lowest = max(0, start - longest - 1)
    newline = text.rfind("\n", lowest, start)
    if newline < 0 and lowest > 0:
        return lowest - 1, end  # the line opens before the window: longer than `longest`
    first = newline + 1
    highest = first + longest + 1
    newline = text.find("\n", end, highest)
    return first, (min(len(text), highest) if newline < 0 else newline)


def _unknown_given_in_a_headline(text: str, tokens: list[Token], match: NameMatch) -> str | None:
    """A name whose given part is no given name of the lexicon (listed or built), or
    a surname alone after no role word, in a headline with other words where every
    word is capitalised, so the capitals prove no name: a line in capitals ("ЯРМАРКА
    ФЕРМЕРОВ", "ЖЕРГИЛИКТҮҮ БЮДЖЕТТИН", "ДЛЯ ЧЛЕНОВ": "capitals_line") or in Title Case,
    told by a capitalised function word ("Тренинг Для Сельских Активистов":
    "title_case_line")."""
    given = match.given
    if given.endswith(".") or (given and listed_or_built_given(given)):
        return None
    if not given and match.first and is_role_word(tokens[match.first - 1].text):
        return None
    start, end = _line_within(text, match.start, match.end, HEADLINE_MAX_LENGTH)
    if end - start > HEADLINE_MAX_LENGTH:
        return None  # a paragraph in capitals: its names are as in small letters
    first = bisect_left(tokens, start, key=lambda tok: tok.start)
    words = []
    for tok in tokens[first:]:
        if tok.end > end:
            break
        words.append(tok.text)
    if len(words) - (match.last - match.first + 1) < MIN_OTHER_CAPITAL_WORDS:
        return None
    if all(word.isupper() for word in words):
        return "capitals_line"
    if all(word[:1].isupper() for word in words) and any(
        word.casefold() in TITLE_CASE_TELLS for word in words
    ):
        return "title_case_line"
    return None


def _type_word_at(text: str, tokens: list[Token], after: int, match: NameMatch) -> bool:
    """A type word of a place, street, fund or institution at token `after`."""
    word = tokens[after].low
    if word.startswith(WORDS_AFTER) or PLACE_ABBREVIATION_AT.match(text, tokens[after].start):
        return True
    if word in NAMESAKE_ABBREVIATIONS_AFTER and text.startswith(".", tokens[after].end):
        return True  # "Т.Сатылганов көч., 12"
    if word.startswith(RUSSIAN_TYPE_AFTER) and _adjectival(tokens[match.last].text):
        return True  # "Ивана Ноокенского района": a unit's adjective, no surname
    if word.startswith(NAMESAKE_AFTER_BARE) and _bare(tokens[match.last].text, match):
        return True
    if word in PHRASES_AFTER_FIRST:  # "айыл аймагы": a type of two words
        following = text[tokens[after].start : tokens[after].start + PHRASE_REACH]
        return following.casefold().startswith(PHRASES_AFTER)
    return False


def _genitive_owner(tokens: list[Token], match: NameMatch, after: int) -> bool:
    """A surname with a Kyrgyz genitive ending before a place's type word ("башчысы Т.
    Абдрахмановдун айыл аймагынын программасы"): the person owns what follows (his
    report, the aimak he heads); a unit named after a person stands bare before its
    type word ("Т. Абдрахманов айыл аймагы", "Т.Сатылганов көчөсү"). Not before a
    namesake's word ("Бакыт Бекиевдин атын алып жүрөт": the name the school bears)."""
    last = tokens[match.last].text
    word = tokens[after].low
    return (
        (word in PLACE_PHRASE_FIRSTS or word.startswith(PLACE_TYPE_STEMS))
        and match.surname != ""
        and not _bare(last, match)
        and last.casefold().startswith(match.surname.casefold())
        and last.casefold().endswith(GENITIVES)
    )


def _person_with_role(text: str, tokens: list[Token], match: NameMatch, is_unit: UnitTest) -> bool:
    """A given name and a surname that name no unit of the gazetteer, then a place's
    type word in the genitive and a role word ("айыл өкмөтүнүн башчысы"): the role of
    the person, as "Болот Мамбетов айыл өкмөтүнүн" is the ayil aimak's."""
    if not match.given or is_unit(match.name) or is_unit(match.surname):
        return False
    k = match.last + 1
    if tokens[k].low in PHRASES_AFTER_FIRST:  # "айыл" of "айыл өкмөтүнүн"
        k += 1
    if k + 1 >= len(tokens) or not all(
        ROLE_GAP.fullmatch(gap_after(text, tokens, j)) for j in range(match.last, k + 1)
    ):
        return False
    word = tokens[k].low
    return (
        word.startswith(PLACE_TYPE_STEMS)
        and word.endswith(GENITIVES)
        and is_role_word(tokens[k + 1].text)
    )


def _person_after_role(text: str, tokens: list[Token], match: NameMatch, is_unit: UnitTest) -> bool:
    """A role word, then a given name and a surname that name no unit of the
    gazetteer, then an ayil aimak's type word of two words ("адиси Айпери Жумабаева
    айыл өкмөтү ..."): the person holding the role, the sentence's subject; the
    place extractor drops the unit (places.person_after_role). A surname that is a
    unit's name too ("башчысы Таалай Осмонкулов айыл аймагынын бюджети") needs a
    given name of the lexicon (listed or built) to be the person's."""
    if not match.given or match.first == 0 or is_unit(match.name):
        return False
    if is_unit(match.surname) and not listed_or_built_given(match.given):
        return False
    role = match.first - 1
    return (
        tokens[match.last + 1].low in PHRASES_AFTER_FIRST
        and is_role_word(tokens[role].text)
        and ROLE_GAP.fullmatch(gap_after(text, tokens, role)) is not None
    )


# The rest of a quoted title a name opens: a few capitalised words, then the closing
# quote ("«Талас Агро Сервис»"); a quoted sentence has words in lower case.
_TITLE_WORDS = r"(?:[ ]{1,3}\p{Lu}[\p{L}-]{0,20}){0,3}"
_TITLE_REST = rx.compile(_TITLE_WORDS)
_TITLE_REST_LENGTH = 70


def _quoted(text: str, match: NameMatch) -> bool:
    """«Ата Мекен», "Ата Мекендин": the name fills a pair of quotation marks; or opens a
    quoted title of capitalised words («Талас Агро Сервис»: a firm's name)."""
    return _opens_quoted(text, match, _TITLE_REST)


def _opens_quoted(text: str, match: NameMatch, rest_of_title: regex.Pattern[str]) -> bool:
    """The name right after an opening quotation mark, and what follows it up to the
    closing one (within _TITLE_REST_LENGTH characters) is `rest_of_title` whole."""
    if match.start == 0 or text[match.start - 1] not in QUOTES_OPEN:
        return False
    rest = text[match.end : match.end + _TITLE_REST_LENGTH]
    close = next((i for i, ch in enumerate(rest) if ch in QUOTES_CLOSE), None)
    return close is not None and rest_of_title.fullmatch(rest, 0, close) is not None


# A quoted title closed by the year of its edition, maybe after a dash ("«Нарын Экспо –
# 2025»", "«Ош Фест 2024»"): the capitalised words, then the year and the closing quote.
_EDITION_YEAR_DIGITS = 4
_EDITION_REST = rx.compile(
    _TITLE_WORDS + rf"[ ]{{1,3}}(?:[-–—][ ]{{1,3}})?\d{{{_EDITION_YEAR_DIGITS}}}"
)


def _quoted_edition(text: str, match: NameMatch) -> bool:
    """A name opening a quoted title that ends in the year of its edition ("«Талас Маркет
    – 2025» жарманкеси", "фестиваль «Айгуль Фест 2023»"; round 53): an event's or a
    fair's name, as a quoted title of capitalised words is (`_quoted`), not a person's;
    the year tells it, so the title's words need no other mark."""
    return _opens_quoted(text, match, _EDITION_REST)


def _adjectival(word: str) -> bool:
    """A word of an adjectival surname's shape, in the nominative or another case."""
    return word.casefold().endswith(_ADJECTIVAL_NOMINATIVES) or adjectival_oblique(word) is not None


def _bare(last_word: str, match: NameMatch) -> bool:
    """Whether the name's last word is written without a case ending."""
    return last_word.casefold() in (match.surname.casefold(), match.given.casefold())
