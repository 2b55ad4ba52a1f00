"""Each piece of text analysis exists once (docs/ARCHITECTURE.md, "The analysed text").

The source is read, not run: every regex the code compiles from a literal is tried on
a sentence of our own, and fails the guard when it tokenises words or splits
sentences outside the module that owns that job; every list literal is compared with
morph.py's case endings; letter tables and ё->е replacements are looked for outside
fold.py. Each guard is also shown catching a made-up offender, so it cannot pass by
finding nothing.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
import yaml

from source_trees import SOURCE_TREES_GROUP, SRC, sources, syntax_tree, walk
from vap_cli import morph

# The sources are parsed once (source_trees.syntax_tree) for all the guards and the other
# tests that read them: all on one worker.
pytestmark = pytest.mark.xdist_group(SOURCE_TREES_GROUP)

LEXICONS = SRC / "lexicon"
MAX_LINES = 600

# A sentence of our own: its words, and marks that end sentences.
SAMPLE = "Нарын облусунан 25 катышуучу келди. Ош шаарынан 30 адам!"
SAMPLE_WORDS = ["Нарын", "облусунан", "катышуучу", "келди", "Ош", "шаарынан", "адам"]
ENDS_SAMPLE = "Биринчи сүйлөм. Экинчи сүйлөм! Үчүнчү сүйлөм? Төртүнчү"

# Modules that may read words or sentence marks themselves, and why.
WORD_REGEX_ALLOWED = {
    # the segment stage itself
    "segment/tokens.py": "the one tokeniser",
    "segment/lines_header.py": "the segment stage: a date line's words, on the line's own text",
    # before the pipeline segments anything
    "normalise/__init__.py": "runs before the segment stage (its output is what is tokenised)",
    "clean.py": "`vap clean`, a text tool run before the pipeline",
    "normalise/lost_letters.py": "the normalise stage: letters lost to '?' are put back before tokenising",
}
SENTENCE_MARKS_ALLOWED = {
    # a "?" before a sentence's end is a question mark, not a lost letter
    "normalise/lost_letters.py": "the normalise stage, before the segment stage splits sentences",
    "segment/sentences.py": "the one sentence splitter",
    "readers/pdf.py": "joins a PDF's wrapped lines before the text is normalised",
    # An acronym's expansion reaches back to the nearest dot, comma, bracket or
    # quote: a name never crosses one, not even the dot of "г." that ends no sentence.
    "extractors/organizations.py": "the bounds of a name, not of a sentence",
}
# Modules that build a character table (str.maketrans) besides fold.py, and why.
LETTER_TABLES_ALLOWED = {
    "fold.py": "the one name folding",
    "clean.py": "letters.yaml `replace`: normalising typography, not folding names",
    "dedupe.py": "letters.yaml `replace`: normalising typography, not folding names",
}
# Lexicon lists of case endings written out (docs/LANGUAGE.md says why they stay).
ENDING_LISTS_ALLOWED = {("numbers.yaml", "collective_endings")}
FOLD_LETTERS = frozenset("ёүөң")
ENDING_FAMILY = 3  # this many spellings of case endings in one list: a family
# libyaml's loader (yaml.safe_load's safe constructor, its scanner in C), as vap reads the
# lexicons: the same data, a tenth of the time
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def rel(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


def literal_patterns(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, pattern) of every `*.compile("literal", ...)` call."""
    for node in walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "compile"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def tokenises_words(pattern: str) -> bool:
    try:
        compiled = regex.compile(pattern)
    except regex.error:
        return False
    return [m.group() for m in compiled.finditer(SAMPLE)] == SAMPLE_WORDS


def splits_sentences(pattern: str) -> bool:
    try:
        compiled = regex.compile(pattern)
    except regex.error:
        return False
    ends = [m.start() for m in compiled.finditer(ENDS_SAMPLE) if m.group()]
    return len(ends) >= 3 and all(ENDS_SAMPLE[i] in ".!?" for i in ends)


# A regex character class, or a string of marks alone ('.!?', '.!?\\n:;"').
_CHAR_CLASS = regex.compile(r"\[(?:\\.|[^\]\\])*\]")
_MARKS_ONLY = regex.compile(r"[\p{P}\s]+")


