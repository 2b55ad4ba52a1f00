"""A name the text calls a district's or an oblast's centre: "в Кара-Суу (районный
центр)", "Кочкор – райондун борбору", "в районном центре Ат-Баши", "райондук борбор
Кочкордо". The centre is a settlement (a city, a town or a village, places.yaml
`route_levels`), not the district or ayil aimak of that name (bare_names._by_centre,
rule `places.named_centre`). The words are data: places.yaml `centre_words`."""

from __future__ import annotations

from ... import morph, rx
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import LEX, WORD_GAP

_WORDS = LEX["centre_words"]
# A unit's adjective or genitive before the noun of a centre ("районный центр", "райондун
# борбору", "облустук борбор"): the first word, any case form of its own (stems).
_OWNERS: tuple[str, ...] = tuple(w.casefold() for w in _WORDS["owners"])
_OWNER_GENITIVES = frozenset(w.casefold() for w in _WORDS["owner_genitives"])
_NOUNS: tuple[str, ...] = tuple(w.casefold() for w in _WORDS["nouns"])
_GENITIVE = "genitive"
# Between the name and the centre's words after it: a bracket, a dash or a comma.
_GAP_AFTER = rx.compile(r"[ ]{0,3}(?:\(|[-–—,])[ ]{0,3}")


def _centre_at(tokens: list[Token], k: int) -> bool:
    """The two words of a centre at tokens k and k+1, in one sentence."""
    return (
        0 <= k
        and k + 1 < len(tokens)
        and tokens[k].sentence == tokens[k + 1].sentence
        and _owner(tokens[k].low)
        and tokens[k + 1].low.startswith(_NOUNS)
    )


def _owner(low: str) -> bool:
    """A unit's adjective ("районный", "райондук") or its type noun in the genitive
    ("райондун", "облусунун")."""
    return low.startswith(_OWNERS) or any(
        r.stem in _OWNER_GENITIVES and morph.case_of(r.stem, r.ending) == _GENITIVE
        for r in morph.candidate_stems(low)
    )


def mark_centres(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """Mark the bare names right after the centre's words or set off before them."""
    for m in mentions:
        if m.type_word is not None:
            continue
        before, after = m.first - 2, m.last + 1
        m.centre = (
            _centre_at(tokens, before)
            and gap_between(text, tokens[before + 1], tokens[m.first]) in WORD_GAP
        ) or (
            _centre_at(tokens, after)
            and _GAP_AFTER.fullmatch(gap_between(text, tokens[m.last], tokens[after])) is not None
        )
