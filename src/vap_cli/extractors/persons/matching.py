"""Candidate names: `match_at` (the longest name pattern at a token) and the
name forms it needs (initials, Kyrgyz father's names, Russian oblique cases back
to the nominative)."""

from __future__ import annotations

from collections.abc import Callable

from ... import morph_names, rx
from .cases import (
    before_indeclinable_surname,
    feminine_accusative,
    given_name_before_father,
    given_nominative,
    given_nominative_by_patronymic,
    his_dative,
    masculine_nominative,
    masculine_surname_after_cue,
    patronymic_nominative,
)
from .foreign import foreign_surname, particle_surname
from .nouns import cases_disagree, noun_in_a_case, noun_opening
from .oblique import (
    given_then_adjectival,
    name_goes_on,
    oblique_given_patronymic,
    oblique_given_then_bare,
)
from .tables import (
    BARE_SURNAME_ENDINGS,
    GIVEN_ELEMENTS,
    INITIAL_GAP,
    KNOWN_GIVEN,
    KYRGYZ_CASE_ENDINGS,
    LIST_ITEM_END,
    MAX_INITIALS,
    PATRONYMIC,
    PATRONYMIC_OBLIQUE,
    PATRONYMIC_WORDS,
    SENTENCE_START_ENDINGS,
    TITLE_INSIDE_AFTER,
    UNDOTTED_INITIAL_NOT_BEFORE,
)
from .unsuffixed import (
    adjectival_then_initials,
    given_initial_surname,
    unsuffixed_then_given,
    unsuffixed_then_polite,
)
from .words import (
    NameMatch,
    Token,
    adjectival_oblique,
    bare_surname,
    father_nominative,
    forefathers_name,
    gap_after,
    hyphenated_given,
    in_not_names,
    is_capitalised,
    is_given,
    is_role_word,
    listed_or_built_given,
    noun_first,
    oblique_patronymic,
    plural_surname,
    proper_case,
    space_after,
    starts_sentence,
    surname_of,
    surname_only,
    weak_surname,
)

# An all-caps given name goes with a surname whose first this many letters are capitals
# ("АЗАМАТ МАМЫТОВ"), not with a capitalised one ("АЗАМАТ Мамытов").
_CAPS_SURNAME_LETTERS = 3


def is_initial(tokens: list[Token], i: int, text: str) -> bool:
    tok = tokens[i]
    return len(tok.text) == 1 and tok.text.isupper() and text[tok.end : tok.end + 1] == "."


def _initials_from(text: str, tokens: list[Token], i: int) -> int:
    """How many initials ("И." "И.") start at token i; the last may end the text."""
    n = 0
    while i + n < len(tokens) and n < MAX_INITIALS and is_initial(tokens, i + n, text):
        n += 1
        if i + n >= len(tokens) or not INITIAL_GAP.fullmatch(gap_after(text, tokens, i + n - 1)):
            break
    return n


