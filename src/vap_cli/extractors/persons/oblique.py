"""Russian name forms in an oblique case that the name tables alone do not give back:
surnames in -ский declined as adjectives, foreign surnames of no suffix after a given
name in a case, the polite form (given name and patronymic) in a case."""

from __future__ import annotations

from .cases import (
    feminine_accusative,
    given_nominative,
    male_given_nominative,
    patronymic_nominative,
)
from .tables import (
    BARE_SURNAME_CASES,
    FEMALE_NAMES,
    FEMALE_PATRONYMIC_END,
    FEMININE_ACCUSATIVE,
    FEMININE_ADJECTIVAL,
    GIVEN_OBLIQUE,
    GIVEN_OBLIQUE_FORMS,
    MALE_NAMES,
    MASCULINE_SURNAME,
    OBLIQUE_STEM_MIN,
    PATRONYMIC,
)
from .words import (
    NameMatch,
    Token,
    adjectival_oblique,
    bare_surname,
    is_given,
    listed_or_built_given,
    oblique_patronymic,
    space_after,
    surname_of,
)


def given_then_adjectival(tokens: list[Token], i: int, given: str) -> NameMatch | None:
    """A given name and a surname in -ский/-ская in an oblique case, each back in the
    nominative: "Андрея Ковальского" -> "Андрей Ковальский", "Анну Ковальскую" ->
    "Анна Ковальская". The given name is read in the case an -ов surname would show;
    it must be one of given_names.yaml (or built) then: "Жители Ноокенского" is none."""
    written = tokens[i + 1].text
    found = adjectival_oblique(written)
    if found is None:
        return None
    surname, analogue = found
    probe = surname[:OBLIQUE_STEM_MIN] + analogue  # an -ов surname in the same case
    if analogue in MASCULINE_SURNAME:
        nominative = male_given_nominative(given) or given
    elif surname.casefold().endswith(FEMININE_ADJECTIVAL) and analogue in FEMININE_ACCUSATIVE:
        nominative = (feminine_accusative(given, probe) or (given,))[0]
    else:
        nominative = given_nominative(given, probe)
    if not listed_or_built_given(nominative):
        return None
    name = f"{nominative} {surname}"
    return NameMatch(name, surname, nominative, i, i + 1, tokens[i].start, tokens[i + 1].end)


def oblique_given_then_bare(tokens: list[Token], i: int, given: str) -> NameMatch | None:
    """A listed given name in a Russian oblique case and a surname of no suffix: a
    man's surname in the same case ("Кристиана Хегера" -> "Кристиан Хегер", "с
    Кристианом Хегером"), a woman's undeclined ("Клаудии Шмидт" -> "Клаудия Шмидт")."""
    if given not in GIVEN_OBLIQUE_FORMS:
        return None  # most words: one look-up
    word = tokens[i + 1].text
    for sex, names in (("male", MALE_NAMES), ("female", FEMALE_NAMES)):
        for oblique, nominatives in GIVEN_OBLIQUE[sex]:
            if not given.endswith(oblique):
                continue
            stem = given[: -len(oblique)]
            nominative = next((stem + n for n in nominatives if (stem + n).casefold() in names), "")
            if not nominative:
                continue
            ending = BARE_SURNAME_CASES.get(oblique, "") if sex == "male" else ""
            if not word.endswith(ending) or not bare_surname(word[: len(word) - len(ending)]):
                continue
            surname = word[: len(word) - len(ending)]
            name = f"{nominative} {surname}"
            return NameMatch(
                name, surname, nominative, i, i + 1, tokens[i].start, tokens[i + 1].end
            )
    return None


def name_goes_on(text: str, tokens: list[Token], j: int) -> bool:
    """Whether a surname or another name follows token j: no polite form ends there."""
    if j + 1 < len(tokens) and space_after(text, tokens, j):
        return bool(surname_of(tokens[j + 1].text) or is_given(tokens[j + 1].text))
    return False


def oblique_given_patronymic(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """The polite form in a Russian oblique case ("Бакыта Асановича", "Анны
    Петровны"): the patronymic's ending tells the sex, and the given name in that case
    must give a name of given_names.yaml back."""
    if tokens[i].text not in GIVEN_OBLIQUE_FORMS or i + 1 >= len(tokens):
        return None  # most words: one look-up
    if name_goes_on(text, tokens, i + 1):
        return None
    word = tokens[i + 1].text
    found = oblique_patronymic(word)
    patronymic = found[0] if found else patronymic_nominative(word)
    if patronymic == word or not PATRONYMIC.fullmatch(patronymic):
        return None
    sex = "female" if patronymic.endswith(FEMALE_PATRONYMIC_END) else "male"
    names = FEMALE_NAMES if sex == "female" else MALE_NAMES
    written = tokens[i].text
    given = next(
        (
            written[: -len(oblique)] + n
            for oblique, nominatives in GIVEN_OBLIQUE[sex]
            if written.endswith(oblique)
            for n in nominatives
            if (written[: -len(oblique)] + n).casefold() in names
        ),
        None,
    )
    if given is None:
        return None
    name = f"{given} {patronymic}"
    return NameMatch(name, patronymic, given, i, i + 1, tokens[i].start, tokens[i + 1].end)
