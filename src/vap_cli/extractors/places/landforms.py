"""Natural features named like a unit: a bare name after a feature's word, on a
landform, around a lake or along its shore is the feature, not the settlement
(places.feature_word, places.on_a_landform, places.around_a_landform,
places.road_to_a_landform, places.lake_shore in rules.py)."""

from __future__ import annotations

from ... import morph
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import (
    AYIL_AIMAK,
    COMPASS_WORDS_KY,
    DOT_GAP,
    LAKE_NAME_PARTS,
    LAKE_SHORE_KY,
    LANDFORM_NAME_PARTS,
    LANDFORM_PREPOSITIONS_RU,
    LANDFORM_SURROUNDINGS_KY,
    LANDFORM_WAY_BETWEEN_KY,
    LANDFORM_WAY_NOUNS_KY,
    LANDFORM_WAY_REACH,
    NOT_PLACE_AFTER,
    WORD_GAP,
    fold,
)


def after_feature_word(m: Mention, tokens: list[Token], text: str) -> bool:
    """A bare name right after a natural feature's word: the lake, river or pass
    ("озеро Сон-Куль", "реки Нарын"), not the unit of that name."""
    prev = m.first - 1
    if m.type_word is not None or prev < 0:
        return False
    word = tokens[prev].low
    gap = gap_between(text, tokens[prev], tokens[m.first])
    if gap.startswith("."):
        return word + "." in NOT_PLACE_AFTER and gap in DOT_GAP
    return word in NOT_PLACE_AFTER and gap in WORD_GAP


# The levels a bare Russian noun after "на" names only as a landform.
_SETTLEMENT_LEVELS = frozenset({"ayil_aimak", "village"})
# An ayil aimak (AYIL_AIMAK) is a territory, no destination of a road
# (`road_to_a_landform`).


def on_a_landform(m: Mention, tokens: list[Token], text: str) -> bool:
    """A Russian bare noun of a village or an ayil aimak after "на" ("туризм на
    Сон-Куле"): the lake or pasture of that name, not the settlement (round 27)."""
    prev = m.first - 1
    return (
        m.russian_noun
        and m.type_word is None
        and prev >= 0
        and tokens[prev].low in LANDFORM_PREPOSITIONS_RU
        and gap_between(text, tokens[prev], tokens[m.first]) in WORD_GAP
        and bool(m.units)
        and all(u.level in _SETTLEMENT_LEVELS for u in m.units)
    )


def around_a_landform(m: Mention, tokens: list[Token]) -> bool:
    """A Kyrgyz bare name of a village or an ayil aimak whose last part is a landform's
    noun (Соң-Көл: көл), in the genitive before a noun of the land around or along it
    ("Соң-Көлдүн айланасындагы жайыттарда"): the lake or pass, not the settlement named
    after it (round 41); a larger unit only before its shore (`on_a_lakes_shore`:
    "Ысык-Көлдүн жээгинде" is the lake, round 46)."""
    return (
        bool(m.units)
        and all(u.level in _SETTLEMENT_LEVELS for u in m.units)
        and _genitive_before(m, tokens, m.last + 1, LANDFORM_NAME_PARTS, LANDFORM_SURROUNDINGS_KY)
    )


def road_to_a_landform(m: Mention, tokens: list[Token]) -> bool:
    """A Kyrgyz bare name of an ayil aimak, no village's, whose last part is a landform's
    noun (Соң-Көл: көл), in the dative before a road's noun in its sentence, only words of
    going between ("Соң-Көлгө баруучу жолдо", "Соң-Көлгө чейинки жол"): the way to the
    lake or pass, not to the territory named after it (round 65). A road leads to a
    village: a name a village has stays ("Кош-Көлгө баруучу жол"; revfix65)."""
    if not (
        m.units
        and all(u.level == AYIL_AIMAK for u in m.units)
        and m.type_word is None
        and not m.russian_noun
        and fold(m.name.rsplit("-", 1)[-1]) in LANDFORM_NAME_PARTS
        and in_case(tokens[m.last].text, m.name, "dative")
    ):
        return False
    sentence = tokens[m.last].sentence
    for token in tokens[m.last + 1 : m.last + 2 + LANDFORM_WAY_REACH]:
        if token.sentence != sentence:
            return False
        if any(fold(r.stem) in LANDFORM_WAY_NOUNS_KY for r in morph.candidate_stems(token.text)):
            return True
        if fold(token.text) not in LANDFORM_WAY_BETWEEN_KY:
            return False
    return False


def on_a_lakes_shore(m: Mention, tokens: list[Token]) -> bool:
    """A Kyrgyz bare name whose last part is a lake's noun (Ысык-Көл: the oblast's name
    too), in the genitive before a noun of its shore, maybe a side of the world between
    ("Ысык-Көлдүн түштүк жээгиндеги", "Ысык-Көлдүн жээгинде"), or two joined ("түндүк-
    батыш": revfix46): the lake, at any level (round 46; held_13, rounds 29, 45 gave it)."""
    nxt = m.last + 1
    if nxt < len(tokens) and set(tokens[nxt].low.split("-")) <= COMPASS_WORDS_KY:
        nxt += 1
    return _genitive_before(m, tokens, nxt, LAKE_NAME_PARTS, LAKE_SHORE_KY)


def _genitive_before(
    m: Mention, tokens: list[Token], nxt: int, parts: frozenset[str], nouns: tuple[str, ...]
) -> bool:
    """A Kyrgyz bare name whose last part is one of `parts`, in the genitive, owning the
    noun at token `nxt` in its sentence, one of the stems `nouns`."""
    return (
        m.type_word is None
        and not m.russian_noun
        and fold(m.name.rsplit("-", 1)[-1]) in parts
        and nxt < len(tokens)
        and tokens[nxt].sentence == tokens[m.last].sentence
        and tokens[nxt].low.startswith(nouns)
        and in_the_genitive(tokens[m.last].text, m.name)
    )


def in_the_genitive(word: str, name: str) -> bool:
    """The word is the name with a genitive ending ("Соң-Көлдүн")."""
    return in_case(word, name, "genitive")


def in_case(word: str, name: str, case: str) -> bool:
    """The word is the name with an ending of `case` ("Соң-Көлдүн", "Соң-Көлгө")."""
    key = fold(name)
    return any(
        r.ending and fold(r.stem) == key and morph.case_of(r.stem, r.ending) == case
        for r in morph.candidate_stems(word)
    )
