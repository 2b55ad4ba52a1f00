"""Numbers whose noun names people but that count something else: complaints ("350
обращений граждан"), a body's size ("30 депутаттан турган кеңеш"), votes for a
candidate (vote_targets.py), who organised or ran the
event ("Иш-чараны 5 уюм уюштуруп, ага 150 адам катышты"). Asked whatever the verb
(decide.PHRASE_RULES), and a habit's converb before a habit in the present ("312 окуучу
билим алып, 41 мугалим иштейт"); and how many are elected or selected, asked when no verb says
they take part (decide.UNKNOWN_STATUS_RULES)."""

from __future__ import annotations

from collections.abc import Callable

from ... import morph
from ...lexicon import load
from ...numbers import PARTITIVE_ENDINGS, Token, number_at
from .being import BEING_CLOSERS, closes_with_being, converbs_of_verbs, of_an_activity
from .clause_words import Stems
from .constants import (
    CLAUSE_CUTS,
    CUE_REACH,
    DASHES,
    OWNED_REACH,
    STANCE_GAP_MAX,
    STATUS_REACH,
)
from .counts_without_who import AMONG
from .existence import existence
from .kept_anyway import part_after_opener
from .listed import clause_before_a_part
from .negation import own_clause_bounds, own_clause_words, sentence_words
from .number_vetoes import registration_noun, registration_passed
from .phrase import Phrase, status_after, status_at, status_before
from .recipients import says_taking_part
from .rosters import said_as_habit
from .vetoes import (
    clause_has,
    counts_participants,
    cue_before,
    on_a_register,
    participant_group,
    voting_near,
)
from .words import (
    ENTRANT_LEMMAS,
    LEX,
    PARTICIPATION_STEMS,
    RESIDENT_LEMMAS,
    ROSTER_LEMMAS,
    SEAT_VERBS,
    UNIT_NOUNS,
    VOTING,
    Phrases,
    Tokens,
    WhoMatch,
    casefolded,
    ends_sentence_at,
    folded_stems,
    possessed_in_a_case,
    who_at,
)

_COMPLAINT_STEMS = folded_stems("complaint_stems") + folded_stems("events_counted_stems")
_DECISION_VOTES = Phrases(LEX["decision_vote_after"])
_DECISION_BODY = frozenset(LEX["decision_body_lemmas"])
_VOTE_STANCE = Phrases(LEX["vote_stance_after"])
_STANCE_VERBS = casefolded("vote_stance_verbs")
# What may stand between a count and its stance: a quote mark, a dash ("«за»", "— против")
_QUOTE_MARKS = frozenset('«»"“”„')
_STANCE_MARKS = _QUOTE_MARKS | DASHES
_DECISION_VOTE_BEFORE = casefolded("decision_vote_before")
_ORGANIZER_VERBS = casefolded("organizer_verbs")
_ORGANIZER_PHRASES = Phrases(LEX["organizer_phrases"])
_OBJECT_PREPOSITIONS = casefolded("object_prepositions")
_REPORTED_EXISTENCE = casefolded("reported_existence_words")
_REPORTED_HABITS = casefolded("reported_existence_forms")
_REPORTED_HABITS_ADJACENT = casefolded("reported_existence_forms_adjacent")
_REPORTED_COPULA = casefolded("reported_copula_words")
# What closes an existence verb's clause inside its sentence: a comma, a colon (a list or
# an account follows: "Окшош эки айыл аймагы бар: ...").
_CLAUSE_CLOSERS = (",", ":")
# A word of these stands in every clause `_clause_closes_with_existence` finds so.
_EXISTENCE_CLOSING = (
    BEING_CLOSERS | SEAT_VERBS | _REPORTED_EXISTENCE | _REPORTED_HABITS | _REPORTED_HABITS_ADJACENT
)
# (held liable, `liability_words`, is a penalty: their dative words as stems)
_PENALTY_STEMS = folded_stems("penalty_stems") + folded_stems("liability_words")
_PENALTY_OPENS = Stems(_PENALTY_STEMS)
# The Russian preposition of having right before a count of people (lexicon
# `owner_prepositions_ru`: "у одного депутата", "у 35 фермеров"; acc60).
_OWNER_PREPOSITIONS_RU = casefolded("owner_prepositions_ru")
# ... but an event held for them names whom it was held for ("у 30 школьников прошла
# встреча с писателем"): an event verb (events.yaml `event_verbs`, their first words as
# stems, `event_verbs_whole` whole) or a one-word event kind (`kinds`, stems) in the
# count's own clause (fix59)
_EVENTS_LEX = load("events")
_EVENT_WORD_OPENS = Stems(
    sorted(
        {
            *(verb.split()[0].casefold() for verb in _EVENTS_LEX["event_verbs"]),
            *(
                stem.casefold()
                for stems in _EVENTS_LEX["kinds"].values()
                for stem in stems
                if " " not in stem
            ),
        }
    )
)
_EVENT_VERBS_WHOLE = frozenset(w.casefold() for w in _EVENTS_LEX["event_verbs_whole"])
_RAISING_AFTER = folded_stems("raising_stems_after")
_RAISING_BEFORE = folded_stems("raising_stems_before")
# What ends a register's clause inside a sentence ("... киргизилген, алардын ..."):
# `CLAUSE_CUTS`; a colon there opens the list's account, no clause of its own.
_REGISTER_PEOPLE = frozenset(LEX["register_people_lemmas"])


