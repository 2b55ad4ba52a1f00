"""Failure classes of held-out round 36 (blind pages: Russian official prose of oblast,
city, district and agency sites, Kyrgyz ayil okmotu and kenesh sites with persons and
counts), each as a rule about the language or the layout: team-written inputs that must
give the record, and a near miss that must not (none of the sentences is round 36's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def values(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def dates(text: str) -> list[str]:
    return sorted(d.start for d in parse_text(text).dates)


# --- votes for a list, a person or a decision: anyone's, not only voters' ----------------
# With a word of voting in the sentence (participation.yaml `voting_words`), a count after
# "за" ("За список проголосовали 48 делегатов") or after a Kyrgyz pronoun in the dative
# (`vote_for_pronouns`: "Ага 96 тургун добуш берди") votes for someone or something
# (participants.votes_for); a stance right after the count ("130 тургун «макул»", "40
# жителей проголосовали «за»", `vote_stance_after`) is a vote on a decision (participants.decision_votes).
# Not who voted in an election ("Шайлоого 3 000 шайлоочу добуш берди"), nor "ага" before a
# verb of taking part, nor "за" before a span of time ("за два дня").


@pytest.mark.parametrize(
    "text",
    [
        "По итогам обсуждения «за» проголосовали 21 депутат.",
        "За предложенный проект решения проголосовали 48 делегатов.",
        "Жыйында тургундар жаңы төраганы шайлашты. Ага 96 тургун добуш берди.",
        "Курултайда төрага шайланды. Аларга 60 делегат добуш беришти.",
        "Ачык добуш берүүдө 130 тургун «макул», 12си «каршы» болду.",
        "На сходе 40 жителей проголосовали «за», трое — «против».",
    ],
)
def test_votes_for_someone_or_on_a_decision_are_no_count(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: turnout, and "ага" before a verb of taking part
        ("Шайлоого 3 000 шайлоочу добуш берди.", [3000]),
        ("Айылда жыйын өттү. Ага 150 тургун катышты.", [150]),
        ("Шайлоо жекшембиде өттү, ага 3 000 шайлоочу добуш берүүгө келди.", [3000]),
        ("В голосовании по проекту приняли участие 312 делегатов.", [312]),
        ("Онлайн проголосовали 200 учащихся школ района.", [200]),
        # "за" opening a span of time is no vote for anything
        ("За два дня голосования проголосовали 3 000 жителей.", [3000]),
    ],
)
def test_who_voted_or_took_part_still_counts(text: str, expected: list[int]) -> None:
    assert values(text) == expected


# --- "Кошулган убакыт: 14-июль, 2025": a posting label with the bare "time" noun ---------
# The Kyrgyz label of a post's time says "убакыт" (and "убакыты") as well as "убактысы"
# (dates.yaml `issued_line_words`, lines.yaml `posting_labels`): the page's own date line.


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("Кошулган убакыт: 3-май, 2024 | Автор: Асель Токтогулова", "2024-05-03"),
        ("Жарыяланган убакыт: 21.11.2022 | Көрүүлөр: 140", "2022-11-21"),
        ("Жарыяланган убакыты: 09.02.2021", "2021-02-09"),
    ],
)
def test_a_posting_time_label_dates_the_page(line: str, issued: str) -> None:
    text = (
        f"КАРА-ТОО АЙЫЛ ӨКМӨТҮ\n\nАким тургундар менен жолукту\n\n{line}\n\n"
        "Ушул жылдын 1-майында аким айылга келди.\n"
    )
    doc = parse_text(text)
    assert doc.issued == issued
    assert doc.issued[:4] in {d.start[:4] for d in doc.dates}  # the year fills "1-майында"


def test_an_event_time_label_in_the_body_is_no_posting_date() -> None:
    # near miss: an announced event's time under the prose
    text = (
        "КАРА-ТОО АЙЫЛ ӨКМӨТҮ\n\nКулактандыруу\n\n"
        "Айыл өкмөтү тургундарды жыйынга чакырат. Жыйында бюджет талкууланат.\n\n"
        "Өтүүчү убакыт: 20-июль, 2025, саат 10:00\n"
    )
    assert parse_text(text).issued is None


# --- "председатели трех айыльных кенешей": the adjective spelt with a soft sign -----------
# Russian writes "айыльный" as well as "айылный" (and "аильный"), as places.yaml's type
# words already read: the counted units of participation.yaml's Russian lemmas.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В совещании приняли участие председатели пяти айыльных кенешей района.",
            [5],
        ),
        (
            "В семинаре участвовали бухгалтеры всех девяти айыльных аймаков района.",
            [9],
        ),
        ("На форум прибыли представители 14 аильных аймаков.", [14]),
    ],
)
def test_the_soft_sign_spelling_counts_its_units(text: str, expected: list[int]) -> None:
    assert values(text) == expected


def test_units_that_are_in_the_soft_sign_spelling_are_no_count() -> None:
    # near miss: what there is
    assert values("В районе 12 айыльных аймаков.") == []


# --- "во всех четырех центрах": a venue after a preposition and a determiner ------------
# "в 12 районах" is where, not who (participants.host_preposition); so is a venue
# (`host_venue_lemmas`) with a determiner between (`host_determiners`: всех, этих, ...).
# Not a unit whose people took part where it was held ("во всех девяти айыл окмоту района
# прошли слушания", round 19's call).


@pytest.mark.parametrize(
    "text",
    [
        "Приемы прошли во всех пяти сельских центрах, пришли 80 жителей.",
        "Занятия прошли в этих 3 школах района, участвовали 60 учителей.",
    ],
)
def test_a_venue_after_a_determiner_is_where_not_who(text: str) -> None:
    assert len(values(text)) == 1


def test_units_after_a_determiner_still_count() -> None:
    # near miss: a self-governed unit, not a venue
    assert values("Слушания прошли во всех семи айыл окмоту района.") == [7]


# --- "Газета основана 1 мая 1931 года": a masthead's founding line with the paper's noun --
# The static founding line is chrome also when the paper's noun opens it as the opener's
# subject (lines_chrome.MASTHEAD_OPENER, lines.yaml `masthead_openers`).


@pytest.mark.parametrize(
    "founded",
    ["Газета основана 3 марта 1935 года", "Гезит негизделген: 1957-жылдын 5-июну"],
)
def test_a_founding_line_after_the_papers_noun_is_chrome(founded: str) -> None:
    text = (
        f"ВЕСТИ РАЙОНА\nОбщественно-политическая газета\n{founded}\n"
        "№ 12 (5501)  14 октября 2016 г.\n\nСХОД В СЕЛЕ\n\n"
        "В субботу, 8 октября, в селе прошел сход жителей.\n"
    )
    found = dates(text)
    assert "1935-03-03" not in found and "1957-06-05" not in found
    assert "2016-10-14" in found


def test_a_founding_date_in_prose_is_a_date() -> None:
    # near miss: a long prose line, no masthead
    text = (
        "ВЕСТИ РАЙОНА\n\nЮБИЛЕЙ РЕДАКЦИИ\n\n"
        "Газета основана 3 марта 1935 года, и в этот день в редакции соберутся ветераны, "
        "читатели и гости из соседних районов.\n"
    )
    assert "1935-03-03" in dates(text)


# --- "14 жаштар уюмунун мүчөсү": members of a body named by a compound -------------------
# A compound whose first word is a who-noun names a body ("жаштар уюму", "аялдар
# комитети": participants.not_who_compound), but a noun of its people after it in the
# singular, its member or representative (`compound_people_stems`: мүчө, өкүл), makes
# the count one of those people.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйынга 12 жаштар уюмунун мүчөсү катышты.", [12]),
        ("Сессияга 40 тургун, анын ичинен 7 аялдар комитетинин өкүлү катышты.", [7, 40]),
    ],
)
def test_members_of_a_compound_body_count(text: str, expected: list[int]) -> None:
    assert values(text) == expected


def test_a_compound_body_alone_is_no_people() -> None:
    # near miss: the bodies themselves, opened
    assert values("Айылда 2 жаштар борбору ачылды.") == []


# --- "40тан ашуун жаңгак сатуучу": sellers at a fair ----------------------------------------
# Who sell at a fair or a festival take part as its exhibitors (participation.yaml `who`:
# сатуучу, продавец), with a verb of taking part: a market's sellers are its roster.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жарманкеге 25 дыйкан жана 30дан ашык мөмө сатуучу катышты.",
            [(25, "exact"), (30, "more_than")],
        ),
        ("На ярмарку приехали более 60 продавцов.", [(60, "more_than")]),
    ],
)
def test_sellers_at_a_fair_take_part(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_markets_sellers_are_no_count() -> None:
    # near miss: no verb of taking part
    assert values("Базарда 200 сатуучу соода кылат.") == []


# --- "Уюштуруучулардын болжолу боюнча, ... 2-3 миң конок келет": an estimate --------------
# A sentence said as an estimate, by a phrase a few words before the count
# (`estimate_phrases`: болжолу боюнча, по оценкам, по прогнозам ...), makes a count with no
# qualifier of its own "about", a range's two ends too.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уюштуруучулардын болжолу боюнча, майрамга 4-5 миң конок келет.",
            [(4000, "about"), (5000, "about")],
        ),
        ("По оценкам организаторов, на фестиваль приедут 500 гостей.", [(500, "about")]),
        (
            "По прогнозам организаторов, на ярмарку придут более 300 жителей.",
            [(300, "more_than")],
        ),
    ],
)
def test_an_estimated_count_is_about(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_preliminary_data_is_no_estimate() -> None:
    # near miss: data, no estimate
    assert counts("По предварительным данным, на фестиваль приедут 500 гостей.") == [(500, "exact")]


# --- "к занятиям были привлечены шесть тренеров": engaged to the work -------------------
# The Russian of Kyrgyz "тартылды" ("Эмдөөгө 62 медик тартылды"): people engaged to the
# work or the classes take part (participation.yaml `status`: привлечены, привлечено), a
# noun of `who` or of agents; not a thing ("привлечено 5 млн сомов") nor investors.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кроме того, к семинару были привлечены восемь тренеров-консультантов.", [8]),
        ("К очистке арыков привлечено 40 волонтеров.", [40]),
    ],
)
def test_people_engaged_to_the_work_take_part(text: str, expected: list[int]) -> None:
    assert values(text) == expected


def test_money_or_investors_engaged_are_no_count() -> None:
    # near misses
    assert values("На строительство привлечено 5 млн сомов.") == []
    assert values("Для проекта привлечены 3 инвестора.") == []
