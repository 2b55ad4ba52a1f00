"""The README's terminal examples (`    $ COMMAND` and the lines it prints) run as
written from the repository root and print what the README shows. Only the
examples shown whole are run: one that elides (…), names a file of the reader's
(notes.txt, inbox/) or prints a time is an illustration."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INDENT = "    "
# A time, a reader's own file or an elision: the example is not run.
NOT_RUN = re.compile(r"…|\d\.\d\d s\b|notes\.txt|inbox/|scripts/|--db ")


def examples(readme: Path) -> list[tuple[str, list[str]]]:
    """(command, printed lines) of each `    $ vap ...` block of the README."""
    found: list[tuple[str, list[str]]] = []
    lines = readme.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if not line.startswith(INDENT + "$ "):
            continue
        printed = []
        for after in lines[i + 1 :]:
            if not after.startswith(INDENT) or after.startswith(INDENT + "$ "):
                break
            printed.append(after[len(INDENT) :])
        found.append((line[len(INDENT) + 2 :], printed))
    return found


RUN = [
    (command, printed)
    for command, printed in examples(ROOT / "README.md")
    if "vap " in command and not NOT_RUN.search(" ".join([command, *printed]))
]


def test_the_readme_has_examples_to_run() -> None:
    assert len(RUN) >= 3  # the walk finds them (places, clean, explain)


@pytest.mark.parametrize(("command", "printed"), RUN, ids=[c[:40] for c, _ in RUN])
def test_a_readme_example_prints_what_the_readme_shows(command: str, printed: list[str]) -> None:
    script = f'vap() {{ "{sys.executable}" -m vap_cli "$@"; }}\nset -o pipefail\n{command}\n'
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode("utf-8").splitlines() == printed


# The README's event-link numbers on the team corpus: "N of M events have a
# count (`SQL`), K a count of people (`SQL`...". Each is measured again here.
EVENT_COUNTS = re.compile(
    r"On the team corpus \(`vap parse (?P<folder>\S+) -f sqlite -o g\.db`\), (?P<linked>\d+) of\s+"
    r"(?P<events>\d+) events have a count \(`(?P<both>SELECT[^`]+)`\),\s+"
    r"(?P<people>\d+) a count of people \(`(?P<people_sql>SELECT[^`]+)`"
)


def test_the_readme_event_counts_are_what_the_team_corpus_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from click.testing import CliRunner

    from vap_cli.cli import cli

    said = EVENT_COUNTS.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert said is not None, "the README's passage on counts linked to events is not found"
    db = tmp_path / "g.db"
    # the README's command, run in this process (its numbers are what is checked, not the
    # process: the examples above run as a shell runs them)
    monkeypatch.chdir(ROOT)
    done = CliRunner().invoke(cli, ["parse", said["folder"], "-f", "sqlite", "-o", str(db), "-q"])
    assert done.exit_code == 0, done.output
    with sqlite3.connect(db) as connection:
        events, linked = connection.execute(said["both"]).fetchone()
        (people,) = connection.execute(said["people_sql"]).fetchone()
    assert (events, linked, people) == (
        int(said["events"]),
        int(said["linked"]),
        int(said["people"]),
    )


# A repository path the README or docs/ name (tests/..., docs/..., data/..., src/...,
# scripts/...) exists: a file that moved leaves no dead path in the docs. NAME, a
# glob or a path ending in "_" (a prefix) stand for many files; "docs/s" is a rate.
DOC_PATH = re.compile(r"(?<![\w/.-])((?:src|tests|docs|data|scripts)/[\w.-][\w./-]*\w)(?![\w*])")
STANDS_FOR_MANY = re.compile(r"NAME|_$")


def dead_paths(text: str) -> list[str]:
    return [
        found
        for found in DOC_PATH.findall(text)
        if not STANDS_FOR_MANY.search(found) and not (ROOT / found).exists()
    ]


def test_a_path_the_docs_name_exists() -> None:
    documents = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    dead = {doc.name: dead_paths(doc.read_text(encoding="utf-8")) for doc in documents}
    assert {name: paths for name, paths in dead.items() if paths} == {}


def test_a_moved_file_is_a_dead_path() -> None:
    assert dead_paths("floors in tests/gold/floors.yaml and tests/quality_floors.yaml") == [
        "tests/gold/floors.yaml"
    ]
