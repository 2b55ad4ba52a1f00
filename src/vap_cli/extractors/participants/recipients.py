"""The drop tests for counts of people who receive something rather than take part:
beneficiaries of a work or of aid, people a work provides for, and bodies that give aid.
(The other phrase and clause tests are in vetoes.py.)"""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph
from ...lexicon import load
from ...numbers import Token
from .admitted import ADMITTING, ADMITTING_FIRST, admitted_to_programme
from .clause_words import Stems
from .constants import CUE_REACH, STATUS_REACH
from .cues import BENEFICIARY_STEMS, BENEFIT_CUES, GIVEN_CUES, INCIDENT_CUES, cued
from .negation import (
    own_clause,
    own_clause_before,
    own_clause_end,
    own_clause_words,
    sentence_of,
    sentence_words,
    sentence_words_at,
)
from .number_reached import number_reached
from .phrase import Phrase
from .queues import queue_before
from .seasonal_staff import described_at_event, engaged_for_a_season
from .service_object import (
    object_of_kyrgyz_service_verb,
    object_of_service_verb,
)
from .survivors import survived
from .vetoes import AID_STEMS, counts_participants
from .words import (
    ENTRANT_LEMMAS,
    HIRED_STAFF,
    LEX,
    PARTICIPATION_STEMS,
    RESIDENT_LEMMAS,
    UNIT_NOUNS,
    Tokens,
    casefolded,
    first_words,
    folded_phrases,
    folded_stems,
    has_phrase,
    phrase_end,
    who_at,
    who_ending_at,
)
from .workers_taken_on import HIRED_WORKERS, workers_taken_on

# Russian units by their lemma ("10 сел": a genitive plural of no ending).
_RUSSIAN_UNITS = frozenset(LEX["russian_unit_lemmas"])
_AID_OPENS = Stems(AID_STEMS)
_AID_GIVING_STEMS = folded_stems("aid_giving_stems")
_SERVICE = LEX["service_received"]
SERVICE_WORDS = frozenset(w.casefold() for w in _SERVICE["words"])
_SERVICE_NOUNS = frozenset(w.casefold() for w in _SERVICE["nouns_ru"])
_PASSING_STEMS = tuple(w.casefold() for w in _SERVICE["passing_stems"])
_DATIVE_SERVICE_STEMS = Stems([w.casefold() for w in _SERVICE["dative_noun_stems"]])
_CERTIFICATE_STEMS = Stems(folded_stems("certificate_stems"))
_TEST_STEMS = Stems(folded_stems("test_stems"))
_APPLIED = folded_phrases("applied_phrases")
_APPLIED_FIRST = first_words(_APPLIED)
_APPLIED_OPENS = Stems(_APPLIED_FIRST)
_APPLIED_NOT = Stems(folded_stems("applied_not_stems"))
TAKING_PART_STEMS = Stems([w.casefold() for w in _SERVICE["taking_part_stems"]])
_CARRIED_OUT_STEMS = tuple(w.casefold() for w in _SERVICE["carried_out_stems"])
_RECEPTION = folded_phrases("reception_phrases")
_ENROLLED = frozenset(LEX["enrolment_lemmas"])
_GRADE_ENDINGS = tuple(casefolded("enrolment_grade_endings"))
_SIGNED_UP = Stems(folded_stems("enrolment_signup_stems"))
_KINDERGARTENS = folded_phrases("enrolment_kindergartens")
_KINDERGARTENS_FIRST = first_words(_KINDERGARTENS)
# The nouns of those an institution takes on: its staff and an enterprise's workers.
_TAKEN_ON_LEMMAS = HIRED_STAFF | HIRED_WORKERS
_HIRING = folded_phrases("hiring_phrases")
# The phrases' first stems (`words.has_phrase`).
_RECEPTION_FIRST = first_words(_RECEPTION)
_RECEPTION_OPENS = Stems(_RECEPTION_FIRST)
# The passive of receiving right after the people's noun: they were received ("1 140
# жаран кабыл алынып"; round 48).
_RECEIVED_AFTER = folded_phrases("reception_received_after")
# ... its bare participle ("алынган"): before a word it describes that word's noun.
_RECEIVED_PARTICIPLES = frozenset(
    morph.inflect(phrase[-1], "participle") for phrase in _RECEIVED_AFTER
)
# Who is so received: residents and citizens.
_RECEIVED_LEMMAS = RESIDENT_LEMMAS | frozenset(LEX["citizen_lemmas"])
_RECEIVED_BEFORE = casefolded("reception_received_before")
# ... unless their clause names taking part ("участие приняли 30 жителей")
_TAKING_PART_OPENS = Stems(PARTICIPATION_STEMS)
_ALUMNI = frozenset(LEX["alumni_lemmas"])
_STUDIED = folded_phrases("alumni_phrases")
_BOUGHT_AT_PRICE = folded_phrases("bought_at_price_phrases")
_BOUGHT_AT_PRICE_FIRST = first_words(_BOUGHT_AT_PRICE)
_STUDIED_FIRST = first_words(_STUDIED)
_NOT_STUDIED = tuple(casefolded("alumni_phrase_not"))
_HIRING_FIRST = first_words(_HIRING)
_HIRING_OPENS = Stems(_HIRING_FIRST)
_HIRING_LONGEST = max(len(phrase) for phrase in _HIRING)
_FUNDING = folded_phrases("funding_phrases")
_FUNDING_FIRST = first_words(_FUNDING)
_FUNDING_OPENS = Stems(_FUNDING_FIRST)
_ENTRIES = frozenset(LEX["entry_lemmas"])
_SUPPLIED_STEMS = folded_stems("supplied_to_dative_stems")
_SUPPLIED_OPENS = Stems(_SUPPLIED_STEMS)
_ELECTORATE = folded_phrases("electorate_phrases")
_ELECTORATE_FIRST = first_words(_ELECTORATE)
_ELECTORATE_OPENS = Stems(_ELECTORATE_FIRST)
# Nouns of another event (participation.yaml's counted events, the one-word stems of the
# event kinds in events.yaml; a phrase's first word, "айыл" of "айыл жыйын", is no event):
# named between a reception and a count, they hold the count ("Прием граждан
# завершился, затем в собрании участвовали 45 человек").
_OTHER_EVENT_STEMS = folded_stems("events_counted_stems") + tuple(
    dict.fromkeys(
        stem.casefold()
        for stems in load("events")["kinds"].values()
        for stem in stems
        if " " not in stem
    )
)


