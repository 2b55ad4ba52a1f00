"""Where a person lives, was born or comes from: a bare name in the locative right before
a participle of living or being born ("Кабакта жашаган мугалим", "Арашанда туулган
акын"), or in the ablative right before one of coming ("Кабактан келген мугалим"). Such a
name is a place even where it opens its sentence, whose capital proves nothing
(bare_names._by_document_unit reads the mark).

So is a compound name, capitalised parts joined by a hyphen, in the attributive right
before a lower-case noun ("Ак-Сайдагы мектеп": the school at Ак-Сай): the attributive says
where the noun's thing is, and no common word is written as such a compound."""

from __future__ import annotations

from ... import morph
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import FROM_CITY_PARTICIPLES, HOME_PARTICIPLES, WORD_GAP

# The participles that say a person's home, by the case of the name before them.
_PARTICIPLES_AFTER_CASE: dict[str, frozenset[str]] = {
    "locative": HOME_PARTICIPLES,
    "ablative": FROM_CITY_PARTICIPLES,
}
# The case of "the one at X" (-дагы, -дөгү, -тегі): a place's attribute of the noun after it.
_ATTRIBUTIVE = "attributive"
_COMPOUND_JOINER = "-"


def mark_homes(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """Mark the bare inflected names right before a participle of their case's list, and
    the compound names in the attributive right before a lower-case noun."""
    for m in mentions:
        if m.type_word is not None or not m.ending:
            continue
        nxt = m.last + 1
        if nxt >= len(tokens) or gap_between(text, tokens[m.last], tokens[nxt]) not in WORD_GAP:
            continue
        case = morph.case_of(m.name, m.ending) or ""
        participles = _PARTICIPLES_AFTER_CASE.get(case)
        m.home = participles is not None and tokens[nxt].low in participles
        m.compound_attributive = (
            case == _ATTRIBUTIVE and _capitalised_compound(m.name) and tokens[nxt].text.islower()
        )


def _capitalised_compound(name: str) -> bool:
    """A name of two or more parts joined by a hyphen, each capitalised ("Ак-Муз"), not
    a common compound written with a small second part ("Ата-энелер")."""
    parts = name.split(_COMPOUND_JOINER)
    return len(parts) > 1 and all(part[:1].isupper() for part in parts)
