"""Cities written in lower case with a Kyrgyz case ending. The republic's cities
("бишкекте", "оштон": LOWER_CASE_LEVELS with an ISO 3166-2 code) are read so wherever
they stand. The other cities' names are also common words ("кербен", a caravan; "кант",
sugar; "токмок", a mallet; "медициналык кербенде, Ошто ..."), so one is read in lower case
only as a dated venue in a list of dated venues: a day's date right before it, a comma,
and a list member beside it that is a capitalised gazetteer name in the same case with its
own date before it ("3-мартта балыкчыда, 5-мартта Караколдо, ...": a tour's stops;
idx.lower_case_listed; accleft)."""

from __future__ import annotations

from ... import morph
from ...lexicon import load
from .index import PlaceIndex
from .mention import Mention, Token
from .vocabulary import fold

# The Kyrgyz months' stems (dates lexicon, without the soft sign: "октябрда", "майда"):
# a venue's date is a month's word in a case right before it.
MONTH_STEMS: tuple[str, ...] = tuple(
    fold(month["ky"]).removesuffix("ь") for month in load("dates")["months"]
)
# How many words from a venue its list's neighbour stands: a date's word between them.
SIBLING_OFFSET = 2
_LIST_COMMA = ","
# What may stand in a gap beside the comma: spaces and a day's number with its hyphen.
_DAY_SIGNS = " \t0123456789-"


def lower_case_city(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """A city in lower case with a Kyrgyz case ending: a republic's city anywhere, another
    city as a dated venue in a list of them (`dated_venue_listed`); its units under the
    gazetteer's name."""
    tok = tokens[i]
    if not idx.may_be_lower_case_city(fold(tok.text), tok.low):
        return None
    for reading in morph.candidate_stems(tok.text):
        if not reading.ending:
            continue
        case = morph.case_of(reading.stem, reading.ending)
        if case is None:
            continue
        name = idx.lower_case.get(fold(reading.stem))
        listed = idx.lower_case_listed.get(reading.stem.casefold())
        if name is None and listed and dated_venue_listed(tokens, i, text, case, idx):
            name = listed
        if name:
            m = Mention.of_token(tok, i, name, reading.ending, idx.lookup(name))
            m.end = tok.start + len(morph.surface(reading.stem, reading.ending))
            return m
    return None


def dated_venue_listed(tokens: list[Token], i: int, text: str, case: str, idx: PlaceIndex) -> bool:
    """Word i is a dated venue (a month's word right before it) in a list: the next
    member after a comma, its date between them, or the one before it, is a dated
    capitalised gazetteer name of its sentence in `case`."""
    if not _dated(tokens, i):
        return False
    sentence = tokens[i].sentence
    after = i + SIBLING_OFFSET
    if after < len(tokens) and _comma_between(text, tokens[i], tokens[i + 1]):
        if _dated_name(tokens, after, sentence, case, idx):
            return True
    before = i - SIBLING_OFFSET
    return (
        before >= 0
        and _comma_between(text, tokens[before], tokens[i - 1])
        and _dated_name(tokens, before, sentence, case, idx)
    )


def _dated(tokens: list[Token], k: int) -> bool:
    """A month's word stands right before word k."""
    return k > 0 and fold(tokens[k - 1].text).startswith(MONTH_STEMS)


def _comma_between(text: str, first: Token, second: Token) -> bool:
    """One comma stands between two words, with nothing but spaces and the next date's
    day ("балыкчыда, 5-мартта") besides it."""
    gap = text[first.end : second.start]
    return gap.count(_LIST_COMMA) == 1 and gap.replace(_LIST_COMMA, "").strip(_DAY_SIGNS) == ""


def _dated_name(tokens: list[Token], k: int, sentence: int, case: str, idx: PlaceIndex) -> bool:
    """Word k, of `sentence`, is a capitalised gazetteer name with an ending of `case`, a
    month's word right before it."""
    tok = tokens[k]
    return (
        tok.sentence == sentence
        and tok.capital
        and _dated(tokens, k)
        and any(
            reading.ending
            and morph.case_of(reading.stem, reading.ending) == case
            and idx.lookup(reading.stem)
            for reading in morph.candidate_stems(tok.text)
        )
    )
