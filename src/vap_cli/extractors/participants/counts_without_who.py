"""Counts with no who-noun of the lexicon right after the number: an agent noun outside
the lexicon ("500дөй көрүүчү келди"), a part of a whole named before or after it ("21
депутаттын 17си", "18 из 21 депутата", "25 из них"), a collective ("экөө тең"); and
the opener of a total's rows (":", "анын ичинде")."""

from __future__ import annotations

from ...explain import Rule
from ...models import Status
from ...numbers import PARTITIVE_ENDINGS, NumberMatch, lone_part_word, number_at
from . import rules
from .constants import (
    AGENT_LIST_REACH,
    AGENT_VERB_REACH,
    CUE_REACH,
    DASHES,
    ELLIPTIC_REACH,
    PARTITIVE_VERB_REACH,
    QUOTE_MARK,
    ROWS_REACH,
    STATUS_REACH,
)
from .implicit_parts import part_of_counted, words_start
from .measures import after_modifiers, is_measure
from .participle_wholes import participle_whole
from .partitive_reach import (
    list_shares_verb,
    noun_after_owner,
    past_restatement,
)
from .phrase import (
    Found,
    Reading,
    head_after,
    qualifier_before,
    status_after,
    status_at,
    status_before,
)
from .split_idiom import split_taking_part
from .words import (
    AGENT_RUSSIAN,
    ENTRANT_LEMMAS,
    ENTRY_LEMMAS,
    LEX,
    MODIFIER_JOINERS,
    PARTICIPATION_STEMS,
    SPECTATOR_STEMS,
    STATUS,
    UNIT_NOUNS,
    VOTING,
    Phrases,
    Tokens,
    WhoMatch,
    agent_at,
    casefolded,
    ends_sentence_at,
    folded_phrases,
    folded_stems,
    noun_ending_case,
    verb_words,
    who_at,
    who_ending_at,
)


def _breakdown_openers() -> list[list[str]]:
    """The lexicon's `breakdown_openers`, and each Russian one with its pronoun ("из
    них") in the place of a noun of those taking part (`breakdown_people_nouns_ru`: "из
    участников", "в числе присутствующих")."""
    openers: list[list[str]] = LEX["breakdown_openers"]
    pronoun: str = LEX["breakdown_pronoun_ru"]
    named = [
        [noun if word == pronoun else word for word in opener]
        for opener in openers
        if pronoun in opener
        for noun in LEX["breakdown_people_nouns_ru"]
    ]
    return [*openers, *named]


OPENERS = Phrases(_breakdown_openers())
PART_OF = casefolded("part_of_words")
# The whole a part is taken from: "21 депутаттын 17си", "31 депутаттан 28и".
WHOLE_CASES = frozenset(("genitive", "ablative"))
_CONTRAST_JOINERS = folded_phrases("contrast_joiners")
_REMAINDER_PARTS = casefolded("remainder_parts")
# "1 100дөн ашыгы": a number and its qualifier with a possessive, a part as "17си" is
_QUALIFIED_PARTS = casefolded("partitive_qualifiers")
PARTITIVE_OWNERS = casefolded("partitive_owners")
AMONG = casefolded("among_words")
# A particle between a whole's verb and its part ("присутствовали лишь 9").
PART_PARTICLES = casefolded("gap_particles")
# What may stand between the words of a list's member: a comma, a name's hyphen.
_LIST_GAPS = frozenset(",-")