def complaints_counted(tokens: Tokens, p: Phrase) -> bool:
    """ "поступило 350 обращений граждан", "проведено 15 сходов граждан": the number
    counts the complaints or events, and the people named after them only own them; and
    people in the genitive right before a complaint they own ("айылдан келген 40ка жакын
    тургундун кайрылуусу угулду", "30 жарандын даттануусу каралды"): whose the complaint
    is, even when a participle says they came."""
    if any(
        tokens[j].low.startswith(_COMPLAINT_STEMS) for j in range(p.reading.after, p.head.first)
    ):
        return True
    return (
        p.head.ending.case == "genitive"
        and p.end == p.head.last
        and p.end < len(tokens)
        and tokens[p.end].low.startswith(_COMPLAINT_STEMS)
    )


def decision_votes(tokens: Tokens, p: Phrase) -> bool:
    """ "Токтом 12 депутаттын макулдугу менен кабыл алынды", "3 депутат калыс калды",
    "4 депутата воздержались": a body's members (decision_body_lemmas) voting on a
    decision, said right after the counted noun, are its votes; anyone else who voted
    took part (EVALUATION: people who voted count): "Референдумда 1 200 жаран добуш
    беришти", "200 учащихся проголосовали онлайн". Russian may say the verb first: "За
    принятие бюджета проголосовали 25 депутатов" (the verb right before the count).
    Anyone's stance said right after them (`vote_stance_after`, past a quote mark, a dash
    or the verb of voting) in a sentence of voting is a vote too: "Ачык добуш берүүдө 150
    тургун «макул», 12си «каршы» болду", "40 жителей проголосовали «за»"."""
    if p.head.entry.lemma in _DECISION_BODY:
        before = p.start > 0 and tokens[p.start - 1].low in _DECISION_VOTE_BEFORE
        if before or _DECISION_VOTES.at(tokens, p.end) > 0:
            return True
    return _stance_at(tokens, p.start, p.end)


def part_voted(tokens: Tokens, first: int, last: int) -> bool:
    """ "сессияга катышкан 15 депутаттын 13ү «макул» деп добуш берип": a part of a whole
    (tokens [first, last)) whose stance in a vote follows it, in a sentence of voting, is
    a vote tally, though a verb of taking part stands before its whole."""
    return _stance_at(tokens, first, last)


def _stance_at(tokens: Tokens, start: int, end: int) -> bool:
    """A stance in a vote (`vote_stance_after`) right after the count [start, end), past a
    quote mark, a dash, the verb of voting or of a stance ("высказались"), with a word of
    voting near it."""
    j = end
    while j < min(len(tokens), end + STANCE_GAP_MAX) and (
        tokens[j].text in _STANCE_MARKS or tokens[j].low in VOTING or tokens[j].low in _STANCE_VERBS
    ):
        j += 1
    if _VOTE_STANCE.at(tokens, j) <= 0:
        return False
    return voting_near(tokens, start, end)


# What labels a tally's row: a dash or a colon between a stance and its number.
_TALLY_LABEL_MARKS = DASHES | frozenset(":")


