"""Counts that a veto of a status-less count would drop, kept by what stands around
them: voters an event was for or with ("Для 40 избирателей провели семинар"), and a
part right after the opener of a total's rows ("..., анын ичинде 30дан ашык эл",
"..., алардын арасында 120 кыз бар"; or after where it came from: "Алардын ичинде
алыскы айылдардан 40ка жакын жаш болду"), which rows.owned_rows_without_total keeps only
when its total is kept. Asked by decide.count_at after the veto held."""

from __future__ import annotations

from ...explain import Rule
from ...models import Status
from ...numbers import Token
from . import rules
from .admitted import DATIVE_ENDINGS, admitted_to_programme
from .clause_words import Stems
from .constants import CUE_TOKENS_BEFORE, DASHES, ELLIPTIC_REACH, STATUS_REACH
from .counts_without_who import AMONG, OPENERS
from .event_words import event_words
from .existence import going_verb_closes
from .phrase import Phrase, qualifier_before, status_at, status_before
from .place_between import status_over_place
from .russian_parts import count_ending_at
from .vetoes import VOTERS, clause_has, cue_before
from .words import (
    ENTRY_LEMMAS,
    LEX,
    MEASURE_FORMS,
    PART_OWNERS,
    ROW_JOINERS,
    Phrases,
    Tokens,
    casefolded,
    ends_sentence_at,
    folded_stems,
    hyphen_in_name,
    noun_ending_case,
    who_at,
)

_MET_PREPOSITIONS = casefolded("voters_met_prepositions")
_MET_POSTPOSITIONS = casefolded("voters_met_postpositions")
_EVENT_STEMS = folded_stems("events_counted_stems") + folded_stems("voters_met_event_stems")
_EVENT_VERBS = casefolded("organizer_verbs")
_EVENT_OPENS = Stems(_EVENT_STEMS)
# How many parts of one list are walked back to find its opener.
MAX_PARTS = 8
# The vetoes a part right after an opener is kept despite: its noun needs a verb (its
# total's is theirs), or its clause says what there is ("алардын арасында 120 кыз бар").
_PART_VETOES = frozenset((rules.NEEDS_VERB, rules.EXISTENCE))


def kept_despite(tokens: Tokens, p: Phrase, veto: Rule) -> Rule | None:
    """The rule that keeps a count the `veto` holds for, or None to drop it."""
    if veto is rules.NEEDS_VERB and voters_met(tokens, p):
        return rules.VOTERS_MET
    if veto is rules.NEEDS_VERB and entries_reviewed(tokens, p):
        return rules.ENTRIES_REVIEWED
    if veto is rules.NEEDS_VERB and entries_won_from(tokens, p):
        return rules.ENTRIES_WON_FROM
    # (among those taking part first: "Катышуучулар ... . Алардын ичинде 40 аял бар" opens
    # with an opener too, whose total is the sentence before's noun, no count; round 63)
    if veto in _PART_VETOES and among_participants(tokens, p):
        return rules.PART_AMONG_PARTICIPANTS
    if veto in _PART_VETOES and part_after_opener(tokens, p):
        return rules.PART_AFTER_OPENER
    if veto is rules.NEEDS_VERB and admitted_to_programme(tokens, p):
        return rules.ADMITTED_TO_PROGRAMME
    if veto is rules.EXISTENCE and going_verb_closes(tokens, p) and going_to_event(tokens, p):
        return rules.GOING_TO_EVENT
    return None


_GOAL_PRONOUNS = casefolded("event_goal_pronouns")


