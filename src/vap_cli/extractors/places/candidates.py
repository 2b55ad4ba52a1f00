"""Finding candidate mentions: a gazetteer name (1-3 words, any ending), a Russian
adjective before its type noun (russian_adjectives.py), a name the gazetteer lacks
before a type word of a small unit (unknown_names.py); with the flags later passes read
(next to a person's name, opens a sentence). candidate_vetoes.py drops the candidates
that are no mention at all."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ... import morph
from ...context import Context
from ..persons.words import is_patronymic, oblique_patronymic
from ..quotes import open_quote_before
from . import homonyms
from .candidate_vetoes import (
    SmallLetterWords,
    candidate_veto,
    mark_written_small,
    misspelt_adjective,
    misspelt_large_unit,
    shape_keeps,
    unit_named_after_man,
)
from .constants import MAX_NAME_WORDS
from .forms import (
    dashed_name,
    lower_tail_after_type,
    lower_tail_with_type,
    numbered_name,
    region_type,
    russian_noun_at,
    type_after_bracket,
    type_gap,
    wrapped_type_gap,
)
from .index import PlaceIndex
from .longer_names import longer_unknown_name
from .lower_case import lower_case_city
from .mention import Mention, Token
from .named_after import named_after_in_full, named_after_person
from .openings import (
    RU_NOUN,
    TYPE_AFTER,
    TYPE_BEFORE,
    before_bracket,
    before_russian_type_noun,
    openings,
)
from .pastures import named_pasture
from .rules import (
    LONGER_NAME_AT_SENTENCE_START,
    LONGER_UNKNOWN_NAME,
    QUOTED_TITLE,
    UNKNOWN_LARGE_UNIT,
)
from .russian_adjectives import (
    adjective_with_kyrgyz_type,
    adjective_with_noun,
    lower_russian_adjective,
    spaced_adjective,
)
from .tokens import (
    gap_between,
    initial_after_type,
    kyrgyz_type_at,
    opens_sentence,
    russian_before,
)
from .unknown_names import after_named_after, unknown_mention, unknown_with_type, unknown_word_ok
from .vocabulary import (
    DOT_GAP,
    NAMED_AFTER,
    NAMED_AFTER_FULL,
    NEEDS_TYPE,
    NOT_PLACE_BEFORE,
    NOT_PLACE_PREFIXES,
    SPACES,
    TypeWord,
    fold,
    looks_like_person,
)


def name_at(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """The longest gazetteer name starting at token i (1-3 words), any ending on the last."""
    first = tokens[i]
    if not first.capital:
        return None
    dashed = dashed_name(tokens, i, text, idx) or numbered_name(tokens, i, text, idx)
    if dashed is not None:
        return dashed
    # Several words only when some name of the gazetteer starts with this word, all
    # capitalised, spaces between: the longest first.
    widths = _capitalised_run(tokens, i, text) if fold(first.text) in idx.first_words else 1
    for j in range(i + widths - 1, i - 1, -1):
        last = tokens[j]
        prefix = text[first.start : last.start]
        found = idx.reading(prefix, last.text)
        if found is not None:
            stem, ending, written, units = found
            return Mention(
                start=first.start,
                end=last.start + written,
                first=i,
                last=j,
                name=prefix + stem,
                ending=ending,
                units=units,
                sentence=first.sentence,
            )
    return None


def _capitalised_run(tokens: list[Token], i: int, text: str) -> int:
    """How many words from token i on (at most MAX_NAME_WORDS) are capitalised with
    spaces between them."""
    run = 1
    while (
        run < MAX_NAME_WORDS
        and i + run < len(tokens)
        and tokens[i + run].capital
        and gap_between(text, tokens[i + run - 1], tokens[i + run]) in SPACES
    ):
        run += 1
    return run


def find_mentions(
    ctx: Context, tokens: list[Token], idx: PlaceIndex, marks: list[int]
) -> list[Mention]:
    """The candidates, in text order; a mention's type word is not read again. `marks`:
    the words' (openings.word_marks)."""
    text = ctx.text
    mentions: list[Mention] = []
    floors: list[int] = []  # each mention's floor (longer_unknown_name)
    opens = openings(tokens, text, marks)
    small = SmallLetterWords(tokens)
    k = 0  # the next of the openings to read
    floor = 0  # tokens before this one belong to the previous mention (its type word)
    while k < len(opens):
        i = opens[k]
        k += 1
        m = _mention_at(tokens, i, text, idx, marks, floor)
        if m is None:
            continue
        for rule in shape_keeps(m, tokens, text, idx, marks):
            ctx.decide(rule, True, m.start, m.end, m.name)
        veto = candidate_veto(m, tokens, text, small, idx)
        if veto is UNKNOWN_LARGE_UNIT:
            veto = misspelt_large_unit(m, idx)
        if veto is not None:
            ctx.decide(veto, False, m.start, m.end)
            continue
        if m.type_word is None:
            homonyms.mark(m, tokens, text, ctx.language not in RUSSIAN_TEXTS)
        longer = _longer_name(ctx, m, tokens, idx, floor, small)
        if longer is not None:
            mentions.append(longer)
            floors.append(floor)
        floor = (m.type_end if m.type_end is not None else m.last + 1) or i + 1
        if m.bracket_end is not None:
            floor = m.last + 1  # the bracket's words are read for mentions of their own
        k = bisect_left(opens, floor)
    mark_written_small(mentions, small, idx)
    return _longer_at_sentence_starts(ctx, mentions, floors, tokens, idx, small)