def agent_count(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "Майрамга 500дөй көрүүчү келди", "собрались 25 зрителей": a noun outside the
    lexicon built with an agent suffix (after a few adjectives), with a verb of taking
    part right next to it, or after "с участием"."""
    j = after_modifiers(tokens, reading.after)
    agent = agent_at(tokens, j)
    if agent is None or num.value is None:
        return None
    watched = _watched(tokens, j, agent) or _watched_before(tokens, reading.start, agent)
    if watched is not None:
        start, end = tokens[reading.start].start, tokens[j].end
        return Found(num.value, reading.qualifier, agent, watched, start, end, rules.SPECTATORS)
    if _agent_modifies(tokens, j):
        return None
    status = (
        agent_status(tokens, j + 1)
        or _listed_with_people(tokens, j + 1)
        or status_before(tokens, reading.start)
    )
    if status is None and not participation_before(tokens, reading.start):
        return None
    start, end = tokens[reading.start].start, tokens[j].end
    return Found(
        num.value, reading.qualifier, agent, status or "unknown", start, end, rules.AGENT_NOUN
    )


_SPECTATORS = LEX["spectators"]
# The Russian verbs of watching, which may stand before the spectators too.
_WATCHING_RU = frozenset(w.casefold() for w in _SPECTATORS["verbs_ru"])
_WATCHING: dict[str, Status] = {
    **{w: "planned" for w in verb_words(_SPECTATORS["verbs"], "planned")},
    **{w: "actual" for w in verb_words(_SPECTATORS["verbs"], "actual")},
    **{w.casefold(): "actual" for w in _SPECTATORS["verbs_ru"]},
}


def watched_after(tokens: Tokens, j: int, lemma: str) -> Status | None:
    """Spectators of the lexicon's `who` (token j, "күйөрман", "көрөрман") and a verb of
    watching after them: the verb's status, else None."""
    return _watched(tokens, j, lemma.casefold())


def _watched(tokens: Tokens, j: int, agent: str) -> Status | None:
    """Spectators (token j, an agent noun of watching: "күйөрман", "зрителей") and a
    verb of watching within a few words after them ("көрдү", "тамашалады"): they
    attend what they watch; the verb's status, else None."""
    if not agent.startswith(SPECTATOR_STEMS):
        return None
    for k in range(j + 1, min(len(tokens), j + 1 + AGENT_VERB_REACH)):
        if tokens[k].kind != "word":
            return None
        if tokens[k].low in _WATCHING:
            return _WATCHING[tokens[k].low]
    return None


def _watched_before(tokens: Tokens, start: int, agent: str) -> Status | None:
    """Spectators (an agent noun of watching) whose count (from token `start`, its
    qualifier's words included) a Russian verb of watching stands before within a few
    words, words only between ("турнир посмотрели около 600 зрителей", "финал наблюдали
    2 тысячи болельщиков": the verb before its subject, as Russian may put it): "actual"
    (the lexicon's Russian verbs are past), else None."""
    if not agent.startswith(SPECTATOR_STEMS):
        return None
    for k in range(start - 1, max(-1, start - 1 - AGENT_VERB_REACH), -1):
        if tokens[k].kind != "word":
            return None
        if tokens[k].low in _WATCHING_RU:
            return "actual"  # the lexicon's Russian verbs of watching are past
    return None


def agent_status(tokens: Tokens, k: int) -> Status | None:
    """A verb of taking part within a few words from token k, in the same clause (an
    agent noun's verb): "20 ырчы концертке катышты", not "5 субботников, в них приняли
    участие ..."."""
    for j in range(k, min(len(tokens), k + AGENT_VERB_REACH)):
        if tokens[j].kind != "word":
            return None
        found = status_at(tokens, j) if tokens[j].low in STATUS else None
        if found is not None:
            return found[1]
    return None


def _listed_with_people(tokens: Tokens, k: int) -> Status | None:
    """The agent noun opens a list (a comma or a joiner at token k) whose later member
    is a who-noun of the lexicon in the nominative with its verb right after it; the
    list's members share it: "250гө жакын айылдаштар, коңшу айылдардан келген коноктор
    катышты"."""
    if k >= len(tokens) or not (tokens[k].text == "," or tokens[k].low in MODIFIER_JOINERS):
        return None
    for j in range(k + 1, min(len(tokens), k + AGENT_LIST_REACH)):
        if tokens[j].kind != "word" and tokens[j].text not in _LIST_GAPS:
            return None
        named = who_at(tokens, j) if tokens[j].kind == "word" else None
        if named is not None and named.ending.case is None:
            return agent_status(tokens, named.last)
    return None


def _agent_modifies(tokens: Tokens, j: int) -> bool:
    """A Kyrgyz agent word right before a bare word that is no verb of taking part
    modifies that word ("2 тамчы суу", "3 окутуучу семинар"): a noun with a case
    ending ("концертке") or the verb itself may follow a noun of people."""
    nxt = j + 1
    if tokens[j].low.endswith(AGENT_RUSSIAN) or nxt >= len(tokens) or tokens[nxt].kind != "word":
        return False
    return tokens[nxt].low not in STATUS and noun_ending_case(tokens[nxt].low) is None


def participation_before(tokens: Tokens, start: int) -> bool:
    """ "с участием 25 зрителей", "катышуусу менен": a word of taking part right before,
    or the verb of a Russian idiom whose noun opened the clause (`split_taking_part`)."""
    if start <= 0:
        return False
    return tokens[start - 1].low.startswith(PARTICIPATION_STEMS) or split_taking_part(tokens, start)


def participation_before_colon(tokens: Tokens, start: int) -> bool:
    """A colon right before the count, a word of taking part before it in the sentence:
    "Эң жогорку катышуу Ак-Суу айылында болду: 2 000ден ашуун шайлоочу"."""
    if start < 1 or tokens[start - 1].text != ":":
        return False
    before = tokens.clause_before(start - 1, CUE_REACH - 1)
    return any(tok.low.startswith(PARTICIPATION_STEMS) for tok in before)


def partitive_count(tokens: Tokens, num: NumberMatch) -> Found | Rule:
    """ "Сессияга 21 депутаттын 17си катышты": so many of the whole named before, when a
    verb of taking part follows at once ("алардын 10у грантка татыктуу" is not one)."""
    last = past_restatement(tokens, num.last)
    status = status_after(tokens, last, reach=PARTITIVE_VERB_REACH)
    voters = None if status is not None else _voters_voted(tokens, num, last)
    if voters is not None and num.value is not None:
        return Found(num.value, "exact", voters, "actual", num.start, num.end, rules.VOTERS_VOTED)
    # "11и жаш кызматкерлер": the part's noun may follow a few adjectives
    part_lemma = _part_noun(tokens, num.last)
    # "45 адамдын ичинен 30у": the whole may stand before "from among"
    whole_end = num.first - (num.first > 0 and tokens[num.first - 1].low in PART_PARTICLES)
    whole_end -= whole_end > 0 and tokens[whole_end - 1].low in AMONG
    if status is None and part_lemma is not None:
        # "Алардын ичинен 212си аялдар, 388и эркектер": a row of a total, named by
        # the noun after it; after "алардын" alone, only if a total is kept before it
        # (rows.owned_rows_without_total)
        value = num.value or 0
        whole_status = _whole_taking_part(tokens, who_ending_at(tokens, whole_end))
        head = first_of_parts(tokens, whole_end)
        if whole_status is None and head > 0 and _of_participants(tokens, head):
            # "Катышуучулардын 20сы аялдар", and the parts listed after it (", 11и ...")
            whole_status = "unknown"
        elif whole_status is None and 0 < head < whole_end:
            # "келген 249 кишинин 104ү аялдар, 57си жаштар": a later part of a whole
            # that takes part, before the list's first part
            whole_status = _whole_taking_part(tokens, who_ending_at(tokens, head))
        if whole_end < num.first and whole_end and tokens[whole_end - 1].low in PARTITIVE_OWNERS:
            rule = rules.OWNED_PARTITIVE_ROW  # "алардын ичинен 230у": of a total kept before
        elif opener_before(tokens, num.first) is not None:
            rule = rules.PARTITIVE_ROW
        elif _owned_part(tokens, num.first):
            rule = rules.OWNED_PARTITIVE_ROW
        elif whole_status is not None:
            return Found(
                value, "exact", part_lemma, whole_status, num.start, num.end, rules.PARTITIVE
            )
        else:
            return rules.PARTITIVE_WITHOUT_VERB
        return Found(value, "exact", part_lemma, "unknown", num.start, num.end, rule)
    owner = who_ending_at(tokens, whole_end)
    if owner is None and status is not None and whole_end:
        if (
            tokens[whole_end - 1].low in PARTITIVE_OWNERS
            and num.value is not None
            and not _objects_counted_before(tokens, whole_end - 1)
        ):
            # "..., алардын 150и сертификат алышты": a part of those named before
            return Found(num.value, "exact", None, status, num.start, num.end, rules.PARTITIVE)
        if num.value is not None and participle_whole(tokens[whole_end - 1]):
            # "Тизмеге киргендердин 30у семинарга катышышты": of those on the list
            rule = rules.PART_OF_DESCRIBED
            return Found(num.value, "exact", None, status, num.start, num.end, rule)
    if owner is None and status is None and whole_end and num.value is not None:
        those = _those_who_took_part(tokens, whole_end - 1)
        if those is not None and not won(tokens, num.last):
            # "жаштар келишти, алардын 12си ... калышты": a part of those who came
            return Found(
                num.value, "exact", those[0], those[1], num.start, num.end, rules.PARTITIVE
            )
    return _part_of_owner(tokens, num, owner, status or _whole_taking_part(tokens, owner))


def _part_of_owner(
    tokens: Tokens, num: NumberMatch, owner: WhoMatch | None, status: Status | None
) -> Found | Rule:
    """A part of the whole `owner` (its genitive or ablative) before it, with the status of
    its verb; with none, the verb at the end of a list of people the part opens
    (partitive_reach.list_shares_verb)."""
    rule = rules.PARTITIVE
    if owner is None and status is not None:
        return part_of_counted(tokens, num, status) or rules.PARTITIVE_WITHOUT_VERB
    if status is None and owner is not None:
        status, rule = list_shares_verb(tokens, num.last), rules.PARTITIVE_LISTED
    if status is None or owner is None or owner.ending.case not in WHOLE_CASES:
        return rules.PARTITIVE_WITHOUT_VERB
    if num.value is None:
        return rules.PARTITIVE_WITHOUT_VERB
    return Found(num.value, "exact", owner.entry.lemma, status, num.start, num.end, rule)


VOTER_LEMMAS = frozenset(LEX["voter_lemmas"])


def _voters_voted(tokens: Tokens, num: NumberMatch, last: int) -> str | None:
    """ "тизмеге 1 412 шайлоочу киргизилген, алардын 738и добуш берген", "900 шайлоочунун
    600ү добуш беришти": a part of the voters named before it (its owner, or the voters
    of the sentence before "алардын") with a word of voting right after it: who voted,
    not a register (their lemma), else None."""
    after = tokens.clause_after(last, PARTITIVE_VERB_REACH)
    if not any(tok.low in VOTING for tok in after):
        return None
    whole = num.first - (num.first > 0 and tokens[num.first - 1].low in AMONG)
    owner = who_ending_at(tokens, whole)
    if owner is None and whole and tokens[whole - 1].low in PARTITIVE_OWNERS:
        before = tokens.clause_before(whole - 1, STATUS_REACH)
        first = whole - 1 - len(before)
        owner = next(
            (w for j in range(whole - 2, first - 1, -1) if (w := who_at(tokens, j)) is not None),
            None,
        )
    return owner.entry.lemma if owner is not None and owner.entry.lemma in VOTER_LEMMAS else None


_WINNERS = folded_stems("winner_stems")


def won(tokens: Tokens, k: int) -> bool:
    """A word of winning in the clause from token k ("алардын 10у грантка татыктуу")."""
    return any(
        t.kind == "word" and t.low.startswith(_WINNERS)
        for t in tokens.clause_after(k, STATUS_REACH)
    )


# A verb of taking part ending the clause before "алардын" has at most this many words.
_CLAUSE_VERB_WORDS = 2


def _those_who_took_part(tokens: Tokens, k: int) -> tuple[str, Status] | None:
    """Token k is "алардын" right after a comma that ends a clause whose people (a noun
    of who takes part, with no number) a verb of taking part ends ("Тоң айылынан да
    жаштар келишти, алардын 12си ..."): their noun and the verb's status, else None."""
    if k < 2 or tokens[k].low not in PARTITIVE_OWNERS or tokens[k - 1].text != ",":
        return None
    verb_end = k - 1
    status: Status | None = None
    for size in range(1, _CLAUSE_VERB_WORDS + 1):
        found = status_at(tokens, verb_end - size) if verb_end - size >= 0 else None
        if found is not None and found[0] == size:
            status = found[1]
            break
    if status is None:
        return None
    for j in range(verb_end - 2, max(-1, verb_end - 2 - STATUS_REACH), -1):
        if ends_sentence_at(tokens, j) or tokens[j].text == "," or tokens[j].kind == "num":
            return None
        person = who_at(tokens, j)
        if person is not None and person.entry.lemma not in UNIT_NOUNS:
            return person.entry.lemma, status
    return None


def _part_noun(tokens: Tokens, k: int) -> str | None:
    """The lemma of a part's noun starting at token k, perhaps after the dash that stands
    for "is" ("Алардын 21и – аялдар", as "25 из них – женщины"), or after the body owning
    it in the genitive ("11и айыл кеңешинин депутаттары": round 41); after the dash, an
    agent noun outside the lexicon too, maybe after one bare noun ("25и – ашпозчу, 35и –
    нан бышыруучу": what each part is trained as; acc59)."""
    dash = k < len(tokens) and tokens[k].kind == "punct" and tokens[k].text in DASHES
    k += dash
    if k >= len(tokens):
        return None
    found = head_after(tokens, k) or noun_after_owner(tokens, k)
    if found is not None:
        return found.entry.lemma
    return _agent_predicate(tokens, k) if dash else None


def _agent_predicate(tokens: Tokens, k: int) -> str | None:
    """An agent noun at token k, or after one bare noun in small letters there (no case
    ending, no measure): "ашпозчу", "нан бышыруучу"."""
    agent = agent_at(tokens, k)
    if agent is not None or k + 1 >= len(tokens):
        return agent
    bare = tokens[k]
    if bare.kind != "word" or not bare.text.islower() or is_measure(bare):
        return None
    return agent_at(tokens, k + 1) if noun_ending_case(bare.low) is None else None


def _objects_counted_before(tokens: Tokens, k: int) -> bool:
    """The count nearest before token k in its sentence counts the object of a verb, a
    noun outside the who lexicon in the accusative: "230 ишти карап, алардын 190ы
    элдешүү менен аяктаган" (a part of the cases, no people)."""
    for m in range(k - 1, max(-1, k - STATUS_REACH), -1):
        if ends_sentence_at(tokens, m):
            return False
        if tokens[m].kind == "num":
            noun = tokens[m + 1]
            return (
                noun.kind == "word"
                and noun_ending_case(noun.low) == "accusative"
                and not any(who_at(tokens, x) for x in range(m + 1, k))
            )
    return False


def _whole_taking_part(tokens: Tokens, owner: WhoMatch | None) -> Status | None:
    """The whole before a part, in the genitive or ablative, after a participle of taking
    part: "Жыйынга катышкан 70 адамдын 45и аялдар" (a part of those who took part)."""
    if owner is None or owner.first < 1 or owner.ending.case not in WHOLE_CASES:
        return None
    whole = owner.first - 1
    if tokens[whole].kind != "num":
        return None
    return status_before(tokens, whole - qualifier_before(tokens, whole)[1])


def _of_participants(tokens: Tokens, first: int) -> bool:
    """The part is taken from people named by their taking part, in the genitive right
    before it: "Катышуучулардын 20сы аялдар", "Делегаттардын 120сы"; or earlier in its
    sentence, words of a share between and no number ("Катышуучулардын жарымынан көбү,
    тагыраак айтканда 150и – кыздар")."""
    for last in range(first, max(0, first - CUE_REACH), -1):
        if tokens[last - 1].kind == "num" or ends_sentence_at(tokens, last - 1):
            return False
        owner = who_ending_at(tokens, last)
        if owner is not None:
            return (
                owner.ending.case == "genitive"
                and owner.entry.lemma in ENTRANT_LEMMAS
                and owner.entry.lemma not in ENTRY_LEMMAS
            )
    return False


def _owned_part(tokens: Tokens, first: int) -> bool:
    """A part right after "алардын", or after earlier parts of its list that are:
    "Алардын 260ы эркек, 160ы аял жана ..."."""
    j = first_of_parts(tokens, first)
    # "Алардын 260ы эркек, 160ы аял", "45 адамдын ичинен 30у аял, 15и эркек"
    return j > 0 and (
        tokens[j - 1].low in PARTITIVE_OWNERS or j < first and tokens[j - 1].low in AMONG
    )


def first_of_parts(tokens: Tokens, first: int) -> int:
    """The first token of the list of parts whose later part starts at token `first`
    ("Алардын 260ы эркек, 160ы аял": of 160ы, 260ы), `first` itself when it opens the
    list; -1 past ROWS_REACH."""
    j = first
    while j > 0 and first - j < ROWS_REACH:
        size = _joiner_before(tokens, j)
        if not size:
            return j
        k = _part_start(tokens, j - 1 - size, j)
        if k >= 0 and tokens[k].low in _REMAINDER_PARTS and _joiner_before(tokens, k):
            j = k  # "..., калгандары жигиттер, ал эми 35и ...": the rest, with no number
            continue
        if not _a_part(tokens, k):
            return j
        j = k
    return j if j == 0 else -1


def _a_part(tokens: Tokens, k: int) -> bool:
    """Token k is the number of a part: "260ы", or a qualified one ("1 100дөн ашыгы
    аялдар, 600гө жакыны жаштар": the parts of one whole)."""
    if k >= 0 and tokens[k].kind == "word":
        part = number_at(tokens, k)  # "он экиси", "тогузу": a part in words
        return part is not None and part.is_count and part.ending in PARTITIVE_ENDINGS
    if k < 0 or tokens[k].kind != "num":
        return False
    qualified = k + 1 < len(tokens) and tokens[k + 1].low in _QUALIFIED_PARTS
    return tokens[k].ending in PARTITIVE_ENDINGS or qualified


def _part_start(tokens: Tokens, k: int, j: int) -> int:
    """The first token of the part that ends at token k, before the part at token j: back
    over its words, also a compound joined by a hyphen ("84ү кыз-келиндер") and a dash
    between the number and its noun ("27си – аялдар"); its number, or the token before its
    first word when it has none."""
    while k >= 0 and j - k <= ELLIPTIC_REACH:
        if tokens[k].kind == "word" and lone_part_word(tokens[k].low) is not None:
            return words_start(tokens, k)  # "Алардын он экиси ..., жыйырмасы ..."
        if tokens[k].kind == "word":
            k -= 1
        elif k > 0 and _hyphen_joins(tokens, k):
            k -= 1
        elif k > 0 and tokens[k].text in DASHES and tokens[k - 1].kind == "num":
            k -= 1  # "27си – аялдар, 18и – эркектер": the part's noun after a spaced dash
        else:
            break
    if k + 1 < j and tokens[k].kind != "num" and tokens[k + 1].low in _REMAINDER_PARTS:
        return k + 1
    return k


def _hyphen_joins(tokens: Tokens, k: int) -> bool:
    """Token k is a hyphen written without spaces between two words ("кыз-келиндер")."""
    nxt = k + 1
    return (
        tokens[k].text == "-"
        and nxt < len(tokens)
        and tokens[k - 1].kind == "word"
        and tokens[nxt].kind == "word"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[nxt].start
    )


def _joiner_before(tokens: Tokens, j: int) -> int:
    """How many tokens right before token j join two parts: "," or "жана" (1), ", ал эми"
    (3, lexicon contrast_joiners); 0 when none does."""
    if tokens[j - 1].text == "," or tokens[j - 1].low in MODIFIER_JOINERS:
        return 1
    for words in _CONTRAST_JOINERS:
        n = len(words)
        if j > n and tuple(tok.low for tok in tokens[j - n : j]) == words:
            return n + (tokens[j - n - 1].text == ",")
    return 0


def opener_before(tokens: Tokens, k: int, reach: int = STATUS_REACH) -> int | None:
    """Index of the ":" or "анын ичинде" that opens the rows before token k, in its
    sentence; a colon before a quote mark opens speech, no rows ("ачылышында: «Облуста
    ... 96сы аял»": round 41)."""
    for j in range(k - 1, max(-1, k - reach), -1):
        tok = tokens[j]
        if tok.text == ":":
            return None if tokens[j + 1].text == QUOTE_MARK else j
        if OPENERS.at(tokens, j):
            return j
        if ends_sentence_at(tokens, j):
            return None
    return None
