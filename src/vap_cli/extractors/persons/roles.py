"""Roles of a name: the role phrase before it and the comma-separated ones after."""

from __future__ import annotations

from ... import morph, rx
from ...lexicon import load
from .tables import (
    BODY_HEAD_FORMS,
    COMMA_GAP,
    COMPLEMENT_ACRONYM_MAX,
    COMPLEMENT_ADJECTIVES,
    COMPLEMENT_VERB_ENDINGS,
    DOUBLE_VOWEL,
    KYRGYZ_LETTERS,
    MAX_COMPLEMENT,
    MAX_ROLE_WORDS,
    NOT_NAMES,
    ROLE_AFTER_BREAKS,
    ROLE_BREAKS,
    ROLE_GAP,
    ROLE_KEEP,
    ROLE_STOP_ENDINGS,
    RU_OPENING_VERB_ENDINGS,
    RU_VERB_ENDINGS,
)
from .words import (
    Token,
    gap_after,
    genitive_role_adjective,
    is_role_word,
    starts_sentence,
    surname_of,
)

# "ROLE болуп ... NAME шайланды" (lexicon persons.yaml role_as_word, role_as_verbs)
ROLE_AS_WORD: str = load("persons")["role_as_word"]
ROLE_AS_VERBS: frozenset[str] = frozenset(load("persons")["role_as_verbs"])
# A body's abbreviation in the genitive, its ending glued or after a hyphen ("ӨСИнин
# адиси", "ЖӨБ-нүн"): the role's organisation, never a surname.
_GENITIVES = morph.variants("genitive")
_ACRONYM_GENITIVE = rx.compile(rf"\p{{Lu}}{{2,}}-?(?:{'|'.join(_GENITIVES)})")
# A quotation mark closing a name right before the next word of the role
# ("«Өнүктүрүү саясаты институтунун» адиси"), and one opening it after the word before.
_CLOSING_QUOTE_GAP = rx.compile(r"[»”\"][ \t]{1,3}")
_OPENING_QUOTES = '«“„"'
# "жана" joining two words of an organisation's name in the genitive ("райондук эмгек
# жана социалдык өнүктүрүү бөлүмүнүн башчысы"): the role goes on before it.
_AND = "жана"


# A word is read as a Russian verb by its ending ("открыл", "провела") only from this many
# letters: shorter words so ending are nouns far more often ("зал", "село", "дела").
_RU_VERB_MIN_LENGTH = 5
# A word is read as a case form by a stop ending only from this many letters: a shorter
# word is too short for a stem and its case ending.
_CASE_FORM_MIN_LENGTH = 4


def _is_role_modifier(word: str, sentence_start: bool) -> bool:
    """A word that may stand inside a role phrase before its head word. A
    capitalised word inside a sentence is a proper name ("Ысык-Ата районунун
    акими") whatever its ending; elsewhere an oblique case ends the phrase. An
    abbreviation in the genitive ("ӨСИнин") is the role's organisation."""
    low = word.casefold()
    if _ACRONYM_GENITIVE.fullmatch(word):
        return True
    if low in ROLE_BREAKS or surname_of(word) is not None:
        return False
    if low in ROLE_KEEP or (word[:1].isupper() and not sentence_start):
        return True
    endings = RU_VERB_ENDINGS if word.islower() else RU_OPENING_VERB_ENDINGS
    if (
        (word.islower() or sentence_start)  # "Выступил полпред ...": the verb opens it
        and len(low) >= _RU_VERB_MIN_LENGTH
        and low.endswith(endings)
        and not KYRGYZ_LETTERS.intersection(low)
    ):
        return False  # a Russian verb: "открыл директор"
    case_form = low.endswith(ROLE_STOP_ENDINGS) and len(low) >= _CASE_FORM_MIN_LENGTH
    return not case_form or DOUBLE_VOWEL.search(low) is not None