def sentence_mark_strings(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """A set of the three sentence-end marks, as a regex class ("[.!?]") or a string
    of marks: a sentence test of its own."""
    for node in walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        sets = [c.group() for c in _CHAR_CLASS.finditer(node.value)]
        if _MARKS_ONLY.fullmatch(node.value):
            sets.append(node.value)
        if any(all(mark in marks for mark in ".!?") for marks in sets):
            yield node.lineno, node.value


def letter_tables(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """str.maketrans calls and replacements of a folded letter ("ё" -> "е")."""
    for node in walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr == "maketrans":
            yield node.lineno, "maketrans"
        first = node.args[0] if node.args else None
        if (
            node.func.attr == "replace"
            and isinstance(first, ast.Constant)
            and isinstance(first.value, str)
            and FOLD_LETTERS & set(first.value)
        ):
            yield node.lineno, f"replace({first.value!r}, ...)"


def case_endings() -> frozenset[str]:
    cases = ("genitive", "dative", "accusative", "locative", "ablative")
    return frozenset(e for case in cases for e in morph.variants(case))


def ending_families(tree: ast.AST, endings: frozenset[str]) -> Iterator[tuple[int, list[str]]]:
    for node in walk(tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            hits = [w for w in words if isinstance(w, str) and w in endings]
            if len(hits) >= ENDING_FAMILY:
                yield node.lineno, hits


def offenders(check, allowed: dict[str, str] | None = None) -> list[str]:
    found = []
    for path in sources():
        name = rel(path)
        if allowed is not None and name in allowed:
            continue
        for line, what in check(syntax_tree(path)):
            found.append(f"{name}:{line}: {what}")
    return found


# ------------------------------------------------------------------------ the guards


def private_imports(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Private names (_x) one module of the package imports from another."""
    for node in walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    yield node.lineno, alias.name


def test_no_module_imports_another_ones_private_names() -> None:
    # a name another module needs is part of its module's interface: public
    assert not offenders(private_imports)


def test_the_private_import_guard_catches_an_offender() -> None:
    assert list(private_imports(ast.parse("from .tokens import _compounds, words")))
    assert not list(private_imports(ast.parse("from .tokens import words")))


def test_no_source_file_over_the_limit() -> None:
    long = {rel(p): n for p in sources() if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert not long, f"files over {MAX_LINES} lines: {long}"


# The largest length an extractor may compare with a bare number: "two or more" is a
# count of things (a list, a column); a longer length is a threshold with a name.
BARE_LENGTH_MAX = 2


def bare_length_thresholds(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Comparisons of a len(...) with an integer literal above BARE_LENGTH_MAX."""
    for node in walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(
                isinstance(s, ast.Call) and getattr(s.func, "id", None) == "len" for s in sides
            ) and any(
                isinstance(s, ast.Constant) and type(s.value) is int and s.value > BARE_LENGTH_MAX
                for s in sides
            ):
                yield node.lineno, ast.unparse(node)


def test_the_extractors_name_their_length_thresholds() -> None:
    found = [
        f"{rel(p)}:{line}: {what}"
        for p in sources()
        if rel(p).startswith("extractors/")
        for line, what in bare_length_thresholds(syntax_tree(p))
    ]
    assert not found, f"name these thresholds (a constants module, with why): {found}"


def test_the_length_threshold_guard_catches_an_offender() -> None:
    tree = ast.parse("ok = len(a) < 2 or len(b) >= MIN\nbad = len(word) < 3")
    assert [line for line, _ in bare_length_thresholds(tree)] == [2]


def test_only_the_segment_stage_tokenises_words() -> None:
    def check(tree: ast.AST) -> Iterator[tuple[int, str]]:
        return ((ln, p) for ln, p in literal_patterns(tree) if tokenises_words(p))

    found = offenders(check, WORD_REGEX_ALLOWED)
    assert not found, "read Segments.tokens (segment/tokens.py) instead:\n" + "\n".join(found)


def test_only_sentences_py_splits_sentences() -> None:
    def check(tree: ast.AST) -> Iterator[tuple[int, str]]:
        yield from ((ln, p) for ln, p in literal_patterns(tree) if splits_sentences(p))
        yield from sentence_mark_strings(tree)

    found = offenders(check, SENTENCE_MARKS_ALLOWED)
    assert not found, "read Segments' sentences (segment/sentences.py) instead:\n" + "\n".join(
        found
    )


def test_only_fold_py_folds_letters() -> None:
    found = offenders(letter_tables, LETTER_TABLES_ALLOWED)
    assert not found, "use fold.fold / fold.without_yo instead:\n" + "\n".join(found)


def test_only_morph_py_spells_case_endings_in_code() -> None:
    endings = case_endings()
    found = offenders(lambda tree: ending_families(tree, endings), {"morph.py": "the one"})
    assert not found, "name the suffix and spell it with morph.variants:\n" + "\n".join(found)


def yaml_lists(data: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, list]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from yaml_lists(value, (*path, str(key)))
    elif isinstance(data, list):
        yield ".".join(path), data
        for item in data:
            yield from yaml_lists(item, path)


def test_lexicons_name_suffixes_instead_of_listing_case_endings() -> None:
    endings = case_endings()
    found = []
    for path in sorted(LEXICONS.glob("*.yaml")):
        if path.name == "morphology.yaml":
            continue
        for key, items in yaml_lists(yaml.load(path.read_text(encoding="utf-8"), YAML_LOADER)):
            hits = [w for w in items if isinstance(w, str) and w in endings]
            if len(hits) >= ENDING_FAMILY and (path.name, key) not in ENDING_LISTS_ALLOWED:
                found.append(f"{path.name} {key}: {hits}")
    assert not found, "name the suffixes (morphology.yaml) instead:\n" + "\n".join(found)


def test_allow_lists_name_files_that_exist() -> None:
    # An allow-list entry outliving its file would hide nothing, but say nothing true.
    for allowed in (WORD_REGEX_ALLOWED, SENTENCE_MARKS_ALLOWED, LETTER_TABLES_ALLOWED):
        assert all((SRC / name).is_file() for name in allowed)
    assert all((LEXICONS / name).is_file() for name, _ in ENDING_LISTS_ALLOWED)


# ------------------------------------------------------- the guards catch offenders

OFFENDER = """
import regex
_WORD = regex.compile(r"\\p{L}+")
_SENTENCE_END = regex.compile(r"[.!?](?=\\s+\\p{Lu})")
_ENDS = "!?."
_TABLE = str.maketrans({"ү": "у"})
GENITIVE = ("нын", "нин", "дын", "тын")
def plain(word): return word.replace("ё", "е")
"""


@pytest.mark.parametrize(
    "check",
    [
        lambda tree: ((ln, p) for ln, p in literal_patterns(tree) if tokenises_words(p)),
        lambda tree: ((ln, p) for ln, p in literal_patterns(tree) if splits_sentences(p)),
        sentence_mark_strings,
        lambda tree: (w for w in letter_tables(tree) if w[1] == "maketrans"),
        lambda tree: (w for w in letter_tables(tree) if w[1].startswith("replace")),
        lambda tree: ending_families(tree, case_endings()),
    ],
    ids=["word regex", "sentence regex", "sentence marks", "maketrans", "ё->е", "endings"],
)
def test_each_guard_catches_an_offender(check) -> None:
    assert list(check(ast.parse(OFFENDER)))


def test_tokens_are_not_taken_for_a_word_tokeniser() -> None:
    # The guard's notion of a word tokeniser is narrow: a number, a phone or a
    # lexicon's alternation of words is no tokeniser.
    assert not tokenises_words(r"\d+")
    assert not tokenises_words(r"(?<!\p{L})(?:Нарын|Ош)(?!\p{L})")


# ----------------------------------------------------- the pipeline runs one way

# The stages in the pipeline's order (docs/ARCHITECTURE.md, "Where things are"): a module
# is of the stage of the package it lives in, or is a stage's one module itself.
STAGES = {
    "read.py": 1,
    "readers": 1,
    "normalise": 2,
    "segment": 3,
    "context.py": 4,  # what every extractor receives
    "resources.py": 4,  # what the extractors look things up in: the gazetteer, its index
    "numbers": 4,
    "extractors": 4,
    "resolve": 5,
    "record.py": 6,
    "export": 7,
}
# Modules below every stage, which import none of a stage's modules.
SHARED = {
    "abbreviations.py", "dategrammar.py", "diskcache.py", "errors.py", "escaping.py",
    "explain.py", "fold.py", "gazetteer.py", "hashes.py", "lexicon", "models.py", "morph.py",
    "morph_names.py", "plain.py",
    "record_base.py", "rx.py", "rx_word_sets.py", "signals.py", "who_groups.py", "wording.py",
}  # fmt: skip
# An earlier stage's module that imports a later one, and why moving what both need
# below both would change what vap does.
LATER_STAGE_ALLOWED: dict[tuple[str, str], str] = {
    ("normalise/lost_letters.py", "resources.py"): (
        "lazily, only for a text that lost letters to '?': a name's letters are weighed by"
        " the built-in gazetteer's names, read through the Resources the run has loaded"
        " already (one cache entry holds the gazetteer and its place index); a gazetteer of"
        " its own would be a second load and a second copy in every worker"
    ),
}


def module_file(dotted: str) -> str | None:
    """The source file of module `vap_cli.x.y` (relative to SRC), if it is one."""
    parts = dotted.split(".")[1:]
    candidates = [Path(*parts, "__init__.py")]
    if parts:
        candidates.append(Path(*parts[:-1], f"{parts[-1]}.py"))
    return next((c.as_posix() for c in candidates if (SRC / c).is_file()), None)


def imported_files(name: str, tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, file) of every module of the package that the file `name` imports: at the top,
    inside a function (a lazy import) or for type checking alone."""
    package = ["vap_cli", *Path(name).parent.parts]
    for node in walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if not target.startswith("vap_cli"):
                continue
            for alias in node.names:
                found = module_file(f"{target}.{alias.name}") or module_file(target)
                if found:
                    yield node.lineno, found
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("vap_cli") and (found := module_file(alias.name)):
                    yield node.lineno, found


def stage_of(name: str) -> int | None:
    return STAGES.get(name.split("/")[0])


def later_stage_imports(name: str, tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Imports of a later stage's module by an earlier stage's, or of any stage's module
    by a module below them all."""
    own = stage_of(name)
    shared = name.split("/")[0] in SHARED
    for line, imported in imported_files(name, tree):
        theirs = stage_of(imported)
        if theirs is None or (name, imported) in LATER_STAGE_ALLOWED:
            continue
        if shared or (own is not None and theirs > own):
            yield line, f"imports {imported} ({'shared' if shared else own} -> {theirs})"


def test_no_stage_imports_a_later_one() -> None:
    # read -> normalise -> segment -> extract -> resolve -> record -> export, one way
    found = []
    for path in sources():
        name = rel(path)
        found += [
            f"{name}:{ln}: {what}" for ln, what in later_stage_imports(name, syntax_tree(path))
        ]
    assert not found, "move what both need below both:\n" + "\n".join(found)


def test_every_stage_and_shared_module_exists() -> None:
    assert all((SRC / name).exists() for name in [*STAGES, *SHARED])
    assert all((SRC / a).is_file() and (SRC / b).is_file() for a, b in LATER_STAGE_ALLOWED)


def test_the_stage_guard_catches_an_offender() -> None:
    # a module of the normalise stage reading sentences, at the top or lazily
    top = ast.parse("from ..segment.sentences import sentence_ends")
    lazy = ast.parse("def f():\n    from ..segment import sentences\n")
    absolute = ast.parse("import vap_cli.export.outfile as out")
    assert list(later_stage_imports("normalise/wraps.py", top))
    assert list(later_stage_imports("normalise/wraps.py", lazy))
    assert list(later_stage_imports("segment/lines.py", absolute))
    assert list(later_stage_imports("fold.py", ast.parse("from .segment import tokens")))
    # an earlier stage, its own stage and a shared module are fine
    assert not list(
        later_stage_imports("segment/lines.py", ast.parse("from ..normalise import normalise"))
    )
    assert not list(later_stage_imports("segment/lines.py", ast.parse("from . import tokens")))
    assert not list(later_stage_imports("normalise/wraps.py", ast.parse("from .. import rx")))
