"""People a letter or a notice is sent to ("Айыл өкмөтү 30 тургунга кат жиберди", "40
ишкерге эскертүү жөнөтүлдү"): people in the dative before a verb of sending receive it
and take part in nothing (the drop rule participants.letter_recipients). Invitations and
referrals sent to people ("Жыйынга 30 депутатка чакыруу жөнөтүлдү") name who is invited,
who count; who send an appeal together ("арыз жөнөтүшкөн") are its subject, not in the
dative. After a converb "жибер-" is an auxiliary, no sending ("40 окуучуга көнүгүүлөрдү
көрсөтүп жиберди": shown, the pupils take part; revfixleft)."""

from __future__ import annotations

from .clause_words import Stems
from .negation import own_clause, own_clause_words
from .phrase import Phrase
from .words import ENTRANT_LEMMAS, Tokens, casefolded, folded_stems

_SENT = folded_stems("sent_stems")
_SENT_OPENS = Stems(_SENT)
_KEPT_OPENS = Stems(folded_stems("sent_kept_stems"))
# a converb's endings: a verb of sending right after one is an auxiliary ("көрсөтүп жиберди")
_AUXILIARY_AFTER = tuple(casefolded("sent_auxiliary_after"))
_RECEIVING_CASE = "dative"


def letter_recipients(tokens: Tokens, p: Phrase) -> bool:
    """People (not entrants) in the dative whose own clause has a verb of sending (lexicon
    `sent_stems`, active or passive) and no invitation, referral or word of taking part
    (`sent_kept_stems`: "Жыйынга катышкан 30 тургунга кат жөнөтүлдү" took part): the
    recipients of a letter. Not the auxiliary "жибер-" after a converb (lexicon
    `sent_auxiliary_after`: "түшүндүрүп жиберди" explained)."""
    if p.head.ending.case != _RECEIVING_CASE or p.head.entry.lemma in ENTRANT_LEMMAS:
        return False
    words = own_clause_words(tokens, p)
    if not words.starts(_SENT_OPENS) or words.starts(_KEPT_OPENS):
        return False
    clause = own_clause(tokens, p)
    return any(
        tok.low.startswith(_SENT) and not (k and clause[k - 1].low.endswith(_AUXILIARY_AFTER))
        for k, tok in enumerate(clause)
    )
