"""Places of Kyrgyzstan in running Kyrgyz and Russian text (fills ctx.places).

1. Words are read as stem + ending (morph.py) and the stems looked up in an index
   of folded gazetteer names built once: a dict, so the cost per document does not
   depend on the gazetteer's size.
2. A type word after the name (Нарын облусунан, Жазы АА, айыл аймагынын), a Russian
   one around it (Нарынская область, г. Кемин) decides the level; a plural type word
   gives its level to the whole list before it (Ош жана Нарын облустарынын).
3. Without a type word the context decides: members of one list, cells of one table
   and same-case names of one sentence share a level; an ambiguous name prefers the
   unit inside a district or oblast named in the same sentence, then the document.
4. Names the gazetteer lacks are kept when a type word says what they are (level
   from the type word, id null, a warning).
Language data: lexicon/places.yaml.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex
from rapidfuzz import fuzz, process

from .. import gazetteer as gz
from .. import morph
from ..context import Context
from ..lexicon import load
from ..models import Place, Span

_LEX = load("places")
LEVEL_RANK: dict[str, int] = {lv: i for i, lv in enumerate(_LEX["level_rank"])}
BARE_LEVELS: tuple[str, ...] = tuple(_LEX["bare_levels"])
FUZZY_MIN = float(_LEX["fuzzy_min_ratio"])
FUZZY_MIN_LEN = int(_LEX["fuzzy_min_length"])


def _fold(text: str) -> str:
    return gz.fold_key(text)


NEEDS_TYPE: frozenset[str] = frozenset(_fold(w) for w in _LEX["needs_type_word"])
COUNTRIES: frozenset[str] = frozenset(_fold(w) for w in _LEX["countries"])
PERSON_ENDINGS: tuple[str, ...] = tuple(sorted(_LEX["person_name_endings"], key=len, reverse=True))
JOINERS: frozenset[str] = frozenset(_LEX["list_joiners"])
RU_ADJ_ENDINGS: tuple[str, ...] = tuple(
    sorted(_LEX["russian_adjective_endings"], key=len, reverse=True)
)


@dataclass(frozen=True)
class TypeWord:
    level: str
    units: tuple[str, ...]


_KY_AFTER: list[tuple[tuple[str, ...], TypeWord, bool]] = [
    (tuple(e["words"]), TypeWord(e["level"], tuple(e["units"])), bool(e.get("possessed")))
    for e in _LEX["kyrgyz_after"]
]
_ABBR_AFTER: dict[str, str] = _LEX["abbreviations_after"]
_RU_BEFORE: dict[str, TypeWord] = {
    k.casefold(): TypeWord(v["level"], tuple(v["units"])) for k, v in _LEX["russian_before"].items()
}
_LEVEL_UNITS: dict[str, tuple[str, ...]] = {tw.level: tw.units for _, tw, _ in _KY_AFTER} | {
    "oblast": ("oblast",),
    "district": ("district",),
    "ayil_aimak": ("ayil_aimak",),
}

# A word: letters with inner hyphens or a slash ("Ысык-Көл", "а/а", "р-н"), bounded.
WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]{0,60}(?:[-/]\p{L}[\p{L}\p{M}'’]{0,60}){0,4}")
_SENTENCE_END = regex.compile(r"[.!?]\s|\n")
_SPACES = regex.compile(r"[ ]{0,5}")
_JOIN_GAP = regex.compile(r"[ \t]{0,5}(?:,|;)?[ \t]{0,5}")


@dataclass
class Token:
    start: int
    end: int
    text: str
    sentence: int = 0

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Mention:
    start: int  # normalised span of the name (and its type word)
    end: int
    first: int  # token indexes of the name
    last: int
    name: str  # the name as written, nominative (the stem)
    ending: str
    units: list[gz.Unit]
    type_word: TypeWord | None = None
    type_end: int | None = None  # token index after the type word
    plural_type: bool = False
    level: str | None = None  # decided level
    unit: gz.Unit | None = None
    score: float = 1.0
    group: int | None = None  # list group
    cell: bool = False
    fuzzy: float | None = None
    sentence: int = 0
    case: str | None = None  # grammatical case of the type word (or of the bare name)


# ---------------------------------------------------------------- index (built once)


def _ru_adj_key(text: str) -> str:
    """One key for a Russian noun and its adjective (Ат-Башы ~ Ат-Башинский)."""
    key = _fold(text)
    key = key.rstrip("й")
    key = key.rstrip("аеиоуыэюя")
    if len(key) > 4 and key.endswith(("ин", "ын")):
        key = key[:-2]
    return key.rstrip("аеиоуыэюя")


@dataclass
class _Index:
    gazetteer: gz.Gazetteer
    keys: frozenset[str]
    ru_adjectives: dict[str, list[gz.Unit]]
    buckets: dict[tuple[str, str], dict[str, list[gz.Unit]]]

    def lookup(self, text: str) -> list[gz.Unit]:
        key = _fold(text)
        if key not in self.keys:
            return []
        return self.gazetteer.lookup(text)


@cache
def _index() -> _Index:
    gazetteer = gz.default()
    ru: dict[str, list[gz.Unit]] = {}
    buckets: dict[tuple[str, str], dict[str, list[gz.Unit]]] = {}
    for unit in gazetteer.units():
        names = {unit.name, *(unit.aliases or ())}
        if unit.name_ru:
            names.add(unit.name_ru)
        for name in names:
            key = _ru_adj_key(name)
            if key and unit not in ru.setdefault(key, []):
                ru[key].append(unit)
            folded = _fold(name)
            bucket = buckets.setdefault((unit.level, folded[:2]), {})
            bucket.setdefault(folded, []).append(unit)
    return _Index(gazetteer, gazetteer.keys(), ru, buckets)


def reset_index() -> None:
    """Forget the index (after gazetteer.use_extra)."""
    _index.cache_clear()


# ---------------------------------------------------------------- tokens and type words


def _tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    sentence = 0
    prev_end = 0
    for m in WORD.finditer(text):
        gap = text[prev_end : m.start()]
        if tokens and _SENTENCE_END.search(gap + " ") and not _is_abbreviation(tokens[-1], text):
            sentence += 1
        tokens.append(Token(m.start(), m.end(), m.group(), sentence))
        prev_end = m.end()
    return tokens


def _is_abbreviation(token: Token, text: str) -> bool:
    """An initial (Т.) or an abbreviation (г., с.) does not end a sentence."""
    if text[token.end : token.end + 1] != ".":
        return False
    return len(token.text) == 1 or (token.text.casefold() + ".") in _RU_BEFORE


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _kyrgyz_type_at(
    tokens: list[Token], i: int, text: str
) -> tuple[TypeWord, int, bool, str | None] | None:
    """A type word starting at token i: (type, index after it, plural, its case)."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    abbr = _ABBR_AFTER.get(tok.text) or _ABBR_AFTER.get(tok.text + text[tok.end : tok.end + 1])
    if abbr:
        return TypeWord(abbr, _LEVEL_UNITS.get(abbr, (abbr,))), i + 1, False, None
    for words, tw, possessed in _KY_AFTER:
        n = len(words)
        if i + n > len(tokens):
            continue
        ok = True
        for k in range(n - 1):
            if tokens[i + k].text.casefold() != words[k] or (
                k < n - 1 and not _SPACES.fullmatch(_gap(text, tokens[i + k], tokens[i + k + 1]))
            ):
                ok = False
                break
        if not ok:
            continue
        last = tokens[i + n - 1].text.casefold()
        stem = words[-1]
        for reading in morph.candidate_stems(last):
            if reading.stem != stem:
                continue
            names = morph.suffix_names(stem, reading.ending) or ()
            if possessed and "possessive" not in names:
                continue
            return tw, i + n, "plural" in names, morph.case_of(stem, reading.ending)
        if last == stem and not possessed:
            return tw, i + n, False, None
    return None