def match_at(
    text: str,
    tokens: list[Token],
    i: int,
    dropped: list[NameMatch] | None = None,
    is_unit: Callable[[str], bool] | None = None,
) -> NameMatch | None:
    """The longest name pattern that starts at token i; a name-shaped phrase whose first
    word is a noun, no given name, goes to `dropped` when given. `is_unit` (a gazetteer
    look-up) keeps a place in a case from being read as a foreign surname."""
    tok = tokens[i]
    n = _initials_from(text, tokens, i)
    if n:
        return _initials_then_surname(text, tokens, i, n)
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    surname_first = _name_from_surname(text, tokens, i, nxt)
    if surname_first:
        return surname_first
    if not is_given(tok.text) or not space_after(text, tokens, i):
        return None
    # (a word before уулу/кызы is a father's name whatever its ending: "Абдыкалык уулу")
    if noun_opening(text, tokens, i, nxt):
        if surname_of(nxt):
            noun_first(tokens, i, i + 1, dropped)
        return None
    if not listed_or_built_given(tok.text) and _surname_first_follows(text, tokens, i + 1):
        return None  # "Тренингди Жумабаев Эрлан": a word before a surname-first name
    if surname_of(nxt) and surname_only(tok.text):
        return None  # "Асанов Бекиевдин": two surnames, two people, not a given name
    given = proper_case(tok.text)
    # Given + patronymic + surname: "Иван Иванович Иванов", "Бакыту Асановичу Токтогулову".
    if (
        PATRONYMIC.fullmatch(nxt, None, None, rx.NOT_CONCURRENT)
        and space_after(text, tokens, i + 1)
        and i + 2 < len(tokens)
    ):
        surname = surname_of(tokens[i + 2].text) or _any_surname(text, tokens, i + 2)
        if surname:
            given = given_nominative_by_patronymic(given, nxt, tokens[i + 2].text)
            name = f"{given} {proper_case(patronymic_nominative(nxt))} {surname}"
            return NameMatch(name, surname, given, i, i + 2, tok.start, tokens[i + 2].end)
    given_patronymic = _given_then_patronymic(text, tokens, i) or given_initial_surname(
        text, tokens, i
    )
    if given_patronymic:
        return given_patronymic
    oblique = _oblique_russian_name(text, tokens, i)
    if oblique:
        return oblique
    father_first = _father_then_given(text, tokens, i, dropped)
    if father_first:
        return father_first
    # Given + father's name + уулу/кызы: "Азамат Асан уулу", "Азамат Асан уулунун".
    if is_given(nxt) and space_after(text, tokens, i + 1) and i + 2 < len(tokens):
        father_word = father_nominative(tokens[i + 2].low)
        if father_word:
            given = given_name_before_father(given, father_word)
            surname = f"{proper_case(nxt)} {father_word}"
            return NameMatch(
                f"{given} {surname}", surname, given, i, i + 2, tok.start, tokens[i + 2].end
            )
    return _given_then_surname(text, tokens, i, given, nxt, dropped, is_unit)


def _any_surname(text: str, tokens: list[Token], j: int) -> str | None:
    """A capitalised word of any shape right after a given name and a patronymic is the
    surname ("Нина Степановна Ковальчук", "Иван Петрович Шевченко"): the patronymic
    says a surname may follow; not a listed given name, a known non-name or a role's
    word, nor a word in capitals."""
    word = tokens[j].text
    if not (word[:1].isupper() and word[1:].islower()) or "-" in word:
        return None
    if not space_after(text, tokens, j - 1) or word.casefold() in KNOWN_GIVEN:
        return None
    return None if in_not_names(word) or is_role_word(word) else word


def _initials_then_surname(text: str, tokens: list[Token], i: int, n: int) -> NameMatch | None:
    """Initials + surname: "Ө.Алманбетов", "И. И. Иванов"; `n` initials start at token i."""
    if i + n >= len(tokens) or not INITIAL_GAP.fullmatch(gap_after(text, tokens, i + n - 1)):
        return None
    surname = surname_of(tokens[i + n].text)
    if surname:
        surname = masculine_surname_after_cue(surname, tokens[i + n].text, text, tokens, i)
    else:  # "А. Ковальского" -> "А. Ковальский"
        surname = next(iter(adjectival_oblique(tokens[i + n].text) or ()), None)
    last = i + n
    if not surname:  # "Ж.Токтор уулу": the father's name and уулу stand for the surname
        surname = father_name_at(text, tokens, i + n)
        last += 1
    if surname:
        initials = " ".join(f"{tokens[i + k].text}." for k in range(n))
        return NameMatch(
            f"{initials} {surname}", surname, initials, i, last, tokens[i].start, tokens[last].end
        )
    return None


def _undotted_initial(text: str, tokens: list[Token], j: int) -> int:
    """1 when token j is a last initial written without its dot, glued to the dot of
    the initial before it ("Асанов Б.А", a signature line's "Бекиева Г.Т"), else 0."""
    if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start] != ".":
        return 0
    tok = tokens[j]
    after = text[tok.end : tok.end + 1]
    return int(
        len(tok.text) == 1 and tok.text.isupper() and after not in UNDOTTED_INITIAL_NOT_BEFORE
    )


