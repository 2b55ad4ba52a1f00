"""Whether a number is a count of people taking part: an ordered list of named rules.

`count_at` reads the number's qualifiers and its who-noun (phrase.py), then tries the
vetoes in order (number_vetoes.py, vetoes.py); the first that holds names why the
number is dropped.
A status-less count ("unknown": no verb of taking part) must pass more vetoes, since
nothing says its people take part.
"""

from __future__ import annotations

from collections.abc import Callable

from ...explain import Rule
from ...models import Status
from ...numbers import PARTITIVE_ENDINGS, NumberMatch, NumberRange
from ...numbers.word_tables import RANGE_FROM
from . import (
    consisting,
    existence,
    listed,
    modality,
    negation,
    number_vetoes,
    partners,
    passives,
    ratios,
    recipients,
    rosters,
    rules,
    served,
    shared_rows,
    sources,
    tallies,
    vetoes,
    vital,
    vote_targets,
)
from .aid_units import units_of_aid_recipients
from .being import way_of_living
from .belonging import belonging_to
from .bodies import body_or_complaints, sized_beyond_clause
from .chances import chance_taken
from .collectives import collective_count
from .counts_without_who import agent_count, partitive_count, watched_after
from .generic import (
    contest_entries,
    entrants_were,
    generic_after_verb,
    generic_before_participle,
    generic_count,
    generic_owner_of_taking_part,
    inverted_count,
)
from .grade_kinds import grade_kind_owned
from .group_members import group_of_agents
from .kept_anyway import gapped_row_status, kept_despite
from .letters import letter_recipients
from .liability import held_liable
from .measures import age_said_of, age_with_age_noun, is_measure, object_of_participle
from .members import body_members
from .named import count_of_named_noun, named_as_taking_part, named_count_owner
from .number_vetoes import PARTITIVE_QUALIFIERS
from .outcome_predicate import outcome_predicate
from .phrase import (
    Found,
    Phrase,
    Reading,
    each_distributive,
    head_after,
    joined_status,
    mark_distributive,
    qualifier_before,
    qualify_after_noun,
    read_qualifiers,
    said_as_estimate,
    split_status,
    status_after,
    status_before,
    who_phrase,
)
from .place_between import status_over_place
from .prizes import prize_degree
from .referrals import sent_to_hospital
from .results import part_results, results
from .russian_parts import (
    part_of_named_whole,
    part_of_relative_antecedent,
    part_of_those_named,
)
from .their_number import number_of_those_before
from .unit_phrases import each_unit_opening, from_each, in_each, thing_of_units
from .war_service import went_to_war
from .words import Tokens

NumberVeto = Callable[[Tokens, NumberMatch], bool]
PhraseVeto = Callable[[Tokens, Phrase], bool]

# Numbers that are no count whatever follows them.
NUMBER_RULES: tuple[tuple[Rule, NumberVeto], ...] = (
    (rules.ARTICLE_OR_VAGUE, number_vetoes.article_or_vague),
    (rules.PHONE_NUMBER, number_vetoes.phone_like),
    (rules.COPYRIGHT_YEAR, number_vetoes.copyright_year),
    (rules.DATE_OR_DECIMAL, number_vetoes.date_or_decimal),
    (rules.IN_QUOTED_NAME, number_vetoes.in_quoted_name),
    (rules.DAY_OF_MONTH, number_vetoes.day_of_month),
    (rules.ITEM_NUMBER, number_vetoes.item_number),
)