def _longer_name(
    ctx: Context,
    m: Mention,
    tokens: list[Token],
    idx: PlaceIndex,
    floor: int,
    small: SmallLetterWords,
    named: frozenset[str] = frozenset(),
) -> Mention | None:
    """The longer name the gazetteer lacks that known mention m ends (longer_names.py),
    if any, in its place: m dropped (LONGER_UNKNOWN_NAME, or LONGER_NAME_AT_SENTENCE_START
    when the sentence's first word opens it); else m, also when a candidate veto would
    drop the longer name (then the known one stands), but for a quoted title: the
    known name inside one is no unit either (QUOTED_TITLE), and None."""
    found = longer_unknown_name(m, tokens, ctx.text, idx, floor, named)
    if found is None:
        return m
    longer, opener = found
    veto = candidate_veto(longer, tokens, ctx.text, small, idx)
    if veto is QUOTED_TITLE:
        ctx.decide(QUOTED_TITLE, False, m.start, m.end, longer.name)
        return None
    if veto is not None:
        return m
    rule = LONGER_NAME_AT_SENTENCE_START if opener else LONGER_UNKNOWN_NAME
    ctx.decide(rule, False, m.start, m.end, longer.name)
    return longer


def _longer_at_sentence_starts(
    ctx: Context,
    mentions: list[Mention],
    floors: list[int],
    tokens: list[Token],
    idx: PlaceIndex,
    small: SmallLetterWords,
) -> list[Mention]:
    """The mentions, each known one whose sentence's first word opens with it a longer
    name the text gives elsewhere inside a sentence (longer_names.py) replaced by it."""
    named = frozenset(fold(m.name) for m in mentions if m.type_word is not None and not m.units)
    if not named:
        return mentions
    return [
        (_longer_name(ctx, m, tokens, idx, floor, small, named) or m) if m.units else m
        for m, floor in zip(mentions, floors, strict=True)
    ]


# The languages (ctx.language) of a text that may open a sentence with a village's name
# as its subject ("Беловодское расположено ...").
RUSSIAN_TEXTS = ("ru", "mixed")


