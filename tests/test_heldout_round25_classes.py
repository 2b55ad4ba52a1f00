"""Failure classes of held-out round 25 (blind pages on participants and dates), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 25's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def day_spans(text: str) -> list[tuple[str, str]]:
    return sorted((d.start, d.end) for d in parse_text(text).dates)


def places(text: str) -> list[str]:
    return sorted(f"{p.level}:{p.name}" for p in parse_text(text).places)


# --- people a medical (or other) service is carried out on: recipients ------------------
# Vaccinated, examined, screened or diagnosed people are given a service (as aid's
# recipients are), whatever the verb (participants.service_received); who carry the
# service out, and a sentence with a word of taking part, still count.


@pytest.mark.parametrize(
    "text",
    [
        "Быйыл Ак-Талаа районунда 3 400дөн ашык бала кызамыктан эмдөөдөн өттү.",
        "Акциянын алкагында 520 аял медициналык кароодон өтүштү.",
        "Кампания учурунда 900 окуучу эмделди.",
        "За неделю медосмотр прошли более 700 пенсионеров.",
        "У 58 человек выявлен сахарный диабет.",
        "В селах Таласского района вакцинированы 1 200 детей.",
    ],
)
def test_service_recipients_are_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: who carry the service out, the service in the dative
        ("Эмдөө иштерине 45 медайым жана 12 дарыгер тартылды.", [12, 45]),
        # ... and a word of taking part in the sentence
        ("В обследовании школьников участвовали 30 врачей.", [30]),
        # ... and the causative of "өт-": the count examined (treated) others (held-out
        # round 27 showed the rule taking such doctors for recipients)
        ("Облустан келген 6 дарыгер 150дөн ашуун айылдыкты текшерүүдөн өткөрдү.", [6]),
        ("Ооруканадан келген 5 адис 200дөн ашык баланы кароодон өткөзүштү.", [5]),
    ],
)
def test_who_carry_out_a_service_still_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- people who refused took no part -------------------------------------------------
# "баш тарт-" (refuse) after the count, "отказ-" before or after it: participants.refused.


@pytest.mark.parametrize(
    "text",
    [
        "Биринчи жумада 25тен ашык ата-эне балдарын эмдөөдөн баш тартышты.",
        "Айылдагы 14 тургун ашарга чыгуудан баш тарткан.",
        "От участия в субботнике отказались 12 жителей.",
    ],
)
def test_refusals_are_no_count(text: str) -> None:
    assert counts(text) == []


def test_a_head_word_is_no_refusal() -> None:
    # near miss: "башчысы" opens with "баш", no verb of refusing follows
    assert counts("Жыйынга 16 айыл өкмөтүнүн башчысы тартылды.") == [16]


# --- voters or citizens on a list, a part of them voting in the next clause -------------
# "Тизмеге N жаран киргизилген, алардын M-ы добуш берди": the verb after the comma is the
# part's; the whole is a register (participants.registered_whole), the part counts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Шайлоочулардын тизмесине 7 315 жаран киргизилип, алардын 4 020сы шайлоого катышты.",
            [4020],
        ),
        (
            "Шайлоочулардын тизмесине 3 900 шайлоочу катталган, алардын 2 100ү шайлоого катышты.",
            [2100],
        ),
    ],
)
def test_a_register_whole_is_no_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_people_enrolled_for_an_event_still_count() -> None:
    # near miss: people, not voters or citizens, signed up for a seminar, then a part came
    assert counts("Семинарга 45 адам катталып, алардын 40ы катышты.") == [40, 45]


# --- a number before a noun of events counts the events ---------------------------------
# "в первых трех тренингах приняли участие ..." counts trainings, not people (numbers of
# events are no count): the short noun phrase before a verb of taking part is no
# who-noun when it is a noun of events (participation.yaml events_counted_stems).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В первых трех тренингах приняли участие 90 специалистов.", [90]),
        ("В пяти выездных семинарах приняли участие 150 человек.", [150]),
    ],
)
def test_a_count_of_events_is_no_count_of_people(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_noun_outside_the_lexicon_still_counts() -> None:
    # near miss: a short noun phrase that names people before the verb
    assert counts("В семинаре приняли участие 25 агрономов.") == [25]


# --- spectators and fans who watch an event attend it -------------------------------
# "көрөрман", "күйөрман" with a verb of taking part or of watching ("тамашала-");
# a hall's seats are none.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Концертти 600дөй көрөрман тамашалады.", [600]),
        ("Финалдык беттешти 1 500 күйөрман тамашалашты.", [1500]),
        ("Мелдешке 300дөн ашык көрөрман келди.", [300]),
    ],
)
def test_spectators_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_seats_for_spectators_are_no_count() -> None:
    # near miss: a hall's capacity
    assert counts("Жаңы спорт зал 450 көрөрманга ылайыкталган.") == []


# --- units in the genitive, then "all (each) of them" in the ablative -----------------
# "N айыл аймагынын баарынан (ар биринен) ... катышты": the units whose members take
# part, as "N райондон" does; units owning a thing stay none.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Спартакиадага райондун он айыл аймагынын баарынан 22 команда келди.", [10, 22]),
        ("Форумга облустун беш районунун ар биринен жаштар келишти.", [5]),
    ],
)
def test_units_all_of_which_send_people_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_units_all_of_which_own_a_thing_are_no_count() -> None:
    # near miss: what was taken from them is no people
    assert counts("Жети айыл аймагынын баарынан таштанды чыгарылды.") == []


# --- "из 9 районов двух областей": the wider units of a source ---------------------
# A Russian count of units in the genitive right after "из N <units>" names the units
# those belong to, a source too (GOLD-FORMAT: "пяти областей" count).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На конкурс поступило 48 заявок из 11 районов трех областей.", [3, 11, 48]),
        ("На форум приехали 90 делегатов из 14 сел двух районов.", [2, 14, 90]),
    ],
)
def test_units_of_a_source_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_units_of_a_host_are_no_count() -> None:
    # near miss: "в" says where the hearings were held
    assert counts("В 9 районах двух областей прошли слушания.") == []


# --- a part after "алардын ичинде" and where it came from --------------------------
# "Алардын ичинде <source in the ablative> N жаш болду": a part of the total before it,
# the words of its origin between the opener and the count (participants.part_after_opener).


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Жыйынга 160тан ашуун тургун келди. Алардын ичинде алыскы тоолуу айылдардан"
            " 35ке жакын жаш болду.",
            35,
        ),
        (
            "Окууга 90 катышуучу келди, алардын ичинен Кочкор менен Жумгалдын"
            " айылдарынан 28 жаш болду.",
            28,
        ),
    ],
)
def test_a_part_after_its_source_counts(text: str, part: int) -> None:
    assert part in counts(text)


def test_a_part_without_an_opener_needs_a_verb() -> None:
    # near miss: no opener, "болду" is no verb of taking part
    text = "Жыйынга 160тан ашуун тургун келди. Тоолуу айылдардан 35ке жакын жаш болду."
    assert counts(text) == [160]


# --- a document's own date after "Түзүлгөн күнү:" -----------------------------------
# The day a report or notice was drawn up, labelled on its own line, is its issued date.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "МААЛЫМАТ\nАйыл аймактарындагы окуулар жөнүндө\n\nТүзүлгөн күнү: 2023-жылдын"
            " 14-ноябры\n\nОкуулар төрт айылда өттү.",
            "2023-11-14",
        ),
        (
            "СПРАВКА\nО ходе слушаний по бюджету в айыл аймаках\n\nДата составления:"
            " 02.10.2024\n\nСлушания прошли в пяти селах.",
            "2024-10-02",
        ),
    ],
)
def test_a_drawn_up_label_gives_the_issued_date(text: str, issued: str) -> None:
    assert parse_text(text).issued == issued


def test_drawn_up_in_prose_is_no_issued_date() -> None:
    # near miss: a body formed on a day, in a sentence
    text = "Айыл өкмөтүндө жумушчу топ иштейт\n\nТоп 2023-жылдын 14-ноябрында түзүлдү."
    assert parse_text(text).issued is None


# --- a deadline the text reports as past keeps the page's year ------------------------
# A yearless deadline lies ahead of the document, unless its clause ends in a Kyrgyz
# verb of the past: then it is a day like any other (the nearest year, or its
# sentence's).


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ош, 2024-жылдын 20-майы. Сынак 2024-жылдын 1-апрелинде башталып, табыштамалар"
            " 10-майга чейин кабыл алынган.",
            ("2024-05-10", "2024-05-10"),
        ),
        (
            "Нарын, 2023-жылдын 15-ноябры. Сынакка табыштамалар 5-ноябрга чейин тапшырылган.",
            ("2023-11-05", "2023-11-05"),
        ),
    ],
)
def test_a_past_deadline_is_not_moved_ahead(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


def test_a_deadline_ahead_still_moves_to_next_year() -> None:
    # near miss: the deadline's verb is in the present-future
    text = "Ош, 2024-жылдын 20-майы. Табыштамалар 10-майга чейин кабыл алынат."
    assert ("2025-05-10", "2025-05-10") in day_spans(text)


# --- "мартын 28инде": the month's short genitive before a day with the possessive -------
# Pages write the genitive "мартынын" short ("мартын", "апрелин"): before a day that
# takes the possessive and a case itself it is the month-first date.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Жарыяланды: 12.05.2022\nЖыйын апрелин 19унда Кочкордо өттү.",
            ("2022-04-19", "2022-04-19"),
        ),
        (
            "Жарыяланды: 12.05.2022\nДаярдык мартын 3үндө башталган.",
            ("2022-03-03", "2022-03-03"),
        ),
    ],
)
def test_a_short_genitive_month_before_a_possessive_day(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


def test_a_month_in_the_accusative_before_a_count_is_no_date() -> None:
    # near miss: a number with no possessive after the month
    text = "Жарыяланды: 12.05.2022\nБиз апрелин 19 күн күттүк."
    assert ("2022-04-19", "2022-04-19") not in day_spans(text)


# --- a menu whose last item is a search box ----------------------------------------
# Items parted by two spaces, the first a site section's name, the last a search box's
# placeholder with its ellipsis ("Поиск...", "Издөө…"): a menu, chrome, no place.


@pytest.mark.parametrize(
    "menu",
    [
        "Главная  Новости  Айыл аймаки  Контакты    Поиск...",
        "Башкы бет  Жаңылыктар  Айыл аймактар  Байланыш  Издөө...",
    ],
)
def test_a_menu_with_a_search_box_is_chrome(menu: str) -> None:
    text = f"Кочкор районунун администрациясы\n{menu}\n\nЖыйын Кочкор районунда өттү."
    assert "ayil_aimak:Контакты" not in places(text)
    assert places(text) == ["district:Кочкор"]


def test_a_sentence_ending_in_an_ellipsis_is_no_menu() -> None:
    # near miss: prose with commas and an ellipsis names its places
    text = "Жаңылыктар\n\nСеминарлар Нарында, Таласта жана Ошто өттү...\n"
    assert "oblast:Талас" in places(text) or "city:Талас" in places(text)


# --- a bare name listed with districts in their case is a district ------------------
# A schedule by district ("5-7-мартта Кочкор районунда, 12-14-мартта Жумгалда, ...") lists
# districts: a bare name of the list in that case that is both a district and a village
# is the district, though the text names the village elsewhere (places.case_of_typed).


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "Семинарлар 2-4-апрелде Нарын районунда, 9-11-апрелде Ат-Башыда өтөт. Акыркысы"
            " Ат-Башы айылындагы мектепте болот.",
            "district:Ат-Башы",
        ),
        (
            "Окуулар 3-майда Жумгал районунда, 10-майда Кочкордо уюштурулат. Кочкор айылында"
            " да жолугушуу болот.",
            "district:Кочкор",
        ),
    ],
)
def test_a_bare_name_in_a_list_of_districts(text: str, district: str) -> None:
    assert district in places(text)


def test_a_bare_name_outside_the_list_keeps_the_village() -> None:
    # near miss: the district typed in the sentence, the bare name not one of its list
    text = (
        "Окуулар 3-майда Жумгал районунда уюштурулат. Кочкор айылында да жолугушуу болот,"
        " андан кийин Кочкордо."
    )
    assert "district:Кочкор" not in places(text)
