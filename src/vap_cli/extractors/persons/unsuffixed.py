"""Names whose parts stand in a less usual order or shape: a surname of no suffix of
the lexicon (`surnames_without_suffix`: Ким, Пак) before initials or before a given
name and a patronymic, in the nominative or a man's Russian oblique case; a surname
in -ский in a case before initials; a given name, a patronymic's initial and a
surname ("Гульмира Т. Асылбекова")."""

from __future__ import annotations

from ... import rx
from .cases import patronymic_nominative
from .oblique import oblique_given_patronymic
from .tables import BARE_SURNAME_CASES, INITIAL_GAP, KNOWN_GIVEN, NO_SUFFIX_SURNAMES, PATRONYMIC
from .words import (
    NameMatch,
    Token,
    adjectival_oblique,
    gap_after,
    given_sex,
    is_given,
    listed_or_built_given,
    proper_case,
    space_after,
    surname_of,
    surname_sex,
)

# A man's surname of no suffix in a Russian oblique case ends so ("Кима", "Киму",
# "Кимом", "Киме"; morphology.yaml bare_surname_cases).
_MAN_OBLIQUE_ENDINGS = tuple(sorted(set(BARE_SURNAME_CASES.values()), key=len, reverse=True))


def adjectival_then_initials(
    text: str, tokens: list[Token], i: int, initials_from: int
) -> NameMatch | None:
    """A surname in -ский in an oblique case, then initials: "Ковальского А.Б."; or a
    surname of no suffix of the lexicon (`surnames_without_suffix`), then initials:
    "депутат Ким В.А." (round 38). `initials_from`: how many initials follow token i."""
    word = tokens[i].text
    found = adjectival_oblique(word) or ((word, "") if word in NO_SUFFIX_SURNAMES else None)
    n = initials_from if found else 0
    if not found or not n:
        return None
    initials = " ".join(f"{tokens[i + 1 + k].text}." for k in range(n))
    last = i + n
    name = f"{found[0]} {initials}"
    return NameMatch(name, found[0], initials, i, last, tokens[i].start, tokens[last].end + 1)


def unsuffixed_surname(word: str) -> str | None:
    """The surname of no suffix the word is, in the nominative or a man's oblique case
    ("Ким", "Кима" -> "Ким"), else None."""
    if word in NO_SUFFIX_SURNAMES:
        return word
    for ending in _MAN_OBLIQUE_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in NO_SUFFIX_SURNAMES:
            return word[: -len(ending)]
    return None


def unsuffixed_then_polite(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """A surname of no suffix of the lexicon, then a given name and a patronymic in its
    case: "Ким Сергей Николаевич", "отчет главы Кима Сергея Николаевича" -> "Ким Сергей
    Николаевич" (a Korean surname before the polite form; round 46)."""
    surname = unsuffixed_surname(tokens[i].text)
    if surname is None or i + 2 >= len(tokens) or not space_after(text, tokens, i):
        return None
    if surname == tokens[i].text:  # the nominative: all three in it
        given, patronymic = tokens[i + 1].text, tokens[i + 2].text
        if not (
            is_given(given)
            and space_after(text, tokens, i + 1)
            and PATRONYMIC.fullmatch(patronymic)
            and patronymic_nominative(patronymic) == patronymic
        ):
            return None
        polite = f"{proper_case(given)} {patronymic}"
    else:
        found = oblique_given_patronymic(text, tokens, i + 1)
        if found is None or found.last != i + 2:
            return None
        given, polite = found.given, found.name
    return NameMatch(
        f"{surname} {polite}",
        surname,
        proper_case(given),
        i,
        i + 2,
        tokens[i].start,
        tokens[i + 2].end,
    )


# What may follow a surname-first name of no suffix and its given name, closing a row of
# a roster: a dash before the role, a comma, a semicolon, a line's end.
_ROW_END = rx.compile(r"[ \t]{0,3}(?:[-–—][ \t]|[,;]|\n|$)")


def unsuffixed_then_given(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """A surname of no suffix of the lexicon, then a given name of the lexicon alone, in
    the nominative, closing its row ("Пак Ирина – врач;", "Цой Анна,"): a
    roster's surname-first name, as "Асанова Гульнара – ..." is (accv49). Not a Kyrgyz
    question ("Ким Айгүлгө жардам берди?": the given name in a case, no row's end)."""
    if tokens[i].text not in NO_SUFFIX_SURNAMES or i + 1 >= len(tokens):
        return None
    given = tokens[i + 1]
    if not space_after(text, tokens, i) or given.low not in KNOWN_GIVEN:
        return None
    if _ROW_END.match(text, given.end) is None:
        return None
    name = f"{tokens[i].text} {proper_case(given.text)}"
    return NameMatch(
        name, tokens[i].text, proper_case(given.text), i, i + 1, tokens[i].start, given.end
    )


def given_initial_surname(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """A given name of the lexicon, its patronymic's initial and a surname with its
    suffix, all in the nominative: "Гульмира Т. Асылбекова", "Айбек Ж. Токтогулов" (a contact block's
    signature; round 46); or a given name built with a Kyrgyz name element the lexicon
    lacks ("Эрменбек К. Сатаров", "Бегимгүл А. Токоева": `listed_or_built_given`; acc63d),
    as a given name before a surname alone is. Not when the given name's sex and the
    surname's differ ("Нургүл А. Сатаров": the suffix of one name agrees with its given
    name, `_sexes_differ`; tidy65): the initial and the surname are a name of their own."""
    if i + 2 >= len(tokens) or not space_after(text, tokens, i):
        return None
    initial, word = tokens[i + 1], tokens[i + 2].text
    # a given name of the lexicon: a role's word may open a sentence so ("Кардиолог Э.
    # Жунушалиев": the role, then the initials and the surname)
    if not listed_or_built_given(tokens[i].text) or not (
        len(initial.text) == 1 and initial.text.isupper()
    ):
        return None
    if not INITIAL_GAP.fullmatch(gap_after(text, tokens, i + 1)) or surname_of(word) != word:
        return None
    if _sexes_differ(tokens[i].text, word):
        return None
    given = proper_case(tokens[i].text)
    name = f"{given} {initial.text}. {word}"
    return NameMatch(name, word, given, i, i + 2, tokens[i].start, tokens[i + 2].end)


def _sexes_differ(given: str, surname: str) -> bool:
    """The given name is a man's and the surname a woman's, or the other way (each known:
    persons/words.given_sex, surname_sex); a name of a given name, an initial and a
    surname has one sex."""
    sexes = {given_sex(given), surname_sex(surname)}
    return None not in sexes and len(sexes) > 1
