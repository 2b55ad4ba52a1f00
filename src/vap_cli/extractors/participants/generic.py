"""Counts of nouns outside the who lexicon: a short noun phrase before a verb of taking
part ("50 эксперт катышты", "30 агроном чогулушту") or, in Russian, after one ("приняли
участие 30 экспертов")."""

from __future__ import annotations

from pathlib import Path

from ... import diskcache, morph
from ...explain import Rule
from ...lexicon import load, source
from ...models import Status
from ...numbers import PARTITIVE_ENDINGS, NumberMatch, Token, number_at, read_word
from ...who_groups import UNIT_GROUP, who_group
from . import rules
from .constants import (
    CONTEST_DATIVE_REACH,
    GENERIC_LIST_REACH,
    GENERIC_REACH,
    LIST_CLOSER_REACH,
)
from .measures import after_modifiers, is_measure
from .phrase import HOST_PREPOSITIONS, Found, Reading, status_after, status_before
from .words import (
    ENTRANT_LEMMAS,
    LEX,
    MODIFIER_JOINERS,
    PARTICIPATION_STEMS,
    Phrases,
    Tokens,
    agent_at,
    casefolded,
    ends_sentence_at,
    noun_ending_case,
    stem_of,
    verb_phrases,
    who_at,
    who_ending_at,
)


def _generic_verbs() -> Phrases:
    """The verbs of taking part a generic noun's count stands with: the lexicon's head
    verbs and every status's generic verbs in their forms (morph)."""
    return Phrases(
        [*LEX["generic_head_verbs"], *(f for s in LEX["status"] for f in verb_phrases(s, True))]
    )


# Made with morph's forms of every status's verbs (~1.5 ms of a one-file run's start-up):
# kept in the disk cache, keyed by the lexicon, this module and words.py (Phrases,
# verb_phrases) and what morph makes the forms with.
_GENERIC_VERBS_SOURCES = morph.made_with(
    source("participation"), Path(__file__), Path(__file__).with_name("words.py")
)
_GENERIC_VERBS: Phrases = diskcache.cached(
    "participant-generic-verbs", _GENERIC_VERBS_SOURCES, _generic_verbs
)
_GENERIC_VERBS_BEFORE = Phrases(LEX["generic_verbs_before"])
# Nouns of events: "в первых двух семинарах приняли участие 200 специалистов" counts
# seminars (numbers of events are no count of people).
_EVENT_STEMS = tuple(w.casefold() for w in LEX["events_counted_stems"])
_RU_COUNTED_ENDINGS = tuple(LEX["russian_counted_endings"])
# The letters only Kyrgyz has: a word with one is no Russian noun.
_KYRGYZ_LETTERS = frozenset(load("language")["ky"]["letters"])
# What closes a list of counts before its total ("болуп": lexicon `list_closers`).
_LIST_CLOSERS = casefolded("list_closers")
# The possessive's endings ("ээлери"; numbers.PARTITIVE_ENDINGS, for str.endswith).
_POSSESSIVE = tuple(PARTITIVE_ENDINGS)


