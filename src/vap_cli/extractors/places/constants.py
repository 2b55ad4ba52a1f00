"""Every score and threshold of the places extractor, in one table.

A score says how sure the extractor is of a place's level and unit (Place.score);
the levels of evidence rank so: a type word, then a list or table that shares one,
then the sentence's context, then a bare name alone.
"""

from __future__ import annotations

# ---------------------------------------------------------------- scores (0..1)

# A type word names the level ("Нарын облусу", "г. Кемин"): nothing is surer.
SCORE_TYPE_WORD = 1.0
# A plural type word at a list's end types each member ("Ош жана Нарын облустары").
SCORE_PLURAL_TYPE_LIST = 0.95
# Members of one list share a level with a typed member or the majority of them.
SCORE_LIST_LEVEL = 0.9
# A cell under a column header that is a type word ("Айыл аймагы").
SCORE_COLUMN_HEADER = 0.9
# Cells of one table column share a level.
SCORE_TABLE_COLUMN = 0.9
# The city opening a dateline ("Бишкек, 14 июля").
SCORE_DATELINE = 0.9
# A genitive name owning the typed unit after it ("Оштун Чоң-Алай районунан"): the
# gazetteer confirms one contains the other, as sure as a list.
SCORE_GENITIVE_OWNER = 0.9
# A name both a city and an oblast next to the title of one's head ("Полпред Нарына").
SCORE_HEAD_TITLE = 0.9
# The unit this document already named with its type word.
SCORE_NAMED_AGAIN = 0.9
# The same case as a typed name of the sentence ("Нарын облусунан ..., Ысык-Көлдөн").
SCORE_CASE_OF_TYPED = 0.9
# Bare names of one sentence in one case are siblings (weaker than a list).
SCORE_CASE_SIBLINGS = 0.85
# A unit inside a district named in the same sentence.
SCORE_INSIDE_DISTRICT = 0.85
# A small unit inside a district or ayil aimak typed elsewhere in the document.
SCORE_INSIDE_NAMED_UNIT = 0.8
# A sibling of a small unit typed in the sentence (same level, same parent).
SCORE_TYPED_SIBLING = 0.85
# An end of a way between places, a settlement (places.route_end).
SCORE_ROUTE_END = 0.85
# A bare name with no context: the broadest level of BARE_LEVELS it has.
SCORE_BARE_NAME = 0.8
# A place the gazetteer lacks, known only from its type word (id null, a warning).
SCORE_UNKNOWN = 0.7

# ---------------------------------------------------------------- thresholds

# Fuzzy matching of spelling variants: rapidfuzz ratio on folded names, and the
# shortest folded name tried. 88: one letter left out of 7+, or one changed in 9+
# (Жылалды is not Жыланды); shorter names differ by one letter too often.
FUZZY_MIN_RATIO = 88.0
FUZZY_MIN_LENGTH = 5
# Oblasts and districts are few: two of them sharing the first two letters differ by
# a ratio of 80 at most, so a typed name of these levels one letter off a longer name
# (Кара-Суй району, Жети-Өзүз району) still finds it at 85.
FUZZY_MIN_RATIO_LARGE = 85.0
FUZZY_LARGE_LEVELS = frozenset({"oblast", "district"})
# A word longer than this ending in a person-name ending is a surname (Асанов), not a place.
PERSON_NAME_MIN_LENGTH = 5
# Stems of "not a place before" words this long also match as prefixes (проспектисиндеги).
NOT_PLACE_PREFIX_MIN_LENGTH = 5
# A type word with one letter dropped or doubled in its ending (облуснун for облусунун,
# облустунун) still types the name: only stems this long (облус, район; not шаар, айыл,
# which start other words) and forms this long (stem and an ending of 3+ letters, so
# no adjective like райондук lands on a short form) are read so.
MISSPELT_TYPE_STEM_MIN_LENGTH = 5
MISSPELT_TYPE_FORM_MIN_LENGTH = 8
# A dateline is short: look no further than this many characters either side of its city.
DATELINE_WINDOW = 60
# A cell's separators are looked for this many characters either side of its text.
CELL_WINDOW = 20
# A table row's line start is looked for this far back (longer lines are no table rows).
COLUMN_WINDOW = 400
# The table of a cell read from the separators around it (Mention.column's first part;
# a table the segment stage found is named by its start, never negative).
TEXT_COLUMNS = -1
# A gazetteer name is read over at most this many words ("Төмөнкү Ала-Арча" is two):
# a longer run of capitalised words is never one name.
MAX_NAME_WORDS = 3
# A unit named after a person ("айылный аймак им. Токтомата Зулпуева"): a given name and
# a surname at most.
NAMED_AFTER_MAX_WORDS = 2
# A genitive owns the type word right after it or one word later ("Чүйдүн үч району").
OWNED_TYPE_REACH = 2
# A Russian city name keeps at least this many letters before its case ending (Ош-е).
RU_NOUN_STEM_MIN = 2
# Units are chosen twice over, so that a cell's district helps the ayil aimak beside it.
UNIT_PASSES = 2
# A level outside a ranking sorts after every ranked level.
UNRANKED = 99
# More than the levels that bare_rank ranks: an unranked level sorts after them all,
# then by its level rank.
BARE_RANK_SPAN = 10
# Place.score is given to this many decimals.
SCORE_DECIMALS = 2

# The shortest case ending read after an abbreviation ("обл-да"): one letter ("а") is
# too often a letter of the word itself.
ABBR_ENDING_MIN = 2
# A unit's abbreviation has at least this many capitals ("АӨ", "АА"); one with a Kyrgyz
# ending glued on ("АӨнүн") is longer.
ABBR_LETTERS_MIN = 2
# A word's case ending is trusted (the word is no name in the nominative) only when the
# ending has this many letters or more, on a stem (its compound's last part: "Ак-Өргө"
# is no "Ак-Өр" with a dative) of this many letters or more: a one-letter ending or a
# two-letter stem is too often a letter or two of the name itself.
CASE_ENDING_MIN = 2
CASE_STEM_MIN = 3
# The longest aside in brackets between a list's last member and its continuation
# ("(по 6 человек)", "(Кеминский район)"): a few words.
BRACKET_ASIDE_MAX = 60
# The longest bracket of children after a typed unit ("Сары-Булак айыл аймагы (Балбай,
# Тогуз-Булак, ...)"): a line's list of villages.
CHILDREN_BRACKET_MAX = 200
# The genitive's name among morph's cases (morph.case_of, a mention's `case`): an owner's
# case ("Кара-Кулжа районунун X", "X аймагынын Y айылында").
GENITIVE = "genitive"