def vote_tally_row(tokens: Tokens, first: int) -> bool:
    """ "Голосовали: «за» — 16, «против» — нет, «воздержался» — 1", "Добуш берүүнүн
    жыйынтыгы: макул – 18, каршы – 2": a number with no noun labelled by a stance in a
    vote (`vote_stance_after`, its quote marks, then a dash or a colon right before the
    number at token `first`) is a tally of votes on a decision, no row of a count before
    it (participants.vote_tally_row; round 43)."""
    k = first - 1
    if k < 1 or tokens[k].text not in _TALLY_LABEL_MARKS:
        return False
    k -= 1
    while k > 0 and tokens[k].text in _QUOTE_MARKS:
        k -= 1
    return _VOTE_STANCE.ending_at(tokens, k + 1) > 0


def organizers(tokens: Tokens, p: Phrase) -> bool:
    """ "Иш-чараны 5 уюм уюштуруп, ага 150 адам катышты", "Семинарды 3 адис алып барды":
    a verb of organising or running right after the counted noun (its subject); or an
    organising participle right before the count ("организованном 3 министерствами").
    Not "Аким 50 тургун менен жолугушуу өткөрдү" (met with them), "для 40 женщин", nor
    a count after a preposition of whom it was for or with ("Для 40 учителей провели
    семинар")."""
    start = p.reading.start
    if start and tokens[start - 1].low in _OBJECT_PREPOSITIONS:
        return False
    if p.start and tokens[p.start - 1].low in _ORGANIZER_VERBS:
        return True
    return p.end < len(tokens) and _organizer_at(tokens, p.end)


def _organizer_at(tokens: Tokens, j: int) -> bool:
    return tokens[j].low in _ORGANIZER_VERBS or bool(_ORGANIZER_PHRASES.at(tokens, j))


_CHOSEN_STEMS = folded_stems("chosen_verb_stems")
_CHOSEN_OPENS = Stems(_CHOSEN_STEMS)
_NOT_CHOSEN = folded_stems("chosen_verb_not")
_APPOINTING_NOUNS = folded_stems("appointing_noun_stems")
_BACK_REFERENCES = casefolded("elected_back_references")
_ELECTED_CANDIDATES = frozenset(LEX["elected_candidate_lemmas"])
_ROLE_ENDINGS_RU = tuple(LEX["elected_role_endings_ru"])
_ROLE_AS = casefolded("elected_role_as")
_NOT_ROLE_AFTER = casefolded("elected_role_not_after_ru")
_NOMINATED_STEMS = folded_stems("nominated_stems")


def _nominated(tokens: Tokens, p: Phrase) -> bool:
    """A verb of nominating or registering right before the candidates or right after
    them ("выдвинуто 212 кандидатов", "45 талапкер көрсөтүлүп")."""
    before = p.start > 0 and _nominating(tokens, p.start - 1, -1)
    return before or (p.end < len(tokens) and _nominating(tokens, p.end, 1))


def _nominating(tokens: Tokens, k: int, away: int) -> bool:
    """A verb of nominating at token k, or the noun of registration there with a verb of
    passing on its side away from the candidates ("прошли регистрацию 6 кандидатов"; not
    "отменил регистрацию 3 кандидатов": no registration passed)."""
    if registration_noun(tokens[k]):
        return registration_passed(tokens, k, away)
    return tokens[k].low.startswith(_NOMINATED_STEMS)


def elected_or_selected(tokens: Tokens, p: Phrase) -> bool:
    """ "кеңешке 31 депутат шайланат", "16 муниципалитет тандалып алынды": how many
    are elected or selected, not who takes part (asked only when no verb says they
    take part)."""
    lemma = p.head.entry.lemma
    if lemma in ENTRANT_LEMMAS and lemma not in _ELECTED_CANDIDATES:
        return False  # "курултайга 420 делегат шайланды": elected to take part
    if lemma in _ELECTED_CANDIDATES and _nominated(tokens, p):
        return False  # nominated: the election's entrants
    if _elected_as_entrants(tokens, p):
        return False  # "делегатами выбраны 240 человек": elected to take part

    if tokens.words_after(p.end, STATUS_REACH).starts(_CHOSEN_OPENS) and _chosen_whole(
        tokens, p.end, _chosen
    ):
        return True
    if _appointing_noun_before(tokens, p):
        return True  # "Назначение 5 новых руководителей": the noun's object (left65)
    if lemma in _ELECTED_CANDIDATES:
        # candidates: the verb right before them ("избраны 12 кандидатов"), not a word
        # of their election ("дайындалган шайлоого бир талапкер катталып")
        return p.start > 0 and _chosen(tokens[p.start - 1])
    # Russian says it before: "В совет избраны 21 депутат"
    return tokens.words_before(p.start, CUE_REACH - 1).starts(_CHOSEN_OPENS) and cue_before(
        tokens, p.start, _chosen
    )


