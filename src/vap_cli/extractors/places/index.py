"""The index of a gazetteer's names the extractor looks words up in, built once per
gazetteer (resources.Resources.place_index): folded names, the keys of their Russian
adjectives, initials ("Т. Зулпуев"), first words of names of several words, and
buckets for fuzzy matching. A dict lookup per word: the cost per document does not
depend on the gazetteer's size."""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import gazetteer as gz
from ... import morph, morph_names
from ...fold import kyrgyz_vowels
from .constants import (
    FUZZY_LARGE_LEVELS,
    FUZZY_MIN_LENGTH,
    FUZZY_MIN_RATIO,
    FUZZY_MIN_RATIO_LARGE,
)
from .vocabulary import LOWER_CASE_LEVELS, RU_VOWEL_LEVELS, RUSSIAN_VILLAGE_ENDINGS, fold

FuzzyHit = tuple[tuple[gz.Unit, ...], float]
# Fuzzy look-ups remembered at most (then forgotten at once): memory stays flat over
# any number of documents, and a corpus's few misspellings stay in it.
FUZZY_MEMO_SIZE = 10_000
# Names read off a word (`reading`) remembered at most, the same way: the same words
# recur in every document.
READING_MEMO_SIZE = 20_000
# Words' marks for where a mention may start (openings.py) remembered at most, the
# same way.
MARKS_MEMO_SIZE = 20_000
# A name read off a word: its stem, ending, the length of stem and ending as written
# (morph.surface) and its units.
Reading = tuple[str, str, int, tuple[gz.Unit, ...]]


# One key for a Russian noun and its adjective (Ат-Башы ~ Ат-Башинский): morph_names.py.
ru_adj_key = morph_names.russian_adjective_key
adjective_stem = morph.russian_adjective_stem


