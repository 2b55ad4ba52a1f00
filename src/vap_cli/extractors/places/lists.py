"""Mentions a list or a table adds: unknown names before a plural type word, Russian
adjectives sharing one type noun, Russian adjectives without their noun, and bare
Russian case forms of city names ("в Бишкеке")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import compress, count

from ... import rx
from ...segment.tables import Table
from ...segment.tokens import WORD_CAPITAL
from .candidates import name_at
from .constants import BRACKET_ASIDE_MAX, CELL_WINDOW, GENITIVE, SCORE_PLURAL_TYPE_LIST
from .forms import russian_noun_at
from .index import PlaceIndex
from .marks import column_header_levels
from .mention import Mention, Token, of_levels
from .openings import russian_adjective_capitals
from .rules import (
    PLURAL_TYPE_LIST,
    RUSSIAN_BARE_ADJECTIVE,
    RUSSIAN_LIST,
    RUSSIAN_VILLAGE_NOUN,
    TYPE_LABEL,
)
from .russian_adjectives import russian_adjective_at
from .tokens import (
    RU_AFTER_STARTS,
    RU_AFTER_STEM_LETTERS,
    gap_between,
    opens_sentence,
    russian_after,
)
from .unknown_names import (
    OPENER_WORDS,
    STOP_NAMES,
    surname_after_given_name,
    surname_in_a_case,
    unknown_mention,
)
from .vocabulary import (
    BEFORE_JOINER,
    CELL_ADJECTIVE,
    CELL_LEFT,
    CELL_RIGHT,
    COMMA_GAP,
    GENDER,
    JOINERS,
    LEX,
    RU_ADJ_ENDINGS,
    RU_NOUN_LEVELS,
    RU_PLURAL_BEFORE,
    RU_VILLAGE_ENDINGS,
    RU_VILLAGE_PREPOSITIONS,
    SMALL_LEVELS,
    SPACES,
    WORD_GAP,
    TypeWord,
    fold,
)

# Directions of a walk along a list, in tokens.
BACK, FORWARD = -1, 1


def add_list_members(mentions: list[Mention], tokens: list[Token], text: str) -> list[Mention]:
    """Unknown names listed before a plural type word of small units share it:
    "Момунов, Келечек жана Татар калктуу конуштарын" (three villages)."""
    by_token: dict[int, Mention] = {}
    for m in mentions:
        for k in range(m.first, m.last + 1):
            by_token[k] = m
    added: list[Mention] = []

    def member(cand: int) -> int | None:
        tok = tokens[cand]
        if not tok.capital or fold(tok.text) in STOP_NAMES:
            return None
        if cand in by_token:
            return by_token[cand].first
        if surname_after_given_name(tokens, cand, text) or surname_in_a_case(tok.text):
            return None  # a person's name ("башчысы А.Мамыровго жана ..."): the list stops
        if opens_sentence(tokens, cand) and fold(tok.text) in OPENER_WORDS:
            return None  # "Мисалы, Кара-Суу жана Кууганды айыл аймактары": a sentence opener
        unknown = unknown_mention(tokens, cand, cand, text)
        added.append(unknown)
        by_token[cand] = unknown
        return unknown.first

    # the larger units named in the genitive before a member, by the token after their
    # type word: "Кара-Кулжа районунун Төө-Молдо" (a row of the list)
    owners = {
        o.type_end: o
        for o in mentions
        if o.type_end is not None
        and o.case == GENITIVE
        and o.type_word is not None
        and o.type_word.level not in SMALL_LEVELS
    }
    rows: list[int] = []  # the members a walk reached across a row's owner

    def row(k: int) -> int | None:
        found = _previous_row(tokens, k, text, owners)
        if found is not None:
            rows.append(found)
        return found

    for m in mentions:
        if not m.plural_type or m.type_word is None:
            continue
        if m.type_word.level not in SMALL_LEVELS:
            continue
        before = len(added)
        rows.clear()
        _walk_back(tokens, m, text, member, row)
        # members the list reached across a row's owner: its type word types them (the
        # list's groups join names with nothing between them, marks.group_lists)
        for other in added[before:] if rows else ():
            other.type_word, other.score, other.rule = (
                m.type_word,
                SCORE_PLURAL_TYPE_LIST,
                PLURAL_TYPE_LIST,
            )
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _walk_back(
    tokens: list[Token],
    m: Mention,
    text: str,
    member: Callable[[int], int | None],
    row: Callable[[int], int | None] | None = None,
) -> None:
    """Walks a list back from mention `m` ("X, Y жана Z ..."): each earlier member's
    token in m's sentence goes to `member`, which returns the token to walk on from,
    or None where the list stops. `row`: the member before a row's owner ("2-орунду
    Кара-Кулжа районунун Төө-Молдо"), when no comma or joiner stands right before k."""
    k = m.first
    while k > 0:
        cand = _list_neighbour(tokens, k, text, BACK)
        if cand is None and row is not None:
            cand = row(k)
        if cand is None or tokens[cand].sentence != m.sentence:
            return
        step = member(cand)
        if step is None:
            return
        k = step