def _appointing_noun_before(tokens: Tokens, p: Phrase) -> bool:
    """The verbal noun of appointing (`appointing_noun_stems`) right before the count, its
    qualifier included: the count is its object, the people appointed ("Назначение 5
    новых руководителей"); not a count after the noun's own object ("назначению пенсий 40
    инспекторов")."""
    start = p.reading.start
    return start > 0 and tokens[start - 1].low.startswith(_APPOINTING_NOUNS)


def _chosen(tok: Token) -> bool:
    """A verb of choosing ("избраны", "шайланды"), not one of its look-alikes."""
    return tok.low.startswith(_CHOSEN_STEMS) and not tok.low.startswith(_NOT_CHOSEN)


def elected_beyond_clause(tokens: Tokens, p: Phrase) -> bool:
    """ "В совет избраны 25 депутатов, а позже учебу пройдут 60 старост": a verb
    of choosing in the count's own clause (negation.own_clause's cut) and no verb of
    taking part there; the verb of taking part found past its comma is another clause's
    (round 50): the elected are how many were elected, as `elected_or_selected` reads
    them. Not "Избранные 40 депутатов приняли участие в сессии" (its own clause says
    they took part), nor a clause after the comma opened by a word referring back to them
    (lexicon `elected_back_references`: "избраны 25 депутатов, которые приняли участие",
    "шайланды, алар сессияга катышты")."""
    if not sentence_words(tokens, p).starts(_CHOSEN_OPENS):
        return False  # (none in its sentence, of which the own clause is a part)
    first, last = own_clause_bounds(tokens, p)
    own = [*range(first, p.start), *range(p.end, last)]
    if not any(_chosen(tokens[k]) for k in own):
        return False
    if any(status_at(tokens, k) is not None for k in own):
        return False
    if last + 1 < len(tokens) and tokens[last + 1].low in _BACK_REFERENCES:
        return False  # "избраны 25 депутатов, которые (они) приняли участие": said of them
    return elected_or_selected(tokens, p)


def _chosen_whole(tokens: Tokens, end: int, chosen: Callable[[Token], bool]) -> bool:
    """A verb of choosing after the count (token `end` on) is the count's, unless a part's
    owner opens the clause after its comma ("участвовали главы 13 айыл окмоту, из них
    четверо назначены в этом году", "20 депутат катышты, алардын 5и быйыл шайланган"):
    that verb is the part's (round 49); the whole stays who took part."""
    own = clause_before_a_part(tokens, end)
    if own is not None:
        return any(map(chosen, own))
    return clause_has(tokens, end, chosen)


def _elected_as_entrants(tokens: Tokens, p: Phrase) -> bool:
    """People elected as a noun of taking part says, beside them in its clause
    ("делегатами выбраны 240 человек", "85 тургун делегат болуп шайланды"): entrants,
    as "420 делегат шайланды" are; not candidates elected (office-holders)."""
    before = range(p.start - 1, max(-1, p.start - CUE_REACH), -1)
    after = range(p.end, min(len(tokens), p.end + STATUS_REACH))
    for side in (before, after):
        for k in side:
            if ends_sentence_at(tokens, k):
                break
            role = who_at(tokens, k)
            if role is not None and role.entry.lemma in ENTRANT_LEMMAS and _as_role(tokens, role):
                return role.entry.lemma not in _ELECTED_CANDIDATES
    return False


def _as_role(tokens: Tokens, role: WhoMatch) -> bool:
    """The noun says the role they are elected to: in the Russian instrumental with no
    preposition before it ("с делегатами": with them), or before Kyrgyz "болуп" (lexicon
    elected_role_endings_ru, elected_role_not_after_ru, elected_role_as)."""
    if role.last - role.first == 1 and tokens[role.first].low.endswith(_ROLE_ENDINGS_RU):
        return not role.first or tokens[role.first - 1].low not in _NOT_ROLE_AFTER
    return role.last < len(tokens) and tokens[role.last].low in _ROLE_AS


