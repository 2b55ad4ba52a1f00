"""Surnames no name pattern took: a later mention of the one person of that surname,
or a person of its own when it plainly names one (it opens its sentence, follows its
verb, labels a speaker, is listed with other surnames, follows another person's name,
is the source of an attribution); each by a named rule."""

from __future__ import annotations

from itertools import compress, count

import regex

from ... import morph, rx
from ...context import Context
from ...explain import Rule
from ...fold import fold
from ...lexicon import load, words
from ...segment.cover import Cover
from ...segment.line_bounds import blank_before
from ...segment.tokens import WORD_TEXT
from .matching import is_initial
from .nouns import noun_in_a_case
from .records import Found
from .tables import (
    ATTRIBUTION_WORDS_KY,
    GENITIVES,
    KNOWN_GIVEN,
    KYRGYZ_LETTERS,
    LIST_JOINER_TOKENS,
    LONE_SUFFIXES,
    MASCULINE_LONE,
    PEOPLE_STEMS,
    PERSON_NOUNS_KY,
    ROLE_GAP,
    SPEECH_VERBS_KY,
    SURNAME_LIST_GAP,
)
from .vetoes import ABBREVIATION_DOT, PLACES_LEX, not_a_person
from .words import (
    NameMatch,
    Token,
    gap_after,
    in_not_names,
    space_after,
    starts_sentence,
    surname_of,
)

_LANGUAGE = load("language")
_PERSONS = load("persons")
_KYRGYZ_WORDS: frozenset[str] = frozenset(_LANGUAGE["ky"]["words"]) | frozenset(
    _PERSONS["kyrgyz_sentence_words"]
)
# Surname suffixes and the past-tense endings of a verb that agrees with them.
LONE_VERBS_RU: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (tuple(row["suffixes"]), tuple(row["verb_endings"]))
    for row in _PERSONS["lone_surname_verbs_ru"]
)
LONE_VERB_MIN: int = int(_PERSONS["lone_surname_verb_min_length"])
LONE_VERB_PREPOSITIONS: frozenset[str] = frozenset(words(_PERSONS["lone_verb_prepositions_ru"]))
_RUSSIAN_WORDS: frozenset[str] = frozenset(_LANGUAGE["ru"]["words"])
# A Russian settlement's type word right before a list of lone surname-shaped words
# (places.yaml russian_before, russian_plural_before): the list names places, foreign
# ones the gazetteer lacks too ("в городах Ростов и Саратов"). Not an abbreviation with
# its dot: "г." is also the year's ("В 2024 г. Асанов и Бекова ..."), "п." a paragraph's.
PLACE_TYPE_BEFORE_LIST = rx.compile(
    r"(?<!\p{L})(?:"
    + "|".join(
        sorted(
            (
                "".join(rx.atoms(str(w)))
                for w in [*PLACES_LEX["russian_before"], *PLACES_LEX["russian_plural_before"]]
                if not str(w).endswith(ABBREVIATION_DOT)
            ),
            key=len,
            reverse=True,
        )
    )
    + r")[ \t]+\Z",
    regex.IGNORECASE,
)
# How far before a list's first item its type word is read (characters).
PLACE_TYPE_REACH = 40
_SENTENCE_REACH = 200  # characters of a sentence read for its language
_LOCATIVES: tuple[str, ...] = morph.variants("locative")
# The Kyrgyz cases a place takes after a subject: where to, where, where from.
PLACE_CASES = frozenset({"dative", "locative", "ablative"})