def _surname_first(
    text: str, tokens: list[Token], i: int, surname: str, nxt: str
) -> NameMatch | None:
    """A name that starts with the surname at token i, `nxt` the token after it."""
    tok = tokens[i]
    # Surname + initials: "Иванов И.И."
    n = _initials_from(text, tokens, i + 1)
    if n:
        surname = masculine_surname_after_cue(surname, tok.text, text, tokens, i)
        undotted = _undotted_initial(text, tokens, i + 1 + n)
        n += undotted
        initials = " ".join(f"{tokens[i + 1 + k].text}." for k in range(n))
        last = i + n
        end = tokens[last].end + (0 if undotted else 1)
        return NameMatch(f"{surname} {initials}", surname, initials, i, last, tok.start, end)
    # Surname + given + patronymic: "Иванов Иван Иванович".
    patronymic_match = PATRONYMIC.fullmatch(tokens[i + 2].text) if i + 2 < len(tokens) else None
    if (
        is_given(nxt)
        and space_after(text, tokens, i + 1)
        and patronymic_match
        and patronymic_match["ending"] not in morph_names.RU_SURNAME_CASE_ENDINGS
        and proper_case(tok.text) == surname
    ):
        patronymic = patronymic_nominative(tokens[i + 2].text)
        name = f"{surname} {proper_case(nxt)} {patronymic}"
        return NameMatch(name, surname, proper_case(nxt), i, i + 2, tok.start, tokens[i + 2].end)
    match = _surname_then_given(text, tokens, i, surname)
    if match is not None:
        return _with_father_after(text, tokens, match)
    return _oblique_surname_first(text, tokens, i, surname)


def father_name_at(text: str, tokens: list[Token], j: int) -> str | None:
    """A father's name and уулу/кызы (in any case) at token j, in the nominative ("Асан
    уулу", "Токтор уулунун" -> "Токтор уулу"): a Kyrgyz surname's stand-in."""
    if j + 1 >= len(tokens) or not space_after(text, tokens, j):
        return None
    word = tokens[j].text
    father_word = father_nominative(tokens[j + 1].low)
    if not father_word or not is_given(word) or surname_only(word):
        return None
    return f"{proper_case(word)} {father_word}"


def _glued_father(word: str) -> str | None:
    """A father's name with уулу/кызы glued to it, in the nominative ("Асанкызы")."""
    father = surname_of(word)
    return father if father and father.casefold().endswith(_PATRONYMIC_ENDS) else None


def _with_father_after(text: str, tokens: list[Token], match: NameMatch) -> NameMatch:
    """ "Асанов Бакыт Жумабек уулу", "Бекиева Айгүл Токтогулкызы": an official list's
    surname and given name, then the father's name with уулу/кызы (in any case)."""
    j = match.last
    if not space_after(text, tokens, j):
        return match
    word = tokens[j + 1].text
    father = _glued_father(word)
    if father:
        last, tail = j + 1, father  # glued: "Токтогулкызы", "Токтогулкызынын"
    elif (
        j + 2 < len(tokens)
        and is_given(word)
        and space_after(text, tokens, j + 1)
        and father_nominative(tokens[j + 2].low)
    ):
        last, tail = j + 2, f"{proper_case(word)} {father_nominative(tokens[j + 2].low)}"
    else:
        return match
    match.name, match.last, match.end = f"{match.name} {tail}", last, tokens[last].end
    return match


def _name_from_surname(text: str, tokens: list[Token], i: int, nxt: str) -> NameMatch | None:
    """A name that opens with its surname at token i, `nxt` the token after it."""
    if not space_after(text, tokens, i):
        return None
    surname = surname_of(tokens[i].text)
    if surname:
        return _surname_first(text, tokens, i, surname, nxt)
    return (
        adjectival_then_initials(text, tokens, i, _initials_from(text, tokens, i + 1))
        or unsuffixed_then_polite(text, tokens, i)
        or unsuffixed_then_given(text, tokens, i)
    )


