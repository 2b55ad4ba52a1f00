"""Kyrgyz nominal endings, generated from the harmony rules in lexicon/morphology.yaml.

A suffix takes the vowel class of the stem's last vowel and a first consonant that
follows the stem's last sound; chains (plural, possessive, case) are applied one
suffix at a time, so each suffix sees the word built so far. Two ways in:

- generate: ``forms("Нарын")`` -> {"Нарын", "Нарындын", "Нарынга", ...};
  ``suffixes_for("облус")`` -> {"", "тар", "у", "унан", "тарынын", ...}
- analyse: ``candidate_stems("облустарынын")`` -> [Analysis("облус", "тарынын"), ...]

An ending is the text after the stem's SURFACE form: a final к/п voices before a
vowel (аймак + ы = аймагы) and a soft sign drops (ноябрь + ына = ноябрына);
``surface(stem, ending)`` builds the word. Endings are lower case; the stem keeps its
case ("МАМЫТОВдун" -> stem "МАМЫТОВ", ending "дун").
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .diskcache import Stored, cache_dir, cache_key, cached
from .fold import lookalike
from .lexicon import load, source

_DATA = load("morphology")
_VOWEL_LETTERS: str = _DATA["sounds"]["vowel"]
_VOWELS: frozenset[str] = frozenset(_VOWEL_LETTERS)
_VOICED: frozenset[str] = frozenset(_DATA["sounds"]["voiced"])
_VOICELESS: frozenset[str] = frozenset(_DATA["sounds"]["voiceless"])
_SILENT_LETTERS: str = _DATA["silent"]
LONG_VOWELS: tuple[str, ...] = tuple(_DATA["long_vowels"])
_SILENT: frozenset[str] = frozenset(_SILENT_LETTERS)
_HARMONY: dict[str, dict[str, str]] = _DATA["harmony"]
_ARCHIPHONEMES: frozenset[str] = frozenset(next(iter(_HARMONY.values())))
_VOICING: dict[str, str] = _DATA["voicing"]
_UNVOICING: dict[str, str] = {v: k for k, v in _VOICING.items()}
_SUFFIXES: dict[str, dict] = _DATA["suffixes"]
_GROUPS: dict[str, list[str]] = _DATA["groups"]
_CHAINS: list[list[str]] = _DATA["chains"]


# A page typed on a Russian keyboard writes ү ө as у о (letters.yaml): a stem's у or
# о may stand for ү or ө, and the endings of those, typed so, follow it ("Чуйдо" is
# Чүйдө, "Токтогулдо"). Analysis reads them; generation never makes them.
_LETTERS = load("letters")
_TYPED_AS: dict[str, str] = {
    typed: letter
    for letter, typed in _LETTERS["fold"]["letters"].items()
    if letter in _LETTERS["russian_keyboard_lacks"] and letter in _VOWELS
}

# The cases, in the order of the data ("genitive", "dative", ...).
CASES: tuple[str, ...] = tuple(_GROUPS["case"])


def after_possessive(case: str) -> str:
    """The name of a case's form after the 3rd-person possessive (ablative -> -нан)."""
    return case + "_p"


class Analysis(NamedTuple):
    """One reading of a word: its dictionary stem and the ending after the stem's surface."""

    stem: str
    ending: str


def last_vowel(word: str) -> str | None:
    """The last harmony-bearing vowel of `word` (lower case), or None."""
    for ch in reversed(word.lower()):
        if ch in _HARMONY:
            return ch
    return None


def syllables(word: str) -> int:
    """How many syllables `word` has: its vowels, a long vowel written double counted
    once ("кара" 2, "жуу" 1)."""
    low = word.lower()
    return sum(ch in _VOWELS for ch in low) - sum(low.count(v) for v in LONG_VOWELS)


# Verbs of motion (morphology.yaml `motion_verb_stems`), and the converb's letter that
# stays where it is fused to the verb after it ("алып кел-" -> "апкел-").
MOTION_VERB_STEMS: tuple[str, ...] = tuple(_DATA["motion_verb_stems"])
_FUSED_CONVERB: str = _DATA["fused_converb_final"]
_L = "л"
_MOTION_VOWEL_STEMS = tuple(s for s in MOTION_VERB_STEMS if s[-1] in _VOWELS)
_MOTION_L_STEMS = tuple(s for s in MOTION_VERB_STEMS if s.endswith(_L))


