"""Where a count's cue of benefit is read when an opener of its parts follows it ("анын
ичинде", "в том числе": lexicon `breakdown_openers`): the parts' own words describe the
parts, not the total ("лагерде 240 бала эс алат, анын ичинде 60ы аз камсыз
үй-бүлөлөрдөн": the needy are a part; left57), but parts set off by commas in the middle
of the clause leave its verb to the total ("120 пенсионер, анын ичинде 30 жалгыз бой
карыя, гуманитардык жардам алышты": all 120 received aid; revfixl57). Asked by
recipients.beneficiaries."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from .constants import COMMA, STATUS_REACH
from .counts_without_who import OPENERS
from .words import Tokens


def benefit_cue_tokens(tokens: Tokens, end: int) -> list[Token]:
    """The tokens after the count ending at token `end` that its cue of benefit is read
    in: its sentence (STATUS_REACH at most), less an opener of its parts and the parts
    after it; what follows the parts' closing comma is the total's again
    (`_after_the_parts`)."""
    span = tokens.clause_after(end, STATUS_REACH)
    for n in range(len(span)):
        if OPENERS.at(tokens, end + n):
            return [*span[:n], *_after_the_parts(span[n:])]
    return span


def _after_the_parts(parts: Sequence[Token]) -> list[Token]:
    """The words after the comma that closes a stretch of parts (`parts`, from its
    opener), when no other number follows it: the clause's own words resume there
    ("..., анын ичинде 30 жалгыз бой карыя, гуманитардык жардам алышты"); none when the
    parts run to the sentence's end or the words after a comma hold another part ("...,
    18и майыптыгы бар")."""
    for n, tok in enumerate(parts):
        if tok.text != COMMA:
            continue
        rest = parts[n + 1 :]
        if rest and all(t.kind != "num" for t in rest):
            return list(rest)
    return []
