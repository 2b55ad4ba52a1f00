"""A body's size: the counted noun in the ablative and a verb of consisting ("30
депутаттан турган кеңеш", "Кеңеш 21 депутаттан турат"), unless what consists of them is a
group that takes part (a delegation, a team, a group sent to the work)."""

from __future__ import annotations

from ... import morph
from .constants import CUE_REACH
from .phrase import Phrase
from .signing_up import governance_noun
from .vetoes import participant_group
from .words import LEX, Tokens, casefolded, ends_sentence_at, folded_stems

_CONSISTING = casefolded("consisting_after_ablative")


def consisting_of(tokens: Tokens, p: Phrase) -> bool:
    """ "30 депутаттан турган кеңеш", "Кеңеш 21 депутаттан турат": the counted noun in
    the ablative with a verb of consisting is a body's size."""
    return (
        p.head.ending.case == "ablative"
        and p.end < len(tokens)
        and tokens[p.end].low in _CONSISTING
        and not (participant_group(tokens, p) and not _governing_body_after(tokens, p.end))
        and not _group_subject(tokens, p.start)
        and not _group_sent(tokens, p.end)
    )


_SENT_GROUPS = casefolded("sent_group_nouns")
_SENT_VERBS = folded_stems("sent_group_verbs")
_CONSISTING_PARTICIPLE = LEX["consisting_participle"].casefold()
# The group's noun stands right after the participle or after one adjective.
_GROUP_NOUN_PLACES = 2


def _group_sent(tokens: Tokens, k: int) -> bool:
    """ "6 адистен турган медициналык топ жөнөтүлдү": the participle at token k, a group's
    noun after it (an adjective perhaps between), and the clause closed by a verb of
    sending: the group sent to the work takes part; not a body created ("12 мүчөдөн
    турган атайын комиссиясы түзүлдү": its size)."""
    words = _words_after_participle(tokens, k)
    return (
        words is not None
        and any(_group_noun(w) for w in words[:_GROUP_NOUN_PLACES])
        and words[-1].startswith(_SENT_VERBS)
    )


def _governing_body_after(tokens: Tokens, k: int) -> bool:
    """The participle at token k before a body of governance, an adjective perhaps
    between ("7 мүчөдөн турган комиссиянын курамы"): that body's size, though a
    word of taking part stands before it ("депутаттар катышкан сессияда": the session's)."""
    words = _words_after_participle(tokens, k)
    return words is not None and any(governance_noun(w) for w in words[:_GROUP_NOUN_PLACES])


def _words_after_participle(tokens: Tokens, k: int) -> list[str] | None:
    """The words of the clause after token k when it is the participle of consisting
    ("турган"), case-folded; None when it is not."""
    if tokens[k].low != _CONSISTING_PARTICIPLE:
        return None
    return [tok.low for tok in tokens.clause_after(k + 1, CUE_REACH) if tok.kind == "word"]


def _group_noun(word: str) -> bool:
    """A group's noun in any form ("топ", "тобу", "бригадасы"), read by the morphology."""
    return any(r.stem in _SENT_GROUPS for r in morph.candidate_stems(word))


_GROUP_SUBJECTS = casefolded("group_subjects")


def _group_subject(tokens: Tokens, start: int) -> bool:
    """The bare noun of a group opening the count's sentence right before it ("Топ 27
    кишиден турду", "Группа состояла из 12 человек"): the group the text has just told of,
    who went or came; not a body named by its kind ("Демилгелүү топ 9 кишиден турат")."""
    k = start - 1
    while k >= 0 and tokens[k].kind == "word" and tokens[k].low in _GROUP_VERBS_BEFORE:
        k -= 1  # "Группа состояла из": the Russian verb and preposition
    return (
        k >= 0 and tokens[k].low in _GROUP_SUBJECTS and (k == 0 or ends_sentence_at(tokens, k - 1))
    )


_GROUP_VERBS_BEFORE = casefolded("group_verbs_before")