LONE_SURNAME = Rule(
    "persons.lone_surname",
    "a surname alone (-ов, -ова, ...) that opens a Kyrgyz sentence is its subject, a person",
)
SUBJECT_AFTER_VERB = Rule(
    "persons.subject_after_verb",
    "a surname alone right after its verb ('— деди Байсалов', '— сказал Байсалов') is its subject",
)
# What follows an interview's speaker: a colon and a space.
_SPEAKER_COLON = ": "
SPEAKER_LABEL = Rule(
    "persons.speaker_label",
    "a surname alone opening a line before a colon ('Асанов: ...') labels an interview's speaker",
)
SURNAME_LIST = Rule(
    "persons.surname_list",
    "lone surnames listed together ('Асанов, Бекова и Токтогулов'), one a man's, name people",
)
ATTRIBUTION = Rule(
    "persons.attribution",
    "a surname alone in the genitive before a Kyrgyz attribution ('Жапаровдун айтымында')",
)
NEXT_TO_A_NAME = Rule(
    "persons.next_to_a_name",
    "a surname with a case ending right after another person's name is a second person",
)
SURNAME_AGAIN = Rule(
    "persons.surname_again",
    "a surname alone ('Бекиевдин айтымында') when exactly one person of the document has"
    " that surname is one more mention of that person",
)
LONE_PLACE = Rule("persons.lone_surname_place", "a surname alone that is a place of the gazetteer")
INSIDE_A_PLACE = Rule(
    "persons.lone_surname_in_place",
    "a surname alone inside a place's name the places stage read (a unit named after a"
    " person: 'Болот Мамбетов жана Кара-Дөбө айыл аймактары') is the unit's name, no person",
)
OFFICE_NAMED_BY_PLACE = Rule(
    "persons.office_named_by_place",
    "a lone surname-shaped word between an owner in the genitive and an office's noun"
    " ('банктын Асанбеков филиалы', places.yaml office_nouns) names the office after its"
    " settlement, no person",
)
PLACES_AFTER_TYPE_WORD = Rule(
    "persons.places_after_type_word",
    "lone surname-shaped words listed right after a settlement's type word ('в городах"
    " Ростов и Саратов', places.yaml russian_before; not after an abbreviation's dot, 'г.'"
    " is also the year's) are places, foreign ones too",
)


def find_lone_surnames(
    ctx: Context,
    tokens: list[Token],
    covered: set[int],
    by_surname: dict[str, list[Found]],
    related: Cover,
    places: Cover,
) -> list[Found]:
    """Surnames no name pattern took. A later lone surname ("Бекиевдин айтымында") is
    one more mention of its person when exactly one person of the document has that
    surname; a surname no person has is a person of its own when it plainly names one
    (`_names_alone`)."""
    text = ctx.text
    alone: list[Found] = []
    # every word's surname, asked in C (map: surname_of remembers its answers); most
    # words are none
    surnames = list(map(surname_of, map(WORD_TEXT, tokens)))
    for index in compress(count(), surnames):
        if index in covered:
            continue
        tok, surname = tokens[index], surnames[index]
        assert surname is not None  # compress kept the words with one
        lone = NameMatch(surname, surname, "", index, index, tok.start, tok.end)
        if not_a_person(text, tokens, lone):
            continue
        owners = by_surname.get(fold(surname), [])
        if len(owners) == 1:
            owners[0].spans.append((tok.start, tok.end))
            if ctx.decisions is not None:
                ctx.decide(SURNAME_AGAIN, True, tok.start, tok.end, owners[0].name)
        elif not owners and tok.start not in related:
            if _inside_a_place(ctx, tok, surname, places):
                continue
            person_name = (
                _names_alone(ctx, tokens, index, surname)
                or _after_its_verb(ctx, tokens, index, surname)
                or _speaker_label(ctx, tokens, index, surname)
                or _in_surname_list(ctx, tokens, index, surname, places)
                or _next_to_a_name(ctx, tokens, index, surname, covered)
                or _attributed(ctx, tokens, index, surname)
            )
            if person_name:
                person = Found(person_name, person_name, "", [(tok.start, tok.end)])
                by_surname[fold(person_name)] = [person]
                alone.append(person)
    return alone


def _inside_a_place(ctx: Context, tok: Token, surname: str, places: Cover) -> bool:
    """A surname inside a place's name the places stage read ("Төрөгелди Балтагулов жана
    Ала-Бука айыл аймактары": a unit named after a person), itself no place of the
    gazetteer (one that is, "Панфилов", is `_no_place`'s)."""
    if ctx.span(tok.start, tok.end).start not in places or ctx.resources.gazetteer.lookup(surname):
        return False
    ctx.decide(INSIDE_A_PLACE, False, tok.start, tok.end, surname)
    return True


