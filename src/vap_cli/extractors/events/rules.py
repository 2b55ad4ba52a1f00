"""The events' named rules (`vap parse --explain`): every decision that keeps or
drops an event, or sets its kind, start or end. A candidate is a sentence or list
item that names a kind, or a table row with a date; its lines follow one another
in the order made (the kind, then the event, then its dates)."""

from __future__ import annotations

from ...explain import Rule

KIND_BEFORE_VERB = Rule(
    "events.kind_before_verb",
    "the event's kind is the kind word nearest before the sentence's event verb"
    " ('Семинарлардан кийин онлайн окуулар уюштурулат': онлайн окуу)",
)
KIND_FIRST_WORD = Rule(
    "events.kind_first_word",
    "the event's kind is the sentence's first kind word (no event verb stands after one)",
)
LIST_ITEM_KIND = Rule(
    "events.list_item_kind",
    "an item of a list takes the kind of the sentence that opens the list with a colon"
    " ('... сапарлары төмөнкүлөрдү камтыйт:' over '· Жазы АА, 21-ноябрь')",
)
KIND_WITH_HOLDING_VERB = Rule(
    "events.kind_with_holding_verb",
    "a word that is a kind only when it is held ('окуу': a training, but also study and"
    " reading) names one with a verb of holding right after it ('60 адам үчүн окуу өттү',"
    " 'окуулар уюштурулду'); not 'окуу жылы', 'окуу куралдары', 'окууга тапшырды'",
)
DATED_SENTENCE = Rule(
    "events.dated_sentence",
    "a sentence or list item that names a kind and holds a date is an event, from its"
    " first date to its last",
)
UNDATED_WITH_VERB = Rule(
    "events.undated_with_verb",
    "a sentence naming a kind with an event verb ('өтөт', 'состоится') and no date is"
    " an event without a date, when no dated event of its kind is told",
)
UNDATED_NO_VERB = Rule(
    "events.undated_no_verb",
    "a sentence naming a kind with no date and no event verb tells of no event of its own"
    " (the kind is only mentioned)",
)
UNDATED_ADDS = Rule(
    "events.undated_adds_to_only",
    "an undated sentence of a kind told once with a date is about that event: it adds"
    " its duration, participants and places to it, no event of its own",
)
UNDATED_ADDS_UNDATED = Rule(
    "events.undated_adds_to_undated",
    "an undated sentence of a kind (or of a word of it: 'семинар' of 'семинар-тренинг')"
    " whose only event is told without a day (an event verb and no date: 'прошел"
    " тренинг') is about that event: it adds its duration,"
    " participants and places to it, no event of its own",
)
ISSUED_IS_REPORT_DAY = Rule(
    "events.issued_is_report_day",
    "the page's issued date (a dateline's 'Токмок, 22 ноября 2023 года') is the day of the"
    " report, not of the event it tells without a date of its own ('прошел тренинг'):"
    " that event has no day, unless its sentence says 'today' (events.today_is_issued)",
)
UNDATED_AMBIGUOUS = Rule(
    "events.undated_of_several",
    "an undated sentence of a kind told several times with dates cannot say which of"
    " them it is about: no event of its own",
)
RELATED_NEWS_LINE = Rule(
    "events.related_news_line",
    "a line of a related-news block ('Ранее: ...', 'Другие новости', 'Байланыштуу"
    " жаңылыктар' over other articles' headlines) tells of another page's event, none"
    " of this one",
)
TABLE_ROW = Rule(
    "events.table_row",
    "a row of a schedule table (a date column) with a date is an event of its own:"
    " its kind from its kind column, else the last kind named above the table (within"
    " 300 characters: the caption's on the line right above it that ends in no"
    " sentence's mark, else the text above's), else the prose's commonest kind, else"
    " иш-чара",
)
TABLE_PLACE_CELL = Rule(
    "events.table_place_cell",
    "a row's cell in a schedule table's place column named by a place noun ('Жери',"
    " 'Населенный пункт'), not a unit's type word, gives the row's event the places"
    " read in it ('Кадамжай району')",
)
TABLE_SERIES = Rule(
    "events.table_series",
    "a prose event of a kind a schedule table lists, undated or with a range that"
    " covers rows of it, announces the series the table lists: no event of its own"
    " (its duration goes to the rows)",
)
DATES_INSIDE = Rule(
    "events.dates_inside",
    "an event's start and end are the first and last dates inside its text, once"
    " their years are filled in",
)
SAME_EVENT = Rule(
    "events.same_event",
    "the same event told twice (the same kind group on the same day at a shared place"
    " or where one names none, or a day inside a multi-day event told before) is one:"
    " the later telling adds its participants, places and duration to the first",
)
DOCUMENT_DATE = Rule(
    "events.document_date",
    "a law's or a decree's date ('изменения в Законе «О местном самоуправлении» от 20"
    " октября 2021 года', '2021-жылдын 20-октябрындагы ... Мыйзамы') dates the document,"
    " not the event its sentence tells: no event's day",
)
QUOTED_QUESTION = Rule(
    "events.quoted_question",
    'a kind word inside a quoted question (\'"собрание кантип өтөт" деген суроого жооп'
    " алышты': a '?' ends it or a question's noun follows it) names no event",
)
UNDATED_PART_OF_KIND = Rule(
    "events.undated_part_of_kind",
    "an undated sentence of a kind that is a word of the only dated event's kind"
    " ('пройдут семинары' beside 'с 24 октября пройдут однодневные семинар-тренинги')"
    " announces that event: it adds to it, no event of its own",
)
PREVIOUS_OF_KIND = Rule(
    "events.previous_of_kind",
    "a kind word right after a word of an earlier time ('Мурунку жыйындар 15.03.2022-ж."
    " аяктаган', 'предыдущие сессии') names an event before this page's: none of its own",
)
NEXT_OF_KIND = Rule(
    "events.next_of_kind",
    "a kind word right after a word of the next time ('Кийинки жыйын Сүлүктүдө өтөт')"
    " names the next event of its kind: with an event verb it is an event of its own,"
    " not more about the one told",
)
ROOM_NAME = Rule(
    "events.room_name",
    "a kind word that names a room with a hall's noun ('жыйындар залында', 'в зале"
    " заседаний') names no event",
)
OUTCOME_LIST = Rule(
    "events.outcome_list",
    "the items of a list that an event's outcome opens ('Жыйындын жыйынтыгы:' then"
    " '2) 1-декабрга чейин ... салым кошот') are its decisions, no events",
)
TODAY_IS_ISSUED = Rule(
    "events.today_is_issued",
    "a sentence naming a kind with an event verb, no date but a word of the page's own"
    " day ('Бүгүн ... акциясы өттү', 'Сегодня прошел сход') is an event on the page's"
    " issued date, when the page has one",
)
OUTCOME_OF = Rule(
    "events.outcome_of",
    "a kind word next to an outcome's noun ('Жыйындын жыйынтыгында ... жолугушуу 2-апрелде"
    " өтөрү белгиленди', 'по итогам семинара') tells of the event told: the sentence's"
    " event, if any, is of another kind word in it",
)