def no_passive_l(stem: str) -> bool:
    """A verb's stem ending in л ("жөнөл" of "жөнөлдү", "апкел" of "апкелди") whose л is
    no passive suffix: a reflexive of going after a motion verb's stem that ends in a
    vowel ("жөнө-л": set off), or the motion verb's own root ("кел"), also fused to a
    converb before it ("ап-кел", "алп-кел": "алып кел-", brought; morphology.yaml
    `motion_verb_stems`, `fused_converb_final`). A motion verb's impersonal passive
    ("барылды", "келинди") takes its suffix after the root's consonant: not asked here."""
    low = stem.lower()
    if not low.endswith(_L):
        return False
    if low[: -len(_L)].endswith(_MOTION_VOWEL_STEMS):
        return True
    return any(
        low.endswith(root) and (low == root or low[: -len(root)].endswith(_FUSED_CONVERB))
        for root in _MOTION_L_STEMS
    )


def _final_letter(word: str) -> str:
    """The last sounding letter (a soft sign is skipped)."""
    for ch in reversed(word.lower()):
        if ch not in _SILENT and ch.isalpha():
            return ch
    return ""


def sound_class(letter: str) -> str | None:
    if letter in _VOWELS:
        return "vowel"
    if letter in _VOICED:
        return "voiced"
    if letter in _VOICELESS:
        return "voiceless"
    return None


def _realisations(name: str, vowel: str, final: str) -> tuple[str, ...]:
    """Every spelling of suffix `name` after a word whose last vowel is `vowel` and last
    letter `final`: an `after` override may list several (Кочкор-лук and Кочкор-дук)."""
    spec = _SUFFIXES[name]
    templates = (spec.get("after") or {}).get(final)
    if templates is None:
        klass = sound_class(final)
        if klass is None:
            return ()
        templates = spec.get(klass)
        if templates is None:
            return ()
    if isinstance(templates, str):
        templates = [templates]
    return tuple(_harmonise(template, vowel) for template in templates)


def _realise(name: str, vowel: str, final: str) -> str | None:
    """The first (standard) spelling of suffix `name` after (vowel, final), if any."""
    return next(iter(_realisations(name, vowel, final)), None)


def _harmonise(template: str, vowel: str) -> str:
    """A suffix template with its A and I after a word whose last vowel is `vowel`."""
    # Each vowel harmonises with the one before it (облус-ун-да-гы, not -гу).
    out = []
    for ch in template:
        if ch in _ARCHIPHONEMES:
            ch = _HARMONY[vowel][ch]
        if ch in _HARMONY:
            vowel = ch
        out.append(ch)
    return "".join(out)


def _chain_endings(vowel: str, final: str, chain: list[str]) -> dict[str, tuple[str, ...]]:
    """Every ending a chain of suffix slots produces after (vowel, final), with its suffixes."""
    states: list[tuple[str, str, str, tuple[str, ...]]] = [("", vowel, final, ())]
    for slot in chain:
        names = _GROUPS.get(slot, [slot])
        new_states = []
        for ending, v, f, tags in states:
            for name in names:
                for suffix in _realisations(name, v, f):
                    grown = ending + suffix
                    new_states.append((grown, last_vowel(grown) or v, grown[-1], (*tags, name)))
        states = new_states
    return {ending: tags for ending, _, _, tags in states}


def _build_tagged_endings(vowel: str, final: str) -> dict[str, tuple[str, ...]]:
    tagged: dict[str, tuple[str, ...]] = {"": ()}
    for chain in _CHAINS:
        for ending, tags in _chain_endings(vowel, final, chain).items():
            tagged.setdefault(ending, tags)
    return tagged


_FINALS = sorted(_VOWELS | _VOICED | _VOICELESS)


def _build_table() -> dict[tuple[str, str], dict[str, tuple[str, ...]]]:
    """The endings of every (last vowel, final letter) class: built once, cached on disk.
    An ending or a tuple of tags that several classes share is one object, stored
    once: the cached table is a third of the size and loads about four times faster."""
    shared: dict[Any, Any] = {}
    return {
        (vowel, final): {
            shared.setdefault(ending, ending): shared.setdefault(tags, tags)
            for ending, tags in _build_tagged_endings(vowel, final).items()
        }
        for vowel in _HARMONY
        for final in _FINALS
    }


