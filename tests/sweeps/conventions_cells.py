"""Cells of the annotation-conventions sweep: one or more team-written sentences per
convention of docs/EVALUATION.md ("Annotation conventions"), in both languages and
in layouts other than the one each convention was first seen in. A cell names the
field it checks and the value that field must have (the whole field, so a cell is
also a near miss for everything the convention says is left out)."""

from __future__ import annotations

from typing import Any, NamedTuple

from vap_cli import parse_text
from vap_cli.fold import fold


class Cell(NamedTuple):
    convention: str
    lang: str
    field: str
    text: str
    expected: Any
    # The filler paragraph goes first: the cell's text must end the document (a name
    # cut off at an excerpt's end).
    filler_first: bool = False


# A closing paragraph with no fact in it, so that a one-sentence cell is long enough for
# its language to be detected, as a page's would be.
FILLER = {
    "ky": "Жыйында жергиликтүү бюджет жана айылды өнүктүрүү маселелери талкууланды.",
    "ru": "На встрече обсудили вопросы местного бюджета и развития села.",
}


def field_value(cell: Cell) -> Any:
    """The one field of the parse a cell compares, in a plain comparable shape."""
    parts = (FILLER[cell.lang], cell.text) if cell.filler_first else (cell.text, FILLER[cell.lang])
    result = parse_text("\n\n".join(parts))
    field = cell.field
    if field == "issued":
        return result.issued
    if field == "dates":
        return sorted({d.start for d in result.dates if d.role != "issued"})
    if field == "periods":
        return sorted({(p.start, p.end) for p in result.periods})
    if field == "places":
        # The country is not scored (the real corpus lists units of the country only).
        return sorted({(p.level, p.name) for p in result.places if p.level != "country"})
    if field == "participants":
        return sorted((p.count, p.qualifier) for p in result.participants)
    if field == "persons":
        return [fold(p.name) for p in result.persons]
    if field == "phones":
        return list(result.contacts.phones)
    if field == "urls":
        return list(result.contacts.urls)
    raise ValueError(field)


