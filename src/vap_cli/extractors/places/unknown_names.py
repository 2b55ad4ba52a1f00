"""Names the gazetteer lacks: a capitalised word before a type word of a small unit
(with an initial or numbers it opens with), and the words that never name such a unit
(determiners, openers, numbers)."""

from __future__ import annotations

from ... import morph, rx
from ...lexicon import load, unit_nouns
from ..persons.words import is_role_word, listed_or_built_given, surname_of
from .constants import GENITIVE
from .forms import type_after_bracket, type_gap
from .mention import Mention, Token
from .tokens import gap_between, kyrgyz_type_at
from .vocabulary import (
    COUNTRIES,
    DOT_GAP,
    LEX,
    NAMED_AFTER_KY,
    RU_ADJ_ENDINGS,
    SPACES,
    WORD_GAP,
    fold,
    looks_like_person,
)

# A father's name and its patronymic word after a given name ("Бакыт Асан уулу",
# "Нургуль Асан кызы"; lexicon persons.yaml `patronymic_words`): a Kyrgyz full name.
_PATRONYMIC_AFTER = rx.compile(
    r"[ \t]{1,3}\p{Lu}\p{Ll}+[ \t]{1,3}(?:"
    + rx.alternation(load("persons")["patronymic_words"])
    + r")(?!\p{L})"
)

# The level of a unit named after a man by his full name before its type word.
VILLAGE = "village"


def surname_after_given_name(tokens: list[Token], k: int, text: str) -> bool:
    """Token k is a surname by its ending right after a given name ("акими Бакыт
    Осмонов, Ак-Суу жана ..."; "Бакыт Асанов (Нарын району) айыл өкмөтүнүн башчысы"):
    a person's full name, no unit named after someone."""
    return (
        k > 0
        and looks_like_person(tokens[k].text)
        and tokens[k - 1].capital
        and tokens[k - 1].sentence == tokens[k].sentence
        and gap_between(text, tokens[k - 1], tokens[k]) in WORD_GAP
        and listed_or_built_given(tokens[k - 1].text)
    )


def surname_in_a_case(word: str) -> bool:
    """A surname by its suffix with a case ending ("Мамыровго", "Асановдун"): a person
    in a case, never the bare name of a unit listed before a plural type word (its
    members stand in the nominative: "Момунов, Келечек жана Татар конуштарында")."""
    nominative = surname_of(word)
    return nominative is not None and fold(nominative) != fold(word)


def _named_after_a_man(tokens: list[Token], i: int, text: str, level: str) -> bool:
    """A village named after a man, his full name before its type word ("Калба айыл
    аймагындагы Атай Огонбаев айылында"): a given name and a surname (token i) before a
    village's type word, not after a role word (a person: "башчысы Мелис Абылкасымов
    айыл аймагына ..." is the head, before the ayil aimak he heads)."""
    return (
        level == VILLAGE
        and surname_after_given_name(tokens, i, text)
        and not (i >= 2 and is_role_word(tokens[i - 2].text))
    )


def after_named_after(tokens: list[Token], k: int, text: str) -> int:
    """Where a type word may start after a name: at token k, or after "атындагы"
    ("Кочкорбаев атындагы айыл аймагы": named after him)."""
    if (
        k + 1 < len(tokens)
        and tokens[k].low in NAMED_AFTER_KY
        and gap_between(text, tokens[k], tokens[k + 1]) in SPACES
    ):
        return k + 1
    return k


def unknown_word_ok(tok: Token) -> bool:
    """May this capitalised word be the name of a unit the gazetteer lacks? Not in
    capitals (a headline), not a Russian adjective (the next unit's name), not a
    determiner or a number."""
    low = tok.low
    return (
        not tok.text.isupper()
        and not low.endswith(RU_ADJ_ENDINGS)
        and fold(tok.text) not in STOP_NAMES
        and fold(tok.text) not in COUNTRIES
    )


def unknown_mention(tokens: list[Token], first: int, last: int, text: str) -> Mention:
    start = tokens[first].start
    # An initial before the name belongs to it ("Т. Зулпуев айыл аймагы").
    if first > 0 and len(tokens[first - 1].text) == 1 and tokens[first - 1].capital:
        if gap_between(text, tokens[first - 1], tokens[first]) in DOT_GAP:
            start = tokens[first - 1].start
    first = _numeral_prefix(tokens, first, text)
    start = min(start, tokens[first].start)
    return Mention(
        start=start,
        end=tokens[last].end,
        first=first,
        last=last,
        name=text[start : tokens[last].end],
        ending="",
        units=[],
        sentence=tokens[first].sentence,
    )


def _numeral_prefix(tokens: list[Token], first: int, text: str) -> int:
    """The first token of a name that opens with capitalised numbers ("Он Эки-Бел",
    "Он Эки-Мойнок": twelve ...), one space apart in one sentence."""
    while (
        first > 0
        and tokens[first - 1].capital
        and tokens[first - 1].low in NUMBER_WORDS
        and tokens[first - 1].sentence == tokens[first].sentence
        and gap_between(text, tokens[first - 1], tokens[first]) == " "
    ):
        first -= 1
    return first