# Keyed by the rules and by this module, which turns them into endings.
_TABLE = cached("morph", [source("morphology"), Path(__file__)], _build_table)


@cache
def _tagged_endings(vowel: str, final: str) -> dict[str, tuple[str, ...]]:
    known = _TABLE.get((vowel, final))
    return known if known is not None else _build_tagged_endings(vowel, final)


@cache
def _endings_for_class(vowel: str, final: str) -> frozenset[str]:
    return frozenset(_tagged_endings(vowel, final))


def suffixes_for(stem: str) -> set[str]:
    """Every ending (lower case, "" included) the stem can take; see `surface`."""
    vowel = last_vowel(stem)
    final = _final_letter(stem)
    if vowel is None or not final:
        return {""}
    return set(_endings_for_class(vowel, final))


def surface(stem: str, ending: str) -> str:
    """The written word: stem + ending, with a soft sign dropped and к/п voiced before a vowel."""
    if not ending:
        return stem
    base = stem
    while base and base[-1].lower() in _SILENT:
        base = base[:-1]
    if ending[0] in _VOWELS and base and base[-1].lower() in _VOICING:
        voiced = _VOICING[base[-1].lower()]
        base = base[:-1] + (voiced.upper() if base[-1].isupper() else voiced)
    return base + ending


def forms(stem: str) -> set[str]:
    """Every inflected form of `stem` generated from the rules."""
    return {surface(stem, ending) for ending in suffixes_for(stem)}


def _all_endings() -> frozenset[str]:
    out: set[str] = set()
    for tagged in _TABLE.values():
        out.update(tagged)
    return frozenset(out)


ALL_ENDINGS: frozenset[str] = _all_endings()
MAX_ENDING: int = max(len(e) for e in ALL_ENDINGS)


def _stems_of_surface(base: str, ending: str) -> list[str]:
    """Dictionary stems whose surface before `ending` is `base`."""
    stems = [base]
    last = base[-1]
    if ending[0] in _VOWELS and last.lower() in _UNVOICING:
        plain = _UNVOICING[last.lower()]
        stems.append(base[:-1] + (plain.upper() if last.isupper() else plain))
    return stems


def candidate_stems(word: str, min_stem: int = 2) -> list[Analysis]:
    """Readings of `word` as stem + valid ending, the longest ending first.

    The whole word with an empty ending is always the last reading. An ending is
    valid only if the rules generate it for that stem (its harmony class and final
    sound), so "Оштон" -> "Ош" but "Оштан" is not read as Ош + тан.
    """
    return list(_candidate_stems(word, min_stem))


@lru_cache(maxsize=65536)
def _candidate_stems(word: str, min_stem: int) -> tuple[Analysis, ...]:
    out: list[Analysis] = []
    lower = word.lower()
    for cut in range(max(min_stem, len(word) - MAX_ENDING), len(word)):
        ending = lower[cut:]
        if ending not in ALL_ENDINGS:
            continue
        base = word[:cut]
        for stem in _stems_of_surface(base, ending):
            if ending in _endings_for_key(stem):
                out.append(Analysis(stem, ending))
    out.append(Analysis(word, ""))
    return tuple(out)


def _endings_for_key(stem: str) -> frozenset[str]:
    vowel = last_vowel(stem)
    final = _final_letter(stem)
    if vowel is None or not final:
        return frozenset({""})
    return frozenset(_read_endings(vowel, final))


@cache
def _read_endings(vowel: str, final: str) -> dict[str, tuple[str, ...]]:
    """The endings a stem of this class is read with: its own, and after у or о
    those of ү or ө as a Russian keyboard types them (its own win)."""
    own = _tagged_endings(vowel, final)
    front = _TYPED_AS.get(vowel)
    if front is None:
        return own
    typed = {lookalike(e): tags for e, tags in _tagged_endings(front, final).items()}
    return {**typed, **own}


# Distinct (stem, ending) pairs asked of by the extractors (places' type words, read at
# every word after a name) and by the tables built at import: each answered once.
_PAIRS_MEMO = 16384