# A number and its who-noun that still count no one taking part, in this order.
PHRASE_RULES: tuple[tuple[Rule, PhraseVeto], ...] = (
    (rules.HOSTS, vetoes.hosts),
    (rules.UNITS_COVERED, rosters.units_covered),
    (rules.HABIT_OF_PLACE, rosters.habit_of_place),
    (rules.OBJECT_OF_PARTICIPLE, lambda tokens, p: object_of_participle(tokens, p.reading.after)),
    (rules.CONVERB_OF_HABIT, tallies.converb_of_habit),
    (rules.WAY_OF_LIVING, way_of_living),
    (rules.DAILY_COMMUTE, rosters.daily_commute),
    (rules.HABITUAL_GATHERING, rosters.habitual_gathering),
    (rules.EXISTENCE, rosters.being_right_before),
    (rules.PARENT_OF_CHILDREN, vetoes.parent_of_children),
    (rules.RAISED_CHILDREN, tallies.raised_children),
    (rules.OWNS_NO_PEOPLE, vetoes.owns_no_people),
    (rules.THING_OF_UNITS, thing_of_units),
    (rules.WHOLE_OF_PART, number_vetoes.whole_of_part),
    (rules.HOST_OR_TARGET, vetoes.host_or_target),
    (rules.BELONGING_TO, belonging_to),
    (rules.ELECTION_OR_POPULATION, vetoes.election_or_population),
    (rules.BORN_OR_DIED, vital.born_or_died),
    (rules.HOST_PREPOSITION, rosters.host_preposition),
    (rules.ACROSS_UNITS, vetoes.across_units),
    (rules.OBLIGATION, modality.obligation),
    (rules.REPRESENTATION_NORM, ratios.representation_norm),
    (rules.PER_PERSON_RATE, ratios.per_person_rate),
    (rules.WINNERS_BEFORE_PART, tallies.winners_before_part),
    (rules.INSTANCES, modality.instances),
    (rules.COMPLAINTS_COUNTED, tallies.complaints_counted),
    (rules.CONSISTING_OF, consisting.consisting_of),
    (rules.EXISTENCE_CLAUSE, tallies.existence_clause),
    (rules.REGISTERED_WHOLE, tallies.registered_whole),
    (rules.LISTED_WHOLE, listed.listed_whole),
    # (a body's members voting on a decision first: "За проект проголосовали 24 депутата")
    (rules.DECISION_VOTES, tallies.decision_votes),
    (rules.VOTES_FOR, vote_targets.votes_for),
    (rules.ORGANIZERS, tallies.organizers),
    (rules.JOINT_PARTNERS, partners.joint_partners),
    (rules.BENEFICIARIES, recipients.aid_given_to),
    (rules.OUTCOME_PREDICATE, outcome_predicate),
    (rules.REPORTED_BENEFIT, recipients.reported_benefit),
    (rules.BODIES_HELPING, recipients.bodies_helping),
    (rules.RECEPTION_VISITORS, recipients.reception_visitors),
    (rules.ENROLLED_PUPILS, recipients.enrolled_pupils),
    (rules.SCHOOL_ALUMNI, recipients.school_alumni),
    (rules.RESULTS, results),
    (rules.WENT_TO_WAR, went_to_war),
    (rules.HIRED_STAFF, recipients.hired_staff),
    (rules.ENTRIES_FUNDED, recipients.entries_funded),
    (rules.LETTER_RECIPIENTS, letter_recipients),
    (rules.NEGATED, negation.negated),
    (rules.REFUSED, negation.refused),
    (rules.STAYED_AT_HOME, negation.stayed_at_home),
    (rules.SERVICE_RECEIVED, recipients.service_received),
    (rules.SERVICE_RECEIVED, sent_to_hospital),
    (rules.SERVICE_SHARED_BY_ROWS, shared_rows.service_shared_by_rows),
    (rules.SUPPLIED_TO, recipients.supplied_to),
    (rules.ACCESS_GAINED, recipients.access_gained),
    (rules.SERVICE_POPULATION, served.service_population),
    (rules.PASSED_A_TEST, lambda tokens, p: recipients.passed_a_test(tokens, p.start, p.end)),
    (rules.WAITING_FOR_SERVICE, recipients.waiting_for_service),
)

