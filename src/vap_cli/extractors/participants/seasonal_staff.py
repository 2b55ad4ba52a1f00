"""Staff drawn in for a season of an institution's work ("жайкы сезонго 15 тарбиячы
тартылды", "на летний сезон привлечены 6 воспитателей"): a camp's or a kindergarten's
staff engaged, its roster as the hired are, not who take part; staff drawn into an
event its clause names take part ("Сезонго даярдык үчүн жыйынга 20 мугалим тартылды";
events lexicon, as event_words reads it) (asked by
recipients.hired_staff for an institution's staff; lexicon season_stems,
season_preposition_ru, engaging_stems; left57). Also staff whose hiring only describes
them, a participle, in a clause that names an event ("Жумушка жаңы келген 12 мугалим
менен жолугушуу болду": a meeting they take part in; `described_at_event`, revfixl57)."""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph
from ...lexicon import load
from ...numbers import Token
from .admitted import DATIVE_ENDINGS
from .event_words import event_words
from .words import casefolded, folded_stems

_SEASON_STEMS = folded_stems("season_stems")
_SEASON_PREPOSITIONS = casefolded("season_preposition_ru")
_ENGAGING_STEMS = folded_stems("engaging_stems")
# A postposition of a time limit after the dative ("мезгилге чейин": up to this time;
# dates.yaml range_to_words) makes the noun no season the staff are drawn in for.
_UP_TO = frozenset(word.casefold() for word in load("dates")["range_to_words"])
# The Kyrgyz participle ("келген", "алынган") and a Russian full one ("принятые").
_PARTICIPLE_ENDINGS = morph.variants("participle") + morph.russian_adjective_endings()
# How many words before the season's noun its Russian preposition may stand ("на летний
# сезон": one adjective between).
_PREPOSITION_REACH = 2


def engaged_for_a_season(before: Sequence[Token], clause: Sequence[Token]) -> bool:
    """The count's own clause (`clause`) has a verb of drawing in, and the words before
    the count in it (`before`) a noun of a season in the Kyrgyz dative or after the
    Russian preposition of purpose; no kind word of an event in the clause."""
    if not any(tok.kind == "word" and tok.low.startswith(_ENGAGING_STEMS) for tok in clause):
        return False
    if event_words(clause):
        return False  # drawn into an event: they take part
    return any(_for_a_season(before, n) for n in range(len(before)))


def _for_a_season(words: Sequence[Token], n: int) -> bool:
    tok = words[n]
    if tok.kind != "word" or not tok.low.startswith(_SEASON_STEMS):
        return False
    if tok.low.endswith(DATIVE_ENDINGS):
        # "Ушул мезгилге чейин долбоорго 40 мугалим тартылды": up to now (revfixl57)
        return n + 1 >= len(words) or words[n + 1].low not in _UP_TO
    reach = words[max(0, n - _PREPOSITION_REACH) : n]
    return any(w.low in _SEASON_PREPOSITIONS for w in reach)


def described_at_event(phrase: Sequence[Token], clause: Sequence[Token]) -> bool:
    """A word of the phrase of hiring (`phrase`, its tokens) is a participle, the Kyrgyz
    one or a Russian full one ("жумушка келген", "ишке кабыл алынган", "принятые на
    работу"): the hiring describes the staff, and a kind word of an event in the count's
    clause (`clause`) is what they do ("... келген 12 мугалим үчүн семинар өттү"): they
    take part, not hired. A finite verb of hiring ("жумушка келди") is the clause's own."""
    if not any(tok.low.endswith(_PARTICIPLE_ENDINGS) for tok in phrase):
        return False
    return bool(event_words(clause))
