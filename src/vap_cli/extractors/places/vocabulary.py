"""The places lexicon (lexicon/places.yaml) as tables and patterns, built once at import:
type words and their inflected forms, words that veto a place, page-chrome patterns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ... import diskcache, morph, rx
from ...fold import fold
from ...lexicon import load, source
from ...models import UNIT_LEVELS
from ...plain import Fields
from .constants import (
    MISSPELT_TYPE_FORM_MIN_LENGTH,
    MISSPELT_TYPE_STEM_MIN_LENGTH,
    NOT_PLACE_PREFIX_MIN_LENGTH,
    PERSON_NAME_MIN_LENGTH,
)

LEX = load("places")
# Level preference among units of one name: the largest first (oblast), as the levels go.
LEVEL_RANK: dict[str, int] = {lv: i for i, lv in enumerate(UNIT_LEVELS)}
BARE_LEVELS: tuple[str, ...] = tuple(LEX["bare_levels"])
REGION_LEVELS: tuple[str, ...] = tuple(LEX["region_levels"])
OUTPUT_LEVEL: dict[str, str] = LEX["output_levels"]
OWNER_LEVEL: dict[str, str] = LEX["owner_level"]
CHILD_LEVEL: dict[str, str] = LEX["child_of_level"]  # a unit's level -> its children's
LOWER_CASE_LEVELS: tuple[str, ...] = tuple(LEX["lower_case_levels"])
RU_VOWEL_LEVELS: frozenset[str] = frozenset(LEX["russian_vowel_levels"])
TEXT_SPELLING_LEVELS: frozenset[str] = frozenset(LEX["text_spelling_levels"])
FUZZY_SPELLING_LEVELS: frozenset[str] = frozenset(LEX["fuzzy_spelling_levels"])
SURNAME_FORM_NAME_ENDINGS: tuple[str, ...] = tuple(LEX["surname_form_name_endings"])
RUSSIAN_VILLAGE_ENDINGS: tuple[str, ...] = tuple(LEX["russian_village_endings"])
RU_PLURAL_ADJ_ENDINGS: tuple[str, ...] = tuple(LEX["russian_plural_adjective_endings"])
RU_NEUTER_NOUN_ENDINGS: tuple[str, ...] = tuple(LEX["russian_neuter_noun_endings"])


# A month's name (dates lexicon) is a common word too: "17 Октябрь 2018" is a date,
# the ayil aimak and Bishkek's district named Октябрь come with their type word.
NEEDS_TYPE: frozenset[str] = frozenset(
    fold(w) for w in [*LEX["needs_type_word"], *(m["ky"] for m in load("dates")["months"])]
)
COUNTRIES: frozenset[str] = frozenset(fold(w) for w in LEX["countries"])
COMMON_WORDS: frozenset[str] = frozenset(fold(w) for w in LEX["common_words"])
PERSON_ENDINGS: tuple[str, ...] = tuple(sorted(LEX["person_name_endings"], key=len, reverse=True))
JOINERS: frozenset[str] = frozenset(LEX["list_joiners"])
NAMED_AFTER: frozenset[str] = frozenset(LEX["named_after"])
NAMED_AFTER_FULL: frozenset[str] = frozenset(LEX["named_after_full"])
NAMED_AFTER_KY: frozenset[str] = frozenset(LEX["named_after_ky"])
ROAD_WORDS: tuple[str, ...] = tuple(LEX["road_words"])
BARE_RANK: dict[str, int] = {lv: i for i, lv in enumerate(LEX["bare_rank"])}
DATELINE_LEVELS: dict[str, int] = {lv: i for i, lv in enumerate(LEX["dateline_levels"])}
NOT_PLACE_BEFORE: frozenset[str] = frozenset(w.casefold() for w in LEX["not_place_before"])
NOT_PLACE_BEFORE_BARE: frozenset[str] = frozenset(
    w.casefold() for w in LEX["not_place_before_bare"]
)
NOT_PLACE_AFTER: frozenset[str] = frozenset(w.casefold() for w in LEX["not_place_after"])
PUBLICATION_NOUNS: tuple[str, ...] = tuple(w.casefold() for w in LEX["publication_nouns"])
LANDFORM_PREPOSITIONS_RU: frozenset[str] = frozenset(LEX["landform_prepositions_ru"])
LANDFORM_NAME_PARTS: frozenset[str] = frozenset(fold(w) for w in LEX["landform_name_parts"])
LAKE_NAME_PARTS: frozenset[str] = frozenset(fold(w) for w in LEX["lake_name_parts"])
LAKE_SHORE_KY: tuple[str, ...] = tuple(LEX["lake_shore_ky"])
# the land around a lake or pass, or along its shore
LANDFORM_SURROUNDINGS_KY: tuple[str, ...] = (*LEX["landform_surroundings_ky"], *LAKE_SHORE_KY)
COMPASS_WORDS_KY: frozenset[str] = frozenset(LEX["compass_words_ky"])
# a road's noun after a lake's or pass's name in the dative, and how many words between
LANDFORM_WAY_NOUNS_KY: frozenset[str] = frozenset(fold(w) for w in LEX["landform_way_nouns_ky"])
LANDFORM_WAY_REACH: int = LEX["landform_way_reach"]
LANDFORM_WAY_BETWEEN_KY: frozenset[str] = frozenset(fold(w) for w in LEX["landform_way_between_ky"])
PRODUCE_NOUNS_KY: frozenset[str] = frozenset(w.casefold() for w in LEX["produce_nouns_ky"])
PRODUCE_TRADE_STEMS: tuple[str, ...] = tuple(w.casefold() for w in LEX["produce_trade_stems"])
# Long stems also match as prefixes (проспектисиндеги); short ones only whole.
NOT_PLACE_PREFIXES: tuple[str, ...] = tuple(
    w for w in NOT_PLACE_BEFORE if len(w) >= NOT_PLACE_PREFIX_MIN_LENGTH
)
CELL_ADJECTIVE: dict[str, str] = LEX["russian_cell_adjective"]
# The gender an adjectival name's ending shows, for the genders of the type nouns.
GENDER: dict[str, str] = {
    ending: gender
    for gender in CELL_ADJECTIVE
    for ending in morph.russian_unit_adjective_endings(gender)
}
COLUMN_HEADERS: dict[str, str] = {
    word.casefold(): level for level, words in LEX["column_headers"].items() for word in words
}
RU_NOUN_ENDINGS: tuple[str, ...] = morph.RU_PLACE_NOUN_ENDINGS
RU_NOUN_LEVELS: frozenset[str] = frozenset(LEX["russian_noun_levels"])
RU_VILLAGE_ENDINGS: tuple[str, ...] = tuple(LEX["russian_village_noun_endings"])
RU_VILLAGE_PREPOSITIONS: frozenset[str] = frozenset(LEX["russian_village_prepositions"])
# A preposition of origin or place -> the endings of the case it governs ("из": the
# genitive's, "в": the prepositional's).
RU_ORIGIN_PREPOSITION_CASES: dict[str, tuple[str, ...]] = {
    word: morph.russian_place_noun_case_endings(case)
    for word, case in LEX["russian_origin_prepositions"].items()
}
# The Russian words that govern "в" and a person's prepositional ("уверены в",
# "сомневаются в"; whole words, case-folded), and the prepositions of place that govern
# the prepositional ("в", "во"; not "из"): no place after both (rule
# places.person_after_governing_word).
RU_PERSON_GOVERNING_WORDS: frozenset[str] = frozenset(
    w.casefold() for w in LEX["person_governing_words_ru"]
)
RU_PREPOSITIONAL_PREPOSITIONS: frozenset[str] = frozenset(
    word for word, case in LEX["russian_origin_prepositions"].items() if case == "prepositional"
)
RU_NOUN_STEM_FINALS: tuple[str, ...] = ("", *LEX["russian_noun_stem_finals"])
# A Russian name's case endings, each with the endings its nominative may have in its
# place: a noun's (в Бишкек-е, в Кара-Балт-е -> -а), then a neuter adjective's (в селе
# Степн-ом -> -ое).
_NEUTER = LEX["russian_neuter_name"]
RU_NOUN_READINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *((e, RU_NOUN_STEM_FINALS) for e in RU_NOUN_ENDINGS),
    *((e, tuple(_NEUTER["nominatives"])) for e in _NEUTER["endings"]),
)
RU_PLURAL_BEFORE: frozenset[str] = frozenset(LEX["russian_plural_before"])


def russian_nominatives(text: str, low: str) -> Iterator[str]:
    """The nominatives a word in a Russian case may stand for ("Бишкеке": "Бишкек",
    "Бишкека"; "Степном": "Степное"): each case ending of RU_NOUN_READINGS the word ends
    in (tested on `low`, the word folded or casefolded) given each of its nominative's
    endings."""
    for ending, finals in RU_NOUN_READINGS:
        if low.endswith(ending):
            for final in finals:
                yield text[: -len(ending)] + final


RU_ADJ_ENDINGS: tuple[str, ...] = morph.RU_UNIT_ADJECTIVE_ENDINGS


# The prepositions before a Russian noun that says where an event is held, and how many
# words after the name an event's kind word or verb may stand (lexicon).
VENUE_PREPOSITIONS: frozenset[str] = frozenset(LEX["venue_prepositions"])
VENUE_WORDS_AFTER: int = LEX["venue_words_after"]
VENUE_EVENT_PREPOSITIONS = frozenset(LEX["venue_event_prepositions"])
VENUE_WORDS_AFTER_VERB: int = LEX["venue_words_after_verb"]
VENUE_KIND_BEFORE_VERB: int = LEX["venue_kind_before_verb"]
# The ends of a way: the cases of its Kyrgyz ends, the prepositions of its Russian ends
# and the levels of a settlement an end names, in order (lexicon).
ROUTE_FROM_CASE: str = LEX["route_cases"]["from"]
ROUTE_TO_CASE: str = LEX["route_cases"]["to"]
ROUTE_FROM_RU: frozenset[str] = frozenset(LEX["route_prepositions_ru"]["from"])
ROUTE_TO_RU: frozenset[str] = frozenset(LEX["route_prepositions_ru"]["to"])
ROUTE_BETWEEN_JOINERS_KY: frozenset[str] = frozenset(LEX["route_between_ky"]["joiners"])
ROUTE_BETWEEN_AFTER_KY: tuple[str, ...] = tuple(LEX["route_between_ky"]["after"])
ROUTE_LEVELS: tuple[str, ...] = tuple(LEX["route_levels"])
ROUTE_TOWARD_RU: frozenset[str] = frozenset(LEX["route_toward_ru"])
ROUTE_VIA_KY: frozenset[str] = frozenset(LEX["route_via_ky"])
ROUTE_LIMIT_WORDS: tuple[str, ...] = tuple(LEX["route_limit_words"])


# Stems of an office's noun after a bare name: the city it is in (`places.office_city`).
OFFICE_NOUNS: tuple[str, ...] = tuple(w.casefold() for w in LEX["office_nouns"])
OBLAST_BODY_ADJECTIVES: frozenset[str] = frozenset(LEX["oblast_body_adjectives"])
FROM_CITY_PARTICIPLES: frozenset[str] = frozenset(LEX["from_city_participles"])
FROM_CITY_ADVERBS: frozenset[str] = frozenset(LEX["from_city_adverbs"])
HOME_PARTICIPLES: frozenset[str] = frozenset(LEX["home_participles"])


# Stems of a head's title -> the level it heads, before a name and after it.
HEAD_BEFORE: dict[str, str] = {
    stem: level for level, e in LEX["head_titles"].items() for stem in e["before"]
}
HEAD_AFTER: dict[str, str] = {
    stem: level for level, e in LEX["head_titles"].items() for stem in e["after"]
}


# The ayil aimak's level (an ayil okmotu's territory), for the rules that single it out
# (bracketed_aimaks, place_columns, person_names, landforms).
AYIL_AIMAK = "ayil_aimak"
# Levels a name the gazetteer lacks may have (every oblast and district is known).
SMALL_LEVELS = ("ayil_aimak", "village", "town")
# A city and a town are one kind of unit: a type word of either names both as a city.
CITY_KIND = frozenset({"city", "town"})


class TypeWord(Fields):
    __slots__ = ("level", "units", "known_only")
    level: str
    units: tuple[str, ...]
    # Types only a name the gazetteer has at this level and at no larger one ("Кызыл-Туу
    # аймагы": the ayil aimak; "Ысык-Көл аймагы" is the region, no unit of its own).
    known_only: bool

    def __init__(self, level: str, units: tuple[str, ...], known_only: bool = False) -> None:
        self.level = level
        self.units = units
        self.known_only = known_only


KY_AFTER: list[tuple[tuple[str, ...], TypeWord, bool]] = [
    (
        tuple(e["words"]),
        TypeWord(e["level"], tuple(e["units"]), bool(e.get("known_only"))),
        bool(e.get("possessed")),
    )
    for e in LEX["kyrgyz_after"]
]
ABBR_AFTER: dict[str, str] = LEX["abbreviations_after"]
RU_AFTER_NAME_PLURAL: frozenset[str] = frozenset(LEX["russian_after_name_plural_endings"])
RU_AFTER_NAME: list[tuple[tuple[str, ...], TypeWord]] = [
    (tuple(e["words"]), TypeWord(e["level"], tuple(e["units"]))) for e in LEX["russian_after_name"]
]


def _type_forms() -> dict[str, list[tuple[tuple[str, ...], TypeWord, bool, str | None]]]:
    """Every inflected form of each type word's last word (generated once by morph):
    form -> [(words, type, plural, case)]."""
    table: dict[str, list[tuple[tuple[str, ...], TypeWord, bool, str | None]]] = {}
    for words, tw, possessed in KY_AFTER:
        stem = words[-1]
        for ending in sorted(morph.suffixes_for(stem)):  # a set: one order in every process
            names = morph.suffix_names(stem, ending) or ()
            if possessed and "possessive" not in names:
                continue
            form = morph.surface(stem, ending)
            entry = (words, tw, "plural" in names, morph.case_of(stem, ending))
            table.setdefault(form, []).append(entry)
    return table


def _noun_forms() -> dict[str, TypeWord]:
    """The forms of one-word type words that must carry the possessive after a name
    (айыл) that have a case or the plural and no possessive: alone they are the noun,
    not the adjective ("төмөнкү айылдарда: X, Y", "үч айылда: X, Y")."""
    table: dict[str, TypeWord] = {}
    for words, tw, possessed in KY_AFTER:
        if not possessed or len(words) > 1 or tw.known_only:
            continue  # "аймактарда" (in the regions) types no level of its own
        for ending in sorted(morph.suffixes_for(words[0])):
            names = morph.suffix_names(words[0], ending) or ()
            if names and "possessive" not in names and "belonging" not in names:
                table.setdefault(morph.surface(words[0], ending), tw)
    return table


def _misspelt_type_forms(
    type_forms: dict[str, list[tuple[tuple[str, ...], TypeWord, bool, str | None]]],
) -> dict[str, tuple[tuple[str, ...], TypeWord, bool, str | None]]:
    """Long forms of one-word type words with a long stem, keyed by the form itself and
    by the form with any one letter dropped: a word one letter longer or shorter than a
    form finds it through one of its own keys (see misspelt_type_form)."""
    table: dict[str, tuple[tuple[str, ...], TypeWord, bool, str | None]] = {}
    for form, entries in type_forms.items():
        for entry in entries:
            words = entry[0]
            if len(words) != 1 or len(words[0]) < MISSPELT_TYPE_STEM_MIN_LENGTH:
                continue
            if len(form) < MISSPELT_TYPE_FORM_MIN_LENGTH:
                continue
            for i in range(len(words[0]), len(form)):
                table.setdefault(form[:i] + form[i + 1 :], entry)
    return table


def _all_type_forms() -> tuple[
    dict[str, list[tuple[tuple[str, ...], TypeWord, bool, str | None]]],
    dict[str, TypeWord],
    dict[str, tuple[tuple[str, ...], TypeWord, bool, str | None]],
]:
    """TYPE_FORMS, NOUN_TYPE_FORMS and MISSPELT_TYPE_FORMS, made in one go (one entry
    of the disk cache)."""
    type_forms = _type_forms()
    return type_forms, _noun_forms(), _misspelt_type_forms(type_forms)


# What the type words' forms are made from (their disk cache's key): the lexicon, this
# module and its constants, and what morph makes the forms with.
_FORMS_SOURCES = morph.made_with(
    source("places"), Path(__file__), Path(__file__).with_name("constants.py")
)
# Every form of the type words (made by morph: a few % of a one-file run's start-up),
# read from the disk cache; NOUN_TYPE_FORMS is read only before a colon that a list of
# names follows (marks.mark_type_labels).
TYPE_FORMS, NOUN_TYPE_FORMS, MISSPELT_TYPE_FORMS = diskcache.cached(
    "place-type-forms", _FORMS_SOURCES, _all_type_forms
)
LONG_TYPE_FORMS: dict[str, tuple[tuple[str, ...], TypeWord, bool, str | None]] = {
    form: entries[0]
    for form, entries in TYPE_FORMS.items()
    if len(entries[0][0]) == 1
    and len(entries[0][0][0]) >= MISSPELT_TYPE_STEM_MIN_LENGTH
    and len(form) >= MISSPELT_TYPE_FORM_MIN_LENGTH
}


# The letters every misspelt form opens with: its stem's, which a misspelling keeps
# (a key of MISSPELT_TYPE_FORMS, or a word opening with LONG_TYPE_FORMS' stem).
_MISSPELT_OPENINGS: frozenset[str] = frozenset(
    [
        *(key[:MISSPELT_TYPE_STEM_MIN_LENGTH] for key in MISSPELT_TYPE_FORMS),
        *(entry[0][0][:MISSPELT_TYPE_STEM_MIN_LENGTH] for entry in LONG_TYPE_FORMS.values()),
    ]
)


def misspelt_type_form(word: str) -> tuple[tuple[str, ...], TypeWord, bool, str | None] | None:
    """The type word a misspelt ending stands for: one letter of the ending dropped
    (облуснун: облусунун) or one added (облустунун: облусунун), the stem intact."""
    if word in TYPE_FORMS or word[:MISSPELT_TYPE_STEM_MIN_LENGTH] not in _MISSPELT_OPENINGS:
        return None
    dropped = MISSPELT_TYPE_FORMS.get(word)
    if dropped is not None:
        return dropped
    for i in range(MISSPELT_TYPE_STEM_MIN_LENGTH, len(word)):
        added = LONG_TYPE_FORMS.get(word[:i] + word[i + 1 :])
        if added is not None and word.startswith(added[0][0]):
            return added
    return None


SHORT_TYPE_STARTS: dict[str, str] = LEX["shortened_type_starts"]
_SHORT_STARTS: tuple[str, ...] = tuple(SHORT_TYPE_STARTS)


def shortened_type_form(low: str) -> tuple[tuple[str, ...], TypeWord, bool, str | None] | None:
    """The type word a word written short at its start stands for ("р-нунун": районунун,
    "а/аймагында": айыл аймагында), its ending in full; `low`, the case-folded word."""
    if not low.startswith(_SHORT_STARTS):
        return None
    for start, full in SHORT_TYPE_STARTS.items():
        if len(low) <= len(start) or not low.startswith(start):
            continue
        words = tuple((full + low[len(start) :]).split())
        for entry in TYPE_FORMS.get(words[-1], ()):
            if entry[0][:-1] == words[:-1] and len(entry[0]) == len(words):
                return entry
    return None


TYPE_MAX_WORDS = max(len(words) for words, _, _ in KY_AFTER)
# The folded words a type word's forms open with: a word of one word's form itself, the
# first word of a longer one.
TYPE_STARTS: frozenset[str] = frozenset(
    form if len(words) == 1 else words[0]
    for form, entries in TYPE_FORMS.items()
    for words, _, _, _ in entries
)
RU_BEFORE_PHRASES: list[tuple[tuple[str, ...], TypeWord]] = [
    (tuple(e["words"]), TypeWord(e["level"], tuple(e["units"]), bool(e.get("known_only"))))
    for e in LEX["russian_before_phrases"]
]
# Kyrgyz abbreviations before a name: as written, in lower case ("А." is an initial).
KY_BEFORE: dict[str, TypeWord] = {
    k: TypeWord(v["level"], tuple(v["units"])) for k, v in LEX["abbreviations_before"].items()
}
RU_BEFORE: dict[str, TypeWord] = {
    k.casefold(): TypeWord(v["level"], tuple(v["units"]), bool(v.get("known_only")))
    for k, v in LEX["russian_before"].items()
}
LEVEL_UNITS: dict[str, tuple[str, ...]] = {tw.level: tw.units for _, tw, _ in KY_AFTER} | {
    "oblast": ("oblast",),
    "district": ("district",),
    "ayil_aimak": ("ayil_aimak",),
}

SPACES = rx.written_out((" ", 0, 5))  # [ ]{0,5}
# A compound's hyphen written as a dash spaced on both sides or on one ("Баш —
# Кайыңды", "Ат -Башы", "Жети- Өгүз": a typing slip), joined only where the whole is a
# name. The dashes are lexicon/sentences.yaml's (hyphen, en dash, em dash), as
# normalise/wraps.py reads them.
NAME_DASH_MARKS: str = "".join(load("sentences")["wraps"]["dash_marks"])
# [ ]{0,2}[-–—][ ]{0,2}
NAME_DASH = rx.written_out((" ", 0, 2), (NAME_DASH_MARKS, 1, 1), (" ", 0, 2))
# Between the towns of a road's name: a dash, spaced or not ("Бишкек – Нарын"): the
# same gap as a compound's.
ROAD_DASH = NAME_DASH
DOT_GAP = rx.written_out((".", 1, 1), (" ", 0, 3))  # \.[ ]{0,3}
WORD_GAP = rx.written_out((" ", 1, 3))  # [ ]{1,3}
# A Russian type word (perhaps abbreviated) before a name in quotes ("в селе «Кенеш»",
# "с. «Кенеш»"; quotes are '"' once normalised).
QUOTED_NAME_GAP = rx.written_out((".", 0, 1), (" ", 0, 3), ('"', 1, 1))  # \.?[ ]{0,3}"
# A bare slash too: it stands between names only where slashes.py read them as a list.
COMMA_GAP = rx.written_out((" ", 0, 3), (",;", 1, 1), (" ", 0, 3)) | {"/"}  # [ ]{0,3}[,;][ ]{0,3}|/
JOINER_GAP = rx.compile(r"[ ,]{1,5}\p{L}{1,6}[ ]{1,3}")
# The same between quoted names ('"Ак-Жол", "Достук" жана "Арал" айылдары').
QUOTED_COMMA_GAP = frozenset(f'"{gap}"' for gap in COMMA_GAP)  # "(?:[ ]{0,3}[,;][ ]{0,3}|/)"
QUOTED_JOINER_GAP = rx.compile(r'"[ ,]{1,5}\p{L}{1,6}[ ]{1,3}"')
# A bracketed count after a list's member, perhaps with its noun, is an aside: the list
# goes on after it and the type word may follow it ("Ат-Башы (120 киши), Баш-Кайыңды
# (56) жана Ак-Жар (48) айыл аймактарынан").
COUNT_ASIDE = rx.compile(r"[ ]{1,3}\(\d{1,6}(?:[ ]\p{L}{1,20}){0,2}\)")
COUNT_ASIDE_GAP = rx.compile(r"[ ]{1,3}\(\d{1,6}\)[ ]{1,3}")
BEFORE_JOINER = rx.written_out((",", 0, 1), (" ", 1, 3))  # ,?[ ]{1,3}
CELL_LEFT = rx.compile(r"[\t\n|][ ]{0,5}$")
CELL_RIGHT = rx.compile(r"[ ]{0,5}(?:[\t\n|]|$)")


def looks_like_person(name: str) -> bool:
    """A surname by its ending (Асанов, Ташбаева), long enough not to be a place's."""
    low = name.casefold()
    return len(low) >= PERSON_NAME_MIN_LENGTH and low.endswith(PERSON_ENDINGS)