C = Cell
CELLS: list[Cell] = [
    # issued: the page's own date line, in its layouts
    C(
        "issued-title-line",
        "ky",
        "issued",
        "Айыл өкмөтүндө жыйын өттү\n14.03.2019 10:42\nЖыйынга тургундар катышты.",
        "2019-03-14",
    ),
    C(
        "issued-title-line",
        "ru",
        "issued",
        "В айыл окмоту прошло собрание\n05.11.2021 09:15\nНа собрание пришли жители.",
        "2021-11-05",
    ),
    C(
        "issued-dateline",
        "ky",
        "issued",
        "Ош, 17.06.21. /Кабар/. Шаардык кеңештин сессиясы өттү.",
        "2021-06-17",
    ),
    C(
        "issued-dateline",
        "ru",
        "issued",
        "Бишкек, 03.02.23. /Кабар/. В мэрии прошло совещание.",
        "2023-02-03",
    ),
    C(
        "issued-article-line",
        "ky",
        "issued",
        "2017-09-21 / Жергиликтүү өз алдынча башкаруу\nАйылдык кеңеш бюджетти бекитти.",
        "2017-09-21",
    ),
    C(
        "issued-resolution-line",
        "ky",
        "issued",
        "АЙЫЛДЫК КЕҢЕШТИН ТОКТОМУ\n12 — март 2021 — жыл\nАйылдык кеңеш токтом кылат.",
        "2021-03-12",
    ),
    # ... also past the header's lines, right under the act's number and type
    C(
        "issued-resolution-line",
        "ky",
        "issued",
        "КЫРГЫЗ РЕСПУБЛИКАСЫ\nНАРЫН ОБЛУСУ\nКОЧКОР РАЙОНУ\nЧОЛПОН АЙЫЛ АЙМАГЫНЫН АЙЫЛДЫК КЕҢЕШИ\n"
        "Чолпон айылы\nАйылдык кеңештин IV сессиясынын\n№ 7 ТОКТОМУ\n"
        "12 — март 2021 — жыл          Чолпон айылы\nАйылдык кеңеш токтом кылат.",
        "2021-03-12",
    ),
    C(
        "issued-no-year",
        "ky",
        "issued",
        "Жарыяланды: 09-декабрь\nАйылда жаңы мектеп ачылды.",
        "--12-09",
    ),
    C(
        "issued-date-token",
        "ru",
        "issued",
        " date 2024-10-08 11:20\nВ селе открыли новый детский сад.",
        "2024-10-08",
    ),
    C(
        "issued-date-token",
        "ky",
        "issued",
        " date 2022-05-19 08:05\nАйылда жаңы бала бакча ачылды.",
        "2022-05-19",
    ),
    C(
        "issued-run-into-title",
        "ru",
        "issued",
        "Главе села вручили грамоту14.10.2016 12:30\nГлаве айыл окмоту вручили грамоту.",
        "2016-10-14",
    ),
    C(
        "issued-sputnik-dateline",
        "ru",
        "issued",
        "БИШКЕК, 14 мар — Sputnik. В мэрии столицы обсудили бюджет.",
        "--03-14",
    ),
    C("issued-month-only", "ru", "issued", " date 2020-07\nВ селе прошел сход граждан.", None),
    C("issued-month-only", "ky", "issued", " date 2019-03\nАйылда элдик курултай өттү.", None),
    C(
        "issued-month-only-period",
        "ru",
        "periods",
        " date 2020-07\nВ селе прошел сход граждан.",
        [(2020, 2020)],
    ),
    C(
        "issued-month-only-year",
        "ru",
        "dates",
        " date 2020-07\nСход граждан прошел 14 июля в здании айыл окмоту.",
        ["2020-07-14"],
    ),
    C(
        "issued-not-in-dates",
        "ky",
        "dates",
        "Ош, 17.06.21. /Кабар/. Шаардык кеңештин сессиясы өттү.",
        [],
    ),
    # chrome
    C(
        "chrome-banner",
        "ky",
        "issued",
        "Бүгүн: 4-декабрь, 2026-жыл | Бишкек убактысы 14:20\nАйылда жыйын өттү.",
        None,
    ),
    C("chrome-banner-places", "ky", "places", "Бишкек убактысы 14:20\nАйылда жыйын өттү.", []),
    C(
        "chrome-masthead-founded",
        "ru",
        "dates",
        "Основана 12 мая 1931 года\nВ селе открыли библиотеку.",
        [],
    ),
    C(
        "chrome-journal-masthead",
        "ky",
        "dates",
        "12 (134) 7 Июнь 2019\n2019-05-30 / Жаңылыктар\nАйылдык кеңештин сессиясы өттү.",
        ["2019-06-07"],
    ),
    C(
        "chrome-journal-masthead-issued",
        "ky",
        "issued",
        "12 (134) 7 Июнь 2019\n2019-05-30 / Жаңылыктар\nАйылдык кеңештин сессиясы өттү.",
        "2019-05-30",
    ),
    C("old-month-name", "ky", "dates", "Жыйын 2019-жылдын 12-Жетинин айында өттү.", ["2019-11-12"]),
    # year resolution
    C("year-from-issued", "ky", "dates", "14.05.2020 10:00\nСессия 11-майда өттү.", ["2020-05-11"]),
    C("year-from-issued", "ru", "dates", "14.05.2020 10:00\nСессия прошла 11 мая.", ["2020-05-11"]),
    C(
        "year-unknown-last-year",
        "ky",
        "dates",
        "Былтыр 15-октябрда айылда жаңы мектеп ачылган.",
        ["--10-15"],
    ),
    # a yearly event recurs: on a page with no date, another sentence's year is no guide
    C(
        "year-unknown-yearly-event",
        "ru",
        "dates",
        "С 1 октября 2024 года откроется прием заявок.\nЕжегодная ярмарка пройдет 5 сентября.",
        ["--09-05", "2024-10-01"],
    ),
    C(
        "year-unknown-yearly-event",
        "ky",
        "dates",
        "2023-жылдын 1-августунан тартып базар иштейт.\nЖыл сайынкы жарманке 5-сентябрда өтөт.",
        ["--09-05", "2023-08-01"],
    ),
    # periods
    C(
        "period-month-level",
        "ky",
        "periods",
        "2018-жылдын октябрь айында айылда суу түтүгү оңдолду.",
        [(2018, 2018)],
    ),
    C(
        "period-month-level",
        "ru",
        "periods",
        "В марте 2017 года в селе отремонтировали водопровод.",
        [(2017, 2017)],
    ),
    C(
        "period-month-range",
        "ru",
        "periods",
        "Срок проекта: Окт. 2020 – Окт. 2024.",
        [(2020, 2024)],
    ),
    C(
        "duration-not-period",
        "ky",
        "periods",
        "Долбоор 3 жылга созулат, айыл 10 жылдан бери суу күтүп жатат.",
        [],
    ),
    C(
        "duration-not-period",
        "ru",
        "periods",
        "Проект продлится 3 года, село ждет воду уже 10 лет.",
        [],
    ),
    C(
        "period-event-name",
        "ru",
        "periods",
        "Делегация приняла участие в «Форуме регионов – 2022».",
        [(2022, 2022)],
    ),
    C(
        "period-event-name",
        "ky",
        "periods",
        "Өкүлдөр «Аймактар форуму – 2024» иш-чарасына катышты.",
        [(2024, 2024)],
    ),
    # places: canonical spelling of districts, oblasts, cities
    C(
        "canonical-district",
        "ky",
        "places",
        "Алабука районунда жаңы көпүрө курулду.",
        [("district", "Ала-Бука")],
    ),
    C(
        "canonical-district",
        "ky",
        "places",
        "Кара-Суй районунун тургундары жыйналышты.",
        [("district", "Кара-Суу")],
    ),
    C(
        "canonical-oblast",
        "ky",
        "places",
        "Ысык-Кёл облусунда семинар өттү.",
        [("oblast", "Ысык-Көл")],
    ),
    C(
        "canonical-district-adjective",
        "ru",
        "places",
        "В Узгенском районе открыли школу.",
        [("district", "Өзгөн")],
    ),
    C(
        "canonical-district-adjective",
        "ru",
        "places",
        "В Алайском районе отремонтировали дорогу.",
        [("district", "Алай")],
    ),
    # ayil aimak forms
    C(
        "ayil-okmotu",
        "ky",
        "places",
        "Маселе Чоң-Таш айыл өкмөтүнүн жыйынында каралды.",
        [("ayil_aimak", "Чоң-Таш")],
    ),
    C(
        "ayil-okmotu",
        "ky",
        "places",
        "Бүгүн Көк-Жар айыл өкмөтү отчет берди.",
        [("ayil_aimak", "Көк-Жар")],
    ),
    C(
        "ayil-bashkarmalygy",
        "ky",
        "places",
        "Кызыл-Суу айыл башкармалыгынын башчысы сүйлөдү.",
        [("ayil_aimak", "Кызыл-Суу")],
    ),
    C(
        "ayil-adjective-ru",
        "ru",
        "places",
        "Глава Лебединовского айыл окмоту провел сход.",
        [("ayil_aimak", "Лебединовка")],
    ),
    C(
        "ayil-AA-ru",
        "ru",
        "places",
        "В Сумбулинском АА прошло собрание.",
        [("ayil_aimak", "Сумбула")],
    ),
    C(
        "ayil-selsovet-ru",
        "ru",
        "places",
        "Жители Петровского сельсовета получили воду.",
        [("ayil_aimak", "Петровка")],
    ),
    C(
        "ayil-okrug-ru",
        "ru",
        "places",
        "В Ивановском айыльном округе открыли клуб.",
        [("ayil_aimak", "Ивановка")],
    ),
    C(
        "ayil-uprava-ru",
        "ru",
        "places",
        "Глава Петровской сельской управы провел сход.",
        [("ayil_aimak", "Петровка")],
    ),
    # Bishkek's city districts
    C(
        "bishkek-district",
        "ky",
        "places",
        "Бишкектин Свердлов районунда жыйын өттү.",
        [("city", "Бишкек"), ("district", "Свердлов")],
    ),
    C(
        "bishkek-district",
        "ru",
        "places",
        "В Октябрьском районе Бишкека прошла встреча.",
        [("city", "Бишкек"), ("district", "Октябрь")],
    ),
    C(
        "bishkek-district",
        "ru",
        "places",
        "Жители Первомайского района столицы пришли на встречу.",
        [("district", "Биринчи Май")],
    ),
    # demonyms, foreign places, city/oblast homonyms
    C(
        "demonym",
        "ky",
        "places",
        "Сокулуктуктар район борборуна чогулушту.",
        [("district", "Сокулук")],
    ),
    C("foreign-place", "ky", "places", "Делегация Москвага жана Алматыга барды.", []),
    C("foreign-place", "ru", "places", "Делегация побывала в Москве и Санкт-Петербурге.", []),
    C(
        "city-oblast-envoy",
        "ru",
        "places",
        "Полпред Таласа встретился с жителями.",
        [("oblast", "Талас")],
    ),
    C(
        "city-oblast-residents",
        "ru",
        "places",
        "Жителям Баткена раздали семена.",
        [("oblast", "Баткен")],
    ),
    C(
        "city-oblast-envoy",
        "ky",
        "places",
        "Нарындын губернатору тургундар менен жолукту.",
        [("oblast", "Нарын")],
    ),
    C(
        "city-oblast-mayor",
        "ky",
        "places",
        "Таластын мэри шаардыктар менен жолукту.",
        [("city", "Талас")],
    ),
    C(
        "city-oblast-mayor",
        "ru",
        "places",
        "Вице-мэр Оша встретился с предпринимателями.",
        [("city", "Ош")],
    ),
    C("city-oblast-city", "ru", "places", "В городе Талас открыли парк.", [("city", "Талас")]),
    C(
        "city-oblast-venue",
        "ru",
        "places",
        "В Баткенской области прошли сходы, а в Баткене пройдет форум.",
        [("oblast", "Баткен"), ("city", "Баткен")],
    ),
    C("city-oblast-mayor", "ru", "places", "Мэр Нарына провел прием граждан.", [("city", "Нарын")]),
    C("foreign-place", "ky", "places", "Окуу сапары Түркиянын Анкара шаарында өттү.", []),
    C(
        "cut-off-name",
        "ky",
        "places",
        "Делегация Ноокат районундагы Кара-Таш",
        [("district", "Ноокат")],
        filler_first=True,
    ),
    C(
        "cut-off-name",
        "ru",
        "places",
        "Делегация побывала в Ноокатском районе, в селе Кара-Таш",
        [("district", "Ноокат")],
        filler_first=True,
    ),
    C(
        "cut-off-name-whole",
        "ky",
        "places",
        "Делегация Ноокат районундагы Кара-Таш айыл аймагында",
        [("ayil_aimak", "Кара-Таш"), ("district", "Ноокат")],
        filler_first=True,
    ),
    C(
        "dateline-city",
        "ky",
        "places",
        "Жалал-Абад, 12.04.22. /Кабар/. Облуста жаз талаа иштери башталды.",
        [("city", "Жалал-Абад")],
    ),
    # participants
    C(
        "participants-range",
        "ky",
        "participants",
        "Семинарга 20-25 киши катышты.",
        [(20, "exact"), (25, "exact")],
    ),
    C(
        "participants-range",
        "ru",
        "participants",
        "В семинаре приняли участие около 300 - 400 человек.",
        [(300, "about"), (400, "about")],
    ),
    C(
        "participants-words",
        "ru",
        "participants",
        "В обучении участвовали девять специалистов.",
        [(9, "exact")],
    ),
    C(
        "participants-words-more-than",
        "ky",
        "participants",
        "Майрамга эки миңден ашуун адам катышты.",
        [(2000, "more_than")],
    ),
    C(
        "participants-units",
        "ky",
        "participants",
        "Форумга төрт облустун тургундары катышты.",
        [(4, "exact")],
    ),
    C(
        "participants-contest-entries",
        "ky",
        "participants",
        "Сынакка 37 табыштама түштү.",
        [(37, "exact")],
    ),
    C(
        "participants-contest-entries",
        "ru",
        "participants",
        "На конкурс поступило 52 заявки.",
        [(52, "exact")],
    ),
    C(
        "participants-voted",
        "ru",
        "participants",
        "Участие в выборах приняли 45 210 человек.",
        [(45210, "exact")],
    ),
    C(
        "participants-candidates",
        "ru",
        "participants",
        "На выборах зарегистрированы 120 кандидатов от 9 партий.",
        [(9, "exact"), (120, "exact")],
    ),
    C("participants-not-votes", "ru", "participants", "Кандидат набрал 3 412 голосов.", []),
    C("participants-not-body-size", "ru", "participants", "Комиссия состоит из 5 членов.", []),
    C("participants-not-body-size", "ky", "participants", "Айылдык кеңеш 15 депутаттан турат.", []),
    C(
        "participants-not-quorum",
        "ky",
        "participants",
        "Сессия өтүшү үчүн 11 депутат катышуусу керек.",
        [],
    ),
    C(
        "participants-not-winners",
        "ru",
        "participants",
        "Победителями конкурса стали 6 айыл окмоту.",
        [],
    ),
    C("participants-not-population", "ky", "participants", "Айылда 4 500 адам жашайт.", []),
    C(
        "participants-not-registered-voters",
        "ru",
        "participants",
        "В списки избирателей внесены 12 300 человек.",
        [],
    ),
    C(
        "participants-not-roster",
        "ru",
        "participants",
        "В школе учатся 640 учеников и работают 52 учителя.",
        [],
    ),
    C(
        "participants-subset",
        "ru",
        "participants",
        "На форум приехали 500 человек, из которых 300 — молодежь.",
        [(300, "exact"), (500, "exact")],
    ),
    # persons
    C(
        "person-caps",
        "ky",
        "persons",
        "Жыйынды айыл өкмөтүнүн башчысы Бакыт ТОКТОРОВ ачты.",
        ["Бакыт Токторов"],
    ),
    C(
        "person-initial-dot",
        "ky",
        "persons",
        "Айыл өкмөтүнүн башчысы Н. Мамытов сөз сүйлөдү.",
        ["Н. Мамытов"],
    ),
    C(
        "person-initials-after",
        "ru",
        "persons",
        "Отчет представил глава айыл окмоту Садыков А.Т.",
        ["Садыков А.Т."],
    ),
    C(
        "person-nominative",
        "ky",
        "persons",
        "Жыйында Айбек Жумалиевдин сунушу колдоого алынды.",
        ["Айбек Жумалиев"],
    ),
    C(
        "person-title-dropped",
        "ky",
        "persons",
        "Жыйынга Кубанычбек Асанов мырза катышты.",
        ["Кубанычбек Асанов"],
    ),
    C("person-title-dropped", "ky", "persons", "Сулайманов мырза жыйынды ачты.", ["Сулайманов"]),
    C(
        "person-title-dropped",
        "ru",
        "persons",
        "Господин Эркин Абдыкеримов открыл встречу.",
        ["Эркин Абдыкеримов"],
    ),
    C(
        "person-byline",
        "ky",
        "persons",
        "Айылда жаңы көпүрө курулду.\nАвтор: Нургүл Бекова",
        ["Нургүл Бекова"],
    ),
    C(
        "person-byline",
        "ru",
        "persons",
        "В селе построили новый мост.\nАвтор: Мирлан Асанбеков",
        ["Мирлан Асанбеков"],
    ),
    C(
        "person-order",
        "ru",
        "persons",
        "Выступили Алмаз Исаков и Гульнара Турдуева.",
        ["Алмаз Исаков", "Гульнара Турдуева"],
    ),
    C(
        "person-surname-alone",
        "ru",
        "persons",
        "Жапаров подписал указ о развитии регионов.",
        ["Жапаров"],
    ),
    C(
        "person-not-in-institution",
        "ky",
        "persons",
        "Жыйын Токтогул Сатылганов атындагы мектепте өттү.",
        [],
    ),
    C("person-not-in-street", "ru", "persons", "Дорогу по улице Т.Молдо заасфальтировали.", []),
    C("person-not-in-aimak", "ky", "persons", "Т. Зулпуев айыл аймагында жыйын өттү.", []),
    C(
        "person-one-entry",
        "ru",
        "persons",
        "Глава села Бакыт Осмонов провел сход. Осмонов рассказал о бюджете.",
        ["Бакыт Осмонов"],
    ),
    # phones
    C("phone-e164", "ky", "phones", "Кайрылуу үчүн тел: (0312) 62-13-45.", ["+996312621345"]),
    C("phone-local-left-out", "ky", "phones", "Тел: 5-12-44, инд: 722100.", []),
    C("phone-local-left-out", "ru", "phones", "Справки по тел.: 2-15-30. Индекс 720040.", []),
    # urls
    C(
        "url-host-in-text",
        "ru",
        "urls",
        "Бишкек - kaktus.media. В мэрии прошло совещание.",
        ["kaktus.media"],
    ),
    C("url-email-domain", "ky", "urls", "Суроолор үчүн: aiyl@mail.kg дарегине жазыңыз.", []),
]


