"""Failure classes of held-out rounds 12 and 13 (issue 14), each as a rule about the
language or the page's layout: two team-written inputs and a near miss that must not
match. The sentences are the team's own, not the rounds' documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


def _dates(text: str) -> list[str]:
    return [d.start for d in parse_text(text).dates if d.role != "issued"]


# --- a site's address on its copyright line is content; the owner before it is not ----------

_BODY_RU = "В Ат-Башинском районе прошел сход жителей по ремонту дорог и моста.\n\n"
_BODY_KY = "Кочкор районунда жыйын өттү, тургундар жолдорду оңдоо маселесин талкуулашты.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BODY_RU + "© 2025 Агентство развития. г. Нарын, ул. Ленина, 12",
            {"district:Ат-Башы", "city:Нарын"},
        ),
        # the owner's name ("Нарын таңы") stays chrome; the labelled address is content
        (
            _BODY_KY + "© 2024 «Нарын таңы» гезити | Дарек: Талас шаары, Бердике баатыр көчөсү, 5",
            {"district:Кочкор", "city:Талас"},
        ),
        # near miss: no stop between the owner and the address, the line is chrome whole
        (
            _BODY_RU
            + "© 2025 Талас облустук администрациясы, Талас шаары, Бердике баатыр көчөсү, 5",
            {"district:Ат-Башы"},
        ),
    ],
)
def test_the_address_on_a_copyright_line_names_its_place(text, expected):
    assert _places(text) == expected


# --- the footer ends a related-news block: the address under it is content ------------------

_RELATED = "Окшош жаңылыктар:\nТаласта жаштар форуму өттү\nБаткенде жаңы мектеп ачылды\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BODY_KY + _RELATED + "\n© 2025 Райондук администрация\n"
            "Дарек: Нарын облусу, Кочкор району, Кочкор айылы, Ленин көчөсү, 3",
            {"district:Кочкор", "oblast:Нарын", "village:Кочкор"},
        ),
        (
            _BODY_RU + "Другие новости\nВ Оше прошел форум молодежи\nВ Таласе открыли школу\n"
            "\nВсе права защищены, 2025\nАдрес: Жалал-Абадская область, г. Токтогул, ул. Ленина, 7",
            {"district:Ат-Башы", "oblast:Жалал-Абад", "city:Токтогул"},
        ),
        # near miss: a related headline naming a place, no footer: still chrome
        (
            _BODY_KY + _RELATED + "Нарын облусунда жолдор оңдолду",
            {"district:Кочкор"},
        ),
    ],
)
def test_a_footer_ends_the_related_news_block_over_it(text, expected):
    assert _places(text) == expected


# --- a founding line with its year does not wrap: the date line under it is the
# masthead's date (a date of the issue, in dates) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ТАЛАС ТАҢЫ\nОблустук коомдук-саясий гезит\nНегизделген 1932-жылы\n"
            "№ 12 (8456) 14-март, 2024-жыл\n\nАйылда жыйын болду. Кийинки жыйын 20-мартта өтөт.",
            ["2024-03-14", "2024-03-20"],
        ),
        (
            "ЗАРЯ ЧУЯ\nОбщественно-политическая газета\nОснована в 1957 году\n"
            "№ 30 (9120) 5 июля 2023 года\n\nВ селе прошел сход. Следующий пройдет 12 июля.",
            ["2023-07-05", "2023-07-12"],
        ),
        # near miss: a founding line without its year wraps to the short line under it
        (
            "ЗАРЯ ЧУЯ\nОбщественно-политическая газета\nОснована 5 июня\n1957 года\n\n"
            "В селе прошел сход. Следующий сход пройдет 20 марта 2024 года.",
            ["2024-03-20"],
        ),
    ],
)
def test_a_founding_line_with_its_year_does_not_wrap(text, expected):
    assert _dates(text) == expected


# --- a resolution's date line under its number and type ("№ 5 ТОКТОМУ") is issued, also
# past the header's lines ----------------------------------------------------------------------

_COUNCIL_KY = (
    "КЫРГЫЗ РЕСПУБЛИКАСЫ\nЧҮЙ ОБЛУСУ КЕМИН РАЙОНУ\nАЛМАЛУУ АЙЫЛ АЙМАГЫНЫН АЙЫЛДЫК КЕҢЕШИ\n"
    "Алмалуу айылы, Ленин көчөсү №3\n"
    "Алмалуу айылдык кеңешинин жетинчи чакырылышынын XII сессиясынын\n"
)
_BUDGET_KY = (
    "\n\nАйылдын бюджетин тактоо жөнүндө. Айылдык кеңеш токтом кылат: 2024-жылдын "
    "1-июлуна чейин аткарылсын."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _COUNCIL_KY
            + "№ 5 ТОКТОМУ\n22 — май 2024 — жыл                       Алмалуу айылы"
            + _BUDGET_KY,
            "2024-05-22",
        ),
        (
            "КЫРГЫЗСКАЯ РЕСПУБЛИКА\nЧУЙСКАЯ ОБЛАСТЬ ЖАЙЫЛСКИЙ РАЙОН\n"
            "АЙЫЛЬНЫЙ КЕНЕШ СУУСАМЫРСКОГО АЙЫЛЬНОГО АЙМАКА\nс. Суусамыр, ул. Ленина, 1\n"
            "очередной сессии айыльного кенеша седьмого созыва\nРЕШЕНИЕ № 14\n"
            "12 ноября 2024 года                     с. Суусамыр\n\n"
            "О местном бюджете. Айыльный кенеш решил: исполнить до 1 декабря 2024 года.",
            "2024-11-12",
        ),
        # near miss: a number over the date line with no act's type word
        (
            _COUNCIL_KY
            + "Маалымат № 5\n22 — май 2024 — жыл                       Алмалуу айылы"
            + _BUDGET_KY,
            None,
        ),
    ],
)
def test_a_date_line_under_the_acts_number_is_issued(text, expected):
    assert parse_text(text).issued == expected