def _russian_after(tokens: list[Token], i: int) -> tuple[TypeWord, int] | None:
    for entry in _LEX["russian_after"]:
        if i >= len(tokens):
            return None
        word = tokens[i].text.casefold()
        if not word.startswith(tuple(entry["prefixes"])):
            continue
        then = entry.get("then")
        if then:
            if i + 1 >= len(tokens) or not tokens[i + 1].text.casefold().startswith(tuple(then)):
                continue
            return TypeWord(entry["level"], tuple(entry["units"])), i + 2
        return TypeWord(entry["level"], tuple(entry["units"])), i + 1
    return None


def _russian_before(tokens: list[Token], i: int, text: str) -> TypeWord | None:
    if i == 0:
        return None
    prev = tokens[i - 1]
    gap = _gap(text, prev, tokens[i])
    word = prev.text.casefold()
    if gap.startswith(".") and (word + ".") in _RU_BEFORE and regex.fullmatch(r"\.[ ]{0,3}", gap):
        return _RU_BEFORE[word + "."]
    if word in _RU_BEFORE and regex.fullmatch(r"[ ]{1,3}", gap):
        return _RU_BEFORE[word]
    return None


# ---------------------------------------------------------------- name candidates


def _looks_like_person(name: str) -> bool:
    low = name.casefold()
    return len(low) > 4 and low.endswith(PERSON_ENDINGS)