def existence_clause(tokens: Tokens, p: Phrase) -> bool:
    """ "Мектепте 480 окуучу билим алат, алардын 60ы ... келет", "Окшош эки айыл аймагы
    бар: ...": the count's clause closes with a verb of what there is (a habit, a state)
    before a comma or a colon, or reported ("6 миң окуучу окуй турганын", round 28),
    and no verb of taking part stands before it; the verb of a clause after it is not
    the count's. Not a part after "алардын арасында" (its total's), nor a list of
    counts sharing one verb ("9 айыл өкмөтү, 24 айыл бар")."""
    # the clause first: most counts' clauses close otherwise, and it is the cheaper test
    if not _clause_closes_with_existence(tokens, p):
        return False
    return not (
        participant_group(tokens, p) or counts_participants(p) or part_after_opener(tokens, p)
    )


def _clause_closes_with_existence(tokens: Tokens, p: Phrase) -> bool:
    """The count's clause closes with a verb of `existence_verbs` before a comma or a
    colon (no count right after it), or with a reported habit (`reported_existence_words`
    after its verb, or the verb's own reported form, `reported_existence_forms`: "7 400дөн
    ашык адам жашаарын"), with no status verb between."""
    if not tokens.words_after(p.end, STATUS_REACH).has(_EXISTENCE_CLOSING):
        return False  # (the loop below reads only that clause)
    last: str | None = None
    before: str | None = None
    for j in range(p.end, min(len(tokens), p.end + STATUS_REACH)):
        tok = tokens[j]
        if ends_sentence_at(tokens, j):
            return False  # the sentence's own last verb: vetoes.existence reads it
        if tok.text in _CLAUSE_CLOSERS:
            if j + 1 < len(tokens) and tokens[j + 1].kind == "num":
                return False
            return (
                closes_with_being(
                    last,
                    p.head.entry.lemma,
                    before,
                    habit=of_an_activity(before) and said_as_habit(tokens, p),
                )
                and status_after(tokens, p.end, j - p.end) is None
            )
        if tok.kind == "word":
            if tok.low in _REPORTED_HABITS or (
                j == p.end and tok.low in _REPORTED_HABITS_ADJACENT
            ):  # "7 400дөн ашык адам жашаарын" (round 43), "400 кызматчы иштерин"
                return status_after(tokens, p.end, j - p.end) is None
            if tok.low in _REPORTED_COPULA and closes_with_being(last, p.head.entry.lemma, before):
                # "16 айыл аймагы бар экенин": what there is, reported (round 44)
                return status_after(tokens, p.end, j - p.end) is None
            if tok.low in _REPORTED_EXISTENCE and last is not None:
                # a reported habit closes its clause ("6 миң окуучу окуй турганын")
                return (
                    not last.startswith(PARTICIPATION_STEMS)
                    and status_after(tokens, p.end, j - p.end) is None
                )
            last, before = tok.low, last
    return False


def people_own_a_thing(tokens: Tokens, p: Phrase) -> bool:
    """ "аким жаңы имарат 1 200дөн ашык тургундун көйгөйүн чечкенин белгиледи": people in
    the genitive before a thing they own in another case (their problem, their homes;
    a few modifiers may stand between), with no verb that says they take part, are
    whose the thing is, not who came. Not before their taking part ("50 тургундун
    катышуусу менен"), nor before people or units they own ("12 айылдын өкүлдөрү",
    `owns_no_people` reads units' chains)."""
    if p.head.ending.case != "genitive" or p.head.entry.lemma in UNIT_NOUNS:
        return False
    if p.end > p.head.last:
        return False
    for j in range(p.end, min(len(tokens), p.end + OWNED_REACH)):
        tok = tokens[j]
        if tok.kind != "word" or ends_sentence_at(tokens, j):
            return False
        if tok.low.startswith(PARTICIPATION_STEMS) or who_at(tokens, j) is not None:
            return False
        if tok.low in AMONG:
            return False  # "эки талапкердин ичинен": from among them, no thing (round 41)
        if possessed_in_a_case(tok.low):
            return True  # (after its modifiers: "тургундун көптөн берки көйгөйүн")
    return False