@dataclass
class PlaceIndex:
    gazetteer: gz.Gazetteer
    keys: frozenset[str]
    ru_adjectives: dict[str, list[gz.Unit]]
    initials: dict[str, list[gz.Unit]]  # "тзулпуев" -> Токтомат Зулпуев
    first_words: frozenset[str]  # first words of names of several words (or hyphen parts)
    buckets: dict[tuple[str, str], dict[str, list[gz.Unit]]]
    starts: frozenset[str]  # first three folded letters of every key (whole short keys)
    # The stem of each official Russian adjective, folded ("аксый" of "Аксыйский район"):
    # two units whose adjectives share a key (Аксыйский, Ак-Суйский: "акс") part by it.
    official: dict[str, list[gz.Unit]] = field(default_factory=dict)
    # The stem of each official adjective of another ending than -ск- ("пригородн" of
    # "Пригородный айылный аймак"), folded: only these are read in such an ending.
    plain_official: dict[str, list[gz.Unit]] = field(default_factory=dict)
    # Fuzzy answers already computed, by (folded name, levels): they belong to this index.
    fuzzy_memo: dict[tuple[str, tuple[str, ...]], FuzzyHit] = field(default_factory=dict)
    # Names already read off words, by (the words before, the word): this index's too.
    reading_memo: dict[tuple[str, str], Reading | None] = field(default_factory=dict)
    # Words' marks (openings.py), by the word as written: this index's too.
    marks_memo: dict[str, int] = field(default_factory=dict)
    # Folded names read in lower case too (the republic's cities: LOWER_CASE_LEVELS with
    # an ISO 3166-2 code), and their first two letters in lower case (a cheap test on
    # the word as written, before folding it).
    lower_case: dict[str, str] = field(default_factory=dict)
    lower_starts: frozenset[str] = frozenset()
    # ... and the other cities of those levels, read in lower case only as a dated venue
    # in a list of dated venues (lower_case.py; accleft): by the name's own spelling in
    # lower case ("каракол" is Каракол, not Кара-Көл, which folds the same).
    lower_case_listed: dict[str, str] = field(default_factory=dict)
    # The keys of both as tuples, for one `str.startswith` each (`may_be_lower_case_city`).
    lower_case_keys: tuple[str, ...] = ()
    lower_case_listed_keys: tuple[str, ...] = ()
    # The Kyrgyz readings of the villages the gazetteer spells in Russian (folded),
    # which no name of the gazetteer has: `kyrgyz_village_readings`.
    kyrgyz_villages: dict[str, tuple[gz.Unit, ...]] = field(default_factory=dict)
    # The last parts of the gazetteer's hyphenated names, folded ("жылга" of Кара-Жылга,
    # "булак" of Ак-Булак): the words place names are made of (`whole_name_part`).
    name_parts: frozenset[str] = frozenset()
    # The last words of the gazetteer's names and aliases of several words, folded
    # ("зулпуев" of Токтомат Зулпуев, Т. Зулпуев): the surnames units are named after
    # (candidate_vetoes.person_shaped).
    name_last_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, gazetteer: gz.Gazetteer) -> PlaceIndex:
        ru: dict[str, list[gz.Unit]] = {}
        buckets: dict[tuple[str, str], dict[str, list[gz.Unit]]] = {}
        official: dict[str, list[gz.Unit]] = {}
        plain_official: dict[str, list[gz.Unit]] = {}
        initials: dict[str, list[gz.Unit]] = {}
        first_words: set[str] = set()
        for unit in gazetteer.units():
            words = unit.name.split()
            if len(words) > 1:
                initials.setdefault(fold(words[0][0] + "".join(words[1:])), []).append(unit)
            names = {unit.name, *(unit.aliases or ())}
            if unit.name_ru:
                names.add(unit.name_ru)
            for name in names:
                if " " in name.strip():
                    first_words.add(fold(name.split()[0]))
                # A hyphenated name is often typed with a space ("Кара Суу", "Чон Алай"):
                # its first part may open a name of two words too (folding drops both).
                elif "-" in name:
                    first_words.add(fold(name.split("-")[0]))
                for key in morph_names.russian_adjective_keys(name):
                    if key and unit not in ru.setdefault(key, []):
                        ru[key].append(unit)
                folded = fold(name)
                bucket = buckets.setdefault((unit.level, folded[:2]), {})
                bucket.setdefault(folded, []).append(unit)
            # The official Russian name gives the adjective itself ("Московский район").
            adjective = _official_adjective(unit.name_ru_full)
            if adjective and unit not in ru.setdefault(ru_adj_key(adjective), []):
                ru[ru_adj_key(adjective)].append(unit)
            if adjective:
                official.setdefault(fold(adjective), []).append(unit)
            plain = None if adjective else _plain_official_adjective(unit.name_ru_full)
            if plain:
                plain_official.setdefault(fold(plain), []).append(unit)
        keys = gazetteer.keys()
        starts = frozenset(k[:3] for k in (*keys, *ru, *initials, *first_words) if k)
        index = cls(
            gazetteer,
            keys,
            ru,
            initials,
            frozenset(first_words),
            buckets,
            starts,
            official,
            plain_official,
        )
        index.lower_case = {
            fold(u.name): u.name for lv in LOWER_CASE_LEVELS for u in gazetteer.units(lv) if u.iso
        }
        index.lower_case_listed = {
            u.name.casefold(): u.name
            for lv in LOWER_CASE_LEVELS
            for u in gazetteer.units(lv)
            if not u.iso and fold(u.name) not in index.lower_case
        }
        index.lower_case_keys = tuple(index.lower_case)
        index.lower_case_listed_keys = tuple(index.lower_case_listed)
        lower = (*index.lower_case.values(), *index.lower_case_listed.values())
        index.lower_starts = frozenset(n[:2].casefold() for n in lower)
        index.kyrgyz_villages = kyrgyz_village_readings(gazetteer)
        index.name_parts = frozenset(
            fold(u.name.rsplit("-", 1)[1]) for u in gazetteer.units() if "-" in u.name
        )
        index.name_last_words = frozenset(
            fold(name.rsplit(" ", 1)[1])
            for u in gazetteer.units()
            for name in (u.name, *u.aliases)
            if " " in name
        )
        index.starts = starts | {k[:3] for k in index.kyrgyz_villages}
        return index

    def adjective_units(self, stem: str) -> list[gz.Unit]:
        """Units a Russian adjective's stem names ("Аксый" of Аксыйский): those of its
        key, but where a unit's official adjective is this very stem, the other units of
        that level sharing the key are not meant (Ак-Суу's adjective is Ак-Суйский). A
        stem with ю or ё names the units of its key read with ү and ө too, as a bare name
        does (`lookup`): "Угютского айыл аймака" is Үгүт, whose village the gazetteer
        spells Угют (the type word picks the level)."""
        units = self.ru_adjectives.get(ru_adj_key(stem), [])
        kyrgyz = kyrgyz_vowels(stem)
        if kyrgyz != stem:
            also = self.ru_adjectives.get(ru_adj_key(kyrgyz), [])
            units = [*units, *(u for u in also if u not in units)]
        exact = self.official.get(fold(stem))
        if not exact:
            return list(units)
        levels = {u.level for u in exact}
        return [u for u in units if u.level not in levels or u in exact]

    def plain_adjective_units(self, stem: str) -> list[gz.Unit]:
        """Units whose official adjective ends otherwise than in -ск- and has this stem
        ("Пригородн" of Пригородный айылный аймак)."""
        return list(self.plain_official.get(fold(stem), ()))

    def may_start(self, word: str) -> bool:
        """Can a name of the index (or its Russian adjective) start with this word?
        A cheap test that spares most words the morphology."""
        key = fold(word)
        return key[:3] in self.starts or key[:2] in self.starts or key[:1] in self.starts

    def may_be_lower_case_city(self, key: str, low: str) -> bool:
        """Whether a word may be a city written in lower case (lower_case.py): its folded
        form (`key`) opens with a name of `lower_case`, or its case-folded form (`low`)
        with one of `lower_case_listed` (each list tried by one `str.startswith`, in C)."""
        return key.startswith(self.lower_case_keys) or low.startswith(self.lower_case_listed_keys)

    def lookup(self, text: str) -> list[gz.Unit]:
        key = fold(text)
        units = self.gazetteer.lookup(text) if key in self.keys else []
        if key in self.kyrgyz_villages:
            units = [*units, *(u for u in self.kyrgyz_villages[key] if u not in units)]
        kyrgyz = kyrgyz_vowels(text)
        return units if kyrgyz == text else units + self._russian_vowels(kyrgyz, units)

    def _russian_vowels(self, kyrgyz: str, found: list[gz.Unit]) -> list[gz.Unit]:
        """A name with ё or ю written for ө or ү ("Таш-Кёмүр", "Кара-Кёл" that is also a
        village's Russian name): the other units of RU_VOWEL_LEVELS the Kyrgyz letters
        name."""
        if fold(kyrgyz) not in self.keys:
            return []
        return [
            u
            for u in self.gazetteer.lookup(kyrgyz)
            if u.level in RU_VOWEL_LEVELS and u not in found
        ]

    def reading(self, prefix: str, word: str) -> tuple[str, str, int, list[gz.Unit]] | None:
        """The name of the index that `prefix` (the words before, as written) and a
        reading of `word` (stem + ending, morph.py) make: the longest known stem wins
        (Нарындан is Нарын + дан, not Нар + ындан). Its stem, ending, the length of the
        two as written, and its units; None when no reading is a name."""
        hit = self.reading_memo.get((prefix, word), _UNREAD)
        if hit is _UNREAD:
            if len(self.reading_memo) >= READING_MEMO_SIZE:
                self.reading_memo.clear()  # bounded: a stream of documents never grows it
            hit = self.reading_memo[(prefix, word)] = self._reading(prefix, word)
        if hit is None:
            return None
        stem, ending, length, units = hit
        return stem, ending, length, list(units)

    def _reading(self, prefix: str, word: str) -> Reading | None:
        for reading in sorted(morph.candidate_stems(word), key=lambda r: -len(r.stem)):
            units = self.lookup(prefix + reading.stem)
            if units:
                written = len(morph.surface(reading.stem, reading.ending))
                return reading.stem, reading.ending, written, tuple(units)
        return self._russian_vowel_reading(prefix, word)

    def _russian_vowel_reading(self, prefix: str, word: str) -> Reading | None:
        """A name with ё or ю for ө or ү and its Kyrgyz ending ("Ысык-Кёлдө"): read with
        the Kyrgyz letters (their harmony gives the ending), the stem as written."""
        kyrgyz = kyrgyz_vowels(word)
        if kyrgyz == word:
            return None
        hit = self._reading(kyrgyz_vowels(prefix), kyrgyz)
        if hit is None:
            return None
        stem, ending, written, units = hit
        units = tuple(u for u in units if u.level in RU_VOWEL_LEVELS)
        return (word[: len(stem)], ending, written, units) if units else None

    def fuzzy_units(self, name: str, levels: tuple[str, ...]) -> tuple[list[gz.Unit], float]:
        """Spelling variants: the closest names of these levels sharing the first two
        letters, and their rapidfuzz ratio."""
        key = fold(name)
        hit = self.fuzzy_memo.get((key, levels))
        if hit is None:
            if len(self.fuzzy_memo) >= FUZZY_MEMO_SIZE:
                self.fuzzy_memo.clear()  # bounded: a stream of documents never grows it
            hit = self.fuzzy_memo[(key, levels)] = self._fuzzy(key, levels)
        return list(hit[0]), hit[1]

    def fuzzy_adjective_units(
        self, stem: str, levels: tuple[str, ...]
    ) -> tuple[list[gz.Unit], float]:
        """An oblast's or district's Russian adjective misspelt ("Ыссык-Атинском районе"
        of Ысык-Ата): the units of these large levels whose adjective key is closest to
        the stem's, sharing its first letter, and the rapidfuzz ratio (none under
        FUZZY_MIN_RATIO_LARGE)."""
        key = ru_adj_key(stem)
        large = tuple(lv for lv in levels if lv in FUZZY_LARGE_LEVELS)
        memo = (f"adjective:{key}", large)
        hit = self.fuzzy_memo.get(memo)
        if hit is None:
            if len(self.fuzzy_memo) >= FUZZY_MEMO_SIZE:
                self.fuzzy_memo.clear()
            hit = self.fuzzy_memo[memo] = self._fuzzy_adjective(key, large)
        return list(hit[0]), hit[1]

    def _fuzzy_adjective(self, key: str, levels: tuple[str, ...]) -> FuzzyHit:
        if len(key) < FUZZY_MIN_LENGTH or not levels:
            return (), 0.0
        from rapidfuzz import fuzz, process

        choices = {
            k: tuple(u for u in units if u.level in levels)
            for k, units in self.ru_adjectives.items()
            if k[:1] == key[:1] and any(u.level in levels for u in units)
        }
        found = process.extractOne(
            key, list(choices), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_RATIO_LARGE
        )
        return (choices[found[0]], float(found[1])) if found else ((), 0.0)

    def _fuzzy(self, key: str, levels: tuple[str, ...]) -> FuzzyHit:
        if len(key) < FUZZY_MIN_LENGTH:
            return (), 0.0
        # Imported here: most documents name no unknown place (start-up).
        from rapidfuzz import fuzz, process

        best: tuple[gz.Unit, ...] = ()
        best_score = 0.0
        for level in levels:
            bucket = self.buckets.get((level, key[:2]))
            if not bucket:
                continue
            cutoff = FUZZY_MIN_RATIO_LARGE if level in FUZZY_LARGE_LEVELS else FUZZY_MIN_RATIO
            hit = process.extractOne(key, list(bucket), scorer=fuzz.ratio, score_cutoff=cutoff)
            if hit and hit[1] > best_score:
                best, best_score = tuple(bucket[hit[0]]), float(hit[1])
        return best, best_score

    def units_named(self, name: str, level: str | None = None) -> list[gz.Unit]:
        """Units a bare name may stand for, also in its Russian adjective form
        ("Кочкорский" -> Кочкор, "Ат-Башинский" -> Ат-Башы): for a table cell whose
        column header gives the level (used by extractors/events.py)."""
        units = self.gazetteer.lookup(name, level=level) if fold(name) in self.keys else []
        if units:
            return units
        stem = adjective_stem(name)
        if stem is None:
            return []
        return [u for u in self.adjective_units(stem) if level is None or u.level == level]


