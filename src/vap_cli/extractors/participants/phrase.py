"""Reading a count's phrase around its number: the qualifier ("болжол менен 300",
"20дан ашуун"), who ("айыл өкмөтүнүн 385 башчысы") and the status verb. Counts with no
who-noun right after the number: counts_without_who.py."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from ...explain import Rule
from ...lexicon import load
from ...models import Qualifier, Status
from ...numbers import NumberMatch, Token, number_at
from ...plain import Fields
from ...segment.tokens import WORD_LOW
from . import rules
from .constants import (
    CUE_REACH,
    JOINED_STATUS_REACH,
    MAX_MODIFIERS,
    MAX_STATUS_WORDS,
    STATUS_REACH,
)
from .liability import LIABILITY_WORDS, liability_after, liability_before
from .measures import (
    adjective_before_attributive,
    adverb_before_participle,
    is_measure,
    is_modifier,
    joins_modifiers,
    object_before_participle,
    possessed_having,
)
from .words import (
    LEX,
    STATUS,
    SUBJECT_ONLY_STATUS,
    UNIT_NOUNS,
    Phrases,
    Tokens,
    WhoMatch,
    casefolded,
    ends_sentence_at,
    noun_ending_case,
    plain_list,
    standing_status,
    who_at,
    who_ending_at,
)

QUALIFIERS = {key: Phrases(value) for key, value in LEX["qualifiers"].items()}
_ESTIMATE = Phrases(LEX["estimate_phrases"])
# How far before a count its sentence's phrase of estimating may stand, in tokens.
_ESTIMATE_REACH = 12
HOST_PREPOSITIONS = casefolded("host_prepositions")
COUNT_NOUNS = casefolded("count_nouns")
# The Kyrgyz verbs of a number's change (lexicon `population_change_stems_ky`): right after
# the number of "<who> саны" they say by how much it changed ("саны 20га көбөйдү"), no count.
NUMBER_CHANGE_STEMS = tuple(stem.casefold() for stem in LEX["population_change_stems_ky"])
# Words before a verb of taking part that make it none: "алып келет" (brings), "не
# участвовали", "жабыр тартты" (suffered), "жоопкерчиликке тартылды" (held liable)
STATUS_BLOCKERS = (
    casefolded("carrying_converbs")
    | casefolded("suffering_words")
    | LIABILITY_WORDS
    | frozenset(LEX["negation"]["before"])
)
_PASSIVE_CONVERB_ENDINGS = tuple(casefolded("passive_converb_endings"))
_CONTINUING_AUXILIARY = tuple(casefolded("continuing_auxiliary_stems"))
_CONTINUING_CONVERBS = casefolded("continuing_converbs")
_DISTRIBUTIVE_BEFORE = casefolded("distributive_right_before")
# An age before the counted noun is one of its adjectives: "11и отуз жашка чейинки жаш
# кызматкерлер", "40 18-35 жаштагы жаштар" (the age's forms, and the words of a limit)
_AGE_FORMS = casefolded("measure_forms")
_AGE_LIMITS = casefolded("age_limit_words")


class Found(Fields):
    """A count found in the text, in normalised offsets, and the rule that kept it."""

    __slots__ = ("count", "qualifier", "who", "status", "start", "end", "rule", "distributive")

    count: int
    qualifier: Qualifier
    who: str | None
    status: Status
    start: int
    end: int
    rule: Rule
    distributive: bool  # so many from each unit ("по 5 человек", "5тен өкүл")
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        count: int,
        qualifier: Qualifier,
        who: str | None,
        status: Status,
        start: int,
        end: int,
        rule: Rule = rules.WHO_NOUN,
        distributive: bool = False,
    ) -> None:
        self.count = count
        self.qualifier = qualifier
        self.who = who
        self.status = status
        self.start = start
        self.end = end
        self.rule = rule
        self.distributive = distributive


# --- status ------------------------------------------------------------------------------


def status_at(tokens: Sequence[Token], j: int) -> tuple[int, Status] | None:
    """The status phrase that starts at token j: (its length, its status); none after
    "алып" ("алып келет": brings) or "не" (negation.py)."""
    tokens = plain_list(tokens)
    if j and (tokens[j - 1].low in STATUS_BLOCKERS or _continuing_auxiliary(tokens, j)):
        return None
    if liability_before(tokens, j):  # "к ответственности привлечены" (left63, revfixl63)
        return None
    standing = standing_status(tokens, j)
    if standing is None:
        return None
    phrase, status = standing
    # "привлечены к ответственности": the liability noun after blocks it too (left63)
    return None if liability_after(tokens, j + len(phrase)) else (len(phrase), status)


def _continuing_auxiliary(tokens: Sequence[Token], j: int) -> bool:
    """Token j is a verb of coming right after a passive converb ("жөлөкпул берилип
    келет": has been paid), the auxiliary of an action going on: no one comes. Not when
    a who-noun in the nominative ends right before the converb, its subject: the people
    were chosen or sent and came ("райондон 30 мугалим тандалып келишти"; revfix52).
    After the converb of living or working ("40 үй-бүлө жашап келет": have been living)
    whatever its subject (round 65)."""
    converb = j - 1
    if not tokens[j].low.startswith(_CONTINUING_AUXILIARY):
        return False
    if tokens[converb].low in _CONTINUING_CONVERBS:
        return True
    if not tokens[converb].low.endswith(_PASSIVE_CONVERB_ENDINGS):
        return False
    subject = who_ending_at(tokens, converb)
    return subject is None or subject.ending.case is not None


def status_after(tokens: Tokens, k: int, reach: int = STATUS_REACH) -> Status | None:
    """The first status phrase from token k on, in the sentence."""
    clause = tokens.clause_after(k, reach)
    # only a word a status phrase starts with is tried (found in one pass)
    for j in compress(count(k), map(STATUS.__contains__, map(WORD_LOW, clause))):
        found = status_at(tokens, j)
        if found is not None:
            return found[1]
    return None


def status_before(tokens: Sequence[Token], k: int) -> Status | None:
    """A participle right before the count: "катышкан 30 адам" (not a verb of discussing,
    whose object follows it: "обсудили 12 проектов")."""
    for size in range(MAX_STATUS_WORDS, 0, -1):
        if k - size >= 0 and tokens[k - size].low not in SUBJECT_ONLY_STATUS:
            found = status_at(tokens, k - size)
            if found is not None and found[0] == size:
                return found[1]
    return None


# A status phrase of two words may part around the count ("ашарга ... чыгып"), its
# first word in this case: what people came out to.
_SPLIT_PHRASE_WORDS = 2
_SPLIT_PHRASE_CASE = "dative"


def split_status(tokens: Sequence[Token], start: int, end: int) -> Status | None:
    """ "ашарга 60тан ашуун үй-бүлө чыгып": a status phrase of two words parted by the
    count, its first word (the work people came out to, in the dative) right before the
    count and its verb right after the counted noun ("Окуудан 45 кызматчы өттү" keeps
    "өттү" alone, as events pass too)."""
    if start == 0 or end >= len(tokens) or tokens[end].kind != "word":
        return None
    if noun_ending_case(tokens[start - 1].low) != _SPLIT_PHRASE_CASE:
        return None
    for phrase, status in STATUS.get(tokens[start - 1].low, ()):
        if len(phrase) == _SPLIT_PHRASE_WORDS and tokens[end].low == phrase[1]:
            return status
    return None


_ALSO_JOINERS = Phrases(LEX["also_joiners"])
_LONE_JOINER = "и"  # a bare conjunction ("и", "и еще"), as against "а также"


def joined_status(tokens: Tokens, k: int) -> Status | None:
    """ "приняли участие 17 депутатов, а также 35 жителей" (or "... 17 депутатов и около 35
    жителей", no comma before the "и"): a count after the joiner takes the status of the
    verb right before a count earlier in its sentence; or of the verb
    right before the list it closes, whose members before it have no count ("приглашаются
    все жители, депутаты кенеша, а также по 5 представителей")."""
    n = _ALSO_JOINERS.ending_at(tokens, k)
    if not n or (tokens[k - n].low == _LONE_JOINER and k - n > 0 and tokens[k - n - 1].text == ","):
        return None  # ", и 15 жителей обратились": a lone conjunction after a comma opens a clause
    listed = True  # only words and commas so far: members of one list
    for j in range(k - n - 1, max(k - n - JOINED_STATUS_REACH, 0) - 1, -1):
        if ends_sentence_at(tokens, j):
            return None
        tok = tokens[j]
        found = None
        if tok.kind == "num":
            found = status_before(tokens, _count_start(tokens, j))
        elif listed and tok.kind == "word":
            found = status_before(tokens, j)
        listed = listed and (tok.kind == "word" or tok.text == ",")
        if found is not None:
            return found
    return None


# The words and signs of a range of counts ("от 30 до 40", "30-40": numbers.yaml).
_RANGE_PARTS = frozenset(
    w.casefold() for key in ("dashes", "from", "to") for w in load("numbers")["ranges"][key]
)
_RANGE_TOKENS = 3  # "от 30 до": what may stand before a range's high end


def _count_start(tokens: Tokens, j: int) -> int:
    """Where the count whose number is token j begins: its qualifier ("не менее 15"), or
    the low end of the range it closes and what opens it ("от 15 до 25 студентов",
    "30-40"), where a verb before it stands."""
    k = j - qualifier_before(tokens, j)[1]
    stop = k - _RANGE_TOKENS
    while k > max(stop, 0) and (tokens[k - 1].kind == "num" or tokens[k - 1].low in _RANGE_PARTS):
        k -= 1
    return k - qualifier_before(tokens, k)[1] if k < j else k


# --- qualifiers --------------------------------------------------------------------------

_QUALIFIERS_BEFORE: tuple[tuple[str, Qualifier], ...] = (
    ("about_before", "about"),
    ("at_least_before", "at_least"),
    ("more_than_before", "more_than"),
    ("up_to_before", "up_to"),
)
# The last words of those qualifiers: one look-up before a number, not one a qualifier.
_QUALIFIER_LAST_WORDS = frozenset(
    word for name, _ in _QUALIFIERS_BEFORE for word in QUALIFIERS[name].last
)
# Qualifiers after a number, by the number's case: (lexicon key, qualifier, is a cap).
# "15тен көп эмес" (a cap), "20дан ашуун", "100гө жакын", "300 чамасында".
_QUALIFIERS_AFTER: dict[str | None, tuple[tuple[str, Qualifier, bool], ...]] = {
    "ablative": (
        ("cap_after_ablative", "up_to", True),
        ("more_than_after_ablative", "more_than", False),
        ("at_least_after_ablative", "at_least", False),
        ("up_to_after_ablative", "up_to", False),
    ),
    "dative": (("about_after_dative", "about", False), ("up_to_after_dative", "up_to", False)),
    "genitive": (("about_after_genitive", "about", False),),
    None: (("about_after", "about", False), ("more_than_after_bare", "more_than", False)),
}
# The first words of those qualifiers, by the case: one look-up after a number.
_QUALIFIER_FIRST_WORDS_AFTER = {
    case: frozenset(word for key, _, _ in keys for word in QUALIFIERS[key].first)
    for case, keys in _QUALIFIERS_AFTER.items()
}


def qualifier_before(tokens: Sequence[Token], first: int) -> tuple[Qualifier, int]:
    """The qualifier written before a number ("свыше 300", "болжол менен 300") and its
    length in tokens; ("exact", 0) when there is none."""
    if first <= 0 or tokens[first - 1].low not in _QUALIFIER_LAST_WORDS:
        return "exact", 0  # (no qualifier ends with the word before it)
    for name, qualifier in _QUALIFIERS_BEFORE:
        n = QUALIFIERS[name].ending_at(tokens, first)
        if n:
            return qualifier, n
    return "exact", 0


def range_end(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "10-15 адам": the second number of a range is a count up to it."""
    first = num.first
    return (
        num.kind == "digits"
        and first >= 2
        and tokens[first - 1].text == "-"
        and tokens[first - 2].kind == "num"
        and not tokens[first - 2].ending
    )


class Reading(Fields):
    """What the words right around a number say, before its noun is looked for."""

    __slots__ = ("qualifier", "start", "after", "cap", "bare_case", "distributive")

    qualifier: Qualifier
    start: int  # first token of the count's text: a qualifier before opens it
    after: int  # first token after the number and the qualifier that follows it
    cap: bool  # "не более 15 человек": a maximum allowed, unless people take part
    bare_case: bool  # "экиден", "10дон", "бешке": a count only after "... саны"
    distributive: bool  # "по 5 человек", "5тен өкүл": so many from each unit
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        qualifier: Qualifier,
        start: int,
        after: int,
        cap: bool,
        bare_case: bool,
        distributive: bool = False,
    ) -> None:
        self.qualifier = qualifier
        self.start = start
        self.after = after
        self.cap = cap
        self.bare_case = bare_case
        self.distributive = distributive


def read_qualifiers(tokens: Sequence[Token], num: NumberMatch) -> Reading:
    """The qualifiers before and after a number (and its value spelled out in brackets
    after it: "45 (кырк беш) адам", "25 (двадцать пять) человек")."""
    first = num.first
    plain = plain_list(tokens)  # (`tokens` itself for head_after's memo of who-nouns)
    last = _spelled_out_end(plain, num)
    reading = Reading("exact", first, last, cap=False, bare_case=False)
    if range_end(plain, num):
        reading.qualifier, reading.start = "up_to", first - 2  # "10-15 адам": up to 15
    if n := QUALIFIERS["cap_before"].ending_at(plain, first):
        reading.qualifier, reading.start, reading.cap = "up_to", first - n, True
    if not reading.cap and (found := qualifier_before(plain, first))[1]:
        reading.qualifier, reading.start = found[0], first - found[1]
    if num.case == "approximative":
        reading.qualifier = "about"
        return reading
    after = _QUALIFIER_FIRST_WORDS_AFTER.get(num.case, frozenset())
    opens = last < len(plain) and plain[last].low in after  # (else none of them is there)
    for key, qualifier, cap in _QUALIFIERS_AFTER.get(num.case, ()) if opens else ():
        if n := QUALIFIERS[key].at(plain, last):
            reading.qualifier, reading.after = qualifier, last + n
            reading.cap = reading.cap or cap
            return reading
    reading.bare_case = num.case is not None
    if num.case == "ablative" and _before_its_noun(tokens, first, last):
        reading.bare_case, reading.distributive = False, True  # "5тен өкүл": 5 from each
    return reading


def _before_its_noun(tokens: Sequence[Token], first: int, k: int) -> bool:
    """ "5тен өкүл", "бештен жаш депутат": a who-noun with no case ending follows the
    number in the ablative, which is then a distributive numeral (so many each), not a
    source ("18 шаардан" has the noun in the ablative), a range's start ("5тен 10го")
    nor a measure's ("саат 10дон": from ten o'clock)."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    if first and is_measure(tokens[first - 1]):
        return False
    head = head_after(tokens, k)
    return head is not None and head.ending.case is None and not head.ending.russian


def mark_distributive(tokens: Sequence[Token], phrase: Phrase) -> None:
    """ "по 3 делегата": "по" opens the count's text and makes it a distributive
    count (so many from each unit), kept only under a verb of taking part; a qualifier
    may stand before "по" ("не менее чем по 3 представителя")."""
    start, reading = phrase.start, phrase.reading
    if start and start == reading.start and tokens[start - 1].low in _DISTRIBUTIVE_BEFORE:
        phrase.start = reading.start = start - 1
        reading.distributive = True
        qualifier, n = qualifier_before(tokens, phrase.start)
        if n and reading.qualifier == "exact":
            reading.qualifier = qualifier
            phrase.start = reading.start = phrase.start - n


# Words of "each" (each_words: stems; a phrase's words, stems each: "ар биринен").
_EACH_WORDS = tuple(tuple(w.split()) for w in casefolded("each_words"))


def each_distributive(tokens: Tokens, phrase: Phrase) -> bool:
    """ "алты айылдын ар биринен шайланган 8 делегаттан", "ар бир райондон 3 өкүлдөн":
    a count whose noun is in the ablative, after a word of "each" earlier in its clause
    (no number between), is so many from each unit, the distributive ablative; beside a
    total in its paragraph it is that total's make-up (participants.quota_beside_total;
    alone it counts as its verb says). (Not the Russian "каждую": "на каждую встречу
    пригласить 30 жителей" counts, beside a total too.)"""
    if phrase.head.ending.case != "ablative":
        return False
    before = tokens.clause_before(phrase.reading.start, CUE_REACH)
    for k in range(len(before) - 1, -1, -1):
        if before[k].kind == "num":
            return False
        if any(_each_at(before, k, words) for words in _EACH_WORDS):
            return True
    return False


def _each_at(tokens: Sequence[Token], k: int, words: tuple[str, ...]) -> bool:
    """The words of "each" (stems) start at token k."""
    return k + len(words) <= len(tokens) and all(
        tokens[k + n].low.startswith(stem) for n, stem in enumerate(words)
    )


def said_as_estimate(tokens: Tokens, start: int) -> bool:
    """A phrase of estimating (`estimate_phrases`) earlier in the count's sentence, a few
    words before it: "Уюштуруучулардын болжолу боюнча, майрамга 2 миң конок келет", "По
    оценкам организаторов, приедут 500 гостей" (an estimate: about so many)."""
    if not tokens.words_before(start, _ESTIMATE_REACH).has(_ESTIMATE.first_words):
        return False  # (no word opens a phrase of estimating there)
    before = tokens.clause_before(start, _ESTIMATE_REACH)
    return any(_ESTIMATE.at(before, k) for k in range(len(before)))


def qualify_after_noun(tokens: Tokens, phrase: Phrase) -> None:
    """A qualifier written after the counted noun, which takes the number's case:
    "50 адамдан ашык" (more than 50 people), "100 кишиге жакын", "40 адамдын
    тегерегинде"; or its similative: "жүз кишидей" (about a hundred people). Not when a noun follows it: "12 айылдан көп адам" is many people
    from 12 villages. A count with none, in a sentence said as an estimate, is about so
    many (`said_as_estimate`)."""
    reading, head = phrase.reading, phrase.head
    case = head.ending.case
    if reading.qualifier == "exact" and said_as_estimate(tokens, reading.start):
        reading.qualifier = "about"  # "Уюштуруучулардын болжолу боюнча, ... 2 миң конок"
        return
    if reading.qualifier == "exact" and not phrase.num.case and head.ending.about:
        reading.qualifier = "about"  # "жүз кишидей": about a hundred people
        return
    if reading.qualifier != "exact" or phrase.num.case or case is None or head.ending.russian:
        return
    k = phrase.end
    for key, qualifier, cap in _QUALIFIERS_AFTER.get(case, ()):
        n = QUALIFIERS[key].at(tokens, k)
        if n and (k + n >= len(tokens) or who_at(tokens, k + n) is None):
            reading.qualifier, reading.cap = qualifier, cap
            phrase.end = k + n
            return


def _spelled_out_end(tokens: Sequence[Token], num: NumberMatch) -> int:
    """The token after a number and its value spelled out in brackets right after it
    ("45 (кырк беш)"), else after the number."""
    k = num.last
    if num.kind != "digits" or k + 2 >= len(tokens) or tokens[k].text != "(":
        return k
    words = number_at(tokens, k + 1)
    if words is None or words.kind != "words" or words.value != num.value:
        return k
    close = words.last
    return close + 1 if close < len(tokens) and tokens[close].text == ")" else k


# --- who ---------------------------------------------------------------------------------


def head_after(tokens: Sequence[Token], j: int) -> WhoMatch | None:
    """The who-noun at token j, or after a few adjectives ("жаңы шайланган депутаттары")."""
    for _ in range(MAX_MODIFIERS + 1):
        if j >= len(tokens):
            return None
        head = who_at(tokens, j)
        if head is not None and not _modifier_before_who(tokens, j, head):
            return head
        if joins_modifiers(tokens, j):
            j += 1  # "государственных и муниципальных служащих": one noun, one number
            continue
        if _hyphen_first_half(tokens, j):
            j += 2  # "уз-чеберлер": the noun is the compound's last half
            continue
        age = _age_phrase(tokens, j)
        if age:
            j += age
            continue
        if _bare_noun_before_who(tokens, j):
            return who_at(tokens, j + 1)  # "25 жайыт колдонуучу": a noun names its kind
        if (
            adjective_before_attributive(tokens, j)
            or possessed_having(tokens, j)
            or object_before_participle(tokens, j)
            or adverb_before_participle(tokens, j)
        ):
            j += 2  # "тар адистиктеги дарыгерлер", "майыптыгы бар адам": one modifier
            continue
        if not is_modifier(tokens[j]) or is_measure(tokens[j]):
            return None
        j += 1
    return None


def _modifier_before_who(tokens: Sequence[Token], j: int, head: WhoMatch) -> bool:
    """A who-noun that is a modifier too, bare, before another who-noun or a joiner of
    modifiers: the adjective ("20 жаш депутат": young deputies; "30 жаш жана улгайган
    адам"; "64 жаш келди": young people)."""
    nxt = j + 1
    return (
        head.last == nxt
        and tokens[j].low in head.entry.stems
        and is_modifier(tokens[j])
        and nxt < len(tokens)
        and (joins_modifiers(tokens, nxt) or who_at(tokens, nxt) is not None)
    )


def _age_phrase(tokens: Sequence[Token], j: int) -> int:
    """The number of tokens of an age at token j ("отуз жашка чейинки", "35 жаштагы"),
    0 when none stands there."""
    num = number_at(tokens, j)
    if num is None or num.last >= len(tokens) or tokens[num.last].low not in _AGE_FORMS:
        return 0
    k = num.last + 1
    if k < len(tokens) and tokens[k].low in _AGE_LIMITS:
        k += 1
    return k - j


def _bare_noun_before_who(tokens: Sequence[Token], j: int) -> bool:
    """ "жайыт колдонуучу", "айыл тургуну": a word with no case ending before a
    who-noun of people (a unit is counted by its own noun)."""
    if j + 1 >= len(tokens) or tokens[j].kind != "word" or is_measure(tokens[j]):
        return False
    if noun_ending_case(tokens[j].low) is not None:
        return False
    after = who_at(tokens, j + 1)
    return after is not None and not after.ending.russian and after.entry.lemma not in UNIT_NOUNS


def _hyphen_first_half(tokens: Sequence[Token], j: int) -> bool:
    """Token j is a word joined by a hyphen, with no spaces, to the word after it."""
    return (
        j + 2 < len(tokens)
        and tokens[j].kind == "word"
        and tokens[j + 1].text == "-"
        and tokens[j + 2].kind == "word"
        and tokens[j].end == tokens[j + 1].start
        and tokens[j + 1].end == tokens[j + 2].start
    )


class Phrase(Fields):
    """A number, its qualifiers and its who-noun: a count unless a rule vetoes it."""

    __slots__ = ("num", "reading", "head", "who", "start", "end")

    num: NumberMatch
    reading: Reading
    head: WhoMatch
    who: str
    start: int  # first token (an owner before the number may open it)
    end: int  # token after the last one of the noun
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self, num: NumberMatch, reading: Reading, head: WhoMatch, who: str, start: int, end: int
    ) -> None:
        self.num = num
        self.reading = reading
        self.head = head
        self.who = who
        self.start = start
        self.end = end


def who_phrase(
    tokens: Sequence[Token], num: NumberMatch, reading: Reading, head: WhoMatch
) -> Phrase:
    """Who is counted: the noun, with its owner when it is relational
    ("айыл өкмөттүн өкүлдөрү", "айыл өкмөтүнүн 385 башчысы")."""
    phrase = Phrase(num, reading, head, head.entry.lemma, reading.start, head.last)
    owned = who_at(tokens, head.last) if head.last < len(tokens) else None
    if (
        owned is not None
        and owned.entry.relational
        and owned.ending.possessive
        and not head.entry.relational
        and head.ending.case in (None, "genitive")
    ):
        # "20дан ашуун айыл өкмөттүн өкүлдөрү", "63 АӨ башчысы"
        owner = head.entry.genitive if head.ending.case == "genitive" else head.entry.lemma
        phrase.who = f"{owner or head.entry.lemma} {owned.entry.possessive or owned.entry.lemma}"
        phrase.end = owned.last
    elif head.entry.relational and head.ending.possessive:
        # "айыл өкмөтүнүн 385 башчысы": the owner stands before the number
        owner_match = who_ending_at(tokens, reading.start)
        if (
            owner_match is not None
            and owner_match.ending.case == "genitive"
            and not owner_match.entry.relational
            and not (owner_match.first and tokens[owner_match.first - 1].kind == "num")
        ):
            owner = owner_match.entry.genitive or owner_match.entry.lemma
            phrase.who = f"{owner} {head.entry.possessive or head.entry.lemma}"
            phrase.start = owner_match.first
    return phrase