def _given_then_surname(
    text: str,
    tokens: list[Token],
    i: int,
    given: str,
    nxt: str,
    dropped: list[NameMatch] | None = None,
    is_unit: Callable[[str], bool] | None = None,
) -> NameMatch | None:
    """Given + surname: "Бекболот Бекиев", "Нургүл Жаманкуловага"."""
    tok = tokens[i]
    surname = surname_of(nxt) or (plural_surname(nxt) if tok.low in KNOWN_GIVEN else None)
    if surname is None:
        # (or a surname opened by its particles: "Эрик Ван дер Берг")
        adjectival = given_then_adjectival(tokens, i, given) or particle_surname(
            text, tokens, i, given
        )
        if adjectival:
            return adjectival
    # "элчи Петер Шмидтке": a foreign surname of no suffix in a Kyrgyz case
    foreign = foreign_surname(text, tokens, i, nxt, is_unit) if surname is None else None
    if foreign and not _name_starts_next(text, tokens, i + 1):
        return NameMatch(
            f"{given} {foreign}", foreign, given, i, i + 1, tok.start, tokens[i + 1].end
        )
    if (
        surname is None
        and tok.low in KNOWN_GIVEN
        and (bare_surname(nxt) or forefathers_name(nxt))
        and not _name_starts_next(text, tokens, i + 1)  # "Талант Ормонбек Асанов"
    ):
        return NameMatch(f"{given} {nxt}", nxt, given, i, i + 1, tok.start, tokens[i + 1].end)
    if surname is None and tok.low not in KNOWN_GIVEN:
        return oblique_given_then_bare(tokens, i, given)
    if surname and _name_starts_next(text, tokens, i + 1):
        return None  # "Экскурсовод Кемин Алиев": the name is "Кемин Алиев"
    if (
        surname
        and not listed_or_built_given(given)
        and starts_sentence(text, tokens, i)
        and cases_disagree(tok.low, nxt)
    ):
        # "Инициативу Асанова поддержали": a noun in the accusative
        noun_first(tokens, i, i + 1, dropped)
        return None
    if (
        surname
        and weak_surname(surname)
        and not listed_or_built_given(given)
        and not listed_or_built_given(given_nominative(given, nxt))
    ):
        return None  # "Эл Аралык Медицина", "Улуттук Кеңешин": nouns after no given name
    if surname:
        # An all-caps given name goes with an all-caps surname only ("АЗАМАТ МАМЫТОВ").
        if tok.text.isupper() and not tokens[i + 1].text[:_CAPS_SURNAME_LETTERS].isupper():
            return None
        feminine = feminine_accusative(given, nxt)
        if feminine and not his_dative(given, nxt, text, tokens, i):
            given, surname = feminine
        given = given_nominative(given, nxt)
        father_word = next((w for w in PATRONYMIC_WORDS if surname.endswith(w)), None)
        if father_word:  # "Айгуль Асанкызы": the father's word glued
            given = given_name_before_father(given, father_word)
        # a surname read back from a woman's oblique ending ("Замиры Асановой") is hers
        woman = proper_case(nxt) != surname
        masculine = None if woman else masculine_nominative(given, surname, text, tokens, i)
        if masculine:
            given, surname = masculine
        elif not woman:
            given = before_indeclinable_surname(given, surname, text, tokens, i)
        return NameMatch(
            f"{given} {surname}", surname, given, i, i + 1, tok.start, tokens[i + 1].end
        )
    return None


