"""Phone numbers, normalised to E.164 with the phonenumbers library.

A candidate is a run of digits, spaces, hyphens, parentheses and slashes that
starts like a phone number ("+996", "(0", "0"). Each part of a slash group is
parsed on its own; short parts ("0555 / 0500 313-385") are operator codes that
share the subscriber number of the last part, whose own code follows its trunk
prefix also when a space parts them ("0 550 / 0 700 20-30-41"). Every number must pass
phonenumbers.is_valid_number, so dates, years, counts and ranges never pass:
they have dots, too few digits, or do not start with the trunk prefix. A plain
Kyrgyz number ("+996" or "0" and nine digits) is checked on the region's plan,
the library's own metadata read once and cached (phone_plan.py), without importing
the library.

A home number whose area code in brackets closes a line and whose subscriber's digit
groups open the next ("Ишеним телефону: 0(3230)" / "5-12-34", a page wrapped at a width)
is read across that one break (`phones.code_over_break`): the break is the layout's.
Not a line of codes over a line of numbers (a table's columns: more digits follow the
number on its line), nor a year in brackets over a count ("(2024)" / "15 ...": no trunk
prefix, no area code's first digit).

Each run of digits that gives no number is dropped by a named rule (`--explain`): the
drops of a run are gathered in a list (`Drops`) and recorded by `extract`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator

import regex

from .. import rx
from ..context import Context
from ..explain import Rule
from ..lexicon import load
from ..models import ContactMention
from . import phone_plan

_LEX = load("phones")
REGION: str = _LEX["region"]
_CC: str = _LEX["country_code"]
_TRUNK: str = _LEX["trunk_prefix"]
_MAX_PREFIX: int = int(_LEX["max_prefix_digits"])
_NATIONAL_DIGITS: int = int(_LEX["national_digits"])
_FIXED_LINE_FIRST: str = _LEX["fixed_line_first_digit"]
_INNER = regex.escape(_LEX["inner_characters"])
_MAX = int(_LEX["max_length"])

# Bounded run: linear on long runs of digits, spaces or hyphens. Never preceded by
# a letter/digit/dot/plus (inside a word, a date or another number) and never
# followed by a letter, a digit or a ".digit" (a date such as 12.03.2020).
CANDIDATE = rx.compile(rf"(?<![\w.+])[+(]?\d[\d{_INNER}]{{4,{_MAX}}}\d(?![\w])(?!\.\d)")
# The signs CANDIDATE may open with before its first digit.
_OPENING_SIGNS = "+("
_DIGIT_GROUP = rx.compile(r"\d{1,20}")
_PART = rx.compile(r"[^/]{1,100}")
# At most this many digit groups make one number ("+996 555 31 33 85" has five).
_MAX_GROUPS = 6
# The first digit group of a number is a code of at least this many digits.
_MIN_CODE_DIGITS = 3
PHONE_LABEL = rx.compile(rx.whole_words(_LEX["phone_labels"]), regex.IGNORECASE)
# Between a label and its number: a colon, a dot, dashes, spaces.
AFTER_LABEL_GAP = r"[\s:.\-\u2013]{0,6}"
_AFTER_LABEL = rx.compile(AFTER_LABEL_GAP)
# The written shapes of a number's codes, for patterns that tell a phone's start
# (a date's look-alike "+996 (312) 12.03.19"): the country code with its plus, an
# area or operator code ("312", "0312").
COUNTRY_CODE = rf"\+\d{{{len(_CC)}}}"
CODE = rf"\d{{{_MIN_CODE_DIGITS},{_MAX_PREFIX}}}"
# Where a bare number is alone: in its table cell or on its line.
_CELL_EDGE = "|\t\n"
_TABLE_MARKS = ("|", "\t")
_CELL_REACH = 80  # characters looked at each side of a bare number for its cell's edges

NO_PHONE_START = Rule(
    "phones.no_phone_start",
    "a run of digits opening with neither '+', the trunk prefix nor the country code is"
    " no phone written in full ('2024-2025', '1 500 000')",
)
TOO_SHORT = Rule(
    "phones.too_short",
    "fewer digits than a national number: an operator's code alone or a short count"
    " ('0555 12 34'), no phone",
)
INVALID_NUMBER = Rule(
    "phones.invalid_number",
    "neither its digits nor a run of its digit groups make a valid number of the country's plan",
)
BARE_UNLABELLED = Rule(
    "phones.bare_unlabelled",
    "a national number without the trunk prefix ('555 12 34 56') is a phone only right"
    " after a phone label on its line or alone in a table cell under one",
)
BARE_NOT_PLAIN = Rule(
    "phones.bare_not_plain",
    "a national number without the trunk prefix written with brackets or a slash"
    " ('(555) 123 456') is no bare mobile number",
)
NOT_MOBILE = Rule(
    "phones.not_mobile",
    "a national number without the trunk prefix after a label is a phone only as a mobile"
    " number: a home number is written with its code's trunk prefix ('Тел.: 312 62 05 14')",
)
# The drops of one run of digits: (rule, start, end, detail).
Drops = list[tuple[Rule, int, int, str]]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _looks_like_phone(text: str) -> bool:
    """A written phone number starts with +, the trunk prefix or the country code."""
    stripped = text.lstrip("( ")
    return (
        text.startswith("+")
        or stripped.startswith(_TRUNK)
        or (_digits(text).startswith(_CC) and len(_digits(text)) == len(_CC) + _NATIONAL_DIGITS)
    )


def to_e164(text: str) -> str | None:
    """E.164 form of one written number, or None when it is not a valid number."""
    digits = _digits(text)
    # A Kyrgyz number has 9 national digits: 10 with the trunk prefix, 12 with
    # the country code. Checked first: parsing is the slow part on hostile input.
    if not _NATIONAL_DIGITS <= len(digits) <= _NATIONAL_DIGITS + len(_CC):
        return None
    if text.lstrip().startswith("+"):
        digits = "+" + digits
    elif digits.startswith(_CC) and len(digits) == len(_CC) + _NATIONAL_DIGITS:
        digits = "+" + digits
    verdict = phone_plan.decide(digits)  # a plain home number: without the library
    if verdict is not None:
        return verdict.e164
    # Imported on first use: about 13% of a one-file run's start-up, that a text
    # whose numbers are all plain home numbers never pays.
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _candidate_starts(text: str, runs: Iterable[tuple[int, int]]) -> Iterator[int]:
    """Where CANDIDATE may match, in order: its first digit follows no digit (its
    lookbehind), so it opens a run of digits (`runs`), maybe after a sign of
    _OPENING_SIGNS right before it. Made as they are read (memory: a run of "1.1 " has
    a run of digits in two characters)."""
    for start, _ in runs:
        if start and text[start - 1] in _OPENING_SIGNS:
            yield start - 1
        yield start


def find_phones(
    text: str,
    runs: Iterable[tuple[int, int]] | None = None,
    drop: Callable[[Rule, int, int, str], object] | None = None,
) -> list[tuple[str, int, int]]:
    """(E.164, start, end) of every phone number in `text`, in text order. `runs`: the
    text's runs of digits (TokenStream.digit_runs), when the caller has them. `drop`: told
    the rule, start, end and detail of each run (or part) that gives no number."""
    found = codes_over_breaks(text)
    # the runs of digits of a number read across a break are its parts, not numbers
    broken = [(start, end) for _, start, end in found]
    zones: list[tuple[int, int]] | None = None  # built on the first bare number only
    candidates = (
        CANDIDATE.finditer(text, None, None, False, rx.NOT_CONCURRENT)
        if runs is None
        else rx.matches_at(CANDIDATE, text, _candidate_starts(text, runs))
    )
    for m in candidates:
        if broken and _inside(broken, m.start()):
            continue
        drops: Drops = []
        numbers = _numbers_in_run(m.group(), m.start(), drops)
        if not numbers and len(_digits(m.group())) == _NATIONAL_DIGITS:
            zones = _label_zones(text) if zones is None else zones
            drops = []  # the bare number's reading has the last word
            numbers = _bare_mobile(text, m.start(), m.end(), zones, drops)
        found.extend(numbers)
        if drop is not None:
            for rule, start, end, detail in drops:
                drop(rule, start, end, detail)
    if broken:
        found.sort(key=lambda number: number[1])
    return found


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of `spans` (sorted, apart)."""
    k = bisect_right(spans, pos, key=lambda span: span[0]) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _is_table_line(line: str) -> bool:
    return any(mark in line for mark in _TABLE_MARKS)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _label_zones(text: str) -> list[tuple[int, int]]:
    """[label end, zone end) of each phone label: the rest of its line, or the rest
    of its table (the following lines with "|" or a tab) when its line is a row."""
    zones: list[tuple[int, int]] = []
    for m in PHONE_LABEL.finditer(text, None, None, False, rx.NOT_CONCURRENT):
        if zones and m.start() < zones[-1][1]:
            continue  # inside the zone of the label before: linear on a long table
        line_start = text.rfind("\n", 0, m.start()) + 1
        end = _line_end(text, m.end())
        if _is_table_line(text[line_start:end]):
            while end < len(text):
                following = _line_end(text, end + 1)
                if not _is_table_line(text[end + 1 : following]):
                    break
                end = following
        zones.append((m.end(), end))
    return zones


def _bare_mobile(
    text: str, start: int, end: int, zones: list[tuple[int, int]], drops: Drops
) -> list[tuple[str, int, int]]:
    """ "555 12 34 56" after a phone label or alone in a cell under one: +996 555123456."""
    k = bisect_right(zones, (start, len(text))) - 1
    if k < 0 or end > zones[k][1]:
        drops.append((BARE_UNLABELLED, start, end, "no phone label before it"))
        return []
    label_end, zone_end = zones[k]
    written = text[start:end]
    if "(" in written or ")" in written or "/" in written:
        drops.append((BARE_NOT_PLAIN, start, end, ""))
        return []
    # A cell is short: look a bounded way for its edges (linear on hostile input).
    reach_start, reach_end = max(label_end, start - _CELL_REACH), min(zone_end, end + _CELL_REACH)
    cell_start = max(max(text.rfind(ch, reach_start, start) for ch in _CELL_EDGE) + 1, reach_start)
    edges = [i for ch in _CELL_EDGE if (i := text.find(ch, end, reach_end)) >= 0]
    cell_end = min(edges, default=reach_end)
    alone = not text[cell_start:start].strip() and not text[end:cell_end].strip()
    if not alone and not _AFTER_LABEL.fullmatch(text, label_end, start):
        drops.append((BARE_UNLABELLED, start, end, "words between it and its label"))
        return []
    e164 = _mobile(_TRUNK + _digits(written))
    if e164 is None:
        drops.append((NOT_MOBILE, start, end, ""))
        return []
    return [(e164, start, end)]