@lru_cache(maxsize=_PAIRS_MEMO)
def suffix_names(stem: str, ending: str) -> tuple[str, ...] | None:
    """The suffixes an ending is made of (("plural", "possessive", "genitive_p") for
    облус + тарынын), or None when the rules do not generate it for this stem."""
    vowel = last_vowel(stem)
    final = _final_letter(stem)
    if vowel is None or not final:
        return () if not ending else None
    return _read_endings(vowel, final).get(ending)


@lru_cache(maxsize=_PAIRS_MEMO)
def case_of(stem: str, ending: str) -> str | None:
    """The grammatical case an ending ends in ("ablative" for облусунан and Оштон), or
    None for a bare, plural-only or possessive-only form."""
    names = suffix_names(stem, ending) or ()
    for name in reversed(names):
        base = name.removesuffix("_p")
        if base in _GROUPS["case"]:
            return base
    return None


def strip_ending(word: str) -> Analysis:
    """The reading with the longest valid ending (the word itself when none)."""
    return candidate_stems(word)[0]


def inflect(stem: str, *suffixes: str) -> str:
    """`stem` with the named suffixes applied in order: inflect("жыл", "plural") = жылдар
    (read from the disk cache when made before: `_forms`)."""
    return _forms().get(("inflect", stem, suffixes), lambda: _inflect(stem, *suffixes))


def _inflect(stem: str, *suffixes: str) -> str:
    ending = ""
    vowel, final = last_vowel(stem), _final_letter(stem)
    for name in suffixes:
        suffix = _realise(name, vowel, final) if vowel and final else None
        if suffix is None:
            raise ValueError(f"the rules give no {name} suffix after {stem!r}")
        ending += suffix
        vowel, final = last_vowel(suffix) or vowel, suffix[-1]
    return surface(stem, ending)


# The chains that make a case form of a noun: a case on the bare stem, the 3rd-person
# possessive alone (a nominative: "25-октябры") and a case after the possessive.
_CASE_CHAINS: tuple[tuple[str, ...], ...] = (("case",), ("possessive",), ("possessive", "case_p"))
_NOMINATIVE = "nominative"


def _case_name(tags: tuple[str, ...]) -> str:
    base = tags[-1].removesuffix("_p")
    return base if base in _GROUPS["case"] else _NOMINATIVE


def case_forms(word: str, possessed: bool = False) -> dict[str, str]:
    """Every case form of `word`, bare and possessive -> its case name ("nominative"
    for the word itself and its bare possessive). A word already in the possessive
    (`possessed`: "Үчтүн айы") takes only the cases that follow a possessive.

    A final soft sign drops before an ending (ноябрь -> ноябрда); writers also drop
    it from the bare word (ноябр) and keep it before an ending (ноябрьда), so those
    spellings are generated too.
    """
    out: dict[str, str] = {word: _NOMINATIVE}
    vowel, final = last_vowel(word), _final_letter(word)
    if vowel is None or not final:
        return out
    if possessed:
        for ending, tags in _chain_endings(vowel, final, ["case_p"]).items():
            out.setdefault(word + ending, _case_name(tags))
        return out
    on_stem, *after_possessive = (_chain_endings(vowel, final, list(c)) for c in _CASE_CHAINS)
    if word[-1].lower() in _SILENT:
        out.setdefault(word.rstrip(_SILENT_LETTERS + _SILENT_LETTERS.upper()), _NOMINATIVE)
    for ending, tags in on_stem.items():
        out.setdefault(surface(word, ending), _case_name(tags))
    if word[-1].lower() in _SILENT:
        for ending, tags in on_stem.items():
            out.setdefault(word + ending, _case_name(tags))
    for endings in after_possessive:
        for ending, tags in endings.items():
            out.setdefault(surface(word, ending), _case_name(tags))
    return out


def variants(*suffixes: str) -> tuple[str, ...]:
    """Every spelling the named suffixes (or groups) take after any word, each once:
    variants("genitive") = (нын, нун, нин, нүн, дын, ..., түн). For a lexicon that
    matches an ending whatever the stem (read from the disk cache when made before:
    `_forms`)."""
    return _forms().get(("variants", suffixes), lambda: _variants(*suffixes))


def _variants(*suffixes: str) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for name in suffixes:
        for member in _GROUPS.get(name, [name]):
            spec = _SUFFIXES[member]
            templates = [spec[k] for k in ("vowel", "voiced", "voiceless") if k in spec]
            for spelt in (spec.get("after") or {}).values():
                templates += [spelt] if isinstance(spelt, str) else list(spelt)
            for template in templates:
                for vowel in _HARMONY:
                    out.setdefault(_harmonise(template, vowel), None)
    return tuple(out)


