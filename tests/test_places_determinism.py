"""The places lexicon's tables are the same in every process. Python salts string
hashes per process, so a table built in a set's order would read a misspelt type
word (облуснун, конуштарына) with another case from one run to the next."""

from __future__ import annotations

import os
import subprocess
import sys

_TABLES = (
    "from vap_cli.extractors.places import vocabulary as v\n"
    "print(repr(list(v.TYPE_FORMS.items())))\n"
    "print(repr(list(v.MISSPELT_TYPE_FORMS.items())))\n"
    "print(repr(list(v.LONG_TYPE_FORMS.items())))\n"
)


def _tables(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _TABLES], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_type_word_tables_do_not_depend_on_the_hash_seed() -> None:
    assert _tables("1") == _tables("2")