def _mobile(digits: str) -> str | None:
    """The E.164 form of a national number with its trunk prefix when it is a mobile one."""
    verdict = phone_plan.decide(digits)
    if verdict is not None:
        return verdict.e164 if verdict.kind == phone_plan.MOBILE else None
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, REGION)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.MOBILE:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _trimmed(text: str, start: int) -> tuple[str, int, int]:
    """A part without its surrounding spaces (and a stray closing parenthesis)."""
    left = len(text) - len(text.lstrip(" -"))
    body = text.strip(" -")
    return body, start + left, start + left + len(body)


def _numbers_in_run(run: str, offset: int, drops: Drops) -> list[tuple[str, int, int]]:
    parts = [
        _trimmed(p.group(), offset + p.start())
        for p in _PART.finditer(run, None, None, False, rx.NOT_CONCURRENT)
    ]
    parts = [p for p in parts if p[0]]
    if not parts or not _looks_like_phone(parts[0][0]):
        drops.append((NO_PHONE_START, offset, offset + len(run), ""))
        return []
    if len(parts) == 1:
        return _whole_or_matched(*parts[0], drops)
    # A slash group: short parts are operator/area codes sharing the last subscriber.
    last, last_start, last_end = parts[-1]
    head = _DIGIT_GROUP.search(last)
    if head and head.group() == _TRUNK:
        # the trunk prefix written apart from its code ("0 550 / 0 700 20-30-41", as
        # "0 (3222)"): the code is the group after it
        head = _DIGIT_GROUP.search(last, head.end()) or head
    subscriber = _digits(last[head.end() :]) if head else ""
    found: list[tuple[str, int, int]] = []
    run_start, run_end = parts[0][1], last_end
    for body, start, end in parts[:-1]:
        if len(_digits(body)) <= _MAX_PREFIX and subscriber and _looks_like_phone(body):
            e164 = to_e164(_digits(body) + subscriber)
            if e164:
                found.append((e164, run_start, run_end))
            else:
                drops.append((INVALID_NUMBER, start, end, f"with the subscriber {subscriber}"))
        else:
            found.extend(_whole_or_matched(body, start, end, drops))
    if found and all(s == run_start and e == run_end for _, s, e in found):
        # The last part is spelled out in full: its number shares the same evidence.
        e164 = to_e164(last)
        if e164:
            found.append((e164, run_start, run_end))
        else:
            drops.append((INVALID_NUMBER, last_start, last_end, ""))
    else:
        found.extend(_whole_or_matched(last, last_start, last_end, drops))
    return found