# What `_forms` is made from (its file's key): the rules and letters, this module, and
# the modules it folds words and reads the lexicons with.
_FORMS_SOURCES = (
    source("morphology"),
    source("letters"),
    Path(__file__),
    Path(__file__).with_name("fold.py"),
    Path(__file__).with_name("lexicon") / "__init__.py",
)


def made_with(*sources: Path) -> tuple[Path, ...]:
    """What a table an extractor makes at import with this module's forms is made
    from (its disk cache's key): `sources` (its lexicon, its module), the rules, the
    letters and the modules that make the forms, and plain.py (its records' class)."""
    return (*sources, *_FORMS_SOURCES, Path(__file__).with_name("plain.py"))


@cache
def _forms() -> Stored[tuple[str | tuple[str, ...], ...], Any]:
    """The forms `inflect` and `variants` made before, by their arguments: the lexicons'
    tables ask for a few hundred at import (a few % of a one-file run's start-up), the
    same in every run; read from the cache folder, written back at the exit of a run
    that made a new one."""
    folder = cache_dir()
    if folder is None:
        return Stored(None)
    try:
        key = cache_key("morph-forms", _FORMS_SOURCES)
    except OSError:
        return Stored(None)
    return Stored(folder / f"morph-forms-{key}.pickle")


# --- Russian ---------------------------------------------------------------------

_RU: dict = _DATA["russian"]
# Spelling: ы is written и after these letters (ский, Калыйчи); an unstressed о is
# written е after these (Кубанычем, Зайцем).
RU_I_AFTER: frozenset[str] = frozenset(_RU["i_after"])
RU_E_FOR_O_AFTER: frozenset[str] = frozenset(_RU["e_for_o_after"])


def _ru_spell(word: str) -> str:
    """ы written и after the letters of the spelling rule (ск + ый = ский)."""
    return "".join(
        "и" if ch == "ы" and i and word[i - 1] in RU_I_AFTER else ch for i, ch in enumerate(word)
    )


# The last letter a Russian noun's nominative drops before a case ending (глав-а,
# мэри-я, руководств-о, жител-ь); a nominative in a consonant keeps it (аким-ам).
RU_NOMINATIVE_VOWELS = "аяоеь"


def russian_noun_forms(nominative: str) -> set[str]:
    """A Russian noun in every case and number the noun endings give: "Глава" ->
    Главы, Главе, Главой, Главу, Главам, ... (over-generates, as a stop list may)."""
    stem = nominative[:-1] if nominative[-1:].casefold() in RU_NOMINATIVE_VOWELS else nominative
    endings = {*RU_NOUN_ENDINGS, *RU_PLACE_NOUN_ENDINGS}
    return {nominative, *(stem + ending for ending in endings)}


def russian_adjective_endings(
    gender: str | None = None, case: str | None = None
) -> tuple[str, ...]:
    """A Russian adjective's endings (of one gender, or all; only the nominative, or
    all cases): ый, ого, ая, ...; ordinals take them on their stem (пят-ый)."""
    table: dict[str, list[str]] = _RU["adjective_endings"]
    return tuple(
        e
        for g, endings in table.items()
        if gender in (None, g)
        for e in (endings[:1] if case == "nominative" else endings)
    )


def russian_unit_adjective_endings(
    gender: str | None = None, case: str | None = None
) -> tuple[str, ...]:
    """The endings of a unit's Russian adjectival name (ская, ского, ский, ...)."""
    return tuple(
        _ru_spell(_RU["unit_adjective"] + e) for e in russian_adjective_endings(gender, case)
    )


RU_PLACE_NOUN_ENDINGS: tuple[str, ...] = tuple(_RU["place_noun_endings"])
RU_NOUN_ENDINGS: tuple[str, ...] = tuple(_RU["noun_endings"])
RU_DATIVE_PLURAL_ENDINGS: tuple[str, ...] = tuple(_RU["noun_dative_plural_endings"])


def russian_place_noun_case_endings(case: str) -> tuple[str, ...]:
    """The endings of a place noun in a Russian case, "genitive" or "prepositional" ("из
    Оша", "в Оше"; morphology.yaml `place_noun_cases`)."""
    return tuple(_RU["place_noun_cases"][case])


