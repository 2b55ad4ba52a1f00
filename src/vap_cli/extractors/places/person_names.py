"""Names before a type word shaped as a person's (candidate_vetoes.py asks them): a role
word, a given name and a surname before an ayil aimak's type word (the head is the
sentence's subject), or a name a patronymic ends, a surname follows, or an initial opens
(places.person_after_role, places.person_shaped_name)."""

from __future__ import annotations

from ... import morph, rx
from ..persons.tables import PATRONYMIC, PATRONYMIC_WORDS
from ..persons.words import is_role_word, listed_or_built_given
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import AYIL_AIMAK, DOT_GAP, WORD_GAP, fold, looks_like_person


def person_after_role(m: Mention, tokens: list[Token], text: str) -> bool:
    """An unknown surname before an ayil aimak's type word, right after a given name
    that a role word opens ("жер адиси Айпери Жумабаева айыл өкмөтү ... пландайт",
    "башчысы Нурбек Осмонов айыл аймагына караштуу ..."): the person holding the role
    is the sentence's subject and the type word its own, no unit named after a person,
    also when the gazetteer has a unit of the surname's name. A unit named after a
    person by a full name is the gazetteer's ("Болот Мамбетов айыл аймагы") and never
    reaches here (a name of two words)."""
    assert m.type_word is not None
    i = m.first
    # a person's subject may stand before an ayil aimak's type word ("айыл өкмөтү")
    if m.type_word.level != AYIL_AIMAK or m.last != i or i < 2:
        return False
    given, role = tokens[i - 1], tokens[i - 2]
    return (
        looks_like_person(tokens[i].text)
        and given.capital
        and _given_or_initial(given, tokens[i], text, initial=not m.units)
        and is_role_word(role.text)
        and role.sentence == given.sentence == tokens[i].sentence
        and gap_between(text, role, given) in WORD_GAP
    )


def _given_or_initial(given: Token, surname: Token, text: str, *, initial: bool) -> bool:
    """A given name a word apart before the surname, or (`initial`: for a name the
    gazetteer lacks; its units named after people keep their initials, "Т. Зулпуев айыл
    аймагы") its initial before a dot ("башчысы Ж.Асанов айыл аймагында ...": the head,
    as with his given name; accv49)."""
    gap = gap_between(text, given, surname)
    if len(given.text) == 1:
        return initial and gap in DOT_GAP
    return listed_or_built_given(given.text) and gap in WORD_GAP


# An initial opening a name ("А. Асанбеков": the name keeps it, its words do not).
_OPENING_INITIAL = rx.compile(r"\p{Lu}\.")


def person_shaped(m: Mention, tokens: list[Token], surnames: frozenset[str]) -> bool:
    """An unknown name before a type word shaped as a person's: its last word a
    patronymic ("... Нурлан Токтосунович айыл аймакта", "Асан уулу айыл аймакта") or a
    surname right after one (`_surname_after_patronymic`), or an
    initial opening it before the type word without the possessive ("Б.К. Эсенгулов айыл
    аймакта": a unit's name takes it, "С.Юсупов айыл аймагында"). The person is the subject and
    the type word the place the sentence tells of; the units named after people are the
    gazetteer's ("Т. Зулпуев айыл аймагы", "Болот Мамбетов айыл аймагы"): a surname
    that ends one of its names of several words (`surnames`) is left to be that unit."""
    last = tokens[m.last]
    if last.low in PATRONYMIC_WORDS or PATRONYMIC.fullmatch(last.text) is not None:
        return True
    if _surname_after_patronymic(m, tokens):
        return True
    return (
        _OPENING_INITIAL.match(m.name) is not None
        and fold(last.text) not in surnames
        and m.type_end is not None
        and not _possessed(tokens[m.type_end - 1].low)
    )


def _surname_after_patronymic(m: Mention, tokens: list[Token]) -> bool:
    """One surname-shaped word right after a Russian patronymic ("... Бакыт Эсенович
    Алиев айыл өкмөтүнүн башчысы"): the full name of the sentence's subject ends there,
    the type word his post's (round 51)."""
    i = m.first
    if m.last != i or i < 1:
        return False
    before = tokens[i - 1]
    return (
        before.sentence == tokens[i].sentence
        and PATRONYMIC.fullmatch(before.text) is not None
        and looks_like_person(tokens[i].text)
    )


def takes_suffix(word: str, suffix: str) -> bool:
    """Does one reading of this word end in the named suffix ("possessive", "belonging")?"""
    return any(
        suffix in (morph.suffix_names(r.stem, r.ending) or ())
        for r in morph.candidate_stems(word)
        if r.ending
    )


_POSSESSIVE = "possessive"


def _possessed(word: str) -> bool:
    """A type word with the possessive, as a unit's name takes it ("С.Юсупов айыл
    аймагында"); without it, a common noun ("... Эсенгулов айыл аймакта": in the aimak)."""
    return takes_suffix(word, _POSSESSIVE)