def _whole_or_matched(body: str, start: int, end: int, drops: Drops) -> list[tuple[str, int, int]]:
    """One number, or, when the part holds several ("0555 313385 0770 771711"),
    the shortest runs of digit groups that each make a valid number."""
    if sum(ch.isdigit() for ch in body) < _NATIONAL_DIGITS:
        drops.append((TOO_SHORT, start, end, ""))  # an operator code alone, or a short count
        return []
    e164 = to_e164(body) if _looks_like_phone(body) else None
    if e164:
        return [(e164, start, end)]
    groups = list(_DIGIT_GROUP.finditer(body))
    # digits_before[k]: digits in groups[:k]; a number is groups i..j holding
    # 9 to 12 digits, found by bisection (linear on runs of one-digit groups).
    digits_before = [0]
    for group in groups:
        digits_before.append(digits_before[-1] + group.end() - group.start())
    longest = _NATIONAL_DIGITS + len(_CC)
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(groups):
        if groups[i].end() - groups[i].start() < _MIN_CODE_DIGITS:
            i += 1  # a number starts with its code: "0555", "(0312)", "+996"
            continue
        first = bisect_left(digits_before, digits_before[i] + _NATIONAL_DIGITS) - 1
        last = bisect_right(digits_before, digits_before[i] + longest) - 1
        for j in range(max(first, i), min(last, i + _MAX_GROUPS)):
            a = groups[i].start()
            if a > 0 and body[a - 1] in "(+":
                a -= 1
            text = body[a : groups[j].end()]
            e164 = to_e164(text) if _looks_like_phone(text) else None
            if e164:
                found.append((e164, start + a, start + groups[j].end()))
                i = j
                break
        i += 1
    if not found:
        area = _area_code_number(body)
        if area is not None:
            return [(area, start, end)]
        drops.append((INVALID_NUMBER, start, end, ""))
    return found


# A home number with its area code in brackets, the writing opening as a phone's does
# (the country code, or the trunk prefix before or inside the brackets): "+996 (3532)
# 5-01-38", "+996 (03229) 5-02-14", "0 (3547) 6-12-40", "(03659) 4-18-27". Brackets
# alone ("(3538) 2-14-60") say no more than a count in brackets would.
_AREA_CODE_NUMBER = rx.compile(
    rf"(?=\+|{_CC}|{_TRUNK}|\({_TRUNK})(?:\+?{_CC}[ ]?|{_TRUNK}[ ]?)?"
    rf"\((?:{_TRUNK})?(?P<code>{_FIXED_LINE_FIRST}\d{{2,3}})\)[ ]?"
    r"(?P<local>\d[\d -]{3,10}\d)"
)
# ... or, after the country code with its plus, a district's four-digit area code set
# off by spaces: "+996 3648 7-20-15" (the plus says a phone; no date or count opens so).
_PLUS_AREA_CODE_NUMBER = rx.compile(
    rf"\+{_CC}[ ](?P<code>{_FIXED_LINE_FIRST}\d{{3}})[ ](?P<local>\d[\d -]{{3,10}}\d)"
)


# `phones.code_over_break`: an area code in brackets, written as `_AREA_CODE_NUMBER` opens
# (the country code or the trunk prefix), closes its line; the subscriber's digit groups
# open the next line, and no more digits follow them on it (a table's next column).
_CODE_OVER_BREAK = rx.compile(
    rf"(?<![\w.+])(?=\+|{_TRUNK}|\({_TRUNK})(?:\+{_CC}[ ]?|{_TRUNK}[ ]?)?"
    rf"\((?:{_TRUNK})?(?P<code>{_FIXED_LINE_FIRST}\d{{2,3}})\)[ \t]{{0,8}}\n[ \t]{{0,8}}"
    r"(?P<local>\d{1,6}(?:[ -]\d{2,3}){0,3})(?![\w-])(?!\.\d)(?![ \t]*[\d(+])"
)


