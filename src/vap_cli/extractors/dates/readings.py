"""The rules by which atoms.py reads a written form as no date: a form's builder raises
`NoDate` with its rule, and `find_atoms` tells the caller (`--explain`)."""

from __future__ import annotations

from ...explain import Rule

GLUED_BANNER = Rule(
    "dates.glued_banner",
    "a day glued to a month without a case ending ('23Февраль2020') is a site's banner,"
    " and a Russian month glued to its day and a digit ('5июня2024') too: no date of the"
    " text; glued with a case ending ('5-мартында' without its hyphen) it is a date",
)
SPACED_MONTH_ONLY = Rule(
    "dates.spaced_month_only",
    "a day and a month spaced apart with neither a hyphen, a case ending nor a year"
    " ('5 май': 5 of oil) is no date; '5-май', '5 майында' and '5 май 2020' are",
)
MONTH_FIRST_NOT_GENITIVE = Rule(
    "dates.month_first_not_genitive",
    "a month before its day names a date in the genitive ('ноябрдын 20-күнү', 'март"
    " айынын 5-и'); in the nominative ('ноябрь 20-күнү') or Russian it is no date",
)
ROW_VALUE_OVER_MONTH = Rule(
    "dates.row_value_over_month",
    "a number closing a table's or a list's row of months ('Январь — 14', 'март: 15') and"
    " a month's word in the nominative opening the next row ('Февраль — 11') are two rows'"
    " words, no day and month; a date broken over lines ('18' / 'ноября 2025 г.', 'Срок"
    " подачи: 14' / 'февраля — ...': no month's row before it) stays a date",
)


class NoDate(Exception):
    """A form matched but is no date, by `rule`."""

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule.code)
        self.rule = rule