def expected_value(cell: Cell) -> Any:
    """A cell's expected value in the shape field_value gives."""
    if cell.field == "persons":
        return [fold(name) for name in cell.expected]
    if isinstance(cell.expected, list) and cell.field not in ("phones", "urls"):
        return sorted(cell.expected)
    return cell.expected


# Beyond the first examples: other units, other names, other cases and layouts.
MORE_CELLS: list[Cell] = [
    C(
        "canonical-oblast-adjective",
        "ru",
        "places",
        "В Иссык-Кульской области прошел форум.",
        [("oblast", "Ысык-Көл")],
    ),
    C(
        "canonical-oblast-adjective",
        "ru",
        "places",
        "Фермеры Джалал-Абадской области получили семена.",
        [("oblast", "Жалал-Абад")],
    ),
    C(
        "canonical-oblast-adjective",
        "ru",
        "places",
        "В Чуйской области открыли новую школу.",
        [("oblast", "Чүй")],
    ),
    C(
        "canonical-district-adjective",
        "ru",
        "places",
        "Жители Сузакского района получили воду.",
        [("district", "Сузак")],
    ),
    C(
        "canonical-district-adjective",
        "ru",
        "places",
        "В Ноокатском районе прошел сход.",
        [("district", "Ноокат")],
    ),
    C("canonical-city", "ru", "places", "В городе Каракол открыли парк.", [("city", "Каракол")]),
    C(
        "canonical-district",
        "ky",
        "places",
        "Жалалабат облусунда жыйын өттү.",
        [("oblast", "Жалал-Абад")],
    ),
    C(
        "ayil-okmotu",
        "ky",
        "places",
        "Ак-Талаа айыл өкмөтүнө жаңы башчы дайындалды.",
        [("ayil_aimak", "Ак-Талаа")],
    ),
    C(
        "ayil-aimagy",
        "ky",
        "places",
        "Кара-Бак айыл аймагында бала бакча ачылды.",
        [("ayil_aimak", "Кара-Бак")],
    ),
    C(
        "ayil-AO-ru",
        "ru",
        "places",
        "В айыл окмоту Ак-Талаа прошел сход.",
        [("ayil_aimak", "Ак-Талаа")],
    ),
    C(
        "bishkek-district",
        "ky",
        "places",
        "Бишкек шаарынын Ленин районунда жыйын өттү.",
        [("city", "Бишкек"), ("district", "Ленин")],
    ),
    C(
        "bishkek-district",
        "ky",
        "places",
        "Биринчи Май районунун тургундары жолугушууга келишти.",
        [("district", "Биринчи Май")],
    ),
    C(
        "bishkek-district",
        "ru",
        "places",
        "В Свердловском районе города Бишкек прошла встреча.",
        [("city", "Бишкек"), ("district", "Свердлов")],
    ),
    C(
        "foreign-place",
        "ky",
        "places",
        "Өкүлдөр Казакстандын Алматы шаарында тажрыйба алмашышты.",
        [],
    ),
    C("foreign-place", "ru", "places", "Представители МСУ побывали в Ташкенте и Берлине.", []),
    C(
        "demonym",
        "ky",
        "places",
        "Ноокаттыктар район борборуна чогулушту.",
        [("district", "Ноокат")],
    ),
    C("demonym", "ky", "places", "Таластыктар облустук борбордо чогулушту.", [("oblast", "Талас")]),
    C(
        "participants-about",
        "ky",
        "participants",
        "Жыйынга 60ка жакын адам катышты.",
        [(60, "about")],
    ),
    C(
        "participants-more-than",
        "ru",
        "participants",
        "В форуме приняли участие более 200 человек.",
        [(200, "more_than")],
    ),
    C("participants-words", "ky", "participants", "Окууга он эки адис катышты.", [(12, "exact")]),
    C(
        "participants-words",
        "ru",
        "participants",
        "На семинар пригласили двадцать пять глав айыл окмоту.",
        [(25, "exact")],
    ),
    C(
        "participants-range",
        "ru",
        "participants",
        "На встречу пришли 50-60 жителей села.",
        [(50, "exact"), (60, "exact")],
    ),
    C(
        "participants-units",
        "ru",
        "participants",
        "В форуме участвовали представители пяти областей.",
        [(5, "exact")],
    ),
    C(
        "participants-voted",
        "ky",
        "participants",
        "Шайлоого 3 250 шайлоочу катышты.",
        [(3250, "exact")],
    ),
    C("participants-not-votes", "ky", "participants", "Талапкер 1 204 добуш алды.", []),
    C("participants-not-body-size", "ky", "participants", "Комиссия 7 мүчөдөн турат.", []),
    C("participants-not-seats", "ru", "participants", "В айылный кенеш избирается 21 депутат.", []),
    C(
        "participants-not-recipients",
        "ru",
        "participants",
        "Гуманитарную помощь получили 120 семей.",
        [],
    ),
    C(
        "participants-not-complaints",
        "ru",
        "participants",
        "В колл-центр поступило 340 звонков и 25 жалоб.",
        [],
    ),
    C(
        "participants-not-winners",
        "ky",
        "participants",
        "Сынактын жеңүүчүлөрү 4 айыл өкмөтү болду.",
        [],
    ),
    C(
        "person-nominative",
        "ru",
        "persons",
        "Грамоту вручили главе села Бакыту Осмонову.",
        ["Бакыт Осмонов"],
    ),
    C(
        "person-nominative",
        "ky",
        "persons",
        "Жолугушууга Асан Үсөновдун демилгеси менен даярданышты.",
        ["Асан Үсөнов"],
    ),
    C(
        "person-caps",
        "ru",
        "persons",
        "Собрание открыл глава айыл окмоту Асанбек ТОКТОМАМБЕТОВ.",
        ["Асанбек Токтомамбетов"],
    ),
    C(
        "person-not-in-institution",
        "ru",
        "persons",
        "Встреча прошла в школе имени Токтогула Сатылганова.",
        [],
    ),
    C("person-not-in-fund", "ky", "persons", "Долбоорду Ага Хан фонду каржылады.", []),
    C(
        "phone-e164",
        "ru",
        "phones",
        "Телефон для справок: +996 (3922) 5-12-44.",
        ["+99639225124 4".replace(" ", "")],
    ),
    C("phone-e164", "ky", "phones", "Байланыш телефону: 0555 31 33 85.", ["+996555313385"]),
    C("period-range", "ky", "periods", "Долбоор 2019-2021-жылдары ишке ашырылды.", [(2019, 2021)]),
    C("period-range", "ru", "periods", "Проект реализован в 2018–2020 годах.", [(2018, 2020)]),
    C(
        "period-event-name",
        "ky",
        "periods",
        "Айыл өкмөтү «Мыкты айыл – 2021» сынагына катышты.",
        [(2021, 2021)],
    ),
    C(
        "issued-dateline",
        "ky",
        "issued",
        "Каракол, 05.09.20. /Кабар/. Облуста түшүм жыйноо башталды.",
        "2020-09-05",
    ),
    C("url-host-in-text", "ky", "urls", "Автор: Бакыт Орозов, kabar.kg", ["kabar.kg"]),
    C(
        "url-email-domain",
        "ru",
        "urls",
        "Заявки принимаются по адресу info@mcu.kg до конца месяца.",
        [],
    ),
]
CELLS += MORE_CELLS