def codes_over_breaks(text: str) -> list[tuple[str, int, int]]:
    """(E.164, start, end) of each home number read across a line break
    (`_CODE_OVER_BREAK`), nine national digits in all."""
    if "\n" not in text or ")" not in text:
        return []
    found: list[tuple[str, int, int]] = []
    for m in _CODE_OVER_BREAK.finditer(text, None, None, False, rx.NOT_CONCURRENT):
        national = m["code"] + _digits(m["local"])
        if len(national) == _NATIONAL_DIGITS:
            found.append((f"+{_CC}{national}", m.start(), m.end()))
    return found


def _area_code_number(body: str) -> str | None:
    """The E.164 form of a home number written with its area code in brackets
    (`_AREA_CODE_NUMBER`) or after "+996" (`_PLUS_AREA_CODE_NUMBER`), nine national
    digits, when the plan the library reads lacks that area code (district codes as
    Токтогул's 3532, Кара-Кулжа's 3229; round 47; the trunk prefix's forms and the
    unbracketed one recur in held-out rounds 19, 30, 36 and 42, xround59): the writing
    says it is a phone."""
    m = _AREA_CODE_NUMBER.fullmatch(body) or _PLUS_AREA_CODE_NUMBER.fullmatch(body)
    if m is None:
        return None
    national = m["code"] + _digits(m["local"])
    return f"+{_CC}{national}" if len(national) == _NATIONAL_DIGITS else None


PLAN_NUMBER = Rule(
    "phones.plan_number",
    "a run of digits opening with '+', the trunk prefix or the country code whose digits, or"
    " a run of its digit groups, make a valid number of the country's plan is a phone",
)
AREA_CODE_IN_BRACKETS = Rule(
    "phones.area_code_in_brackets",
    "the country code or the trunk prefix, an area code in brackets (or a four-digit one"
    " after '+996') and the subscriber's digits, nine national digits in all ('+996 (3532)"
    " 5-01-38', '0 (3547) 6-12-40', '(03659) 4-18-27', '+996 3648 7-20-15'), are a home"
    " phone though the library's plan lacks that area code",
)
CODE_OVER_BREAK = Rule(
    "phones.code_over_break",
    "an area code in brackets after the country code or the trunk prefix closes a line and"
    " the subscriber's digit groups, nine national digits in all, open the next ('0(3230)'"
    " / '5-12-34'): a home phone that the page's wrap broke; no more digits follow it on"
    " its line (a table's columns of codes and numbers keep their rows)",
)
BARE_AFTER_LABEL = Rule(
    "phones.bare_after_label",
    "a mobile number without the trunk prefix ('555 12 34 56') right after a phone label on"
    " its line, or alone in a table cell under one, is a phone",
)


def extract(ctx: Context) -> None:
    mentions = list(ctx.contacts.mentions)
    stream = ctx.segments.tokens
    runs = stream.digit_runs() if stream.text is ctx.text else None

    def drop(rule: Rule, start: int, end: int, detail: str) -> None:
        ctx.decide(rule, False, start, end, detail)

    found = find_phones(ctx.text, runs, drop)
    for value, start, end in found:
        quote, span = ctx.quote(start, end)
        mentions.append(
            ContactMention.model_construct(kind="phone", value=value, text=quote, span=span)
        )
    ctx.contacts.mentions = mentions
    if ctx.decisions is not None:
        for value, start, end in found:
            ctx.decide(_kept_by(ctx.text[start:end]), True, start, end, value)


def _kept_by(written: str) -> Rule:
    """The rule that kept the phone written so."""
    if "\n" in written:
        return CODE_OVER_BREAK
    if len(_digits(written)) == _NATIONAL_DIGITS:
        return BARE_AFTER_LABEL
    if to_e164(written) is None and _area_code_number(written) is not None:
        return AREA_CODE_IN_BRACKETS
    return PLAN_NUMBER
