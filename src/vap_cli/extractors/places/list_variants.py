"""A village in a local spelling between two members of a bare list ("алты айылды
бириктирет: Кызыл-Жар, Каиң-Талаа, Коо-Чаты, ...": the gazetteer's Каың-Талаа): a name
the gazetteer lacks, one capitalised word with a hyphen (a place name's shape), matched
fuzzily at the village level. Found, it keeps the list whole, and the list's level decides
its neighbours (round 46)."""

from __future__ import annotations

from .index import PlaceIndex
from .mention import Mention, Token
from .rules import LIST_VARIANT
from .tokens import gap_between
from .vocabulary import COMMA_GAP, TypeWord

_VILLAGE = ("village",)
_VILLAGE_TYPE = TypeWord("village", _VILLAGE)


def add_list_variants(
    mentions: list[Mention], tokens: list[Token], text: str, idx: PlaceIndex
) -> list[Mention]:
    """The villages in a local spelling between two listed names (`LIST_VARIANT`)."""
    starts = {m.first: m for m in mentions}
    added: list[Mention] = []
    for m in mentions:
        j = m.last + 1
        if j + 1 >= len(tokens) or j in starts or (j + 1) not in starts:
            continue
        tok = tokens[j]
        if not tok.capital or "-" not in tok.text or tok.text.isupper():
            continue
        if not (
            gap_between(text, tokens[m.last], tok) in COMMA_GAP
            and gap_between(text, tok, tokens[j + 1]) in COMMA_GAP
        ):
            continue
        if idx.lookup(tok.text):
            continue
        units, ratio = idx.fuzzy_units(tok.text, _VILLAGE)
        if not units:
            continue
        found = Mention.of_token(tok, j, tok.text, "", units)
        found.type_word, found.rule = _VILLAGE_TYPE, LIST_VARIANT
        found.score = min(found.score, ratio / 100)
        added.append(found)
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions
