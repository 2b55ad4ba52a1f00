"""The rules that keep or drop a candidate place, each a named `Rule` (explain.py):
`vap parse --explain` prints the code and reason of every decision. The predicates
that veto a candidate live here too: page chrome, natural features, words that are
no place without a type word.

Every rule's code is `places.<name>`; docs/ARCHITECTURE.md lists them.
"""

from __future__ import annotations

from bisect import bisect_left

from ...context import Context
from ...explain import Rule
from .homonyms import plural_word, small_unit_opening
from .mention import Mention
from .vocabulary import (
    COMMON_WORDS,
    COUNTRIES,
    NEEDS_TYPE,
    fold,
    looks_like_person,
)

# ---------------------------------------------------------------- rules that keep (a level)

TYPE_WORD_LEVEL = Rule("places.type_word_level", "a type word beside the name gives its level")
SAME_NAMED = Rule(
    "places.same_named",
    "a word of the same name and a type word after a typed name ('села Ат-Башы"
    " одноимённого района', 'Ак-Муз айылы аттас айыл аймагы') add the name's own larger unit"
    " of that level and name; of several units of the typed name, the one inside such a unit",
)
APPOSITION = Rule(
    "places.apposition", "a type word of its case before a dash or colon gives its level"
)
PLURAL_TYPE_LIST = Rule(
    "places.plural_type_list", "a plural type word after a list types every member"
)
RUSSIAN_LIST = Rule(
    "places.russian_list", "a list of names shares the Russian type word before or after it"
)
LIST_VARIANT = Rule(
    "places.list_variant",
    "a hyphenated name the gazetteer lacks between two members of a comma list is a village"
    " the gazetteer spells a little otherwise ('Кызыл-Жар, Каиң-Талаа, Коо-Чаты': Каың-Талаа)",
)
RUSSIAN_VILLAGE_NOUN = Rule(
    "places.russian_village_noun",
    "a bare name of a Russian village's shape ('Кочкорка', 'Ивановка') in a Russian case"
    " right after a preposition of place ('в Кочкорке', 'из Покровки'), inside an oblast the"
    " document types, is the village",
)
RUSSIAN_BARE_ADJECTIVE = Rule(
    "places.russian_bare_adjective",
    "a Russian adjective without its noun takes a type noun of its gender nearby",
)
CHILD_OF_UNIT = Rule(
    "places.child_of_unit",
    "a name listed right after an ayil aimak in the genitive (or before it in a decree's"
    " row) is a village inside it",
)
SUCH_AS_LIST = Rule(
    "places.such_as_list",
    "names listed before сыяктуу (such as) and a type word take its level",
)
LIST_LEVEL = Rule("places.list_level", "members of one list share a level")
CASE_SIBLINGS = Rule("places.case_siblings", "bare names of one sentence in one case share a level")
COLUMN_HEADER = Rule("places.column_header", "its table column's header is a type word")
SEAT_RUSSIAN_NAME = Rule(
    "places.seat_russian_name",
    "a name under a type word (or its column's header) that the gazetteer lacks at that"
    " level but has as the Russian name of a village, the seat of a unit of that level of"
    " the same Kyrgyz name ('Тюгель-Сай' of Түгөл-Сай), is that unit (the ayil aimak named"
    " after its seat)",
)
PLACE_COLUMN = Rule("places.place_column", "a village's and AA's name in a place column: village")
TYPE_LABEL = Rule(
    "places.type_label",
    "a type word opening its line before a colon, or ending the words before a colon or"
    " a spaced dash ('во всех трех селах - Кенеш, Жазы'), types the names listed after it",
)
BRACKET_TYPE_LIST = Rule(
    "places.bracket_type_list",
    "a count and a type word with no name of its own right before a bracket ('эки облустун"
    " (Баткен, Ош жана Нарын)', 'два района (Ат-Башы и Кочкор)') type the names listed in the"
    " bracket, as many as the count",
)
TABLE_COLUMN = Rule("places.table_column", "cells of one table column share a level")
DATELINE = Rule("places.dateline", "the name opening a dateline is a settlement")
GENITIVE_OWNER = Rule(
    "places.genitive_owner",
    "a bare name in the genitive before a typed unit inside it is that unit's ancestor",
)
OWNER_OF_UNKNOWN_UNIT = Rule(
    "places.owner_of_unknown_unit",
    "a bare name in the genitive before a typed village or ayil aimak the gazetteer lacks"
    " is the nearest unit above it that a bare name names (Кадамжайдын Ат-Үңкүр айылында:"
    " the district; a town holds no village)",
)
SURNAME_SHAPED_UNIT = Rule(
    "places.surname_shaped_unit",
    "a name shaped like a surname, with no given name or initial beside it, in a unit's"
    " own slot (opening a dateline, right after its owner's type word in the genitive)"
    " is the unit the gazetteer has (Шопоков - 24.kg; Ак-Талаа районунун Баетов)",
)
SURNAME_AFTER_PREPOSITION = Rule(
    "places.surname_shaped_after_preposition",
    "a village or ayil aimak of a district or ayil aimak the document names with its type"
    " word, its name shaped like a surname, in a Russian case right after a preposition of"
    " origin or place, in the case that preposition governs ('из Кичи-Кемина', 'в"
    " Баетове'), is the unit: no person stands there so ('в Асанова' is a person's"
    " accusative)",
)
PERSON_AFTER_GOVERNING_WORD = Rule(
    "places.person_after_governing_word",
    "a name shaped like a surname after 'в' in the prepositional, right after a word that"
    " governs a person so (trust, doubt, need, disappointment, error, interest: 'уверены в"
    " Асанове', 'сомневаются в Иванове'), is the person's, no village (places.yaml"
    " person_governing_words_ru)",
)
LOCATED_OWNER = Rule(
    "places.located_owner",
    "a bare name in the attributive or locative right before a typed unit inside it"
    " ('Мирмахмудовдогу Будайлык айылында') is that unit's ancestor, though shaped like a"
    " surname",
)
PLURAL_ADJECTIVE_HOLDER = Rule(
    "places.plural_adjective_holder",
    "a unit's Russian adjective in the plural before a small unit's type word ('главы"
    " тюпских и тонских айыл окмоту', 'кеминских айыл окмоту') names several units: the district"
    " (else oblast) of its name that holds them, not one unit of that name",
)
EVENT_VENUE = Rule(
    "places.event_venue",
    "a Russian noun of a name both a city and an oblast after 'в', next to an event's kind"
    " word or verb, is where the event is held: the city",
)
VENUE_LIST = Rule(
    "places.venue_list",
    "Russian nouns listed after 'в', an event's word after the last, one a name both a city"
    " and an oblast ('в Нарыне и Кочкоре прошли семинары'): each where the event is held,"
    " the settlement of its name",
)
ROUTE_END = Rule(
    "places.route_end",
    "a bare end of a way between places ('Сары-Таштан Гүлчөгө', 'из Кара-Кульджи до ...')"
    " is a settlement of its name: a city, a town, a village",
)
HEAD_TITLE = Rule(
    "places.head_title",
    "a name both a city and an oblast next to the title of one's head is that unit",
)
OFFICE_CITY = Rule(
    "places.office_city",
    "a bare name both a city and an oblast before an office's noun ('ӨСИнин Ош кеңсеси'),"
    " or in the attributive before an oblast body's adjective ('Баткендеги облустук"
    " кеңеш') or a body's representation ('ЮНИСЕФтин Оштогу өкүлчүлүгү', not the"
    " state's), is the city the office is in, though the text names the oblast; so is one in"
    " the ablative before a participle of coming ('Таластан келген эксперт'): where a person"
    " is from",
)
ESTABLISHMENT_CITY = Rule(
    "places.establishment_city",
    "a bare name both a city and an oblast in the attributive or locative right before an"
    " establishment ('Оштогу «Алай» мейманканасында'): the city the building stands in,"
    " though the text names the oblast",
)
DIRECTION_SIDE = Rule(
    "places.direction_side",
    "a bare name before the noun of a side ('Ош жакка', 'Талас жагында'): a direction or"
    " the area around the place, not the unit",
)
NAMED_CENTRE = Rule(
    "places.named_centre",
    "a bare name the text calls a district's or an oblast's centre ('в Кара-Суу (районный"
    " центр)', 'райондун борбору'): the settlement, not the district of that name",
)
NAMED_AGAIN = Rule("places.named_again", "the document already named this unit")
ADJECTIVE_AGAIN = Rule(
    "places.adjective_again",
    "a bare Russian adjective the text says beside its type noun elsewhere ('в Ленинском"
    " районе' ... 'в Ленинском') is that unit again, no village of a neuter name (Ленинское)",
)
UNIT_INSIDE = Rule(
    "places.unit_inside",
    "a headline's label or a Russian noun both a city and an oblast is the oblast when the"
    " text names a unit inside it; so is a Kyrgyz demonym of it (Нарындыктар)",
)
HEADLINE_REGION = Rule(
    "places.headline_region",
    "a bare name on the page's headline (a short line over the body's prose, no full stop),"
    " both an oblast and a city or district, is the oblast when the body names with type"
    " words units of that oblast outside its city or district of that name ('Нарында ..."
    " форуму башталды' over a story of a Bakai-Ata ayil aimak): the region it is about;"
    " not when the body types that city itself ('Нарын шаарынын стадионунда')",
)
INSIDE_DISTRICT = Rule(
    "places.inside_district", "a unit inside a district named in the same sentence"
)
CUT_ROW_VILLAGE = Rule(
    "places.cut_row_village",
    "the name opening a decree's row of settlements cut short after one more word ('Түгөл-Сай"
    " Кара'), under a row whose opening name is a village, is a village too",
)
INSIDE_AYIL_AIMAK = Rule(
    "places.inside_ayil_aimak",
    "a village of an ayil aimak named with its type word in the same sentence",
)
VILLAGE_BEFORE_BRACKETED_AIMAK = Rule(
    "places.village_before_bracketed_aimak",
    "a bare name right before a bracket holding only an ayil aimak with its type word"
    " ('Тамчы (Тамчы айыл аймагы)') is a village of that aimak, where the gazetteer has one",
)
INSIDE_NAMED_UNIT = Rule(
    "places.inside_named_unit",
    "an ayil aimak or village of a district or ayil aimak the document names with its type word",
)
HOME_OPENING = Rule(
    "places.home_opening",
    "a small unit of a district or ayil aimak the document names with its type word, opening"
    " its sentence in the locative before a participle of living ('Кабакта жашаган мугалим')"
    " or in the ablative before one of coming: where a person lives or is from",
)
ATTRIBUTIVE_OPENING = Rule(
    "places.attributive_opening",
    "a small unit of a district or ayil aimak the document names with its type word, opening"
    " its sentence in the attributive before a lower-case noun, its name capitalised parts"
    " joined by a hyphen: the thing of the noun is at that place, and no common word is so"
    " written",
)
TYPED_SIBLING = Rule(
    "places.typed_sibling", "a sibling of a small unit typed in the sentence takes its level"
)
TYPED_UNIT_DISTRICT = Rule(
    "places.typed_unit_district",
    "the district of a small unit typed just before it, named bare, is that district",
)
LISTED_SIBLING = Rule(
    "places.listed_sibling",
    "a name in the case of a small unit typed in the sentence, a sibling of it, is that"
    " sibling, not a village of it (a list of ayil aimaks)",
)
CASE_OF_TYPED = Rule(
    "places.case_of_typed", "the level of a typed name of the sentence in the same case"
)
BARE_NAME = Rule("places.bare_name", "a bare name alone: its broadest usual level")
NOT_IN_GAZETTEER = Rule(
    "places.not_in_gazetteer", "a small unit the gazetteer lacks, known from its type word"
)
FUZZY_SPELLING = Rule(
    "places.fuzzy_spelling", "a spelling variant of a gazetteer name of the type word's level"
)
RUSSIAN_CASE_FORM = Rule(
    "places.russian_case_form",
    "a typed name matched by spelling that is the gazetteer's name with a Russian case ending"
    " in place of its nominative's ('жители сел – Акимбека и Халмиона': Акимбек): the name"
    " declined, given as the gazetteer writes it, not a spelling variant of its own",
)
NAMED_LIKE_ANOTHER_LEVEL = Rule(
    "places.named_like_another_level",
    "a typed name the gazetteer lacks at its type word's level that names a unit of a wider"
    " level (its Russian name or adjective) is the unit of the type word's level sharing"
    " that unit's Kyrgyz name ('Иссык-Кульского айыл окмоту': the ayil aimak Ысык-Көл)",
)