# Determiners, numbers and common adjectives: never the name of a unit the gazetteer
# lacks, even capitalised before a type word ("Бул айыл аймагы", "«Мыкты айыл өкмөтү»").
# Russian nouns of heads and staff name no unit in any case ("Главам айыл окмоту").
STOP_NAMES: frozenset[str] = frozenset(
    fold(w)
    for w in [
        *LEX["not_unit_names"],
        *(
            form
            for noun in LEX["not_unit_names_russian"]
            for form in morph.russian_noun_forms(noun)
        ),
    ]
)
# The persons lexicon's words that are never names (sentence openers, adverbs of time,
# kinds of events: "Бүгүн айыл аймагында", "Семинар айыл өкмөтүндө") name no unit the
# gazetteer lacks; some of them are units it has (Ош, Май, Кыргызстан айыл аймагы), so
# they stop only an unknown name before a type word, never a list of known ones.
OPENER_WORDS: frozenset[str] = frozenset(fold(w) for w in load("persons")["not_names"])
# ... nor do the nouns of people who take part and of entries (the participation
# lexicon's `who`, one word each, not its units nor the words of other senses it counts
# only with a verb, "жаш", "эл"): "Табыштама айыл өкмөтүнүн имаратына тапшырылат" opens
# with the applications, "Тургундар айыл аймагында" with the residents (round 38).
_PARTICIPATION = load("participation")
_UNIT_LEMMAS = unit_nouns()
WHO_WORDS: frozenset[str] = frozenset(
    fold(word)
    for entry in _PARTICIPATION["who"]
    if len(entry["words"]) == 1
    and entry["lemma"] not in _UNIT_LEMMAS
    and not entry.get("needs_verb")
    for word in (entry["words"][0] if isinstance(entry["words"][0], list) else [entry["words"][0]])
)
# Endings of Russian abstract nouns and offices no unit's name has ("Население",
# "Администрация", "Территория"): such a word before a type word heads a phrase.
COMMON_NOUN_ENDINGS: tuple[str, ...] = tuple(LEX["not_unit_name_endings"])
# Kyrgyz numbers of one word (numbers lexicon): a name may open with them.
NUMBER_WORDS: frozenset[str] = frozenset(
    w.casefold() for key in ("units", "tens") for w in load("numbers")[key]
)


def unknown_with_type(tokens: list[Token], i: int, text: str) -> Mention | None:
    """A capitalised word the gazetteer lacks, followed by a Kyrgyz type word
    (candidate_veto then says whether it may name a unit)."""
    tok = tokens[i]
    if not tok.capital or tok.text.isupper():
        return None
    nxt = i + 1
    if nxt >= len(tokens):
        return None
    gap = gap_between(text, tok, tokens[nxt])
    bracket_end = None
    if type_gap(text, tok.start, gap):
        found = kyrgyz_type_at(tokens, after_named_after(tokens, nxt, text), text)
    else:
        bracketed = type_after_bracket(tokens, nxt, text, gap) if "(" in gap else None
        found = None if bracketed is None else bracketed[:-1]
        bracket_end = None if bracketed is None else bracketed[-1]
    if found is None:
        return None
    tw, end, plural, case = found
    if tw.known_only and not (case == GENITIVE and _village_after(tokens, end, text)):
        return None
    first = i - 1 if _named_after_a_man(tokens, i, text, tw.level) else i
    m = unknown_mention(tokens, first, i, text)
    m.type_word, m.type_end, m.plural_type, m.case = tw, end, plural, case
    m.end = tokens[end - 1].end
    m.bracket_end = bracket_end
    return m


_VILLAGE = "village"


def _village_after(tokens: list[Token], k: int, text: str) -> bool:
    """A capitalised name and a village's type word right after token k ("Жерге-Чий
    аймагынын Маловодное айылындагы"): "аймак" in the genitive owning a village names
    its ayil aimak, though the gazetteer lacks it ("аймак" alone types only a known name
    elsewhere: a region, a district's area)."""
    if k + 1 >= len(tokens) or not tokens[k].capital or tokens[k].text.isupper():
        return False
    if gap_between(text, tokens[k - 1], tokens[k]) != " ":
        return False
    found = kyrgyz_type_at(tokens, k + 1, text)
    return found is not None and found[0].level == _VILLAGE


def given_name_before_patronymic(m: Mention, tokens: list[Token], text: str) -> bool:
    """The name after a Russian type word opens a person's full name, a father's name
    and "уулу" or "кызы" after it ("глава айыл окмоту Бакыт Асан уулу"), and no
    unit of the type word's level has it: the head of the unit, no unit."""
    assert m.type_word is not None
    return not any(u.level == m.type_word.level for u in m.units) and bool(
        _PATRONYMIC_AFTER.match(text, tokens[m.last].end)
    )
