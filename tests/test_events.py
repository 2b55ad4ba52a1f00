"""Events: kind, duration, when, where and who, from prose, lists and schedule tables."""

from __future__ import annotations

import pytest
import regex

from conftest import SAMPLES, check_linear
from vap_cli import pipeline
from vap_cli.extractors import word_starts
from vap_cli.extractors.events import asides, duration_in, finalise, kinds_in
from vap_cli.extractors.events.kinds import verb_in
from vap_cli.extractors.events.linking import deduplicate, link_participants
from vap_cli.extractors.events.prose import ProseFacts
from vap_cli.models import Document
from vap_cli.record_base import plain
from vap_cli.rx import beginnings_in
from vap_cli.segment.tokens import TokenStream


def parse(text: str) -> Document:
    return pipeline.parse_text(text)


def sample(prefix: str) -> Document:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return pipeline.parse_path(path)


WHOLE_TEXTS = [
    "Нарында семинар-тренингдер өттү. Тегерек үстөл жана коомдук угуулар, онлайн окуу болот.",
    "В Оше состоялся круглый стол; Straße семинар: публичные слушания и двухдневный тренинг.",
]


@pytest.mark.parametrize("text", WHOLE_TEXTS)
def test_kind_words_found_once_for_the_whole_text_are_those_of_each_stretch(text: str) -> None:
    # the token stream's word places: the kinds' first words searched once, each
    # stretch tried at those in it
    stream = TokenStream(text)
    assert kinds_in(text, 0, len(text), stream)
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 5):
            assert kinds_in(text, start, end, stream) == kinds_in(text, start, end)


def test_the_places_of_each_word_set_are_those_a_search_for_it_finds() -> None:
    # TokenStream.starts searches once for the words of all sets (participants',
    # events', organizations'), then keeps each set's own
    sets = word_starts.word_sets().sets
    words = [w for begins in sets for w in begins.words]
    # each word with an ending, in capitals, glued after a letter, cut at the end
    text = " ".join(f"{w}дын {w.upper()}, ж{w} {w[:-1]}" for w in words) + words[0][:-1]
    for sample in (text, *WHOLE_TEXTS, *STRETCH_TEXTS):
        stream = TokenStream(sample)
        for begins in (*sets, *sets):  # again: as kept
            folded = sample.casefold()
            # a search for the set alone, less the places right after a small letter
            expected = (
                None
                if stream.folded is None
                else [
                    k
                    for k in beginnings_in(begins, folded)
                    if not (k and folded[k - 1] in word_starts.NOT_AFTER)
                ]
            )
            assert word_starts.starts(stream, begins) == expected
    assert word_starts.starts(TokenStream(text), word_starts.KIND_BEGINS)


def test_the_word_before_a_kind_word_is_the_one_a_search_before_it_finds() -> None:
    # asides.word_before matches backwards from the word, one try: the same word as a
    # search of the characters before it (at most WORD_REACH) for a word ending in one
    # to three other characters, no line break among them
    forward = regex.compile(r"(\p{L}+)[^\p{L}\n]{1,3}\Z")
    texts = [*WHOLE_TEXTS, *STRETCH_TEXTS, "Кийинки  «жыйын»; мурунку,\nжыйын 12 -- ...   семинар"]
    texts.append("а" * (asides.WORD_REACH + 5) + ", семинар")
    for text in texts:
        for start in range(len(text) + 1):
            before = text[max(0, start - asides.WORD_REACH) : start]
            m = forward.search(before)
            assert asides.word_before(text, start) == (m.group(1).casefold() if m else "")


STRETCH_TEXTS = [
    WHOLE_TEXTS[1],
    "Үч күндүк семинар өткөрүлдү, 2 күндүк тренинг уюштурулат. Эки жумалык курс болот.",
    "Трехдневный семинар состоится в Бишкеке; Straße: пятидневный тренинг проведен.",
]