# A word not read yet (None: read, and no name).
_UNREAD: Reading = ("", "", 0, ())


def kyrgyz_village_readings(gazetteer: gz.Gazetteer) -> dict[str, tuple[gz.Unit, ...]]:
    """The villages whose names (Kyrgyz or Russian) are Russian spellings, by the folded
    key of their Kyrgyz reading: ю and ё read as ү and ө ("Кичи-Орюктю": Кичи-Өрүктү),
    a person's name without the neuter ending ("Момбеково": Момбеков), where that
    reading is no name of the village already."""
    readings: dict[str, list[gz.Unit]] = {}
    for unit in gazetteer.units("village"):
        for name in {unit.name, unit.name_ru or unit.name}:
            kyrgyz = kyrgyz_vowels(name)
            if name.endswith(RUSSIAN_VILLAGE_ENDINGS):
                kyrgyz = kyrgyz[:-1]
            key = fold(kyrgyz)
            if key != fold(name) and unit not in readings.get(key, ()):
                readings.setdefault(key, []).append(unit)
    return {k: tuple(v) for k, v in readings.items()}


def _official_adjective(full: str | None) -> str | None:
    """ "Московский район" -> "Москов"; None when the name does not open with an adjective."""
    return adjective_stem(full.split()[0]) if full else None


def _plain_official_adjective(full: str | None) -> str | None:
    """ "Пригородный айылный аймак" -> "Пригородн": the official name one capitalised
    adjective before its type words in lower case; None otherwise ("Айылный аймак им.
    Крупской", "Садыр аке айылный аймак")."""
    words = (full or "").split()
    first, rest = (words[0], words[1:]) if words else ("", [])
    if not rest or not first[:1].isupper() or not all(w.islower() for w in rest):
        return None
    if not first.casefold().endswith(morph.russian_adjective_endings(case="nominative")):
        return None
    return morph.russian_plain_adjective_stem(first)