def _name_at(tokens: list[Token], i: int, text: str, idx: _Index) -> Mention | None:
    """The longest gazetteer name starting at token i (1-3 words), any ending on the last."""
    first = tokens[i]
    if not first.capital:
        return None
    for n in (3, 2, 1):
        j = i + n - 1
        if j >= len(tokens):
            continue
        words = tokens[i : j + 1]
        if any(
            not _SPACES.fullmatch(_gap(text, a, b)) for a, b in zip(words, words[1:], strict=False)
        ):
            continue
        if n > 1 and not all(w.capital for w in words):
            continue
        prefix = text[first.start : words[-1].start]
        readings = morph.candidate_stems(words[-1].text)
        # The longest known stem wins (Нарындан is Нарын + дан, not Нар + ындан).
        for reading in sorted(readings, key=lambda r: -len(r.stem)):
            units = idx.lookup(prefix + reading.stem)
            if units:
                end = words[-1].start + len(morph.surface(reading.stem, reading.ending))
                return Mention(
                    start=first.start,
                    end=end,
                    first=i,
                    last=j,
                    name=prefix + reading.stem,
                    ending=reading.ending,
                    units=units,
                    sentence=first.sentence,
                )
    return None


def _russian_adjective_at(tokens: list[Token], i: int, idx: _Index) -> Mention | None:
    tok = tokens[i]
    if not tok.capital:
        return None
    low = tok.text.casefold()
    for ending in RU_ADJ_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = tok.text[: -len(ending)]
            units = idx.ru_adjectives.get(_ru_adj_key(stem), [])
            return Mention(
                start=tok.start,
                end=tok.end,
                first=i,
                last=i,
                name=stem,
                ending=low[len(stem) :],
                units=list(units),
                sentence=tok.sentence,
            )
    return None


