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