def _names_alone(ctx: Context, tokens: list[Token], index: int, surname: str) -> str | None:
    """A lone surname that is the subject of its sentence: it opens the sentence, in
    the nominative, and a lower-case word of the sentence follows. In a Kyrgyz
    sentence its suffix is one no Kyrgyz word has ("Каптагаев көлдүктөрдү ... бузуп
    жатат"; not a Russian line of the page, "Комментариев пока нет"); in Russian a
    capitalised word in -ов may be a plural noun ("Депутатов избрали"), so the verb
    after it must agree with a surname ("Байсалов посетил"). Inside a sentence a lone
    surname is as often an eponym (a school, a street without its type word). A
    place of the gazetteer named after a person ("Панфилов") is left to the places.
    The main clause after a comma opens so too ("Как сообщает пресс-служба, Асанов
    поручил ...", "Маалымат боюнча, Асанов ... сунуштады")."""
    text, tok = ctx.text, tokens[index]
    after_comma = _after_a_comma(text, tokens, index)
    if tok.text != surname or not (after_comma or _opens_a_clause(text, tokens, index)):
        return None
    if _before_an_office(tokens, index):
        # "банктын Асанбеков филиалы": the place the office is named by
        ctx.decide(OFFICE_NAMED_BY_PLACE, False, tok.start, tok.end, surname)
        return None
    after = index + 1
    # Read from the lower-case word after it: it goes on with the sentence, even past
    # a line break that the segment stage takes for a sentence's end.
    kyrgyz = ctx.language != "ru" and _kyrgyz_sentence(ctx, tokens[after].start)
    if ctx.language == "ky" or kyrgyz:
        if not kyrgyz or not surname.endswith(LONE_SUFFIXES):
            return None  # a Russian line of the page: "Комментариев пока нет"
    elif not _agreeing_verb(surname, _verb_after(text, tokens, after)):
        return None
    return _no_place(ctx, tok, surname, LONE_SURNAME)


# An office's nouns (stems, places.yaml `office_nouns`): "филиалы", "кеңсеси".
_OFFICE_NOUNS = tuple(w.casefold() for w in PLACES_LEX["office_nouns"])


def _before_an_office(tokens: list[Token], index: int) -> bool:
    """A lone surname between its owner in the genitive and an office's noun names the
    owner's office after the settlement it stands in ("Айыл Банктын Бөкөнбаев филиалы",
    "фонддун Сулайманов кеңсеси"), not a person (acc55). With no owner before it, the
    surname opening its clause is the office's holder ("Асанов кеңсесинде тургундарды
    кабыл алды": his office; revfix55)."""
    before, after = index - 1, index + 1
    return (
        before >= 0
        and after < len(tokens)
        and tokens[before].low.endswith(GENITIVES)
        and tokens[after].low.startswith(_OFFICE_NOUNS)
    )


def _after_a_comma(text: str, tokens: list[Token], index: int) -> bool:
    """A capitalised word in lower case after its capital, right after a comma inside
    its sentence, a lower-case word after it."""
    tok = tokens[index]
    return (
        index > 0
        and gap_after(text, tokens, index - 1).strip() == ","
        and tok.text[1:].islower()
        and not is_initial(tokens, index - 1, text)
        and space_after(text, tokens, index)
        and tokens[index + 1].text.islower()
    )


def _verb_after(text: str, tokens: list[Token], after: int) -> str:
    """The word at token `after`, or the one after it when it is an adverb of the
    never-names ("Ташиев также отметил"), or the one after a preposition and its noun
    ("Жапаров в пятницу посетил")."""
    word = tokens[after].text
    if (
        tokens[after].low in LONE_VERB_PREPOSITIONS
        and space_after(text, tokens, after)
        and space_after(text, tokens, after + 1)
    ):
        return tokens[after + 2].text
    if word.islower() and in_not_names(word) and space_after(text, tokens, after):
        return tokens[after + 1].text
    return word


def _no_place(ctx: Context, tok: Token, surname: str, rule: Rule) -> str | None:
    """The surname, unless the gazetteer has a place of that name ("Панфилов")."""
    if ctx.resources.gazetteer.lookup(surname):
        ctx.decide(LONE_PLACE, False, tok.start, tok.end, surname)
        return None
    ctx.decide(rule, True, tok.start, tok.end, surname)
    return surname


def _after_its_verb(ctx: Context, tokens: list[Token], index: int, surname: str) -> str | None:
    """A lone surname right after its verb, the order of a quotation's attribution,
    and closing its clause: Kyrgyz "— деди Байсалов.", Russian "— сказал Байсалов.",
    "Как отметила Асанова, ...", "Выступил Асанов." (the verb agreeing with it)."""
    text, tok = ctx.text, tokens[index]
    before = index - 1
    if tok.text != surname or before < 0 or not ROLE_GAP.fullmatch(gap_after(text, tokens, before)):
        return None
    if space_after(text, tokens, index) and not tokens[index + 1].text.islower():
        return None  # a capitalised word after it: no clause ends here
    verb = tokens[before].text
    if verb in SPEECH_VERBS_KY:  # a Kyrgyz verb: the surname's suffix is no Kyrgyz word's
        if not surname.endswith(LONE_SUFFIXES):
            return None
    elif ctx.language == "ky" or not _agreeing_verb(surname, verb):
        return None
    elif not verb.islower() and not noun_in_a_case(text, tokens, before):
        return None  # a capital: only a verb opening its sentence ("Выступил Асанов.")
    return _no_place(ctx, tok, surname, SUBJECT_AFTER_VERB)


