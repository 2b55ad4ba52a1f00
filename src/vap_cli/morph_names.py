"""Russian names of people back to the nominative: the tables of morphology.yaml's
`russian.names` (part of the one morphology, morph.py; read by the persons extractor)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from .lexicon import load
from .morph import sound_class

_RU_NAMES: dict = load("morphology")["russian"]["names"]
RU_SURNAME_CASE_ENDINGS: dict[str, str] = {
    str(k): str(v or "") for k, v in _RU_NAMES["surname_case_endings"].items()
}


def _nominatives(value: str | list[str] | None) -> tuple[str, ...]:
    return tuple(str(v or "") for v in value) if isinstance(value, list) else (str(value or ""),)


# surname ending -> {given-name ending: the nominative endings to try, in turn}
RU_GIVEN_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    str(ending): {str(o): _nominatives(n) for o, n in given.items()}
    for ending, given in _RU_NAMES["given_endings"].items()
}
# a patronymic's oblique ending -> the surname ending of RU_GIVEN_ENDINGS in that case
# (longest first)
RU_PATRONYMIC_CASE_ROWS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((str(k), str(v)) for k, v in _RU_NAMES["patronymic_case_rows"].items()),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
)
RU_MASCULINE_SURNAME: dict[str, str] = dict(_RU_NAMES["masculine_oblique_surname"])
RU_MASCULINE_GIVEN: dict[str, list[str]] = {
    str(k): [str(v or "") for v in vs] for k, vs in _RU_NAMES["masculine_oblique_given"].items()
}
RU_PATRONYMIC_OBLIQUE: tuple[str, ...] = tuple(_RU_NAMES["patronymic_oblique_endings"])
RU_PATRONYMIC_OBLIQUE_OTHER: tuple[str, ...] = tuple(_RU_NAMES["patronymic_oblique_endings_other"])
RU_FEMALE_PATRONYMIC_OBLIQUE: tuple[str, ...] = tuple(
    _RU_NAMES["female_patronymic_oblique"]["endings"]
)
RU_FEMALE_PATRONYMIC_END: str = _RU_NAMES["female_patronymic_oblique"]["nominative"]
RU_MALE_GENITIVE_END: str = _RU_NAMES["male_genitive_ending"]
RU_E_FOR_O_INSTRUMENTAL: str = _RU_NAMES["e_for_o_instrumental"]
RU_I_FOR_Y_GENITIVE: str = _RU_NAMES["i_for_y_genitive"]
RU_FEMININE_ACCUSATIVE_SURNAME: dict[str, str] = dict(_RU_NAMES["feminine_accusative_surname"])
RU_FEMININE_ACCUSATIVE_GIVEN: dict[str, str] = dict(_RU_NAMES["feminine_accusative_given"])
RU_BARE_SURNAME_CASES: Mapping[str, str] = MappingProxyType(dict(_RU_NAMES["bare_surname_cases"]))
RU_ADJECTIVAL_SURNAME_STEMS: tuple[str, ...] = tuple(_RU_NAMES["adjectival_surname_stems"])
# oblique ending -> (the nominative's ending, an -ов surname's ending in that case)
RU_ADJECTIVAL_SURNAME_CASES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {str(k): (str(v[0]), str(v[1])) for k, v in _RU_NAMES["adjectival_surname_cases"].items()}
)
# sex ("male", "female") -> {oblique ending: the nominative endings to try}
RU_GIVEN_BEFORE_FATHER: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        str(sex): MappingProxyType({str(o): _nominatives(n) for o, n in table.items()})
        for sex, table in _RU_NAMES["given_before_father"].items()
    }
)
# A man's given name in the genitive: its ending -> {the sound before it: the
# nominative's ending} ("Суйменкула" -> "Суйменкул", "Атая" -> "Атай").
RU_MASCULINE_GENITIVE_GIVEN: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        str(ending): MappingProxyType({str(k): str(v or "") for k, v in by_sound.items()})
        for ending, by_sound in _RU_NAMES["masculine_genitive_given"].items()
    }
)


def _surname_nominative(word: str) -> str | None:
    """A man's surname in -ов/-ев/-ин from its genitive ("Чокморова" -> "Чокморов")."""
    for oblique, nominative in RU_MASCULINE_SURNAME.items():
        if word.endswith(oblique) and len(word) > len(oblique):
            return word[: -len(oblique)] + nominative
    return None


def man_given_from_genitive(word: str) -> str | None:
    """A man's given name (or a surname declined as a noun) from its genitive (not
    persons/cases.py `given_nominative`, which reads a name beside its surname)."""
    for oblique, by_sound in RU_MASCULINE_GENITIVE_GIVEN.items():
        stem = word[: -len(oblique)]
        if word.endswith(oblique) and stem:
            nominative = by_sound.get(sound_class(stem[-1].casefold()) or "")
            if nominative is not None:
                return stem + nominative
    return None


def man_nominative(words: Sequence[str], any_surname: bool = False) -> list[str] | None:
    """A man's name in the Russian genitive back in the nominative, word by word; None
    when a word is no man's genitive or is not capitalised. The last word is the
    surname (-ова -> -ов, -ева -> -ев, -ина -> -ин; with `any_surname`, as after
    "имени", also one declined as a noun: "Тельмана" -> "Тельман"), the words before it
    given names ("Суйменкула Чокморова" -> "Суйменкул Чокморов", "Атая" -> "Атай")."""
    if not words or not all(w[:1].isupper() for w in words):
        return None
    *given, surname = words
    last = _surname_nominative(surname)
    if last is None and any_surname:
        last = man_given_from_genitive(surname)
    firsts = [man_given_from_genitive(w) for w in given]
    if last is None or None in firsts:
        return None
    return [w for w in firsts if w is not None] + [last]
