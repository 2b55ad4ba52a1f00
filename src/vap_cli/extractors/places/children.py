"""Villages listed with their ayil aimak and no type word of their own, as decrees and
lists of settlements write them: after the ayil aimak in the genitive or locative
("Ак-Дөбө айыл аймагынын Мундуз жана Тилекмат", "Кызыл-Октябрь айыл аймагындагы
Борбаш"), or right before it in the nominative ("Мундуз жана Тилекмат Ак-Дөбө айыл
аймагы").
A name so placed names a unit inside that ayil aimak: a village."""

from __future__ import annotations

from ... import morph
from .candidate_vetoes import RUSSIAN_GENITIVE_ADJECTIVE, whole_last_part
from .constants import SCORE_LIST_LEVEL
from .lists import previous_list_member
from .mention import Mention, Token
from .rules import CHILD_OF_UNIT
from .tokens import gap_between, kyrgyz_type_at, trusted_case_ending
from .unknown_names import NUMBER_WORDS, STOP_NAMES, unknown_mention
from .vocabulary import (
    BEFORE_JOINER,
    CHILD_LEVEL,
    COMMA_GAP,
    JOINERS,
    LEVEL_UNITS,
    LEX,
    SPACES,
    WORD_GAP,
    TypeWord,
    fold,
    looks_like_person,
)

_CHILD = CHILD_LEVEL  # parent level -> the level of a name listed with it
_OWNER_CASES = frozenset(LEX["child_after_cases"])  # the parent's case before its children
_CHILD_OF_DISTRICT = "district"  # the level that holds the parent in a decree's row


def add_children(
    mentions: list[Mention], tokens: list[Token], text: str, parts: frozenset[str] = frozenset()
) -> list[Mention]:
    """Type the names listed right after or before a typed unit that holds them (`parts`:
    the words the gazetteer's names end in, a name's whole last part: whole_last_part)."""
    by_token: dict[int, Mention] | None = None  # made at the first parent: most texts have none
    added: list[Mention] = []
    for parent in list(mentions):
        tw = parent.type_word
        if tw is None or parent.type_before or parent.type_end is None:
            continue
        level = _CHILD.get(tw.level)
        if level is None:
            continue
        if by_token is None:
            by_token = mentions_by_token(mentions)
        if parent.case in _OWNER_CASES:
            run = _run_after(tokens, parent.type_end, text, by_token, parts)
        elif (
            parent.case is None
            and not parent.plural_type
            and not _russian_genitive(tokens[parent.last].low)
            and _district_after(parent, by_token)
        ):
            run = _run_before(tokens, parent.first, text, by_token, parts)
        else:
            continue
        child = TypeWord(level, LEVEL_UNITS.get(level, (level,)))
        for k in run:
            found = by_token.get(k)
            if found is None:
                found = unknown_mention(tokens, k, k, text)
                added.append(found)
                for j in range(found.first, found.last + 1):
                    by_token[j] = found
            found.type_word, found.rule, found.score = child, CHILD_OF_UNIT, SCORE_LIST_LEVEL
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


# A Russian adjective's genitive endings ("Кара-Суйского АО Ноокатского района"): the
# unit owns the noun before it ("Представители Кара-Суйского АО": its people), no
# decree's row of a village, its ayil aimak and its district in the nominative (accv49).
def _russian_genitive(word: str) -> bool:
    return word.endswith(RUSSIAN_GENITIVE_ADJECTIVE)


def mentions_by_token(mentions: list[Mention]) -> dict[int, Mention]:
    """Each token of a mention's name and type word -> the mention."""
    by_token: dict[int, Mention] = {}
    for m in mentions:
        for k in range(m.first, (m.type_end or m.last + 1)):
            by_token[k] = m
    return by_token


def _district_after(parent: Mention, by_token: dict[int, Mention]) -> bool:
    """The decree's layout: child, parent and the parent's district in a row, each in
    the nominative ("Борбаш Кызыл-Октябрь айыл аймагы Ноокат району")."""
    assert parent.type_end is not None
    nxt = by_token.get(parent.type_end)
    return (
        nxt is not None
        and nxt.first == parent.type_end
        and nxt.type_word is not None
        and nxt.type_word.level == _CHILD_OF_DISTRICT
        and nxt.case is None
    )