def _mention_at(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex, marks: list[int], floor: int = 0
) -> Mention | None:
    """The candidate at token i, if any; `marks`, the words' (openings.py): a reading
    is tried only where the word it needs after or before the name may be there."""
    tok = tokens[i]
    if tok.low in NAMED_AFTER:
        return named_after_person(tokens, i, text, idx)
    if tok.low in NAMED_AFTER_FULL:
        return named_after_in_full(tokens, i, text, idx)
    if not tok.capital:
        if before_russian_type_noun(tokens, i):
            return lower_russian_adjective(tokens, i, text, idx)
        return lower_case_city(tokens, i, text, idx)
    m = name_at(tokens, i, text, idx)
    before = _typed_before(tokens, i, text, idx, marks, floor, m)
    if before is not None:
        typed = _name_after_russian_type(tokens, i, text, idx, before, m)
        # with none, the word may still open an adjective ("г. Нарынская ...")
        if typed is not None or m is not None or text[tok.start - 1 : tok.start] == '"':
            return typed
    # Russian adjective + type noun: "Нарынская область", "Жазыский айылный аймак";
    # typed with a space inside ("Чон Алайском районе").
    if i + 1 < len(tokens):
        adj = (adjective_with_noun(tokens, i, text, idx) if marks[i + 1] & RU_NOUN else None) or (
            spaced_adjective(tokens, i, text, idx) if marks[i + 2] & RU_NOUN else None
        )
        if adj is not None:
            # An adjective does not give the nominative of a name the gazetteer lacks
            # (but may misspell an oblast's or district's).
            return adj if adj.units else misspelt_adjective(adj, idx)
    if m is None:
        typed_after = marks[i + 1] & TYPE_AFTER or before_bracket(text, tok.end)
        return (
            (adjective_with_kyrgyz_type(tokens, i, text, idx) if typed_after else None)
            or lower_tail_with_type(tokens, i, text, idx)
            or (unknown_with_type(tokens, i, text) if typed_after else None)
        )
    m.pasture = named_pasture(tokens, m, text)
    before_word = before_not_place_word(tokens, m, text) or m.pasture  # both ask it
    m.person = before_word or _next_to_person_name(tokens, m, text, idx)
    m.street = m.type_word is None and before_word
    m.opens_sentence = opens_sentence(tokens, i)
    if m.ending:
        return _derived_from_common_word(tokens, i, text, m) or m
    # A Kyrgyz type word right after a bare (nominative) name, or after its closing
    # quote ("Көк-Жар" айыл аймагы: the quotes set off the name, not a title).
    nxt = m.last + 1
    # (after the name as read: a number after its last word is part of it, Ак-Буура-1)
    gap = text[max(m.end, tokens[m.last].end) : tokens[nxt].start] if nxt < len(tokens) else ""
    if (
        marks[nxt] & TYPE_AFTER
        and nxt < len(tokens)
        and (type_gap(text, m.start, gap) or wrapped_type_gap(gap, tokens[nxt]))
    ):
        found = kyrgyz_type_at(tokens, after_named_after(tokens, nxt, text), text)
        if found is not None and found[0].known_only:
            region = region_type(m, found[0])
            found = None if region is None else (region, *found[1:])
        if found is not None:
            m.type_word, m.type_end, m.plural_type, m.case = found
            m.end = tokens[m.type_end - 1].end
            m.person = m.person and gap in SPACES
            return m
    if "(" in gap:
        _type_after_bracket(m, tokens, nxt, text, gap)
    return m


def _typed_before(
    tokens: list[Token],
    i: int,
    text: str,
    idx: PlaceIndex,
    marks: list[int],
    floor: int,
    m: Mention | None,
) -> tuple[TypeWord, int] | None:
    """The type word before token i, unless a Kyrgyz type word after the name read there
    (`m`) types it ("Сел Күн-Чыгыш айыл аймагындагы": "сел" is a mudflow here)."""
    if not marks[i - 1] & TYPE_BEFORE or _kyrgyz_type_after(tokens, m, text, marks):
        return None
    return _type_before(tokens, i, text, idx, floor)


def _kyrgyz_type_after(tokens: list[Token], m: Mention | None, text: str, marks: list[int]) -> bool:
    """A bare name right before a Kyrgyz type word in a case: that type word types it,
    not a word before it that may be a Russian one ("Сел Күн-Чыгыш айыл аймагындагы айылдарга
    зыян келтирди": a mudflow hit the ayil aimak)."""
    if m is None or m.ending:
        return False
    nxt = m.last + 1
    if not (
        nxt < len(tokens)
        and marks[nxt] & TYPE_AFTER
        and gap_between(text, tokens[m.last], tokens[nxt]) in SPACES
    ):
        return False
    # (in a Kyrgyz case: "айыльного аймака" of a Russian text has none)
    found = kyrgyz_type_at(tokens, nxt, text)
    return found is not None and found[3] is not None


def _type_after_bracket(m: Mention, tokens: list[Token], nxt: int, text: str, gap: str) -> None:
    """Type mention m by the type word after a bracketed parent (forms.type_after_bracket)."""
    bracketed = type_after_bracket(tokens, nxt, text, gap)
    if bracketed is not None:
        m.type_word, m.type_end, m.plural_type, m.case, m.bracket_end = bracketed
        m.end = tokens[m.type_end - 1].end


