"""The named rules that keep or drop a participant count (`vap parse --explain`).

A number is tried against the rules in the order `decide.count_at` lists them; the
first that decides is recorded with the number's span (Context.decide).
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
SPECTATORS = Rule(
    "participants.spectators",
    "a number before spectators ('күйөрман', 'зрителей') and a verb of watching ('көрдү'):"
    " they attend what they watch",
)
NAMED_NOUN_COUNT = Rule("participants.named_noun_count", "the number of '<who> саны' (their count)")
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

# --- dropped: the number itself -----------------------------------------------------------
YEAR_NOT_COUNT = Rule("participants.year_not_count", "a year ('2019-жылы', 'в 2019 году')")
COPYRIGHT_YEAR = Rule(
    "participants.copyright_year",
    "a year, or years, right after a copyright mark ('© 2016-2023 Айыл өкмөтү'): the site's footer",
)
NOT_COUNTABLE = Rule("participants.not_countable", "an ordinal, a vague or a glued number")
ARTICLE_OR_VAGUE = Rule("participants.article_or_vague", "'бир' as an article, 'бир нече'")
PHONE_NUMBER = Rule(
    "participants.phone_number",
    "digits after digits, '+', '№' or a bracketed code, or a range that does not grow "
    "('771-711'): a phone's or a label's digits, not people",
)
DATE_OR_DECIMAL = Rule("participants.date_or_decimal", "part of a date, a time, a decimal")
DAY_OF_MONTH = Rule(
    "participants.day_of_month", "a day before the name of its month ('12 октября')"
)
ITEM_NUMBER = Rule(
    "participants.item_number",
    "the number of a numbered list's item ('1. Утвердить ...', '... алынсын. 3. Комиссия ...')",
)
MEASURE = Rule("participants.measure", "a duration, a percentage, a distance, an age, not people")
MONEY_AMOUNT = Rule("participants.money_amount", "an amount of money ('500 000 сом')")
NO_NOUN = Rule("participants.no_noun", "no noun of who takes part follows the number")
COLLECTIVE_WITHOUT_VERB = Rule(
    "participants.collective_without_verb", "a collective number with no verb of taking part"
)
PARTITIVE_WITHOUT_VERB = Rule(
    "participants.partitive_without_verb", "a part of a whole with no verb of taking part"
)

# --- dropped: the noun phrase and its clause ----------------------------------------------
UNITS_COVERED = Rule(
    "participants.units_covered",
    "units a project covers ('проект охватил 24 муниципалитета', 'долбоор 12 айыл аймагын"
    " камтыды'): its targets, whatever verb of taking part the sentence has later",
)
DAILY_COMMUTE = Rule(
    "participants.daily_commute",
    "people who come every day to work or study ('ежедневно приезжают на работу 2 тысячи"
    " человек', 'күн сайын 500 адам каттайт'): commuters, not who took part",
)
HABITUAL_GATHERING = Rule(
    "participants.habitual_gathering",
    "what gatherings usually draw, a verb of gathering in the present ('собрания собирают"
    " до 200 жителей', 'жыйындар 150 тургунду чогултат'): a habit, not who took part",
)
HABIT_OF_PLACE = Rule(
    "participants.habit_of_place",
    "people doing a habit in a place, in a participle before its noun ('480 окуучу окуган"
    " мектеп', '300 тургун жашаган конуш'): a roster or a population",
)
HOSTS = Rule(
    "participants.hosts", "a noun in the locative or attributive: where, not who ('420 кеңеште')"
)
OWNS_NO_PEOPLE = Rule(
    "participants.owns_no_people", "units in the genitive owning a thing ('2 мектептин ачылышы')"
)
THING_OF_UNITS = Rule(
    "participants.thing_of_units",
    "units counted right after the Russian noun of a thing they own ('доходы пяти айыл"
    " окмоту', 'на территории четырех сел'; a form of the noun, not 'бюджетники'): its owners, no units whose people take part",
)
WHOLE_OF_PART = Rule("participants.whole_of_part", "the whole of '21 депутаттын 17си'")
HOST_OR_TARGET = Rule("participants.host_or_target", "a host ('... базасында') or a target group")
BELONGING_TO = Rule(
    "participants.belonging_to",
    "units in the dative before a word of belonging ('12 айыл аймагына караштуу'): whose a"
    " thing is, not who takes part",
)
ELECTION_OR_POPULATION = Rule(
    "participants.election_or_population", "an election held or a population, not participants"
)
ELECTORATE = Rule(
    "participants.electorate",
    "people counted by their right to vote ('жителей, имеющих право голоса: 1 034 чел.'):"
    " the registered voters, not participants",
)
ENTRIES_FUNDED = Rule(
    "participants.entries_funded",
    "entries a contest funds or supports ('Кеминде 8 долбоор колдоого алынат', 'будут"
    " поддержаны 12 проектов', '25 айыл аймак долбоорун каржылайт'): its grants, as"
    " winners, not entries submitted; the units whose projects they are receive them",
)
POPULATION_AS_OF = Rule(
    "participants.population_as_of",
    "a population as of a day ('калктын саны 2023-жылдын 1-январына карата 9 874 адам',"
    " 'Численность населения на 01.04.2022 г. – 5 706 человек'), not participants",
)
HOST_PREPOSITION = Rule(
    "participants.host_preposition",
    "'в 12 районах', 'во всех четырех центрах', 'в каждом из пяти сел': where, not who",
)
DISTRIBUTIVE = Rule(
    "participants.distributive", "so many from each unit ('по 2', '5тен'), no verb of taking part"
)
SCHOOL_ALUMNI = Rule(
    "participants.school_alumni",
    "graduates who studied at or finished a school ('миңден ашуун бүтүрүүчү билим алды')"
    " are its output over the years, not who took part",
)
COLUMN_ROW_WITHOUT_PLACE = Rule(
    "participants.column_row_without_place",
    "a column's row whose label names no place (none of the places stage, no capitalised"
    " name of the gazetteer: 'Бюджет — 250,"
    " Расходы — 200', 'Башталышы — 2023' under 'Ак-Башат айыл аймагы — 140 адам'), and the"
    " row before it on its line that took its noun from it, its label no place's either: a"
    " figure of something else, no row of a column of per-place counts",
)
QUOTA_BESIDE_TOTAL = Rule(
    "participants.quota_beside_total",
    "so many from each unit (or in each: 'ар бир командада 12 оюнчу') beside a count of"
    " people in its paragraph: that count's make-up"
    " (not a count of another year's event: 'в прошлом году ... 214 жителей'; not things"
    " entered in a contest: 'сынакка 40 сүрөт түштү')",
)
DECREED_ROWS = Rule(
    "participants.decreed_rows",
    "rows after a total a resolution orders ('45 делегат шайлансын: ... 21, ... 13'): how"
    " it is to be made up, quotas",
)
ACROSS_UNITS = Rule("participants.across_units", "'по 5 районам': spread over units, not who")
ROSTER_BY_AGE = Rule(
    "participants.roster_by_age",
    "people described by an age right after their noun ('61 депутат моложе 35 лет'), no"
    " verb of taking part: how many of a body's members are of that age",
)
ELECTED_OR_SELECTED = Rule(
    "participants.elected_or_selected",
    "how many are elected or selected (seats, target units), no verb",
)
ELECTED_BEYOND_CLAUSE = Rule(
    "participants.elected_beyond_clause",
    "how many are elected or selected, a verb of choosing in the count's own clause and"
    " the verb of taking part only in another clause of the sentence ('избраны 25"
    " депутатов, а на сессию пришли 40 жителей')",
)
OBLIGATION = Rule(
    "participants.obligation",
    "who must or may come ('... катышышы керек', '... калса болот'), not who came",
)
WINNERS_BEFORE_PART = Rule(
    "participants.winners_before_part",
    "a count whose own clause names a grant or a win, the next clause opened by a part of"
    " it ('67 муниципалитет грант алып, 58и ... аяктаган'): the later verb is the part's;"
    " they are winners or recipients",
)
REPRESENTATION_NORM = Rule(
    "participants.representation_norm",
    "one side of a ratio of people ('1 делегат от 150 жителей', 'один врач на 1 000"
    " жителей'): a norm, no count",
)
PER_PERSON_RATE = Rule(
    "participants.per_person_rate",
    "one person as a rate's head ('60 сомов в месяц с одного жителя', '1 адамдан айына 50"
    " сом'): a price per head, no count",
)
INSTANCES = Rule(
    "participants.instances",
    "cases in general ('500 кишиге чейин чакырылган учурлар болду'), no event's attendance",
)
CAP_ALLOWED = Rule("participants.cap_allowed", "a maximum allowed ('не более 15'), no verb")
UNITS_RECEIVING = Rule(
    "participants.units_receiving", "units receiving something or acted upon, no verb"
)
ADDRESSED_UNITS = Rule(
    "participants.addressed_units",
    "units in the Russian genitive after people in the dative plural ('поручил акимам трех"
    " районов'): whom an order or aid is addressed to, no verb",
)
RESIDENTS = Rule("participants.residents", "residents of a settlement, no verb of taking part")
DATA_KEY = Rule("participants.data_key", "units that data are given by ('... боюнча')")
EXISTENCE = Rule("participants.existence", "what there is ('452 айыл аймагы бар')")
EXISTENCE_CLAUSE = Rule(
    "participants.existence_clause",
    "the count's clause closes with a verb of what there is before a comma or colon"
    " ('480 окуучу билим алат, ...'): a later clause's verb is not its verb",
)
POPULATION_SAID = Rule(
    "participants.population_said",
    "residents said to be a unit's or ours, or what a town grew to ('У нас 11 тысяч"
    " жителей', 'Город вырос до 54 тысяч жителей'): a population",
)
NOT_TAKING_PART_COUNTED = Rule(
    "participants.not_taking_part_counted",
    "the count of people not said to take part ('тургундардын саны 3 500 адам')",
)
BENEFICIARIES = Rule("participants.beneficiaries", "people who benefit, not who take part")
RESTATED_DROPPED_COUNT = Rule(
    "participants.restated_dropped_count",
    "a count set off by a comma and 'или', 'же', 'башкача айтканда', or opening a bracket,"
    " right after a dropped count's noun restates it in other units ('1 200 домов, или"
    " более 5 000 сельчан', '300 семей (780 детей)'): the same people, no one taking part,"
    " when no verb of taking part gives it a status of its own",
)
OUTCOME_PREDICATE = Rule(
    "participants.outcome_predicate",
    "a Russian count whose predicate right after its noun is the short passive participle of"
    " what was done to them ('25 человек трудоустроены'): who it happened to, not who take"
    " part, whatever a later clause's verb says",
)
REPORTED_BENEFIT = Rule(
    "participants.reported_benefit",
    "the count's clause, closed by the quotative 'деп', ends in a verb of benefiting ('2 000дей"
    " бала пайдаланат деп күтүлүүдө'): who are expected to benefit, not who take part",
)
REGISTERED = Rule(
    "participants.registered", "on a list or register ('1 200 шайлоочу катталган'), no verb"
)
REGISTERED_WHOLE = Rule(
    "participants.registered_whole",
    "on a list, no verb of taking part in its own clause ('тизмеге 11 842 жаран"
    " киргизилген, алардын 5 306сы катышты': the verb is the part's)",
)
LISTED_WHOLE = Rule(
    "participants.listed_whole",
    "a list's whole in the locative, a part of it after the comma ('Тизмесинде 60 мугалим"
    " болсо, алардын 48и келди', 'В списке 90 человек, из них пришли 70'): the part took"
    " part, not the list",
)
SERVICE_POPULATION = Rule(
    "participants.service_population",
    "people a service or a facility is for ('вывоз мусора для 8 тысяч жителей', '1 500"
    " тургун үчүн суу түтүгү салынды'), no event's noun: the population it covers",
)
JOINT_PARTNERS = Rule(
    "participants.joint_partners",
    "bodies named as an activity's partners ('совместно с 6 школами провести акцию', '4 айыл"
    " өкмөтү менен биргеликте'), no verb of taking part: partners, as organisers are",
)
BODY_OR_COMPLAINTS = Rule(
    "participants.body_or_complaints", "a body's size, or who complained or called, no verb"
)
BODY_MEMBERS = Rule(
    "participants.body_members",
    "a body's members counted after the body in the genitive ('Комиссиянын 5 мүчөсү актыга"
    " кол коюшту'), no verb of taking part: the body at its own work, its size",
)
WINNERS = Rule("participants.winners", "who won ('3 команда жеңүүчү болду'), no verb")
PRIZE_DEGREE = Rule(
    "participants.prize_degree",
    "who got a diploma or prize of a ranked degree ('15 окуучу II даражадагы диплом алды'),"
    " no verb of taking part: winners",
)
SOURCE_ONLY = Rule("participants.source_only", "a noun counted only as where people came from")
NEEDS_VERB = Rule("participants.needs_verb", "a noun counted only with a verb (entries, voters)")
UNITS_THAT_ARE = Rule("participants.units_that_are", "units that are ('В области 5 районов')")
UNITS_ACTED_UPON = Rule(
    "participants.units_acted_upon", "units a passive verb acts upon ('12 мекеме текшерилди')"
)
COMPLAINTS_COUNTED = Rule(
    "participants.complaints_counted", "complaints counted ('350 обращений граждан'), not people"
)
CONSISTING_OF = Rule("participants.consisting_of", "a body's size ('30 депутаттан турган кеңеш')")
VOTES_FOR = Rule(
    "participants.votes_for",
    "votes for a candidate, a list or a person ('За кандидата ...', 'Ага 152 тургун добуш"
    " берди'), not turnout",
)
DECISION_VOTES = Rule(
    "participants.decision_votes",
    "votes on a decision: a body's members' ('15 депутаттын макулдугу менен', '2 депутат"
    " калыс калды', 'проголосовали 25 депутатов') or anyone's stance in a vote ('150"
    " тургун «макул»')",
)
VOTE_TALLY_ROW = Rule(
    "participants.vote_tally_row",
    "a number labelled by a stance in a vote ('Голосовали: «за» — 16, «воздержался» — 1'):"
    " a tally of votes on a decision, no row of a count",
)
RECEPTION_VISITORS = Rule(
    "participants.reception_visitors",
    "who come to a reception of citizens ('прием граждан, на который записались 27"
    " человек', '230 жаран кабыл алынды'): served, not taking part",
)
ENROLLED_PUPILS = Rule(
    "participants.enrolled_pupils",
    "pupils admitted to a school or its first grade ('биринчи класска 40 бала кабыл"
    " алынды'): its roster, not taking part",
)
PEOPLE_OWN_A_THING = Rule(
    "participants.people_own_a_thing",
    "people in the genitive before a thing they own ('1 200 тургундун көйгөйүн чечти'), no"
    " verb of taking part: whose it is, not who came",
)
PENALISED = Rule(
    "participants.penalised",
    "people fined or punished ('112 малчы айып пул төлөгөн', 'оштрафованы 15 водителей'),"
    " no verb of taking part: sanctioned, not who came",
)
HIRED_STAFF = Rule(
    "participants.hired_staff",
    "an institution's staff taken on to work ('24 мугалим ишке кабыл алынды', 'на работу"
    " приняты 12 учителей'): its roster, not taking part",
)
BODIES_HELPING = Rule(
    "participants.bodies_helping",
    "bodies that help ('20 уюм жардам беришти': sponsors, partners), not who takes part;"
    " people who help at the work do",
)
ORGANIZERS = Rule(
    "participants.organizers",
    "who organised or ran the event ('Иш-чараны 5 уюм уюштуруп, ...')",
)
LETTER_RECIPIENTS = Rule(
    "participants.letter_recipients",
    "people in the dative a letter or a notice is sent to ('Айыл өкмөтү 30 тургунга кат"
    " жиберди'): recipients, no one taking part (not an invitation: the invited count)",
)
NEGATED = Rule(
    "participants.negated",
    "taking part denied ('5 депутат катышкан жок', 'не участвовали', 'не проходили курсов')",
)
REFUSED = Rule(
    "participants.refused",
    "who refused ('40 ата-эне эмдөөдөн баш тартты', 'отказались 30 родителей'), took no part",
)
SERVICE_RECEIVED = Rule(
    "participants.service_received",
    "people a medical or other service is carried out on ('2 500 бала эмдөөдөн өттү',"
    " 'осмотр прошли 1 500 жителей'): its recipients, not who take part",
)
JOINED_TO_WHAT_THERE_IS = Rule(
    "participants.joined_to_what_there_is",
    "a count joined by 'и' or 'жана' right after a count of what there is ('В районе 5"
    " ветеринаров и 12 зоотехников'): what there is too",
)
SERVICE_SHARED_BY_ROWS = Rule(
    "participants.service_shared_by_rows",
    "rows of people by unit, comma after comma, or a list of nouns after the last row, share"
    " its word of a service ('А айылында 214 бала, Б айылында 167 бала кызамык, кызылча жана"
    " ... эмдөөдөн өттү'): its recipients, not who take part",
)
SUPPLIED_TO = Rule(
    "participants.supplied_to",
    "people in the dative a thing is laid or brought to ('150 үй-бүлөгө жарык"
    " тартылды'): its recipients, not who take part",
)
ACCESS_GAINED = Rule(
    "participants.access_gained",
    "people who gain access to a good or a service ('Доступ к воде получат 3 тысячи"
    " жителей', '... үчүн суу жеткиликтүү болду'): its beneficiaries, not who take part",
)
PASSED_A_TEST = Rule(
    "participants.passed_a_test",
    "who got certificates after an exam or a test ('сертификаты получили 39 человек,"
    " сдавших итоговый тест'): those who passed, as winners are, not who took part",
)
WAITING_FOR_SERVICE = Rule(
    "participants.waiting_for_service",
    "people in a queue for a service or who applied for it ('очередь в детсады составляет"
    " 900 детей', '120 ата-эне арыз берген'): its applicants, not who take part",
)
IN_QUOTED_NAME = Rule(
    "participants.in_quoted_name", "inside a short quoted name ('«1000 лидер» долбоору')"
)
NOT_WHO_COMPOUND = Rule("participants.not_who_compound", "a compound that is no person")
PARENT_OF_CHILDREN = Rule(
    "participants.parent_of_children",
    "one parent of so many children ('беш баланын атасы', 'мать пятерых детей'): a person"
    " described, not a count",
)
RAISED_CHILDREN = Rule(
    "participants.raised_children",
    "children a family raises ('беш баланы тарбиялап', 'воспитывают пятерых детей'): its own,"
    " not who took part",
)
UNITS_OF_DROPPED_PEOPLE = Rule(
    "participants.units_of_dropped_people",
    "units in the genitive right before a count of their people that takes no part"
    " ('эки мектептин 900 окуучусуна кызмат кылат'): they follow their people",
)
PART_OF_DROPPED_TOTAL = Rule(
    "participants.part_of_dropped_total",
    "a part right after 'в том числе' of a total that counts no one taking part"
    " ('население 11 400 человек, в том числе 3 тыс. детей'), or listed after such a part"
    " ('..., из них 50 детей и 20 пенсионеров'), no verb of its own",
)

# --- dropped: after the decision ----------------------------------------------------------
OVERLAP = Rule("participants.overlap", "inside a count already kept")
RELATED_HEADLINE = Rule(
    "participants.related_headline",
    "in another article's headline, under a related-news heading",
)
CHROME_LINE = Rule(
    "participants.chrome_line",
    "on a line of page chrome: a post's counters of likes, shares or subscribers, a banner",
)
RUSSIAN_HOMOGRAPH = Rule(
    "participants.russian_homograph",
    "a lone Kyrgyz number word that is a Russian word too, in a Russian text ('Он"
    " поздравил граждан': the pronoun, not ten)",
)
IN_TABLE = Rule("participants.in_table", "a count in a table cell, read from its column instead")
IN_CONTACT = Rule(
    "participants.in_contact",
    "a count overlapping a phone number, an e-mail or a web address found as a contact",
)

# Every rule, in the order of the docs' table (docs/ARCHITECTURE.md); the rules that keep.
ALL: tuple[Rule, ...] = tuple(v for v in list(globals().values()) if isinstance(v, Rule))
KEEPS: frozenset[Rule] = frozenset(ALL[: ALL.index(TABLE_TOTAL_ROW) + 1])
