"""A yearless issued dateline takes its year from the page's own update stamp
(dates.year_from_update_stamp): two team-written pages each language, near misses that
keep the year unknown or take it from elsewhere, and an ordinary page it must not touch."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import explain_text, parse_text

RULE = "dates.year_from_update_stamp"


def _rules(text: str) -> set[str]:
    return {d.rule.code for d in explain_text(text)[1]}


PAGE_RU = (
    "В Кочкоре провели собрание фермеров\n\n"
    "Кочкор, {day}. - Районный отдел сельского хозяйства провел собрание для фермеров. "
    "Полив на участках начнется {later}.\n\n"
    "{stamp}\n"
)
PAGE_KY = (
    "Кочкордо дыйкандар менен жолугушуу болду\n\n"
    "Кочкор, {day}. Райондук айыл чарба бөлүмү дыйкандар менен жолугушуу өткөрдү. "
    "Талааларды сугаруу {later} башталат.\n\n"
    "{stamp}\n"
)


def _doc(page: str, day: str, later: str, stamp: str):
    return parse_text(page.format(day=day, later=later, stamp=stamp))


@pytest.mark.parametrize(
    ("page", "day", "later", "stamp", "issued", "event"),
    [
        (PAGE_RU, "5 мая", "20 мая", "Обновлено: 06.05.2021 10:15", "2021-05-05", "2021-05-20"),
        (PAGE_KY, "9-июнь", "15-июнда", "Жаңыртылды: 10.06.2019 08:40", "2019-06-09", "2019-06-15"),
        # the dateline's day after the update's: the year before (posted, then updated)
        (
            PAGE_RU,
            "30 декабря",
            "10 января",
            "Обновлено: 03.01.2022 12:00",
            "2021-12-30",
            "2022-01-10",
        ),
    ],
)
def test_a_yearless_dateline_takes_the_update_stamps_year(page, day, later, stamp, issued, event):
    doc = _doc(page, day, later, stamp)
    assert doc.issued == issued
    assert {d.start for d in doc.dates if d.role != "issued"} == {event}


@pytest.mark.parametrize(
    ("page", "day", "later"),
    [(PAGE_RU, "5 мая", "20 мая"), (PAGE_KY, "9-июнь", "15-июнда")],
)
def test_near_miss_without_a_stamp_the_year_stays_unknown(page, day, later):
    doc = _doc(page, day, later, "Фото: пресс-служба")
    assert doc.issued is not None and doc.issued.startswith("--")


def test_near_miss_a_dateline_with_its_year_keeps_it():
    doc = _doc(PAGE_RU, "5 мая 2020 года", "20 мая", "Обновлено: 06.05.2021 10:15")
    assert doc.issued == "2020-05-05"


def test_near_miss_an_update_said_in_prose_gives_no_year():
    # ordinary prose: a list "updated" on a full date, the sentence going on after it,
    # is no stamp that could give the page its year
    text = PAGE_RU.format(
        day="5 мая",
        later="20 мая",
        stamp="Список получателей был обновлен 6 мая 2021 года после встречи с жителями.",
    )
    doc = parse_text(text)
    assert RULE not in _rules(text)
    assert doc.issued == "--05-05"


def test_the_rule_is_explained():
    text = PAGE_KY.format(day="9-июнь", later="15-июнда", stamp="Жаңыртылды: 10.06.2019 08:40")
    assert RULE in _rules(text)


# --- revfix56: stamps that disagree on the year give none ------------------------------
# A site's own stamp in the header or footer ("Сайт обновлен: 01.12.2019") beside the
# page's: which one is the page's is not told, so the dateline's year stays unknown;
# stamps that agree give it (and a single stamp, above).


@pytest.mark.parametrize(
    ("page", "day", "later", "stamp", "issued"),
    [
        # a site's stamp over the page, the page's own under it
        (
            "Сайт обновлен: 01.12.2019\nГлавная | Новости | Контакты\n\n" + PAGE_RU,
            "5 мая",
            "20 мая",
            "Обновлено: 06.05.2021 10:15",
            "--05-05",
        ),
        # the page's stamp, then a site's in the footer
        (
            PAGE_KY + "\nСайт жаңыртылды: 03.02.2018\n© Айыл окмоту\n",
            "9-июнь",
            "15-июнда",
            "Жаңыртылды: 10.06.2019 08:40",
            "--06-09",
        ),
        # near miss: two stamps of the same year agree and give it
        (
            PAGE_RU + "\nОбновлено: 10.05.2021\n",
            "5 мая",
            "20 мая",
            "Обновлено: 06.05.2021 10:15",
            "2021-05-05",
        ),
    ],
)
def test_stamps_of_different_years_give_no_year(page, day, later, stamp, issued):
    assert _doc(page, day, later, stamp).issued == issued
