"""A whole named by a participle made a noun, in the genitive plural: "Каттоого
алынгандардын 236сы курстардан өтүштү" (of those registered), "Мектепти
бүтүргөндөрдүн 40ы окууга тапшырышты" (of the school-leavers). The part is a count of
people when a verb of taking part follows it, as a part of those who came is
("келгендердин": lexicon `partitive_owners`)."""

from __future__ import annotations

from ... import morph
from ...lexicon import load
from ...numbers import Token
from .words import LEX

# The participle's endings with the plural and the genitive after them (morphology.yaml):
# "-гандардын", "-гөндөрдүн", "-кендердин".
_PARTICIPLE_WHOLE_ENDINGS = tuple(
    sorted(
        {
            morph.inflect(participle, *LEX["participle_whole_suffixes"])
            for participle in morph.variants("participle")
        }
    )
)
# Nouns that end like a participle ("органдардын": of the bodies), dates.yaml's list.
_LOOKALIKES = tuple(w.casefold() for w in load("dates")["participle_lookalikes_ky"])


def participle_whole(tok: Token) -> bool:
    """The word is a participle made a noun in the genitive plural, in small letters (no
    name ending like one) and no noun of the look-alike list."""
    return (
        tok.kind == "word"
        and tok.text.islower()
        and tok.low.endswith(_PARTICIPLE_WHOLE_ENDINGS)
        and not tok.low.startswith(_LOOKALIKES)
    )