def going_to_event(tokens: Tokens, p: Phrase) -> bool:
    """ "Райондук спартакиадага 4 команда барат", "олимпиада өтөт, ага биздин мектептен 6
    окуучу барат", "Айылдан 12 спортчу мелдешке кетет": a kind word of the events lexicon
    (read by the events extractor's own matcher) in the count's sentence, before the count
    in the dative or followed by "ага"/"анда" (`event_goal_pronouns`) in the count's clause,
    or after the count in the dative up to the verb (Kyrgyz puts the goal there), names
    where they go: taking part, no habit. Not "Семинарда айтылгандай, мектепке 300 бала
    барат" (the seminar is no goal; review41)."""
    before = tokens.clause_before(p.start, STATUS_REACH)
    for named, after in event_words(before):
        if before[named].low.endswith(DATIVE_ENDINGS):
            return True  # "спартакиадага"
        comma = max((m for m, tok in enumerate(after) if tok.text == ","), default=-1)
        if any(tok.low in _GOAL_PRONOUNS for tok in after[comma + 1 :]):
            return True  # "олимпиада өтөт, ага ..."
    following = tokens.clause_after(p.end, STATUS_REACH)
    comma = next((m for m, tok in enumerate(following) if tok.text == ","), len(following))
    following = following[:comma]  # up to the verb that closes the count's clause
    return any(following[named].low.endswith(DATIVE_ENDINGS) for named, _ in event_words(following))


_CONTEST = LEX["contest_entries"]
_JURY_STEMS = tuple(w.casefold() for w in _CONTEST["contest_stems"])
_JURY_OPENS = Stems(_JURY_STEMS)
_REVIEWING = tuple(tuple(w.casefold() for w in pair) for pair in _CONTEST["reviewing"])
_SELECTING = tuple(w.casefold() for w in _CONTEST["selecting"])


def entries_reviewed(tokens: Tokens, p: Phrase) -> bool:
    """Entries a contest's jury reviewed: a reviewing verb in their clause after them
    ("Калыстар тобу 14 долбоорду карап чыгып") or right before them ("Жюри рассмотрело
    30 заявок"), the jury or contest named before them in their sentence; or entries the
    jury, named after them in their sentence, selected from ("14 проектов, из которых
    жюри отобрало пять"; round 28)."""
    if p.head.entry.lemma not in ENTRY_LEMMAS:
        return False
    reviewed = (p.start > 0 and _reviewing_at(tokens, p.start - 1)) or _reviewing_after(
        tokens, p.end
    )
    jury_before = reviewed and tokens.words_before(p.start, CUE_TOKENS_BEFORE).starts(_JURY_OPENS)
    return jury_before or _selected_from(tokens, p.end)


def _selected_from(tokens: Tokens, k: int) -> bool:
    """A jury's word, then a verb of selecting, in the sentence from token k on
    (STATUS_REACH words at most): "14 проектов, из которых жюри отобрало пять"."""
    jury = False
    for j in range(k, min(len(tokens), k + STATUS_REACH)):
        if ends_sentence_at(tokens, j):
            return False
        jury = jury or _jury(tokens[j])
        if jury and tokens[j].low.startswith(_SELECTING):
            return True
    return False


_ENTRY_VERBS = Phrases(_CONTEST["verbs"])
_WINNER_STEMS = folded_stems("winner_stems")


def entries_won_from(tokens: Tokens, p: Phrase) -> bool:
    """Entries submitted (a verb of `contest_entries.verbs` right after them), a part of
    which then won, in their sentence ("Форумга 46 долбоор сунушталып, алардын ичинен 10у
    грант утуп алды", "поступило 30 заявок, из них 8 получили гранты"): the winning
    makes them a contest's entries, whatever the contest is called."""
    if p.head.entry.lemma not in ENTRY_LEMMAS:
        return False
    submitted = (p.end < len(tokens) and _ENTRY_VERBS.at(tokens, p.end)) or (
        p.start > 0 and _submitted_before(tokens, p.start)
    )
    if not submitted:
        return False
    part = False
    for j in range(p.end, min(len(tokens), p.end + STATUS_REACH)):
        if ends_sentence_at(tokens, j):
            return False
        tok = tokens[j]
        part = part or tok.low in PART_OWNERS
        if part and tok.kind == "word" and tok.low.startswith(_WINNER_STEMS):
            return True
    return False