def _complement_word(word: str) -> bool:
    """A word of a Russian role's complement: lower case ("проекта"), a known non-name
    ("Кабмина") or a body's head noun ("Совета"), a unit's adjective ("Ноокенского") or an acronym ("ЖК")."""
    if word.islower() and word.endswith(COMPLEMENT_VERB_ENDINGS):
        return False  # "Модератором выступила ...": the role's verb, not its complement
    return (
        word.islower()
        or word.casefold() in NOT_NAMES
        or word.casefold() in BODY_HEAD_FORMS  # "председатель Совета"
        or word.endswith(COMPLEMENT_ADJECTIVES)
        or (word.isupper() and len(word) <= COMPLEMENT_ACRONYM_MAX)
    )


def _head_of_role(text: str, tokens: list[Token], k: int) -> int:
    """The first role word of a chain of roles in the genitive that ends at token k, its
    adjectives between ("заместитель полномочного представителя Президента": from
    "Президента" back to "заместитель"; "полпреда президента")."""
    head = k
    steps = 0
    while k > 0 and steps < MAX_COMPLEMENT and ROLE_GAP.fullmatch(gap_after(text, tokens, k - 1)):
        word = tokens[k - 1].text
        if is_role_word(word):
            head = k - 1
        elif not genitive_role_adjective(word):
            break
        k -= 1
        steps += 1
    return head


def role_before(text: str, tokens: list[Token], first: int) -> tuple[int, int] | None:
    """The role phrase right before a name. Kyrgyz: it ends in a role word and
    walks back over its modifiers to a break (punctuation, a break word, a word
    in an oblique case, the phrase limit). Russian: a role word and up to a few
    lower-case words of its complement ("руководитель проекта")."""
    j = first - 1
    if j < 0 or not ROLE_GAP.fullmatch(gap_after(text, tokens, j), None, None, rx.NOT_CONCURRENT):
        return None
    if not is_role_word(tokens[j].text):
        head = j
        while (
            head > 0
            and j - head < MAX_COMPLEMENT
            and _complement_word(tokens[head].text)
            and tokens[head].text not in ROLE_BREAKS
            and tokens[head].low != ROLE_AS_WORD  # "төрагасы болуп": role_as reads it
            and ROLE_GAP.fullmatch(gap_after(text, tokens, head - 1))
        ):
            head -= 1
            if is_role_word(tokens[head].text):
                return tokens[_head_of_role(text, tokens, head)].start, tokens[j].end
        return None
    start = _modifiers_start(text, tokens, j, first)
    begin = tokens[start].start
    if begin > 0 and text[begin - 1] in _OPENING_QUOTES:
        begin -= 1  # the role opens with a quoted name: its mark too
    return begin, tokens[j].end


def _modifiers_start(text: str, tokens: list[Token], j: int, first: int) -> int:
    """The first token of a Kyrgyz role phrase whose role word is token j: back over its
    modifiers, a quoted name in the genitive ("«Өнүктүрүү саясаты институтунун» адиси")
    and a "жана" between the words of its organisation's name in the genitive."""
    start = j
    while start - 1 >= 0 and first - start < MAX_ROLE_WORDS:
        gap = gap_after(text, tokens, start - 1)
        if _CLOSING_QUOTE_GAP.fullmatch(gap, None, None, rx.NOT_CONCURRENT):
            opened = _quoted_genitive(text, tokens, start - 1, j, first)
            return start if opened is None else opened
        if not ROLE_GAP.fullmatch(gap, None, None, rx.NOT_CONCURRENT):
            break
        word = tokens[start - 1].text
        if word == _AND and _and_inside_name(text, tokens, start, j):
            start -= 2
            continue
        if not _is_role_modifier(word, starts_sentence(text, tokens, start - 1)):
            break
        start -= 1
    return start


def _quoted_genitive(text: str, tokens: list[Token], last: int, j: int, first: int) -> int | None:
    """The first token of a quoted name whose last token is `last`, within the role's
    words, its opening mark before that token; else None. The name is in the genitive
    ("«Өнүктүрүү саясаты институтунун» адиси"), or a word after it before the role word
    j is ("«Ынтымак» коомдук фондунун адиси")."""
    if not any(tokens[m].low.endswith(_GENITIVES) for m in range(last, j)):
        return None
    k = last
    while k > 0 and first - k < MAX_ROLE_WORDS:
        gap = gap_after(text, tokens, k - 1)
        if gap and gap[-1] in _OPENING_QUOTES:
            return k
        if not ROLE_GAP.fullmatch(gap, None, None, rx.NOT_CONCURRENT):
            return None
        k -= 1
    return None


