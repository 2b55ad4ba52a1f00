"""The whole-gazetteer sweep (issue 14): every unit of every level in the forms a press
release writes its name in, so that names whose spelling breaks a rule (final
consonants and vowels, digits, hyphens, several words, Russian-origin names, names of
people) show up. places_cells.py samples the gazetteer for many forms; this module takes
every unit for a few.

A line is one team-written sentence about one unit; the lines of a family are parsed
in documents of LINES_PER_DOCUMENT lines (a sentence per line) to stay within the
suite's time, and each place found is judged on the line its span falls in.

Families (`FAMILIES`): Kyrgyz with the type word (the case rotating over the units),
villages in their parent chain, the bare name of the levels a bare name may take,
the Russian name after its noun ("в селе X", "с. X", "в городе X"), the Russian forms
of an ayil aimak, the Russian adjectives of districts and oblasts. A line's family is
`<family>.<level or form>`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from places_cells import KY_TYPE  # the Kyrgyz type words by level

from vap_cli import gazetteer, morph
from vap_cli.extractors.places.vocabulary import NEEDS_TYPE, looks_like_person
from vap_cli.fold import fold
from vap_cli.pipeline import parse_text

LINES_PER_DOCUMENT = 25
# The villages take turns (the suite's time): one in VILLAGE_FAMILIES in its Kyrgyz
# parent chain, the others in Russian.
VILLAGE_FAMILIES = 2
KY_VILLAGES = 0

KY_SENTENCES = {
    "nominative": "{x} боюнча 25 киши катышты.",
    "genitive": "{x} жашоочулары жыйынга катышты.",
    "dative": "Делегация кечээ {x} барды.",
    "locative": "Жыйын кечээ {x} өттү.",
    "ablative": "Кечээ {x} келген өкүлдөр сүйлөдү.",
}
KY_CASES = tuple(KY_SENTENCES)
# The levels a bare name may take (lexicon places.yaml bare_levels), surest first.
BARE_RANK = ("city", "oblast", "district", "town")
BARE_CASES = ("locative", "ablative")
RU_VILLAGE = ("Встреча прошла в селе {x} вчера.", "Встреча прошла в с. {x} вчера.")
RU_AYIL_AIMAK = (
    "Сход прошёл в айылном аймаке {x}.",
    "Сход прошёл в {x} айылном аймаке.",
    "Глава айыл окмоту {x} выступил на сессии.",
)
RU_AA_ADJECTIVE = "Сход прошёл в {a}ом айылном аймаке."
RU_ADJECTIVE = {
    "district": ("Сход прошёл в {a}ом районе.", "Глава {a}ого района выступил."),
    "oblast": ("Сход прошёл в {a}ой области.", "Представители {a}ой области приехали."),
}
RU_TOWN_BEFORE = {"city": "Встреча прошла в городе {x} вчера.", "town": "Встреча прошла в пгт {x}."}
ADJECTIVE_ENDINGS = ("ий", "ый", "ая")


@dataclass(frozen=True)
class Line:
    family: str
    name: str  # the unit's name as the line writes it
    text: str
    # (level, name, code) of the unit, then of the parents the line names
    expected: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Verdict:
    line: Line
    status: str  # right, shared (another unit of the same name), wrong, missed, extra
    found: tuple[str, ...]


def key_level(level: str) -> str:
    return "city" if level == "town" else level


def _typed(name: str, level: str, case: str) -> str:
    *head, last = KY_TYPE[level].split()
    suffixes = ("possessive",) if case == "nominative" else ("possessive", f"{case}_p")
    return " ".join([name, *head, morph.inflect(last, *suffixes)])


def _ancestor(g: gazetteer.Gazetteer, unit: gazetteer.Unit, level: str) -> gazetteer.Unit | None:
    code = unit.parent
    while code:
        parent = g.get(code)
        if parent is None or parent.level == level:
            return parent
        code = parent.parent
    return None


def _me(unit: gazetteer.Unit, name: str | None = None) -> tuple[str, str, str]:
    return (key_level(unit.level), name or unit.name, unit.id)


def ky_typed(g: gazetteer.Gazetteer) -> Iterator[Line]:
    """Every unit above the village with its type word, the case rotating over units."""
    for level in ("oblast", "city", "district", "town", "ayil_aimak"):
        for n, unit in enumerate(g.units(level)):
            case = KY_CASES[n % len(KY_CASES)]
            text = KY_SENTENCES[case].format(x=_typed(unit.name, level, case))
            yield Line(f"ky.typed.{level}", unit.name, text, (_me(unit),))


def ky_chain(g: gazetteer.Gazetteer) -> Iterator[Line]:
    """Every other village after its district and ayil aimak ("Ноокат районунун Төөлөс
    айыл аймагына караштуу Муркут айылында"), the village's case rotating."""
    for n, unit in enumerate(g.units("village")):
        aa, district = _ancestor(g, unit, "ayil_aimak"), _ancestor(g, unit, "district")
        if n % VILLAGE_FAMILIES != KY_VILLAGES:
            continue
        if aa is None or district is None:
            continue
        case = KY_CASES[n % len(KY_CASES)]
        chain = f"{district.name} районунун {aa.name} айыл аймагына караштуу"
        text = KY_SENTENCES[case].format(x=f"{chain} {_typed(unit.name, 'village', case)}")
        yield Line("ky.chain.village", unit.name, text, (_me(unit), _me(aa), _me(district)))


def bare_level(g: gazetteer.Gazetteer, name: str) -> str | None:
    """The level a bare name takes when nothing else tells (lexicon bare_rank)."""
    levels = {key_level(u.level) for u in g.lookup(name)}
    return next((lv for lv in BARE_RANK if lv in levels), None)


def needs_type_word(name: str) -> bool:
    """A name the rules keep only with its type word: a word of needs_type_word or a
    person's name (places.needs_type_word, places.person_name)."""
    return fold(name) in NEEDS_TYPE or looks_like_person(name)


def ky_bare(g: gazetteer.Gazetteer) -> Iterator[Line]:
    """The bare name of every oblast, city, district and town in the locative and the
    ablative; a name several levels share is the level the rules rank first."""
    seen: set[str] = set()
    for level in ("oblast", "city", "district", "town"):
        for unit in g.units(level):
            level_of_bare = bare_level(g, unit.name)
            if unit.name in seen or needs_type_word(unit.name) or level_of_bare is None:
                continue
            seen.add(unit.name)
            target = next(u for u in g.lookup(unit.name) if key_level(u.level) == level_of_bare)
            for case in BARE_CASES:
                text = KY_SENTENCES[case].format(x=morph.inflect(unit.name, case))
                yield Line(f"ky.bare.{level_of_bare}", unit.name, text, (_me(target),))


def official_adjective(unit: gazetteer.Unit) -> str | None:
    """The official Russian name's words before its type words, without the adjective's
    ending, when they end in an adjective ("Ат-Башын" of "Ат-Башынский район", "Болот
    Мамбетовск" of "Болот Мамбетовский айылный аймак", "Пригородн" of "Пригородный
    айылный аймак")."""
    words = (unit.name_ru_full or "").split(" ")
    n = next((k for k, w in enumerate(words) if w.islower()), len(words))
    if n == 0 or n == len(words) or not all(w.islower() for w in words[n:]):
        return None
    phrase = " ".join(words[:n])
    return phrase[:-2] if phrase.endswith(ADJECTIVE_ENDINGS) else None


def ru_ayil_aimak(g: gazetteer.Gazetteer) -> Iterator[Line]:
    """Every ayil aimak's Russian name after or before its noun, or its adjective (the
    form rotating over the units)."""
    for n, unit in enumerate(g.units("ayil_aimak")):
        ru, stem = unit.name_ru or unit.name, official_adjective(unit)
        form = n % (len(RU_AYIL_AIMAK) + 1)
        if form < len(RU_AYIL_AIMAK) or stem is None:
            text = RU_AYIL_AIMAK[form % len(RU_AYIL_AIMAK)].format(x=ru)
            yield Line("ru.ayil_aimak.noun", ru, text, (_me(unit),))
        else:
            text = RU_AA_ADJECTIVE.format(a=stem)
            yield Line("ru.ayil_aimak.adjective", stem, text, (_me(unit),))


def ru_adjective(g: gazetteer.Gazetteer) -> Iterator[Line]:
    """Every district's and oblast's official adjective, in two cases."""
    for level, sentences in RU_ADJECTIVE.items():
        for unit in g.units(level):
            stem = official_adjective(unit)
            if stem is None:
                continue
            for sentence in sentences:
                yield Line(f"ru.adjective.{level}", stem, sentence.format(a=stem), (_me(unit),))


def ru_before(g: gazetteer.Gazetteer) -> Iterator[Line]:
    """Every city and town's Russian name after its noun ("в городе Токмок", "в пгт
    Кадамжай"); the villages the Kyrgyz chain leaves after "в селе" or "с."
    (alternating), a village keeping the text's spelling."""
    for level, sentence in RU_TOWN_BEFORE.items():
        for unit in g.units(level):
            ru = unit.name_ru or unit.name
            yield Line(f"ru.before.{level}", ru, sentence.format(x=ru), (_me(unit),))
    for n, unit in enumerate(g.units("village")):
        if n % VILLAGE_FAMILIES == KY_VILLAGES:
            continue
        ru = unit.name_ru or unit.name
        text = RU_VILLAGE[n // VILLAGE_FAMILIES % len(RU_VILLAGE)].format(x=ru)
        yield Line("ru.before.village", ru, text, (_me(unit, ru),))


FAMILIES: dict[str, Callable[[gazetteer.Gazetteer], Iterator[Line]]] = {
    "ky.typed": ky_typed,
    "ky.chain": ky_chain,
    "ky.bare": ky_bare,
    "ru.before": ru_before,
    "ru.ayil_aimak": ru_ayil_aimak,
    "ru.adjective": ru_adjective,
}


def _shared(g: gazetteer.Gazetteer, level: str, name: str) -> bool:
    return len([u for u in g.lookup(name) if key_level(u.level) == level]) > 1


def judge(g: gazetteer.Gazetteer, line: Line, places: list[tuple[str, str, str | None]]) -> str:
    """right: the unit and the parents named, nothing else; shared: the unit's level and
    name, but another unit of that name that nothing in the line tells apart; wrong:
    the name at another level or another unit; missed; extra: other places too."""
    (level, name, code), *parents = line.expected
    hits = [p for p in places if (p[0], fold(p[1])) == (level, fold(name))]
    if not hits:
        return "wrong" if any(fold(p[1]) == fold(name) for p in places) else "missed"
    wanted = {(lv, fold(n)) for lv, n, _ in line.expected}
    if not wanted <= {(p[0], fold(p[1])) for p in places}:
        return "missed"
    if not any(p[2] == code for p in hits):
        return "shared" if not parents and _shared(g, level, name) else "wrong"
    return "extra" if any((p[0], fold(p[1])) not in wanted for p in places) else "right"


def run(lines: list[Line]) -> list[Verdict]:
    """Parse the lines LINES_PER_DOCUMENT to a document; judge each on its own places."""
    g = gazetteer.default()
    verdicts: list[Verdict] = []
    for start in range(0, len(lines), LINES_PER_DOCUMENT):
        batch = lines[start : start + LINES_PER_DOCUMENT]
        text = "\n".join(line.text for line in batch)
        starts = [0]
        for line in batch[:-1]:
            starts.append(starts[-1] + len(line.text) + 1)
        per_line: list[list[tuple[str, str, str | None]]] = [[] for _ in batch]
        for place in parse_text(text).places:
            # a unit named on several lines is one place with a mention on each
            lines_named = {bisect_right(starts, span.start) - 1 for span in place.mentions}
            for n in sorted(lines_named) if place.level != "country" else ():
                per_line[n].append((place.level, place.name, place.soate))
        for line, places in zip(batch, per_line, strict=True):
            found = tuple(f"{lv}:{n}" for lv, n, _ in places)
            verdicts.append(Verdict(line, judge(g, line, places), found))
    return verdicts


@cache
def family_lines(family: str) -> tuple[Line, ...]:
    return tuple(FAMILIES[family](gazetteer.default()))