# A headline that calls a village a town is not followed: the body's unit stands.
HEADLINE_CELLS: list[Cell] = [
    C(
        "headline-misnomer",
        "ky",
        "places",
        "Кара-Бак шаарында арыктар тазаланды\n\nКара-Бак айыл өкмөтүнүн тургундары "
        "ашар менен арыктарды тазалашты.",
        [("ayil_aimak", "Кара-Бак")],
    ),
    C(
        "headline-misnomer",
        "ru",
        "places",
        "В городе Ак-Талаа почистили арыки\n\nЖители айыл окмоту Ак-Талаа вышли на "
        "субботник и почистили арыки.",
        [("ayil_aimak", "Ак-Талаа")],
    ),
    C(
        "headline-repeats-body",
        "ky",
        "places",
        "Сузак районунда көпүрө курулду\n\nСузак районунда жаңы көпүрө ишке берилди.",
        [("district", "Сузак")],
    ),
]
CELLS += HEADLINE_CELLS

# A demonym of a name both a city and an oblast, in a text that names a unit of the
# oblast, names the oblast (the unit the text is about).
CELLS += [
    C(
        "demonym-topic",
        "ky",
        "places",
        "Жалал-Абаддыктар Сузак районундагы жыйынга чогулушту.",
        [("district", "Сузак"), ("oblast", "Жалал-Абад")],
    ),
    C(
        "demonym-topic",
        "ky",
        "places",
        "Таластыктарга үрөн таратылды, эң көбүн Манас районунун дыйкандары алды.",
        [("district", "Манас"), ("oblast", "Талас")],
    ),
]