def _submitted_before(tokens: Tokens, start: int) -> bool:
    """A verb of submitting ends right before token `start` ("поступило 30 заявок")."""
    return any(
        start - size >= 0 and _ENTRY_VERBS.at(tokens, start - size) == size for size in (1, 2)
    )


def _reviewing_after(tokens: Tokens, k: int) -> bool:
    """A reviewing verb in the sentence from token k on (STATUS_REACH words at most)."""
    for j in range(k, min(len(tokens), k + STATUS_REACH)):
        if ends_sentence_at(tokens, j):
            return False
        if _reviewing_at(tokens, j):
            return True
    return False


def _jury(tok: Token) -> bool:
    return tok.kind == "word" and tok.low.startswith(_JURY_STEMS)


def _reviewing_at(tokens: Tokens, k: int) -> bool:
    """A reviewing verb's words from token k ("карап чыкты", "рассмотрела")."""
    for pair in _REVIEWING:
        if not tokens[k].low.startswith(pair[0]):
            continue
        if len(pair) == 1 or (k + 1 < len(tokens) and tokens[k + 1].low.startswith(pair[1])):
            return True
    return False


def voters_met(tokens: Tokens, p: Phrase) -> bool:
    """ "Для 40 избирателей провели семинар", "Встреча с 30 избирателями прошла в Оше",
    "Депутат 50 шайлоочу менен жолугушуу өткөрдү": voters right after a preposition (or
    right before a postposition) of whom an event was for or with, the event named in
    their sentence; not "Участок с 1 500 избирателями открылся" (a register)."""
    start, end = p.start, p.end
    if p.head.entry.lemma not in VOTERS:
        return False
    before = start > 0 and tokens[start - 1].low in _MET_PREPOSITIONS
    after = end < len(tokens) and tokens[end].low in _MET_POSTPOSITIONS
    if not (before or after):
        return False
    clause, cue = (
        tokens.words_after(end, STATUS_REACH),
        tokens.words_before(start, CUE_TOKENS_BEFORE),
    )
    return (
        (clause.starts(_EVENT_OPENS) or clause.has(_EVENT_VERBS))
        and clause_has(tokens, end, _names_an_event)
    ) or (
        (cue.starts(_EVENT_OPENS) or cue.has(_EVENT_VERBS))
        and cue_before(tokens, start, _names_an_event)
    )


def _names_an_event(tok: Token) -> bool:
    return tok.kind == "word" and (tok.low.startswith(_EVENT_STEMS) or tok.low in _EVENT_VERBS)


# How far back, in tokens, the row before a gapped one may hold its count: the noun, a
# comma and the row's place ("1500 избирателей, в Ат-Башинском районе –").
GAPPED_ROW_REACH = 10


def gapped_row_status(tokens: Tokens, p: Phrase) -> Status | None:
    """A row of a list whose dash stands for the verb of the row before it: "в Кочкорском
    районе приняли участие 1500 избирателей, в Ат-Башинском – 1200 избирателей",
    "Кочкор районунан 30 депутат катышты, Ат-Башы районунан – 20 депутат". The same
    noun ends the row before it in its sentence, with a verb of taking part right before
    its count, before the place right before it (place_between.py) or, in Kyrgyz, after
    its noun; the row takes that verb's status (None: no such row)."""
    if p.start < 2 or tokens[p.start - 1].text not in DASHES:
        return None
    lemma = p.head.entry.lemma
    for j in range(p.start - 2, max(-1, p.start - 2 - GAPPED_ROW_REACH), -1):
        if ends_sentence_at(tokens, j):
            return None
        noun = who_at(tokens, j)
        count_start = count_ending_at(tokens, j - 1) if noun is not None else -1
        if noun is None or count_start < 0:
            continue
        comma = _comma_ending_row(tokens, noun.last, p.start - 1)
        if noun.entry.lemma != lemma or comma is None:
            return None
        first = count_start - qualifier_before(tokens, count_start)[1]
        return (
            status_before(tokens, first)
            or status_over_place(tokens, first)
            or _verb_of_row(tokens, noun.last, comma)
        )
    return None


