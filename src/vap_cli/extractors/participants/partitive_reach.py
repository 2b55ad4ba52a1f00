"""Where a part's verb of taking part is read when something stands between them: a
list of other people sharing it ("Сессияга 17 депутаттын 15и, айыл өкмөтүнүн
кызматкерлери ..., жалпысынан 40тан ашуун адам катышты"), a restatement of the part as a
share ("алардын 71 318и, башкача айтканда 50,01 пайызы добуш берүүгө катышты"), the
setting between a body's roster and its verb ("Из 31 депутата в работе сессии участвовали
26"); a part's noun after the body owning it, and a whole of units before a part (round
41). Each reads a bounded number of tokens."""

from __future__ import annotations

from ...models import Status
from ...numbers import Token
from .constants import OWNER_WORDS, PART_LIST_REACH
from .phrase import HOST_PREPOSITIONS, status_at
from .words import (
    LEX,
    STATUS,
    UNIT_NOUNS,
    Phrases,
    Tokens,
    WhoMatch,
    ends_sentence_at,
    folded_stems,
    noun_ending_case,
    who_at,
    who_ending_at,
)

# What may stand between a list's members besides words and numbers.
LIST_GAPS = frozenset(",-")
# ... and the dot of a person's initial that does not end the sentence ("өкүлү Б.К.
# Мамыткулова", round 44): a listed person's name, no end of the list.
_INITIAL_DOT = "."
# The hyphen that glues an ordinal to its noun ("9-класстын").
ORDINAL_HYPHEN = "-"

_RESTATING = Phrases(LEX["restating_openers"])
_SHARE_STEMS = folded_stems("restated_share_stems")
# A restated share ("50,01 пайызы", "40 процентов") spans at most this many tokens.
_SHARE_TOKENS = 4
_SHARE_SIGNS = frozenset(LEX["restated_share_signs"])
# A setting between a roster and its verb: a preposition of place and at most so many
# words ("в работе сессии", "на заседании").
_SETTING_WORDS = 2


def _setting_words(tokens: Tokens, first: int, end: int) -> bool:
    """Tokens first..end-1 are plain words, none a noun of who takes part."""
    return all(tokens[j].kind == "word" and who_at(tokens, j) is None for j in range(first, end))


def past_setting(tokens: Tokens, k: int) -> int:
    """Token k, or past a setting that starts there and runs into a verb of taking part
    ("Из 31 депутата в работе сессии участвовали 26"): where the roster's verb is read."""
    if k >= len(tokens) or tokens[k].low not in HOST_PREPOSITIONS:
        return k
    for end in range(k + 2, min(len(tokens), k + 2 + _SETTING_WORDS)):
        if not _setting_words(tokens, k + 1, end):
            return k
        if status_at(tokens, end) is not None:
            return end
    return k


def setting_before(tokens: Tokens, end: int) -> int:
    """Token `end`, or the start of a setting that ends right before it (the same read back
    from the verb: "из 31 депутата | в работе сессии | участвовали 26")."""
    for size in range(1, _SETTING_WORDS + 1):
        start = end - size - 1
        if start < 0:
            break
        if tokens[start].low in HOST_PREPOSITIONS and _setting_words(tokens, start + 1, end):
            return start
    return end


def past_restatement(tokens: Tokens, k: int) -> int:
    """Token k, or past a restatement of the part as a share that starts there (", башкача
    айтканда 50,01 пайызы", ", то есть 40 процентов,"), or past its share in brackets
    ("2 605и (61,8%) катышты"; round 40): where the part's verb is read."""
    if k < len(tokens) and tokens[k].text == "(":
        return _past_bracketed_share(tokens, k)
    if k >= len(tokens) or tokens[k].text != ",":
        return k
    size = _RESTATING.at(tokens, k + 1)
    if not size:
        return k
    first = k + 1 + size
    for j in range(first, min(len(tokens), first + _SHARE_TOKENS)):
        tok = tokens[j]
        if tok.kind == "word" and tok.low.startswith(_SHARE_STEMS):
            return j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text == ",")
        if tok.kind != "num" and tok.text != ",":
            return k
    return k


def _past_bracketed_share(tokens: Tokens, k: int) -> int:
    """Past the bracket that token k opens when it holds a share alone ("(61,8%)", "(40
    пайызы)"), else k."""
    for j in range(k + 1, min(len(tokens), k + 2 + _SHARE_TOKENS)):
        tok = tokens[j]
        if tok.text == ")":
            return j + 1 if j > k + 1 else k
        share = tok.text in _SHARE_SIGNS or tok.low.startswith(_SHARE_STEMS)
        if tok.kind != "num" and tok.text != "," and not share:
            return k
    return k


def list_shares_verb(tokens: Tokens, k: int) -> Status | None:
    """A comma at token k opens a list of people (words, commas, joiners and numbers,
    a who-noun among them) whose verb of taking part ends the sentence: the part before
    it shares that verb ("Сессияга 17 депутаттын 15и, айыл өкмөтүнүн кызматкерлери жана
    мекеме жетекчилери, жалпысынан 40тан ашуун адам катышты"); its status, else None."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    people = False
    for j in range(k + 1, min(len(tokens), k + PART_LIST_REACH)):
        tok = tokens[j]
        if tok.kind == "word" and tok.low in STATUS:
            found = status_at(tokens, j)
            end = j + found[0] if found is not None else j
            if (
                found is not None
                and people
                and (end >= len(tokens) or ends_sentence_at(tokens, end))
            ):
                return found[1]
        if ends_sentence_at(tokens, j) or (
            tok.kind not in ("word", "num")
            and tok.text not in LIST_GAPS
            and not _initial_dot(tokens, j)
        ):
            return None
        people = people or (tok.kind == "word" and who_at(tokens, j) is not None)
    return None


def _initial_dot(tokens: Tokens, j: int) -> bool:
    """Token j is the dot after a one-letter capital, a person's initial ("Б.К.")."""
    return (
        tokens[j].text == _INITIAL_DOT
        and j > 0
        and len(tokens[j - 1].text) == 1
        and tokens[j - 1].text.isupper()
    )


def noun_after_owner(tokens: Tokens, k: int) -> WhoMatch | None:
    """A who-noun with the possessive after a few words from token k, the last in the
    genitive: its owner ("айыл кеңештердин депутаттары", "мектептин мугалимдери")."""
    for j in range(k, min(len(tokens) - 1, k + OWNER_WORDS)):
        low = _owner_word(tokens[j])
        if low is None:
            return None
        if noun_ending_case(low) == "genitive":
            owned = who_at(tokens, j + 1)
            return owned if owned is not None and owned.ending.possessive else None
    return None


def _owner_word(tok: Token) -> str | None:
    """A word of an owner's phrase: a word, or an ordinal glued by its hyphen to its
    noun ("9-класстын окуучулары": the ninth grade's pupils), read as that noun."""
    if tok.kind == "word":
        return tok.low
    noun = tok.low.rpartition(ORDINAL_HYPHEN)[2]
    return noun if tok.kind == "num" and noun.isalpha() else None


def units_before(tokens: Tokens, first: int) -> bool:
    """The whole right before token `first` counts units ("Из 105 айылных аймаков
    области 38"), perhaps with the unit owning them after it: a part of them with no verb
    of taking part tells what they are, not who came (round 41)."""
    whole = who_ending_at(tokens, first)
    if whole is not None and whole.entry.lemma in UNIT_NOUNS and whole.first:
        whole = who_ending_at(tokens, whole.first) or whole
    return whole is not None and whole.entry.lemma in UNIT_NOUNS