def _speaker_label(ctx: Context, tokens: list[Token], index: int, surname: str) -> str | None:
    """A lone surname in the nominative opening a line, a colon right after it: an
    interview's speaker ("Асанов: Работы идут."). Its suffix is one no Kyrgyz word
    has, and no people noun in the genitive plural ("Участников: 12")."""
    text, tok = ctx.text, tokens[index]
    if tok.text != surname or not blank_before(text, tok.start):
        return None
    after = tok.end + len(_SPEAKER_COLON)
    if not text.startswith(_SPEAKER_COLON, tok.end) or not text[after : after + 1].isupper():
        return None  # the speaker's words open with a capital ("Итогов: нет" is no label)
    if not surname.endswith(LONE_SUFFIXES):
        return None
    low = surname.casefold()
    suffix = next(x for x in LONE_SUFFIXES if low.endswith(x))
    if low[: -len(suffix)] in PEOPLE_STEMS:
        return None
    return _no_place(ctx, tok, surname, SPEAKER_LABEL)


def _next_to_a_name(
    ctx: Context, tokens: list[Token], index: int, surname: str, covered: set[int]
) -> str | None:
    """A lone surname in a case, right after the surname of a name found before it
    ("Төрага Асанов Бекиевдин айкелине ...", "Жапаров Путинге телефон чалды"): the
    headline's second person, whose ending says it is no part of the first name. Not
    in the locative, a place's case more than a person's ("Жапаров Киевде")."""
    before, tok = index - 1, tokens[index]
    if before not in covered or tok.text == surname or not surname.endswith(LONE_SUFFIXES):
        return None
    if tok.low.endswith(_LOCATIVES):
        return None
    previous = surname_of(tokens[before].text)
    if not previous or fold(previous) == fold(surname):
        return None
    if not ROLE_GAP.fullmatch(gap_after(ctx.text, tokens, before)):
        return None
    return _no_place(ctx, tok, surname, NEXT_TO_A_NAME)


def _attributed(ctx: Context, tokens: list[Token], index: int, surname: str) -> str | None:
    """A lone surname in the Kyrgyz genitive right before an attribution word
    ("Жапаровдун айтымында", "Ташиевдин билдиришинче"): the source, a person; or
    before a noun whose owner is a person ("Жапаровдун жарлыгы менен")."""
    tok = tokens[index]
    if tok.text == surname or not surname.endswith(LONE_SUFFIXES):
        return None
    if not tok.low.endswith(GENITIVES) or not space_after(ctx.text, tokens, index):
        return None
    word = tokens[index + 1].low
    if word not in ATTRIBUTION_WORDS_KY and not word.startswith(PERSON_NOUNS_KY):
        return None
    return _no_place(ctx, tok, surname, ATTRIBUTION)


def _list_neighbour(text: str, tokens: list[Token], index: int, step: int) -> int | None:
    """The next lone surname in the nominative across a comma or a joiner word."""
    for k in range(1, LIST_JOINER_TOKENS + 2):
        j = index + step * k
        if not 0 <= j < len(tokens):
            return None
        a, b = sorted((index, j))
        if SURNAME_LIST_GAP.fullmatch(text[tokens[a].end : tokens[b].start]):
            word = tokens[j].text
            lone = surname_of(word) == word and word.endswith(LONE_SUFFIXES)
            return j if lone else None
    return None


def _in_surname_list(
    ctx: Context, tokens: list[Token], index: int, surname: str, places: Cover
) -> str | None:
    """A lone surname in a list of lone surnames ("Асанов, Бекова и Токтогулов"), one
    of them a man's in the nominative, so no row of genitives; not one the places stage
    kept (`places`: its mentions' spans in the original text)."""
    if tokens[index].text != surname or not surname.endswith(LONE_SUFFIXES):
        return None
    items = [index]
    for step in (-1, 1):
        j = _list_neighbour(ctx.text, tokens, items[-1 if step > 0 else 0], step)
        while j is not None:
            items.insert(len(items) if step > 0 else 0, j)
            j = _list_neighbour(ctx.text, tokens, j, step)
    if len(items) < 2 or not any(tokens[j].text.endswith(MASCULINE_LONE) for j in items):
        return None
    tok = tokens[index]
    if ctx.span(tok.start, tok.end).start in places:
        ctx.decide(LONE_PLACE, False, tok.start, tok.end, surname)
        return None
    first = tokens[items[0]].start
    if PLACE_TYPE_BEFORE_LIST.search(ctx.text, max(0, first - PLACE_TYPE_REACH), first):
        ctx.decide(PLACES_AFTER_TYPE_WORD, False, tok.start, tok.end, surname)
        return None
    # The gazetteer's villages named after people ("Баетов") are people in a list the
    # places stage did not read as places (places.list_of_surnames: no type word, no
    # case, no other village beside them).
    ctx.decide(SURNAME_LIST, True, tok.start, tok.end, surname)
    return surname