# ------------------------------------------- rules that pick the unit among units of a name

UNIT_USER_ALIAS = Rule(
    "places.unit_user_alias",
    "of the units of this name and level, the one the user's --gazetteer file gives this"
    " spelling as an alias",
)
UNIT_OF_EXACT_SPELLING = Rule(
    "places.unit_of_exact_spelling",
    "of the units of this name and level, the one spelt as the text writes it (Каракол, not"
    " Кара-Көл: ө for о and a hyphen fold together), before any place named decides",
)
UNIT_OF_NAMED_PARENT = Rule(
    "places.unit_of_named_parent",
    "of the units of this name and level, the one inside a place the sentence (else the"
    " document) names",
)
UNIT_HOLDING_NAMED_CHILD = Rule(
    "places.unit_holding_named_child",
    "of the units of this name and level, the one holding a unit the sentence names"
    " (an ayil aimak told apart by its village)",
)
UNIT_OF_NAMED_SIBLING = Rule(
    "places.unit_of_named_sibling",
    "of the units of this name and level, the one sharing its parent with a unit of its"
    " level that the sentence names and the gazetteer holds once (a list of ayil aimaks of"
    " one district)",
)
UNIT_WITHOUT_CONTEXT = Rule(
    "places.unit_without_context",
    "no place the text names tells the units of this name and level apart: the first"
    " by level and spelling",
)