def _member(
    tokens: list[Token], k: int, text: str, by_token: dict[int, Mention], parts: frozenset[str]
) -> int | None:
    """The last token of a child's name starting at token k, or None: a capitalised
    nominative word (or a bare name the gazetteer has), not a determiner, a surname,
    a word with its own type word or one of a large unit."""
    m = by_token.get(k)
    if m is not None:
        if m.first != k or m.type_word is not None or m.ending or not _small(m):
            return None
        return m.last
    tok = tokens[k]
    if tok.low in NUMBER_WORDS and tok.capital and k + 1 < len(tokens):
        if gap_between(text, tok, tokens[k + 1]) == " " and tokens[k + 1].sentence == tok.sentence:
            return _member(tokens, k + 1, text, by_token, parts)  # "Он Эки-Мойнок"
    if (
        not tok.capital
        or tok.text.isupper()
        or fold(tok.text) in STOP_NAMES
        or looks_like_person(tok.text)
        or (_with_case(tok.text) and not whole_last_part(tok.text, parts))
    ):
        return None
    return k


def _with_case(word: str) -> bool:
    """A word with a case ending is no child's name, which stands in the nominative; a
    plural-looking end is part of many names (Шекафтар, Кочкорлор)."""
    for reading in morph.candidate_stems(word):
        if not trusted_case_ending(reading):
            continue
        if (morph.case_of(reading.stem, reading.ending) or "accusative") != "accusative":
            return True
    return False


def _small(m: Mention) -> bool:
    """Only villages and ayil aimaks have this name (not a district that owns the unit)."""
    return all(u.level in _SMALL for u in m.units)


_SMALL = frozenset(_CHILD.values()) | frozenset(_CHILD)


def _run_after(
    tokens: list[Token], k: int, text: str, by_token: dict[int, Mention], parts: frozenset[str]
) -> list[int]:
    """Names after the parent's type word, joined by commas and жана, to the end of the
    list; a name with a type word of its own is the next unit and ends the run."""
    run: list[int] = []
    sentence = tokens[k - 1].sentence
    while k < len(tokens) and tokens[k].sentence == sentence:
        last = _member(tokens, k, text, by_token, parts)
        if last is None or kyrgyz_type_at(tokens, last + 1, text) is not None:
            break
        nxt = _next_list_member(tokens, last, text)
        if nxt is None and not _closes_list(tokens, last, text):
            break  # "Маданият үйү": a word of its phrase follows, no list ends here
        run.append(last)
        if nxt is None:
            break
        k = nxt
    return run


def _closes_list(tokens: list[Token], k: int, text: str) -> bool:
    """After the list's last name: the end of its sentence or line, or a comma."""
    if k + 1 >= len(tokens) or tokens[k + 1].sentence != tokens[k].sentence:
        return True
    return gap_between(text, tokens[k], tokens[k + 1]) in COMMA_GAP


def _next_list_member(tokens: list[Token], k: int, text: str) -> int | None:
    """The token after token k in a list ("X, Y жана Z"), None where the list stops."""
    nxt = k + 1
    if nxt >= len(tokens) or tokens[nxt].sentence != tokens[k].sentence:
        return None
    gap = gap_between(text, tokens[k], tokens[nxt])
    if gap in COMMA_GAP:
        return nxt
    if (
        nxt + 1 < len(tokens)
        and tokens[nxt].low in JOINERS
        and gap in BEFORE_JOINER
        and gap_between(text, tokens[nxt], tokens[nxt + 1]) in WORD_GAP
    ):
        return nxt + 1
    return None


def _run_before(
    tokens: list[Token], first: int, text: str, by_token: dict[int, Mention], parts: frozenset[str]
) -> list[int]:
    """Names right before the parent's name (only spaces between) and the list they
    end: "Мундуз, Тилекмат Ак-Дөбө айыл аймагы"."""
    k = first - 1
    # "Болот Мамбетов айыл аймагы": a given name before a surname is no child.
    if looks_like_person(tokens[first].text):
        return []
    if k < 0 or tokens[k].sentence != tokens[first].sentence:
        return []
    if gap_between(text, tokens[k], tokens[first]) not in SPACES:
        return []
    run: list[int] = []
    while k >= 0 and tokens[k].sentence == tokens[first].sentence:
        owner = by_token.get(k)
        k = owner.first if owner is not None else k
        last = _member(tokens, k, text, by_token, parts)
        if last is None:
            break
        run.append(last)
        prev = previous_list_member(tokens, k, text)
        if prev is None:
            break
        k = prev
    return run