_ROW_ENDS = frozenset(",;")
_ASIDES = frozenset("()")


def _comma_ending_row(tokens: Tokens, start: int, end: int) -> int | None:
    """The comma that ends the row before in tokens[start:end] (from its noun to the
    gapped row's dash), or None: no list ("17 депутат катышты (кеңештин курамы – 21
    депутат)": an aside in brackets is none)."""
    found = None
    for k in range(start, end):
        text = tokens[k].text
        if text in _ASIDES:
            return None
        if found is None and text in _ROW_ENDS:
            found = k
    return found


def _verb_of_row(tokens: Tokens, start: int, end: int) -> Status | None:
    """A Kyrgyz row's verb after its noun, before the comma that ends it ("Кочкор
    районунан 30 депутат катышты, Ат-Башы районунан – 20 депутат"): the first status
    phrase in tokens[start:end]."""
    for k in range(start, end):
        found = status_at(tokens, k)
        if found is not None:
            return found[1]
    return None


def part_after_opener(tokens: Tokens, p: Phrase) -> bool:
    """The count stands right after "анын ичинде", "алардын арасында", "в том числе", or
    after parts of its list that do ("анын ичинде 38 аял жана 21 жаш")."""
    start: int | None = p.start
    for _ in range(MAX_PARTS):
        if start is None:
            return False
        if OPENERS.ending_at(tokens, start) > 0 or _opener_before_source(tokens, start):
            return True
        if _opener_before_age(tokens, start):
            return True
        start = _part_before(tokens, start)
    return False


# How many tokens (words, and hyphens inside names) a source of the part may have
# between the opener and the count.
_SOURCE_WORDS = 8


# Those who take part, whose genitive before "арасында" opens a sentence of their parts.
_AMONG_OWNERS = folded_stems("among_owner_stems")
# ... and the pronoun that names them when they open the sentence before (lexicon
# `among_back_references`: "Алардын ичинде", after "Катышуучулар ...").
_AMONG_BACK_REFERENCES = casefolded("among_back_references")
# How far back from the count its sentence's opening may be (tokens): the sources and the
# other parts of a list between ("... Миң-Куш айылынан келген 12 волонтер жана ...").
_AMONG_OPENER_REACH = 32
# The opening's words: the owner, then "арасында".
_OPENER_WORDS = 2


def among_participants(tokens: Tokens, p: Phrase) -> bool:
    """ "Катышуучулардын арасында Чүйдөн 7 ардагер жана ... бар": the count's
    sentence opens with those who take part in the genitive (lexicon `among_owner_stems`)
    and "арасында" or "ичинде" (`among_words`): its counts are parts of them. Not a
    population ("Тургундардын арасында 20 ардагер бар"), nor such words later in the
    sentence than its opening, nor entries, which are no people and no part of them
    ("Делегаттардын арасында талкуу болуп, 5 долбоор сунушталды": `entry_lemmas`;
    revfixl54b)."""
    if p.head.entry.lemma in ENTRY_LEMMAS:
        return False
    before = tokens.clause_before(p.start, _AMONG_OPENER_REACH)
    first = p.start - len(before)
    if len(before) < _OPENER_WORDS or (first > 0 and first - 1 not in tokens.breaks):
        return False  # the sentence opens further back than the reach
    owner, among = before[0], before[1]
    if among.low not in AMONG:
        return False
    if owner.low in _AMONG_BACK_REFERENCES:
        return _after_participants_sentence(tokens, first)
    return owner.low.startswith(_AMONG_OWNERS) and noun_ending_case(owner.low) == "genitive"


