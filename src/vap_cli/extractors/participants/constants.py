"""Every reach, window and threshold of the participants extractor, in one place.

Reaches count tokens unless they say characters; each bounds a look-around, so
every number costs a bounded amount of work whatever the document's length.
"""

from __future__ import annotations

# A clause's own ends inside a sentence, besides the sentence's (negation.py, tallies.py,
# being.py): a comma and a semicolon.
CLAUSE_CUTS = frozenset({",", ";"})
# How far a status verb may stand after its count ("... 40 депутат ... катышты"):
# a Kyrgyz clause ends in its verb, seldom more than 40 tokens on.
STATUS_REACH = 40
# How many adjectives may stand between a number and its noun ("жаңы шайланган депутаттары").
MAX_MODIFIERS = 3
# How far back from a Russian "а также" the verb of the count it joins may stand
# ("приняли участие 17 депутатов из 21 избранных, а также 35 жителей": eight tokens;
# the people's units listed before it, a hyphened name three tokens: "45 человек – главы и
# финансисты Казыбекского, Ача-Кайындинского, Талды-Суйского айыл окмоту, айыл окмоту
# Ак-Муз и еще семи айылных аймаков", 23 tokens; round 39). Bounded: linear.
JOINED_STATUS_REACH = 24
# How far back from the source preposition before a count of units the word of aid their
# people received may stand ("С 24 ноября по 2 декабря помощь получили многодетные семьи,
# дети-сироты и одинокие пенсионеры из пяти айыл окмоту": a list of three groups of
# people, a hyphened noun three tokens, fourteen tokens; round 63): as the joined status.
AID_LIST_REACH = JOINED_STATUS_REACH
# A phrase of means' word before the word of aid stands right before it ("с помощью"):
# cues.aid_as_means, and a table's caption of aid (tables.aid_caption).
AID_MEANS_REACH = 1
# How many tokens a noun phrase outside the lexicon may span before its verb
# ("300дөн ашуун ата-эне жана окуучу катышты").
GENERIC_REACH = 5
# How many tokens after a list's joiner the later count and its verb of taking part may
# span ("17 иш берүүчү, ошондой эле Калача, Кара-Тумшук, Өтүкчү жана Миң-Чынар
# айылдарынан 260тан ашуун жумушсуз жаран катышты": the places of the later count).
GENERIC_LIST_REACH = 24
# How many words may stand between a list's closer "болуп" and the total's number after it
# ("..., уздар болуп бардыгы 50дөн ашык киши катышты"; acc59).
LIST_CLOSER_REACH = 2
# How far back in its sentence a dative may name a contest ("Сынакка катышкандарга"):
# a clause of a few noun phrases.
CONTEST_DATIVE_REACH = 20
# A noun of agents outside the lexicon ("25 ырчы концертке катышты", "собрались 25
# зрителей") counts only with a verb of taking part this close (tokens after it).
AGENT_VERB_REACH = 4
# ... or the verb of a list it opens: a who-noun of the lexicon this close (tokens after
# the list's comma), with its verb right after ("250гө жакын айылдаштар, коңшу
# айылдардан келген коноктор катышты").
AGENT_LIST_REACH = 16
# The list a part of a body opens, whose verb it shares, may name the villages its
# residents come from ("21 депутатынын 17си, айыл өкмөтүнүн кызматкерлери, Кара-Суу,
# Ак-Жар жана Тал-Булак айылдарынын тургундары – жалпы 60тан ашуун адам катышты": a
# hyphenated name is three tokens; round 41): this many tokens after its comma.
PART_LIST_REACH = 28
# How many words after the counted noun may still say it is a host or a target.
HOST_REACH = 3
# How many words after units in the genitive may name the people they own ("22 айыл
# аймагынын жергиликтүү кеңештеринин бюджет боюнча комиссияларынын мүчөлөрү": six).
OWNED_REACH = 8
# How many units beside the first in the genitive may share what they own ("4 мектептин
# жана 2 ФАПтын жылуулук системасы": one); each moves OWNED_REACH on, so a long run of
# them would walk each number to the end of its window (review of round 41).
MAX_UNIT_SIBLINGS = 3
# How far back in its sentence an election or a population word undoes a count.
CUE_REACH = 8
# The tokens before a count a cue is read in: CUE_REACH counts the count's own first token.
CUE_TOKENS_BEFORE = CUE_REACH - 1
# How far back from its last bare row a list may open (":", "из них"): nine rows
# of "Джалал-Абадская – 142," are 45 tokens.
ROWS_REACH = 80
# How many rows of a list, one a line, may stand between a row and the ":" above them
# (each line within ROWS_REACH tokens): a long breakdown by ayil aimak or village.
LIST_ROWS_REACH = 40
# How far before a subject's noun its own number may stand: the number, a qualifier or
# an adjective between ("45тен ашык жаңы депутат").
SUBJECT_COUNT_REACH = 3
# How many words before a Russian count of units may name the people they own.
OWNER_REACH = 4
# The words of a body's name in the genitive before the noun it owns ("айыл кеңешинин").
OWNER_WORDS = 3
# How far after a bare row the next number of its list may start ("Нарындан 20, Таластан 15").
ELLIPTIC_REACH = 6
# How far back a row's or a count's clause may open ("в Чуйской области участвовали 40
# человек": five tokens; a place of three words, a preposition, a verb of two; two
# places joined, each of three tokens, their type word of two, a verb and its object
# and "по": "В Кара-Суйском и Ак-Талинском айыл окмоту пришли по 30 человек", twelve
# tokens, and the end of the sentence before them).
ROW_CLAUSE_REACH = 13
# ... after a row in a unit's locative ("Ак-Суу айылында 40, ..."): the next row's place
# may name its parent unit too, a hyphen or a slash a token of its own ("Чоң-Таш айыл
# аймагына караштуу Кара-Тал айылында 35": eleven tokens; "Гавриловка а/а караштуу
# Романовка менен Жангарачта 180ге": nine).
ELLIPTIC_LOCATIVE_REACH = 14
# A verb of taking part right after a collective ("экөө тең катышты") or a part
# ("17си катышты"): this many tokens at most.
COLLECTIVE_VERB_REACH = 3
# The count of people whose rows a collective after a colon is ("Курска 30 аял катышты:
# үчөө ..."): within this many tokens before the colon, in its sentence.
COLLECTIVE_TOTAL_REACH = 16
PARTITIVE_VERB_REACH = 4
# A part of units in the ablative ("58 мектептин 46сынан 9-11-класстын 312 окуучусу
# катышты"): the count of their people stands at most this many tokens after it (a
# grade or an age range between).
PART_SOURCE_REACH = 5