# The same, for a count no verb says takes part (its status is "unknown").
UNKNOWN_STATUS_RULES: tuple[tuple[Rule, PhraseVeto], ...] = (
    # (held liable first: "привлечены к ответственности 7 продавцов" is a penalty's, the
    # reason the verb is none, before any veto of a noun that needs a verb; left63)
    (rules.PENALISED, lambda tokens, p: held_liable(tokens, p.start, p.end)),
    (rules.DISTRIBUTIVE, modality.quota_not_sent),
    (rules.CAP_ALLOWED, lambda tokens, p: p.reading.cap),
    (rules.UNITS_RECEIVING, vetoes.units_receiving),
    (rules.ADDRESSED_UNITS, recipients.addressed_units),
    (rules.RESIDENTS, vetoes.residents),
    (rules.POPULATION_SAID, tallies.population_said),
    (rules.POPULATION_AS_OF, tallies.population_as_of),
    (rules.DATA_KEY, vetoes.key_after),
    (rules.EXISTENCE, existence.existence),
    (rules.JOINED_TO_WHAT_THERE_IS, existence.joined_to_what_there_is),
    (rules.STRUCK_BY_INCIDENT, recipients.struck_by_incident),
    (rules.BENEFICIARIES, recipients.beneficiaries),
    (rules.STRUCK_BY_INCIDENT, recipients.incident_cued),
    (rules.UNITS_OF_AID_RECIPIENTS, units_of_aid_recipients),
    (rules.WINNERS, vetoes.winners),
    (rules.PRIZE_DEGREE, prize_degree),
    (rules.RESULTS, results),
    (rules.WENT_TO_WAR, went_to_war),
    (rules.BODY_OR_COMPLAINTS, body_or_complaints),
    (rules.BODY_MEMBERS, body_members),
    (rules.REGISTERED, vetoes.on_a_register),
    (rules.ELECTORATE, recipients.electorate),
    (rules.SOURCE_ONLY, sources.source_only),
    (rules.NEEDS_VERB, vetoes.needs_verb),
    (rules.UNITS_THAT_ARE, vetoes.units_that_are),
    (rules.ELECTED_OR_SELECTED, tallies.elected_or_selected),
    (rules.ROSTER_BY_AGE, tallies.roster_by_age),
    (rules.UNITS_ACTED_UPON, passives.units_acted_upon),
    (rules.PEOPLE_OWN_A_THING, tallies.people_own_a_thing),
    (rules.PEOPLE_HAVE_RU, tallies.people_have_ru),
    (rules.PENALISED, tallies.penalised),
)


def count_at(tokens: Tokens, num: NumberMatch) -> Found | Rule:
    """The participant count this number starts, or the rule that says it is none."""
    if number_vetoes.year(tokens, num):
        return rules.YEAR_NOT_COUNT
    if not num.is_count or num.value is None:
        return rules.NOT_COUNTABLE
    if num.ending in PARTITIVE_ENDINGS:
        return _partitive(tokens, num)
    for rule, number_veto in NUMBER_RULES:
        if number_veto(tokens, num):
            return rule
    reading = read_qualifiers(tokens, num)
    own = _part_or_collective(tokens, num, reading)
    if own is not None:
        return own
    if reading.after < len(tokens) and is_measure(tokens[reading.after]):
        return rules.MONEY_AMOUNT if number_vetoes.money(tokens[reading.after]) else rules.MEASURE
    if reading.after < len(tokens) and (
        age_with_age_noun(tokens, reading.after)
        or age_said_of(tokens, reading.start, reading.after)
    ):
        return rules.MEASURE
    head = (
        None if reading.bare_case or num.kind == "collective" else head_after(tokens, reading.after)
    )
    if head is None:
        return _without_noun(tokens, num, reading)
    phrase = who_phrase(tokens, num, reading, head)
    qualify_after_noun(tokens, phrase)
    mark_distributive(tokens, phrase)
    for rule, veto in PHRASE_RULES:
        if veto(tokens, phrase):
            return rule
    status, decided = _status_and_rule(tokens, phrase)
    if decided is not None and decided not in rules.KEEPS:
        return decided
    if vetoes.not_who_compound(tokens, phrase):
        return rules.NOT_WHO_COMPOUND
    start, end = tokens[phrase.start].start, tokens[phrase.end - 1].end
    who = phrase.who
    distributive = (
        reading.distributive
        or each_distributive(tokens, phrase)
        or each_unit_opening(tokens, phrase)
        or _ablative_after_each(tokens, num, reading.start)
        or in_each(tokens, reading.start)
    )
    return Found(
        num.value,
        reading.qualifier,
        who,
        status,
        start,
        end,
        decided or rules.WHO_NOUN,
        distributive=distributive,
    )


def _ablative_after_each(tokens: Tokens, num: NumberMatch, start: int) -> bool:
    """ "ар бир айылдан 30дан ашуун жаш": a number in the ablative, its ending taken by
    "more than" after it, right after "each" and a unit in the ablative: the ending is
    the distributive's too, so many from each (round 43); "ар бир облустан кеминде 30
    депутаттын катышуусу", no ending, stays as its verb says."""
    return num.case == "ablative" and from_each(tokens, start)


