"""What start-up builds from data files is cached on disk, keyed by the files."""

from __future__ import annotations

import gc
import importlib
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vap_cli import diskcache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VAP_NO_CACHE", raising=False)
    return tmp_path / "cache"


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, int]:
        self.calls += 1
        return {"built": self.calls}


def test_a_value_is_built_once_and_read_back(cache_home: Path, tmp_path: Path) -> None:
    data = tmp_path / "lexicon.yaml"
    data.write_text("a: 1\n")
    build = Builder()
    assert diskcache.cached("thing", [data], build) == {"built": 1}
    assert diskcache.cached("thing", [data], build) == {"built": 1}
    assert build.calls == 1


def test_a_changed_data_file_rebuilds(cache_home: Path, tmp_path: Path) -> None:
    data = tmp_path / "lexicon.yaml"
    data.write_text("a: 1\n")
    build = Builder()
    diskcache.cached("thing", [data], build)
    data.write_text("a: 2\n")
    assert diskcache.cached("thing", [data], build) == {"built": 2}


def test_a_corrupt_entry_is_rebuilt(cache_home: Path, tmp_path: Path) -> None:
    data = tmp_path / "lexicon.yaml"
    data.write_text("a: 1\n")
    build = Builder()
    diskcache.cached("thing", [data], build)
    for entry in cache_home.glob("thing-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert diskcache.cached("thing", [data], build) == {"built": 2}


def test_an_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("VAP_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot exist
    data = tmp_path / "lexicon.yaml"
    data.write_text("a: 1\n")
    build = Builder()
    assert diskcache.cached("thing", [data], build) == {"built": 1}
    assert diskcache.cached("thing", [data], build) == {"built": 2}


def test_no_cache_when_turned_off(cache_home: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VAP_NO_CACHE", "1")
    data = tmp_path / "lexicon.yaml"
    data.write_text("a: 1\n")
    build = Builder()
    diskcache.cached("thing", [data], build)
    diskcache.cached("thing", [data], build)
    assert build.calls == 2
    assert not cache_home.exists()


def test_the_builder_module_is_part_of_the_key(cache_home: Path, tmp_path: Path) -> None:
    data, code = tmp_path / "lexicon.yaml", tmp_path / "builder.py"
    data.write_text("a: 1\n")
    code.write_text("VERSION = 1\n")
    build = Builder()
    diskcache.cached("thing", [data, code], build)
    code.write_text("VERSION = 2\n")
    assert diskcache.cached("thing", [data, code], build) == {"built": 2}


def test_an_unreadable_source_leaves_the_error_to_the_builder(cache_home: Path, tmp_path: Path):
    def build() -> None:
        raise ValueError("the builder names the missing file")

    with pytest.raises(ValueError, match="names the missing file"):
        diskcache.cached("thing", [tmp_path / "missing.yaml"], build)


def test_the_gazetteer_and_its_index_come_back_from_the_cache_as_one(cache_home: Path):
    # A second process (simulated: the in-process cache cleared) reads the pickle,
    # and the index still points at the gazetteer's own units.
    from vap_cli import resources
    from vap_cli.pipeline import parse_text

    resources._load.cache_clear()
    first = resources.load(())
    assert list(cache_home.glob("gazetteer-*.pickle"))
    resources._load.cache_clear()
    second = resources.load(())
    resources._load.cache_clear()
    assert second is not first
    places = parse_text("Нарын облусунун Ат-Башы районунда", resources=second).places
    assert {(p.level, p.name) for p in places} >= {("oblast", "Нарын"), ("district", "Ат-Башы")}
    assert second.place_index.gazetteer is second.gazetteer


def test_a_lexicon_is_parsed_once_then_read_from_the_cache(cache_home: Path) -> None:
    # A second process (simulated: the in-process cache cleared) reads the pickle, not
    # the YAML: an entry replaced on disk is what comes back.
    import pickle

    from vap_cli import lexicon

    lexicon.load.cache_clear()
    try:
        parsed = lexicon.load("sentences")
        assert parsed == lexicon._parse("sentences")
        [entry] = cache_home.glob("lexicon-sentences-*.pickle")
        entry.write_bytes(pickle.dumps({"abbreviations": ["from the cache"]}))
        lexicon.load.cache_clear()
        assert lexicon.load("sentences") == {"abbreviations": ["from the cache"]}
    finally:
        lexicon.load.cache_clear()


def test_a_compiled_regex_is_read_back_from_the_cache(cache_home: Path) -> None:
    # A second process (simulated: a new table on the same file) gets the pattern
    # from the disk, compiled, and it matches as the compiled one does.
    from vap_cli import rx

    pattern = r"(?<!\p{L})(?:ноябр(?:ь|я|ында))(?!\p{L})"
    table = rx._Table(cache_home / "regex.pickle")
    compiled = table.compile(pattern, rx.regex.IGNORECASE)
    table.save()
    again = rx._Table(cache_home / "regex.pickle")
    assert (pattern, int(rx.regex.IGNORECASE), ()) in again.encoded
    loaded = again.compile(pattern, rx.regex.IGNORECASE)
    assert not again.dirty  # nothing new to write: nothing was compiled
    text = "20-НОЯБРЫНДА жана 3 ноября"
    assert [m.span() for m in loaded.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert len(loaded.findall(text)) == 2


def test_a_trie_is_written_once_and_read_back_from_the_cache(cache_home: Path) -> None:
    # rx.union's tries are kept by a digest of their atoms: a second process
    # (simulated: a new table on the same file) reads the text without building it.
    from vap_cli import rx

    words = [rx.atoms(w) for w in ("ноябрь", "ноябрында", "ноябр", "нарын")]
    tries = diskcache.Stored[bytes, str](cache_home / "union.pickle")
    written = tries.get(b"key", lambda: rx._trie(words))
    assert tries.dirty
    tries.save()

    def never() -> str:
        raise AssertionError("built again")

    again = diskcache.Stored[bytes, str](cache_home / "union.pickle")
    assert again.get(b"key", never) == written == "н(?:арын|оябр(?:ында|ь)?)"
    assert not again.dirty
    # union itself: the same text from the cache as built, and other atoms another.
    assert rx.union(words) == rx.union(iter(words)) == written
    assert rx.union([["ноябр"], ["ь"]]) != rx.union([["ноябрь"]])


def test_a_trie_has_one_key_in_every_process(cache_home: Path) -> None:
    # A first process builds the lexicons from their YAML, others read them from the
    # cache, after the gazetteer or the CLI (other string objects shared, another hash
    # seed): all find each trie under the same key, so none writes one again.
    modules = "vap_cli.cli, vap_cli.commands.parse, vap_cli.pipeline"
    scripts = (
        f"import {modules}",
        f"import vap_cli.resources as r; r.default(); import {modules}",
        f"import {', '.join(reversed(modules.split(', ')))}",
    )
    keys = []
    for seed, script in enumerate(scripts):
        env = {**os.environ, "VAP_CACHE_DIR": str(cache_home), "PYTHONHASHSEED": str(seed)}
        subprocess.run([sys.executable, "-c", script], env=env, check=True)
        (stored,) = cache_home.glob("union-*.pickle")
        with stored.open("rb") as fh:
            keys.append(set(diskcache.unpickle(fh)))
    assert keys[0] and keys[0] == keys[1] == keys[2]


# The compiled patterns' file holds each pattern pickled on its own (diskcache.Pickled):
# a process rebuilds only the patterns it asks for.


def test_a_stored_pattern_is_rebuilt_only_when_asked_for(cache_home: Path) -> None:
    from vap_cli import rx

    table = rx._Table(cache_home / "patterns.pickle")
    table.compile(r"(?<!\p{L})күн(?:дө|гө)(?!\p{L})", 0)
    table.compile(r"(?<!\p{L})шаар(?:ында|ынан)(?!\p{L})", 0)
    table.save()
    again = rx._Table(cache_home / "patterns.pickle")
    assert again.patterns == {} and len(again.encoded) == 2
    city = again.compile(r"(?<!\p{L})шаар(?:ында|ынан)(?!\p{L})", 0)
    assert [key[0] for key in again.patterns] == [r"(?<!\p{L})шаар(?:ында|ынан)(?!\p{L})"]
    assert city.findall("Ош шаарында, Нарын шаарынан") == ["шаарында", "шаарынан"]
    assert not again.dirty
    # a process that compiles a new one writes back the one it never asked for too
    again.compile(r"\d{4}-жыл", 0)
    again.save()
    third = rx._Table(cache_home / "patterns.pickle")
    assert len(third.encoded) == 3


def test_an_unreadable_stored_pattern_is_compiled_again(cache_home: Path) -> None:
    # near miss of the above: an entry whose pickle cannot be read is not used
    from vap_cli import rx

    table = rx._Table(cache_home / "patterns.pickle")
    table.compile(r"\d+ киши", 0)
    table.save()
    again = rx._Table(cache_home / "patterns.pickle")
    (key,) = again.encoded
    again.encoded[key] = b"not a pickle"
    assert again.compile(r"\d+ киши", 0).findall("12 киши жана 7 киши") == ["12 киши", "7 киши"]
    assert again.dirty and key not in again.encoded


def test_a_corrupt_regex_cache_is_compiled_again(cache_home: Path) -> None:
    from vap_cli import rx

    cache_home.mkdir(parents=True)
    (cache_home / "regex.pickle").write_bytes(b"not a pickle")
    table = rx._Table(cache_home / "regex.pickle")
    assert table.patterns == {}
    assert table.compile(r"\d+", 0).findall("12 ай 7") == ["12", "7"]
    assert table.dirty


def test_every_pattern_has_the_same_text_in_every_process() -> None:
    # The compiled patterns on disk are keyed by their text: a pattern built from a
    # set in hash order would differ from one process to the next, never be found,
    # and be compiled again at each start-up. Another process, another hash seed.
    import subprocess
    import sys

    import vap_cli.commands.parse  # noqa: F401 - compiles its patterns
    import vap_cli.pipeline  # noqa: F401
    from vap_cli import rx

    code = (
        "import vap_cli.commands.parse, vap_cli.pipeline\n"
        "from vap_cli import rx\n"
        "print(repr(sorted(rx._table().used)))\n"
    )
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    other = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONHASHSEED": seed, "VAP_NO_CACHE": "1"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    theirs = set(eval(other))  # noqa: S307 - the repr of a list of (str, int), printed above
    assert len(theirs) > 100 and theirs <= rx._table().used


def test_a_pattern_with_a_named_list_is_cached_with_its_list(cache_home: Path) -> None:
    # The persons' anchor holds the given names as a named list (\\L<given>): the list
    # is part of the key, so another list is another pattern, not the cached one.
    from vap_cli import rx

    path = cache_home / "named.pickle"
    table = rx._Table(path)
    pattern = r"(?<!\w)\L<given>(?!\w)"
    assert table.compile(pattern, 0, {"given": ["Асан", "Бакыт"]}).findall("Асан, Бакыт") == [
        "Асан",
        "Бакыт",
    ]
    table.save()
    again = rx._Table(path)
    assert again.compile(pattern, 0, {"given": ["Бакыт", "Асан"]}).findall("Бакыт") == ["Бакыт"]
    assert not again.dirty  # the same list in another order: found on disk
    assert again.compile(pattern, 0, {"given": ["Айгүл"]}).findall("Асан, Айгүл") == ["Айгүл"]
    assert again.dirty  # another list: compiled


# What a command builds to keep (the pipeline, the gazetteer) is made with the garbage
# collector paused and frozen after; checked in a process of its own, where freezing
# touches nothing of the test run.
LONG_LIVED = (
    "import gc\n"
    "from vap_cli.diskcache import long_lived\n"
    "from vap_cli.commands.gazetteer_option import use_gazetteer_files\n"
    "frozen = gc.get_freeze_count()\n"
    "seen = []\n"
    "with long_lived():\n"
    "    seen.append(gc.isenabled())\n"
    "    table = [[n] for n in range(50_000)]\n"
    "print(seen, gc.isenabled(), gc.get_freeze_count() - frozen >= 50_000)\n"
    "use_gazetteer_files(())\n"
    "import sys\n"
    "print('vap_cli.pipeline' in sys.modules, gc.isenabled())\n"
)


def test_what_a_command_keeps_is_built_with_the_collector_paused_then_frozen(
    cache_home: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", LONG_LIVED], capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[:2] == ["[False] True True", "True True"]


# A source file's digest is kept with its stamp: a file unchanged since it was stamped
# is not read again (known_digests). Files written just now are never stamped, so the
# tests that rewrite a file within one tick of the clock (above) see every write.


@pytest.fixture
def stamp_every_file(monkeypatch: pytest.MonkeyPatch) -> None:
    # as if every file had been written long ago: each is stamped when first hashed
    monkeypatch.setattr(diskcache, "STAMP_SETTLED_S", -1.0)


def test_a_stamped_file_is_not_read_again(
    cache_home: Path, tmp_path: Path, stamp_every_file: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "lexicon.yaml"
    data.write_text("a: 1\n")
    build = Builder()
    diskcache.cached("thing", [data], build)
    diskcache.known_digests(cache_home).save()  # what the process writes at its exit
    diskcache.known_digests.cache_clear()  # another process
    try:

        def unread(self: Path) -> bytes:
            raise AssertionError(f"{self} read again")

        monkeypatch.setattr(Path, "read_bytes", unread)
        assert diskcache.cached("thing", [data], build) == {"built": 1}
    finally:
        diskcache.known_digests.cache_clear()


def test_a_stamped_file_written_again_is_read_again(
    cache_home: Path, tmp_path: Path, stamp_every_file: None
) -> None:
    # the same size, its modification time set back: the change time still moved
    data = tmp_path / "lexicon.yaml"
    data.write_text("a: 1\n")
    build = Builder()
    diskcache.cached("thing", [data], build)
    before = data.stat()
    time.sleep(0.05)  # past a tick of the file system's clock
    data.write_text("a: 2\n")
    os.utime(data, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert diskcache.cached("thing", [data], build) == {"built": 2}
    diskcache.known_digests.cache_clear()


def test_a_file_written_just_now_is_not_stamped(cache_home: Path, tmp_path: Path) -> None:
    # near miss of the above: too young to be stamped, so hashed at every look
    data = tmp_path / "lexicon.yaml"
    data.write_text("a: 1\n")
    diskcache.cached("thing", [data], Builder())
    assert str(data) not in diskcache.known_digests(cache_home).known
    diskcache.known_digests.cache_clear()


# Each install of vap (checkout, virtual environment) keeps its digests in a file of
# its own: one shared file grew with every checkout that ever ran.


def test_two_installs_keep_their_digests_apart(cache_home: Path) -> None:
    one = diskcache.digests_file(cache_home, "/checkouts/one/src/vap_cli")
    other = diskcache.digests_file(cache_home, "/venvs/two/site-packages/vap_cli")
    assert one != other
    assert one.parent == other.parent == cache_home


def test_one_install_finds_its_digests_again(cache_home: Path) -> None:
    # near miss of the above: the same install names the same file in every process
    where = "/checkouts/one/src/vap_cli"
    assert diskcache.digests_file(cache_home, where) == diskcache.digests_file(cache_home, where)
    assert diskcache.known_digests(cache_home).path == diskcache.digests_file(
        cache_home, os.path.dirname(os.path.abspath(diskcache.__file__))
    )
    diskcache.known_digests.cache_clear()


# A document is parsed with the garbage collector paused (pipeline.py), and the
# collector is then as it was before.


def test_a_document_is_parsed_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    from vap_cli import pipeline

    seen: list[bool] = []
    monkeypatch.setattr(
        pipeline, "EXTRACTORS", [*pipeline.EXTRACTORS, lambda ctx: seen.append(gc.isenabled())]
    )
    assert gc.isenabled()
    doc = pipeline.parse_text("2024-жылдын 3-майында Талас облусунда 40 мугалим катышты.")
    _, decisions = pipeline.explain_text("Баткен шаарында 12 дарыгер жыйналды.")
    assert seen == [False, False]
    assert gc.isenabled()
    assert doc.participants[0].count == 40 and decisions


def test_a_paused_collector_is_set_back_after_a_failure_and_left_off_when_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vap_cli import pipeline

    def fails(ctx: object) -> None:
        raise RuntimeError("an extractor failed")

    monkeypatch.setattr(pipeline, "EXTRACTORS", [fails])
    with pytest.raises(RuntimeError):
        pipeline.parse_text("Нарын шаарында 7 окуучу.")
    assert gc.isenabled()
    gc.disable()
    try:
        monkeypatch.setattr(pipeline, "EXTRACTORS", [])
        pipeline.parse_text("Ош шаарында 9 окуучу.")
        assert not gc.isenabled()
    finally:
        gc.enable()


# The standard library's patterns (rx.Beginnings, rx_word_sets.WordSets: literal tries searched in
# case-folded text) are compiled once and their programs kept on disk (rx.stdlib_compile).


def test_a_standard_library_program_is_kept_and_read_back(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from vap_cli import rx

    pattern = "н(?:арын|оябр(?:ында|ь)?)|ош"
    programs = diskcache.Stored[str, tuple](cache_home / "re.pickle")
    programs.get(pattern, lambda: rx._program(pattern))
    programs.save()
    again = diskcache.Stored[str, tuple](cache_home / "re.pickle")

    def never() -> tuple:
        raise AssertionError("compiled again")

    program = again.get(pattern, never)
    monkeypatch.setattr(rx, "_programs", lambda: again)
    loaded = rx.stdlib_compile(pattern)
    assert program and loaded == re.compile(pattern)  # the same program, compared in C
    text = "нарын, ноябрында жана Ош: ноябрь, ош"
    assert [m.span() for m in loaded.finditer(text)] == [(0, 5), (7, 16), (26, 32), (34, 36)]


def test_a_program_kept_on_its_own_is_read_back_when_asked_for(cache_home: Path) -> None:
    # rx._programs keeps each program pickled on its own (diskcache.Pickled)
    import re

    from vap_cli import rx

    patterns = ("тал(?:ас|ды)", "чүй|чуй")
    programs = diskcache.Pickled[str, tuple](cache_home / "programs.pickle")
    for pattern in patterns:
        programs.get(pattern, lambda pattern=pattern: rx._program(pattern))
    programs.save()
    again = diskcache.Pickled[str, tuple](cache_home / "programs.pickle")

    def never() -> tuple:
        raise AssertionError("compiled again")

    program = again.get(patterns[0], never)
    assert list(again.values) == [patterns[0]] and set(again.encoded) == set(patterns)
    compiled = importlib.import_module("_sre").compile(patterns[0], *program)
    assert compiled == re.compile(patterns[0])
    assert compiled.findall("Таласка, Талды-Суу") == [] and compiled.findall("талдык") == ["талды"]


def test_a_program_the_engine_refuses_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # near miss: a program from another engine (a stale or foreign file) is not used
    import re

    from vap_cli import rx

    pattern = "ала(?:арча|тоо)"
    foreign = diskcache.Stored[str, tuple](None)
    foreign.values[pattern] = (0, [1, 2, 3], 0, {}, ())
    monkeypatch.setattr(rx, "_programs", lambda: foreign)
    assert rx.stdlib_compile(pattern) == re.compile(pattern)
    assert rx.stdlib_compile(pattern).findall("алаарча, алатоо") == ["алаарча", "алатоо"]


def test_a_python_without_the_compiler_module_compiles_with_re(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Python 3.10 has sre_compile, not re._compiler: no program is made, re.compile is used
    import importlib
    import re

    from vap_cli import rx

    real_import = importlib.import_module

    def without_re_compiler(name: str, *args: object) -> object:
        if name in ("re._parser", "re._compiler"):
            raise ModuleNotFoundError(name)
        return real_import(name, *args)

    monkeypatch.setattr(importlib, "import_module", without_re_compiler)
    pattern = "ош(?:то|ко)?"
    assert rx._program(pattern) == ()
    empty = diskcache.Stored[str, tuple](None)
    monkeypatch.setattr(rx, "_programs", lambda: empty)
    assert rx.stdlib_compile(pattern) == re.compile(pattern)


# The tables made at import from the lexicons by the morphology (every form of the
# places' type words, of the verbs of taking part, of the months): one cache entry
# each, keyed by the lexicons and the modules that make them.
_IMPORT_TABLES = (
    ("place-type-forms", "extractors.places.vocabulary", "_FORMS_SOURCES", "places"),
    ("participant-status", "extractors.participants.words", "_STATUS_SOURCES", "participation"),
    ("date-grammar", "dategrammar", "_SOURCES", "dates"),
)
# A second process prints whether each table it read equals what its builders make.
_TABLES_AS_MADE = (
    "from vap_cli.extractors.places import vocabulary as v\n"
    "from vap_cli.extractors.participants import words as w\n"
    "from vap_cli import dategrammar as d\n"
    "t = v._type_forms()\n"
    "print((v.TYPE_FORMS, v.NOUN_TYPE_FORMS, v.MISSPELT_TYPE_FORMS)"
    " == (t, v._noun_forms(), v._misspelt_type_forms(t)))\n"
    "print(w.STATUS == w._status_phrases())\n"
    "print((d.MONTH_FORMS, d.MONTH_ENDINGS, d.YEAR_WORDS, d.DAY_WORDS, d.MONTH_WORDS)"
    " == (d._month_forms(), d._endings(), d._year_words(), d._day_words(), d._month_words()))\n"
)


def test_the_tables_made_at_import_are_read_back_as_made(cache_home: Path) -> None:
    env = {**os.environ, "VAP_CACHE_DIR": str(cache_home)}
    for _ in range(2):  # writes the entries, then reads them
        done = subprocess.run(
            [sys.executable, "-c", _TABLES_AS_MADE], env=env, capture_output=True, text=True
        )
        assert done.stdout.split() == ["True", "True", "True"], done.stderr
    for name, _, _, _ in _IMPORT_TABLES:
        assert len(list(cache_home.glob(f"{name}-*.pickle"))) == 1


@pytest.mark.parametrize(("name", "module", "sources", "lexicon"), _IMPORT_TABLES)
def test_a_table_made_at_import_is_keyed_by_what_makes_it(
    name: str, module: str, sources: str, lexicon: str
) -> None:
    # its lexicon, the morphology's rules and letters, the module that makes it and
    # the modules that inflect and fold its words: a change to any makes it again
    import importlib

    from vap_cli import fold, morph
    from vap_cli.lexicon import source

    made = importlib.import_module(f"vap_cli.{module}")
    keyed = {Path(p).resolve() for p in getattr(made, sources)}
    wanted = {source(lexicon), source("morphology"), source("letters")}
    wanted |= {Path(m.__file__) for m in (made, morph, fold)}
    assert {p.resolve() for p in wanted} <= keyed


def test_a_morph_form_is_made_once_then_read_from_the_cache(cache_home: Path) -> None:
    # inflect and variants, asked the same at every start-up by the lexicons' tables:
    # a first process makes them and writes them at its exit; another reads them (an
    # entry replaced on disk is what comes back). Keyed by the rules and the module.
    from vap_cli import morph
    from vap_cli.lexicon import source

    script = (
        "from vap_cli import morph\n"
        "print(morph.inflect('жыл', 'plural'), morph.variants('genitive')[0])\n"
    )
    env = {**os.environ, "VAP_CACHE_DIR": str(cache_home)}

    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    assert run() == f"жылдар {morph._variants('genitive')[0]}"
    (stored,) = cache_home.glob("morph-forms-*.pickle")
    with stored.open("rb") as fh:
        forms = diskcache.unpickle(fh)
    forms[("inflect", "жыл", ("plural",))] = "from the cache"
    diskcache.store(stored, forms)
    assert run().startswith("from the cache ")
    keyed = set(morph._FORMS_SOURCES)
    assert {source("morphology"), source("letters"), Path(morph.__file__)} <= keyed


def test_a_value_whose_making_failed_is_not_written_back(tmp_path: Path) -> None:
    # a full file (more than MAX_ENTRIES) writes back only the keys this process used:
    # a key whose `make` raised has no value, and saving at exit must not trip on it
    path = tmp_path / "stored.pickle"
    diskcache.store(path, {n: n for n in range(diskcache.MAX_ENTRIES + 1)})
    stored: diskcache.Stored[object, int] = diskcache.Stored(path)
    assert stored.get(0, lambda: -1) == 0

    def fails() -> int:
        raise KeyError("no such form")

    with pytest.raises(KeyError):
        stored.get("missing", fails)
    assert stored.get("made", lambda: 7) == 7
    stored.save()
    again: diskcache.Stored[object, int] = diskcache.Stored(path)
    assert again.values == {0: 0, "made": 7}


def test_a_full_file_of_values_pickled_on_their_own_keeps_only_those_used(
    tmp_path: Path,
) -> None:
    # Pickled shares Stored's eviction: over MAX_ENTRIES, only the keys this process
    # read or made are written back, each still pickled on its own
    path = tmp_path / "programs.pickle"
    encoded = {f"p{n}": pickle.dumps(n) for n in range(diskcache.MAX_ENTRIES + 1)}
    diskcache.store(path, encoded)
    programs: diskcache.Pickled[str, int] = diskcache.Pickled(path)
    assert programs.get("p3", lambda: -1) == 3
    assert programs.get("new", lambda: 9) == 9
    programs.save()
    again: diskcache.Pickled[str, int] = diskcache.Pickled(path)
    assert set(again.encoded) == {"p3", "new"}
    assert again.get("new", lambda: -1) == 9


def test_a_file_of_values_pickled_on_their_own_under_the_limit_keeps_them_all(
    tmp_path: Path,
) -> None:
    # near miss: at most MAX_ENTRIES, the values not read in this process stay too
    path = tmp_path / "programs.pickle"
    diskcache.store(path, {"a": pickle.dumps(1), "b": pickle.dumps(2)})
    programs: diskcache.Pickled[str, int] = diskcache.Pickled(path)
    assert programs.get("c", lambda: 3) == 3
    programs.save()
    again: diskcache.Pickled[str, int] = diskcache.Pickled(path)
    assert set(again.encoded) == {"a", "b", "c"}
    assert again.get("a", lambda: -1) == 1
