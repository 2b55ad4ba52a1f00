"""The regexes of written dates and of the words around them, built from lexicon/dates.yaml once."""

from __future__ import annotations

from itertools import islice

import regex

from ... import morph, rx
from ...dategrammar import (
    DAY_WORD_RE,
    EN_MONTH_RE,
    LEX,
    MONTH_FORMS,
    MONTH_GENITIVE_WORD_RE,
    MONTH_RE,
    MONTH_WORD_RE,
    YEAR4,
    YEAR4_CENTURIES,
    YEAR_WORD_RE,
    alternation,
)
from ...segment.lines import WIDE_GAP

# Bounded quantifiers everywhere: linear on runs of digits, dashes and spaces.
_DAY = r"[0-3]?\d"
# (a colon after a word may stand right before a date: "Опубликовано:12.03.2024"; a
# clock's "14:35" may not)
NOT_BEFORE = r"(?<![\p{L}\d.,/])(?<!\d:)(?<!\d\s{0,2}-)"

_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
_CLOCK_WORD = alternation(LEX["clock_words"])
_DAY_ORDINAL = alternation(LEX["day_ordinal_endings_ru"] + LEX["day_ordinal_endings_ky"])
# NOT_BEFORE, but a comma may stand before the last of days listed with commas and no
# space ("5,6,7 июня", "5,6,7-июнда"): after a run of numbers of one or two digits
# only, not after an amount's "125,5" or "1.2,5" (an amount never has a month after).
_NOT_BEFORE_LISTED = (
    r"(?:(?<![\p{L}\d.,/])|(?<=(?:^|[^\d.,])(?:[0-3]?\d,){1,6}))(?<!\d:)(?<!\d\s{0,2}-)"
)
# A listed day before the last: its number, maybe with the hyphen or the ordinal its
# month is left to the last day for ("5- жана 7-июнда", "5-го и 7-го июня"), or a range
# of days ("5-7 и 12-14 июня": LISTED_ITEM).
_LISTED_DAY = rf"{_DAY}(?:\s{{0,2}}-\s{{0,2}}{_DAY}(?!\d)|-{_DAY_ORDINAL}(?!\p{{L}})|-)?"
LISTED_ITEM = rx.compile(r"(?P<a>\d{1,2})(?:\s{0,2}-\s{0,2}(?P<b>\d{1,2}))?")
_SAME_LINE_YEAR_WORDS = LEX["year_before_day_same_line"]


def _year_word_then_day(comma: str = "") -> str:
    """A year word before a day ("2017-жылдын 25-октябры", "2024-жыл, 24-ноябрь"), then
    the space to the day: a nominative one (lexicon `year_before_day_same_line`) only
    on the day's line."""
    same = alternation(_SAME_LINE_YEAR_WORDS)
    other = alternation(w for w in LEX["year_before_day"] if w not in _SAME_LINE_YEAR_WORDS)
    return rf"(?:{same}(?!\p{{L}}){comma}[ \t]{{1,3}}|{other}(?!\p{{L}}){comma}\s{{1,3}})"


