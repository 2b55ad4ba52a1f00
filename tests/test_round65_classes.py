"""Classes that held-out round 65 showed (acc65), each with team-written sentences: at
least two that must give (or drop) the record by the named rule, and a near miss that
must not. None of the sentences is a round 65 page's or a real page's."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import explain_text, parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country"}


def dates(text: str) -> list[tuple[str, str]]:
    return [(d.start, d.end) for d in parse_text(text).dates]


def decided(text: str, code: str, *, kept: bool) -> list[str]:
    """The texts a rule kept or dropped (explain's decisions)."""
    return [d.text for d in explain_text(text)[1] if d.rule.code == code and d.kept is kept]


# --- dates.row_value_over_month: a table's rows "month — number", one under another -------


@pytest.mark.parametrize(
    "text",
    [
        "Кайрылуулардын саны:\nЯнварь — 23\nФевраль — 31\nМарт — 17\nАпрель — 9",
        "Обращения по месяцам:\nмай: 12 | июнь: 19\nиюль: 8 | август: 4",
    ],
)
def test_a_rows_number_over_the_next_rows_month_is_no_date(text: str) -> None:
    assert dates(text) == []
    assert decided(text, "dates.row_value_over_month", kept=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date the width broke over two lines: no row's separator around it
        ("Прием заявок продлится до 18\nноября 2025 года.", [("2025-11-18", "2025-11-18")]),
        # the month goes on with the sentence, no next row's label after it
        ("Отчет сдается до 14\nфевраля в отдел кадров.", [("--02-14", "--02-14")]),
        # a label and a dash around the broken date, but no month's label before the day:
        # no table of months (revfix65)
        ("Срок подачи: 14\nфевраля - последний день.", [("--02-14", "--02-14")]),
        ("Кабыл алуу мөөнөтү: 9\nмарт - акыркы күн.", [("--03-09", "--03-09")]),
    ],
)
def test_near_miss_a_date_broken_over_lines_stays(text: str, expected: list) -> None:
    assert dates(text) == expected


# --- dates.issued_header_or_footer: a press service's signature closed by a stop or dash ---

_BODY_KY = (
    "Айыл өкмөтүндө жыйын болду\n\nАйыл өкмөтүнүн имаратында тургундар менен жолугушуу"
    " өттү. Анда суу маселеси талкууланды.\n\n"
)
_BODY_RU = (
    "Совещание по паводкам\n\nВ здании мэрии прошло совещание по подготовке к паводкам."
    " Обсуждены меры по очистке арыков.\n\n"
)


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            _BODY_KY + "Ноокат райондук администрациясынын маалымат кызматы. 14.03.2025",
            "2025-03-14",
        ),
        (_BODY_RU + "Пресс-служба мэрии Каракола — 5 декабря 2024 г.", "2024-12-05"),
    ],
)
def test_a_signature_closed_by_a_stop_or_dash_dates_the_page(text: str, issued: str) -> None:
    assert parse_text(text).issued == issued


def test_near_miss_a_sentence_closed_by_a_stop_before_a_date_signs_nothing() -> None:
    text = _BODY_KY + "Кийинки жолугушуу өтөт. 14.03.2025"
    assert parse_text(text).issued is None


def test_near_miss_an_event_date_opening_the_next_sentence_is_not_issued() -> None:
    # the signature's full stop, then a sentence that opens with its event's date
    text = _BODY_KY + "Айыл өкмөтүнүн маалымат бөлүмү. 21.04.2025-жылы кийинки жыйын өтөт."
    doc = parse_text(text)
    assert doc.issued is None
    assert dates(text) == [("2025-04-21", "2025-04-21")]


# --- phones: a trunk prefix written apart from its code in a slash group ------------------


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Байланыш үчүн: 0 555 / 0 700 12-34-56", ["+996555123456", "+996700123456"]),
        ("Тел.: 0 772 / 0 502 40-50-60, кабыл алуу бөлүмү.", ["+996772405060", "+996502405060"]),
    ],
)
def test_codes_sharing_a_subscriber_with_a_spaced_trunk_prefix(text: str, phones: list) -> None:
    assert parse_text(text).contacts.phones == phones