def generic_count(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "50 эксперт катышты", "35 жайыт колдонуучу катышты", "300дөн ашуун ата-эне жана
    окуучу катышты": a short noun phrase outside the lexicon right before a verb of
    taking part."""
    start = reading.start
    if num.value is None or start and tokens[start - 1].low in HOST_PREPOSITIONS:
        return None
    if _locative_after(tokens, reading.after) or _event_noun_after(tokens, reading.after):
        return None
    words: list[str] = []
    for m in range(reading.after, min(len(tokens), reading.after + GENERIC_REACH + 1)):
        tok = tokens[m]
        if tok.kind == "word" and _GENERIC_VERBS.at(tokens, m):
            if not words:
                return None
            status = status_after(tokens, m) or "unknown"
            who = " ".join(words)
            end = tokens[m - 1].end
            return Found(
                num.value,
                reading.qualifier,
                who,
                status,
                tokens[start].start,
                end,
                rules.GENERIC_NOUN,
            )
        joiner = _list_joiner(tokens, m) if words else 0
        rule = _listed_rule(tokens, m - 1, words[-1]) if joiner else None
        if rule is not None:
            shared = _verb_of_the_list(tokens, m + joiner, rule)
            if shared is not None:  # "17 иш берүүчү, ошондой эле ... 260 жаран катышты"
                begin, end = tokens[start].start, tokens[m - 1].end
                who = " ".join(words)
                return Found(num.value, reading.qualifier, who, shared, begin, end, rule)
        member = tok.text == "," and bool(words) and _names_people(tokens, m - 1)
        closed = _closed_list_verb(tokens, m + 1) if member else None
        if closed is not None:  # "10 кафенин ээлери, мугалимдер болуп 60 адам катышты"
            begin, end = tokens[start].start, tokens[m - 1].end
            who = " ".join(words)
            rule = rules.LISTED_BEFORE_TOTAL
            return Found(num.value, reading.qualifier, who, closed, begin, end, rule)
        if tok.kind == "word" and not is_measure(tok):
            if words and _opens_count(tokens, m):
                return None  # "төрт айылынан жүзгө жакын тургун": a count of its own
            if words and words[-1].endswith("-"):
                words[-1] += tok.low  # "ата-эне"
            else:
                words.append(tok.low)
        elif tok.text == "-" and words and tok.start == tokens[m - 1].end:
            words[-1] += "-"
        else:
            return None
    return None


_LIST_JOINERS = Phrases(LEX["generic_list_joiners"])
# The groups of who_groups.yaml that are no people: a noun of neither counts things.
_NOT_PEOPLE = frozenset({"other", UNIT_GROUP})


def _group_forms(lemma: str) -> set[str]:
    """A noun of a body of people as a number's noun: the lemma, its Kyrgyz plural
    ("топтор"), its Russian genitive singular and plural ("отряда", "команд",
    "отрядов")."""
    stem = lemma[:-1] if lemma[-1] in morph.RU_NOMINATIVE_VOWELS else lemma
    endings = (*morph.RU_NOUN_GENITIVE_ENDINGS, *morph.RU_NOUN_GENITIVE_PLURAL_ENDINGS)
    return {lemma, morph.inflect(lemma, "plural"), stem, *(stem + e for e in endings)}


# ... but a body of people that takes part as one ("20 демилгелүү топ жана ..."; round 47)
_GROUPS_OF_PEOPLE = frozenset(
    form
    for w in (*LEX["sent_group_nouns"], *LEX["generic_list_group_nouns"])
    for form in _group_forms(w.casefold())
)


def _list_joiner(tokens: Tokens, m: int) -> int:
    """How many tokens from token m join a list's counts: "жана", "ошондой эле", a comma
    and "ошондой эле" (0 when none does)."""
    comma = tokens[m].text == ","
    size = _LIST_JOINERS.at(tokens, m + comma)
    return size + comma if size else 0


def _person_noun(tokens: Tokens, k: int, word: str) -> bool:
    """The noun at token k names people: built with an agent suffix ("уста", "берүүчү",
    "посетителей"), of a group of people in who_groups.yaml, or a body of people that
    takes part as one ("демилгелүү топ", lexicon `generic_list_group_nouns`); a thing
    ("120 буюм", "15 павильонов") shares no verb of taking part with the people listed
    after it."""
    return (
        agent_at(tokens, k) is not None
        or who_group(word) not in _NOT_PEOPLE
        or word in _GROUPS_OF_PEOPLE
    )


def _listed_rule(tokens: Tokens, k: int, word: str) -> Rule | None:
    """The rule by which the phrase ending in `word` (token k) before a list's joiner
    shares the verb of the list's later count: a noun of people in the nominative
    (GENERIC_NOUN_LISTED), or a noun in the genitive that owns, with the later count,
    the noun ending its phrase (OWNERS_LISTED: "20 дүкөндүн жана 10 кафенин ээлери")."""
    if _nominative(word):
        return rules.GENERIC_NOUN_LISTED if _person_noun(tokens, k, word) else None
    return rules.OWNERS_LISTED if noun_ending_case(word) == "genitive" else None


def _names_people(tokens: Tokens, k: int) -> bool:
    """The phrase ending at token k may be a member of a list of people: its last word a
    noun of people with no case ending ("12 уста"), or a noun in the possessive its
    genitive owner stands right before ("10 кафенин ээлери"); not a clause of its own
    ("26 тренинг өткөрүлүп, ...": its converb)."""
    last = tokens[k].low
    if _nominative(last) and _person_noun(tokens, k, last):
        return True
    owner = tokens[k - 1] if k > 0 else None
    owned = owner is not None and owner.kind == "word" and noun_ending_case(owner.low) == "genitive"
    return owned and last.endswith(_POSSESSIVE)


def _closed_list_verb(tokens: Tokens, k: int) -> Status | None:
    """The status of the verb of taking part of the total that closes a list, from token
    k (after a count's phrase and its comma) on: "болуп" (lexicon `list_closers`) in the
    sentence within GENERIC_LIST_REACH tokens, then, at most LIST_CLOSER_REACH words on,
    the total's number, its short noun phrase and the verb; None when there is none."""
    for m in range(k, min(len(tokens), k + GENERIC_LIST_REACH)):
        if ends_sentence_at(tokens, m):
            return None
        if tokens[m].low in _LIST_CLOSERS:
            return _total_verb(tokens, m + 1)
    return None


def _total_verb(tokens: Tokens, k: int) -> Status | None:
    """The status of the verb after the total's phrase opening at most LIST_CLOSER_REACH
    words from token k on ("жалпысынан 90 адам катышты")."""
    for m in range(k, min(len(tokens), k + LIST_CLOSER_REACH + 1)):
        found = number_at(tokens, m)
        if found is not None and found.is_count:
            return _verb_after_phrase(tokens, found.last + 1)
        if tokens[m].kind != "word":
            return None
    return None


def _nominative(word: str) -> bool:
    """A noun with no case ending: the subject a verb of taking part may have, not where
    people came from ("3 айылдан жана 2 шаардан 50 киши")."""
    return noun_ending_case(word) is None


def _verb_of_the_list(tokens: Tokens, k: int, rule: Rule) -> Status | None:
    """The status of the verb of taking part that ends a list of counts, from token k on:
    a later count's number within GENERIC_LIST_REACH tokens in the sentence, then its
    short noun phrase (GENERIC_REACH words at most) and the verb ("ошондой эле Калача
    айылынан 260тан ашуун жумушсуз жаран катышты" after "17 иш берүүчү"); None with no
    number, or another word or mark after the later count's phrase ("... 120 түп көчөт
    тигилди. Чогулган ...": the verb is another clause's). A list of owners
    (OWNERS_LISTED) shares its verb only when the later count is an owner in the
    genitive too and its phrase ends in the noun they own (`_owner_and_owned`)."""
    for m in range(k, min(len(tokens), k + GENERIC_LIST_REACH)):
        if ends_sentence_at(tokens, m):
            return None
        found = number_at(tokens, m)
        if found is not None and found.is_count:
            if rule is rules.OWNERS_LISTED and not _owner_and_owned(tokens, found.last):
                return None  # "20 дүкөндүн жана кафелердин 40 ээси": 40 counts the owners
            return _verb_after_phrase(tokens, found.last + 1)
    return None


def _owner_and_owned(tokens: Tokens, k: int) -> bool:
    """The phrase of a list's later count, from token k on, names an owner in the
    genitive (as the earlier count's noun is: "10 кафенин", "23 боз үй лагеринин") and
    ends, before a mark or a verb of taking part, in a noun in the possessive (what both
    own: "ээлери"); not a count of the owned noun itself ("кафелердин 40 ээси") nor a
    phrase that owns nothing ("10 кафе катышты")."""
    words: list[str] = []
    for m in range(k, min(len(tokens), k + GENERIC_REACH + 1)):
        if tokens[m].kind != "word" or _GENERIC_VERBS.at(tokens, m):
            break
        words.append(tokens[m].low)
    *owners, owned = words or [""]
    return owned.endswith(_POSSESSIVE) and any(noun_ending_case(w) == "genitive" for w in owners)


def _verb_after_phrase(tokens: Tokens, k: int) -> Status | None:
    """The status of a verb of taking part after the words from token k on (at most
    GENERIC_REACH of them, no mark between)."""
    for m in range(k, min(len(tokens), k + GENERIC_REACH + 1)):
        if tokens[m].text == "," and m > k and _names_people(tokens, m - 1):
            return _closed_list_verb(tokens, m + 1)  # "... ээлери, ... болуп 90 адам катышты"
        if tokens[m].kind != "word":
            return None
        if _GENERIC_VERBS.at(tokens, m):
            return status_after(tokens, m) or "unknown"
    return None


def _opens_count(tokens: Tokens, m: int) -> bool:
    """A number in words inside the phrase ("төрт айылынан жүзгө жакын тургун
    катышты"): it opens a count of its own, as digits there would ("төрт айылынан 100гө
    жакын тургун"); the units before it are where its people came from
    (participants.source_units)."""
    found = number_at(tokens, m)
    return found is not None and found.is_count


def _event_noun_after(tokens: Tokens, j: int) -> bool:
    """ "В первых двух семинарах приняли участие ...", "5 тренинг өттү": a number before a
    noun of events counts the events, not who took part in them."""
    tok = tokens[j] if j < len(tokens) else None
    return tok is not None and tok.kind == "word" and tok.low.startswith(_EVENT_STEMS)


def _locative_after(tokens: Tokens, j: int) -> bool:
    """ "балдар үч сменада окуп келишкен", "эки залда": a number before a noun in the
    locative says where or when (in three shifts, in two halls), not who; the subject of
    a verb of taking part has no case ending."""
    tok = tokens[j] if j < len(tokens) else None
    return tok is not None and tok.kind == "word" and noun_ending_case(tok.low) == "locative"


_CONTEST = LEX["contest_entries"]
_ENTRY_VERBS = Phrases(_CONTEST["verbs"])
_CONTEST_STEMS = tuple(w.casefold() for w in _CONTEST["contest_stems"])
_BEFORE_WORDS = frozenset(_CONTEST["before_words"])


def contest_entries(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "Сынакка 120дан ашуун килем тартууланды", "жюринин алдына 3 миңге жакын сүрөт
    тартууланды": a short noun phrase outside the lexicon before a verb of
    entering, the contest or its jury in the nearest dative before the number or
    among the words of the phrase."""
    if num.value is None:
        return None
    named = _contest_dative_before(tokens, reading.start)
    words: list[str] = []
    for m in range(reading.after, min(len(tokens), reading.after + GENERIC_REACH + 1)):
        tok = tokens[m]
        if tok.kind != "word" or is_measure(tok):
            return None
        if _ENTRY_VERBS.at(tokens, m):
            if not words or not named:
                return None
            start, end = tokens[reading.start].start, tokens[m - 1].end
            who = " ".join(words)
            return Found(
                num.value, reading.qualifier, who, "actual", start, end, rules.CONTEST_ENTRY
            )
        if _contest_dative(tokens, m):
            named = True  # "300 шырдак сынакка тартууланды"
        else:
            words.append(tok.low)
    return None


def _contest_dative(tokens: Tokens, k: int) -> bool:
    """Token k names a contest or its jury in the dative ("сынакка", "калыстардын
    алдына")."""
    tok = tokens[k]
    if tok.kind != "word" or noun_ending_case(tok.low) != "dative":
        return False
    if tok.low in _BEFORE_WORDS and k:
        tok = tokens[k - 1]
    return tok.low.startswith(_CONTEST_STEMS)


def _contest_dative_before(tokens: Tokens, start: int) -> bool:
    """The nearest dative before token `start`, in its sentence, names a contest: not
    "Сынакка катышкандарга 10 белек тартууланды" (gifts to those who took part)."""
    plain = tokens.plain
    for k in range(start - 1, max(-1, start - CONTEST_DATIVE_REACH), -1):
        if ends_sentence_at(tokens, k):
            return False
        tok = plain[k]
        if tok.kind == "word" and noun_ending_case(tok.low) == "dative":
            return _contest_dative(tokens, k)
    return False


def entries_submitted(tokens: Tokens, start: int, end: int) -> bool:
    """Entries counted at tokens [start, end) ("11 социалдык долбоорду", "36 өтүнмө")
    with a verb of entering after them, the contest in the nearest dative before them or
    between ("Жаштар 11 долбоорду сынакка коюшту", "Сынакка 11 долбоор тапшырылды"):
    submitted to the contest, its entries (round 37)."""
    named = _contest_dative_before(tokens, start)
    for m in range(end, min(len(tokens), end + GENERIC_REACH + 1)):
        if ends_sentence_at(tokens, m) or tokens[m].kind != "word":
            return False
        if _ENTRY_VERBS.at(tokens, m):
            return named
        named = named or _contest_dative(tokens, m)
    return False


_INVERSION_LEMMAS = frozenset(LEX["approximate_inversion_lemmas"])


def inverted_count(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "На встречу пришло человек пятьдесят", "приняли участие человек двадцать": the
    noun right before a Russian number in words says about so many, with a verb of
    taking part before the noun or after the number."""
    first = num.first
    if num.kind != "words" or num.value is None or reading.start != first or not first:
        return None
    word = read_word(tokens[first].low)
    noun = who_at(tokens, first - 1)
    if word is None or not word.russian or noun is None or noun.last != first:
        return None
    if noun.entry.lemma not in _INVERSION_LEMMAS:
        return None
    status = status_before(tokens, noun.first) or status_after(tokens, reading.after)
    if status is None:
        return None
    start, end = tokens[noun.first].start, tokens[reading.after - 1].end
    return Found(num.value, "about", noun.entry.lemma, status, start, end, rules.INVERTED_COUNT)


_WERE_VERBS = frozenset(LEX["entrants_were_verbs"])


def entrants_were(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "Участников было более 100", "Участников набралось около 50": entrants in the
    Russian genitive plural, a verb of being, then their number."""
    k = reading.start
    if num.value is None or k < 2 or tokens[k - 1].low not in _WERE_VERBS:
        return None
    owner = who_ending_at(tokens, k - 1)
    if owner is None or not owner.ending.russian or owner.entry.lemma not in ENTRANT_LEMMAS:
        return None
    start, end = tokens[owner.first].start, tokens[reading.after - 1].end
    lemma = owner.entry.lemma
    return Found(num.value, reading.qualifier, lemma, "actual", start, end, rules.NAMED_NOUN_COUNT)


def generic_after_verb(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "приняли участие 30 экспертов", "присутствовали 12 полпредов": Russian names the
    verb first; a Russian noun outside the lexicon right after the count (a few adjectives
    between) counts after one of generic_verbs_before, or after "и" joining it to such a
    count ("обучение прошли 38 интервьюеров и 6 инструкторов": the verb is both's)."""
    if num.value is None:
        return None
    if not (
        _GENERIC_VERBS_BEFORE.ending_at(tokens, reading.start)
        or _joined_to_verb_count(tokens, reading.start)
    ):
        return None
    j = after_modifiers(tokens, reading.after)
    if j >= len(tokens) or not _russian_noun(tokens[j]) or tokens[j].low in MODIFIER_JOINERS:
        return None  # "приняли участие 64 и 41 житель": "и" joins the next number
    who = " ".join(t.low for t in tokens[reading.after : j + 1])
    status = status_before(tokens, reading.start) or "unknown"
    start, end = tokens[reading.start].start, tokens[j].end
    return Found(
        num.value, reading.qualifier, who, status, start, end, rules.GENERIC_NOUN_AFTER_VERB
    )


_APPOSITION_DASHES = frozenset(LEX["apposition_dashes"])
# The words a joined count's noun may have before the joiner ("38 опытных интервьюеров и").
_JOINED_NOUN_WORDS = 3


def _joined_to_verb_count(tokens: Tokens, start: int) -> bool:
    """A joiner right before token `start`, after a count of a few words that a verb of
    generic_verbs_before opens ("прошли 38 интервьюеров и 6 ..."): one verb, two counts;
    or a dash setting the same people in another noun ("приняли участие 8 команд – почти
    сотня всадников")."""
    k = start - 1
    if k < 2 or tokens[k].low not in MODIFIER_JOINERS and tokens[k].text not in _APPOSITION_DASHES:
        return False
    for n in range(k - 1, max(-1, k - 2 - _JOINED_NOUN_WORDS), -1):
        if tokens[n].kind == "num":
            return n < k - 1 and _GENERIC_VERBS_BEFORE.ending_at(tokens, n) > 0
        if tokens[n].kind != "word" or ends_sentence_at(tokens, n):
            return False
    return False


_PARTICIPLES_AFTER = tuple(LEX["generic_participles_after_ru"])
_PARTICIPLE_REACH: int = LEX["generic_participle_reach"]


def generic_before_participle(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "около сорока чабанов из двух сел, присутствовавших на встрече, ...": a Russian
    noun outside the lexicon right after the count, then, in its sentence after a comma,
    a participle of taking part (generic_participles_after_ru)."""
    j = after_modifiers(tokens, reading.after)
    if num.value is None or j >= len(tokens) or not _russian_noun(tokens[j]):
        return None
    for m in range(j + 1, min(len(tokens) - 1, j + 1 + _PARTICIPLE_REACH)):
        if ends_sentence_at(tokens, m):
            return None
        if tokens[m].text == "," and tokens[m + 1].low.startswith(_PARTICIPLES_AFTER):
            who = " ".join(t.low for t in tokens[reading.after : j + 1])
            start, end = tokens[reading.start].start, tokens[j].end
            return Found(
                num.value, reading.qualifier, who, "actual", start, end, rules.GENERIC_NOUN
            )
    return None


def _russian_noun(tok: Token) -> bool:
    """A Russian noun in a case form ("экспертов", "ведомств") or an abbreviation ("НПО")."""
    if tok.kind != "word" or is_measure(tok) or _KYRGYZ_LETTERS & set(tok.low):
        return False
    return tok.text.isupper() or tok.low.endswith(_RU_COUNTED_ENDINGS)


def generic_owner_of_taking_part(
    tokens: Tokens, num: NumberMatch, reading: Reading
) -> Found | None:
    """ "30 эксперттин катышуусу менен", "40тан ашык агрономдун катышуусунда": a Kyrgyz
    noun outside the lexicon in the genitive owns a taking part: they take part."""
    j = after_modifiers(tokens, reading.after)
    if num.value is None or j + 1 >= len(tokens):
        return None
    noun, after = tokens[j], tokens[j + 1]
    if noun.kind != "word" or after.kind != "word" or is_measure(noun):
        return None
    if noun_ending_case(noun.low) != "genitive" or not after.low.startswith(PARTICIPATION_STEMS):
        return None
    start, end = tokens[reading.start].start, noun.end
    status = status_after(tokens, j + 1) or "unknown"
    return Found(
        num.value, reading.qualifier, stem_of(noun.low), status, start, end, rules.GENERIC_NOUN
    )
