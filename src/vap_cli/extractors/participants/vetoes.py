"""The tests behind the drop rules that look at a count's phrase and its clause: what
it is, when it is no count of people taking part. Each looks at a bounded number of
tokens. (The number's own tests are in number_vetoes.py.)"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ... import morph
from ...numbers import NumberMatch, Token
from .appositions import units_apposition_end
from .clause_words import Stems
from .constants import (
    AID_MEANS_REACH,
    CUE_REACH,
    HOST_REACH,
    MAX_UNIT_SIBLINGS,
    OWNED_REACH,
    OWNER_REACH,
    QUOTE_MARK,
    STATUS_REACH,
)
from .counts_without_who import agent_status, participation_before
from .generic import entries_submitted
from .headings import taking_part_cue
from .measures import is_modifier
from .number_vetoes import REGISTER_STEMS, register_word
from .phrase import Phrase, status_after, status_before
from .sources import came_from_their_bodies, units_after_units, units_of_a_source
from .unit_phrases import from_each, people_noun, units_after
from .words import (
    CLAUSE_OPENERS,
    EACH,
    ENTRANT_LEMMAS,
    ENTRY_LEMMAS,
    LEX,
    MODIFIER_JOINERS,
    PART_OWNERS,
    PARTICIPATION_STEMS,
    RESIDENT_LEMMAS,
    RUSSIAN_GENITIVE_PLURAL,
    SOURCE_PREPOSITIONS,
    UNIT_NOUNS,
    VOTING,
    Tokens,
    agent_at,
    casefolded,
    ends_sentence_at,
    folded_phrases,
    folded_stems,
    hyphen_in_name,
    noun_ending_case,
    possessed_in_a_case,
    who_at,
)

_NOT_AFTER = casefolded("not_taking_part_after")
_TARGET_WORDS = casefolded("target_words")
# A comma or a word of these joins the counted noun to the next one ("4 мектеп жана
# лицейдин базасында"): the owner in the genitive after it owns with the counted noun.
_JOINERS = casefolded("list_joiners")
_TARGET_VERBS = folded_stems("target_verbs")
_NOT_BEFORE = casefolded("not_taking_part_before")
_ACROSS_ENDINGS = tuple(casefolded("across_endings"))
_DISTRIBUTIVE_BEFORE = casefolded("distributive_right_before")
_NOT_WHO_COMPOUNDS = folded_phrases("not_who_compounds")
_COMPOUND_PEOPLE = folded_stems("compound_people_stems")
_ADJECTIVE_WHO = frozenset(LEX["adjective_who_lemmas"])
_ADJECTIVE_THING_NOUNS = casefolded("adjective_thing_nouns")
_WINNER_STEMS = folded_stems("winner_stems")
_WINNER_OPENS = Stems(_WINNER_STEMS)
_WINNER_MEANS_BEFORE = casefolded("winner_means_before")
_WINNER_MEANS_AFTER = casefolded("winner_means_after")
# A grant's means word stands at most this many words before it: an adjective may come
# between ("благодаря немецкому гранту").
_WINNER_MEANS_REACH = 2
_REGISTER_OPENS = Stems(REGISTER_STEMS)  # (a word of registering opens so)
# "алардын ичинен", "из них": the words after tell a part of those counted
_PARTICIPANT_GROUPS = Stems(folded_stems("participant_group_stems"))
# ... and the count's own noun one of them: "Ноокаттан 40 катышуучу болот" takes part
_PARTICIPANT_NOUNS = folded_stems("participant_noun_stems")
_PARENT_AFTER = casefolded("parent_nouns_after")
_PARENT_BEFORE = casefolded("parent_nouns_before")
VOTERS = frozenset(LEX["voter_lemmas"])
_RUSSIAN_UNITS = frozenset(LEX["russian_unit_lemmas"])
_UNIT_GROUPS = folded_stems("unit_group_stems")
_NOT_UNIT_GROUPS = folded_stems("unit_group_not_stems")
RESIDENT_OWNERS = folded_stems("resident_owner_stems")
_ALL_RESIDENTS = casefolded("all_residents_before")
_KEY_AFTER = casefolded("breakdown_key_after")
_OWN_BODY_STEMS = folded_stems("own_body_stems")
_SELF_GOVERNED = frozenset(LEX["self_governed_units"])


# --- the phrase and its clause --------------------------------------------------------------


def hosts(tokens: Tokens, p: Phrase) -> bool:
    """ "420 кеңеште", "40 айыл өкмөтүндөгү эл": in the locative or the attributive
    case the noun says where, not who."""
    return p.head.ending.case in ("locative", "attributive")


def owns_no_people(tokens: Tokens, p: Phrase) -> bool:
    """Units in the genitive that own no people, count or taking part in the words
    after them: "2 мектептин ачылышы", "Беш облустун ЖӨБ органдары талкуулашат"
    ("үч облустун тургундарынын", "райондун 41 муниципалитетинен" own them)."""
    if p.head.ending.case != "genitive" or p.head.entry.lemma not in UNIT_NOUNS:
        return False
    if p.end > p.head.last:
        return False  # "айыл өкмөттүн өкүлдөрү": the phrase ends in the people owned
    j, start = p.end, p.end
    siblings = 0
    while j < min(len(tokens), start + OWNED_REACH):
        tok = tokens[j]
        if j == start and (named := units_apposition_end(tokens, j)) > j:
            j = start = named  # "беш айыл аймагынын – Кум-Дөбө, ... айыл өкмөттөрүнүн"
            continue
        if tok.kind == "num" and all(_owner_word(t) for t in tokens[start:j]):
            sibling = units_after(tokens, j) if j > start else 0
            if sibling and siblings < MAX_UNIT_SIBLINGS:
                # "4 мектептин жана 2 ФАПтын жылуулук системасы": units beside units,
                # owners both (round 41)
                j = start = sibling
                siblings += 1
                continue
            # "райондун (бардык) 41 муниципалитетинен", "16 айыл аймагынын жана Ноокат
            # шаарынын 3 миңге жакын тургуну"
            return False
        if (tok.kind != "word" and not hyphen_in_name(tokens, j)) or ends_sentence_at(tokens, j):
            return True  # a sign, not the hyphen inside a word ("үй-бүлөлүк"), ends them
        if tok.low.startswith(PARTICIPATION_STEMS) or came_from_their_bodies(tokens, j, start):
            return False
        if tok.low.startswith(_OWN_BODY_STEMS) and p.head.entry.lemma in _SELF_GOVERNED:
            return False
        owned = who_at(tokens, j)
        if owned is not None:
            if people_noun(owned):
                return False  # people ("долбоорду талкуулашат" names a thing)
            j = owned.last
            continue
        if agent_at(tokens, j) is not None and agent_status(tokens, j + 1) is not None:
            return False  # "алты айыл аймагынын жооптуу катчылары катышты"
        if possessed_in_a_case(tok.low) and tok.low not in _ALL_OF_THEM:
            return True  # "2 мектептин ачылышына аким катышты": the units own a thing
        j += 1
    return True


# "all (each) of them" in the ablative: the people counted next came from the units
_ALL_OF_THEM = frozenset(w.casefold() for w in LEX["all_of_them_ablative"])


def _owner_word(tok: Token) -> bool:
    """A word that may stand between owners in the genitive and the number of what they
    own: an adjective, or another owner joined on ("жана Ноокат шаарынын")."""
    if is_modifier(tok):
        return True
    return tok.kind == "word" and (
        tok.low in MODIFIER_JOINERS
        or tok.low in _ALL_OF_THEM
        or tok.text[:1].isupper()
        or noun_ending_case(tok.low) == "genitive"
    )


def host_or_target(tokens: Tokens, p: Phrase) -> bool:
    """Right after the counted noun: a host ("... базасында") or a target
    ("... максаттуу болуп эсептелинет"), not a participant. Another noun in the genitive
    before the host's word owns it, and the counted noun, not in the genitive, is the
    clause's subject: "30 окуучу мектептин базасында курстан өтөт" (trained at the school;
    acc59)."""
    for j in range(p.end, min(len(tokens), p.end + HOST_REACH)):
        tok = tokens[j]
        if tok.kind != "word":
            return False
        if tok.low in _NOT_AFTER:
            return not _host_of_another(tokens, p.end, j)
        if tok.low in _TARGET_WORDS:
            for a in range(j + 1, min(len(tokens), j + 1 + STATUS_REACH)):
                if ends_sentence_at(tokens, a):
                    return False
                if tokens[a].low.startswith(_TARGET_VERBS):
                    return True
    return False


def _host_of_another(tokens: Tokens, end: int, host: int) -> bool:
    """A word in the genitive between the counted noun (ending at token `end`) and the
    host's word at token `host` owns the host, and the counted noun is in no genitive;
    not when a joiner of a list (lexicon `list_joiners`) stands between: "4 мектеп жана
    лицейдин базасында", the schools own the host too (their genitive on the last noun
    joined)."""
    if end < 1 or noun_ending_case(tokens[end - 1].low) == "genitive":
        return False
    between = range(end, host)
    if any(tokens[k].low in _JOINERS for k in between):
        return False
    return any(noun_ending_case(tokens[k].low) == "genitive" for k in between)


def election_or_population(tokens: Tokens, p: Phrase) -> bool:
    """ "шайлоо 420 айылдык кеңеште", "калкы ... 268 000 адам", shortly before, in the
    sentence; not a count a verb of taking part stands right before ("оценки потребностей
    населения, в которых приняли участие более 4 тысяч жителей": the people who took
    part, the population only the assessment's topic)."""
    if not tokens.words_before(p.start, CUE_REACH - 1).has(_NOT_BEFORE):
        return False  # (its word is the one `_unquoted_cue_before` reads for, below)
    if p.head.entry.lemma in ENTRANT_LEMMAS:
        return False  # "на выборы зарегистрированы 12 кандидатов"
    if p.head.entry.lemma in VOTERS and not registered(tokens, p):
        return False  # "шайлоо участкаларына 45 миң шайлоочу келди": who voted
    if status_before(tokens, p.start) is not None:
        return False
    return _unquoted_cue_before(tokens, p.start, _NOT_BEFORE)


def _unquoted_cue_before(tokens: Tokens, start: int, words: frozenset[str]) -> bool:
    """One of `words` shortly before token `start` in its sentence, not inside a quoted
    name that closes before the count ("«Таза шайлоо» коалициясынан 140 ыктыярчы": an
    organisation's name, no election): a quote mark between the word and the count
    closes the name it stands in (quotes are one mark once normalised)."""
    before = tokens.clause_before(start, CUE_REACH - 1)
    quotes_after = 0
    for tok in reversed(before):
        if tok.text == QUOTE_MARK:
            quotes_after += 1
        elif tok.low in words and quotes_after % 2 == 0:
            return True
    return False


def on_a_register(tokens: Tokens, p: Phrase) -> bool:
    """ "Тизмеге 1 200 шайлоочу катталган", "Районда 120 ишкер катталган": on a list
    or a register, not taking part; entrants and people enrolled for an event in the
    dative are ("эки талапкер катталган", "Курска 150 кызматкер катталды")."""
    lemma = p.head.entry.lemma
    if lemma in ENTRANT_LEMMAS or not registered(tokens, p):
        return False
    return lemma in VOTERS or not _event_dative_before(tokens, p.start)


def _event_dative_before(tokens: Tokens, start: int) -> bool:
    """A word in the dative before the count, in its sentence, that is no register
    ("Курска", "Форумга"; not "Тизмеге"), its ending in harmony with its stem (the
    Russian "Всего" ends in no Kyrgyz "-го": its stem's vowel would take "-ге")."""
    return cue_before(
        tokens,
        start,
        lambda tok: (
            tok.kind == "word"
            and noun_ending_case(tok.low) == "dative"
            and not tok.low.startswith(REGISTER_STEMS)
            and any(a.ending for a in morph.candidate_stems(tok.low))
        ),
        colon_ends=True,
    )


def registered(tokens: Tokens, p: Phrase) -> bool:
    """ "Тизмеге 1 200 шайлоочу катталган", "в списки внесены 5 000 избирателей": the
    voters on a list, not those who voted (a word of registering in the sentence)."""
    if tokens.words_after(p.end, STATUS_REACH).starts(_REGISTER_OPENS) and clause_has(
        tokens, p.end, register_word
    ):
        return True
    return tokens.words_before(p.start, CUE_REACH - 1).starts(_REGISTER_OPENS) and cue_before(
        tokens, p.start, register_word, colon_ends=True
    )


def each_unit(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "ар бир райондон": the number is the "one" of "each", no count of units."""
    return EACH.ending_at(tokens, num.last) > 0


def across_units(tokens: Tokens, p: Phrase) -> bool:
    """ "по 5 районам": "по" with a noun in the dative plural spreads over units."""
    return (
        p.reading.distributive
        and tokens[p.start].low in _DISTRIBUTIVE_BEFORE
        and tokens[p.head.last - 1].low.endswith(_ACROSS_ENDINGS)
    )


def distributive(tokens: Tokens, p: Phrase) -> bool:
    """ "в каждой команде по 5 человек", "3төн депутат шайланат", "ар бир райондон
    кеминде 2 өкүл" (each and a unit in the ablative right before the count), "ар бир
    айыл аймакка 2 ветеринар бекитилет" (in the dative: to each; round 41): so many from
    or for each unit with no verb of taking part is a size, seats or a quota, not a
    count."""
    return p.reading.distributive or from_each(tokens, p.reading.start)


def clause_has(tokens: Tokens, k: int, found: Callable[[Token], bool]) -> bool:
    """A token of the sentence from token k on (STATUS_REACH at most) is `found`."""
    return any(map(found, tokens.clause_after(k, STATUS_REACH)))


def key_after(tokens: Tokens, p: Phrase) -> bool:
    """ "Облустун 4 району жана 1 шаары боюнча ...": the units data are given by."""
    if p.head.entry.lemma not in UNIT_NOUNS:
        return False
    for j in range(p.end, min(len(tokens), p.end + HOST_REACH + 2)):
        if tokens[j].kind not in ("word", "num"):
            return False
        if tokens[j].low in _KEY_AFTER:
            return True
    return False


def genitive_of(tok: Token, stems: tuple[str, ...]) -> bool:
    """The word is one of these nouns in the genitive ("облустун", "айылдарынын")."""
    return (
        tok.kind == "word" and tok.low.startswith(stems) and noun_ending_case(tok.low) == "genitive"
    )


def residents(tokens: Tokens, p: Phrase) -> bool:
    """ "айылдын 3 500 тургуну ... сууга жетти": a settlement owns the people counted; "все
    12 тысяч жителей аймака": all of its residents, the whole population (not after a verb
    of taking part: "пришли все 85 жителей села"). Not the members of a body named before
    the number, their owner ("айыл аймактарынын жайыт комитеттеринин 40 мүчөсү": the
    settlements own the body, not the people; round 52)."""
    if p.start < p.reading.start:
        return False
    if p.start > 0 and tokens[p.start - 1].low in _ALL_RESIDENTS:
        lemma = p.head.entry.lemma
        return lemma in RESIDENT_LEMMAS and status_before(tokens, p.start - 1) is None
    return p.start > 0 and genitive_of(tokens[p.start - 1], RESIDENT_OWNERS)


def winners(tokens: Tokens, p: Phrase) -> bool:
    """ "3 команда жеңүүчү болду", "Грант алган 12 муниципалитет": who won or received,
    not who took part (no verb of taking part); entries to a grant contest are counted
    ("Гранттык сынакка 33 өтүнмө түшкөн"), and those of whom a part won ("..., алардын
    ичинен 10у жеңүүчү": the winners are the part's)."""
    if p.head.entry.lemma in ENTRY_LEMMAS:
        return False
    won_after = tokens.words_after(p.end, STATUS_REACH).starts(_WINNER_OPENS)
    for tok in tokens.clause_after(p.end, STATUS_REACH) if won_after else ():
        if tok.low in PART_OWNERS:
            break  # "112 айыл өкмөтү ..., алардын ичинен 10у жеңүүчү": the part won
        if tok.kind == "word" and tok.low.startswith(_WINNER_STEMS):
            return True
    return _won_before(tokens, p.start)


def _won_before(tokens: Tokens, start: int) -> bool:
    """A word of winning shortly before token `start`, in its sentence, that is no
    grant named as the means the work is paid by ("благодаря гранту", "гранттын
    эсебинен": `winner_means_before`, `winner_means_after`; accv49)."""
    if not _before_in_sentence(tokens, start, _WINNER_OPENS):
        return False
    first = start - len(tokens.clause_before(start, CUE_REACH - 1))
    plain = tokens.plain
    means = (_WINNER_MEANS_BEFORE, _WINNER_MEANS_AFTER)
    return any(
        plain[i].kind == "word"
        and plain[i].low.startswith(_WINNER_STEMS)
        and not as_means(plain, i, means, _WINNER_MEANS_REACH)
        for i in range(first, start)
    )


# The words of aid (lexicon `aid_stems`: "помощ", "жардам") and the words that make one a
# means ("с помощью", "жардамы менен": `aid_means_before`, `aid_means_after`): read by the
# recipients' rules, the units of aid's recipients and a table's caption of aid.
AID_STEMS = folded_stems("aid_stems")
AID_MEANS = (casefolded("aid_means_before"), casefolded("aid_means_after"))


def aid_word_as_means(plain: Sequence[Token], k: int) -> bool:
    """The word of aid at token k stands in a phrase of means (`as_means`)."""
    return as_means(plain, k, AID_MEANS, AID_MEANS_REACH)


def as_means(
    plain: Sequence[Token], i: int, means: tuple[frozenset[str], frozenset[str]], reach: int
) -> bool:
    """The word at `i` stands in a phrase of means (what the thing is done or paid by):
    a word of `means[1]` right after it, or one of `means[0]` at most `reach` words
    before it ("благодаря немецкому гранту", "с помощью", "жардамы менен")."""
    before, after = means
    return any(t.low in before for t in plain[max(0, i - reach) : i]) or (
        i + 1 < len(plain) and plain[i + 1].low in after
    )


def participant_group(tokens: Tokens, p: Phrase) -> bool:
    """The count is the size of a group that takes part, named shortly before it:
    "Делегация 8 адамдан турду", "Делегациянын курамы 8 адамдан турат"."""
    return _before_in_sentence(tokens, p.start, _PARTICIPANT_GROUPS)


def counts_participants(p: Phrase) -> bool:
    """The count's own noun names those who take part ("Ноокаттан 40 катышуучу болот":
    there will be participants), so no verb of what there is makes it a roster."""
    return p.head.entry.lemma.casefold().startswith(_PARTICIPANT_NOUNS)


def _before_in_sentence(tokens: Tokens, start: int, stems: Stems) -> bool:
    """A word with one of these stems shortly before token `start`, in its sentence."""
    return tokens.words_before(start, CUE_REACH - 1).starts(stems)


def cue_before(
    tokens: Tokens, start: int, found: Callable[[Token], bool], *, colon_ends: bool = False
) -> bool:
    """A token `found` shortly before token `start` (CUE_REACH tokens), in its
    sentence; with `colon_ends`, after the last colon too (a label's value)."""
    before = tokens.clause_before(start, CUE_REACH - 1)
    if colon_ends:
        colons = [i for i, tok in enumerate(before) if tok.text == ":"]
        before = before[colons[-1] + 1 :] if colons else before
    return any(map(found, before))


# The case of people a verb acts upon, kept as people ("Долбоор 12 кызматкерди ... алып барды").
_ACTED_UPON_CASE = "accusative"


def units_receiving(tokens: Tokens, p: Phrase) -> bool:
    """ "452 айыл аймагына ... бөлүштүрүлөт": units in the dative receive something;
    in the accusative they are acted upon ("Долбоор 12 айыл аймагын камтыйт",
    "5 муниципалитетти колдойт": targets, not who takes part); so are their people in
    those cases ("61 айыл аймагынын кызматкерлерине курстар сунушталат")."""
    case = _last_noun_case(tokens, p)
    if case == _ACTED_UPON_CASE and p.head.ending.case is None and p.end > p.head.last:
        # "20 айыл өкмөт башчысын": a compound of people acted upon, the heads counted as
        # people in the accusative are; in the dative ("20 айыл өкмөт башчыларына
        # сертификат тапшырды") they receive, as units' people do (revfix50)
        return False
    return case in ("dative", _ACTED_UPON_CASE) and p.head.entry.lemma in UNIT_NOUNS


def _last_noun_case(tokens: Tokens, p: Phrase) -> str | None:
    """The case of the phrase's last noun: the who-noun's, or that of the people it owns
    ("айыл аймагынын кызматкерлерине": dative)."""
    if p.end > p.head.last:
        owned = who_at(tokens, p.head.last)
        if owned is not None:
            return owned.ending.case
    return p.head.ending.case


def needs_verb(tokens: Tokens, p: Phrase) -> bool:
    """ "20 долбоор ишке ашырылды", "шайлоочулардын саны 70 миң": projects count only as
    contest entries submitted, voters only when they vote: with a verb (asked only
    when there is none). Their taking part named with them is one: "100дөн ашык элдин
    катышуусу менен", "шайлоочулардын катышуусунда", "с участием 300 избирателей"."""
    if _owns_taking_part(tokens, p) or entries_submitted(tokens, p.start, p.end):
        return False
    if p.head.entry.lemma in VOTERS:
        return not voting_near(tokens, p.start, p.end)
    return p.head.entry.needs_verb


def _owns_taking_part(tokens: Tokens, p: Phrase) -> bool:
    """People in the genitive own a word of taking part right after them, or one stands
    right before their count (not projects: "20 долбоордун катышуусу")."""
    if p.head.entry.lemma in ENTRY_LEMMAS:
        return False
    after = p.end < len(tokens) and tokens[p.end].low.startswith(PARTICIPATION_STEMS)
    if after and p.head.ending.case == "genitive":
        return True
    return taking_part_cue(tokens, p.start)


def voting_near(tokens: Tokens, start: int, end: int) -> bool:
    """A word of voting in the sentence of tokens [start, end), shortly before or after."""
    before = tokens.words_before(start, CUE_REACH - 1)
    return before.has(VOTING) or tokens.words_after(end, STATUS_REACH).has(VOTING)


def units_that_are(tokens: Tokens, p: Phrase) -> bool:
    """ "В области 5 районов": Russian units that are, not units people came from nor
    units "с участием" of which an event took place ("с участием 3 министерств"). A unit
    Russian by its lemma with a Kyrgyz case ending is a Kyrgyz sentence's ("45
    ассоциациянын катышуусу менен"; revfix47)."""
    russian = p.head.ending.russian or (
        p.head.entry.lemma in _RUSSIAN_UNITS and p.head.ending.case is None
    )
    return (
        russian
        and p.head.entry.lemma in UNIT_NOUNS
        and not came_from(tokens, p.start)
        and not participation_before(tokens, p.start)
    )


def came_from(tokens: Tokens, start: int, *, listed: bool = True) -> bool:
    """ "из (всех) 27 айылных аймаков", "представители 12 квартальных комитетов",
    "депутатов местных кенешей всех семи областей": a preposition of origin, or the
    people the units own, a few words before with no punctuation between; also the
    second count of a list of units joined to one that came from there ("из 12 айыл
    окмоту и двух городов района": `listed`, one step back)."""
    before = _listed_unit_count(tokens, start) if listed else None
    if before is not None and came_from(tokens, before, listed=False):
        return True
    for k in range(start - 1, max(-1, start - 1 - OWNER_REACH), -1):
        if tokens[k].kind != "word":
            # "из 9 районов двух областей"; "главы 61 айыл окмоту пяти районов": the wider
            # units are a source as the units before them are
            return units_of_a_source(tokens, k, start) or (
                units_after_units(tokens, k, start) and came_from(tokens, k, listed=False)
            )
        if tokens[k].low in SOURCE_PREPOSITIONS:
            return not _opens_clause(tokens, k) or status_after(tokens, start) is not None
        if tokens[k].low.startswith(_UNIT_GROUPS) and not tokens[k].low.startswith(
            _NOT_UNIT_GROUPS
        ):
            return True  # "делегации семи районов": the units send a group
        person = who_at(tokens, k)
        if person is not None and people_noun(person) and _owned_by_a_thing(tokens, k):
            return False  # "адреса офисов руководителей трех сел"
        if person is not None and people_noun(person):
            # "опрос жителей 11 аймаков": a population; "приняли участие жители ...",
            # "приняли участие более 1 500 жителей 12 аймаков", "с участием жителей 5
            # аймаков": people
            if person.entry.lemma not in RESIDENT_LEMMAS or participation_before(tokens, k):
                return True
            return any(
                status_before(tokens, j) is not None for j in range(max(0, k - OWNER_REACH), k + 1)
            )
    return False


def _listed_unit_count(tokens: Tokens, start: int) -> int | None:
    """The number of the count of units right before a joiner before token `start`
    ("12 айыл окмоту и | двух городов"), or None."""
    joiner = start - 1
    if joiner < 1 or tokens[joiner].low not in MODIFIER_JOINERS:
        return None
    for k in range(joiner - 1, max(-1, joiner - 1 - OWNER_REACH), -1):
        if tokens[k].kind == "num":
            units = who_at(tokens, k + 1)
            ok = units is not None and units.last == joiner and not people_noun(units)
            return k if ok else None
    return None


def _opens_clause(tokens: Tokens, k: int) -> bool:
    """The preposition opens its sentence, or its clause after a conjunction ("..., что из
    38 школ района отопление готово только в 20"): "out of" a whole, an origin only with
    a verb of taking part after it ("Из 12 сел приехали 200 жителей"); not after an
    abbreviation's dot ("45 чел. из 5 районов")."""
    return k == 0 or ends_sentence_at(tokens, k - 1) or tokens[k - 1].low in CLAUSE_OPENERS


def _owned_by_a_thing(tokens: Tokens, k: int) -> bool:
    """The Russian people at token k close a chain of genitives that a thing owns: a
    word in the genitive plural (no who-noun, no adjective) right before them."""
    if k < 1 or tokens[k - 1].kind != "word" or is_modifier(tokens[k - 1]):
        return False
    before = tokens[k - 1].low
    return before.endswith(RUSSIAN_GENITIVE_PLURAL) and who_at(tokens, k - 1) is None


def not_who_compound(tokens: Tokens, p: Phrase) -> bool:
    """ "бала бакча": a kindergarten, not children; "аксакалдар соту": a court (counted
    as a unit when read whole: "5 бала бакчанын тарбиялануучулары")."""
    if p.head.entry.lemma in UNIT_NOUNS:
        return False
    if p.head.entry.lemma in _ADJECTIVE_WHO:
        return _adjective_of_a_thing(tokens, p.end)
    k = p.head.first
    for *words, stem in _NOT_WHO_COMPOUNDS:
        n = len(words)
        if k + n < len(tokens) and tokens[k + n].low.startswith(stem):
            if all(tokens[k + a].low == word for a, word in enumerate(words)):
                return not _compound_people(tokens, k + n + 1)
    return False


def _adjective_of_a_thing(tokens: Tokens, k: int) -> bool:
    """Token k, right after an adjective of who ("рабочих", "участковых"), is a noun of
    a thing it describes (lexicon `adjective_thing_nouns`: "мест", "визитов")."""
    return k < len(tokens) and tokens[k].low in _ADJECTIVE_THING_NOUNS


def _compound_people(tokens: Tokens, k: int) -> bool:
    """Token k, right after a compound, is a noun of its people ("конок үй ээси")."""
    return (
        k < len(tokens) and tokens[k].kind == "word" and tokens[k].low.startswith(_COMPOUND_PEOPLE)
    )


def parent_of_children(tokens: Tokens, p: Phrase) -> bool:
    """ "беш баланын атасы", "мать пятерых детей": one parent of so many children, a
    person described, not a count (a noun of a parent with its possessive right after the
    counted noun in the genitive, or right before the count)."""
    if p.head.ending.case == "genitive" and p.end < len(tokens):
        if tokens[p.end].low in _PARENT_AFTER:
            return True
    first = p.reading.start
    return first > 0 and tokens[first - 1].low in _PARENT_BEFORE