def test_near_miss_a_short_service_number_shares_no_subscriber() -> None:
    assert parse_text("Кезметчи: 112 / 0 700 12-34-56").contacts.phones == []


# --- urls.social_counter_line: a channel's counter line joined to its name by normalising --


@pytest.mark.parametrize(
    "text",
    [
        # Kyrgyz subscribers, "the registered", under a channel name long enough that
        # normalising joins the two lines (the small letter of "t.me")
        "Ат-Башы райондук мамлекеттик администрациясынын расмий каналы\n"
        "t.me/atbashy_rma · 1 250 катталгандар\n\nЭртең райондо ыктыярчылар менен жолугушуу болот.",
        "Пресс-служба администрации Ноокатского района Ошской области\n"
        "t.me/nookat_press · 3 100 подписчиков\n\nЗавтра в районе пройдет встреча с волонтерами.",
        "Жаңылыктар\nt.me/jumgal_info · 980 катталгандар\n\nЭртең жолугушуу болот.",
    ],
)
def test_a_channels_counter_line_is_chrome(text: str) -> None:
    assert parse_text(text).contacts.urls == []
    assert decided(text, "urls.social_counter_line", kept=False)


def test_near_miss_a_counter_a_sentence_goes_on_from_is_prose() -> None:
    # "катталган" (registered) at a wrapped line's end, the sentence going on below it:
    # only a counter line closing the joined line is the page's counter (revfix65)
    text = (
        "Райондо жолугушуу болду\n\nСел жүргөндөн кийин kochkor.kg сайтында 300 катталган\n"
        "үй-бүлөгө гуманитардык жардам таратылды.\n"
    )
    assert parse_text(text).contacts.urls == ["kochkor.kg"]
    assert not decided(text, "urls.social_counter_line", kept=False)


def test_near_miss_a_channel_link_in_the_text_is_a_url() -> None:
    text = (
        "Эртең райондо жолугушуу болот. Кошумча маалыматты биздин каналдан окуй аласыздар\n"
        "t.me/atbashy_rma\n"
    )
    assert parse_text(text).contacts.urls == ["t.me/atbashy_rma"]


# --- places.road_to_a_landform: the road to a lake or pass named like a settlement --------


@pytest.mark.parametrize(
    "text",
    [
        "Кочкор районунда Соң-Көлгө алып баруучу жолдо кар тазаланды.",
        "Жайында Кочкор районунан Соң-Көлгө чейинки жолго асфальт төшөлөт.",
    ],
)
def test_a_road_to_a_lake_or_pass_names_no_settlement(text: str) -> None:
    assert places(text) == {"district:Кочкор"}
    assert decided(text, "places.road_to_a_landform", kept=False)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Кочкор районунда Соң-Көл айыл аймагына баруучу жол оңдолду.", "ayil_aimak:Соң-Көл"),
        ("Кочкор районунда Калмак-Ашуу айылына баруучу жол оңдолду.", "village:Калмак-Ашуу"),
    ],
)
def test_near_miss_a_typed_settlement_at_the_roads_end_stays(text: str, unit: str) -> None:
    assert unit in places(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a village's name ending in a lake's or a pass's noun: a road leads to a village
        ("Кочкор районунда Ара-Көлгө баруучу жол оңдолду.", "village:Ара-Көл"),
        ("Кемин районунда Калмак-Ашууга кетчү жолдо көпүрө курулду.", "village:Калмак-Ашуу"),
    ],
)
def test_near_miss_a_bare_village_at_the_roads_end_stays(text: str, unit: str) -> None:
    assert unit in places(text)
    assert not decided(text, "places.road_to_a_landform", kept=False)


# --- persons.lone_surname_in_place: a surname inside a unit named after a person ----------