def _and_inside_name(text: str, tokens: list[Token], after: int, j: int) -> bool:
    """ "жана" (token after-1) inside an organisation's name before the role word j: a
    lower-case word of the name after it, a word of the name in the genitive before j
    ("эмгек жана социалдык өнүктүрүү бөлүмүнүн башчысы"), and a lower-case modifier
    (not a role word) right before it."""
    before = after - 2
    if before < 0 or not tokens[after].text.islower():
        return False
    if not any(tokens[m].low.endswith(_GENITIVES) for m in range(after, j)):
        return False
    word = tokens[before].text
    return (
        word.islower()
        and not is_role_word(word)
        and ROLE_GAP.fullmatch(gap_after(text, tokens, before), None, None, rx.NOT_CONCURRENT)
        is not None
        and _is_role_modifier(word, starts_sentence(text, tokens, before))
    )


def role_as(text: str, tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The role a person is elected or appointed to, before "болуп" (as) in the name's
    sentence, the verb right after the name ("Кеңештин төрагасы болуп Канат айылынан
    Айбек Төрөбеков шайланды"); None without that verb or that role."""
    if last + 1 >= len(tokens) or tokens[last + 1].low not in ROLE_AS_VERBS:
        return None
    sentence = tokens[first].sentence
    for m in range(first - 1, max(0, first - MAX_ROLE_WORDS), -1):
        if tokens[m].sentence != sentence or tokens[m - 1].sentence != sentence:
            return None
        if tokens[m].low == ROLE_AS_WORD:
            k = m - 1
            if not is_role_word(tokens[k].text) or not ROLE_GAP.fullmatch(
                gap_after(text, tokens, k), None, None, rx.NOT_CONCURRENT
            ):
                return None
            return tokens[_modifiers_start(text, tokens, k, k + 1)].start, tokens[k].end
    return None


def _before_next_name(tokens: list[Token], first: int, k: int) -> int:
    """The phrase tokens[first..k] cut after its last role word when only capitalised
    words follow it: the next person's name (", Ак-Коргон айыл аймагынын башчысы Кубан
    Эшматов"), not the role's."""
    roles = [m for m in range(first, k + 1) if is_role_word(tokens[m].text)]
    if not roles or roles[-1] == k:
        return k
    after = range(roles[-1] + 1, k + 1)
    if all(tokens[m].text[:1].isupper() for m in after) and any(
        surname_of(tokens[m].text) is not None for m in after
    ):
        return roles[-1]
    return k  # "ведущий тренер Института": the role's complement


def roles_after(text: str, tokens: list[Token], last: int) -> list[tuple[int, int]]:
    """Comma-separated role phrases after a name: ", тренер, Долбоордун адиси"."""
    roles: list[tuple[int, int]] = []
    j = last
    while j + 1 < len(tokens) and COMMA_GAP.fullmatch(
        gap_after(text, tokens, j), None, None, rx.NOT_CONCURRENT
    ):
        k = j + 1
        while (
            k + 1 < len(tokens)
            and k - j < MAX_ROLE_WORDS
            and tokens[k + 1].low not in ROLE_AFTER_BREAKS  # "... Кубан Эшматов жана ..."
            and ROLE_GAP.fullmatch(gap_after(text, tokens, k), None, None, rx.NOT_CONCURRENT)
        ):
            k += 1
        k = _before_next_name(tokens, j + 1, k)
        # The phrase is tokens j+1..k: a role when it holds a role word (last in
        # Kyrgyz, first in Russian, or inside: "ведущий тренер Института").
        if k - j > MAX_ROLE_WORDS:
            break
        if any(is_role_word(tokens[m].text) for m in range(j + 1, k + 1)):
            roles.append((tokens[j + 1].start, tokens[k].end))
            j = k
        else:
            break
    return roles