def _type_before(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex, floor: int
) -> tuple[TypeWord, int] | None:
    """The Russian type word before token i (tokens.russian_before), if not one already
    read after the previous name ("Гульчинского айыл окмоту Эрмат Ташбаев"); over an
    initial only before a name the gazetteer has ("айыл окмоту С.Юсупов"; "глава айыл
    окмоту А. Асанов" is the head, not a unit)."""
    before = russian_before(tokens, i, text)
    if before is None or before[1] < floor:
        return None
    if initial_after_type(tokens, i, text):
        initial = tokens[i - 1]
        if fold(initial.text + tokens[i].text) not in idx.initials and not idx.lookup(
            text[initial.start : tokens[i].end]
        ):
            return None
    return before


def _derived_from_common_word(tokens: list[Token], i: int, text: str, m: Mention) -> Mention | None:
    """A word made from a common word by a suffix that is no case ending ("Эркиндик",
    freedom, from "эркин", free, the name of a village too), before a Kyrgyz type word:
    a name before its type word takes no ending of its own, so the whole word is the
    name, of a unit the gazetteer lacks (warned), not the common word's unit with an
    ending (dropped, since that word names a unit only with a type word)."""
    if not common_word_derivative(m):
        return None
    return unknown_with_type(tokens, i, text)


def common_word_derivative(m: Mention | None) -> bool:
    """A known name read with a suffix that is no case ending, where the name is a
    common word that names a unit only with a type word (Эркин+дик)."""
    return (
        m is not None
        and bool(m.ending)
        and fold(m.name) in NEEDS_TYPE
        and morph.case_of(m.name, m.ending) is None
    )


def _after_russian_type(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex, tw: TypeWord, m: Mention | None
) -> Mention | None:
    """The name after a Russian type word: the gazetteer name read at token i (`m`), not
    a given name before a surname ("глава айыл окмоту Кайрат Осмонов": the head, not the
    unit), or a longer one with a later word in lower case ("в селе Кызыл туу"), or a
    Russian case form of one of its levels ("в городе Оше")."""
    if m is not None and homonyms.given_name_before_surname(m, tw.units, tokens):
        m = None
    if m is None or m.last == i:
        m = lower_tail_after_type(tokens, i, text, idx, tw.units) or m
    if m is not None:
        return m
    found = russian_noun_at(tokens, i, idx, tw.units)
    return None if found is not None and homonyms.given_name_in_case(found, tokens) else found


def _name_after_russian_type(
    tokens: list[Token],
    i: int,
    text: str,
    idx: PlaceIndex,
    before: tuple[TypeWord, int],
    m: Mention | None,
) -> Mention | None:
    """The name at token i after a Russian type word, typed by it: one the gazetteer
    has (`m`, or a longer or declined one), else a word it lacks where the type word
    may name one (not a surname's given name: "глава айыл окмоту Эрмат Ташбаев"). A
    quoted name ("в селе «Кенеш»") only one it has, its quotes closed right after it (a
    quoted title names a project or a firm: "в селе «Весна»")."""
    tok = tokens[i]
    if common_word_derivative(m):
        m = None  # the whole word is the name ("в селе Эркиндик")
    m = _after_russian_type(tokens, i, text, idx, before[0], m)
    if text[tok.start - 1 : tok.start] == '"':
        if m is None or text[m.end : m.end + 1] != '"':
            return None
    elif (
        m is None
        and not before[0].known_only
        and unknown_word_ok(tok)
        and not _before_surname(tokens, i, text)
    ):
        m = unknown_mention(tokens, i, i, text)
    if m is None:
        return None
    m.type_word, first_type_token = before
    m.type_before = True
    m.start = tokens[first_type_token].start
    return m