@pytest.mark.parametrize(
    "text",
    [
        "Төрөгелди Балтагулов жана Ак-Коргон айыл аймактарынын тургундары жыйналышты.",
        "Төрөгелди Балтагулов менен Ак-Коргон айыл аймактарына жол салынат.",
    ],
)
def test_a_surname_inside_a_units_name_is_no_person(text: str) -> None:
    doc = parse_text(text)
    assert doc.persons == []
    assert "ayil_aimak:Төрөгелди Балтагулов" in places(text)
    assert decided(text, "persons.lone_surname_in_place", kept=False) == ["Балтагулов"]


def test_near_miss_a_lone_surname_opening_a_sentence_stays_a_person() -> None:
    text = "Ала-Бука районунда жыйын өттү. Балтагулов жаңы мектеп курууну сунуштады."
    assert [p.name for p in parse_text(text).persons] == ["Балтагулов"]


# --- participants: "кел" after the converb of living or working is an auxiliary ----------


@pytest.mark.parametrize(
    "text",
    [
        "Тоо этегиндеги айылда 40 үй-бүлө жашап келет.",
        # the converb of working before the auxiliary: have been working (fix65)
        "Базарда он жылдан бери 25 сатуучу иштеп келет.",
        "Бул чарбада 30 үй-бүлө мал багып иштеп келишет.",
    ],
)
def test_living_on_is_no_coming(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйынга айылдан 40 тургун келди.", [(40, "exact")]),
        ("Ысык-Көлгө тажрыйба алмашууга 15 депутат барып келишти.", [(15, "exact")]),
        # the converb of working before the count, an event's verb of coming after it
        ("Жармаңкеге башка райондордо иштеп жүргөн 25 сатуучу келишти.", [(25, "exact")]),
    ],
)
def test_near_miss_coming_and_going_there_and_back_take_part(text: str, expected: list) -> None:
    assert counts(text) == expected


# --- participants.distributive: a per-unit figure set off by a dash after the invited -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На семинар приглашены специалисты районных отделов образования Нарынской"
            " области — по 2 человека от каждого района.",
            [(2, "exact")],
        ),
        (
            "Для участия в форуме направлены молодые лидеры айыл окмоту Жумгальского района"
            " — по 4 человека от каждого.",
            [(4, "exact")],
        ),
    ],
)
def test_a_per_unit_figure_restating_the_invited_counts(text: str, expected: list) -> None:
    assert counts(text) == expected


def test_near_miss_a_per_unit_size_with_no_verb_of_inviting() -> None:
    text = (
        "В отряде работали студенты колледжа из Нарынской и Таласской областей — по 5"
        " человек в каждой смене."
    )
    assert counts(text) == []
    assert decided(text, "participants.distributive", kept=False)


# --- participants.struck_by_incident: people rescued by a passive verb of rescuing --------


@pytest.mark.parametrize(
    "text",
    [
        "Из-под завала в школе извлечены 6 учеников, всех доставили в больницу.",
        "После схода лавины спасены 12 жителей села.",
        "Кар көчкүдөн кийин 6 тургун куткарылды.",
    ],
)
def test_people_rescued_are_struck_by_the_incident(text: str) -> None:
    assert counts(text) == []
    assert decided(text, "participants.struck_by_incident", kept=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В спасательной операции участвовали 30 спасателей.", [(30, "exact")]),
        ("Куткаруу иштерине 25 куткаруучу тартылды.", [(25, "exact")]),
    ],
)
def test_near_miss_the_rescuers_take_part(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rescuers beside the passive verb of rescuing rescued, were not rescued
        ("Силами 30 спасателей из-под обломков спасены 9 жильцов.", [(30, "exact")]),
        ("40 куткаруучунун күчү менен 7 жүргүнчү куткарылды.", [(40, "exact")]),
        # the verb in the sentence's other clause
        ("В поисках участвовали 25 добровольцев, спасены 3 туриста.", [(25, "exact")]),
    ],
)
def test_near_miss_the_rescuers_beside_the_rescued_count(text: str, expected: list) -> None:
    assert counts(text) == expected