def _taking_part_or_reached(tokens: Tokens, p: Phrase) -> bool:
    """The count is of people taking part, helping, or of a number reached: no one
    benefits (participants.beneficiaries, participants.struck_by_incident)."""
    if p.end < len(tokens) and tokens[p.end].low.startswith(PARTICIPATION_STEMS):
        return True  # "180 депутаттын катышуусу камсыз кылынсын": their taking part
    # "15 жигит келип жардам берген": they help; "саны 80 адамга жетти": how many they are
    return gives_aid(tokens, p) or number_reached(tokens, p)


def struck_by_incident(tokens: Tokens, p: Phrase) -> bool:
    """ "120 окуучу аман калды", "отселены 18 человек": survivors or people moved out of
    their homes (survivors.survived), asked right before `beneficiaries` (revfix58)."""
    return not _taking_part_or_reached(tokens, p) and survived(tokens, p)


def incident_cued(tokens: Tokens, p: Phrase) -> bool:
    """ "Более 500 жителей пострадали", "5 адам кармалды": a word of an incident
    (`incident_stems`, `incident_words`) after the count or the nearest cue before it,
    read as `beneficiaries` reads its cues (`cues.cued`), asked right after it: people an
    incident struck, no beneficiaries (left65)."""
    return not _taking_part_or_reached(tokens, p) and cued(tokens, p, INCIDENT_CUES)