def _given_then_patronymic(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """ "мэр города Иван Петрович, ...": a given name and a patronymic (nominative)
    with no surname after them name a person, the Russian polite form; the patronymic stands
    where the surname would, for linking later mentions. A Kyrgyz case ending on the
    patronymic leaves the given name in the nominative ("Бакыт Асановичтин")."""
    m = (
        PATRONYMIC.fullmatch(tokens[i + 1].text, None, None, rx.NOT_CONCURRENT)
        if i + 1 < len(tokens)
        else None
    )
    ending = m["ending"] if m else None
    if m is None or (ending and ending.casefold() not in KYRGYZ_CASE_ENDINGS):
        return oblique_given_patronymic(text, tokens, i)
    if name_goes_on(text, tokens, i + 1):
        return None
    written = tokens[i + 1].text
    given, patronymic = proper_case(tokens[i].text), written[: len(written) - len(ending or "")]
    name = f"{given} {patronymic}"
    return NameMatch(name, patronymic, given, i, i + 1, tokens[i].start, tokens[i + 1].end)


def _surname_then_given(text: str, tokens: list[Token], i: int, surname: str) -> NameMatch | None:
    """ "Асанова Салтанат", "Иманкулов Азамат": a surname written in the nominative,
    then a given name of given_names.yaml (a list's surname-first order)."""
    tok, j = tokens[i], i + 1
    given = tokens[j].text
    if proper_case(tok.text) != surname:
        return None
    if "-" in given and hyphenated_given(given):
        return NameMatch(f"{surname} {given}", surname, given, i, j, tok.start, tokens[j].end)
    if not is_capitalised(given):
        return None
    if _name_starts_next(text, tokens, j) and not _glued_father(tokens[j + 1].text):
        return None  # "Асанов Бекболот Бекиев": the name is "Бекболот Бекиев"
    if (
        not listed_or_built_given(given)
        and not _list_item_given(text, tokens, j)
        and not TITLE_INSIDE_AFTER.match(text, tokens[j].end)  # "Турсунов Мамасадык ажы"
    ):
        # The case of the whole name on the given name: "Асанов Мирбектин".
        given = _given_in_kyrgyz_case(given) or ""
        if not given:
            return None
    given = proper_case(given)
    return NameMatch(f"{surname} {given}", surname, given, i, j, tok.start, tokens[j].end)


def _surname_first_follows(text: str, tokens: list[Token], i: int) -> bool:
    """Whether a surname-first name starts at token i: a surname, then a given name
    (listed or built, in any Kyrgyz case) or initials ("Жумабаев Эрлан", "Жумабаев
    Эрланды", "Жумабаев Э.Б."), or a father's name, уулу/кызы and a given name
    ("Бакыт уулу Эрлан")."""
    if i + 2 >= len(tokens) or not space_after(text, tokens, i):
        return False
    word, nxt = tokens[i].text, tokens[i + 1].text
    if surname_of(word) == proper_case(word):
        if _initials_from(text, tokens, i + 1):
            return True
        return listed_or_built_given(nxt) or _given_in_kyrgyz_case(nxt) is not None
    if nxt.casefold() in PATRONYMIC_WORDS and space_after(text, tokens, i + 1):
        given = tokens[i + 2].text
        return listed_or_built_given(given) or _given_in_kyrgyz_case(given) is not None
    return False


def _given_in_kyrgyz_case(word: str) -> str | None:
    """A given name (listed or built) with a Kyrgyz case ending, without it:
    "Мирбектин" -> "Мирбек", "Бакыттан" -> "Бакыт"; not a name that is a place too
    ("Таласта": in Талас)."""
    low = word.casefold()
    for ending in KYRGYZ_CASE_ENDINGS:
        stem = word[: -len(ending)]
        if low.endswith(ending) and listed_or_built_given(stem) and not in_not_names(stem):
            return stem
    return None


def _oblique_surname_first(
    text: str, tokens: list[Token], i: int, surname: str
) -> NameMatch | None:
    """A surname-first name in a Russian oblique case, back in the nominative: the
    given name takes the surname's case ("Кузнецову Алексею" -> "Кузнецов Алексей",
    "Сидоровой Ольги Петровны" -> "Сидорова Ольга Петровна"; a man's genitive,
    "Сидорова Ивана", by its given name). A patronymic may follow, in the same case."""
    word, given_word = tokens[i].text, tokens[i + 1].text
    if not is_capitalised(given_word) or _name_starts_next(text, tokens, i + 1):
        return None
    masculine = masculine_nominative(given_word, surname, text, tokens, i)
    if proper_case(word) == surname:
        if masculine is None:
            return None
        given, surname = masculine
    else:
        given = given_nominative(given_word, word)
        feminine = feminine_accusative(given_word, word)
        if feminine:
            given, surname = feminine
    if not listed_or_built_given(given):
        return None
    last, name = i + 1, f"{surname} {given}"
    if i + 2 < len(tokens) and space_after(text, tokens, i + 1):
        found = oblique_patronymic(tokens[i + 2].text)
        patronymic = found[0] if found else None
        if patronymic is None and PATRONYMIC.fullmatch(tokens[i + 2].text):
            patronymic = patronymic_nominative(tokens[i + 2].text)
        if patronymic:
            last, name = i + 2, f"{name} {patronymic}"
    return NameMatch(name, surname, given, i, last, tokens[i].start, tokens[last].end)


def _list_item_given(text: str, tokens: list[Token], j: int) -> bool:
    """ "Орозобекова Асыл - директор", "Асанова Саадат;": in a list item a given name
    the lexicon lacks stands after the surname when the item's punctuation (a dash,
    a comma, a semicolon, a bracket, a cell bar, the line end) closes the name. It is
    one capitalised word in no case, no surname and no known non-name."""
    word = tokens[j].text
    return (
        is_given(word)
        and word[1:].islower()
        and word.casefold() not in GIVEN_ELEMENTS  # "Иманов Бек": an element, not a name
        and not word.casefold().endswith(BARE_SURNAME_ENDINGS)
        and surname_of(word) is None
        and LIST_ITEM_END.match(text, tokens[j].end) is not None
    )


def _father_then_given(
    text: str, tokens: list[Token], i: int, dropped: list[NameMatch] | None = None
) -> NameMatch | None:
    """ "Асан уулу Бекболот", "Асан кызы Айгүл": the father's name, уулу/кызы, then
    the given name (the order of official lists)."""
    if i + 2 >= len(tokens) or not space_after(text, tokens, i + 1):
        return None
    word, given = tokens[i + 1].text, tokens[i + 2].text
    if word.casefold() not in PATRONYMIC_WORDS:
        return None
    if not is_given(given) or surname_only(given) or PATRONYMIC.fullmatch(given):
        return None
    if not listed_or_built_given(given):
        # "Асан уулу Мирбектин": the case of the whole name on the given name; in
        # Russian the given name declines ("с Асан уулу Бакытом", "Асан кызы Гульмиры").
        in_case = _given_in_kyrgyz_case(given) or _russian_given_after_father(
            given, word.casefold()
        )
        if in_case is None and (
            noun_in_a_case(text, tokens, i + 2) or given.casefold().endswith(SENTENCE_START_ENDINGS)
        ):
            # "Асан уулу Нарында": a place in a case follows
            noun_first(tokens, i, i + 2, dropped)
            return None
        given = in_case or given
    father = f"{proper_case(tokens[i].text)} {word.casefold()}"
    name = f"{father} {proper_case(given)}"
    return NameMatch(name, father, proper_case(given), i, i + 2, tokens[i].start, tokens[i + 2].end)


def _russian_given_after_father(given: str, father_word: str) -> str | None:
    """A given name after "Асан уулу"/"Асан кызы" in a Russian oblique case, in the
    nominative ("Бакытом" -> "Бакыт"), or None when no listed name comes back."""
    nominative = given_name_before_father(given, father_word)
    return nominative if nominative != given else None


def _oblique_russian_name(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """ "Бакыта Асановича Токтогулова" (genitive or accusative) -> "Бакыт Асанович
    Токтогулов": a given name, patronymic and surname, each in the oblique case; so
    "Бакытом Асановичем Токтогуловым", "Гульмиры Асановны Садыковой"."""
    if i + 2 >= len(tokens) or not space_after(text, tokens, i + 1):
        return None
    found = oblique_patronymic(tokens[i + 1].text)
    surname_word = tokens[i + 2].text
    surname = surname_of(surname_word)
    if found is None or not surname:
        return None
    patronymic, ending = found
    if ending in PATRONYMIC_OBLIQUE:
        masculine = masculine_nominative(tokens[i].text, surname, text, tokens, i)
        if not masculine:
            return None
        given, surname = masculine
    else:
        given = given_nominative(tokens[i].text, surname_word)
        feminine = feminine_accusative(tokens[i].text, surname_word)
        if feminine:
            given, surname = feminine
    name = f"{given} {patronymic} {surname}"
    return NameMatch(name, surname, given, i, i + 2, tokens[i].start, tokens[i + 2].end)


def _name_starts_next(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i is a given name followed by a surname (a word of a surname's
    suffix is none: "Бакыт Асанов Бекиевага" names two people)."""
    return (
        i + 1 < len(tokens)
        and is_given(tokens[i].text)
        and not surname_only(tokens[i].text)
        and space_after(text, tokens, i)
        and surname_of(tokens[i + 1].text) is not None
    )


_PATRONYMIC_ENDS: tuple[str, ...] = tuple(PATRONYMIC_WORDS)