@pytest.mark.parametrize("text", STRETCH_TEXTS)
def test_verbs_and_durations_found_once_for_the_whole_text_are_those_of_each_stretch(
    text: str,
) -> None:
    # the token stream's word places: the verbs' and durations' beginnings searched
    # once for the text
    stream = TokenStream(text)
    assert verb_in(text, 0, len(text), stream) and duration_in(text, 0, len(text), stream)
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 5):
            fast, slow = verb_in(text, start, end, stream), verb_in(text, start, end)
            assert (fast and fast.span()) == (slow and slow.span())
            assert duration_in(text, start, end, stream) == duration_in(text, start, end)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Нарында бир күндүк семинар-тренингдер болуп өтөт.", "семинар-тренинг"),
        ("Тажрыйба алмашуу сапарынын катышуучулары бөлүшөт.", "тажрыйба алмашуу сапары"),
        ("Беш облуста үч күндүк окуу тренингдери өтөт.", "тренинг"),
        ("Бишкекте семинар өттү.", "семинар"),
        ("Депутаттар үчүн онлайн окуулар уюштурулат.", "онлайн окуу"),
        ("Айылда коомдук угуу өттү.", "коомдук угуу"),
        ("Стратегиянын долбоорун талкуулоо болуп өттү.", "талкуулоо"),
        ("Жолугушууда жыйынтыктар каралды.", "жолугушуу"),
        ("Тегерек үстөл болуп өттү.", "тегерек үстөл"),
        ("В Нарыне прошел круглый стол.", "тегерек үстөл"),
        ("Айылда бюджеттик угуулар өттү.", "коомдук угуу"),
        ("В айылном аймаке прошли публичные слушания по бюджету.", "коомдук угуу"),
        ("Айылдык кеңештин кезектеги сессиясы өттү.", "сессия"),
        ("Баткен шаарында муниципалдык кызматкерлер үчүн курстар өттү.", "курс"),
        ("Муниципалдык кызматкерлер үчүн онлайн курсу өтөт.", "онлайн окуу"),
        ("Ош шаарында жаштар фестивалы өттү.", "фестиваль"),
        ("Айылда отчеттук жыйын өттү.", "жыйын"),
        ("В Оше состоялся двухдневный семинар-тренинг.", "семинар-тренинг"),
        ("Общественные слушания по бюджету прошли в селе.", "коомдук угуу"),
        # round 40: a holiday, a campaign, a race (events.yaml kinds)
        ("Айылда Нооруз майрамы белгиленди.", "майрам"),
        ("Мектепте «Таза короо» акциясы өттү.", "акция"),
        ("В селе прошла акция по посадке деревьев.", "акция"),
        ("Көлдүн жээгинде экомарафон өттү.", "марафон"),
    ],
)
def test_event_kinds(sentence: str, kind: str) -> None:
    assert kinds_in(sentence)[0][0] == kind


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("бир күндүк семинар-тренингдер", 1),
        ("эки күндүк тренингдер", 2),
        ("үч күндүк окуу тренингдери", 3),
        ("беш күндүк окуу", 5),
        ("3 күндүк тренинг", 3),
        ("3-күндүк тренинг", 3),
        ("трехдневный семинар", 3),
        ("двухдневного тренинга", 2),
        ("5-дневный курс", 5),
        ("эки жумалык курс", 14),
        ("тренинг өттү", None),
        ("биринчи күнү", None),
    ],
)
def test_durations(phrase: str, days: int | None) -> None:
    assert duration_in(phrase) == days


def test_sample_000_one_three_day_training_in_five_oblasts() -> None:
    doc = sample("000")
    assert len(doc.events) == 1
    event = doc.events[0]
    assert (event.kind, event.start, event.end, event.duration_days) == (
        "тренинг",
        "2017-11-20",
        "2017-12-25",
        3,
    )
    assert [p.name for p in event.places] == ["Нарын", "Ош", "Ысык-Көл", "Жалал-Абад", "Чүй"]
    assert {p.level for p in event.places} == {"oblast"}
    # The total from a later sentence about the same training; its breakdown hangs off it.
    assert [doc.participants[i].count for i in event.participants] == [385]


