"""A pasture named like the village or district near it: "Ак-Кыя жайыты", "Сары-Булак
жайлоосуна" name the pasture, not the unit (places.named_pasture); "Ат-Башы
жайыттарында", "Кочкор жайлоолоруна" (the plural) are the district's pastures. A list
of names before the plural ("Ак-Кыя жана Сары-Булак жайлоолорунда") names a pasture each:
the plural counts the list's members (round 58)."""

from __future__ import annotations

from ... import morph
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import JOINERS, NOT_PLACE_BEFORE_BARE, SMALL_LEVELS, SPACES

# A pasture's name takes the noun's singular possessive, in any case after it
# ("жайыты", "жайлоосуна"); the plural ("жайыттары") is the unit's pastures, or the
# pastures of a list of names before it.
_NAMED_FORM = ("possessive",)
_LISTED_FORM = ("plural", "possessive")
# The words a list of pastures may hold, its names and the joiners between them (five
# names of one word each, four joiners): a longer run of capitalised words is no list.
_LIST_REACH = 9
# A comma between two names of a list, with the spaces around it.
_COMMA = ","


def named_pasture(tokens: list[Token], m: Mention, text: str) -> bool:
    """A name with no case ending right before a pasture's noun (`not_place_before_bare`)
    in its singular possessive: the pasture's own name; or a name of a list of bare names
    joined by "жана", "менен" or commas right before the noun in its plural possessive
    ("Ак-Кыя жана Сары-Булак жайлоолорунда": two pastures), when the name is no
    district's or oblast's."""
    if m.ending:
        return False
    nxt = m.last + 1
    if nxt < len(tokens) and gap_between(text, tokens[m.last], tokens[nxt]) in SPACES:
        if _pasture_form(tokens[nxt]) == _NAMED_FORM:
            return True
    # a district's or an oblast's name in the list keeps the region's pastures ("Ат-Башы
    # жана Кочкор жайыттарында": the two districts' pastures)
    small = all(unit.level in SMALL_LEVELS for unit in m.units)
    return small and _in_listed_pastures(tokens, m, text)


def _pasture_form(tok: Token) -> tuple[str, ...] | None:
    """How a pasture's noun (`not_place_before_bare`) at `tok` is formed: its singular
    possessive (_NAMED_FORM) if any reading gives it, else its plural possessive
    (_LISTED_FORM), else None."""
    forms = set()
    for reading in morph.candidate_stems(tok.low):
        if reading.stem in NOT_PLACE_BEFORE_BARE:
            names = tuple(morph.suffix_names(reading.stem, reading.ending) or ())
            forms.add(names[: len(_LISTED_FORM)] if names[:1] != _NAMED_FORM else _NAMED_FORM)
    return next((form for form in (_NAMED_FORM, _LISTED_FORM) if form in forms), None)


def _in_listed_pastures(tokens: list[Token], m: Mention, text: str) -> bool:
    """The mention's words stand in a run of capitalised names and joiners, with at least
    one joiner, that ends right before a pasture's noun in its plural possessive. Only
    spaces or a comma part the run's words: a sentence's end ("... Ак-Кыя. Кара-Тоо жана
    Тар-Суу жайлоолоруна") closes it (revfix58)."""
    first = m.first
    joined = False
    k = m.last + 1
    while k < len(tokens) and k - first <= _LIST_REACH:
        tok = tokens[k]
        gap = gap_between(text, tokens[k - 1], tok)
        if gap not in SPACES and gap.strip() != _COMMA:
            return False
        if _pasture_form(tok) == _LISTED_FORM:
            return joined or _joined_before(tokens, first, text)
        if tok.low in JOINERS:
            joined = True
        elif not tok.capital:
            return False
        elif gap.strip() == _COMMA:
            joined = True
        k += 1
    return False


def _joined_before(tokens: list[Token], first: int, text: str) -> bool:
    """The list's last name at `first` follows a joiner word or a comma after another
    capitalised name."""
    if first < 1:
        return False
    if tokens[first - 1].low in JOINERS:
        return first >= 2 and tokens[first - 2].capital
    return (
        gap_between(text, tokens[first - 1], tokens[first]).strip() == _COMMA
        and tokens[first - 1].capital
    )