def beneficiaries(tokens: Tokens, p: Phrase) -> bool:
    """ "12 000ден ашуун тургун таза сууга ээ болот", "помощь оказана 3 тысячам
    жителей": people who benefit or receive aid."""
    if _taking_part_or_reached(tokens, p):
        return False
    if has_phrase(own_clause(tokens, p), _BOUGHT_AT_PRICE, _BOUGHT_AT_PRICE_FIRST):
        return True  # "80 фермер үрөндү арзан баада сатып алышты": a subsidy's buyers
    dative = p.head.ending.case == "dative" and p.head.entry.lemma not in ENTRANT_LEMMAS
    # "12 ардагерге үй берилди", "4 200 тургунга кызмат көрсөтөт" (round 28)
    return cued(tokens, p, GIVEN_CUES if dative else BENEFIT_CUES)


_QUOTATIVES = casefolded("quotative_words")


def reported_benefit(tokens: Tokens, p: Phrase) -> bool:
    """ "Аянтчадан жылына 2 000дей бала пайдаланат деп күтүлүүдө": the count's own clause,
    closed by the quotative "деп", ends in a verb of benefiting (`beneficiary_stems`);
    the status after "деп" (expected) frames the report, no verb of the count's own. A
    verb of taking part there keeps the count ("300 жаш катышат деп күтүлөт")."""
    if not tokens.words_after(p.end, STATUS_REACH).has(_QUOTATIVES):
        return False  # (no quotative: no clause it closes)
    clause = tokens.clause_after(p.end, STATUS_REACH)
    k = next((n for n, tok in enumerate(clause) if tok.low in _QUOTATIVES), 0)
    words = [tok.low for tok in clause[:k] if tok.kind == "word"]
    if not words or any(w.startswith(PARTICIPATION_STEMS) for w in words):
        return False
    return words[-1].startswith(BENEFICIARY_STEMS)


def gives_aid(tokens: Tokens, p: Phrase) -> bool:
    """ "15 жигит келип жардам берген", "30 студент жардам көрсөттү": people counted in the
    nominative, then the word for aid and a verb of giving it in their clause: they help
    at the work (the subject), whatever the verb's number."""
    if p.head.ending.case is not None or p.head.entry.lemma in UNIT_NOUNS:
        return False
    if not tokens.words_after(p.end, CUE_REACH).starts(_AID_OPENS):
        return False  # (no word of aid in the clause)
    clause = tokens.clause_after(p.end, CUE_REACH)
    return any(
        tok.kind == "word"
        and tok.low.startswith(AID_STEMS)
        and k + 1 < len(clause)
        and clause[k + 1].low.startswith(_AID_GIVING_STEMS)
        for k, tok in enumerate(clause)
    )


def aid_given_to(tokens: Tokens, p: Phrase) -> bool:
    """ "Жаштар 30 үй-бүлөгө жардам беришти": a count in the dative right before the word
    for aid is who is helped, whatever the verb (its subject helps: "40 ыктыярчы жардам
    беришти" takes part)."""
    return p.head.ending.case == "dative" and _aid_word_after(tokens, p)


def bodies_helping(tokens: Tokens, p: Phrase) -> bool:
    """ "Фестивалга 20 уюм жардам беришти": bodies, the subject before the word for aid,
    give aid or support, as sponsors and partners do (the organisers are not counted
    either); people who help at the work take part ("40 ыктыярчы жардам беришти"), and so
    do bodies people come from ("Долбоордун жардамы менен 40 айыл өкмөтүнөн ...")."""
    return (
        p.head.entry.lemma in UNIT_NOUNS
        and p.head.ending.case is None
        and _aid_word_after(tokens, p)
    )


def _aid_word_after(tokens: Tokens, p: Phrase) -> bool:
    """The word right after the counted phrase is the word for aid ("жардам")."""
    return (
        p.end < len(tokens)
        and tokens[p.end].kind == "word"
        and tokens[p.end].low.startswith(AID_STEMS)
    )


def enrolled_pupils(tokens: Tokens, p: Phrase) -> bool:
    """ "Биринчи класска 40 бала кабыл алынды", "5 миңден ашуун бала 1-класска барды":
    pupils admitted to a school or to its first grade (a grade in the dative, or the
    phrase of admitting, in the count's sentence), or signed up to a kindergarten ("в
    детский сад записано 80 детей"; accleft), are its roster, not who took part."""
    if p.head.entry.lemma not in _ENROLLED or admitted_to_programme(tokens, p):
        return False  # (admitted to a camp or a course: who take part)
    sentence = sentence_of(tokens, p)
    return (
        any(tok.low.endswith(_GRADE_ENDINGS) for tok in sentence)
        or has_phrase(sentence, ADMITTING, ADMITTING_FIRST)
        or _signed_up_to_a_kindergarten(tokens, p)
    )