def test_sample_002_three_exchange_visits() -> None:
    doc = sample("002")
    visits = [
        (
            e.kind,
            e.start,
            [f"{p.level}:{p.name}" for p in e.places],
            [doc.participants[i].count for i in e.participants],
        )
        for e in doc.events
    ]
    assert visits == [
        ("тажрыйба алмашуу сапары", "--11-21", ["ayil_aimak:Жазы", "district:Өзгөн"], [20]),
        ("тажрыйба алмашуу сапары", "--11-28", ["ayil_aimak:Гүлстан", "district:Ноокат"], [18]),
        ("тажрыйба алмашуу сапары", "--11-30", ["ayil_aimak:Чоң-Алай", "district:Чоң-Алай"], [2]),
    ]


NARYN = [
    ("2017-10-24", "Ат-Башы"),
    ("2017-10-25", "Нарын"),
    ("2017-10-26", "Ак-Талаа"),
    ("2017-11-01", "Жумгал"),
    ("2017-11-02", "Кочкор"),
]
OSH = [
    ("2017-11-08", "Ноокат"),
    ("2017-11-09", "Өзгөн"),
    ("2017-11-10", "Кара-Суу"),
    ("2017-11-13", "Чоң-Алай"),
    ("2017-11-15", "Алай"),
    ("2017-11-16", "Кара-Кулжа"),
    ("2017-11-17", "Араван"),
]


def test_sample_004_exactly_the_twelve_schedule_rows() -> None:
    doc = sample("004")
    # The prose sentence announcing the series (24-октябрь .. 17-ноябрь) is the
    # series the table lists, not a thirteenth event.
    assert len(doc.events) == 12
    assert {e.source for e in doc.events} == {"table"}
    assert {e.kind for e in doc.events} == {"семинар-тренинг"}
    assert {e.venue for e in doc.events} == {"РМА жыйындар залы"}
    assert {e.duration_days for e in doc.events} == {1}  # "бир күндүк" of the series
    rows = {(e.start, e.places[0].name, e.places[1].name) for e in doc.events}
    assert rows == {(d, n, "Нарын") for d, n in NARYN} | {(d, n, "Ош") for d, n in OSH}
    for event in doc.events:
        assert event.start == event.end
        assert [p.level for p in event.places] == ["district", "oblast"]
        # The district is the one under the oblast of its column group.
        assert event.places[0].soate.startswith(event.places[1].soate[:5])


def test_sample_004_naryn_is_the_district_in_naryn_oblast() -> None:
    doc = sample("004")
    naryn = [e for e in doc.events if e.start == "2017-10-25"][0]
    assert (naryn.places[0].level, naryn.places[0].name) == ("district", "Нарын")


def test_series_without_table_stays_an_event() -> None:
    doc = parse(
        "2017-жылдын 24-октябрынан 17-ноябрына чейин Ош жана Нарын облустарында бир күндүк "
        "семинар-тренингдер болуп өтөт.\n"
    )
    assert [(e.kind, e.start, e.end, e.duration_days) for e in doc.events] == [
        ("семинар-тренинг", "2017-10-24", "2017-11-17", 1)
    ]


def test_other_kind_is_not_absorbed_by_the_table() -> None:
    text = (
        "2017-жылдын 20-октябрынан 30-октябрына чейин коомдук угуулар өтөт.\n\n"
        "Семинарлардын графиги:\n\n"
        "Күнү\tРайону\tЖайы\n"
        "24.10.17\tАт-Башы\tРМА залы\n"
        "25.10.17\tКочкор\tРМА залы\n"
    )
    doc = parse(text)
    assert [(e.kind, e.source) for e in doc.events] == [
        ("коомдук угуу", "prose"),
        ("семинар", "table"),
        ("семинар", "table"),
    ]
    assert [p.name for p in doc.events[1].places] == ["Ат-Башы"]


def test_undated_event_needs_an_event_verb() -> None:
    text = (
        "Мыкты тажрыйбалар порталында депутаттар үчүн онлайн окуулар уюштурулат.\n"
        "Алар пландарын талкуулоо боюнча чогулуштарды уюштурууда тажрыйба топтошкон.\n"
    )
    assert [(e.kind, e.start) for e in parse(text).events] == [("онлайн окуу", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event verb as a Russian keyboard types it: о у н for ө ү ң (round 40)
        ("Бугун айылда коомдук угуу болуп отту.", [("коомдук угуу", None)]),
        ("Айыл окмотунда отчеттук жыйын отот.", [("жыйын", None)]),
    ],
)
def test_an_event_verb_typed_on_a_russian_keyboard_says_the_event(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(e.kind, e.start) for e in parse(text).events] == expected