# A row's ordinal label before its owner: "2-орунду" (the number and its hyphen)
_ORDINAL_NUMBER = rx.compile(r"(?<!\d)\d{1,3}-$")
_ORDINAL_REACH = 4


def _previous_row(tokens: list[Token], k: int, text: str, owners: dict[int, Mention]) -> int | None:
    """The member before a row of a list whose member, token k, follows its larger
    unit in the genitive, maybe after an ordinal's label ("..., 2-орунду Кара-Кулжа
    районунун Төө-Молдо, 3-орунду ..."): the last word before the row's comma; None
    when no such row opens at k."""
    owner = owners.get(k)
    if owner is None or owner.first < 1:
        return None
    j, start = owner.first, tokens[owner.first].start
    label_end = tokens[j - 1].start
    label = _ORDINAL_NUMBER.search(text, max(0, label_end - _ORDINAL_REACH), label_end)
    if label is not None:  # "2-орунду" before the owner: the row opens with the number
        j, start = j - 1, label.start()
    if j < 1:
        return None
    return j - 1 if text[tokens[j - 1].end : start] in COMMA_GAP else None


def previous_list_member(tokens: list[Token], k: int, text: str) -> int | None:
    """The member before token k in a list ("X, Y жана Z"); None where the list stops."""
    return _list_neighbour(tokens, k, text, BACK)


def _list_neighbour(tokens: list[Token], k: int, text: str, step: int) -> int | None:
    """The member next to token k in a list ("X, Y жана Z"), before it (step -1) or
    after it (step 1): across a comma, or across a joining word (жана, и) with a word
    gap after it; None where the list stops."""
    near, far = k + step, k + 2 * step
    if not 0 <= near < len(tokens):
        return None
    if gap_between(text, tokens[min(k, near)], tokens[max(k, near)]) in COMMA_GAP:
        return near
    if not 0 <= far < len(tokens) or tokens[near].low not in JOINERS:
        return None
    left, right = tokens[min(k, far)], tokens[max(k, far)]
    if (
        gap_between(text, left, tokens[near]) in BEFORE_JOINER
        and gap_between(text, tokens[near], right) in WORD_GAP
    ):
        return far
    return None


def add_russian_list_members(
    mentions: list[Mention], tokens: list[Token], text: str, idx: PlaceIndex
) -> list[Mention]:
    """Adjectives listed before one Russian type noun share it: "Сокулукского,
    Жайылского и Кеминского районов", "Базар-Коргонский и Сузакский районы"."""
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    added: list[Mention] = []

    def adjective(m: Mention) -> Callable[[int], int | None]:
        def member(cand: int) -> int | None:
            # in lower case after a lower-case one ("тюпских и тонских айыл окмоту")
            lower = not tokens[m.first].capital
            adj = None if cand in taken else russian_adjective_at(tokens, cand, idx, lower)
            if adj is None or not adj.units:
                return None
            adj.type_word, adj.rule = m.type_word, RUSSIAN_LIST
            added.append(adj)
            taken.add(cand)
            return cand

        return member

    for m in mentions:
        if m.type_before and m.type_word is not None:
            added += _forward_list(m, tokens, text, idx, taken)
            continue
        if m.type_word is None or not m.ending or m.type_end is None:
            continue
        if m.type_end <= m.last + 1:  # the type noun is not after the adjective
            continue
        if m.ending.startswith(RU_ADJ_ENDINGS):
            _walk_back(tokens, m, text, adjective(m))
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _forward_list(
    m: Mention, tokens: list[Token], text: str, idx: PlaceIndex, taken: set[int]
) -> list[Mention]:
    """Names listed after one Russian type word: "в городах Джалал-Абад, Баткен и Талас"."""
    assert m.type_word is not None
    out: list[Mention] = []
    type_text = text[m.start : tokens[m.first].start].strip().rstrip(".").casefold()
    plural_small = type_text in RU_PLURAL_BEFORE and m.type_word.level in SMALL_LEVELS
    k = m.last
    continued = False  # past "..., а также из" (the type word left out)
    while True:
        cand = _continued_list(m, tokens, k, text) if plural_small and not continued else None
        continued = continued or cand is not None
        cand = _list_neighbour(tokens, k, text, FORWARD) if cand is None else cand
        if cand is None or tokens[cand].sentence != m.sentence:
            break
        if cand in taken:
            if not plural_small:
                break
            k = cand  # a name already read: its list decides it (marks.group_lists)
            continue
        found = name_at(tokens, cand, text, idx)
        if found is None or not of_levels(found, m.type_word.units):
            # a member in the list's case ("сёл Ивановки и Петровки"; "сёл ...,
            # Орозбекова" is a village of that name as written)
            # (after "а также из" the case is the preposition's: "Чым-Коргона" is Чым-Коргон)
            found = (
                russian_noun_at(tokens, cand, idx, m.type_word.units, replaced=not continued)
                or found
            )
        if found is None or not of_levels(found, m.type_word.units):
            # "из сёл ..., Орозбекова и Ак-Турпак": after a plural type word of small
            # units, a member the gazetteer lacks (at that level) is one all the same.
            # (not after "а также из": a name there is read only as a known unit)
            if not plural_small or continued or not _unknown_member(tokens[cand]):
                break
            found = found or unknown_mention(tokens, cand, cand, text)
        found.type_word, found.rule = m.type_word, RUSSIAN_LIST
        out.append(found)
        taken.update(range(found.first, found.last + 1))
        k = found.last
    return out