# Only the text around a possible number is tokenised: this many characters before it
# (an owner noun, a qualifier, a participle) and after it (qualifiers, adjectives, the
# noun, the status verb), widened to the nearest space within SNAP characters.
WINDOW_BEFORE = 200
WINDOW_AFTER = 600
SNAP = 60
# Windows that overlap merge into one, up to this many characters: a number whose window
# would make it longer opens a window of its own (which overlaps the one before it, as
# two windows snapped to their spaces may: a count read in both is kept once,
# participants.overlap). Bounds the tokens and numbers of one window held at once (a run
# of "1.1 " a megabyte long was one window: 390 MB of memory a MB of text). The longest
# window of the corpora (gold, held-out, samples, real pages) is a whole document of
# 4,102 characters, all its numbers within a window of each other.
WINDOW_MAX = 20_000

# Breakdowns (characters of the original text): how long a sentence introducing rows
# may be up to its colon; how far apart a count of people and the count of units they
# came from may stand; how much of a list joiner is looked for before a place.
INTRO_REACH = 200
PEOPLE_UNITS_GAP = SNAP
JOINER_REACH = 40
# How many spaces and dashes may stand between a place and its row's number
# ("Нарынская – 76"): more is layout, not a row.
ROW_GAP_REACH = 12
# A who-noun is at most this many words ("айыл өкмөтүнүн башчысы"), a participle
# of taking part before a count at most this many ("катышкан 30 адам", "приглашаются
# к участию по 3 делегата").
MAX_WHO_WORDS = 3
MAX_STATUS_WORDS = 3
# How many words a place between a verb of taking part and its count may have ("в
# Кочкорском районе Нарынской области": four; "Ат-Башы айыл аймагынын Кара-Суу айылында":
# seven, a name's hyphen no word).
PLACE_BETWEEN_WORDS = 7
# The case of a word is read from at most this many letters at its end (a possessive
# and a case: -сынан, -ынан); a noun keeps at least this many letters before its
# endings (айыл, шаар).
CASE_TAIL_MAX = 6
NOUN_STEM_MIN = 3
# A quoted name holds at most this many tokens between its quotes ("«1000 лидер»",
# "«Топ-10 ишкер»"): longer quotes are speech, whose counts stand.
QUOTED_NAME_MAX = 6
# How far from a quota a word of "each" is looked for in its sentence (characters): a
# bound, so that each quota of one unended sentence as long as the text reads a few
# hundred characters, not the sentence (__init__._says_each; issue 15).
EACH_REACH = 400
# A stance said after a count's noun ("150 тургун «макул»", "40 жителей проголосовали
# «за»") stands past at most this many quote marks, dashes or verbs of voting.
STANCE_GAP_MAX = 3
# The most item numbers opening one line ("1. 2. Токтом ...": a mark put before an item's
# own number), read back from one of them: enough for a mark and a numbered sub-item,
# bounded so that a line of many "N." stays linear.
ITEM_MARKS_CHAIN_MAX = 3
# The quotation mark: normalising makes every one this mark.
QUOTE_MARK = '"'
# The dashes a row, a part or a gapped clause is set off by: hyphen, en dash, em dash.
DASHES = frozenset("-–—")
# The sign that parts a list's items, a clause from an aside or from the next clause.
COMMA = ","

# The most words a count written in words spans, looked for back from where it ends
# ("двадцати пяти", "одна тысяча двести пятьдесят три": five).
COUNT_WORDS_MAX = 6