def _signed_up_to_a_kindergarten(tokens: Tokens, p: Phrase) -> bool:
    """ "в детский сад записано 80 детей": a stem of signing up and a kindergarten after "в"
    or in the dative in the count's own clause (`enrolment_kindergartens`); not a club, a
    course or a school, which also names a course ("На кружок записались 30 детей", "в
    школу молодого лидера записались 30 школьников")."""
    return own_clause_words(tokens, p).starts(_SIGNED_UP) and has_phrase(
        own_clause(tokens, p), _KINDERGARTENS, _KINDERGARTENS_FIRST
    )


def school_alumni(tokens: Tokens, p: Phrase) -> bool:
    """ "Сиздин колуңуздан миңден ашуун бүтүрүүчү билим алды", "школу окончили более 3 000
    выпускников": graduates who studied at or finished a school (a phrase of it in the
    count's own clause) are its output over the years, not who took part."""
    if p.head.entry.lemma not in _ALUMNI:
        return False
    if says_taking_part(tokens, p):
        return False
    studied = [tok for tok in own_clause(tokens, p) if not tok.low.startswith(_NOT_STUDIED)]
    return has_phrase(studied, _STUDIED, _STUDIED_FIRST)


def says_taking_part(tokens: Tokens, p: Phrase) -> bool:
    """A word of taking part in the count's sentence ("200 бүтүрүүчү катышты, алар ...
    билим алышкан", "30 мугалим катышып, ишке алынган ..."): a phrase of studying or
    hiring there is another clause's, as for a service's recipients."""
    return sentence_words(tokens, p).starts(TAKING_PART_STEMS)


def hired_staff(tokens: Tokens, p: Phrase) -> bool:
    """ "24 мугалим ишке кабыл алынды", "на работу приняты 12 учителей": an
    institution's staff taken on to work (the phrase of hiring in the count's own clause)
    are its roster, as the pupils it admits are, not who took part; so are staff drawn in
    for a season of its work (seasonal_staff.engaged_for_a_season). Not staff whose hiring,
    a participle, only describes them in a clause naming an event ("ишке келген 7 дарыгер
    үчүн тренинг өттү": its trainees; seasonal_staff.described_at_event)."""
    lemma = p.head.entry.lemma
    if lemma not in _TAKEN_ON_LEMMAS or says_taking_part(tokens, p):
        return False
    clause = own_clause(tokens, p)
    if lemma in HIRED_WORKERS:
        return workers_taken_on(clause)
    if sentence_words(tokens, p).starts(_HIRING_OPENS):
        hiring_end = phrase_end(clause, _HIRING, _HIRING_FIRST)
        if hiring_end is not None:  # not staff the hiring describes at an event (revfixl57)
            phrase = clause[max(0, hiring_end - _HIRING_LONGEST) : hiring_end]
            return not described_at_event(phrase, clause)
    # staff drawn in for the season ("жайкы сезонго 15 тарбиячы тартылды"; left57)
    return engaged_for_a_season(own_clause_before(tokens, p.start), clause)


def electorate(tokens: Tokens, p: Phrase) -> bool:
    """ "Всего жителей села, имеющих право голоса: 1 034 чел.": people counted by their
    right to vote (a phrase of it in the count's sentence) are an electorate, the
    registered voters, not who took part (asked with no verb of taking part)."""
    return sentence_words(tokens, p).starts(_ELECTORATE_OPENS) and has_phrase(
        sentence_of(tokens, p), _ELECTORATE, _ELECTORATE_FIRST
    )