_YEAR_WORD_THEN_DAY = _year_word_then_day()
_YEAR_WORD_COMMA_THEN_DAY = _year_word_then_day(",?")
# A dot after a Russian month's name (its genitive, its abbreviation without the dot),
# before a year: "5 мая. 2019", as a site writes "5 янв. 2019" (MONTH_FORMS has the
# abbreviations' dotted forms, so their dot is read with the month). Not when a year
# word other than a date line's (lexicon `month_dot_year_words`) follows the year: a new
# sentence about that year ("14 марта. 2019 год стал ...").
# Nor when an abbreviated year word is the subject of that sentence, a word in lower case
# after it ("5 мая. 2021 г. запомнился ...": lexicon `month_dot_sentence_year_words`),
# unless that word is a past verb whose ending cannot agree with the year ("12 сентября.
# 2024 г. прошла встреча": lexicon `month_dot_not_year_subject_endings`).
_DATE_LINE_YEAR_WORD = rf"{alternation(LEX['month_dot_year_words'])}(?!\p{{L}})"
_SENTENCE_YEAR_WORD = (
    rf"{alternation(LEX['month_dot_sentence_year_words'])}"
    + rf"\s{{1,3}}(?-i:\p{{Ll}}{{{LEX['month_dot_sentence_word_letters']},}}+)"
    + rf"(?<!{alternation(LEX['month_dot_not_year_subject_endings'])})(?!\p{{L}})"
)
_RU_MONTH_DOT = (
    rf"(?<={alternation(w for w, f in MONTH_FORMS.items() if f.case == 'ru_genitive')})"
    + rf"\.(?=[ ]{{1,3}}{YEAR4}(?!\d)"
    + rf"(?!\s{{0,2}}-?\s{{0,2}}(?!{_DATE_LINE_YEAR_WORD}){YEAR_WORD_RE}(?!\p{{L}}))"
    + rf"(?!\s{{0,2}}-?\s{{0,2}}{_SENTENCE_YEAR_WORD}))"
)
# The month's name in the other calendar, in brackets between the month and the year, as
# a district newspaper's masthead glosses it: "12-апрель (Чын куран), 2024-жыл", "5-ноябрь
# (Жетинин айы) 2023-ж.".
_MONTH_GLOSS = (
    r"[ ]{0,2}\((?P<gloss>"
    + alternation(w for w, f in MONTH_FORMS.items() if f.case == "nominative")
    + r")\)"
)
# How many days a list joined by hyphens alone may hold before its last one.
_HYPHEN_LIST_MAX = 5
# A host name that opens with digits ("24.kg"): an agency's name after a dateline.
_HOST = r"\d{1,3}\.\p{L}{2,6}(?!\p{L})"
# "2017-жылдын 20-25-ноябрында", "с 20 по 25 ноября 2017 года", "17 Октябрь 2018".
WORD_DATE = rx.compile(
    rf"(?=[\"']?\d|{alternation(LEX['range_open_ru'])}\s)"  # a cheap guard: digit or "с" first
    + _NOT_BEFORE_LISTED
    + rf"(?:(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_YEAR_WORD_COMMA_THEN_DAY})?"
    # listed days, "20 жана 21-": atomic, so a run of "1, 1, 1" is read once (linear);
    # a list closed by a comma alone ("5, 6, 7-") is COMMA_LIST_BEFORE, looked up in atoms.py
    + rf"(?:(?P<dlist>(?>{_LISTED_DAY}(?:\s{{0,2}},\s{{0,2}}{_LISTED_DAY}){{0,6}}))"
    + rf",?\s{{1,3}}{alternation(LEX['day_list_words'])}\s{{1,3}}(?=[\"']?\d))?"
    + rf"(?:(?P<open>{alternation(LEX['range_open_ru'])})\s{{1,3}}(?P<dfrom_ru>{_DAY})"
    + rf"(?:-{alternation(LEX['day_ordinal_endings_ru'])})?\s{{1,3}}"
    + rf"{alternation(LEX['range_join_ru'])}\s{{1,3}}"
    + rf"|(?P<dfrom>{_DAY})\s{{0,2}}-\s{{0,2}}(?=\d)"
    # (three days or more joined by hyphens alone are a list, "5-6-7-июнда": atoms.py)
    + rf"|(?P<hlist>{_DAY}(?:-{_DAY}){{1,{_HYPHEN_LIST_MAX}}})-(?=\d)"
    # (the first day by its own ablative: "5-тен 7-июнга чейин", read in atoms.py)
    + rf"|(?P<dfrom_abl>{_DAY})-?{alternation(morph.variants(LEX['day_range_from_suffix']))}"
    + rf"(?:\s{{1,3}}{alternation(LEX['range_from_words'])})?\s{{1,3}}(?=\d))?"
    + rf"[\"']?(?P<d>{_DAY})(?:[ ]?-[ ]?{_DAY_ORDINAL}(?=\s))?[\"']?"
    # (the day may be glued to the month, its hyphen lost: "5мартында")
    + rf"(?P<sep>\s{{0,2}}-\s{{0,2}}|\s{{1,3}}|(?=\p{{L}}))(?P<m>{MONTH_RE})(?!\p{{L}})"
    # the word "month" may carry the case: "5-март айынан 7-март айына чейин"
    + rf"(?:\s{{1,3}}(?P<mword>{MONTH_WORD_RE})(?!\p{{L}}))?"
    # a year after the month, unless it opens the next date ("... 2020-жылдын 5-январына")
    # (a resolution's header may pad the year far off: "02-декабрь      2022-жыл"; a
    # forum engine's date line joins all three by hyphens: "12-мар-2024, 14:35")
    # (a comma may touch the year when the year word follows it: "5-июнь,2024-жыл")
    # (a site's date format may put a dot after a Russian month's whole name, as after its
    # abbreviation: "5 мая. 2019")
    + rf"(?:(?:{_RU_MONTH_DOT}|{_MONTH_GLOSS})?(?:,?\s{{1,3}}|(?:[ \t]{{4,12}}|,)(?={YEAR4}\s{{0,2}}-?\s{{0,2}}{YEAR_WORD_RE}(?!\p{{L}}))"
    + rf"|-(?={YEAR4}(?!\d)))"
    # (not when a range's next day follows; a clock may: "15 марта 2021 - 12:45", and an
    # agency's host name: "Бишкек, 12 март 2024 - 24.kg.")
    + rf"(?P<y2>{YEAR4})(?!\d|\s{{0,2}}-\s{{0,2}}(?!{_CLOCK}|{_HOST})\d)"
    + rf"(?!\s{{0,2}}-?\s{{0,2}}{_YEAR_WORD_COMMA_THEN_DAY}(?!{_CLOCK})\d)"
    + rf"(?:\s{{0,2}}-?\s{{0,2}}(?P<yw2>{YEAR_WORD_RE})(?!\p{{L}}))?)?",
    regex.IGNORECASE,
)
# An English date line, the month first: "December 24, 2024", "Dec 24th, 2024".
# Where EN_MONTH_DAY_YEAR may match: an English month's first letters.
EN_MONTH_BEGINS = rx.Beginnings(w for w, f in MONTH_FORMS.items() if f.case == "en")
EN_MONTH_DAY_YEAR = rx.compile(
    rf"(?<![\p{{L}}\d])(?P<m>{EN_MONTH_RE})\.?\s{{1,3}}(?P<d>{_DAY})(?:st|nd|rd|th)?,?\s{{1,3}}"
    rf"(?P<y>{YEAR4})(?!\d)",
    regex.IGNORECASE,
)
# ... and with no year, alone on its line: a channel's day header in an app's English
# interface ("September 7" over a Kyrgyz post, "Mar 12"; round 62, acc62). Only alone
# on its line: a month's name before a number in a sentence is no date.
EN_MONTH_DAY_LINE = rx.compile(
    rf"(?<=(?:^|\n)[ \t]{{0,10}})(?P<m>{EN_MONTH_RE})\.?[ \t]{{1,3}}(?P<d>{_DAY})"
    rf"(?:st|nd|rd|th)?[ \t]{{0,3}}(?=\n|$)",
    regex.IGNORECASE,
)
# The same order with a month's own name, as a CMS's date format writes it in Russian
# and Kyrgyz ("Четверг, Октябрь 19, 2023", "Март 12, 2024"): the comma and the year
# are needed (a name before a number is prose otherwise).
_NAMED_MONTHS = tuple(m["ky"] for m in LEX["months"])
NAMED_MONTH_BEGINS = rx.Beginnings(_NAMED_MONTHS)
NAMED_MONTH_DAY_YEAR = rx.compile(
    rf"(?<![\p{{L}}\d])(?P<m>{alternation(_NAMED_MONTHS)})\s{{1,3}}(?P<d>{_DAY}),\s{{1,3}}"
    rf"(?P<y>{YEAR4})(?!\d)",
    regex.IGNORECASE,
)
# Days listed with commas alone before a date ("5, 6, 7-мартта", "2017-жылдын 20,
# 21-ноябрында", "5-, 6-, 7-мартта"), matched backwards from the last day within
# COMMA_LIST_REACH.
COMMA_LIST_BEFORE = rx.compile(
    rf"(?:(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_YEAR_WORD_THEN_DAY})?"
    + rf"(?<![\d.,/:])(?P<clist>(?:{_DAY}-?\s{{0,2}},\s{{0,2}}){{1,6}})$",
    regex.IGNORECASE,
)
COMMA_LIST_REACH = 60
DAY_POSSESSIVE_CASES: dict[str, str] = dict(LEX["day_possessive_cases"])
_POSSESSIVE_ENDING = alternation(LEX["day_possessive_endings"])
_DAY_POSSESSIVE = f"{_POSSESSIVE_ENDING}(?P<day_case>{alternation(DAY_POSSESSIVE_CASES)})"
# ... or the possessive alone, the day named ("май айынын 5-и жана 12-си", "мартынын 8и"),
# on the last day and on those listed before it, or with the hyphen its "күн" is left to
# the last day for, as a day before its month has ("март айынын 5- жана 6-күндөрү", as
# "5- жана 7-июнда": _LISTED_DAY).
_LISTED_POSSESSED_DAY = rf"{_DAY}(?:-?{_POSSESSIVE_ENDING}(?!\p{{L}})|-(?=[\s,]))?"
# The first day of a range by its own ending, the ablative: "март айынын 5-инен (баштап)
# 7-сине чейин".
_DAY_POSSESSIVE_FROM = (
    f"-?{alternation(LEX['day_possessive_endings'])}"
    + alternation(k for k, v in DAY_POSSESSIVE_CASES.items() if v == "ablative")
    + rf"(?:\s{{1,3}}{alternation(LEX['range_from_words'])})?\s{{1,3}}(?=\d)"
)
# "Чын куран айынын 25-26-күндөрү", "2017-жылдын ноябрынын 20-күнү": month, then day + "күн".
MONTH_FIRST_DATE = rx.compile(
    r"(?<![\p{L}\d])"
    + rf"(?:(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_YEAR_WORD_THEN_DAY})?"
    + rf"(?P<m>{MONTH_RE})(?:\s{{1,3}}(?P<of>{MONTH_GENITIVE_WORD_RE}))?\s{{1,3}}"
    + rf"(?:(?P<dfrom>{_DAY})(?:\s{{0,2}}-\s{{0,2}}|{_DAY_POSSESSIVE_FROM})"
    # days listed before the last: "март айынын 5 жана 6-күндөрү", "5, 6 жана 7-күндөрү"
    + rf"|(?P<dlist>(?>{_LISTED_POSSESSED_DAY}(?:\s{{0,2}},\s{{0,2}}{_LISTED_POSSESSED_DAY}){{0,6}}))"
    + rf",?\s{{1,3}}{alternation(LEX['day_list_words'])}\s{{1,3}})?(?P<d>{_DAY})"
    + rf"(?:\s{{0,2}}-\s{{0,2}}(?P<day_word>{DAY_WORD_RE})|-?{_DAY_POSSESSIVE}"
    + rf"|-?{_POSSESSIVE_ENDING})(?!\p{{L}})",
    regex.IGNORECASE,
)
# Where MONTH_FIRST_DATE may match: a year's first two digits, a month's first word.
MONTH_FIRST_BEGINS = rx.Beginnings([*YEAR4_CENTURIES, *(f.split(" ")[0] for f in MONTH_FORMS)])
# Digits inside a file's name are no date: "toktom_05.03.2019.pdf", "IMG_2019-03-05.jpg".
_FILE_BEFORE = r"(?<!_)"
_FILE_AFTER = rf"(?!_|\.{alternation(LEX['file_extensions'])}(?!\p{{L}}))"
# "12.03.2020", "24.10.17", "20.11.2017-ж.", "20-25.11.2017", "20.11.2017 - 25.11.2017".
NUMERIC_DATE = rx.compile(
    r"(?=\d)(?<![\d.,/])(?<!\d:)(?<!\d-)"
    + _FILE_BEFORE
    # the first day of a range, maybe with its month: "20-25.11.2017", "18.11 - 20.11.2019"
    # (the first day and month may keep their closing dot: "28.05.-02.06.2024")
    + r"(?:(?P<dfrom>[0-3]?\d)(?:[./](?P<mfrom>[01]?\d)\.?)?\s{0,3}-\s{0,3}(?=\d{1,2}[./]))?"
    r"(?P<d>\d{1,2})(?P<s>[./])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?!\d|[.,/]\d)"
    + _FILE_AFTER
    + r"(?:\s{0,3}-\s{0,3}(?P<d2>\d{1,2})(?P=s)(?P<m2>\d{1,2})(?P=s)(?P<y2>\d{4}|\d{2})(?!\d|[.,/]\d))?"
    + rf"(?:\s{{0,2}}-?\s{{0,2}}(?P<yw>{YEAR_WORD_RE})(?!\p{{L}}))?",
    regex.IGNORECASE,
)
# "24. 11. 2024", "24.11. 2024-ж.": a typed date with a space after a dot; only with
# a four-digit year and two digits each for the day and the month, so that a numbered
# list's "1. 12." is never read as one.
SPACED_NUMERIC_DATE = rx.compile(
    r"(?=\d)(?<![\d.,/:])" + _FILE_BEFORE + r"(?P<d>[0-3]\d)"
    r"(?:\.[ ](?P<m>[01]\d)\.[ ]?|\.(?P<m>[01]\d)\.[ ])"
    rf"(?P<y>{YEAR4})(?!\d|[.,/]\d)"
    + _FILE_AFTER
    + rf"(?:\s{{0,2}}-?\s{{0,2}}(?P<yw>{YEAR_WORD_RE})(?!\p{{L}}))?",
    regex.IGNORECASE,
)
# "05.03 күнү", "05.03 саат 10:00дө": a day and month in digits without a year are a
# date only with the word "day" or a clock after them (the clock's word said, its
# minutes may follow a dot after an hour's word or before an hour's mark: "5.06 саат
# 10.00дө", "5.06 в 10.00 ч."); alone ("5.03 пайызы", "п. 12.05") they are as often an
# amount or a section's number.
_DOTTED_CLOCK = r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,]\d)"
_HOUR_SAID = (
    rf"{alternation(LEX['hour_words'])}[ \t]{{1,3}}{_DOTTED_CLOCK}"
    rf"|{_CLOCK_WORD}[ \t]{{1,3}}{_DOTTED_CLOCK}\s{{0,2}}{alternation(LEX['hour_marks'])}(?!\p{{L}})"
)
DAY_MONTH_DIGITS = rx.compile(
    r"(?=\d)(?<![\d.,/:№])(?<!№\s)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?![\d.,/])"
    rf"(?=\s{{1,3}}(?:{DAY_WORD_RE}(?!\p{{L}})|{_CLOCK_WORD}[ \t]{{1,3}}{_CLOCK}|{_HOUR_SAID}))",
    regex.IGNORECASE,
)
# "с 5.03 по 7.03.2024": a Russian range whose first day has no year of its own; with
# no year at all, only with two-digit months ("с 28.05 по 02.06"), as dates are typed
# ("с 1.5 по 2.5 млн" is an amount), and no amount's word after it.
OPEN_NUMERIC_RANGE = rx.compile(
    rf"(?<!\p{{L}}){alternation(LEX['range_open_ru'])}\s{{1,3}}"
    + r"(?P<dfrom>[0-3]?\d)(?P<s>[./])(?P<mfrom>[01]?\d)(?![./]?\d)\s{1,3}"
    + rf"{alternation(LEX['range_join_ru'])}\s{{1,3}}"
    + r"(?P<d>[0-3]?\d)(?P=s)(?P<m>[01]?\d)(?:(?P=s)(?P<y>\d{4})(?!\d|[.,/]\d)"
    + r"|(?<=[./][01]\d)(?![\d,/]|\.\d)"
    + rf"(?!\s{{0,3}}{alternation(LEX['numeric_range_amounts'])}))",
    regex.IGNORECASE,
)
# Where a Russian range's opener stands before its blank ("с 5.03", "со 2"): where
# OPEN_NUMERIC_RANGE, form_starts' WORD_DATE_OPEN and the periods' "с 2018 по 2022" may
# match, found with the other stages' words (the opener and each blank `\\s` reads).
RANGE_OPEN_BEGINS = rx.Beginnings(o + blank for o in LEX["range_open_ru"] for blank in rx.BLANKS)
# «09» 01.2017-ж.: a resolution's date line, the day in quotation marks (as in the
# blank «__» ______ of an official form), then the month and year in digits.
_DAY_QUOTES = '«“"„'  # the quotes that open a quoted day
# Where QUOTED_DAY_DATE may match: its opening quote.
QUOTED_DAY_BEGINS = rx.Beginnings(_DAY_QUOTES)
QUOTED_DAY_DATE = rx.compile(
    rf"(?<![\p{{L}}\d])[{_DAY_QUOTES}]"
    r"(?P<d>[0-3]?\d)[»”\"“]\s{0,3}(?P<m>[01]?\d)\s{0,2}[./]\s{0,3}(?P<y>\d{4})"
    r"(?![\d./])" + rf"(?:\s{{0,2}}-?\s{{0,2}}(?P<yw>{YEAR_WORD_RE})(?!\p{{L}}))?",
    regex.IGNORECASE,
)
# "05-07-2025" (a site's date line): with hyphens only with a four-digit year, so
# that a phone's "62-11-45" is never read as a date.
DASHED_DATE = rx.compile(
    rf"(?=\d)(?<![\d.,/-])(?<!\d:){_FILE_BEFORE}(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>{YEAR4})(?!\d|-\d)"
    + _FILE_AFTER,
    regex.IGNORECASE,
)
# "2021-05-24", and with dots "2021.05.24" (year first, as some offices write it): two
# patterns, each with its separator as a literal the engine scans for (fast on digits).
ISO_DATE = rx.compile(
    rf"(?=\d)(?<![\d.,/-])(?<!\d:){_FILE_BEFORE}(?P<y>{YEAR4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?!\d|[-.]\d)" + _FILE_AFTER,
    regex.IGNORECASE,
)
DOTTED_ISO_DATE = rx.compile(
    rf"(?=\d)(?<![\d.,/-])(?<!\d:){_FILE_BEFORE}(?P<y>{YEAR4})\.(?P<m>[01]\d)\.(?P<d>[0-3]\d)"
    r"(?!\d|[-.]\d)" + _FILE_AFTER,
    regex.IGNORECASE,
)
# ... and with slashes "2021/05/24"; not a document's number ("№ 2021/05/24"), nor a
# web address's path ("/2021/05/24/"), nor a school year's "2021/22" (two parts only).
SLASHED_ISO_DATE = rx.compile(
    rf"(?=\d)(?<![\d.,/-])(?<!\d:)(?<!№\s{{0,2}}){_FILE_BEFORE}(?P<y>{YEAR4})/(?P<m>[01]\d)/"
    r"(?P<d>[0-3]\d)(?!\d|[-./]\d)" + _FILE_AFTER,
    regex.IGNORECASE,
)
# A date badge with the month over the day, each on a line of its own, maybe the year
# under them ("МАР" / "12" / "2024"): the month's name as a badge writes it (a
# nominative, a Russian genitive or short form, an English one), nothing else on the
# lines. A column of months and numbers is a table, not a date: such a date is only
# ever the page's (issued.py, BADGE_NOT_PAGE_DATE). (A month in small letters is
# joined to the line above by normalising, normalise/wraps.py: after a word and a space then.)
_BADGE_CASES = ("nominative", "ru_genitive", "en")
_BADGE_MONTHS = tuple(w for w, f in MONTH_FORMS.items() if f.case in _BADGE_CASES)
BADGE_MONTH_BEGINS = rx.Beginnings(w.split(" ")[0] for w in _BADGE_MONTHS)
BADGE_MONTH_DAY = rx.compile(
    rf"(?<=(?:^|\n)[ \t]{{0,10}}|\p{{L}}[ \t]{{1,10}})(?P<m>{alternation(_BADGE_MONTHS)})\.?[ \t]{{0,3}}\n"
    rf"[ \t]{{0,10}}(?P<d>{_DAY})(?:[ \t]{{0,3}}\n[ \t]{{0,10}}(?P<y>{YEAR4}))?[ \t]{{0,3}}(?=\n|$)",
    regex.IGNORECASE,
)
# A time right after a date: "12.03.2020 09:50", "9-мартта саат 10:00".
# (on the date's line: a clock alone on the next line is the page's, a cell of its own)
TIME_AFTER = rx.compile(
    rf"(?:,?[ \t]{{1,3}}{_CLOCK_WORD}[ \t]{{1,3}}|,?[ \t]{{1,3}}|T)(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)"
    r"(?!\d)",
    regex.IGNORECASE,
)

