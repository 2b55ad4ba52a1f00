"""The named rules of the participants' table that drop a number (`vap parse --explain`):
for the number itself, for its noun phrase and clause, and after the decision.
"""

from __future__ import annotations

from ...explain import Rule

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
BORN_OR_DIED = Rule(
    "participants.born_or_died",
    "people born or who died, said by the count's own predicate ('900 бала жарык дүйнөгө"
    " келди', 'умерли 400 человек'; not a participle of others: 'умерших детей'): a birth"
    " or death statistic, not who take part",
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
RESULTS = Rule(
    "participants.results",
    "a contest's or a school year's results ('9-классты 48 окуучу аяктады', '6 окуучу 90"
    " баллдан жогору алды', 'төш белгисине татыктуу болду'): graduates, high scorers and"
    " award winners, not who took part",
)
WENT_TO_WAR = Rule(
    "participants.went_to_war",
    "people who went to a war or to its front ('согушка айылдан 312 киши аттанган', 'на"
    " фронт ушли 200 человек'), no verb of taking part in its clause: the war's"
    " soldiers, no event's participants",
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
# Asked right before beneficiaries (revfix58): its own reason in --explain.
STRUCK_BY_INCIDENT = Rule(
    "participants.struck_by_incident",
    "people an incident struck: survivors ('9 тургун аман калды'), people moved out of"
    " their homes by a passive verb of moving or evacuating ('отселены 18 человек', '23"
    " тургун клубга эвакуацияланды'), rescued by one of rescuing ('извлечены 4 человека',"
    " '5 жүргүнчү куткарылды'), or hurt, detained, taken ill or to hospital ('более 500"
    " жителей пострадали', 'заболели 40 человек'): what happened to them, not who"
    " take part",
)
BENEFICIARIES = Rule("participants.beneficiaries", "people who benefit, not who take part")
UNITS_OF_AID_RECIPIENTS = Rule(
    "participants.units_of_aid_recipients",
    "units after 'из' that the people named before them come from, in a sentence whose word"
    " of aid before them has no verb of taking part after it and a verb of receiving says"
    " they got it ('помощь получили семьи и пенсионеры из пяти айыл окмоту'): the"
    " recipients' units, not units whose people take part",
)
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
PEOPLE_HAVE_RU = Rule(
    "participants.people_have_ru",
    "'у' right before people ('у одного депутата по восемь участков', 'у 35 фермеров нет"
    " техники'), no verb or other word of taking part in the sentence, no event verb or"
    " kind in its clause: who has or lacks a thing, not who came",
)
OBJECT_OF_PARTICIPLE = Rule(
    "participants.object_of_participle",
    "the number before a bare noun, a participle whose object it is and a noun of who, its"
    " subject ('2 китеп жазган акын катышты': a poet who wrote two books): the number"
    " counts the object, not the people named after it",
)
WAY_OF_LIVING = Rule(
    "participants.way_of_living",
    "the count's clause closes with a verb of living right after the converb of a verb of"
    " taking part ('Айылда 30 үй-бүлө боз үй тигип жашайт'), no event named in the dative"
    " or the locative in it: how its people live, not who took part",
)
PENALISED = Rule(
    "participants.penalised",
    "people fined or punished ('112 малчы айып пул төлөгөн', 'оштрафованы 15 водителей'),"
    " or held liable, the liability noun before or after the verb ('жоопкерчиликке"
    " тартылды', 'привлечены к ответственности'), no verb of taking part: sanctioned,"
    " not who came",
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
STAYED_AT_HOME = Rule(
    "participants.stayed_at_home",
    "who stayed at home ('30 бала үйдө калышты', 'дома остались 25 пенсионеров'), took no part",
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
NUMERAL_NAME = Rule(
    "participants.numeral_name",
    "a game's or a dish's name that opens with a number word ('тогуз коргоол', 'беш бармак';"
    " lexicon numbers.yaml numeral_names) counts no one",
)
IN_TABLE = Rule("participants.in_table", "a count in a table cell, read from its column instead")
IN_CONTACT = Rule(
    "participants.in_contact",
    "a count overlapping a phone number, an e-mail or a web address found as a contact",
)

# This module's rules in the order of the docs' table (rules.ALL lists them after rules_kept's).
RULES: tuple[Rule, ...] = tuple(v for v in list(globals().values()) if isinstance(v, Rule))
