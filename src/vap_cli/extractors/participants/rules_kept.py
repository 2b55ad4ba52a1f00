"""The named rules of the participants' table that keep a number as a count of people
(`vap parse --explain`), the table's first section: rules.KEEPS are those up to
`participants.table_total_row`; the two after it drop a count a keep would read (a
roster's habit, a table's population column).
"""

from __future__ import annotations

from ...explain import Rule

# --- kept: what makes a number a count of people ----------------------------------------
WHO_NOUN = Rule("participants.who_noun", "a number before a noun of who takes part")
GENERIC_NOUN = Rule(
    "participants.generic_noun", "a number before a short noun phrase and a verb of taking part"
)
GENERIC_NOUN_LISTED = Rule(
    "participants.generic_noun_listed",
    "a number before a noun of people (an agent noun, a group of who_groups.yaml or a body"
    " of people, 'демилгелүү топ'),"
    " joined by 'жана', 'ошондой эле', 'и' or 'а также' (a comma may stand before) to a"
    " later count whose verb of taking part ends their list ('17 иш берүүчү, ошондой эле"
    " 260 жаран катышты'): the verb is both's",
)
OWNERS_LISTED = Rule(
    "participants.owners_listed",
    "a number before a noun in the genitive joined by a list's joiner ('жана', 'и',"
    " 'ошондой эле', 'а также') to a later count that ends in the noun they own ('20"
    " дүкөндүн жана 10 кафенин ээлери катышты'): the owned noun and its verb of taking"
    " part are both's",
)
LISTED_BEFORE_TOTAL = Rule(
    "participants.listed_before_total",
    "a number before a short noun phrase in a list closed by 'болуп' before the total"
    " and its verb of taking part ('10 кафенин ээлери, мугалимдер болуп 60 адам"
    " катышты'): the total's verb is the list's",
)
CONTEST_ENTRY = Rule(
    "participants.contest_entry",
    "things entered in a contest ('сынакка 300 шырдак тартууланды')",
)
INVERTED_COUNT = Rule(
    "participants.inverted_count",
    "a Russian noun before a number in words: about ('пришло человек пятьдесят')",
)
GENERIC_NOUN_AFTER_VERB = Rule(
    "participants.generic_noun_after_verb",
    "a Russian verb of taking part, then a number and a noun",
)
AGENT_NOUN = Rule(
    "participants.agent_noun",
    "a number before a noun of agents ('500 көрүүчү', '25 зрителей') and its verb",
)
GROUP_OF_AGENTS = Rule(
    "participants.group_of_agents",
    "the noun of a Russian group of people only (a team, a delegation, a crew; not"
    " 'группа'), 'из' and a number before an agent noun ('бригада из 9 монтажников'):"
    " the group's people, counted without a verb beside them",
)
GRADE_KIND_OWNED = Rule(
    "participants.grade_kind_owned",
    "a number, a bare word, a grade's genitive and a noun of who with the possessive"
    " singular, then a verb of taking part ('28 жогорку класстын окуучусу катышты'): the"
    " word makes the grade a kind, no ordinal, and the number counts the people",
)
SPECTATORS = Rule(
    "participants.spectators",
    "a number before spectators ('күйөрман', 'зрителей') and a verb of watching ('көрдү'):"
    " they attend what they watch",
)
NAMED_NOUN_COUNT = Rule("participants.named_noun_count", "the number of '<who> саны' (their count)")
PART_OF_RELATIVE_ANTECEDENT = Rule(
    "participants.part_of_relative_antecedent",
    "a number before 'из которых' right after a comma and an uncounted noun of who"
    " ('поблагодарил волонтеров, 30 из которых пришли'), a verb of taking part after"
    " it: so many of those people",
)
NUMBER_OF_THOSE_BEFORE = Rule(
    "participants.number_of_those_before",
    "the number after 'алардын саны' right after a comma ('..., алардын саны 50дөн ашты'):"
    " the people of the clause before, the subject of its verb of taking part, with that"
    " verb's status",
)
CHANCE_TO_TAKE_PART = Rule(
    "participants.chance_to_take_part",
    "a verb of using whose object is the chance or the right to take part ('воспользовались"
    " возможностью принять участие'): they took part, no users of a good; the verb's tense"
    " gives the status",
)
SPECTATORS_NUMBER = Rule(
    "participants.spectators_number",
    "the number of spectators ('көрүүчүлөрдүн саны'): those who watched attended",
)
PARTITIVE = Rule("participants.partitive", "so many of a whole, then a verb of taking part")
PART_OF_DESCRIBED = Rule(
    "participants.part_of_described",
    "so many of a whole a participle in the genitive plural names ('тизмеге киргендердин"
    " 30у', 'мектепти бүтүргөндөрдүн 12си'), then a verb of taking part",
)
VOTERS_VOTED = Rule(
    "participants.voters_voted",
    "so many of the voters named before, then a word of voting ('алардын 738и добуш"
    " берген'): who voted take part",
)
PARTITIVE_LISTED = Rule(
    "participants.partitive_listed",
    "a part of a whole, the first of a list of people whose verb of taking part ends the"
    " sentence ('17 депутаттын 15и, мугалимдер жана дарыгерлер катышты')",
)
COLLECTIVE = Rule("participants.collective", "a collective number ('экөө') with its verb")
PARTITIVE_ROW = Rule(
    "participants.partitive_row", "a part of a total in its rows ('алардын ичинен 40ы аял')"
)
OWNED_PARTITIVE_ROW = Rule(
    "participants.owned_partitive_row", "a part of the total before it ('... Алардын 40ы аял')"
)
COLLECTIVE_ROW = Rule("participants.collective_row", "a collective number in the rows of a total")
ELLIPTIC_ROW = Rule("participants.elliptic_row", "a bare number sharing the noun of its list")
PARALLEL_PLACE_ROW = Rule(
    "participants.parallel_place_row",
    "a bare number, a dash and where its people were, joined to a count of that same shape"
    " before it ('из них 300 — в Ак-Суу и 200 — в Кара-Суу'): the same people, gapped",
)
GAPPED_CLAUSE = Rule(
    "participants.gapped_clause",
    "a bare number after a dash in a clause opened by 'а' and words of another time, the"
    " noun and verb of the count before it left out ('..., а в прошлом году — 190')",
)
GAPPED_UNIT_ROW = Rule(
    "participants.gapped_unit_row",
    "a bare number after a unit's Russian adjective, a name with its capital, and a dash,"
    " after a comma ('..., Манасский — 64'): the people of the count kept before it in its"
    " sentence",
)
SOURCE_UNITS = Rule("participants.source_units", "units the people counted next came from")
UNITS_SENDING = Rule(
    "participants.units_sending",
    "a part in the ablative of units counted before it, then who came from them uncounted"
    " ('12 районунун 9унан командалар'): the units that sent them",
)
BRACKETED_ROW = Rule(
    "participants.bracketed_row", "a number in brackets after a place: 'Чүй (25), Талас (15)'"
)
TRAILING_ROW = Rule(
    "participants.trailing_row", "a bare place row after a count of its list: 'Таластан 15'"
)
COLUMN_ROW = Rule(
    "participants.column_row",
    "a bare number closing its line (or a comma and one more such row: 'Нарын — 25, Баткен"
    " — 20') after a label and a dash, under a row of the same shape (the labels' last word"
    " the same, or both names, a name maybe followed by its unit's type words 'Кок-Жар айыл"
    " аймагы') with its noun ('Аламудунский район — 850 человек' / 'Сокулукский район —"
    " 640'): a column of per-place counts shares the first row's noun; a total's line"
    " ('Итого — 12') is no row",
)
PART_AFTER_OPENER = Rule(
    "participants.part_after_opener",
    "a part right after 'анын ичинде' of a total kept before it ('..., анын ичинде 30 эл')",
)
ADMITTED_TO_PROGRAMME = Rule(
    "participants.admitted_to_programme",
    "admitted to a programme named in the dative before the count ('Жайкы лагерге 50 окуучу"
    " кабыл алынат'): who take part, though its noun needs a verb of taking part",
)
PART_AMONG_PARTICIPANTS = Rule(
    "participants.part_among_participants",
    "a count in a sentence that opens 'among those taking part' ('Катышуучулардын арасында ..."
    " 7 ардагер бар'): a part of those who take part, though its verb says what there is",
)
ENTRIES_WON_FROM = Rule(
    "participants.entries_won_from",
    "entries submitted, a part of which then won ('46 долбоор сунушталып, алардын 10у грант"
    " утуп алды'): a contest's entries",
)
ENTRIES_REVIEWED = Rule(
    "participants.entries_reviewed",
    "entries a contest's jury or commission reviewed ('Калыстар тобу 14 долбоорду карап"
    " чыкты') or selected from ('14 проектов, из которых жюри отобрало пять'): submitted to"
    " the contest",
)
VOTERS_MET = Rule(
    "participants.voters_met",
    "voters an event was for or with ('Для 40 избирателей провели семинар')",
)
GOING_TO_EVENT = Rule(
    "participants.going_to_event",
    "people going to an event named as the goal, in the dative or by 'ага'/'анда' after it"
    " before the count, or in the dative between the count and its verb ('Райондук"
    " спартакиадага 4 команда барат', '12 спортчу мелдешке кетет'): taking part, no habit",
)
GAPPED_ROW = Rule(
    "participants.gapped_row",
    "a row whose dash stands for the verb of the row before it, the same noun after a verb"
    " of taking part ('приняли участие 1500 избирателей, в Ат-Башинском – 1200 избирателей'):"
    " that verb's status",
)
VERB_BEFORE_PLACE = Rule(
    "participants.verb_before_place",
    "a verb of taking part, then a place, then the count ('приняли участие в Кочкорском"
    " районе 1500 избирателей', 'катышты Кочкор районунда 1500 шайлоочу'): the verb's status",
)
ROW_OF_TOTAL = Rule("participants.row_of_total", "a bare number in the rows after a total")
OWNED_PART_OF_TOTAL = Rule(
    "participants.owned_part_of_total",
    "a part in the possessive with no noun of its own, right after the opener of a total's"
    " rows, where it comes from closing its clause, no verb of its own ('..., анын ичинде"
    " 30у коңшу райондордон'): a row of the total kept before it, its people and"
    " their status",
)
ROW_OF_SUBJECT = Rule("participants.row_of_subject", "a bare place row after 'Делегаттар ...:'")
PART_OF_COUNTED = Rule(
    "participants.part_of_counted",
    "a part with no owner word and a verb of taking part, of the people counted before it in"
    " its sentence ('150 конок чакырылган, бирок 90го жакыны гана келди')",
)
UNITS_NAMED_ROW = Rule(
    "participants.units_named_row",
    "so many from units its sentence names, with a verb saying they came and no word of"
    " 'each' ('Ак-Терек жана Жай-Терек айылдарынан 11ден киши келди'): a row of a breakdown"
    " by place, no quota beside the total",
)
RANGE = Rule("participants.range", "both ends of a range ('30-40 киши'), one count each")
TABLE_COLUMN = Rule("participants.table_column", "a number in the people column of a table")
TABLE_TOTAL_ROW = Rule(
    "participants.table_total_row",
    "a number in the people column on a table's total row (a total word: 'Итого',"
    " 'Жыйынтыгы', 'Бардыгы'): the table's total, not one of its rows; a count the table"
    " stands under keeps the other rows as its breakdown",
)
CONVERB_OF_HABIT = Rule(
    "participants.converb_of_habit",
    "the count's verb is the converb of a verb that is also a habit ('билим алып'), and the"
    " verb closing the sentence says what there is or is in the present ('..., 41 мугалим"
    " иштейт', '... билим алып жатат'): a roster",
)
POPULATION_COLUMN = Rule(
    "participants.population_column",
    "a number in a table column of the population ('Калкы (адам)', 'Население'): how many"
    " live in the row's unit, not who took part",
)
AID_TABLE = Rule(
    "participants.aid_table",
    "a number in a table's people column under a caption of aid ('Распределение помощи по"
    " айылным аймакам:', 'Жардамдын бөлүштүрүлүшү:'): who received it in the row's unit, not"
    " who took part, unless the column's name or the caption says taking part or names an"
    " event ('Участники акции помощи:')",
)

# This module's rules in the order of the docs' table (rules.ALL lists them first).
RULES: tuple[Rule, ...] = tuple(v for v in list(globals().values()) if isinstance(v, Rule))