# Third batch: labelled and worded date lines, resolutions beside a posting date,
# month-to-month ranges, more spellings, subsets and rosters in Kyrgyz, initials before
# the surname, recurring names, mobile and area-code phones.
CELLS += [
    C(
        "issued-labelled",
        "ky",
        "issued",
        "Жарыяланды: 12.03.2021\nАйылда жаңы клуб ачылды.",
        "2021-03-12",
    ),
    C(
        "issued-labelled",
        "ru",
        "issued",
        "Опубликовано: 15 марта 2022, 10:40\nВ селе открыли клуб.",
        "2022-03-15",
    ),
    C(
        "issued-dateline-month-word",
        "ky",
        "issued",
        "Бишкек, 12-март, 2021 — Кабар. Шаарда жыйын өттү.",
        "2021-03-12",
    ),
    C(
        "issued-resolution-line",
        "ru",
        "issued",
        "ПОСТАНОВЛЕНИЕ\nот 15 марта 2021 года № 12\nАйылный кенеш постановляет утвердить бюджет.",
        "2021-03-15",
    ),
    C(
        "issued-posting-and-resolution",
        "ky",
        "issued",
        "10.04.2021 12:00\nАЙЫЛДЫК КЕҢЕШТИН ТОКТОМУ\n25 — март 2021 — жыл\nАйылдык кеңеш токтом кылат.",
        "2021-04-10",
    ),
    C(
        "issued-posting-and-resolution",
        "ky",
        "dates",
        "10.04.2021 12:00\nАЙЫЛДЫК КЕҢЕШТИН ТОКТОМУ\n25 — март 2021 — жыл\nАйылдык кеңеш токтом кылат.",
        ["2021-03-25"],
    ),
    C(
        "year-unknown-last-year",
        "ru",
        "dates",
        "В прошлом году 12 мая в селе открыли школу.",
        ["--05-12"],
    ),
    C("old-month-name", "ky", "dates", "Жыйын 2022-жылдын 3-бештин айында өттү.", ["2022-12-03"]),
    C(
        "chrome-banner",
        "ru",
        "issued",
        "Сегодня: 4 декабря 2026 | USD 87.45 EUR 92.10\nВ селе прошел сход.",
        None,
    ),
    C(
        "period-month-range",
        "ky",
        "periods",
        "Долбоор 2020-жылдын январынан 2022-жылдын декабрына чейин ишке ашат.",
        [(2020, 2022)],
    ),
    C(
        "period-month-range",
        "ru",
        "periods",
        "Проект длился с января 2019 по март 2021 года.",
        [(2019, 2021)],
    ),
    C("duration-not-period", "ru", "periods", "Срок реализации проекта — 2 года.", []),
    C(
        "canonical-oblast",
        "ky",
        "places",
        "Ыссык-Көл облусунда семинар өттү.",
        [("oblast", "Ысык-Көл")],
    ),
    C(
        "canonical-oblast",
        "ky",
        "places",
        "Чуй облусунун тургундары жыйналышты.",
        [("oblast", "Чүй")],
    ),
    C("city-mayor-office", "ky", "places", "Ош шаарынын мэриясы жыйын өткөрдү.", [("city", "Ош")]),
    C(
        "participants-units",
        "ky",
        "participants",
        "Жыйынга үч өлкөнүн өкүлдөрү катышты.",
        [(3, "exact")],
    ),
    C(
        "participants-range",
        "ky",
        "participants",
        "Жолугушууга 30-40тай киши келди.",
        [(30, "about"), (40, "about")],
    ),
    C("participants-not-roster", "ky", "participants", "Мектепте 850 окуучу окуйт.", []),
    C(
        "participants-subset",
        "ky",
        "participants",
        "Форумга 300 киши катышып, алардын 120сы жаштар болду.",
        [(120, "exact"), (300, "exact")],
    ),
    C(
        "participants-contest-entries",
        "ky",
        "participants",
        "Сынакка 15 долбоор катышты.",
        [(15, "exact")],
    ),
    C(
        "person-initials-before",
        "ru",
        "persons",
        "Отчет представил глава айыл окмоту А.Т. Садыков.",
        ["А.Т. Садыков"],
    ),
    C(
        "person-byline",
        "ky",
        "persons",
        "Айылда жаңы көпүрө курулду.\nДаярдаган: Айпери Токтосунова",
        ["Айпери Токтосунова"],
    ),
    C(
        "person-one-entry",
        "ru",
        "persons",
        "Выступил Асанов Бакыт Токтогулович. Б. Асанов рассказал о бюджете.",
        ["Асанов Бакыт Токтогулович"],
    ),
    C(
        "person-one-entry",
        "ky",
        "persons",
        "Жыйынды Бакыт Асанов ачты. Асанов бюджет тууралуу айтты.",
        ["Бакыт Асанов"],
    ),
    C("phone-e164", "ky", "phones", "Тел: +996 (700) 12-34-56", ["+996700123456"]),
    C("phone-e164", "ru", "phones", "тел.: 0(3922) 5-12-44", ["+996392251244"]),
    C("url-host-in-text", "ru", "urls", "Источник: www.akipress.org", ["www.akipress.org"]),
    C("url-email-domain", "ru", "urls", "e-mail: press@mail.ru", []),
]


