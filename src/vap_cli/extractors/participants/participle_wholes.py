"""A whole named by a participle made a noun, in the genitive plural: "Курска
жазылгандардын 40ы сынакка катышты" (of those who signed up), "Мектепти
бүтүргөндөрдүн 12си окууга катышты" (of the school-leavers). The part is a count of
people when a verb of taking part follows it, as a part of those who came is
("келгендердин": lexicon `partitive_owners`)."""

from __future__ import annotations

from ... import morph
from ...dategrammar import running_participle
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


def participle_whole(tok: Token) -> bool:
    """The word is a participle made a noun in the genitive plural, of running text (in
    small letters, no name ending like one, and no noun of dates.yaml's look-alike list,
    "органдардын": dategrammar.running_participle, the test the years a participle holds
    are read with)."""
    return (
        tok.kind == "word"
        and tok.low.endswith(_PARTICIPLE_WHOLE_ENDINGS)
        and running_participle(tok.text)
    )