def _partitive(tokens: Tokens, num: NumberMatch) -> Found | Rule:
    """A part of a whole ("17си"), unless its stance in a vote or a service's word
    follows it."""
    part = partitive_count(tokens, num)
    if not isinstance(part, Found):
        return part
    if tallies.part_voted(tokens, num.first, num.last):
        return rules.DECISION_VOTES  # "15 депутаттын 13ү «макул» деп добуш берип"
    if recipients.passed_a_test(tokens, num.first, num.last):
        return rules.PASSED_A_TEST  # "52 из 58 участников получили сертификаты" after a test
    if part_results(tokens, num.last):
        return rules.RESULTS  # "..., алардын 41и төш белгисине татыктуу болду"
    service = recipients.part_given_service(tokens, num.last)
    return rules.SERVICE_RECEIVED if service else part


def _status_and_rule(tokens: Tokens, phrase: Phrase) -> tuple[Status, Rule | None]:
    """The count's status, and the rule that decides it when no verb right beside it
    says it: that keeps it with another verb's status, or (its status unknown) that drops
    or keeps it (None: nothing to say)."""
    status = _status(tokens, phrase)
    if status != "unknown":
        # "избраны 25 депутатов, а на сессию пришли 40 жителей": the verb is the other clause's
        elected = tallies.elected_beyond_clause(tokens, phrase)
        if elected:
            return status, rules.ELECTED_BEYOND_CLAUSE
        # "комиссией из пяти человек, а работы начнут ...": the body's size, as above
        return status, rules.BODY_OR_COMPLAINTS if sized_beyond_clause(tokens, phrase) else None
    # "2 миңге жакын күйөрман көрдү": spectators of `who` with a verb of watching
    watched = watched_after(tokens, phrase.end - 1, phrase.head.entry.lemma)
    if watched is not None:
        return watched, rules.SPECTATORS
    # "приняли участие в Кочкорском районе 1500 избирателей": the verb before the place
    over_place = status_over_place(tokens, phrase.start)
    if over_place is not None:
        return over_place, rules.VERB_BEFORE_PLACE
    # "..., в Ат-Башинском – 1200 избирателей": the verb of the row before
    gapped = gapped_row_status(tokens, phrase)
    if gapped is not None:
        return gapped, rules.GAPPED_ROW
    # "воспользовались возможностью принять участие": the chance to take part taken
    chance = chance_taken(tokens, phrase)
    if chance is not None:
        return chance, rules.CHANCE_TO_TAKE_PART
    return status, _unknown_status_rule(tokens, phrase)


def _unknown_status_rule(tokens: Tokens, phrase: Phrase) -> Rule | None:
    """Why a count no verb says takes part is none, or None to keep it, or the rule that
    keeps it despite a veto (kept_anyway.py). After "<who> саны" the owner decides:
    "катышуучулардын саны 120 кишиге жетти" is kept, "тургундардын саны 3 500 адам" (a
    population) is not."""
    owner = named_count_owner(tokens, phrase.start)
    if owner is not None:
        return None if named_as_taking_part(tokens, owner) else rules.NOT_TAKING_PART_COUNTED
    kept: Rule | None = None
    for rule, veto in UNKNOWN_STATUS_RULES:
        if veto(tokens, phrase):
            kept = kept_despite(tokens, phrase, rule)
            if kept is None:
                return rule
    return kept