# Fourth batch, near misses mostly: names inside institutions, funds and streets,
# selected units, grants, surveys, events, elected deputies; menus, counters and
# currency rates as chrome; trained, invited and paid participants.
CELLS += [
    C(
        "person-not-in-institution",
        "ky",
        "persons",
        "Ч. Айтматов атындагы китепканада жолугушуу өттү.",
        [],
    ),
    C(
        "person-not-in-institution",
        "ky",
        "persons",
        "Жусуп Баласагын атындагы университеттин студенттери келишти.",
        [],
    ),
    C(
        "person-not-in-fund",
        "ky",
        "persons",
        "Долбоор Ханнс Зайдель фондунун колдоосу менен ишке ашты.",
        [],
    ),
    C(
        "person-not-in-fund",
        "ru",
        "persons",
        "Проект реализован при поддержке Фонда Ханнса Зайделя.",
        [],
    ),
    C("person-not-in-street", "ky", "persons", "Т. Сатылганов көчөсүндө жол оңдолду.", []),
    C(
        "person-not-in-street",
        "ru",
        "persons",
        "На улице Байтик Баатыра отремонтировали тротуар.",
        [],
    ),
    C(
        "person-not-in-aimak",
        "ru",
        "persons",
        "В айылном аймаке имени Т. Зулпуева прошел сход.",
        [],
    ),
    C("person-surname-alone", "ky", "persons", "Жапаров жыйынга катышты.", ["Жапаров"]),
    C(
        "person-title-dropped",
        "ky",
        "persons",
        "Жыйынга Гүлнара Асанова айым катышты.",
        ["Гүлнара Асанова"],
    ),
    C(
        "person-caps",
        "ky",
        "persons",
        "Отчетту айыл өкмөтүнүн башчысы АСАНОВ Бакыт окуду.",
        ["Асанов Бакыт"],
    ),
    C(
        "participants-not-selected",
        "ky",
        "participants",
        "Долбоорго 12 айыл өкмөтү тандалып алынды.",
        [],
    ),
    C("participants-not-grant", "ru", "participants", "Гранты получили 8 муниципалитетов.", []),
    C("participants-not-surveyed", "ky", "participants", "Изилдөө 20 айылда жүргүзүлдү.", []),
    C(
        "participants-not-events",
        "ru",
        "participants",
        "В районе прошли 5 семинаров и 3 тренинга.",
        [],
    ),
    C(
        "participants-trained",
        "ky",
        "participants",
        "Окуудан 45 муниципалдык кызматкер өттү.",
        [(45, "exact")],
    ),
    C(
        "participants-invited",
        "ru",
        "participants",
        "На форум пригласили 150 делегатов.",
        [(150, "exact")],
    ),
    C(
        "participants-paid-work",
        "ky",
        "participants",
        "Программа боюнча 80 киши акы төлөнүүчү жумушка тартылды.",
        [(80, "exact")],
    ),
    C("participants-not-elected", "ky", "participants", "Айылдык кеңешке 21 депутат шайланды.", []),
    C(
        "participants-not-elected",
        "ru",
        "participants",
        "В айылный кенеш избраны 15 депутатов.",
        [],
    ),
    C(
        "chrome-menu",
        "ru",
        "places",
        "Главная | Новости | Ош | Баткен | Нарын\nВ селе прошел сход жителей.",
        [],
    ),
    C(
        "chrome-menu",
        "ky",
        "places",
        "Башкы бет / Жаңылыктар / Аймактар / Талас\nАйылда жыйын өттү.",
        [],
    ),
    C("chrome-counter", "ru", "participants", "Просмотров: 1 245\nВ селе прошел сход жителей.", []),
    C("chrome-rates", "ky", "dates", "USD 87.45 | EUR 92.10 | 04.12.2026\nАйылда жыйын өттү.", []),
    # the site's address under its copyright footer names its place (conventions silent;
    # three blind writers of four read it as content)
    C(
        "footer-address-content",
        "ru",
        "places",
        "В Ат-Башинском районе прошел сход жителей, они обсудили ремонт дорог, моста и школы.\n\n"
        "© 2025 Агентство\nАдрес: г. Бишкек, ул. Токтогула, 9",
        [("district", "Ат-Башы"), ("city", "Бишкек")],
    ),
    C(
        "footer-address-content",
        "ky",
        "places",
        "Кочкор районунда жыйын өттү, тургундар жолдорду жана мектепти оңдоо маселесин талкуулашты.\n\n"
        "Бардык укуктар корголгон.\nДарек: Нарын шаары, Ленин көчөсү, 5",
        [("district", "Кочкор"), ("city", "Нарын")],
    ),
    # ... also on the copyright line itself, after the owner's name and a stop (the owner
    # names no place); and the footer ends a related-news block over it
    C(
        "footer-address-content",
        "ru",
        "places",
        "В Ат-Башинском районе прошел сход жителей, они обсудили ремонт дорог, моста и школы.\n\n"
        "© 2025 Нарынское агентство. г. Талас, ул. Сарыгулова, 4",
        [("district", "Ат-Башы"), ("city", "Талас")],
    ),
    C(
        "footer-address-content",
        "ky",
        "places",
        "Кочкор районунда жыйын өттү, тургундар жолдорду жана мектепти оңдоо маселесин талкуулашты.\n\n"
        "Окшош жаңылыктар:\nТаласта форум өттү\n\n© 2025 Гезит\nДарек: Нарын шаары, Ленин көчөсү, 5",
        [("district", "Кочкор"), ("city", "Нарын")],
    ),
]