_FROM_WORDS = alternation(LEX["range_from_words"])
_TO_WORDS = alternation(LEX["range_to_words"])
# Between an ablative start and its end: spaces, maybe "баштап".
RANGE_GAP_KY = rx.compile(rf"\s{{1,3}}(?:{_FROM_WORDS}\s{{1,3}})?", regex.IGNORECASE)
# ... where "баштап" itself says the start, when an abbreviation hides the ablative:
# "05.03.2024-ж. баштап 07.03.2024-ж. чейин".
RANGE_GAP_FROM_WORD = rx.compile(rf"\s{{1,3}}{_FROM_WORDS}\s{{1,3}}", regex.IGNORECASE)
RANGE_GAP_RU = rx.compile(
    rf"\s{{1,3}}{alternation(LEX['range_join_ru'])}\s{{1,3}}", regex.IGNORECASE
)
RANGE_GAP_DASH = rx.compile(r"\s{0,3}-\s{0,3}")
# A Russian range told by verbs of beginning and ending (dates.yaml range_end_ru,
# range_begin_ru; the Kyrgyz verb of beginning: ranges.py).
RANGE_GAP_ENDING_RU = rx.compile(
    rf"\s{{0,3}},?\s{{1,3}}(?:[аи]\s{{1,3}})?{alternation(LEX['range_end_ru'])}\s{{1,3}}"
    rf"{alternation(LEX['range_end_prepositions_ru'])}\s{{1,3}}",
    regex.IGNORECASE,
)
RANGE_BEGIN_RU_BEFORE = rx.compile(
    rf"(?:^|[^\p{{L}}]){alternation(LEX['range_begin_ru'])}\s{{1,3}}$", regex.IGNORECASE
)
RANGE_OPEN_RU_BEFORE = rx.compile(
    rf"(?:^|[^\p{{L}}]){alternation(LEX['range_open_ru'])}\s{{1,3}}$", regex.IGNORECASE
)
TO_WORD_AFTER = rx.compile(rf"\s{{1,3}}{_TO_WORDS}(?!\p{{L}})", regex.IGNORECASE)
DEADLINE_BEFORE_RU = rx.compile(
    rf"(?:^|[^\p{{L}}]){alternation(LEX['deadline_before_ru'])}\s{{1,3}}$", regex.IGNORECASE
)
DEADLINE_LABEL_BEFORE = rx.compile(
    rf"(?<!\p{{L}}){alternation(LEX['deadline_labels'])}\s{{0,3}}[:\-]?\s{{0,3}}$", regex.IGNORECASE
)
DEADLINE_CUE = rx.compile(r"(?<!\p{L})" + alternation(LEX["deadline_cues"]), regex.IGNORECASE)
# Within the next two words on the same line: "2011-жылдын 15-июлундагы №101 Мыйзамы".
OTHER_AFTER = rx.compile(
    r"[ \t,)]{0,3}(?:\S{1,30}[ \t]{1,3}){0,2}?" + alternation(LEX["other_cues_after"]),
    regex.IGNORECASE,
)
OTHER_BEFORE_RU = rx.compile(
    rf"(?:^|[^\p{{L}}]){alternation(LEX['other_before_ru'] + LEX['other_before_words'])}"
    r"\s{1,3}$",
    regex.IGNORECASE,
)
# (and the day of the week: "12 марта 2024, вторник" under a headline; a banner's line is
# chrome, its dates gone before)
ISSUED_LINE_WORDS = rx.compile(
    r"(?<!\p{L})" + alternation([*LEX["issued_line_words"], *LEX["weekdays"]]) + r"(?!\p{L})",
    regex.IGNORECASE,
)
# What parts the cells of a date line: "Новости | 05.10.2021", "Автор: Иван Петров / 12
# марта 2024", "12.03.2024 • Политика • 3 мин. чтения", "Главная » Новости » 12.03.2024".
# (the separators' alternation, read by the rubric line too: dates/rubric.py)
CELL_SEPARATORS = "|".join(regex.escape(s) for s in LEX["issued_cell_separators"])
CELL_SEPARATOR = rx.compile(
    r"[ \t]{0,3}(?:"
    + CELL_SEPARATORS
    + r")[ \t]{0,3}|[ \t]{1,3}(?:"
    + "|".join(regex.escape(s) for s in LEX["issued_spaced_separators"])
    + r")[ \t]{1,3}"
)
# A CMS's category cell on the date line: "Категория: Новости Опубликовано: 12.03.2024".
SECTION_LABELLED = rx.compile(
    rf"(?<!\p{{L}}){alternation(LEX['section_labels'])}\s{{0,2}}:\s{{0,3}}"
    r"\p{Lu}[\p{L}-]{1,30}(?:[ ]\p{L}[\p{L}-]{1,30})?(?!\p{L})",
    regex.IGNORECASE,
)
# An update's label right before a date ("Обновлено: ", "(обновлено 16:20 ").
UPDATED_BEFORE = rx.compile(
    rf"(?<!\p{{L}}){alternation(LEX['updated_labels'])}\s{{0,2}}:?\s{{0,3}}"
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d\s{0,3})?$",
    regex.IGNORECASE,
)
# An update's Kyrgyz verb after its date, a clock maybe between: "28.12.2024 жаңыртылды",
# on the date's line and ending its cell: not the label of the NEXT date ("07.11.2019
# Жаңыртылды: 20.12.2019", "... жаңыртылган күнү: ...").
UPDATED_AFTER = rx.compile(
    r",?[ \t]{0,3}(?:(?:[01]?\d|2[0-3]):[0-5]\d[ \t]{0,3})?"
    + rf"{alternation(LEX['updated_labels_after'])}(?!\p{{L}})"
    + rf"(?![ \t]{{0,3}}(?::|{alternation(LEX['updated_label_nouns'])}(?!\p{{L}})))",
    regex.IGNORECASE,
)
# A dateline or signature before the date: a short phrase without digits, then a
# comma, from the start of the line ("Нарын шаары, ", "Пресс-служба ГАМСУМО, ").
DATELINE_BEFORE = rx.compile(r"^\s{0,20}\p{L}[^\d\n|,]{0,45}(?:,[^\d\n|,]{1,30}){0,2},\s{0,3}$")
# A press service's signature before the date, no comma between: "Маалымат кызматы
# 05.12.2026", "Айыл өкмөтүнүн басма сөз кызматы 5-декабрь 2026-ж.", "Пресс-служба
# мэрии 5 декабря 2026 г." (no digit before it; at most its owner's two words after the
# service's name, not a sentence: "Пресс-служба мэрии провела семинар 5 декабря").
# The name may close with a full stop or a dash before the date ("Маалымат бөлүмү.
# 05.12.2026", "Пресс-служба мэрии — 5 декабря 2026 г."; round 65).
_SIGNATURE_OWNER_WORDS = 2
SIGNATURE_BEFORE = rx.compile(
    rf"^\s{{0,20}}(?:\p{{L}}[^\d\n|]{{0,60}}(?<!\p{{L}}))?{alternation(LEX['signature_words'])}"
    rf"(?!\p{{L}})(?:[ \t]{{1,3}}[^\d\s|]{{1,30}}){{0,{_SIGNATURE_OWNER_WORDS}}}"
    r"(?:[ \t]{0,2}[.—–-])?[ \t]{1,3}$",
    regex.IGNORECASE,
)
# After a dateline's date: the end of the line or a full stop, dash or colon.
DATELINE_AFTER = rx.compile(r"\s{0,3}(?:$|[.:\-])")
# ... but a weekday alone before a day without its year names no place: "Дүйшөмбү,
# 16-март - Ат-Башы району" is a schedule's row.
WEEKDAY_BEFORE = rx.compile(
    rf"^\s{{0,10}}{alternation(LEX['weekdays'])}\s{{0,3}},\s{{0,3}}$", regex.IGNORECASE
)
# A kenesh's act numbers its convocation or session in Roman numerals before its own
# number: "№ VII-4-12", "№ XII-3" (round 38).
_ROMAN_PART = r"(?:[IVXLC]{1,7}[-/.][ \t]?)?"
# The end of a resolution's date line after its date: maybe the act's number ("№ 15",
# "№ 15/3", "№ VII-4-12"), then the line's end.
ACT_NUMBER_END = rx.compile(
    rf"[ \t]{{0,3}}(?:№[ \t]{{0,2}}{_ROMAN_PART}\d{{1,6}}(?:[-/]\d{{1,4}}){{0,2}})?[ \t.]{{0,3}}$"
)
# A document's number: "№1", "№ 12", "№ VII-4-12" (a resolution's date line holds one).
NUMBER_SIGN = rx.compile(rf"№\s{{0,2}}{_ROMAN_PART}\d{{1,5}}(?!\d)")
# ... whole, with its Roman part: its letters are no words beside a date line's date.
ACT_NUMBER = rx.compile(rf"№[ \t]{{0,2}}{_ROMAN_PART}\d{{1,6}}(?:[-/]\d{{1,4}}){{0,2}}")
# An act's type word (lexicon `resolution_types`) at a word's start, any ending ("ТОКТОМУ").
ACT_TYPE_WORD = rx.compile(
    rf"(?<!\p{{L}})(?:{'|'.join(sorted(LEX['resolution_types'], key=len, reverse=True))})",
    regex.IGNORECASE,
)
ISSUED_VERB_AFTER = rx.compile(
    rf"\s{{1,3}}{alternation(LEX['issued_verbs_after'])}(?!\p{{L}})", regex.IGNORECASE
)
# A banner's weekday opens the line or stands between commas: "Шейшемби, 14-май".
# " date 2025-08-21 ...": a label, then the date, at the very start of the text.
# (the clock may follow its hour word: "саат 14:30, 5-декабрь 2026")
_CLOCK_BEFORE = (
    rf"(?:{alternation(LEX['hour_words'])}\s{{1,3}})?(?:[01]?\d|2[0-3]):[0-5]\d\s{{0,2}},?\s{{0,3}}"
)
OPENING_LABEL = rx.compile(
    rf"^\s{{0,10}}(?:{alternation(LEX['issued_opening_labels'])}\s{{0,2}}:?\s{{0,3}}"
    rf"(?:{_CLOCK_BEFORE})?|{_CLOCK_BEFORE})$",
    regex.IGNORECASE,
)
# A line of an announcement's details: "Место: ...", "Орду: ...", "Убактысы: 10:00".
EVENT_DETAIL_LINE = rx.compile(
    rf"\s{{0,10}}{alternation(LEX['event_detail_labels'])}\s{{0,3}}:", regex.IGNORECASE
)
# A posting label or a weekday right before a date run into the headline: "... семинар
# опубликовано 12 марта 2024", "... семинар шейшемби, 12-март 2024".
RUN_IN_LEAD = rx.compile(
    rf"(?<!\p{{L}}){alternation([*LEX['issued_opening_labels'], *LEX['weekdays']])}"
    r"\s{0,2}[:,]?\s{0,3}$",
    regex.IGNORECASE,
)
# After the date of a posting line: a separator cell or a byline.
_POSTING_SEPARATORS = "|".join(
    regex.escape(s) for s in sorted(LEX["posting_line_separators"], key=len, reverse=True)
)
POSTING_AFTER = rx.compile(
    rf"[ \t,]{{0,3}}(?:(?:{_POSTING_SEPARATORS})[ \t]{{0,3}}\S"
    rf"|{alternation(LEX['byline_labels'])}(?!\p{{L}}))",
    regex.IGNORECASE,
)
# A news dateline's place, then a comma, a full stop or a space: "Бишкек, ", "БИШКЕК, ",
# "Ош. ", "Бишкек 20 мая – АКИpress".
_CITY_WORDS: int = LEX["dateline_max_city_words"]
_CITY = rf"\p{{Lu}}[\p{{L}}-]{{0,30}}(?:\s\p{{L}}[\p{{L}}-]{{0,30}}){{0,{_CITY_WORDS - 1}}}"
NEWS_DATELINE_BEFORE = rx.compile(
    # (a dash too: "Нарын – 5-март. ...", "ОШ - 20 мая.")
    rf"^\s{{0,10}}(?P<city>{_CITY})(?:\s{{0,2}}[,.\-\u2013\u2014]\s{{0,3}}|[ ]{{1,3}})$"
)
# After a news dateline's date: the end of the line, a full stop, a dash, a comma, the
# agency's "/" or "(": "Ош, 20 мая (КирТАГ) –", "Талас, 20 мая, Кабар.".
# (or the date's own last dot, of "г.", ends the sentence: "Ош - 20 мая 2021 г. В Оше")
NEWS_DATELINE_AFTER = rx.compile(r"(?<=\.)[ \t]|[ \t]{0,3}(?:$|[.:/,(\-\u2013\u2014])")
# A news agency's mark right after a dateline's date: "/Кабар/", "(КирТАГ)".
AGENCY_MARK_AFTER = rx.compile(r"[ \t]{0,3}[/(]")
# The date first, then the place: "20 мая, Бишкек.", "20 мая, Бишкек – Кабар.".
NEWS_DATELINE_CITY_AFTER = rx.compile(
    rf"[ \t]{{0,2}},[ \t]{{0,3}}(?P<city>{_CITY})[ \t]{{0,3}}(?:$|[.:/(\-\u2013\u2014])"
)
# A wide gap of spaces parts the cells of a line (lines.WIDE_GAP).
ISSUED_WIDE_GAP = rx.compile(rf"[ ]{{{WIDE_GAP},}}")
HEADER_SCAN_LINES: int = LEX["issued_header_scan_lines"]
ANY_LETTER = rx.compile(r"\p{L}")

