"""Meetings as events (found by two analysts' walkthroughs: "собрание", "совещание", "аялдар
жыйыны", "тургундардын чогулушу" gave no event, and their people went to another event):
the Russian assembly, working meeting and council sitting, the Kyrgyz assembly by its case
forms (not "жыйынтык", a result, nor "жыйындар залы", a hall) and "чогулуш", with the
neuter verbs "состоялось" and "прошло" (a whole word: as a stem it starts "прошлой", last)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _kinds(text: str) -> list[str]:
    return [e.kind for e in parse_text(text).events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("20 мая в селе Чолпон состоялось собрание жителей, пришли 45 человек.", "жыйын"),
        ("В мэрии состоялось совещание по бюджету.", "жолугушуу"),
        ("В мэрии прошло совещание по бюджету.", "жолугушуу"),
        ("Состоялось заседание айылного кенеша.", "сессия"),
        ("Айылда аялдар жыйыны өттү.", "жыйын"),
        ("5-майда тургундардын чогулушу өттү, ага 40 киши катышты.", "жыйын"),
    ],
)
def test_a_meeting_is_an_event(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынтыгында 40 киши сертификат алды.",
        "Семинар облустук администрациянын жыйындар залында өттү.",
    ],
)
def test_a_result_or_a_hall_is_no_assembly(text: str) -> None:
    assert "жыйын" not in _kinds(text)


def test_the_adjective_last_is_no_event_verb() -> None:
    # near miss: "прошлой" starts like the verb "прошло", read as a whole word only
    assert _kinds("Собрание жителей на прошлой неделе перенесли.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Форум молодежи пройдет 5 марта 2026 года в Бишкеке. Заявки принимаются до 25 января "
        "2026 года у координатора форума.",
        "Сессия кенеша прошла 5 марта 2026 года. Отчет нужно представить на сессии не позднее 25 "
        "января 2027 года.",
    ],
)
def test_a_deadline_dates_no_event(text: str) -> None:
    # a Russian-speaking analyst's timeline showed a second forum on the applications'
    # deadline; the event with its own date stays (the near miss)
    starts = [e.start for e in parse_text(text).events]
    assert starts == ["2026-03-05"]