# Fifth batch: years stated, given by the issued date, or not given at all (a year a
# participle holds; one only arithmetic gives).
CELLS += [
    C(
        "year-from-issued",
        "ky",
        "dates",
        "12.04.2021 09:30\nУшул жылдын 5-апрелинде айылда жыйын өттү.",
        ["2021-04-05"],
    ),
    C(
        "year-unknown-last-year",
        "ky",
        "dates",
        "Өткөн жылдын 12-декабрында айылда мектеп ачылган.",
        ["--12-12"],
    ),
    C(
        "year-stated",
        "ky",
        "dates",
        "Айылдык кеңештин 2023-жылдын 15-январындагы №5 токтому аткарылды.",
        ["2023-01-15"],
    ),
    C(
        "year-stated",
        "ru",
        "dates",
        "Постановление айылного кенеша от 15 января 2023 года №5 выполнено.",
        ["2023-01-15"],
    ),
    C(
        "year-from-issued",
        "ru",
        "dates",
        "Бишкек, 03.02.23. /Кабар/. Сессия пройдет 10 февраля.",
        ["2023-02-10"],
    ),
    C("year-unknown", "ky", "dates", "Жыйын 14-июнда өтөт.", ["--06-14"]),
    C(
        "year-arithmetic-not",
        "ky",
        "dates",
        "1994-жылы негизделген мектептин 30 жылдыгы 12-октябрда белгиленди.",
        ["--10-12"],
    ),
]