def _part_or_collective(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | Rule | None:
    """A number that is its own noun: a part with a qualifier ("100дөн ашыгы") or a
    collective ("экөө"); None for the others."""
    if reading.after > num.last and tokens[reading.after - 1].low in PARTITIVE_QUALIFIERS:
        return _qualified_part(tokens, num, reading)
    if num.kind == "collective" and not reading.bare_case:
        return collective_count(tokens, num, reading)
    return None


def _qualified_part(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | Rule:
    """ "Тургундардын 100дөн ашыгы катышты": more than so many of a whole, read as a part
    ("17си") with its qualifier."""
    last = tokens[reading.after - 1]
    part = NumberMatch(num.first, reading.after, num.start, last.end, num.value, num.kind)
    found = partitive_count(tokens, part)
    if isinstance(found, Found):
        found.qualifier = reading.qualifier
    return found


def _without_noun(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | Rule:
    """No who-noun after the number: a noun phrase outside the lexicon before a verb of
    taking part ("50 эксперт катышты"), or the number of "<who> саны"."""
    if object_of_participle(tokens, reading.after):
        return rules.OBJECT_OF_PARTICIPLE  # "2 китеп жазган акын катышты": the books
    if not reading.bare_case and num.kind != "collective":
        found = (
            part_of_relative_antecedent(tokens, num, reading)
            or generic_count(tokens, num, reading)
            or contest_entries(tokens, num, reading)
            or generic_after_verb(tokens, num, reading)
            or generic_before_participle(tokens, num, reading)
            or generic_owner_of_taking_part(tokens, num, reading)
            or agent_count(tokens, num, reading)
            or group_of_agents(tokens, num, reading)
            or grade_kind_owned(tokens, num, reading)
            or part_of_named_whole(tokens, num, reading)
            or part_of_those_named(tokens, num, reading)
            or inverted_count(tokens, num, reading)
            or entrants_were(tokens, num, reading)
        )
        if found is not None and negation.negated_after(tokens, reading.after):
            return rules.NEGATED
        if found is not None and recipients.passed_a_test(tokens, num.first, reading.after):
            return rules.PASSED_A_TEST  # "52 из 58 участников получили сертификаты"
        if found is not None:
            return found
    return (
        count_of_named_noun(tokens, num, reading)
        or number_of_those_before(tokens, num, reading)
        # "12 водителей привлечены к ответственности": the agent's verb is none (left63)
        or (rules.PENALISED if held_liable(tokens, num.first, reading.after) else rules.NO_NOUN)
    )


def _status(tokens: Tokens, phrase: Phrase) -> Status:
    """A verb after the count ("... катышты") or a participle before it ("катышкан 30")."""
    return (
        status_after(tokens, phrase.end)
        or status_before(tokens, phrase.start)
        or joined_status(tokens, phrase.start)
        or split_status(tokens, phrase.start, phrase.end)
        or _status_before_range(tokens, phrase.start)
        or "unknown"
    )


def _status_before_range(tokens: Tokens, start: int) -> Status | None:
    """The high end of a range written with "от ... до" ("участвовали от 30 до 40
    волонтеров", "пришли от 50 до 70 жителей"): the verb before the whole range is its
    ends' verb, so the high end, whose text opens at "до", reads it before "от" and the low
    end's number (participants.range; the low end takes the high end's status)."""
    low = start
    while low > 0 and tokens[low - 1].kind == "num":
        low -= 1
    if low == start or low == 0 or tokens[low - 1].low not in RANGE_FROM:
        return None
    return status_before(tokens, low - 1)


def range_counts(tokens: Tokens, found_range: NumberRange) -> tuple[Found, Found] | None:
    """ "30-40 киши", "около 500 - 600 работников", "от 500 до 700": two counts of the
    same people, one per end, both with the qualifier written before the range; None
    when the high end is no count (years "2019-2020", a measure), so the numbers are
    decided one by one."""
    high = count_at(tokens, found_range.high)
    if not isinstance(high, Found):
        return None
    qualifier, n = qualifier_before(tokens, found_range.first)
    high_qualifier = qualifier
    if not n:
        # "20-30га жакын": a qualifier after the range; the "up_to" that "-" gives the
        # high end alone is not one ("30-40 киши": 30 and 40); a written "до" is
        # ("от 500 до 700 служащих": 500, and up to 700)
        qualifier = "exact" if high.qualifier == "up_to" else high.qualifier
        high_qualifier = high.qualifier if _written_up_to(tokens, found_range) else qualifier
        if qualifier == "exact" and said_as_estimate(tokens, found_range.first):
            qualifier = high_qualifier = "about"  # "болжолу боюнча, ... 2-3 миң конок"
    low = found_range.low
    assert low.value is not None  # a range's ends are counts
    low_count = Found(
        low.value,
        qualifier,
        high.who,
        high.status,
        tokens[found_range.first - n].start,
        low.end,
        rules.RANGE,
        distributive=high.distributive,
    )
    high.qualifier, high.start, high.rule = high_qualifier, found_range.high.start, rules.RANGE
    return low_count, high


def _written_up_to(tokens: Tokens, found_range: NumberRange) -> bool:
    """The range says "up to" in words ("от 500 до 700", "20дан 30га чейин"), not with
    a dash."""
    between = tokens[found_range.low.last : found_range.high.first]
    return not any(tok.kind == "punct" for tok in between)
