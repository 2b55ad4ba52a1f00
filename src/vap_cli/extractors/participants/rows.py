"""Numbers with no noun of their own that still count people: rows of a list that
share its noun ("Нарындан 20, Таластан 15 катышуучу"), rows after a total and its
opener ("анын ичинде Ош облусунан – 468"), and the units people came from
("беш айылынан 1 200дөй тургун")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from operator import itemgetter

from ... import morph
from ...lexicon import load
from ...numbers import PARTITIVE_ENDINGS, NumberMatch, Token, number_at
from . import rules
from .constants import (
    DASHES,
    ELLIPTIC_REACH,
    LIST_ROWS_REACH,
    MAX_WHO_WORDS,
    ROWS_REACH,
    SUBJECT_COUNT_REACH,
)
from .counts_without_who import OPENERS, PARTITIVE_OWNERS, first_of_parts, opener_before
from .elliptic_rows import parallel_place_shape
from .fielding import fielded
from .finite_verbs import finite_verb
from .measures import after_modifiers, is_measure
from .number_vetoes import part_in_ablative, partitive_at, phone_like
from .phrase import (
    COUNT_NOUNS,
    Found,
    qualifier_before,
    status_after,
    status_before,
)
from .vetoes import each_unit
from .words import (
    ROW_JOINERS,
    SOURCE_PREPOSITIONS,
    UNIT_NOUNS,
    Tokens,
    WhoMatch,
    casefolded,
    ends_sentence_at,
    in_year_range,
    noun_ending_case,
    plain_list,
    stem_of,
    who_at,
)

_ROW_ENDS = frozenset(",.;")
_SOURCE_CASES = frozenset(("ablative", "genitive"))
_FROM_CASES = frozenset(("ablative",))
_OWNER_CASES = _SOURCE_CASES
_LOCATIVE = "locative"
_GENITIVE = "genitive"
_ROW_POSTPOSITIONS = casefolded("breakdown_key_after")
# A token's end offset (Token's third field), read in C by the bisection.
_TOKEN_END = itemgetter(2)
_COUNT_NOUNS_BEFORE = casefolded("count_nouns_before_owner")
_KEY_BEFORE = casefolded("breakdown_key_before")
_KEY_UNITS_RU = casefolded("breakdown_key_units_ru")
_PLURAL = "plural"
# Rows kept only when the total they are parts of is kept before them.
_ROWS_OF_A_KEPT_TOTAL = frozenset((rules.OWNED_PARTITIVE_ROW, rules.PART_AFTER_OPENER))
# Verbs of a jury selecting (lexicon contest_entries.selecting): a number after one, in the
# rows of a total of entries, is the selected ("14 проектов, из которых жюри отобрало
# пять": the winners), no row of who took part (round 28).
_SELECTING = tuple(w.casefold() for w in load("participation")["contest_entries"]["selecting"])
# ... and the verbs of electing or appointing: "выдвинуто 40 кандидатов, из них избраны 21"
# (the elected are the result, not rows of who took part; tallies.elected_or_selected)
_SELECTING += tuple(w.casefold() for w in load("participation")["chosen_verb_stems"])
# Words of winning (stems): a bare number whose clause names a win is the winners, no row
# ("поступило 30 заявок, из них 8 получили гранты").
_WINNING = tuple(w.casefold() for w in load("participation")["winner_stems"])


def place_row(tokens: Sequence[Token], first: int, owner: bool = False) -> bool:
    """A number after the name of where its people come from: in the ablative
    ("Нарындан 20") or before a dash ("Нарынская – 76", "город Ош – 32"); with
    `owner`, in the genitive too ("Ак-Талаа районунун 8, Жумгал районунун 12 айыл
    аймагы": the units a place owns)."""
    if not first:
        return False
    before = tokens[first - 1]
    if before.kind == "word" and owner and before.low in _ROW_POSTPOSITIONS:
        return True  # "Ош шаары боюнча 35, Бишкек шаары боюнча 40 окуучу"
    if before.kind == "word":
        return noun_ending_case(before.low) in (_OWNER_CASES if owner else _FROM_CASES)
    return (
        before.kind == "punct"
        and before.text in DASHES
        and first >= 2
        and tokens[first - 2].kind == "word"
    )


def source_before(tokens: Sequence[Token], first: int) -> bool:
    """A place the number's people came from, in its row before it: a word in the
    ablative ("Таластан 15"), a dash after a place ("Талас – 15") or "из ..." ("из
    Кочкорского района 12", "из г. Ош – 20")."""
    tokens = plain_list(tokens)
    if place_row(tokens, first):
        return True
    for k in range(first - 1, max(-1, first - 1 - ELLIPTIC_REACH), -1):
        tok = tokens[k]
        if tok.text == "," or tok.kind == "nl" or tok.low in ROW_JOINERS:
            return False
        if tok.kind == "word" and (
            tok.low in SOURCE_PREPOSITIONS or noun_ending_case(tok.low) == "ablative"
        ):
            return True
    return False


# The stems of the Kyrgyz type words of places.yaml (the last word of "айыл аймак",
# "район", "шаар", "айыл").
_UNIT_STEMS = frozenset(row["words"][-1] for row in load("places")["kyrgyz_after"])
# The first words of the two-word type words ("айыл" of "айыл аймак").
_TYPE_FIRST_WORDS = frozenset(
    row["words"][0] for row in load("places")["kyrgyz_after"] if len(row["words"]) > 1
)


def unit_locative_row(tokens: Sequence[Token], first: int) -> bool:
    """A number right after a unit's type word in the Kyrgyz locative ("Ак-Суу айыл
    аймагында 40, ...", "Кочкор районунда 25, ..."): the people counted there, a row of
    a list like one after a place in the ablative."""
    if not first:
        return False
    before = tokens[first - 1]
    return (
        before.kind == "word"
        and noun_ending_case(before.low) == _LOCATIVE
        and any(r.stem in _UNIT_STEMS for r in morph.candidate_stems(before.low))
    )


# A word of "in total" between the units and the count ("төрт айылдан жалпысынан 340").
_SOURCE_TOTAL_WORDS = casefolded("source_total_words") | casefolded("total_words")


def _count_start(tokens: Sequence[Token], k: int) -> int:
    """Where the count after the units' noun at k - 1 opens: at k, or after a word of
    "in total" there."""
    if k + 1 < len(tokens) and tokens[k].low in _SOURCE_TOTAL_WORDS:
        return k + 1
    return k


def source_units(tokens: Sequence[Token], num: NumberMatch) -> tuple[int, Token] | None:
    """ "айыл аймагынын беш айылынан 1 200дөй тургун ... катышты", "жети облустун 312
    муниципалитетинен ... өттү": the units the people came from are counted too,
    whatever their noun (as "41 муниципалитетинен" is), in the ablative or, right
    before the count of what they hold, in the genitive ("21 депутаттын 17си" is a
    part of a whole, not units; nor is "12 районунун 9унан", the whole of a part in the
    ablative, the part being the units: units_sending). Returns the index of the count that follows and the
    units' noun."""
    if num.ending or num.kind not in ("digits", "words") or each_unit(tokens, num):
        return None
    k = after_modifiers(tokens, num.last)
    if k + 1 >= len(tokens):
        return None
    noun = tokens[k]
    if noun.kind != "word" or is_measure(noun):
        return None
    if noun_ending_case(noun.low) not in _SOURCE_CASES:
        return None
    c = _count_start(tokens, k + 1)
    if tokens[c].kind != "num" and number_at(tokens, c) is None:
        return None
    if partitive_at(tokens, c) or _collective_at(tokens, c):
        return None
    if part_in_ablative(tokens, c):
        return None  # "12 районунун 9унан командалар": the whole, all the units there are
    return c, noun


def part_of_source_units(tokens: Sequence[Token], num: NumberMatch) -> Token | None:
    """ "58 мектептин 46сынан 312 окуучусу катышты": a part in the ablative of units
    counted in the genitive right before it is the units the people counted next (within
    PART_SOURCE_REACH tokens) came from; returns the units' noun (the whole is dropped:
    number_vetoes.whole_of_part)."""
    first = num.first
    if first < 2 or not part_in_ablative(tokens, first):
        return None
    noun = tokens[first - 1]
    if noun.kind != "word" or noun_ending_case(noun.low) != "genitive":
        return None
    j = first - 2  # the whole's number, before the words of the units' noun ("айыл аймагынын")
    while j > 0 and tokens[j].kind == "word" and first - 1 - j < MAX_WHO_WORDS:
        if _whole_in_words(tokens, j, first - 1):
            return noun  # "он эки мектептин тогузунан"
        j -= 1
    return noun if tokens[j].kind == "num" or _whole_in_words(tokens, j, first - 1) else None


def _whole_in_words(tokens: Sequence[Token], j: int, noun: int) -> bool:
    """A number in words at token j that ends right before the units' noun's words (the
    noun's last word at `noun`)."""
    whole = number_at(tokens, j) if tokens[j].kind == "word" else None
    return whole is not None and whole.is_count and whole.last <= noun and not whole.ending


def _collective_at(tokens: Sequence[Token], k: int) -> bool:
    """ "11 депутатынын алтоо": a collective part of a whole, not a count of its own."""
    part = number_at(tokens, k)
    return part is not None and part.kind == "collective"


def source_count(num: NumberMatch, noun: Token, taking_part: Found) -> Found:
    return Found(
        num.value or 0,
        "exact",
        stem_of(noun.low),
        taking_part.status,
        num.start,
        noun.end,
        rules.SOURCE_UNITS,
    )


def bracketed_row(tokens: Tokens, num: NumberMatch) -> Found | None:
    """ "Чүй (25), Талас (15) жана Нарын (20) облустарынан депутаттар катышты",
    "участвовали представители Чуйской (12), Таласской (8) ... областей": a number in
    brackets after a place counts the people its sentence names, after the list or
    before it, when a verb says they take part."""
    value = _bracketed_value(tokens, num)
    if value is None:
        return None
    people = _people_in_sentence(tokens, num.first, num.last)
    if people is None:
        return None
    status = (
        status_after(tokens, people.last)
        or status_before(tokens, people.first)
        or fielded(tokens, people)
    )
    if status is None:
        return None
    lemma = people.entry.lemma
    return Found(value, "exact", lemma, status, num.start, num.end, rules.BRACKETED_ROW)


def _bracketed_value(tokens: Tokens, num: NumberMatch) -> int | None:
    """The value of a bare number alone in brackets after a word ("Талас (15)"); None
    for any other number, a year in brackets ("Кыргызстан (2019)") or a phone's digits."""
    first, last, value = num.first, num.last, num.value
    if num.kind not in ("digits", "words") or num.ending or value is None:
        return None
    if in_year_range(value) or phone_like(tokens, num):
        return None
    if first < 2 or last >= len(tokens) or tokens[last].text != ")":
        return None
    return value if tokens[first - 1].text == "(" and tokens[first - 2].kind == "word" else None


def bracketed_after_counted(
    tokens: Tokens, num: NumberMatch, counts: dict[int, Found]
) -> Found | None:
    """ "Ат-Башы (120 киши), Кара-Суу (56) жана Ак-Жар (48) айыл аймактарынан": a bare
    number in brackets after a place, in a list whose earlier bracket (in its sentence)
    holds a count kept with its noun, counts the same people, whatever the verb."""
    value = _bracketed_value(tokens, num)
    if value is None:
        return None
    for k in range(num.first - 2, max(0, num.first - ROWS_REACH), -1):
        if ends_sentence_at(tokens, k):
            return None
        counted = counts.get(k)
        if counted is not None:
            if tokens[k - 1].text != "(":
                return None  # the nearest count before it is no bracket's
            return Found(
                value,
                "exact",
                counted.who,
                counted.status,
                num.start,
                num.end,
                rules.BRACKETED_ROW,
            )
    return None


def _people_in_sentence(tokens: Tokens, first: int, last: int) -> WhoMatch | None:
    """The nearest who-noun of people after the list (in its sentence), else before it."""
    for k in range(last + 1, min(len(tokens), last + 1 + ROWS_REACH)):
        if ends_sentence_at(tokens, k):
            break
        match = who_at(tokens, k)
        if match is not None and match.entry.lemma not in UNIT_NOUNS:
            return match
    for k in range(first - 1, max(-1, first - 1 - ROWS_REACH), -1):
        if ends_sentence_at(tokens, k):
            return None
        match = who_at(tokens, k)
        if match is not None and match.entry.lemma not in UNIT_NOUNS:
            return match
    return None


def bare_row(tokens: Tokens, num: NumberMatch) -> bool:
    """A number with no noun that ends its row ("Ош облусунан – 468,", "Нарынская – 79."),
    or that follows an opener at once ("из них свыше 300 – в онлайн-формате")."""
    if num.kind not in ("digits", "words") or num.ending or num.value is None:
        return False
    nxt = tokens[num.last] if num.last < len(tokens) else None
    if nxt is not None and nxt.text == "(":
        nxt = _after_aside(tokens, num.last)  # "Ала-Бука — 520 (4 айыл);": an aside
    if nxt is None or nxt.kind == "nl" or nxt.text in _ROW_ENDS or nxt.low in ROW_JOINERS:
        return True
    if is_measure(nxt):
        return False
    qualifier_start = num.first - qualifier_before(tokens, num.first)[1]
    if OPENERS.ending_at(tokens, qualifier_start) > 0:
        return True
    # "из них 300 — в Ак-Суу и 200 — в Кара-Суу": the second half of a gapped pair
    return parallel_place_shape(tokens, num)


def owned_part_row(tokens: Tokens, num: NumberMatch) -> bool:
    """A part in the possessive ("40ы", "120сы") right after the opener of a total's rows,
    no noun of who after it and no finite verb in its clause, whose last word is in the
    ablative: "..., анын ичинде 30у коңшу райондордон" (where the part comes from,
    said of the total's people); not "..., анын ичинде 30у окууга кетти" (what the part
    did: a clause of its own), nor "... 12си айыл кеңештердин имараттарында" (where)."""
    if num.ending not in PARTITIVE_ENDINGS or num.value is None:
        return False
    qualifier_start = num.first - qualifier_before(tokens, num.first)[1]
    if OPENERS.ending_at(tokens, qualifier_start) <= 0:
        return False
    last = None
    for tok in tokens.clause_after(num.last, ROWS_REACH):
        if tok.text in _ROW_ENDS:
            break
        if tok.kind == "word" and finite_verb(tok.low):
            return False
        last = tok
    return last is not None and last.kind == "word" and noun_ending_case(last.low) in _FROM_CASES


def _after_aside(tokens: Sequence[Token], k: int) -> Token | None:
    """The token after the bracketed aside that opens at token k, on its line (None at
    the text's end); the "(" itself when the bracket does not close on the line."""
    for j in range(k + 1, len(tokens)):
        if tokens[j].kind == "nl":
            break
        if tokens[j].text == ")":
            return tokens[j + 1] if j + 1 < len(tokens) else None
    return tokens[k]


def tokens_end_index(tokens: Sequence[Token], end: int) -> int:
    """Index of the token after the one that ends at offset `end` (the first whose end
    is past it: a bisection in C over the tokens' ends, which rise)."""
    return bisect_right(tokens, end, key=_TOKEN_END)


def rows_of_totals(
    tokens: Tokens,
    counts: dict[int, Found],
    bare: Sequence[NumberMatch],
    dropped: Collection[int] = (),
) -> None:
    """Bare numbers after a total and its opener (":", "анын ичинде", "Из них:") are
    rows of it and count the same people: "1 134 кызматкер өттү, анын ичинде Жалал-Абад
    облусунан – 412, Ош облусунан – 468"; so is a part in the possessive with no noun
    of its own (`owned_part_row`: "анын ичинде 30у коңшу райондордон"). `dropped`: the
    numbers found to count no one taking part; rows of a subject whose own count is one
    of them count no one either
    ("Кеңешке 45 депутат шайланды: Ат-Башыдан 21, Нарындан 24": elected, not present)."""
    if not bare:
        return
    ends = sorted((tokens_end_index(tokens, c.end), k) for k, c in counts.items())
    for num in bare:
        opener = opener_before(tokens, num.first, reach=ROWS_REACH)
        if opener is None:
            opener = list_opener(tokens, num.first)
        if opener is None:
            continue
        if any(tokens[j].low.startswith(_SELECTING) for j in range(opener, num.first)):
            continue  # "из которых жюри отобрало пять": the winners
        if _won_in_clause(tokens, num.last):
            continue  # "из них 8 получили гранты": the winners
        qualifier, n = qualifier_before(tokens, num.first)
        start = tokens[num.first - n].start
        total = _holder(tokens, counts, ends, opener, num.value or 0)
        if total is not None:
            counts[num.first] = Found(
                num.value or 0,
                qualifier,
                total.who,
                total.status,
                start,
                num.end,
                rules.OWNED_PART_OF_TOTAL if owned_part_row(tokens, num) else rules.ROW_OF_TOTAL,
            )
            continue
        subject = _subject_before(tokens, opener)
        if subject is not None and _own_count_dropped(subject, dropped):
            continue
        if subject is not None and tokens[opener].text == ":" and place_row(tokens, num.first):
            # "Делегаттар облустар боюнча ... шайланган: Ош облусунан 78, ..."
            counts[num.first] = Found(
                num.value or 0,
                qualifier,
                subject.entry.lemma,
                "unknown",
                start,
                num.end,
                rules.ROW_OF_SUBJECT,
            )


def _won_in_clause(tokens: Tokens, k: int) -> bool:
    """A word of winning from token k to the next comma or the sentence's end."""
    for tok in tokens.clause_after(k, ROWS_REACH):
        if tok.text in ",;":
            return False
        if tok.low.startswith(_WINNING):
            return True
    return False


def _own_count_dropped(subject: WhoMatch, dropped: Collection[int]) -> bool:
    """The number right before the subject's noun (a qualifier or a word between: at
    most SUBJECT_COUNT_REACH tokens) is among the `dropped`."""
    return any(subject.first - k in dropped for k in range(1, SUBJECT_COUNT_REACH + 1))


def list_opener(tokens: Tokens, first: int) -> int | None:
    """The ":" that ends the line above a list whose rows stand one a line ("Семинарга
    катышкандар:\n- Нарын району – 12\n- Ат-Башы району – 15"): each line between
    holds a number, and the row's own line holds no opener of its own. The reach is
    a line's: each row may be long (a bracketed list of its villages), at most
    LIST_ROWS_REACH of them above."""
    k = first - 1
    row_end, rows_above = first, 0
    while k > 0 and row_end - k < ROWS_REACH and rows_above <= LIST_ROWS_REACH:
        if tokens[k].kind != "nl":
            k -= 1
            continue
        j = k - 1
        while j >= 0 and tokens[j].kind == "nl":
            j -= 1
        if j < 0:
            return None
        if tokens[j].text == ":":
            return j
        line_start = j
        while line_start > 0 and tokens[line_start - 1].kind != "nl":
            line_start -= 1
        if not any(tok.kind == "num" for tok in tokens[line_start : j + 1]):
            return None  # the line above is no row of the list
        k = row_end = line_start - 1
        rows_above += 1
    return None


def owned_rows_without_total(tokens: Tokens, counts: dict[int, Found]) -> list[int]:
    """Parts after "алардын" ("420 делегат катышкан. Алардын 260ы эркек") or right after
    an opener ("..., алардын арасында 120 кыз бар") whose total was not kept ("Мектепте
    450 окуучу окуйт, алардын 230у кыздар"): not counts."""
    rows = [k for k, c in counts.items() if c.rule in _ROWS_OF_A_KEPT_TOTAL]
    if not rows:
        return []
    ends = sorted((tokens_end_index(tokens, c.end), k) for k, c in counts.items())
    return [
        k
        for k in rows
        if _holder(tokens, counts, ends, _owner_of_parts(tokens, k), counts[k].count, True) is None
    ]


def _owner_of_parts(tokens: Tokens, k: int) -> int:
    """The owner ("алардын") before the first part of the list that the part at token k
    is in ("Алардын 230у кыздар, 12си мугалимдер": of 12си, "Алардын")."""
    first = first_of_parts(tokens, k)
    return first - 1 if first > 0 else k - 1


def _holder(
    tokens: Tokens,
    counts: dict[int, Found],
    ends: Sequence[tuple[int, int]],
    opener: int,
    value: int,
    owned: bool = False,
) -> Found | None:
    """The nearest earlier count that can hold a row, ending before the opener; people
    before units ("860 депутатов из 214 муниципалитетов, из них ...")."""
    holders: list[Found] = []
    # counts that end by the opener, nearest first; not too far back (linear on dense input)
    for end_index, k in reversed(ends[: bisect_right(ends, (opener, len(tokens)))]):
        if opener - end_index > ROWS_REACH:
            break
        total = counts[k]
        if total.who is None or total.count <= value:
            continue
        if _same_passage(tokens, end_index, opener, owned):
            holders.append(total)
            if total.who not in UNIT_NOUNS:
                break
    holders.sort(key=lambda total: total.who in UNIT_NOUNS)
    return holders[0] if holders else None


def _subject_before(tokens: Tokens, opener: int) -> WhoMatch | None:
    """The who-noun in the nominative of the sentence that ends in `opener` nearest
    before it ("Делегаттар ... шайланган:", "Как сообщил аким, ... избраны делегаты:"),
    or the one whose count it names ("Катышуучулардын саны:"): the people its rows
    count."""
    k = opener
    while k > 0 and opener - k < ROWS_REACH and not ends_sentence_at(tokens, k - 1):
        k -= 1
    for j in range(opener - 1, k - 1, -1):
        match = who_at(tokens, j)
        if match is None or match.entry.lemma in UNIT_NOUNS:
            continue
        if match.ending.case is None or (
            match.ending.case == "genitive"
            and match.last < len(tokens)
            and tokens[match.last].low in COUNT_NOUNS
        ):
            return match
        if match.ending.russian and j and tokens[j - 1].low in _COUNT_NOUNS_BEFORE:
            return match  # "Количество участников:"
    return None


def _same_passage(tokens: Tokens, end_index: int, opener: int, owned: bool = False) -> bool:
    """Nothing but words between a total and its opener, or one sentence break right
    before the opener ("... 512 муниципальных служащих. Из них: ...", "... 420 делегат
    катышкан. Алардын 260ы ...")."""
    breaks = [j for j in range(end_index, opener) if ends_sentence_at(tokens, j)]
    if not breaks:
        return True
    after = breaks[0] + 1
    return len(breaks) == 1 and (
        OPENERS.at(tokens, after) > 0
        or (owned and after < len(tokens) and tokens[after].low in PARTITIVE_OWNERS)
        or (breakdown_key_at(tokens, after) and not _counts_other_things(tokens, after, opener))
    )


def _counts_other_things(tokens: Tokens, key: int, opener: int) -> bool:
    """The key's line names the count of what no who-noun names, or a noun of where
    people come from ("Айыл аймактары боюнча мектептердин саны:", "По районам количество
    школ:"): its rows count those things, not the total's people."""
    for j in range(key + 1, opener):
        if tokens[j].low in COUNT_NOUNS and noun_ending_case(tokens[j - 1].low) == _GENITIVE:
            owner = j - 1  # "мектептердин саны"
        elif tokens[j].low in _COUNT_NOUNS_BEFORE and j + 1 < opener:
            owner = j + 1  # "количество школ"
        else:
            continue
        who = who_at(tokens, owner) if tokens[owner].kind == "word" else None
        if who is None or who.entry.source_only or who.entry.lemma in UNIT_NOUNS:
            return True  # not people: schools, units ("мектеп" is where people come from)
    return False


def breakdown_key_at(tokens: Tokens, k: int) -> bool:
    """Token k opens the key of a breakdown: "По районам: ...", "Облустар боюнча: ..."
    (a unit's type noun in the plural; in Kyrgyz before "боюнча", in Russian after "по"),
    also a type noun of two words ("Айыл аймактары боюнча: ...")."""
    if k + 1 >= len(tokens):
        return False
    if breakdown_key(tokens[k].low, tokens[k + 1].low):
        return True
    return (
        k + 2 < len(tokens)
        and tokens[k].low in _TYPE_FIRST_WORDS
        and breakdown_key(tokens[k + 1].low, tokens[k + 2].low)
    )


def breakdown_key(first: str, second: str) -> bool:
    """Two case-folded words are the key of a breakdown ("по районам", "райондор боюнча")."""
    if first in _KEY_BEFORE:
        return second in _KEY_UNITS_RU
    return second in _ROW_POSTPOSITIONS and any(
        r.stem in _UNIT_STEMS and _PLURAL in (morph.suffix_names(r.stem, r.ending) or ())
        for r in morph.candidate_stems(first)
    )