def _after_participants_sentence(tokens: Tokens, first: int) -> bool:
    """The sentence before the one opening at token `first` opens with those who take part
    in the nominative (`among_owner_stems`: "Катышуучулар билимин жогорулатышат. Алардын
    ичинде Ат-Башы, Кочкор жана Жумгал райондорунан 30 мугалим бар"): the pronoun
    "алардын" there names them, so the count is a part of them (round 63). Not a noun of
    residents ("Тургундар ... Алардын арасында 20 ардагер бар": a population)."""
    end = first - 1  # the break that ends the sentence before
    j = end - 1
    while j >= 0 and j not in tokens.breaks:
        j -= 1
    opening = tokens[j + 1] if j + 1 < end else None
    return (
        opening is not None
        and opening.kind == "word"
        and opening.low.startswith(_AMONG_OWNERS)
        and noun_ending_case(opening.low) is None
    )


def _opener_before_source(tokens: Tokens, start: int) -> bool:
    """ "Алардын ичинде Алай менен Чоң-Алайдын алыскы айылдарынан 40ка жакын жаш болду":
    where the part came from, words ending in the ablative right before the count,
    stands between the opener and the count."""
    for k in _source_back(tokens, start):
        if tokens[k].kind != "word" and not hyphen_in_name(tokens, k):
            return False
        if OPENERS.ending_at(tokens, k) > 0:
            return True
    return False


# How many tokens an age before the count may have: "18-30 жаштагы" (a number, its dash,
# a number, the age's word).
_AGE_TOKENS = 4


def _opener_before_age(tokens: Tokens, start: int) -> bool:
    """ "анын ичинде 16-17 жаштагы 12 окуучу": the part's age (numbers, a dash between,
    and a measure's word of `measure_forms`, an age's as "жаштагы" or any other measure's)
    stands between the opener and the count, which is still the opener's part (round 61)."""
    k = start - 1
    if k < 1 or tokens[k].low not in MEASURE_FORMS:
        return False
    k -= 1
    while (
        k >= 0
        and start - k <= _AGE_TOKENS
        and (tokens[k].kind == "num" or tokens[k].text in DASHES)
    ):
        k -= 1
    return tokens[k + 1].kind == "num" and OPENERS.ending_at(tokens, k + 1) > 0


def _part_before(tokens: Tokens, start: int) -> int | None:
    """The number of the part joined by "," or "жана" right before the part at token
    `start` ("38 аял жана 21 жаш": of 21, 38), or None; the part's own source in the
    ablative between the joiner and its number is the part's ("Кара-Суудан 12, Ак-Жардан
    9 ата-эне": of 9, 12; left57)."""
    j = _before_own_source(tokens, start)
    if j < 1 or not (tokens[j].text == "," or tokens[j].low in ROW_JOINERS):
        return None
    j -= 1
    while j >= 0 and start - j <= ELLIPTIC_REACH and tokens[j].kind == "word":
        j -= 1
    return j if j >= 0 and tokens[j].kind == "num" else None


def _before_own_source(tokens: Tokens, start: int) -> int:
    """The token before the part at token `start`, or before the words of its own source
    when they stand right before it ("..., Ак-Жар айылынан 9": the comma): words ending in
    the ablative before the count, and the words of its name, up to `_SOURCE_WORDS`."""
    for k in _source_back(tokens, start):
        if tokens[k].text == "," or tokens[k].low in ROW_JOINERS:
            return k
        if tokens[k].kind != "word" and not hyphen_in_name(tokens, k):
            break
    return start - 1


def _source_back(tokens: Tokens, start: int) -> range:
    """The tokens before the count at token `start`, backwards, that may hold where it
    came from (up to `_SOURCE_WORDS`): none unless the word right before ends in the
    ablative."""
    j = start - 1
    if j < 0 or tokens[j].kind != "word" or noun_ending_case(tokens[j].low) != "ablative":
        return range(0)
    return range(j, max(-1, j - _SOURCE_WORDS), -1)