# "..., а также из": a list of small units continued after its last member (and an
# aside in brackets) with the preposition before its type word said again, the type word
# left out: "из сел Арал и Кенеш (по 5 человек), а также из Чым-Коргона и Шабдана".
_CONTINUED = rx.compile(
    rf"[ \t]{{0,3}}(?:\([^()\n]{{0,{BRACKET_ASIDE_MAX}}}\)[ \t]{{0,3}})?,[ \t]{{0,3}}"
    rf"{rx.union(rx.atoms(w) for w in LEX['russian_list_continuations'])}[ \t]{{1,3}}"
    r"(?P<preposition>\p{L}{1,3})[ \t]{1,3}"
)


def _continued_list(m: Mention, tokens: list[Token], k: int, text: str) -> int | None:
    """The first member after "..., а также из" that continues m's list (token k its
    last member): the preposition said again is the one before m's type word."""
    found = _CONTINUED.match(text, tokens[k].end)
    if found is None or k + 2 >= len(tokens):
        return None
    prep = next(
        (j for j in range(k + 1, len(tokens)) if tokens[j].start >= found.start("preposition")),
        None,
    )
    if prep is None or prep + 1 >= len(tokens) or tokens[prep + 1].start != found.end():
        return None
    before = _word_before(tokens, m.start)
    if before is None or tokens[before].low != found["preposition"].casefold():
        return None
    return prep + 1


def _word_before(tokens: list[Token], start: int) -> int | None:
    """The index of the last word ending before `start` (m's type word opens there)."""
    k = bisect_left(tokens, start, key=lambda t: t.start) - 1
    return k if k >= 0 else None


def add_label_members(mentions: list[Mention], tokens: list[Token], text: str) -> list[Mention]:
    """Names the gazetteer lacks listed with the names it has after a small unit's
    label and its colon ("Айылдар: Бактыбай, Казыбек"): units of the label's level too
    (as after a Russian plural type word: "сёл ..., Орозбекова")."""
    by_token = {k: m for m in mentions for k in range(m.first, m.last + 1)}
    added: list[Mention] = []
    for m in mentions:
        if m.rule is not TYPE_LABEL or m.type_word is None or m.type_word.level not in SMALL_LEVELS:
            continue
        for step, k in ((BACK, m.first), (FORWARD, m.last)):
            while (cand := _list_neighbour(tokens, k, text, step)) is not None:
                if tokens[cand].sentence != m.sentence:
                    break
                known = by_token.get(cand)
                if known is not None:
                    k = known.first if step == BACK else known.last
                    continue
                if not _unknown_member(tokens[cand]) or _capital_follows(tokens, cand, text):
                    break  # "Айылдар: Казыбек, Асан Асанов келди": a person's two names
                unknown = unknown_mention(tokens, cand, cand, text)
                unknown.type_word, unknown.type_before, unknown.rule = m.type_word, True, TYPE_LABEL
                added.append(unknown)
                by_token[cand] = unknown
                k = cand
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _capital_follows(tokens: list[Token], k: int, text: str) -> bool:
    """Is token k followed, across a space, by another capitalised word?"""
    nxt = k + 1
    return (
        nxt < len(tokens)
        and tokens[nxt].capital
        and gap_between(text, tokens[k], tokens[nxt]) in WORD_GAP
    )