# Longest first, so that -ского is cut whole, not as -ого after a stem in -ск.
RU_UNIT_ADJECTIVE_ENDINGS: tuple[str, ...] = tuple(
    sorted(russian_unit_adjective_endings(), key=len, reverse=True)
)
# A stem keeps at least this many letters more than the ending cut off it.
_MIN_ADJECTIVE_STEM = 2


def russian_adjective_stem(word: str) -> str | None:
    """A unit's Russian adjective without its ending ("Кочкорский" -> "Кочкор"), as
    written; None if the word is no such adjective."""
    low = word.casefold()
    for ending in RU_UNIT_ADJECTIVE_ENDINGS:
        if low.endswith(ending) and len(low) >= len(ending) + _MIN_ADJECTIVE_STEM:
            return word[: -len(ending)]
    return None


# Every ending of a Russian adjective, longest first (-ого before -ой).
_ADJECTIVE_ENDINGS: tuple[str, ...] = tuple(
    sorted(russian_adjective_endings(), key=len, reverse=True)
)


def russian_plain_adjective_stem(word: str) -> str | None:
    """Any Russian adjective without its ending, as written ("Пригородном" ->
    "Пригородн"); None if the word ends in no adjective ending. Only the official
    adjectives of the gazetteer are looked up with it (places.index)."""
    low = word.casefold()
    for ending in _ADJECTIVE_ENDINGS:
        if low.endswith(ending) and len(low) >= len(ending) + _MIN_ADJECTIVE_STEM:
            return word[: -len(ending)]
    return None


_RU_PAST: dict[str, Any] = _RU["past"]
_RU_REFLEXIVE: str = _RU_PAST["reflexive_after_consonant"]
_RU_MARK: str = _RU_PAST["mark"]


def russian_past_forms(masculine: str) -> frozenset[str]:
    """Every past form of a Russian verb, whole words, from its masculine past
    (morphology.yaml `russian.past`): "умер" -> умер, умерла, умерло, умерли; "родился"
    -> родился, родилась, родилось, родились (not "умеренный", as a stem would take)."""
    low = masculine.casefold()
    bare = low.removesuffix(_RU_REFLEXIVE)
    marked = bare if bare.endswith(_RU_MARK) else bare + _RU_MARK
    forms = [bare, *(marked + ending for ending in _RU_PAST["endings"])]
    if bare == low:
        return frozenset(forms)
    vowel_reflexive = _RU_PAST["reflexive_after_vowel"]
    return frozenset(f + (vowel_reflexive if f[-1] in _VOWELS else _RU_REFLEXIVE) for f in forms)


# Views of the past's endings: all ("-л": persons.tables), after a stem, agreeing (finite_verbs).
_MARK_FORMS = russian_past_forms(_RU_MARK) | russian_past_forms(_RU_MARK + _RU_REFLEXIVE)
RU_PAST_FORM_ENDINGS: tuple[str, ...] = tuple(sorted(_MARK_FORMS))
RU_PAST_ENDINGS: tuple[str, ...] = tuple(sorted(_MARK_FORMS - {_RU_MARK}))
RU_PAST_AGREEING_ENDINGS: tuple[str, ...] = tuple(_RU_MARK + e for e in _RU_PAST["endings"])

RU_NOUN_GENITIVE_ENDINGS: tuple[str, ...] = tuple(_RU["noun_genitive_endings"])
RU_NOUN_GENITIVE_PLURAL_ENDINGS: tuple[str, ...] = tuple(_RU["noun_genitive_plural_endings"])
RU_ADJECTIVE_GENITIVE_ENDINGS: tuple[str, ...] = tuple(_RU["adjective_genitive_endings"])


def russian_adjective_nominative(word: str, gender: str) -> str | None:
    """A Russian adjective in the nominative singular of `gender`, its letters as written
    ("Государственной", feminine -> "Государственная"; "налогового", masculine ->
    "налоговый", "статистического" -> "статистический"); None if it is no adjective."""
    stem = russian_plain_adjective_stem(word)
    if stem is None:
        return None
    ending = russian_adjective_endings(gender, "nominative")[0]
    return stem + _ru_spell(stem[-1:].casefold() + ending)[1:]