def _opens_a_clause(text: str, tokens: list[Token], index: int) -> bool:
    """A capitalised word in lower case after its capital, opening a sentence (or
    after an adverb or a noun in a case that opens it: "Бүгүн Асанов ...", "Затем
    Асанов ..."), with no initial before it and a lower-case word after it."""
    tok, before, after = tokens[index], index - 1, index + 1
    if not tok.text[1:].islower():
        return False  # "ИТОГОВ" in a heading
    if not starts_sentence(text, tokens, index) and not _after_an_opener(text, tokens, index):
        return False
    if before >= 0 and is_initial(tokens, before, text):
        return False  # "ул. Т. Кошбаева": the initials' name, judged by the vetoes
    # Not a counter "Просмотров: 12", a heading "Жапаров Садыр"; a place in a Kyrgyz
    # case may follow ("Жапаров Түркияга барат").
    return space_after(text, tokens, index) and (
        tokens[after].text.islower() or _place_in_a_case(tokens[after])
    )


def _place_in_a_case(tok: Token) -> bool:
    """A capitalised word in a Kyrgyz case of place (dative, locative, ablative) that
    is no surname and no given name: "Түркияга", "Ошко", "Москвада"."""
    if not tok.text[1:].islower() or surname_of(tok.text) or _in_given_names(tok.low):
        return False
    stem, ending = morph.strip_ending(tok.low)
    return bool(ending) and morph.case_of(stem, ending) in PLACE_CASES


def _in_given_names(low: str) -> bool:
    return low in KNOWN_GIVEN or morph.strip_ending(low).stem in KNOWN_GIVEN


def _after_an_opener(text: str, tokens: list[Token], index: int) -> bool:
    """Token index follows, across spaces only, a word that opens its sentence and is
    no name: an adverb or a conjunction of persons.yaml not_names, a noun in a case;
    or an opener of two such words ("Ал эми", "Мындан тышкары", "При этом")."""
    before = index - 1
    if before < 0 or starts_sentence(text, tokens, index) or not space_after(text, tokens, before):
        return False
    if starts_sentence(text, tokens, before):
        return in_not_names(tokens[before].text) or noun_in_a_case(text, tokens, before)
    first = before - 1
    return (
        first >= 0
        and tokens[before].text.islower()
        and in_not_names(tokens[before].text)
        and starts_sentence(text, tokens, first)
        and space_after(text, tokens, first)
        and in_not_names(tokens[first].text)
    )


def _agreeing_verb(surname: str, word: str) -> bool:
    """A Russian past-tense verb that agrees with a lone surname ("Байсалов посетил",
    "Асанова рассказала"), the surname no people noun ("Участников приветствовал")."""
    low = surname.casefold()
    if len(word) < LONE_VERB_MIN:
        return False
    # Longest suffix first: "-ова" is a woman's, not "-ов" + а.
    for suffixes, verb_endings in sorted(LONE_VERBS_RU, key=lambda r: -max(map(len, r[0]))):
        suffix = next((x for x in suffixes if low.endswith(x)), None)
        if suffix is not None:
            # "участник" + ов is the noun; "Акимбеков" is no "аким" + ов.
            return low[: -len(suffix)] not in PEOPLE_STEMS and word.endswith(verb_endings)
    return False


def _kyrgyz_sentence(ctx: Context, start: int) -> bool:
    """Whether the rest of the sentence from `start` (the segment stage's sentences,
    read at most _SENTENCE_REACH characters) is Kyrgyz: a Kyrgyz letter or word, and
    no Russian word (lexicon/language.yaml)."""
    limit = start + _SENTENCE_REACH
    end = ctx.segments.sentence_break(start, limit)
    words = {t.low for t in ctx.segments.tokens.between(start, limit if end is None else end)}
    if words & _RUSSIAN_WORDS:
        return False
    return bool(words & _KYRGYZ_WORDS) or any(ch in KYRGYZ_LETTERS for w in words for ch in w)
