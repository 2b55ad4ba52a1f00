"""Bodies named as partners of an activity's executor ("Мэрия совместно с 6 школами
проведет акцию", "Акимиат 4 айыл өкмөтү менен биргеликте иш-чара өткөрдү"): they run it
beside the executor, partners as organisers are, no one taking part (the drop rule
participants.joint_partners)."""

from __future__ import annotations

from .negation import own_clause, own_clause_end
from .phrase import Phrase, status_after, status_before
from .words import LEX, UNIT_NOUNS, Phrases, Tokens, folded_stems

_BEFORE = Phrases(LEX["partner_before"])
_AFTER = Phrases(LEX["partner_after"])
_HELD_STEMS = folded_stems("held_activity_stems")


def joint_partners(tokens: Tokens, p: Phrase) -> bool:
    """ "совместно с 6 школами проведет акцию", "4 айыл өкмөтү менен биргеликте ...
    өткөрдү": units right after a Russian phrase of partnering or right before a Kyrgyz
    one, a verb of holding or organising the activity in their own clause (up to a
    comma) and no verb of taking part there: the activity's partners. Not people so
    named ("30 волонтер менен биргеликте", who help at the work), nor units whose clause
    says they take part, nor units that do the work beside the executor ("5 мектеп менен
    биргеликте көчөлөрдү тазалады": their members take part; revfix48b)."""
    if p.head.entry.lemma not in UNIT_NOUNS:
        return False
    start = p.reading.start
    if not (_BEFORE.ending_at(tokens, start) or _AFTER.at(tokens, p.end)):
        return False
    clause = own_clause(tokens, p)
    if not any(tok.kind == "word" and tok.low.startswith(_HELD_STEMS) for tok in clause):
        return False
    if status_before(tokens, start) is not None:
        return False
    return status_after(tokens, p.end, own_clause_end(tokens, p.end)) is None