def _unknown_member(tok: Token) -> bool:
    return tok.capital and not tok.text.isupper() and fold(tok.text) not in STOP_NAMES


def _cell_type_word(
    tok: Token, gender: str, text: str, headed: dict[tuple[int, int], str]
) -> TypeWord | None:
    """The type an adjective alone in a table cell stands for: its column header's level
    ("Ленинский" under "Айыл окмоту": an ayil aimak), else its gender's
    (lexicon: russian_cell_adjective)."""
    level = headed.get((tok.start, tok.end))
    if level is None and gender in CELL_ADJECTIVE:
        before = text[max(0, tok.start - CELL_WINDOW) : tok.start]
        after = text[tok.end : tok.end + CELL_WINDOW]
        if (CELL_LEFT.search(before) or tok.start == 0) and CELL_RIGHT.match(after):
            level = CELL_ADJECTIVE[gender]
    return TypeWord(level, (level,)) if level is not None else None


def add_russian_bare_adjectives(
    mentions: list[Mention],
    tokens: list[Token],
    text: str,
    idx: PlaceIndex,
    marks: list[int],
    tables: list[Table],
) -> list[Mention]:
    """Russian adjectives without their noun: in a sentence with a typed one of the same
    gender ("Баткенская область – 96 человек, Джалал-Абадская – 143"), or alone in a
    table cell ("| Кеминский |" is a district, lexicon: russian_cell_adjective; under a
    type word's column header, of its level). `marks`: the words' (openings.word_marks)."""
    headed = column_header_levels(tables)
    typed: dict[tuple[int, str], TypeWord] = {}
    for m in mentions:
        if m.type_word is not None and m.ending in GENDER:
            typed.setdefault((m.sentence, GENDER[m.ending]), m.type_word)
    nouns: dict[tuple[int, str], list[tuple[int, TypeWord]]] | None = None  # when needed
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    added: list[Mention] = []
    for i in russian_adjective_capitals(marks):
        if i in taken:
            continue
        tok = tokens[i]
        low = tok.low
        ending = next((e for e in RU_ADJ_ENDINGS if low.endswith(e)), None)
        if ending is None or ending not in GENDER:
            continue
        gender = GENDER[ending]
        tw = typed.get((tok.sentence, gender)) or _cell_type_word(tok, gender, text, headed)
        adj = russian_adjective_at(tokens, i, idx)
        if adj is None:
            continue
        levels = {u.level for u in adj.units}
        if (tw is None or not levels & set(tw.units)) and added:
            tw = _sibling_type_word(tokens, added[-1], i, text, levels) or tw
        if (tw is None or not levels & set(tw.units)) and _ends_phrase(tokens, i, text):
            # A type noun of its gender elsewhere in the sentence, nearest first, whose
            # level the name has ("айылных аймаков района, в том числе из Барскоонского";
            # "восемь айылных аймаков Ноокатского района: Кулатовский, ...", where the
            # typed district is of no level the name has).
            nouns = _russian_type_nouns(tokens) if nouns is None else nouns
            near = sorted(nouns.get((tok.sentence, gender), ()), key=lambda n: abs(n[0] - i))
            tw = next((t for _, t in near if levels & set(t.units)), tw)
        if tw is None:
            continue
        adj.units = [u for u in adj.units if u.level in tw.units]
        if adj.units:
            adj.type_word, adj.rule = tw, RUSSIAN_BARE_ADJECTIVE
            added.append(adj)
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _sibling_type_word(
    tokens: list[Token], prev: Mention, i: int, text: str, levels: set[str]
) -> TypeWord | None:
    """The type the bare adjective before it in its list took, when it is of a level
    the adjective at token i has: "айылных аймаков района – Атайского, Каргалыкского
    и Тогуз-Тороуского" (all ayil aimaks, though a district shares the last one's
    name); only a comma or a joiner between them."""
    if prev.type_word is None or not levels & set(prev.type_word.units):
        return None
    between = range(prev.last + 1, i)
    if len(between) > 1 or any(tokens[k].low not in JOINERS for k in between):
        return None
    gaps = [gap_between(text, tokens[a], tokens[a + 1]) for a in range(prev.last, i)]
    if not between and gaps[0] not in COMMA_GAP:
        return None
    return prev.type_word if all(g in COMMA_GAP or g in WORD_GAP for g in gaps) else None