def _fuzzy_units(name: str, levels: tuple[str, ...], idx: _Index) -> tuple[list[gz.Unit], float]:
    """Spelling variants: the closest names of these levels sharing the first two letters."""
    key = _fold(name)
    if len(key) < FUZZY_MIN_LEN:
        return [], 0.0
    best: list[gz.Unit] = []
    best_score = 0.0
    for level in levels:
        bucket = idx.buckets.get((level, key[:2]))
        if not bucket:
            continue
        hit = process.extractOne(key, list(bucket), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
        if hit and hit[1] > best_score:
            best, best_score = list(bucket[hit[0]]), float(hit[1])
    return best, best_score


# ---------------------------------------------------------------- the extractor


def extract(ctx: Context) -> None:
    text = ctx.text
    idx = _index()
    tokens = _tokens(text)
    mentions = _find_mentions(tokens, text, idx)
    _group_lists(mentions, tokens, text)
    _mark_cells(mentions, tokens, text)
    _resolve(mentions)
    ctx.places = _places(ctx, mentions, idx)


def _find_mentions(tokens: list[Token], text: str, idx: _Index) -> list[Mention]:
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        m = _mention_at(tokens, i, text, idx)
        if m is None:
            i += 1
            continue
        mentions.append(m)
        i = (m.type_end if m.type_end is not None else m.last + 1) or i + 1
    return mentions


def _mention_at(tokens: list[Token], i: int, text: str, idx: _Index) -> Mention | None:
    tok = tokens[i]
    if not tok.capital:
        return None
    before = _russian_before(tokens, i, text)
    m = _name_at(tokens, i, text, idx)
    if before is not None:
        if m is None:
            m = _unknown(tokens, i, i, text)
        m.type_word = before
        return m
    # Russian adjective + type noun: "Нарынская область", "Жазыский айылный аймак".
    if i + 1 < len(tokens) and _SPACES.fullmatch(_gap(text, tok, tokens[i + 1])):
        ru = _russian_after(tokens, i + 1)
        if ru is not None:
            adj = _russian_adjective_at(tokens, i, idx)
            if adj is not None:
                adj.type_word, adj.type_end = ru
                adj.end = tokens[adj.type_end - 1].end
                return adj if adj.units or ru[0].level in ("ayil_aimak", "village") else None
    if m is None:
        m = _unknown_with_type(tokens, i, text)
        return m
    if m.ending:
        return m
    # A Kyrgyz type word right after a bare (nominative) name.
    nxt = m.last + 1
    if nxt < len(tokens) and _SPACES.fullmatch(_gap(text, tokens[m.last], tokens[nxt])):
        found = _kyrgyz_type_at(tokens, nxt, text)
        if found is not None:
            m.type_word, m.type_end, m.plural_type, m.case = found
            m.end = tokens[m.type_end - 1].end
        elif m.last == i:
            unknown = _unknown_with_type(tokens, i, text)
            if unknown is not None and len(_fold(unknown.name)) > len(_fold(m.name)):
                return unknown
    return m


def _unknown(tokens: list[Token], first: int, last: int, text: str) -> Mention:
    start = tokens[first].start
    # An initial before the name belongs to it ("Т. Зулпуев айыл аймагы").
    if first > 0 and len(tokens[first - 1].text) == 1 and tokens[first - 1].capital:
        if regex.fullmatch(r"\.[ ]{0,2}", _gap(text, tokens[first - 1], tokens[first])):
            start = tokens[first - 1].start
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


_STOP_NAMES: frozenset[str] = frozenset(
    _fold(w)
    for w in (
        "Бул Ал Ошол Ушул Биздин Ар Бардык Бир Эки Үч Төрт Беш Алты Жети Сегиз Тогуз Он "
        "Жаңы Эски Жалпы Башка Айрым Көп Ошондой Ошону Мындай Ушундай Кайсы Ар-бир"
    ).split()
)


def _unknown_with_type(tokens: list[Token], i: int, text: str) -> Mention | None:
    """A capitalised word the gazetteer lacks, followed by a type word of a small unit."""
    tok = tokens[i]
    if not tok.capital or tok.text.isupper() or _fold(tok.text) in _STOP_NAMES:
        return None
    if _fold(tok.text) in COUNTRIES:
        return None
    nxt = i + 1
    if nxt >= len(tokens) or not _SPACES.fullmatch(_gap(text, tok, tokens[nxt])):
        return None
    found = _kyrgyz_type_at(tokens, nxt, text)
    if found is None:
        return None
    tw, end, plural, case = found
    # Every oblast and district is in the gazetteer: an unknown one is not a place.
    if tw.level not in ("ayil_aimak", "village", "town"):
        return None
    m = _unknown(tokens, i, i, text)
    m.type_word, m.type_end, m.plural_type, m.case = tw, end, plural, case
    m.end = tokens[end - 1].end
    return m


# ---------------------------------------------------------------- context


def _group_lists(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """Names joined by commas / жана / и form a list; a plural type word at its end
    types every member; unknown capitalised words inside such a list join it."""
    group = 0
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.type_word is not None and not a.plural_type and a.type_end is not None:
            continue
        if _joined(tokens, text, a, b):
            if a.group is None:
                group += 1
                a.group = group
            b.group = a.group
    # Plural type words spread backwards through their list (and pull in unknown
    # names between members: "Момунов, Келечек жана Татар калктуу конуштарын").
    for m in mentions:
        if m.plural_type and m.type_word is not None:
            for other in mentions:
                if other.group is not None and other.group == m.group and other is not m:
                    if other.type_word is None:
                        other.type_word = m.type_word
                        other.score = 0.95


def _joined(tokens: list[Token], text: str, a: Mention, b: Mention) -> bool:
    if a.sentence != b.sentence and not (a.cell and b.cell):
        return False
    last = a.type_end - 1 if a.type_end is not None else a.last
    if b.first <= last:
        return False
    between = tokens[last + 1 : b.first]
    gap = text[tokens[last].end : tokens[b.first].start]
    if not between:
        return bool(regex.fullmatch(r"[ ]{0,3}[,;][ ]{0,3}", gap))
    if len(between) == 1 and between[0].text.casefold() in JOINERS:
        return bool(regex.fullmatch(r"[ ,]{1,5}\p{L}{1,6}[ ]{1,3}", gap))
    return False


def _mark_cells(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A bare name alone in a table cell (tab- or line-delimited)."""
    for m in mentions:
        if m.type_word is not None:
            continue
        before = text[max(0, m.start - 20) : m.start]
        after = text[m.end : m.end + 20]
        left = regex.search(r"[\t\n][ ]{0,5}$", before) or m.start == 0
        right = regex.match(r"[ ]{0,5}(?:[\t\n]|$)", after)
        if left and right:
            m.cell = True


def _candidates(m: Mention, levels: tuple[str, ...]) -> list[gz.Unit]:
    return [u for u in m.units if u.level in levels]


def _resolve(mentions: list[Mention]) -> None:
    # Pass 1: typed mentions.
    for m in mentions:
        if m.type_word is not None:
            m.level = m.type_word.level
            units = _candidates(m, m.type_word.units)
            if not units and m.units and m.type_word.level in ("ayil_aimak", "village", "town"):
                m.units = []
            m.units = units
    context = [m for m in mentions if m.level is not None]
    # Pass 2: bare mentions, by their group, cells and sentence.
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group is not None:
            groups.setdefault(m.group, []).append(m)
    cells = [m for m in mentions if m.cell and m.level is None]
    for members in groups.values():
        bare = [m for m in members if m.level is None]
        typed = [m for m in members if m.level is not None]
        if not bare:
            continue
        level = typed[0].level if typed else _shared_level(bare)
        for m in bare:
            if level and _candidates(m, _LEVEL_UNITS.get(level, (level,))):
                m.level = level
                m.score = 0.9
    if cells:
        level = _shared_level(cells)
        for m in cells:
            if m.level is None and level and _candidates(m, (level,)):
                m.level = level
                m.score = 0.9
    for m in mentions:
        if m.level is not None or m.group is not None:
            continue
        _resolve_bare(m, mentions)
    # Pass 3: pick the unit, preferring units inside places named nearby.
    named = [m for m in mentions if m.level is not None]
    for m in mentions:
        if m.level is None:
            continue
        levels = _LEVEL_UNITS.get(m.level, (m.level,)) if m.type_word else (m.level,)
        units = _candidates(m, levels)
        if units:
            m.unit = _closest(m, units, named)
    del context


def _shared_level(members: list[Mention]) -> str | None:
    votes: Counter[str] = Counter()
    for m in members:
        for level in {u.level for u in m.units}:
            votes[level] += 1
    if not votes:
        return None
    return max(votes, key=lambda lv: (votes[lv], -LEVEL_RANK.get(lv, 99)))


def _resolve_bare(m: Mention, mentions: list[Mention]) -> None:
    key = _fold(m.name)
    if key in NEEDS_TYPE or key in COUNTRIES or _looks_like_person(m.name) or not m.units:
        return
    same_sentence = [o for o in mentions if o is not m and o.sentence == m.sentence and o.level]
    # Inside a district named in the same sentence (Кара-Суу near "Ат-Башы району").
    districts = {o.unit.id for o in same_sentence if o.unit and o.level == "district"}
    inside = [u for u in m.units if u.district in districts or u.parent in districts]
    if inside:
        best = min(inside, key=lambda u: LEVEL_RANK.get(u.level, 99))
        m.level = best.level
        m.score = 0.85
        return
    # Same case as a typed name of the sentence ("Нарын облусунан ..., Ысык-Көлдөн").
    case = morph.case_of(m.name, m.ending)
    if case is not None:
        for o in same_sentence:
            if o.type_word is None or o.type_end is None:
                continue
            if o.level and _candidates(m, (o.level,)) and o.case == case:
                m.level = o.level
                m.score = 0.9
                return
    bare = [u for u in m.units if u.level in BARE_LEVELS]
    if bare:
        m.level = min(bare, key=lambda u: LEVEL_RANK.get(u.level, 99)).level
        m.score = 0.8


def _closest(m: Mention, units: list[gz.Unit], named: list[Mention]) -> gz.Unit:
    if len(units) == 1:
        return units[0]
    sentence_ids = {o.unit.id for o in named if o.unit and o.sentence == m.sentence and o is not m}
    doc_ids = {o.unit.id for o in named if o.unit and o is not m}

    def rank(u: gz.Unit) -> tuple[int, int]:
        ancestors = {u.parent, u.district, u.oblast}
        if ancestors & sentence_ids:
            near = 0
        elif ancestors & doc_ids:
            near = 1
        else:
            near = 2
        return near, LEVEL_RANK.get(u.level, 99)

    return min(units, key=rank)


# ---------------------------------------------------------------- output


def _places(ctx: Context, mentions: list[Mention], idx: _Index) -> list[Place]:
    places: dict[tuple[str, str], Place] = {}
    g = idx.gazetteer
    for m in mentions:
        if m.level is None:
            continue
        if m.level == "country":
            continue
        unit = m.unit
        score = m.score
        if unit is None and m.type_word is not None:
            fuzzy, ratio = _fuzzy_units(m.name, m.type_word.units, idx)
            if fuzzy:
                unit = _closest(m, fuzzy, [o for o in mentions if o.unit])
                score = min(score, ratio / 100)
        if unit is None and m.type_word is None:
            continue
        if unit is None and m.level not in ("ayil_aimak", "village", "town"):
            continue
        quote, span = ctx.quote(m.start, m.end)
        if unit is not None:
            key = (unit.id, m.level)
            name, oblast, district = unit.name, g.oblast_name(unit), g.district_name(unit)
            if unit.level == "district":
                district = None
        else:
            name = _nominative(m.name)
            key = ("", f"{m.level}:{_fold(name)}")
            oblast, district = _context_parents(m, mentions, g)
            ctx.warn(f"place not in the gazetteer: {m.level} {name} ({quote})")
        if key in places:
            places[key].mentions.append(span)
            continue
        places[key] = Place(
            level=m.level,  # type: ignore[arg-type]
            name=name,
            id=unit.id if unit else None,
            oblast=oblast if m.level != "oblast" else None,
            district=district,
            text=quote,
            span=span,
            score=round(score, 2),
            mentions=[span],
        )
    return list(places.values())


def _nominative(name: str) -> str:
    return name.strip()


def _context_parents(
    m: Mention, mentions: list[Mention], g: gz.Gazetteer
) -> tuple[str | None, str | None]:
    """Parents of an unknown unit: the district/oblast named just before it in its
    sentence ("Өзгөн районунун Жылалды айыл өкмөтү") or in parentheses after it."""
    near = [
        o
        for o in mentions
        if o.sentence == m.sentence and o.unit is not None and o.level in ("district", "oblast")
    ]
    if not near:
        return None, None
    near.sort(key=lambda o: abs(o.start - m.start))
    o = near[0]
    assert o.unit is not None
    if o.level == "district":
        return g.oblast_name(o.unit), o.unit.name
    return o.unit.name, None


def _span(ctx: Context, start: int, end: int) -> Span:
    return ctx.span(start, end)


def units_named(name: str, level: str | None = None) -> list[gz.Unit]:
    """Units a bare name may stand for, also in its Russian adjective form
    ("Кочкорский" -> Кочкор, "Ат-Башинский" -> Ат-Башы): for a table cell whose
    column header gives the level (used by extractors/events.py)."""
    idx = _index()
    units = idx.gazetteer.lookup(name, level=level) if _fold(name) in idx.keys else []
    if not units:
        low = name.casefold()
        for ending in RU_ADJ_ENDINGS:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                stem = name[: -len(ending)]
                units = [
                    u
                    for u in idx.ru_adjectives.get(_ru_adj_key(stem), [])
                    if level is None or u.level == level
                ]
                break
    return units
