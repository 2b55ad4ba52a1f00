"""The package's source files parsed once per test process, for every test that reads
their syntax (the architecture guards, the one-definition guard, the rule declarations of
`vap parse --explain`): parsing the ~300 files costs about 2 CPU-seconds and walking
their nodes about half a second. The tests marked xdist_group(SOURCE_TREES_GROUP) run on
one worker, so the files are parsed once in the suite. The trees are shared: a test
only reads them, never changes a node."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "vap_cli"
# the xdist group of the tests that read the trees (the name the architecture guards had)
SOURCE_TREES_GROUP = "architecture"


def sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@functools.cache
def syntax_tree(path: Path) -> ast.Module:
    """Each source file is parsed once for all the tests (they only read it)."""
    return ast.parse(path.read_text(encoding="utf-8"))


@functools.cache
def walk(tree: ast.AST) -> tuple[ast.AST, ...]:
    """Every node of `tree` (ast.walk's order), walked once for all the tests: each guard
    reads every node of every source file, and ast.walk costs what a guard's checks do."""
    return tuple(ast.walk(tree))