def test_a_campaign_s_lookalike_nouns_are_no_event() -> None:
    # near miss: a shareholder and an excise start like "акция"; "отту" alone says nothing
    text = "Акционерлер жыйналышы отту. Акциз салыгы боюнча маалымат берилди.\n"
    assert [e.kind for e in parse(text).events] == []


def test_russian_prose_event() -> None:
    text = (
        "С 20 по 22 ноября 2019 года в городе Нарын прошел трехдневный семинар "
        "для 45 депутатов местных кенешей.\n"
    )
    (event,) = parse(text).events
    assert (event.kind, event.start, event.end, event.duration_days) == (
        "семинар",
        "2019-11-20",
        "2019-11-22",
        3,
    )
    assert [p.name for p in event.places] == ["Нарын"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С 20 по 25 ноября 2017 года в г. Нарын прошел трехдневный семинар-тренинг "
            "для депутатов местных кенешей.",
            ("семинар-тренинг", "2017-11-20", "2017-11-25", 3, ["city:Нарын"]),
        ),
        (
            # a village keeps the text's spelling of its Russian name
            "10 марта 2018 года в с. Тюп прошел семинар для жителей села.",
            ("семинар", "2018-03-10", "2018-03-10", None, ["village:Тюп"]),
        ),
        (
            "12 апреля 2019 года в Нарынской обл. Ат-Башинском р-не прошел семинар, "
            "т.е. обучение для депутатов, который провел А. Асанов.",
            ("семинар", "2019-04-12", "2019-04-12", None, None),
        ),
    ],
)
def test_abbreviation_dots_do_not_end_the_event_sentence(text: str, expected: tuple) -> None:
    (event,) = parse(text).events
    places = [f"{p.level}:{p.name}" for p in event.places]
    got = (event.kind, event.start, event.end, event.duration_days, places)
    assert got[:4] == expected[:4]
    if expected[4] is not None:
        assert places == expected[4]
    assert event.text == text


def test_event_text_is_its_original_span() -> None:
    for prefix in ("000", "002", "004"):
        doc = sample(prefix)
        original = (SAMPLES / doc.source.split("/")[-1]).read_text(encoding="utf-8")
        for event in doc.events:
            assert original[event.span.start : event.span.end] == event.text


def _events_only(text: str) -> None:
    from vap_cli.extractors import events

    ctx = pipeline.build_context(text)
    for extractor in pipeline.EXTRACTORS[:-1]:
        extractor(ctx)
    events.extract(ctx)


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize(
    "unit",
    [
        "тренинг ",
        "· 21-ноябрь: тренинг\n",
        "Семинар 21-ноябрда өттү. ",
        "Күнү\tРайону\n24.10.17\tАт-Башы\n",
        "үч күндүк ",
        "в г. Нарын прошел семинар. ",
        "А. ",
    ],
)
def test_events_stay_linear(unit: str) -> None:
    # The other extractors run too (events read their results): the budget covers them.
    check_linear(_events_only, unit, size=40_000, budget=20.0)


def test_a_document_without_events_is_left_as_the_linking_would_leave_it() -> None:
    # finalise returns at once without events: the steps it skips change nothing there
    ctx = pipeline.build_context("Нарын шаарында 45 жаш катышты.\nОш шаарында 30 мугалим бар.")
    for extractor in pipeline.EXTRACTORS:
        extractor(ctx)
    assert ctx.participants and not ctx.events
    before = [plain(p) for p in ctx.participants]
    finalise(ctx)
    assert ctx.events == [] and [plain(p) for p in ctx.participants] == before
    ctx.events = deduplicate([])
    link_participants(ctx, ProseFacts(ctx))
    assert ctx.events == [] and [plain(p) for p in ctx.participants] == before
