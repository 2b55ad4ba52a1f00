"""Parts whose whole is not named beside them: a part in words listed after another
("Алардын он экиси ..., жыйырмасы ..."), and a part with no owner word of the people
counted before it in its sentence ("150 конок чакырылган, бирок 90го жакыны гана
келе алды": about 90 of them came; rule participants.part_of_counted)."""

from __future__ import annotations

from ...models import Status
from ...numbers import NumberMatch, number_at, read_word
from . import rules
from .constants import STATUS_REACH
from .phrase import Found, head_after, read_qualifiers
from .words import UNIT_NOUNS, Tokens, ends_sentence_at


def words_start(tokens: Tokens, k: int) -> int:
    """The first word of the run of number words whose last word is token k ("он
    экиси")."""
    while k > 0 and tokens[k - 1].kind == "word":
        before = read_word(tokens[k - 1].low)
        if before is None or before.value is None or before.kind == "ordinal":
            break
        k -= 1
    return k


def part_of_counted(tokens: Tokens, num: NumberMatch, status: Status) -> Found | None:
    """A part with no owner word and a verb of taking part after it, of the people a
    count before it in its sentence names ("Кечеге 150 конок чакырылган, бирок 90го
    жакыны гана келе алды"); the nearest number before it decides: when it counts no
    people (money, units) or no more than the part, the part is none."""
    if num.value is None:
        return None
    for j in range(num.first - 1, max(-1, num.first - STATUS_REACH), -1):
        if ends_sentence_at(tokens, j):
            return None
        if tokens[j].kind != "num" and read_word(tokens[j].low) is None:
            continue
        total = number_at(tokens, j)
        if total is None or not total.is_count or (total.value or 0) <= num.value:
            return None  # a part is less than its whole ("35 киши катталып, 40ы ...")
        person = head_after(tokens, read_qualifiers(tokens, total).after)
        if person is None or person.entry.lemma in UNIT_NOUNS:
            return None
        lemma = person.entry.lemma
        return Found(num.value, "exact", lemma, status, num.start, num.end, rules.PART_OF_COUNTED)
    return None
