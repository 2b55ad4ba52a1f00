"""Russian names of people back to the nominative: the tables of morphology.yaml's
`russian.names` (part of the one morphology, morph.py; read by the persons extractor);
and a Russian place name and its adjective under one key (`russian_adjective_key(s)`,
read by the places' index; moved out of morph.py, tidy58)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from . import rx
from .fold import fold
from .lexicon import load
from .morph import RU_UNIT_ADJECTIVE_ENDINGS, sound_class

_DATA = load("morphology")
_VOWEL_LETTERS: str = _DATA["sounds"]["vowel"]
_RU: dict = _DATA["russian"]
_RU_NAMES: dict = _RU["names"]
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
# A surname that may be in the genitive: a man's ("Асанова"), a woman's, her nominative (the
# man's genitive) with the oblique ending that puts it back ("Асановой"), and an adjectival
# one whose -ов counterpart in that case is one of these ("Ковальского", "Ковальской").
_OV_GENITIVE: tuple[str, ...] = (
    *RU_MASCULINE_SURNAME,
    *(
        nominative.removesuffix(back) + ending
        for nominative in RU_MASCULINE_SURNAME
        for ending, back in RU_SURNAME_CASE_ENDINGS.items()
        if back and nominative.endswith(back)
    ),
)
RU_GENITIVE_SURNAME_ENDS: tuple[str, ...] = (
    *_OV_GENITIVE,
    *(
        stem + ending
        for stem in RU_ADJECTIVAL_SURNAME_STEMS
        for ending, (_, counterpart) in RU_ADJECTIVAL_SURNAME_CASES.items()
        if counterpart in _OV_GENITIVE
    ),
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


# --- Russian place names and their adjectives ----------------------------------------

# A stem this long or longer may lose its linking -ин/-ын (Ат-Башинский ~ Ат-Башы).
_MIN_LINKED_KEY = 5


# A doubled vowel (a Kyrgyz long vowel, folded), then the adjective's link after it.
_LONG_VOWEL = rx.compile(rf"([{_VOWEL_LETTERS}])\1")
_LONG_VOWEL_LINK = rx.compile(rf"([{_VOWEL_LETTERS}])\1{_RU['long_vowel_link']}$")


def russian_adjective_key(text: str) -> str:
    """One key for a Russian place noun and the stem of its adjective: Ат-Башы and
    Ат-Башин(ский) -> "атбаш", Кочкор and Кочкор(ский) -> "кочкор", Кызыл-Туу and
    Кызыл-Туус(ский) -> "кызылт", Суусамыр and Сусамыр(ский) -> "сусамыр" (a long vowel
    read short). Folded (fold.py)."""
    key = _LONG_VOWEL.sub(r"\1", _LONG_VOWEL_LINK.sub(r"\1", fold(text)))
    key = key.rstrip(_RU["soft_final"])
    key = key.rstrip(_VOWEL_LETTERS)
    link = next((k for k in _RU["adjective_links"] if key.endswith(k)), None)
    if link and len(key) >= _MIN_LINKED_KEY:
        key = key[: -len(link)]
    return key.rstrip(_VOWEL_LETTERS)


# The last letters after which a name's adjective takes no -ов- link: a vowel, the soft
# sign and й (Кара-Суу, Жайыл), and the hushing consonants and ц, after which Russian
# writes -ев- (e_for_o_after).
_NO_LINK_AFTER = frozenset(_VOWEL_LETTERS + "ьъй" + "".join(_RU["e_for_o_after"]))
# A name closing in a Cyrillic letter: a name in Latin letters ("Tyup", "Chui") makes no
# Russian adjective, so no Cyrillic link is put after it.
_CYRILLIC_LAST = rx.compile(r"\p{Script=Cyrillic}$")


# A name keeps at least this many letters before the suffix its adjective drops
# (Иван-овка -> Ивановский), so a short name is not cut to nothing.
_MIN_NAME_BEFORE_SUFFIX = 3


def russian_adjective_keys(name: str) -> set[str]:
    """The keys (`russian_adjective_key`) of the adjectives a Russian place name makes:
    Ивановка -> Ивановский, Ананьево -> Ананьевский, Беловодское -> Беловодский; a name's
    link after a consonant or a vowel (Нурманбетовский, Таш-Дөбөнский)."""
    keys = {russian_adjective_key(name)}
    low = name.casefold()
    for suffix in _RU["name_suffixes"]:
        if low.endswith(suffix) and len(low) >= len(suffix) + _MIN_NAME_BEFORE_SUFFIX:
            keys.add(russian_adjective_key(name[: -len(suffix)]))
    for ending in RU_UNIT_ADJECTIVE_ENDINGS:
        if low.endswith(ending):
            keys.add(russian_adjective_key(name[: -len(ending)]))
    if _CYRILLIC_LAST.search(low) and low[-1:] not in _NO_LINK_AFTER:
        # Нурманбет -> Нурманбетовский: a hard consonant's link, as a surname's
        keys.update(russian_adjective_key(name + link) for link in _RU["consonant_name_links"])
    elif _CYRILLIC_LAST.search(low) and low[-1:] in _VOWEL_LETTERS:
        # Таш-Дөбө -> Таш-Дөбөнский: the Kyrgyz spelling kept, linked with -н-
        keys.update(russian_adjective_key(name + link) for link in _RU["vowel_name_links"])
    return keys
