"""Where a part's verb of taking part is read when something stands between them: a
list of other people sharing it ("Сессияга 17 депутаттын 15и, айыл өкмөтүнүн
кызматкерлери ..., жалпысынан 40тан ашуун адам катышты"), a restatement of the part as a
share ("алардын 71 318и, башкача айтканда 50,01 пайызы добуш берүүгө катышты"). Each reads
a bounded number of tokens after the part (counts_without_who.partitive_count)."""

from __future__ import annotations

from ...models import Status
from .constants import AGENT_LIST_REACH
from .phrase import status_at
from .words import LEX, STATUS, Phrases, Tokens, ends_sentence_at, folded_stems, who_at

# What may stand between a list's members besides words and numbers.
LIST_GAPS = frozenset(",-")

_RESTATING = Phrases(LEX["restating_openers"])
_SHARE_STEMS = folded_stems("restated_share_stems")
# A restated share ("50,01 пайызы", "40 процентов") spans at most this many tokens.
_SHARE_TOKENS = 4


def past_restatement(tokens: Tokens, k: int) -> int:
    """Token k, or past a restatement of the part as a share that starts there (", башкача
    айтканда 50,01 пайызы", ", то есть 40 процентов,"): where the part's verb is read."""
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


def list_shares_verb(tokens: Tokens, k: int) -> Status | None:
    """A comma at token k opens a list of people (words, commas, joiners and numbers,
    a who-noun among them) whose verb of taking part ends the sentence: the part before
    it shares that verb ("Сессияга 17 депутаттын 15и, айыл өкмөтүнүн кызматкерлери жана
    мекеме жетекчилери, жалпысынан 40тан ашуун адам катышты"); its status, else None."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    people = False
    for j in range(k + 1, min(len(tokens), k + AGENT_LIST_REACH)):
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
            tok.kind not in ("word", "num") and tok.text not in LIST_GAPS
        ):
            return None
        people = people or (tok.kind == "word" and who_at(tokens, j) is not None)
    return None