# ---------------------------------------------------------------- rules that drop

NUMBERED_AREA = Rule(
    "places.numbered_area",
    "a quoted name glued to a number after a hyphen that the gazetteer lacks so"
    " ('\"Кара-Жыгач-2\"', '«Ак-Орго-3»') names a housing estate, no unit of that name",
)

CHROME_LINE = Rule("places.chrome_line", "a line of page chrome names no place")
HASHTAG = Rule(
    "places.hashtag", "a post's hashtag ('#Баткен') is a tag the post is filed under, no place"
)
LOGO_LINE = Rule(
    "places.logo_line",
    "a name in capitals alone on its line, without a mark or a date, is a site's logo",
)
SITE_NAME = Rule(
    "places.site_name",
    "the page's first line that the copyright line repeats, or a publication's name before"
    " a dash saying what it is, is the site's name",
)
CUT_OFF = Rule(
    "places.cut_off",
    "a name running into the end of a text cut off mid-line may itself be cut short",
)
FEATURE_WORD = Rule(
    "places.feature_word",
    "after a lake's, river's, pass's or street's word it names the feature or the street",
)
ON_A_LANDFORM = Rule(
    "places.on_a_landform",
    "a Russian bare noun of a village or ayil aimak after 'на' ('на Сон-Куле') names the lake,"
    " pasture or pass of that name: Russian says 'в' of a settlement",
)
LAKE_SHORE = Rule(
    "places.lake_shore",
    "a Kyrgyz bare name ending in a lake's noun, in the genitive before its shore's noun"
    " ('Ысык-Көлдүн түштүк жээгинде') names the lake, not the oblast",
)
PRODUCE_OF_PLACE = Rule(
    "places.produce_of_place",
    "a Kyrgyz bare name in the genitive right before a noun of produce in its possessive"
    " ('Баткендин өрүгү', 'Таластын буурчагы'), in a paragraph that trades it (sold, a"
    " market, a fair), names the produce called after the place, no place",
)
AROUND_A_LANDFORM = Rule(
    "places.around_a_landform",
    "a Kyrgyz bare name of a village or ayil aimak that is a lake's or pass's name, in the"
    " genitive before the land around or along it ('Соң-Көлдүн айланасындагы жайыттар'),"
    " names the lake or pass",
)
ROAD_TO_A_LANDFORM = Rule(
    "places.road_to_a_landform",
    "a Kyrgyz bare name of an ayil aimak, no village's, that is a lake's or pass's name, in"
    " the dative before a road's noun, only words of going between ('Соң-Көлгө баруучу"
    " жолдо'), names the lake or pass the road leads to; a village's name stays: a road"
    " leads to a village",
)
ROAD_NAME = Rule("places.road_name", "names joined by dashes before a road's word name the road")
NEEDS_TYPE_WORD = Rule(
    "places.needs_type_word", "a common word that is a place only with a type word"
)
COUNTRY = Rule(
    "places.country",
    "the country is no unit of the gazetteer's levels (places.country_named makes it"
    " the record's place of level country)",
)
COUNTRY_NAMED = Rule(
    "places.country_named",
    "the text names the country: the record's one place of level country, each mention kept",
)
GIVEN_NAME_BEFORE_PATRONYMIC = Rule(
    "places.given_name_before_patronymic",
    "a name no unit of its type word's level has, after a Russian type word, then a father's"
    " name and 'уулу' or 'кызы' ('глава айыл окмоту Бакыт Асан уулу'): a person's"
    " given name, no unit",
)
NAMESAKE_INITIAL = Rule(
    "places.namesake_initial",
    "a capital letter and its dot before a name no unit of the level has, then a word of"
    " 'named after' ('С. Асанов атындагы мектеп', 'Т. Молдо атындагы китепкана'), is a"
    " person's initial, not the abbreviated type word 'с.' or 'г.': the institution is"
    " named after him, no place",
)
SURNAME_WITH_INITIALS = Rule(
    "places.surname_with_initials",
    "a name no unit of its type word's level has, after a Russian type word, then a"
    " person's initials ('житель села Абдрахманов Т. предложил'): a person of the place,"
    " no unit",
)
PERSON_NAME = Rule(
    "places.person_name", "part of a person's, street's or title's name, not the unit"
)
COMMON_WORD_SENTENCE_START = Rule(
    "places.common_word_sentence_start",
    "a common word opening a sentence or a quotation, capitalised for that reason (a lexicon"
    " word, one the text writes in small letters, or whose verb it does: 'курулат. Курулуш')",
)
SMALL_UNIT_SENTENCE_START = Rule(
    "places.small_unit_sentence_start",
    "a village's name opening a sentence or a quotation before a lower-case word (a count"
    " between, no date), with no type word, is a common word capitalised for the sentence",
)
LIST_OF_WORDS = Rule("places.list_of_words", "a list of words that need a type word, none given")
LIST_OF_SURNAMES = Rule(
    "places.list_of_surnames",
    "a list of bare words that all end as surnames, with no case ending and no type word,"
    " names people, though villages are named after people so",
)
NO_LEVEL = Rule("places.no_level", "no type word, list or context gave it a level")
UNKNOWN_LARGE_UNIT = Rule(
    "places.unknown_large_unit",
    "no gazetteer unit of its level has this name, and no type word makes it a small unit",
)
NOT_UNIT_NAME = Rule(
    "places.not_unit_name",
    "a determiner, number, adjective or sentence opener before a type word names no unit",
)
WHOLE_NAME_PART = Rule(
    "places.whole_name_part",
    "an unknown name before its type word ends in a word the gazetteer's names end in"
    " (Кара-Жылга, Талды-Пахта), not in a case ending cut off a shorter one",
)
INFLECTED_NAME = Rule(
    "places.inflected_name", "a word with a case ending stands before no type word as a name"
)
COMMON_WORD_OPENING = Rule(
    "places.common_word_opening",
    "a word the gazetteer lacks, capitalised for opening its sentence before a type word,"
    " that the text writes in small letters elsewhere is a common word, not a unit's name",
)
COMMON_NOUN_ENDING = Rule(
    "places.common_noun_ending",
    "a word the gazetteer lacks with the ending of a Russian abstract noun or office"
    " ('Население', 'Администрация') before a type word heads 'X of the unit', names none",
)
PERSON_AFTER_ROLE = Rule(
    "places.person_after_role",
    "a role word, a given name (or its initial) and a surname before an ayil aimak's type word: the person"
    " holding the role is the sentence's subject, no unit (also when the gazetteer has a"
    " unit of the surname's name)",
)
PUBLICATION_OF_UNIT = Rule(
    "places.publication_of_unit",
    "a unit's adjective before a newspaper's or journal's noun ('Чүй облустук гезити')"
    " names the publication's readership, no place the text tells of",
)
OWNER_OF_NAMED_UNIT = Rule(
    "places.owner_of_named_unit",
    "a word before a Russian type word in the genitive that a name of its level follows"
    " ('АЙЫЛНЫЙ КЕНЕШ АЙЫЛНОГО АЙМАКА САРЫ-КОО'): the noun that unit owns (its council), the"
    " type word the name's after it, no unit",
)
PERSON_SHAPED_NAME = Rule(
    "places.person_shaped_name",
    "a name the gazetteer lacks before a type word, shaped as a person's (a patronymic"
    " ending it: '... Нурлан Токтосунович айыл аймакта', or a surname after one; an initial"
    " opening it, the type word"
    " without the possessive: 'Б.К. Эсенгулов айыл аймакта'), is the sentence's subject, no"
    " unit",
)
IN_EMAIL_ADDRESS = Rule(
    "places.in_email_address",
    "a name inside an e-mail address ('Kochkor.ayil@mail.kg') is the address's, no unit",
)
QUOTED_TITLE = Rule(
    "places.quoted_title", "a quoted name with its type word is a title, not a unit"
)
QUOTED_UNKNOWN_NAME = Rule(
    "places.quoted_unknown_name",
    "a name the gazetteer lacks, in quotes before a settlement's type word, names a"
    " city's estate, a firm or a farm ('«Ак-Тилек» конушу'), no unit",
)
NAMED_PASTURE = Rule(
    "places.named_pasture",
    "a name with no case ending before a pasture's noun in its singular possessive ('Ак-Кыя"
    " жайыты', 'Сары-Булак жайлоосуна'), or the bare names of a list before its plural"
    " possessive ('Ак-Кыя жана Сары-Булак жайлоолорунда'): the pasture's name, not the unit",
)
ORGANIZATION_NAME = Rule(
    "places.organization_name",
    "part of the name of an organisation, a firm, a newspaper or an event (quoted, or"
    " before its noun), not the unit",
)
PLURAL_WORD = Rule(
    "places.plural_word", "a bare name with a plural ending of its own is a common word"
)
LONGER_UNKNOWN_NAME = Rule(
    "places.longer_unknown_name",
    "a capitalised word right before it, inside the sentence, makes one longer name"
    " with it before the type word: that name's unit, not this one",
)
LONGER_NAME_AT_SENTENCE_START = Rule(
    "places.longer_name_at_sentence_start",
    "the sentence's first word makes one longer name with it before the type word (the"
    " gazetteer opens names with that word, or the text names the longer unit inside a"
    " sentence): that name's unit, not this one",
)
SLASH_LIST = Rule(
    "places.slash_list",
    "capitalised gazetteer names joined by a slash in one word are a list of those names",
)
NUMBER_OPENED_NAME = Rule(
    "places.number_opened_name",
    "the number right before it opens with it a name the gazetteer has: that name's unit",
)
BRACKETED_OTHER_NAME = Rule(
    "places.bracketed_other_name",
    "a bare name alone in a bracket right after a unit with its type word, neither its own"
    " name, nor its parent's, nor a village of it when it has a village of its own name"
    " besides ('Челпек айыл аймагы (Теплоключенка)', 'Арстанбап айыл аймагынан (Арсланбоб)'), is"
    " another spelling of that unit's name (its seat's, a former or official one), no"
    " second place",
)
BRACKETED_OWN_VILLAGE = Rule(
    "places.bracketed_own_village",
    "a bare name alone in a bracket right after an ayil aimak with its type word, that the"
    " gazetteer holds as a village of that aimak, which has a village of its own name"
    " besides ('Кереге-Таш айыл аймагы (Кара-Кыз)'), is that village: a place the text"
    " names; in an aimak with no village of its name the bracket gives the name the aimak"
    " is known by",
)
BRACKETED_PARENT = Rule(
    "places.bracketed_parent",
    "a bracket holding its parent unit parts it from its type word: that type word gives"
    " its level, and the bracket's unit is read too",
)
SURNAME_BEFORE_BRACKET = Rule(
    "places.surname_before_bracket",
    "a surname after a given name, before a bracketed unit and a type word, names the"
    " unit's head, not the unit",
)
INITIAL_AFTER_TYPE = Rule(
    "places.initial_after_type",
    "a capital letter after a Russian type word, before a surname, is the initial of a"
    " named-after unit the gazetteer has (no second type word): the type word types it",
)
OWNED_BEFORE_PLURAL_TYPE = Rule(
    "places.owned_before_plural_type",
    "one unknown word before a plural type word, right after its owner's type word in the"
    " genitive (Ноокат районунун Он-Арык айыл аймактары), is a member of the list the"
    " type word closes, no phrase",
)
PLURAL_TYPE_ONE_WORD = Rule(
    "places.plural_type_one_word",
    "one unknown word before a plural type word (or after a Russian one) is a phrase, not a unit",
)