_RU_AFTER_GENDER: dict[tuple[str, ...], str] = {
    tuple(e["prefixes"]): e["gender"] for e in LEX["russian_after"]
}


def _russian_type_nouns(tokens: list[Token]) -> dict[tuple[int, str], list[tuple[int, TypeWord]]]:
    """Russian type nouns of each sentence by gender: (sentence, gender) -> [(token, type)]."""
    nouns: dict[tuple[int, str], list[tuple[int, TypeWord]]] = {}
    for i, tok in enumerate(tokens):
        if tok.capital or tok.low[:RU_AFTER_STEM_LETTERS] not in RU_AFTER_STARTS:
            continue
        found = russian_after(tokens, i)
        if found is None:
            continue
        low = tok.low
        gender = next((g for p, g in _RU_AFTER_GENDER.items() if low.startswith(p)), None)
        if gender is not None:
            nouns.setdefault((tok.sentence, gender), []).append((i, found[0]))
    return nouns


def _ends_phrase(tokens: list[Token], i: int, text: str) -> bool:
    """No word of its phrase follows this word: punctuation, a list word or the end
    ("Ошской, Джалал-Абадской и Баткенской –", but not "Ошской городской мэрии")."""
    if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence:
        return True
    if gap_between(text, tokens[i], tokens[i + 1]) not in SPACES:
        return True
    return tokens[i + 1].low in JOINERS


def taken_tokens(mentions: list[Mention]) -> set[int]:
    """The token indexes inside the mentions."""
    return {k for m in mentions for k in range(m.first, m.last + 1)}


def free_capitals(taken: set[int], tokens: list[Token], idx: PlaceIndex) -> Iterator[int]:
    """The words that open with a capital, not all in capitals, outside the `taken`
    tokens (read as each is reached: the caller may add to them), that a place's name
    may start with: where a bare Russian noun may be read."""
    for i in compress(count(), map(WORD_CAPITAL, tokens)):
        text = tokens[i].text
        if i not in taken and not text.isupper() and idx.may_start(text):
            yield i


def add_russian_nouns(
    mentions: list[Mention], tokens: list[Token], idx: PlaceIndex
) -> list[Mention]:
    """Bare city names with a Russian case ending in a Russian text ("в Бишкеке"), and
    villages of a Russian name after a preposition ("в Кочкорке": `_russian_village`)."""
    added: list[Mention] = []
    oblasts = _typed_oblasts(mentions)
    for i in free_capitals(taken_tokens(mentions), tokens, idx):
        found = russian_noun_at(tokens, i, idx, RU_NOUN_LEVELS) or _russian_village(
            tokens, i, idx, oblasts
        )
        if found is not None:
            found.opens_sentence = opens_sentence(tokens, i)
            found.russian_noun = True
            added.append(found)
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _typed_oblasts(mentions: list[Mention]) -> set[str]:
    """The oblasts the document names with their type word (their ids)."""
    return {
        u.id
        for m in mentions
        if m.type_word is not None and m.type_word.level == "oblast"
        for u in m.units
        if u.level == "oblast"
    }


def _russian_village(
    tokens: list[Token], i: int, idx: PlaceIndex, oblasts: set[str]
) -> Mention | None:
    """A village's bare name of a Russian village's shape (lexicon places.yaml
    `russian_village_noun_endings`: Кочкорка, Ивановка) in a Russian case right after a
    preposition of place, inside an oblast the document names with its type word ("в
    Нарынской области ... в Кочкорке", "из Покровки"; round 46). Elsewhere a bare Russian
    noun of a village is read only inside a typed district (russian_small_nouns.py)."""
    if not oblasts or i == 0 or tokens[i - 1].low not in RU_VILLAGE_PREPOSITIONS:
        return None
    if tokens[i - 1].sentence != tokens[i].sentence:
        return None
    found = russian_noun_at(tokens, i, idx, ("village",), replaced=True)
    if found is None or not found.name.casefold().endswith(RU_VILLAGE_ENDINGS):
        return None
    found.units = [u for u in found.units if u.oblast in oblasts]
    if not found.units:
        return None
    found.type_word, found.rule = _VILLAGE_TYPE, RUSSIAN_VILLAGE_NOUN
    return found


_VILLAGE_TYPE = TypeWord("village", ("village",))