def people_have_ru(tokens: Tokens, p: Phrase) -> bool:
    """ "Теперь у одного депутата по восемь участков", "у 35 фермеров нет своей техники":
    the Russian preposition of having right before the count (its qualifier included: "у
    более 30 фермеров"), with no verb of taking part: the people who have or lack what
    the clause tells of, whose it is, not who came (the Russian of `people_own_a_thing`;
    acc60). A verb of taking part keeps the count before this is asked; so does a word of
    taking part elsewhere in its sentence, a participle or a noun ("у 25 фермеров,
    участвовавших в ярмарке, ...", "у 12 школьников, принявших участие в олимпиаде":
    who took part, whatever they have; `recipients.says_taking_part`, revfix60); nor an
    event verb or an event kind in its own clause ("у 30 школьников прошла встреча с
    писателем": whom the event was held for; fix59)."""
    if p.start == 0 or tokens[p.start - 1].low not in _OWNER_PREPOSITIONS_RU:
        return False
    if says_taking_part(tokens, p):
        return False
    words = own_clause_words(tokens, p)
    return not (words.starts(_EVENT_WORD_OPENS) or words.has(_EVENT_VERBS_WHOLE))


def penalised(tokens: Tokens, p: Phrase) -> bool:
    """ "Өткөн жылы 112 малчы кечигип, айып пул төлөгөн", "оштрафованы 15 водителей":
    people fined or punished (a penalty's stem in the count's clause, after it or right
    before it), with no verb of taking part: whom a body sanctioned, not who came."""
    if p.start and tokens[p.start - 1].low.startswith(_PENALTY_STEMS):
        return True
    return tokens.words_after(p.end, STATUS_REACH).starts(_PENALTY_OPENS)


def registered_whole(tokens: Tokens, p: Phrase) -> bool:
    """ "Шайлоочулардын тизмесине 11 842 жаран киргизилген, алардын 5 306сы добуш берүүгө
    катышты": voters or citizens on a list, with no verb of taking part in their own clause (up to a
    comma); the verb after the comma is the part's, who took part, not the whole's. A
    verb of taking part right before the count is its own ("В голосовании приняли участие
    3 412 избирателей из 7 980 внесенных в списки": the list is the whole's after it)."""
    if p.head.entry.lemma not in _REGISTER_PEOPLE:
        return False
    if status_before(tokens, p.reading.start) is not None:
        return False
    clause = tokens.clause_after(p.end, STATUS_REACH)
    own = next((n for n, tok in enumerate(clause) if tok.text in CLAUSE_CUTS), len(clause))
    if own == len(clause) or status_after(tokens, p.end, own) is not None:
        return False
    return on_a_register(tokens, p)


_POPULATION_CHANGE = Stems(folded_stems("population_change_stems"))


def population_said(tokens: Tokens, p: Phrase) -> bool:
    """ "У нас 11 тысяч жителей", "у села 900 жителей", "Город вырос до 54 тысяч
    жителей": residents (resident_lemmas) owned by "у" and a word right before the count,
    or a word of growing or falling shortly before it, with no verb of taking part (asked
    only then): a town's population."""
    if p.head.entry.lemma not in RESIDENT_LEMMAS:
        return False
    start = p.reading.start
    if (
        start >= 2
        and tokens[start - 2].low in _OWNER_PREPOSITIONS_RU
        and tokens[start - 1].kind == "word"
    ):
        return True
    return tokens.words_before(start, CUE_REACH - 1).starts(_POPULATION_CHANGE)


def raised_children(tokens: Tokens, p: Phrase) -> bool:
    """ "Алар беш баланы тарбиялап", "воспитывают пятерых детей": the children a family
    raises (the counted noun in the accusative right before a verb of raising, or the
    Russian verb right before the count) are its own, not who took part."""
    if (
        p.head.ending.case == "accusative"
        and p.end < len(tokens)
        and tokens[p.end].low.startswith(_RAISING_AFTER)
    ):
        return True
    first = p.reading.start
    return first > 0 and tokens[first - 1].low.startswith(_RAISING_BEFORE)


_POPULATION_BEFORE = casefolded("population_before")
_POPULATION_REACH: int = LEX["population_reach"]
_YEAR_ABBREVIATIONS = casefolded("year_abbreviations")
_DIGIT_KINDS = ("num", "code")  # "2022 г.", "01.04.2022 г."