def _next_to_person_name(tokens: list[Token], m: Mention, text: str, idx: PlaceIndex) -> bool:
    """A bare name before a surname ("Талас Асанов") or after an initial ("Т. Талас"),
    or in quotes («Кадамжай»); before a street or institution word ("Чүй проспектиси")
    is the caller's question (before_not_place_word), asked once."""
    if text[m.start - 1 : m.start] == '"' and text[m.end : m.end + 1] == '"':
        return True
    nxt = m.last + 1
    # A Kyrgyz case ending ends a person's name, never his given name before the surname:
    # "Бишкектин Ленин районунда", "Ошто Асанов сүйлөдү" name the city.
    if m.ending and morph.case_of(m.name, m.ending) is not None:
        nxt = len(tokens)
    if nxt < len(tokens) and gap_between(text, tokens[m.last], tokens[nxt]) in SPACES:
        word = tokens[nxt].text
        person = looks_like_person(morph.strip_ending(word).stem) or looks_like_person(word)
        if tokens[nxt].capital and person and not unit_named_after_man(tokens, nxt, text, idx):
            return True
    prev = m.first - 1
    if prev >= 0 and len(tokens[prev].text) == 1 and tokens[prev].capital:
        return gap_between(text, tokens[prev], tokens[m.first]) in DOT_GAP
    return False


def _patronymic_after(tokens: list[Token], j: int, text: str) -> bool:
    """A patronymic, in any case, right after token j ("Беку Маратовичу")."""
    k = j + 1
    if k >= len(tokens) or gap_between(text, tokens[j], tokens[k]) not in SPACES:
        return False
    word = tokens[k].text
    return is_patronymic(word) or oblique_patronymic(word) is not None


def _initial(tok: Token, text: str) -> bool:
    """One capital letter and its dot ("Н." of "Н.Т.")."""
    return len(tok.text) == 1 and tok.capital and text[tok.end : tok.end + 1] == "."


# The cases of a name that says where a thing is, never part of its name.
_WHERE_CASES = frozenset(("locative", "attributive"))


def before_not_place_word(tokens: list[Token], m: Mention, text: str) -> bool:
    """A name right before a street's, an institution's or a feature's word ("Манас
    көчөсү", "Нарын мамлекеттик университети"): part of that name. Not a name that
    says where, in the locative or attributive ("Бишкектеги Мамлекеттик башкаруу
    академиясы", "Оштогу мамлекеттик университет": the city holding it). The name may
    close a quoted title before the word (`_closes_quoted_title`). A name with no
    case ending before a pasture's word ("Ак-Кыя жайыты") is the pasture's name too."""
    if m.ending and morph.case_of(m.name, m.ending) in _WHERE_CASES:
        return False
    nxt = m.last + 1
    if nxt >= len(tokens):
        return False
    gap = gap_between(text, tokens[m.last], tokens[nxt])
    if gap not in SPACES and not _closes_quoted_title(text, m, gap):
        return False
    return _not_place_word(tokens[nxt].low)


def _closes_quoted_title(text: str, m: Mention, gap: str) -> bool:
    """The name is the last word of a quoted title on its line, its closing quote and a
    space after it ("«Жаш Талас» командасы", "«Жаңы Нарын» көчөсү"): the word after the
    quote names what the title is, as it would right after the name."""
    if gap[:1] != homonyms.QUOTE or gap[1:] not in SPACES:
        return False
    return open_quote_before(text, m.start) is not None


# The words whose answer _not_place_word keeps: the common words of a batch.
NOT_PLACE_MEMO_SIZE = 16384


@lru_cache(maxsize=NOT_PLACE_MEMO_SIZE)
def _not_place_word(low: str) -> bool:
    """A street's, an institution's or a feature's word (`low`, case-folded), in any
    form (a word's answer is the same in every document: asked once per word)."""
    return low.startswith(NOT_PLACE_PREFIXES) or any(
        r.stem in NOT_PLACE_BEFORE for r in morph.candidate_stems(low)
    )


def _before_surname(tokens: list[Token], i: int, text: str) -> bool:
    """A given name before a surname ("глава айыл окмоту Эрмат Ташбаев"), or a surname
    before its initials ("главы айыл окмоту Сапарбекова Н.Т.") or before a given name
    and a patronymic, in any case ("главы айыл окмоту Асанову Беку Маратовичу"): the
    head, not the unit."""
    nxt = i + 1
    if nxt >= len(tokens) or not tokens[nxt].capital:
        return False
    if looks_like_person(tokens[i].text) and _initial(tokens[nxt], text):
        return gap_between(text, tokens[i], tokens[nxt]) in SPACES
    if gap_between(text, tokens[i], tokens[nxt]) not in SPACES:
        return False
    if looks_like_person(tokens[i].text) and _patronymic_after(tokens, nxt, text):
        return True
    word = tokens[nxt].text
    return looks_like_person(word) or looks_like_person(morph.strip_ending(word).stem)
