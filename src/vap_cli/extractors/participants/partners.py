"""Bodies named as partners of an activity's executor ("Мэрия совместно с 6 школами
проведет акцию", "Акимиат 4 айыл өкмөтү менен биргеликте иш-чара өткөрдү"): they run it
beside the executor, partners as organisers are, no one taking part (the drop rule
participants.joint_partners)."""

from __future__ import annotations

from .constants import STATUS_REACH
from .phrase import Phrase, status_after, status_before
from .words import LEX, UNIT_NOUNS, Phrases, Tokens

_BEFORE = Phrases(LEX["partner_before"])
_AFTER = Phrases(LEX["partner_after"])
_CLAUSE_CUTS = frozenset({",", ";"})


def joint_partners(tokens: Tokens, p: Phrase) -> bool:
    """ "совместно с 6 школами проведет акцию", "4 айыл өкмөтү менен биргеликте ...
    өткөрдү": units right after a Russian phrase of partnering or right before a Kyrgyz
    one, with no verb of taking part in their own clause (up to a comma): the activity's
    partners. Not people so named ("30 волонтер менен биргеликте", who help at the work),
    nor units whose clause says they take part."""
    if p.head.entry.lemma not in UNIT_NOUNS:
        return False
    start = p.reading.start
    if not (_BEFORE.ending_at(tokens, start) or _AFTER.at(tokens, p.end)):
        return False
    if status_before(tokens, start) is not None:
        return False
    after = tokens.clause_after(p.end, STATUS_REACH)
    own = next((n for n, tok in enumerate(after) if tok.text in _CLAUSE_CUTS), len(after))
    return status_after(tokens, p.end, own) is None