# Sixth batch: datelines of other cities and agencies, a clock banner in Russian,
# bylines' hosts, local and area-code phones.
CELLS += [
    C(
        "dateline-city",
        "ru",
        "places",
        "ОШ, 12 мар — Sputnik. В мэрии прошло совещание.",
        [("city", "Ош")],
    ),
    # a city opening its paragraph before a dot, in small letters after its capital
    C("dateline-city", "ru", "places", "Ош. В мэрии прошло совещание.", [("city", "Ош")]),
    C(
        "dateline-city",
        "ky",
        "places",
        "Нарын. Шаардык кеңештин сессиясы өттү.",
        [("city", "Нарын")],
    ),
    C(
        "dateline-city",
        "ky",
        "places",
        "Нарын, 12.03.22. /Кабар/. Шаардык кеңештин сессиясы өттү.",
        [("city", "Нарын")],
    ),
    C(
        "dateline-city",
        "ru",
        "places",
        "Талас, 5 июня — Кабар. В городе прошел субботник.",
        [("city", "Талас")],
    ),
    C(
        "dateline-city-issued",
        "ru",
        "issued",
        "ОШ, 12 мар — Sputnik. В мэрии прошло совещание.",
        "--03-12",
    ),
    C("chrome-clock-places", "ru", "places", "Время в Бишкеке 14:20\nВ селе прошел сход.", []),
    C("url-host-in-text", "ky", "urls", "Бишкек – 24.kg. Шаарда жыйын өттү.", ["24.kg"]),
    C("url-host-in-text", "ru", "urls", "Фото: kabar.kg", ["kabar.kg"]),
    C("phone-local-left-out", "ky", "phones", "Маалымат үчүн: 5-01-02, 5-03-04.", []),
    C("phone-e164", "ky", "phones", "Тел.: +996 3222 5-01-02", ["+996322250102"]),
    C(
        "chrome-clock-places-near-miss",
        "ru",
        "places",
        "В Бишкеке время встречи перенесли на 14:20.",
        [("city", "Бишкек")],
    ),
    C(
        "chrome-clock-places",
        "ru",
        "places",
        "Четверг, 4 декабря 2026 | Время в Кыргызстане 09:15\nВ селе прошел сход.",
        [],
    ),
]


# Seventh batch: counts in Kyrgyz and Russian layouts (units and their people, about,
# more than, breakdowns, words).
CELLS += [
    C(
        "participants-units",
        "ky",
        "participants",
        "Иш-чарага райондун 12 айыл өкмөтүнүн өкүлдөрү катышты.",
        [(12, "exact")],
    ),
    C(
        "participants-about",
        "ky",
        "participants",
        "Семинарга жалпысынан 45ке жакын катышуучу келди.",
        [(45, "about")],
    ),
    C(
        "participants-subset",
        "ky",
        "participants",
        "Тренингге 25 аял жана 15 эркек катышты.",
        [(15, "exact"), (25, "exact")],
    ),
    C(
        "participants-words-more-than",
        "ky",
        "participants",
        "Жыйынга жүздөн ашык адам катышты.",
        [(100, "more_than")],
    ),
    C(
        "participants-more-than",
        "ky",
        "participants",
        "Курултайга 500дөн ашуун делегат катышты.",
        [(500, "more_than")],
    ),
    C(
        "participants-about",
        "ky",
        "participants",
        "Жолугушууга айылдын 200гө чукул тургуну келди.",
        [(200, "about")],
    ),
    C(
        "participants-units",
        "ky",
        "participants",
        "Окууга облустун 8 районунан 40 адис катышты.",
        [(8, "exact"), (40, "exact")],
    ),
    C(
        "participants-units",
        "ru",
        "participants",
        "В обучении участвовали 40 специалистов из 8 районов области.",
        [(8, "exact"), (40, "exact")],
    ),
    C("participants-words", "ky", "participants", "Сынакка жети команда катышты.", [(7, "exact")]),
    C(
        "participants-about",
        "ru",
        "participants",
        "На сход пришли около сотни жителей.",
        [(100, "about")],
    ),
]


# Sixth batch (issue 14, round 3's remaining classes): families who give their work,
# people who discussed at the meeting, and bodies that help (sponsors, partners: none).
CELLS += [
    C(
        "participants-families-work",
        "ky",
        "participants",
        "Ашарга 30дан ашык үй-бүлө өз эмгегин кошту.",
        [(30, "more_than")],
    ),
    C(
        "participants-families-work",
        "ru",
        "participants",
        "На субботник вышли более 20 семей.",
        [(20, "more_than")],
    ),
    C(
        "participants-discussed",
        "ky",
        "participants",
        "Жолдун маселесин айылдын 15 тургуну талкуулашты.",
        [(15, "exact")],
    ),
    C(
        "participants-discussed",
        "ru",
        "participants",
        "Жители четырех сел обсудили с главой айыл окмоту ремонт школы.",
        [(4, "exact")],
    ),
    C(
        "participants-not-bodies-helping",
        "ky",
        "participants",
        "Майрамды өткөрүүгө 8 уюм жардам беришти.",
        [],
    ),
    C(
        "participants-not-bodies-helping",
        "ru",
        "participants",
        "В подготовке праздника помогли 8 организаций.",
        [],
    ),
]
