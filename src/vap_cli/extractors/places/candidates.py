"""Finding candidate mentions: a gazetteer name (1-3 words, any ending), a Russian
adjective before its type noun, a name the gazetteer lacks before a type word of a
small unit; with the flags later passes read (next to a person's name, opens a
sentence)."""

from __future__ import annotations

from bisect import bisect_left

from ... import morph
from ...context import Context
from ...explain import Rule
from ...lexicon import load
from . import homonyms
from .constants import MAX_NAME_WORDS, NAMED_AFTER_MAX_WORDS
from .forms import (
    dashed_name,
    lower_tail_after_type,
    lower_tail_with_type,
    region_type,
    russian_noun_at,
    type_gap,
    wrapped_type_gap,
)
from .index import PlaceIndex
from .mention import Mention, Token
from .openings import before_russian_type_noun, openings
from .rules import (
    COUNTRY,
    FUZZY_SPELLING,
    INFLECTED_NAME,
    NOT_UNIT_NAME,
    PLURAL_TYPE_ONE_WORD,
    QUOTED_TITLE,
    UNKNOWN_LARGE_UNIT,
)
from .tokens import (
    gap_between,
    kyrgyz_type_at,
    russian_after,
    russian_before,
)
from .vocabulary import (
    COMMA_GAP,
    COUNTRIES,
    DOT_GAP,
    JOINERS,
    LEX,
    NAME_DASH,
    NAMED_AFTER,
    NAMED_AFTER_KY,
    NOT_PLACE_BEFORE,
    NOT_PLACE_PREFIXES,
    RU_ADJ_ENDINGS,
    SMALL_LEVELS,
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
    dashed = dashed_name(tokens, i, text, idx)
    if dashed is not None:
        return dashed
    # Several words only when some name of the gazetteer starts with this word.
    widths = range(MAX_NAME_WORDS, 0, -1) if fold(first.text) in idx.first_words else (1,)
    for n in widths:
        j = i + n - 1
        if j >= len(tokens):
            continue
        words = tokens[i : j + 1]
        # Several words: all capitalised, spaces between.
        if n > 1 and (
            not all(w.capital for w in words)
            or any(
                not SPACES.fullmatch(gap_between(text, a, b))
                for a, b in zip(words, words[1:], strict=False)
            )
        ):
            continue
        prefix = text[first.start : words[-1].start]
        found = idx.reading(prefix, words[-1].text)
        if found is not None:
            stem, ending, written, units = found
            return Mention(
                start=first.start,
                end=words[-1].start + written,
                first=i,
                last=j,
                name=prefix + stem,
                ending=ending,
                units=units,
                sentence=first.sentence,
            )
    return None


def russian_adjective_at(
    tokens: list[Token], i: int, idx: PlaceIndex, lower: bool = False
) -> Mention | None:
    """A Russian adjective of a unit's name ("Нарынская"); `lower`: in lower case too."""
    tok = tokens[i]
    if not tok.capital and not lower:
        return None
    low = tok.low
    if not low.endswith(RU_ADJ_ENDINGS):
        return None
    for ending in RU_ADJ_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = tok.text[: -len(ending)]
            return Mention.of_token(tok, i, stem, low[len(stem) :], idx.adjective_units(stem))
    return None


def find_mentions(ctx: Context, tokens: list[Token], idx: PlaceIndex) -> list[Mention]:
    """The candidates, in text order; a mention's type word is not read again."""
    text = ctx.text
    mentions: list[Mention] = []
    opens = openings(tokens, idx)
    k = 0  # the next of the openings to read
    floor = 0  # tokens before this one belong to the previous mention (its type word)
    while k < len(opens):
        i = opens[k]
        k += 1
        m = _mention_at(tokens, i, text, idx, floor)
        if m is None:
            continue
        veto = candidate_veto(m, tokens, text)
        if veto is UNKNOWN_LARGE_UNIT:
            veto = _misspelt_large_unit(m, idx)
        if veto is not None:
            ctx.decide(veto, False, m.start, m.end)
            continue
        if m.type_word is None:
            homonyms.mark(m, tokens, text, ctx.language not in RUSSIAN_TEXTS)
        mentions.append(m)
        floor = (m.type_end if m.type_end is not None else m.last + 1) or i + 1
        k = bisect_left(opens, floor)
    return mentions


# The languages (ctx.language) of a text that may open a sentence with a village's name
# as its subject ("Беловодское расположено ...").
RUSSIAN_TEXTS = ("ru", "mixed")


def _misspelt_large_unit(m: Mention, idx: PlaceIndex) -> Rule | None:
    """A typed oblast or district the gazetteer lacks may be one it has, misspelt
    (Кара-Суй району: Кара-Суу): kept with that unit, else UNKNOWN_LARGE_UNIT."""
    assert m.type_word is not None
    units, ratio = idx.fuzzy_units(m.name, m.type_word.units)
    if not units:
        return UNKNOWN_LARGE_UNIT
    m.units, m.rule, m.score = units, FUZZY_SPELLING, min(m.score, ratio / 100)
    return None


def _adjective_with_noun(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex, lower: bool = False
) -> Mention | None:
    """A Russian adjective at token i with its type noun after it, typed by the noun."""
    # The noun first: most words have none after them.
    ru = russian_after(tokens, i + 1)
    if ru is None or not SPACES.fullmatch(gap_between(text, tokens[i], tokens[i + 1])):
        return None
    adj = russian_adjective_at(tokens, i, idx, lower)
    if adj is None:
        return None
    adj.type_word, adj.type_end = ru
    adj.end = tokens[adj.type_end - 1].end
    return adj


def _spaced_adjective(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """The first part of a hyphenated name, a space (or a dash spaced on one side), the
    rest as a Russian adjective before its type noun ("Чон Алайском районе", "Кара
    Суйского района", "Кара -Суйском районе"): the unit of the whole name, not of the
    adjective's part."""
    if i + 2 >= len(tokens) or fold(tokens[i].text) not in idx.first_words:
        return None
    gap = gap_between(text, tokens[i], tokens[i + 1])
    if not SPACES.fullmatch(gap) and not NAME_DASH.fullmatch(gap):
        return None
    # the rest in lower case too ("Чон алайском районе": not Алай's adjective)
    adj = _adjective_with_noun(tokens, i + 1, text, idx, lower=True)
    if adj is None:
        return None
    whole = f"{tokens[i].text}-{adj.name}"
    units = idx.adjective_units(whole)
    if not units:
        return None
    adj.name, adj.units, adj.start, adj.first = whole, units, tokens[i].start, i
    return adj


def _lower_russian_adjective(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex
) -> Mention | None:
    """A unit's Russian adjective in lower case before its type noun ("в чуйской
    области"): only the gazetteer's adjective keys, the noun right after it."""
    adj = _adjective_with_noun(tokens, i, text, idx, lower=True)
    if adj is None or not adj.units:
        return None
    adj.name = adj.name[:1].upper() + adj.name[1:]
    return adj


def _lower_case_city(tokens: list[Token], i: int, idx: PlaceIndex) -> Mention | None:
    """A republic's city in lower case with a Kyrgyz case ending ("бишкекте", "оштон"):
    its units under the gazetteer's name."""
    tok = tokens[i]
    key = fold(tok.text)
    if not any(map(key.startswith, idx.lower_case)):
        return None
    for reading in morph.candidate_stems(tok.text):
        name = idx.lower_case.get(fold(reading.stem))
        if name and reading.ending and morph.case_of(reading.stem, reading.ending):
            m = Mention.of_token(tok, i, name, reading.ending, idx.lookup(name))
            m.end = tok.start + len(morph.surface(reading.stem, reading.ending))
            return m
    return None


def _mention_at(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex, floor: int = 0
) -> Mention | None:
    tok = tokens[i]
    if tok.text in NAMED_AFTER:
        return _named_after_person(tokens, i, text, idx)
    if not tok.capital:
        if before_russian_type_noun(tokens, i):
            return _lower_russian_adjective(tokens, i, text, idx)
        return _lower_case_city(tokens, i, idx)
    before = russian_before(tokens, i, text)
    # A type word already read after the previous name is not also one before this one
    # ("Гульчинского айыл окмоту Эрмат Ташбаев").
    if before is not None and before[1] < floor:
        before = None
    m = name_at(tokens, i, text, idx)
    if before is not None:
        typed = _name_after_russian_type(tokens, i, text, idx, before, m)
        # with none, the word may still open an adjective ("г. Нарынская ...")
        if typed is not None or m is not None or text[tok.start - 1 : tok.start] == '"':
            return typed
    # Russian adjective + type noun: "Нарынская область", "Жазыский айылный аймак";
    # typed with a space inside ("Чон Алайском районе").
    if i + 1 < len(tokens):
        adj = _adjective_with_noun(tokens, i, text, idx) or _spaced_adjective(tokens, i, text, idx)
        if adj is not None:
            # An adjective does not give the nominative of a name the gazetteer lacks.
            return adj if adj.units else None
    if m is None:
        return (
            _adjective_with_kyrgyz_type(tokens, i, text, idx)
            or lower_tail_with_type(tokens, i, text, idx)
            or _unknown_with_type(tokens, i, text)
        )
    m.person = _next_to_person_name(tokens, m, text)
    m.street = m.type_word is None and before_not_place_word(tokens, m, text)
    m.opens_sentence = i == 0 or tokens[i - 1].sentence != tok.sentence
    if m.ending:
        return m
    # A Kyrgyz type word right after a bare (nominative) name, or after its closing
    # quote ("Көк-Жар" айыл аймагы: the quotes set off the name, not a title).
    nxt = m.last + 1
    gap = gap_between(text, tokens[m.last], tokens[nxt]) if nxt < len(tokens) else ""
    if nxt < len(tokens) and (type_gap(text, m.start, gap) or wrapped_type_gap(gap, tokens[nxt])):
        found = kyrgyz_type_at(tokens, _after_named_after(tokens, nxt, text), text)
        if found is not None and found[0].known_only:
            region = region_type(m, found[0])
            found = None if region is None else (region, *found[1:])
        if found is not None:
            m.type_word, m.type_end, m.plural_type, m.case = found
            m.end = tokens[m.type_end - 1].end
            m.person = m.person and SPACES.fullmatch(gap) is not None
            return m
    return m


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
    return m if m is not None else russian_noun_at(tokens, i, idx, tw.units)


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
    m = _after_russian_type(tokens, i, text, idx, before[0], m)
    if text[tok.start - 1 : tok.start] == '"':
        if m is None or text[m.end : m.end + 1] != '"':
            return None
    elif (
        m is None
        and not before[0].known_only
        and _unknown_word_ok(tok)
        and not _before_surname(tokens, i, text)
    ):
        m = unknown_mention(tokens, i, i, text)
    if m is None:
        return None
    m.type_word, first_type_token = before
    m.type_before = True
    m.start = tokens[first_type_token].start
    return m


def _after_named_after(tokens: list[Token], k: int, text: str) -> int:
    """Where a type word may start after a name: at token k, or after "атындагы"
    ("Кочкорбаев атындагы айыл аймагы": named after him)."""
    if (
        k + 1 < len(tokens)
        and tokens[k].low in NAMED_AFTER_KY
        and SPACES.fullmatch(gap_between(text, tokens[k], tokens[k + 1]))
    ):
        return k + 1
    return k


def _named_after_person(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """ "айылный аймак им. Токтомата Зулпуева": the official Russian name, as the gazetteer has it."""
    tok = tokens[i]
    if text[tok.end : tok.end + 1] != ".":
        return None
    for n in range(NAMED_AFTER_MAX_WORDS, 0, -1):
        j = i + n
        if j >= len(tokens) or not all(t.capital for t in tokens[i + 1 : j + 1]):
            continue
        units = idx.lookup(text[tok.start : tokens[j].end])
        if units:
            level = units[0].level
            return Mention(
                start=tok.start,
                end=tokens[j].end,
                first=i,
                last=j,
                name=text[tok.start : tokens[j].end],
                ending="",
                units=units,
                type_word=TypeWord(level, (level,)),
                sentence=tok.sentence,
            )
    return None


def _next_to_person_name(tokens: list[Token], m: Mention, text: str) -> bool:
    """A bare name before a surname ("Талас Асанов") or after an initial ("Т. Талас"),
    before a street or institution word ("Чүй проспектиси"), or in quotes («Кадамжай»)."""
    if text[m.start - 1 : m.start] == '"' and text[m.end : m.end + 1] == '"':
        return True
    if before_not_place_word(tokens, m, text):
        return True
    nxt = m.last + 1
    # A Kyrgyz case ending ends a person's name, never his given name before the surname:
    # "Бишкектин Ленин районунда", "Ошто Асанов сүйлөдү" name the city.
    if m.ending and morph.case_of(m.name, m.ending) is not None:
        nxt = len(tokens)
    if nxt < len(tokens) and SPACES.fullmatch(gap_between(text, tokens[m.last], tokens[nxt])):
        if tokens[nxt].capital and looks_like_person(morph.strip_ending(tokens[nxt].text).stem):
            return True
        if tokens[nxt].capital and looks_like_person(tokens[nxt].text):
            return True
    prev = m.first - 1
    if prev >= 0 and len(tokens[prev].text) == 1 and tokens[prev].capital:
        return bool(DOT_GAP.fullmatch(gap_between(text, tokens[prev], tokens[m.first])))
    return False


def before_not_place_word(tokens: list[Token], m: Mention, text: str) -> bool:
    """A name right before a street's, an institution's or a feature's word ("Манас
    көчөсү", "Нарын мамлекеттик университети"): part of that name."""
    nxt = m.last + 1
    if nxt >= len(tokens) or not SPACES.fullmatch(gap_between(text, tokens[m.last], tokens[nxt])):
        return False
    following = tokens[nxt].low
    return following.startswith(NOT_PLACE_PREFIXES) or any(
        r.stem in NOT_PLACE_BEFORE for r in morph.candidate_stems(following)
    )


def _before_surname(tokens: list[Token], i: int, text: str) -> bool:
    """A given name before a surname ("глава айыл окмоту Эрмат Ташбаев")."""
    nxt = i + 1
    if nxt >= len(tokens) or not tokens[nxt].capital:
        return False
    if not SPACES.fullmatch(gap_between(text, tokens[i], tokens[nxt])):
        return False
    word = tokens[nxt].text
    return looks_like_person(word) or looks_like_person(morph.strip_ending(word).stem)


def _unknown_word_ok(tok: Token) -> bool:
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
        if DOT_GAP.fullmatch(gap_between(text, tokens[first - 1], tokens[first])):
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
# Kyrgyz numbers of one word (numbers lexicon): a name may open with them.
NUMBER_WORDS: frozenset[str] = frozenset(
    w.casefold() for key in ("units", "tens") for w in load("numbers")[key]
)


def _inflected(word: str, opens_sentence: bool = False) -> bool:
    """A word with a case or plural ending is no name before a type word, which stands
    after a nominative (Майрамга, Жолугушууларга айыл өкмөттөрү). An accusative
    reading counts only for a word that opens its sentence, whose capital proves no
    name: the object before its subject ("Жыйынды айыл өкмөтүнүн башчысы ачты");
    inside a sentence many names end like one."""
    for reading in morph.candidate_stems(word):
        # The stem's last part, for a compound: "Ак-Өргө" is no "Ак-Өр" with a dative.
        if len(reading.ending) < 2 or len(reading.stem.rsplit("-", 1)[-1]) < 3:
            continue
        names = morph.suffix_names(reading.stem, reading.ending) or ()
        case = morph.case_of(reading.stem, reading.ending) or _ACCUSATIVE
        if "plural" in names or case != _ACCUSATIVE or (opens_sentence and _ACCUSATIVE in names):
            return True
    return False


_ACCUSATIVE = "accusative"


def _adjective_with_kyrgyz_type(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex
) -> Mention | None:
    """A unit's Russian adjective before a Kyrgyz type word or abbreviation ("в
    Сумбулинском АА", "Лебединовского айыл окмоту"): typed by it, the unit's own name."""
    adj = russian_adjective_at(tokens, i, idx)
    if adj is None or not adj.units:
        return None
    typed = _unknown_with_type(tokens, i, text)
    if typed is None or typed.type_word is None:
        return None
    units = [u for u in adj.units if u.level in typed.type_word.units]
    if not units:
        return None
    typed.units, typed.name, typed.ending = units, adj.name, adj.ending
    return typed


def _unknown_with_type(tokens: list[Token], i: int, text: str) -> Mention | None:
    """A capitalised word the gazetteer lacks, followed by a Kyrgyz type word
    (candidate_veto then says whether it may name a unit)."""
    tok = tokens[i]
    if not tok.capital or tok.text.isupper():
        return None
    nxt = i + 1
    if nxt >= len(tokens) or not type_gap(text, tok.start, gap_between(text, tok, tokens[nxt])):
        return None
    found = kyrgyz_type_at(tokens, _after_named_after(tokens, nxt, text), text)
    if found is None:
        return None
    tw, end, plural, case = found
    if tw.known_only:
        return None
    m = unknown_mention(tokens, i, i, text)
    m.type_word, m.type_end, m.plural_type, m.case = tw, end, plural, case
    m.end = tokens[end - 1].end
    return m


def candidate_veto(m: Mention, tokens: list[Token], text: str) -> Rule | None:
    """The rule that makes a candidate no mention at all, or None: the country named
    bare, or a word the gazetteer lacks that cannot name the unit of its type word."""
    if m.type_word is None:
        # The country is no place here (but "Кыргызстан айыл аймагы" in Talas is).
        return COUNTRY if fold(m.name) in COUNTRIES else None
    if m.units or m.type_end is None:
        return None
    return _typed_unknown_veto(m, tokens, text)


def _typed_unknown_veto(m: Mention, tokens: list[Token], text: str) -> Rule | None:
    """An unknown word before a Kyrgyz type word (_unknown_with_type)."""
    assert m.type_word is not None and m.type_end is not None
    i, end = m.first, m.type_end
    # The name's own word (after the numbers a name may open with: Он Эки-Бел).
    tok = tokens[m.last]
    if fold(tok.text) in STOP_NAMES or fold(tok.text) in OPENER_WORDS:
        return NOT_UNIT_NAME
    if fold(tok.text) in COUNTRIES:
        return COUNTRY
    # Every oblast and district is in the gazetteer: an unknown one is not a place.
    if m.type_word.level not in SMALL_LEVELS:
        return UNKNOWN_LARGE_UNIT
    if _inflected(tok.text, opens_sentence=i == 0 or tokens[i - 1].sentence != tok.sentence):
        return INFLECTED_NAME
    # A plural type word after one unknown word that ends no list is a phrase, not a
    # unit's name ("Катышуучу АӨлөрдүн саны" 'the number of participating AÖs').
    if m.plural_type and not (
        i > 0
        and (
            tokens[i - 1].text in JOINERS
            or bool(COMMA_GAP.fullmatch(gap_between(text, tokens[i - 1], tokens[i])))
        )
    ):
        return PLURAL_TYPE_ONE_WORD
    # A quoted name with its type word is a title (a contest, a programme):
    # "«Мыкты айыл өкмөтү» сынагы".
    if (
        text[tokens[i].start - 1 : tokens[i].start] == '"'
        and text[tokens[end - 1].end : tokens[end - 1].end + 1] == '"'
    ):
        return QUOTED_TITLE
    return None