def entries_funded(tokens: Tokens, p: Phrase) -> bool:
    """ "Кеминде 8 долбоор колдоого алынат", "будут поддержаны 12 проектов": entries
    (contest entries, projects) a phrase of funding or supporting in the count's own
    clause names are the contest's grants, as its winners are, not entries submitted."""
    return (
        (p.head.entry.lemma in _ENTRIES or _units_owning_entries(tokens, p))
        and sentence_words(tokens, p).starts(_FUNDING_OPENS)
        and has_phrase(own_clause(tokens, p), _FUNDING, _FUNDING_FIRST)
    )


def _units_owning_entries(tokens: Tokens, p: Phrase) -> bool:
    """ "25 айыл аймак долбоорун": units with no case of their own right before an
    entry's noun (lexicon `entry_lemmas`, read as the who-nouns they are) are the units
    whose entries they are."""
    if p.head.entry.lemma not in UNIT_NOUNS or p.head.ending.case is not None:
        return False
    entry = who_at(tokens, p.end) if p.end < len(tokens) else None
    return entry is not None and entry.entry.lemma in _ENTRIES


def reception_visitors(tokens: Tokens, p: Phrase) -> bool:
    """ "Аким провел прием граждан, на который записались 27 человек": people who come
    to an official's reception of citizens (a phrase of reception_phrases earlier in
    the count's sentence) are served there, as those who appeal are; unless another
    event is named between the reception and the count ("Прием граждан завершился,
    затем в собрании участвовали 45 человек": the meeting's). People the passive of
    receiving follows are received too, citizens and residents ("Былтыр 230 жаран кабыл
    алынып ...": round 48; "на приеме были приняты 40 граждан", the Russian passive right
    before them: acc48b), not participants admitted to an event."""
    if p.head.entry.lemma in _RECEIVED_LEMMAS and (
        _received_right_after(tokens, p.end) or _received_right_before(tokens, p)
    ):
        return True
    if not tokens.words_before(p.start, CUE_REACH).starts(_RECEPTION_OPENS):
        return False  # (no word opens a phrase of reception: none stands there)
    before = tokens.clause_before(p.start, CUE_REACH)
    end = phrase_end(before, _RECEPTION, _RECEPTION_FIRST)
    if end is None:
        return False
    return not any(
        tok.kind == "word" and tok.low.startswith(_OTHER_EVENT_STEMS) for tok in before[end:]
    )


def _received_right_before(tokens: Tokens, p: Phrase) -> bool:
    """The Russian verb of receiving right before the count (`reception_received_before`:
    "принято 35 жителей", "аким принял 25 граждан"), its own clause naming no taking part
    (`participation_stems`: "В акции участие приняли 25 граждан" took part; revfixleft)."""
    return (
        p.reading.start > 0
        and tokens[p.reading.start - 1].low in _RECEIVED_BEFORE
        and not own_clause_words(tokens, p).starts(_TAKING_PART_OPENS)
    )


def _received_right_after(tokens: Sequence[Token], k: int) -> bool:
    """A phrase of `reception_received_after` (stems, word by word) opens at token k and
    says what befell the people: not its bare participle right before another word, which
    describes that word's noun ("45 тургун кабыл алынган токтомду талкуулашты": the
    resolution was adopted, the residents discussed it)."""
    for phrase in _RECEIVED_AFTER:
        last = k + len(phrase) - 1
        if last < len(tokens) and all(
            tokens[k + n].low.startswith(stem) for n, stem in enumerate(phrase)
        ):
            return not _describes_next(tokens, last)
    return False


def _describes_next(tokens: Sequence[Token], k: int) -> bool:
    """The bare participle at token k ("алынган") with a word right after it."""
    return (
        tokens[k].low in _RECEIVED_PARTICIPLES
        and k + 1 < len(tokens)
        and tokens[k + 1].kind == "word"
    )


def carried_out(words: list[str], k: int) -> bool:
    """The service word at k is followed by the causative of "өт-": "текшерүүдөн
    өткөрдү" (they examined others), so the count is of who carried it out."""
    return k + 1 < len(words) and words[k + 1].startswith(_CARRIED_OUT_STEMS)


