"""`vap eval`'s lines for a person: an event's start in --show-errors, the split part
--per-doc shows (the real corpus's rule only), and the sentence when no gold file is in
the language asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from vap_cli.cli import cli

CONTACT_TEXT = "Маалымат үчүн: info@vap.kg, сайт: www.dpi.kg\n"


def run_vap(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def write_case(folder: Path, text: str, gold: dict, name: str = "case.txt") -> None:
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "docs" / name).write_text(text, encoding="utf-8")
    (folder / f"{Path(name).stem}.yaml").write_text(
        yaml.safe_dump({"doc": name, **gold}, allow_unicode=True), encoding="utf-8"
    )


# --show-errors prints an event with its start, extra as missed, and says so when it
# has none: the span after an extra is never read as its start.
@pytest.mark.parametrize(
    ("text", "gold_event", "extra", "missed"),
    [
        (
            "Кочкор районунда жолугушуу өттү. Ага 30 адам катышты.\n",
            {"kind": "семинар", "start": "2024-05-05"},
            "events extra: жолугушуу (no start)  ",
            "events missed: семинар 2024-05-05",
        ),
        (
            "Нарын шаарында 2024-жылдын 5-майында тренинг өттү.\n",
            {"kind": "курс"},
            "events extra: тренинг 2024-05-05  ",
            "events missed: курс (no start)",
        ),
    ],
)
def test_show_errors_prints_an_event_with_its_start_or_says_it_has_none(
    tmp_path, text, gold_event, extra, missed
):
    write_case(tmp_path, text, {"events": [gold_event]})
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"), "--show-errors")
    assert code == 0, out
    assert extra in out and missed in out


def test_show_errors_prints_an_event_found_as_the_gold_has_it_unchanged(tmp_path):
    # near miss: an event the gold file holds is neither extra nor missed
    text = "Нарын шаарында 2024-жылдын 5-майында тренинг өттү.\n"
    write_case(tmp_path, text, {"events": [{"kind": "тренинг", "start": "2024-05-05"}]})
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"), "--show-errors")
    assert code == 0, out
    assert "events extra" not in out and "events missed" not in out


def test_one_gold_file_not_in_the_language_asked_is_one_plain_sentence(tmp_path):
    write_case(tmp_path, CONTACT_TEXT, {"lang": "ky", "emails": ["info@vap.kg"]})
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"), "--lang", "ru")
    assert code == 1
    assert out.strip() == (
        f"vap: error: {tmp_path}: its one gold file is not in the language asked (--lang ru)"
    )


def test_per_doc_shows_no_split_part_outside_the_real_corpus(tmp_path):
    # the tune/check split is the real corpus's rule (its gold files name their page's
    # url): an analyst's own documents, numbered or not, are in no part
    write_case(tmp_path, CONTACT_TEXT, {"emails": ["info@vap.kg"]}, name="press_017.txt")
    write_case(tmp_path, CONTACT_TEXT, {"emails": ["info@vap.kg"]}, name="notes.txt")
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"), "-f", "json", "--per-doc")
    assert code == 0, out
    result = json.loads(out)
    assert {row["split"] for row in result["per_document"]} == {"-"}
    assert "tune" not in result["breakdown"] and "check" not in result["breakdown"]
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"), "--per-doc")
    assert "tune (" not in out and "check (" not in out