def population_as_of(tokens: Tokens, p: Phrase) -> bool:
    """A population's noun further back in the sentence, a day's date maybe between it and
    the count: "калктын саны 2023-жылдын 1-январына карата 9 874 адам", "Численность
    населения на 01.04.2022 г. – 5 706 человек" (the dot of the year's "г." before the
    count is no sentence's end here: the count is the date's value). Not entrants, nor a
    count a verb of taking part stands right before."""
    if p.head.entry.lemma in ENTRANT_LEMMAS or status_before(tokens, p.start) is not None:
        return False
    start = p.start
    for j in range(start - 1, max(-1, start - 1 - _POPULATION_REACH), -1):
        if tokens[j].low in _POPULATION_BEFORE:
            return True
        if j in tokens.breaks and not (
            j >= 2
            and tokens[j - 1].low in _YEAR_ABBREVIATIONS
            and tokens[j - 2].kind in _DIGIT_KINDS
        ):
            return False
    return False


_WINNER_STEMS = folded_stems("winner_stems")
_WINNER_OPENS = Stems(_WINNER_STEMS)


def winners_before_part(tokens: Tokens, p: Phrase) -> bool:
    """ "67 муниципалитет ушундай гранттарды алып, 58и долбоорлорун аяктаган": the count's
    own clause, to its comma, names a grant or a win (`winner_stems`) and the next clause
    opens with a part of it (a number with the possessive ending): the later verb is the
    part's, and the whole are winners or recipients (round 44)."""
    if not tokens.words_after(p.end, STATUS_REACH).starts(_WINNER_OPENS):
        return False  # (the loop below reads only that clause: no win, no part's)
    won = False
    for j in range(p.end, min(len(tokens) - 1, p.end + STATUS_REACH)):
        tok = tokens[j]
        if ends_sentence_at(tokens, j):
            return False
        if tok.text == ",":
            part = number_at(tokens, j + 1) if won else None
            return part is not None and part.ending in PARTITIVE_ENDINGS
        won = won or (tok.kind == "word" and tok.low.startswith(_WINNER_STEMS))
    return False


# The converbs of the verbs of taking part that are also a habit (`forms: past`).
_HABIT_CONVERBS = Phrases(converbs_of_verbs("past"))


# The Kyrgyz present-future ("иштейт", "берет", "жатат"): a sentence closed by it tells
# what is usual, or what is going on now (the progressive "алып жатат").
_PRESENT_ENDINGS = morph.variants("present")


def converb_of_habit(tokens: Tokens, p: Phrase) -> bool:
    """ "Азыр мектепте 312 окуучу билим алып, 41 мугалим иштейт", "... 312 окуучу билим
    алып жатат": the count's verb is the converb of a verb that is also a habit ("билим
    ал", "үйрөн"), and the verb closing the sentence, which gives it its tense, says what
    there is (`existence_verbs`) or is in the present: the school's roster, not who took
    part ("... билим алып, сертификат алышты" took part)."""
    if not _HABIT_CONVERBS.at(tokens, p.end):
        return False
    if existence(tokens, p):
        return True
    sentence = tokens.clause_after(p.end, STATUS_REACH)
    closed = p.end + len(sentence) in tokens.breaks
    words = [tok.low for tok in sentence if tok.kind == "word"]
    return closed and bool(words) and words[-1].endswith(_PRESENT_ENDINGS)


_AGE_COMPARATIVES = casefolded("age_comparatives")


def roster_by_age(tokens: Tokens, p: Phrase) -> bool:
    """ "всего в айылных кенешах района 213 мандатов, и 61 депутат моложе 35 лет": a
    body's members (`roster_lemmas`), a comparative of age and a number right after
    their noun, with no verb of taking part (asked only then): how many of them are that
    young, the body's make-up; not participants by age ("Среди участников ... 187
    слушателей моложе 30 лет": a part of who took part), nor members a verb of taking
    part earlier in the sentence governs."""
    k = p.end
    return (
        p.head.entry.lemma in ROSTER_LEMMAS
        and k + 1 < len(tokens)
        and tokens[k].low in _AGE_COMPARATIVES
        and tokens[k + 1].kind == "num"
        and not _taking_part_earlier(tokens, p)
    )


def _taking_part_earlier(tokens: Tokens, p: Phrase) -> bool:
    """A verb of taking part earlier in the count's sentence governs its list ("В сессии
    участвовали 20 депутатов, 7 депутатов моложе 35 лет": 7 of who took part)."""
    before = tokens.clause_before(p.start, STATUS_REACH)
    first = p.start - len(before)
    return any(status_at(tokens, k) is not None for k in range(first, p.start))