def veto(m: Mention) -> Rule | None:
    """The rule that makes a bare name no place without a type word or a list, or None."""
    key = fold(m.name)
    if key in NEEDS_TYPE or fold(m.name + m.ending) in NEEDS_TYPE:
        return NEEDS_TYPE_WORD
    if key in COUNTRIES:
        return COUNTRY
    if m.organization:
        return ORGANIZATION_NAME
    if m.pasture:
        return NAMED_PASTURE
    # (a way's end through a point, before its limit, is the settlement: marks.py)
    if m.person or (looks_like_person(m.name) and not m.route_limit):
        return PERSON_NAME
    if not m.units:
        return NO_LEVEL
    if plural_word(m):
        return PLURAL_WORD
    if (
        (m.opens_sentence or m.opens_phrase)  # a quotation's first word too (round 37)
        and not m.dateline
        and (m.written_small or not m.ending and key in COMMON_WORDS)
    ):
        return COMMON_WORD_SENTENCE_START
    if small_unit_opening(m):
        return SMALL_UNIT_SENTENCE_START
    return None


# ---------------------------------------------------------------- page chrome and features


def chrome_ranges(ctx: Context) -> list[tuple[int, int]]:
    """Lines of page chrome (the segment stage's line classes, segment/lines.py)."""
    return ctx.segments.line_classes.chrome


def inside_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    k = bisect_left(ranges, (pos + 1,)) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]