def service_received(tokens: Tokens, p: Phrase) -> bool:
    """ "2 500 бала эмдөөдөн өттү", "осмотр прошли 1 500 жителей", "у 212 человек
    выявлен диабет": people a medical (or other) service is carried out on are its
    recipients, as aid's are, whatever the verb; not who carry it out ("Эмдөөгө 62 медик
    тартылды"), nor in a sentence with a word of taking part. The service's word stands in
    the count's own clause: another clause's service is not theirs ("Выявлено 5 нарушений,
    на сход пришли 40 жителей", "Балдар эмдөөдөн өткөндөн кийин, майрамга 150 ата-эне
    келди"). A Russian active verb of the service before the count in its own clause makes
    it the object, who were served ("Врачи осмотрели 400 жителей"; round 52)."""
    if says_taking_part(tokens, p):
        return False
    if object_of_service_verb(tokens, p) or object_of_kyrgyz_service_verb(tokens, p):
        return True  # "Врачи осмотрели 400 жителей": the verb's object, who were served
    # (each case below needs a word of the service in the own clause, a part of the
    # sentence, whose words are asked first)
    sentence = sentence_words(tokens, p)
    dative = p.head.ending.case == "dative" and sentence.starts(_DATIVE_SERVICE_STEMS)
    if not (dative or sentence.has(SERVICE_WORDS) or sentence.has(_SERVICE_NOUNS)):
        return False
    own = own_clause_words(tokens, p)
    if dative and own.starts(_DATIVE_SERVICE_STEMS):
        return True  # "23 адамга кошумча текшерүү сунушталды": given the service
    if not (own.has(SERVICE_WORDS) or own.has(_SERVICE_NOUNS)):
        return False
    words = [tok.low for tok in own_clause(tokens, p) if tok.kind == "word"]
    return any(
        (w in SERVICE_WORDS and not carried_out(words, k))
        or (
            w in _SERVICE_NOUNS
            and any(n.startswith(_PASSING_STEMS) for n in words[max(0, k - 1) : k + 2])
        )
        for k, w in enumerate(words)
    )


def supplied_to(tokens: Tokens, p: Phrase) -> bool:
    """ "150 үй-бүлөгө жарык тартылды", "70 карыяга отун жеткирилди": a count
    in the dative with a passive verb of laying or delivering after it in its own clause
    (lexicon `supplied_to_dative_stems`): a thing is laid or brought to them, its subject;
    they are recipients. Not a noun of those who take part (vetoes.counts_participants:
    "Семинардын 40 катышуучусуна материалдар жеткирилди", its participants given a thing),
    nor people drawn in ("90 үй-бүлөнүн өкүлдөрү жыйынга тартылды": the count in the
    nominative, the dative the work)."""
    if p.head.ending.case != "dative" or counts_participants(p):
        return False
    if not sentence_words(tokens, p).starts(_SUPPLIED_OPENS):
        return False  # (none in its sentence, of which the clause after the count is a part)
    after = tokens.clause_after(p.end, STATUS_REACH)[: own_clause_end(tokens, p.end)]
    return any(tok.kind == "word" and tok.low.startswith(_SUPPLIED_STEMS) for tok in after)


_ACCESS_NOUNS = folded_stems("access_nouns")
_ACCESS_NOUN_STEMS = Stems(_ACCESS_NOUNS)
_ACCESS_RECEIVING = casefolded("access_receiving_verbs")
_ACCESS_PREDICATES = casefolded("access_predicates")
# "Доступ к районной больнице получили": at most this many words between the access noun
# and its verb of receiving, no punctuation between (its object, an attribute or two).
_ACCESS_OBJECT_REACH = 4


def access_gained(tokens: Tokens, p: Phrase) -> bool:
    """People who gain access to a good or a service: an access noun and a finite verb
    of receiving that takes it (`_access_received`) in the count's sentence ("Доступ к
    воде получат 3 тысячи жителей, в том числе 800 школьников"), or the Kyrgyz predicate
    of access in its clause after it ("1 200 тургун үчүн таза суу жеткиликтүү болду"):
    its beneficiaries. Access named with another verb is talked about ("Доступ к
    интернету обсудили 30 депутатов"), as is one to get ("обсудили, как получить доступ")
    or a verb of receiving of another thing ("получили слово"; revfix51)."""
    if tokens.words_after(p.end, STATUS_REACH).has(_ACCESS_PREDICATES):
        return True
    if not sentence_words(tokens, p).starts(_ACCESS_NOUN_STEMS):
        return False  # the stretch `_access_received` reads holds no access noun
    after = tokens.clause_after(p.end, STATUS_REACH)
    return _access_received((*tokens.clause_before(p.start, CUE_REACH), *after))