PIVOT: int = LEX["two_digit_year_pivot"]
ISSUED_HEADER_LINES: int = LEX["issued_header_lines"]
HEADER_LONG_LINE: int = LEX["issued_header_long_line"]
ISSUED_LINE_MAX: int = LEX["issued_line_max"]
DATELINE_REACH: int = LEX["issued_dateline_reach"]
FOOTER_LINES: int = LEX["issued_footer_lines"]
MAX_OTHER_LETTERS: int = LEX["issued_max_other_letters"]


def few_other_letters(rest: str) -> bool:
    """At most MAX_OTHER_LETTERS letters in `rest`: read up to the one after them (a
    header's line may be a whole paragraph), not all counted."""
    letters = ANY_LETTER.finditer(rest, None, None, False, rx.NOT_CONCURRENT)
    return next(islice(letters, MAX_OTHER_LETTERS, None), None) is None


ROLE_WINDOW = 200  # characters of context read around a date for its role
# A page section's name, an author's name or a user name alone before the date on a
# header line, maybe with a separator: "Новости  12.03.2020", "Жаңылыктар / 05.03.2019",
# "Асан Үсөнов 22.03.2022", "admin 05.03.2019", and maybe the posting's clock between
# ("Коом  09:15, 3-март 2024").
SECTION_BEFORE = rx.compile(
    r"^\s{0,10}(?:\p{Lu}\p{Ll}{2,30}(?:[ ]\p{Lu}\p{Ll}{1,30})?|[a-z][a-z\d_]{2,30})"
    # (or glued to the date in a copied page: "Общество12.03.2024")
    + rf"(?:\s{{0,12}}|\s{{0,3}}(?:{_POSTING_SEPARATORS})\s{{0,3}})"
    # (a posting time may stand between: "Аймактар  11:20, 9-октябрь 2025"; acc55)
    + rf"(?:{_CLOCK_BEFORE})?$"
)
# A document's type, maybe its number, then "от" before its date: "Пресс-релиз от ",
# "Информационное сообщение № 12 от " (the type from lexicon/structure.yaml).
DOCUMENT_TYPE_BEFORE = rx.compile(
    r"^\s{0,10}(?P<type>\p{L}[\p{L} -]{1,40}?)\.?\s{0,3}(?:№\s{0,2}[\d/-]{1,12}\s{0,3})?"
    + rf"(?:{alternation(LEX['other_before_ru'])}\s{{1,3}}|[,:]\s{{0,3}})$",
    regex.IGNORECASE,
)
# ... or after the date that opens the line, past its clock, counters and separators:
# "20.05.2021 14:25 Общество", "20.05.2021 - 14:25 - Регионы", "20.05.2021 Иван Петров".
SECTION_AFTER = rx.compile(
    r"^[\s\d:|/·•()\-\u2013\u2014,.]{0,20}"
    r"(?:\p{Lu}\p{Ll}{2,30}(?:[ ]\p{Lu}\p{Ll}{1,30})?|[a-z][a-z\d_]{2,30})[\s\d()|]{0,12}$"
)
# ... or a category said in words after it: "12.03.2024 в рубрике Общество", "12.03.2024,
# Коом рубрикасында".
_SECTION_NAME = r"\p{Lu}\p{Ll}{2,30}(?:[ ]\p{Ll}{2,30})?"
CATEGORY_AFTER = rx.compile(
    r"^[\s\d:|/·•()\-\u2013\u2014,.]{0,20}(?:"
    + rf"{alternation(LEX['category_words_before'])}\s{{0,2}}:?\s{{1,3}}[«\"]?{_SECTION_NAME}[»\"]?"
    + rf"|[«\"]?{_SECTION_NAME}[»\"]?\s{{1,3}}{alternation(LEX['category_words_after'])}"
    + r")(?!\p{L})[\s.]{0,3}$",
    regex.IGNORECASE,
)
# A day, its hyphen and a word that may be a month written loosely ("5-мартда",
# "7-декбарда"): the word is checked by dategrammar.misspelt_month. A year may follow
# it as it follows a month spelt right ("11-окябрь 2020", "5-декбарь, 2021-ж."), not
# one that opens the next date ("... 2021-жылдын 5-")
DAY_AND_WORD = rx.compile(
    rf"(?<![\p{{L}}\d.,/:-])(?:(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_YEAR_WORD_THEN_DAY})?"
    r"(?P<d>[0-3]?\d)\s{0,2}-\s{0,2}(?P<w>\p{L}{4,16})(?!\p{L})"
    + rf"(?:,?[ ]{{1,3}}(?P<y2>{YEAR4})(?!\d|\s{{0,2}}-\s{{0,2}}\d)"
    + rf"(?!\s{{0,2}}-?\s{{0,2}}{_YEAR_WORD_COMMA_THEN_DAY})"
    + rf"(?:\s{{0,2}}-?\s{{0,2}}(?P<yw2>{YEAR_WORD_RE})(?!\p{{L}}))?)?",
    regex.IGNORECASE,
)
# The clock that ends a date with its time ("20.05.2021 14:25"), and a word that says
# it is an hour ("саат 10:00", "в 10:00").
CLOCK_END = rx.compile(r"\d{1,2}:\d\d$")
# A case ending on a date's clock, as an event's hour takes it: "саат 10:00дө", "10:00-гө".
CLOCK_CASE_ENDING = rx.compile(r"-?\p{Ll}{1,4}(?!\p{L})")
# ... a clock with that ending right before a date: "Саат 14:30дө, 05.12.2026" (within
# CLOCK_BEFORE_REACH characters before it).
CLOCK_WITH_ENDING_BEFORE = rx.compile(r"\d:[0-5]\d-?\p{Ll}{1,4}(?!\p{L})[ \t,]{0,3}$")
CLOCK_BEFORE_REACH = 16
CLOCK_WORD_BEFORE = rx.compile(rf"(?<!\p{{L}}){_CLOCK_WORD}[ \t]{{1,3}}$", regex.IGNORECASE)


def act_number_line(stripped: str) -> bool:
    """A short line with an act's number and its type word, in any case or person
    ("№ 3 ТОКТОМУ", "Решение № 12")."""
    return (
        len(stripped) <= ISSUED_LINE_MAX
        and NUMBER_SIGN.search(stripped, None, None, rx.NOT_CONCURRENT) is not None
        and ACT_TYPE_WORD.search(stripped) is not None
    )