def _access_received(stretch: Sequence[Token]) -> bool:
    """An access noun and a finite verb of receiving (lexicon `access_receiving_verbs`:
    "получили", not the infinitive "получить") at most `_ACCESS_OBJECT_REACH` words
    apart with no punctuation between: the verb takes the access as its object."""
    noun_at: int | None = None
    verb_at: int | None = None
    words = 0
    reach = _ACCESS_OBJECT_REACH + 1  # the words between, and the verb itself
    for tok in stretch:
        if tok.kind == "punct":
            noun_at = verb_at = None
            continue
        if tok.kind != "word":
            continue
        words += 1
        if tok.low.startswith(_ACCESS_NOUNS):
            noun_at = words
        elif tok.low in _ACCESS_RECEIVING:
            verb_at = words
        if noun_at is not None and verb_at is not None and abs(noun_at - verb_at) <= reach:
            return True
    return False


def waiting_for_service(tokens: Tokens, p: Phrase) -> bool:
    """ "Очередь в детские сады составляет более 900 детей", "120дан ашуун ата-эне арыз
    берген": people in a queue for a service (its noun in the count's clause before it)
    or who applied for it (a phrase of applying in the count's own clause) are its
    applicants, not who take part; not an application to a contest, nor in a sentence
    of taking part ("Сынакка 40 жаш арыз берди": a contest's entrants)."""
    if sentence_words(tokens, p).starts(_APPLIED_NOT):
        return False
    if queue_before(tokens, p):
        return True
    return sentence_words(tokens, p).starts(_APPLIED_OPENS) and has_phrase(
        own_clause(tokens, p), _APPLIED, _APPLIED_FIRST
    )


def passed_a_test(tokens: Tokens, start: int, end: int) -> bool:
    """The count at tokens [start, end) got certificates after an exam or a test named in
    its sentence ("52 из 58 участников получили сертификаты" after "завершился
    экзаменом", "сертификаты получили 39 человек, сдавших итоговый тест"): those who
    passed, as winners are, not a count of who took part (rounds 31 and 39)."""
    words = sentence_words_at(tokens, start, end)
    return words.starts(_CERTIFICATE_STEMS) and words.starts(_TEST_STEMS)


def part_given_service(tokens: Tokens, end: int) -> bool:
    """ "1 300 адам текшерүүдөн өтүп, алардын 86сы дарыланууга жөнөтүлдү": a part of those
    named before (its number ending at token `end`) with a service's word in its own
    clause after it is that service's recipients too, whatever its verb (round 33)."""
    after = tokens.clause_after(end, STATUS_REACH)
    cut = next((n for n, tok in enumerate(after) if tok.text in _CLAUSE_MARKS), len(after))
    return any(tok.low in SERVICE_WORDS for tok in after[:cut])


_CLAUSE_MARKS = frozenset(",;")


def addressed_units(tokens: Tokens, p: Phrase) -> bool:
    """ "поручил акимам трех районов", "помощь жителям пяти сел": units counted in the
    Russian genitive after people in the dative plural, whom an order or aid is addressed
    to, not who take part (round 27; "акимы трех районов приняли участие" count). A
    Kyrgyz unit's name as a Russian text keeps it ("главам 12 айыл окмоту") is one when
    the people before it are in a Russian case (round 58)."""
    lemma = p.head.entry.lemma
    if lemma not in UNIT_NOUNS:
        return False
    owner = who_ending_at(tokens, p.reading.start)  # (it may open the phrase)
    if owner is None or not (
        p.head.ending.russian or lemma in _RUSSIAN_UNITS or owner.ending.russian
    ):
        return False
    return tokens[owner.last - 1].low.endswith(morph.RU_DATIVE_PLURAL_ENDINGS)
