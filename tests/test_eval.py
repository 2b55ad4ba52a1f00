"""`vap eval`: per-field scores against gold files, agreeing with the workbench scorer.

tests/fixtures/score.py is an unmodified copy of the team workbench's scorer (see
the README beside it): the reference for the key rules.
"""

from __future__ import annotations

import io
import json
import random
import runpy
import sys
from contextlib import redirect_stdout
from pathlib import Path
from unittest import mock

import pytest
import yaml
from click.testing import CliRunner

from vap_cli import evaluate
from vap_cli.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT / "tests" / "gold" / "seeds"
CORPUS = ROOT / "tests" / "gold"
REFERENCE = ROOT / "tests" / "fixtures" / "score.py"
# libyaml when present, as vap itself: some tests here read and write the whole gold corpus
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def run_reference(*args: str) -> str:
    """What `python score.py ARGS` prints, the workbench scorer's main() run in this
    process (without the start-up of another Python); its exit status must be 0."""
    scorer = runpy.run_path(str(REFERENCE))  # run as "<run_path>": main() is not called
    out = io.StringIO()
    with mock.patch.object(sys, "argv", [str(REFERENCE), *args]), redirect_stdout(out):
        assert scorer["main"]() == 0
    return out.getvalue()


def reference_scores(gold_dir: Path, pred_jsonl: Path, strict: bool) -> dict:
    args = ["--gold", str(gold_dir), "--pred", str(pred_jsonl), "--json"]
    return json.loads(run_reference(*args, *(["--strict"] if strict else [])))["scores"]


def run_vap(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


# ---------------------------------------------------------------- agreement


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_vap_eval_agrees_with_the_workbench_scorer_on_the_samples(tmp_path, strict):
    pred = tmp_path / "samples.jsonl"
    code, out = run_vap("parse", str(SAMPLES), "-o", str(pred), "-q")
    assert code == 0, out
    code, out = run_vap(
        "eval", str(SEEDS), str(SAMPLES), "--format", "json", *(["--strict"] if strict else [])
    )
    assert code == 0, out
    ours = json.loads(out)
    assert ours["documents"] == 5
    assert ours["scores"] == reference_scores(SEEDS, pred, strict)


def _as_prediction(doc: str, gold: dict, rng: random.Random) -> dict:
    """A record in the output contract's shape built from gold, with mistakes:
    some keys dropped, some invented, some qualifiers changed, names re-spelt."""

    def keep(items: list) -> list:
        return [x for x in items if rng.random() > 0.2]

    rec: dict = {"source": f"some/folder/{doc}"}
    rec["issued"] = str(gold["issued"]) if gold.get("issued") and rng.random() > 0.2 else None
    rec["dates"] = [
        {"start": str(d["start"]), "end": str(d.get("end", d["start"])), "role": "event"}
        for d in keep(gold.get("dates") or [])
    ]
    rec["dates"].append({"start": "2019-01-02", "end": "2019-01-02", "role": "other"})
    if rec["issued"]:
        rec["dates"].append({"start": rec["issued"], "end": rec["issued"], "role": "issued"})
    rec["periods"] = [
        {"start": p["start"], "end": p.get("end", p["start"])}
        for p in keep(gold.get("periods") or [])
    ] + [{"start": 1999, "end": 1999}]
    places = []
    for place in keep(gold.get("places") or []):
        level, _, name = str(place).partition(":")
        places.append({"level": level, "name": name.upper().replace("-", " ")})
    rec["places"] = places + [
        {"level": "country", "name": "Кыргызстан"},
        {"level": "village", "name": "Жок-Айыл"},
    ]
    rec["participants"] = [
        {
            "count": p["count"],
            "qualifier": p.get("qualifier", "exact") if rng.random() > 0.3 else "about",
        }
        for p in keep(gold.get("participants") or [])
    ] + [{"count": 7777}]
    rec["persons"] = [{"name": n.replace("ү", "у")} for n in keep(gold.get("persons") or [])]
    rec["contacts"] = {
        "phones": keep(gold.get("phones") or []) + ["+996312000000"],
        "emails": [e.upper() for e in keep(gold.get("emails") or [])],
        "urls": [f"https://www.{u}/" for u in keep(gold.get("urls") or [])],
    }
    return rec


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_the_key_rules_agree_with_the_workbench_scorer_on_imperfect_predictions(tmp_path, strict):
    gold = evaluate.load_gold(str(CORPUS))
    rng = random.Random(8)
    preds = {doc: _as_prediction(doc, g, rng) for doc, g in gold.items()}
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in preds.values()), encoding="utf-8"
    )
    scores = evaluate.score(gold, preds, strict=strict)
    ours = {f: s.as_dict() for f, s in scores.items()}
    ours["overall"] = evaluate.overall(scores).as_dict()
    # the reference reads every YAML file of its folder as gold: give it the gold files only
    # (tests/gold also holds floors.yaml)
    gold_only = tmp_path / "gold"
    gold_only.mkdir()
    for path in CORPUS.glob("*.yaml"):
        if "doc" in (yaml.load(path.read_text(encoding="utf-8"), YAML_LOADER) or {}):
            (gold_only / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    reference = reference_scores(gold_only, pred_file, strict)
    assert ours == reference
    # the mistakes are seen: this comparison is not between two empty tables
    assert all(0 < s["f1"] < 1 for s in reference.values())


# ---------------------------------------------------------------- the command


def write_case(folder: Path, text: str, gold: dict, name: str = "case.txt") -> None:
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "docs" / name).write_text(text, encoding="utf-8")
    (folder / f"{Path(name).stem}.yaml").write_text(
        yaml.safe_dump({"doc": name, **gold}, allow_unicode=True), encoding="utf-8"
    )


CONTACT_TEXT = "Маалымат үчүн: info@vap.kg, сайт: www.dpi.kg\n"


def test_the_table_lists_every_field_and_the_overall_row(tmp_path):
    write_case(tmp_path, CONTACT_TEXT, {"emails": ["info@vap.kg"], "urls": ["dpi.kg"]})
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"))
    assert code == 0, out
    for name in [*evaluate.FIELDS, "overall", "F1", "tp", "fp", "fn"]:
        assert name in out
    assert "vap eval: 1 document" in out


def test_show_errors_gives_each_miss_and_each_extra_with_its_evidence(tmp_path):
    write_case(
        tmp_path, CONTACT_TEXT, {"emails": ["info@vap.kg"], "urls": [], "phones": ["+996555313385"]}
    )
    code, out = run_vap(
        "eval", str(tmp_path), str(tmp_path / "docs"), "--format", "json", "--show-errors"
    )
    assert code == 0, out
    result = json.loads(out)
    errors = {(e["field"], e["kind"]): e for e in result["errors"]}
    assert errors.keys() == {("urls", "extra"), ("phones", "missed")}
    extra = errors[("urls", "extra")]
    assert extra["doc"] == "case.txt" and extra["key"] == "dpi.kg"
    start, end = extra["span"]
    assert CONTACT_TEXT[start:end] == extra["text"] == "www.dpi.kg"
    assert errors[("phones", "missed")]["key"] == "+996555313385"
    assert result["scores"]["urls"] == {
        "precision": 0.0,
        "recall": 1.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 0,
    }
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"), "--show-errors")
    assert "case.txt urls extra: dpi.kg" in out and "'www.dpi.kg'" in out
    assert "case.txt phones missed: +996555313385" in out


def test_a_gold_file_without_its_document_counts_as_missed_and_fails(tmp_path):
    write_case(tmp_path, CONTACT_TEXT, {"emails": ["info@vap.kg"]})
    (tmp_path / "ghost.yaml").write_text("doc: ghost.txt\nemails: [a@b.kg]\n", encoding="utf-8")
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"), "--format", "json")
    assert code == 1
    result = json.loads(out[out.index("{") :])
    assert result["unmatched"] == ["ghost.txt"]
    assert result["scores"]["emails"]["fn"] == 1 and result["scores"]["emails"]["tp"] == 1


def test_a_docs_folder_holding_none_of_the_gold_documents_is_one_error_not_a_table(tmp_path):
    write_case(tmp_path, CONTACT_TEXT, {"emails": ["info@vap.kg"]})
    (tmp_path / "ghost.yaml").write_text("doc: ghost.txt\nemails: [a@b.kg]\n", encoding="utf-8")
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    (elsewhere / "unrelated.txt").write_text(CONTACT_TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), str(elsewhere)])
    assert result.exit_code == 1
    assert result.stdout == ""  # no table of zeros that reads like a parser failing
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"vap: error: {elsewhere}: none of the 2 ")


def test_a_document_that_fails_to_parse_is_reported_and_scored_empty(tmp_path, monkeypatch):
    import vap_cli.pipeline

    write_case(tmp_path, CONTACT_TEXT, {"emails": ["info@vap.kg"]})

    def broken(path, resources=None, input_format=None, max_bytes=None):
        raise ValueError("boom")

    monkeypatch.setattr(vap_cli.pipeline, "read_and_parse", broken)
    failures: list[str] = []
    result = evaluate.evaluate(
        str(tmp_path),
        str(tmp_path / "docs"),
        on_failure=lambda path, error, trace: failures.append(error),
    )
    assert failures == ["internal error: ValueError: boom"]
    assert result.failed == {"case.txt": "internal error: ValueError: boom"}
    assert result.scores["emails"].fn == 1


def test_an_empty_gold_folder_is_an_error(tmp_path):
    (tmp_path / "docs").mkdir()
    code, _ = run_vap("eval", str(tmp_path), str(tmp_path / "docs"))
    assert code == 1


def test_markdown_format_gives_a_table_for_the_readme(tmp_path):
    write_case(tmp_path, CONTACT_TEXT, {"emails": ["info@vap.kg"], "urls": ["dpi.kg"]})
    code, out = run_vap("eval", str(tmp_path), str(tmp_path / "docs"), "--format", "markdown")
    assert code == 0
    assert "| emails | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 |" in out
    assert "| **overall** |" in out


# ---------------------------------------------------------------- optional fields


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        # events are keyed on kind (folded) and start day
        (
            {"events": [{"kind": "Тренинг", "start": "2017-10-24"}]},
            {"events": [{"kind": "тренинг", "start": "2017-10-24"}]},
            (1, 0, 0),
        ),
        (
            {"events": [{"kind": "тренинг", "start": "2017-10-24"}]},
            {"events": [{"kind": "тренинг", "start": "2017-10-25"}]},
            (0, 1, 1),
        ),
        # a gold file without the key does not score events at all
        ({}, {"events": [{"kind": "тренинг", "start": "2017-10-24"}]}, None),
    ],
)
def test_events_are_scored_only_where_gold_annotates_them(gold, pred, expected):
    golds = {"a.txt": {"doc": "a.txt", **gold}}
    scores = evaluate.score(golds, {"a.txt": pred}, fields=evaluate.fields_of(golds))
    if expected is None:
        assert "events" not in scores
    else:
        s = scores["events"]
        assert (s.tp, s.fp, s.fn) == expected


def test_a_field_that_gold_does_not_annotate_on_some_documents_is_not_penalised_there():
    golds = {"a.txt": {"doc": "a.txt", "events": []}, "b.txt": {"doc": "b.txt"}}
    preds = {"b.txt": {"events": [{"kind": "семинар", "start": None}]}}
    scores = evaluate.score(golds, preds, fields=evaluate.fields_of(golds))
    assert (scores["events"].tp, scores["events"].fp, scores["events"].fn) == (0, 0, 0)


def test_eval_takes_the_users_gazetteer_and_rejects_a_bad_one(tmp_path):
    from click.testing import CliRunner

    from vap_cli.cli import cli

    bad = tmp_path / "bad.yaml"
    bad.write_text("units: [{id: 1, level: galaxy}]\n", encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    args = ["eval", str(root / "tests/gold/seeds"), str(root / "samples"), "--gazetteer", str(bad)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "bad.yaml" in result.output


# ---------------------------------------------------------------- real-corpus layout


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_language_filter_agrees_with_the_workbench_scorer(tmp_path, lang):
    """Gold files that carry `lang:` (as the real corpus does), scored one language at a time."""
    rng = random.Random(3)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold: dict[str, dict] = {}
    for i, path in enumerate(sorted(CORPUS.glob("*.yaml"))):
        doc = yaml.load(path.read_text(encoding="utf-8"), YAML_LOADER) or {}
        if "doc" not in doc:
            continue
        doc["lang"] = ("ky", "ru")[i % 2]
        gold[doc["doc"]] = doc
        (gold_dir / path.name).write_text(
            yaml.dump(doc, Dumper=YAML_DUMPER, allow_unicode=True), "utf-8"
        )
    preds = {name: _as_prediction(name, g, rng) for name, g in gold.items()}
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in preds.values()))
    chosen = {name: g for name, g in gold.items() if g["lang"] == lang}
    scores = evaluate.score(chosen, preds, strict=True)
    ours = {f: s.as_dict() for f, s in scores.items()}
    ours["overall"] = evaluate.overall(scores).as_dict()
    args = ["--gold", str(gold_dir), "--pred", str(pred_file), "--json", "--strict"]
    assert ours == json.loads(run_reference(*args, "--lang", lang))["scores"]
    assert len(chosen) < len(gold)


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("doc001.txt", "tune"),
        ("doc016.txt", "tune"),
        ("doc017.txt", "check"),
        ("doc129.txt", "check"),
        ("dates_10.txt", "tune"),
        ("mix_07.txt", "check"),
        ("notes.txt", "tune"),
    ],
)
def test_the_split_goes_by_the_last_digit_of_the_id(name, part):
    assert evaluate.split_of(name) == part


def write_real_layout(root: Path) -> tuple[Path, Path]:
    """Gold files with url/query/lang/doc keys in one folder, the texts in another."""
    gold_dir, texts = root / "gold", root / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    cases = {
        "r011": ("ky", "Байланыш: info@vap.kg\n", {"emails": ["info@vap.kg"]}),
        "r018": ("ky", "Байланыш: dpi@dpi.kg\n", {"emails": ["dpi@dpi.kg", "x@dpi.kg"]}),
        "r022": ("ru", "Контакты: ail@mail.kg\n", {"emails": ["ail@mail.kg"], "urls": ["vap.kg"]}),
    }
    for stem, (lang, text, facts) in cases.items():
        (texts / f"{stem}.txt").write_text(text, encoding="utf-8")
        head = {"url": f"http://example.kg/{stem}", "query": {"corpus": "pages", "text": "x"}}
        gold = {**head, "lang": lang, "doc": f"{stem}.txt", **facts}
        (gold_dir / f"{stem}.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), "utf-8")
    return gold_dir, texts


def test_a_real_layout_is_scored_per_language_split_and_document(tmp_path):
    gold_dir, texts = write_real_layout(tmp_path)
    code, out = run_vap("eval", str(gold_dir), str(texts), "-f", "json", "--per-doc")
    assert code == 0, out
    result = json.loads(out)
    assert result["documents"] == 3
    assert result["scores"]["emails"] == {
        "precision": 1.0,
        "recall": 0.75,
        "f1": 0.857,
        "tp": 3,
        "fp": 0,
        "fn": 1,
    }
    breakdown = result["breakdown"]
    assert breakdown["ky"]["emails"]["fn"] == 1 and breakdown["ru"]["emails"]["fn"] == 0
    assert breakdown["ru"]["urls"]["fn"] == 1
    assert breakdown["check"]["emails"]["fn"] == 1 and breakdown["tune"]["emails"]["fn"] == 0
    rows = {row["doc"]: row for row in result["per_document"]}
    assert rows["r018.txt"]["split"] == "check" and rows["r018.txt"]["wrong"] == ["emails -1"]
    assert rows["r022.txt"]["lang"] == "ru" and rows["r022.txt"]["wrong"] == ["urls -1"]
    assert rows["r011.txt"]["wrong"] == [] and rows["r011.txt"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("options", "documents", "email_fn"),
    [
        (["--lang", "ky"], 2, 1),
        (["--lang", "ru"], 1, 0),
        (["--split", "tune"], 2, 0),
        (["--split", "check"], 1, 1),
        (["--lang", "ru", "--split", "check"], 0, None),
    ],
)
def test_lang_and_split_choose_the_documents_scored(tmp_path, options, documents, email_fn):
    gold_dir, texts = write_real_layout(tmp_path)
    code, out = run_vap("eval", str(gold_dir), str(texts), "-f", "json", *options)
    if documents == 0:
        assert code == 1 and "no gold files" not in out
        assert (
            f"{gold_dir}: none of the 3 gold files is in the language asked (--lang ru)"
            " and in the split part asked (--split check)" in out
        )
        return
    assert code == 0, out
    result = json.loads(out)
    assert result["documents"] == documents
    assert result["scores"]["emails"]["fn"] == email_fn


def test_gold_files_none_of_which_is_in_the_language_asked_are_not_called_missing():
    # The seeds are Kyrgyz.
    code, out = run_vap("eval", str(SEEDS), str(SAMPLES), "--lang", "ru")
    assert code == 1
    files = len(list(SEEDS.glob("*.yaml")))
    assert out.strip() == (
        f"vap: error: {SEEDS}: none of the {files} gold files is in the language asked (--lang ru)"
    )


def test_a_folder_without_gold_files_says_so(tmp_path):
    code, out = run_vap("eval", str(tmp_path), str(SAMPLES), "--lang", "ru")
    assert code == 1
    assert f"no gold files (*.yaml with a `doc:` key) to score in {tmp_path}" in out


def test_per_doc_tables_name_each_document_and_its_errors(tmp_path):
    gold_dir, texts = write_real_layout(tmp_path)
    code, out = run_vap("eval", str(gold_dir), str(texts), "--per-doc")
    assert code == 0, out
    assert "ky (2)" in out and "ru (1)" in out and "tune (2)" in out and "check (1)" in out
    assert "r018.txt" in out and "emails -1" in out
    code, out = run_vap("eval", str(gold_dir), str(texts), "--per-doc", "-f", "markdown")
    assert "| field | all (3) | ky (2) | ru (1) | tune (2) | check (1) |" in out


def test_an_unreadable_gold_file_is_named_the_others_scored_and_the_run_fails(tmp_path):
    gold_dir, texts = write_real_layout(tmp_path)
    (gold_dir / "r099.yaml").write_text("doc: r099.txt\nemails: [oops\n", encoding="utf-8")
    code, out = run_vap("eval", str(gold_dir), str(texts))
    assert code == 1
    assert "r099.yaml: not a readable gold file" in out
    assert "Traceback" not in out
    assert "3 documents" in out


# A malformed gold file: one line naming the file, the fact, the key and what was
# expected; the others are scored and the run fails (review 24, item 5).
DAY = "a date (YYYY-MM-DD, or --MM-DD when the year is unknown)"
MALFORMED_GOLD = [
    ("dates: [{end: 2020-01-01}]", f"dates, item 1: no `start` (expected {DAY})"),
    ("dates: [{start: [1, 2]}]", f"dates, item 1: `start`: expected {DAY}, got [1, 2]"),
    (
        "places: [{name: {a: 1}}]",
        "places, item 1: expected text level:name, the level one of oblast, city, district,"
        " ayil_aimak, village, got {'name': {'a': 1}}",
    ),
    (
        "places: ['district:Өзгөн', 'Нарын']",
        "places, item 2: expected text level:name, the level one of oblast, city, district,"
        " ayil_aimak, village, got 'Нарын'",
    ),
    ("participants: [{count: many}]", "participants, item 1: `count`: expected a whole number,"
     " got 'many'"),
    ("participants: [{count: 5, qualifier: roughly}]", "participants, item 1: `qualifier`:"
     " expected one of exact, more_than, about, at_least, up_to, got 'roughly'"),
    ("periods: [{start: soon}]", "periods, item 1: `start`: expected a year (YYYY), got 'soon'"),
    ("persons: Айгүл Асанова", "`persons`: expected a list, got 'Айгүл Асанова'"),
    ("issued: yesterday", f"`issued`: expected {DAY} or null, got 'yesterday'"),
    ("events: [{start: 2024-03-05}]", "events, item 1: no `kind` (expected text)"),
    ("issued: 2024-13-01", "month must be in 1..12"),  # a date YAML cannot build
]  # fmt: skip


@pytest.mark.parametrize(("facts", "problem"), MALFORMED_GOLD)
def test_a_malformed_gold_file_is_named_with_its_key_and_the_others_scored(
    tmp_path, facts, problem
):
    gold_dir, texts = write_real_layout(tmp_path)
    (texts / "r033.txt").write_text("Байланыш: info@vap.kg\n", encoding="utf-8")
    (gold_dir / "r033.yaml").write_text(f"doc: r033.txt\n{facts}\n", "utf-8")
    code, out = run_vap("eval", str(gold_dir), str(texts))
    assert code == 1
    flat = " ".join(out.split())  # long error lines may wrap at the terminal's width
    assert f"r033.yaml: not a readable gold file: {problem}" in flat, out
    assert "Traceback" not in out and "3 documents" in out  # r033 is not scored


def test_a_yaml_without_doc_and_a_second_gold_of_one_document_are_named(tmp_path):
    gold_dir, texts = write_real_layout(tmp_path)
    (gold_dir / "notes.yaml").write_text("comment: not a gold file\n", "utf-8")
    (gold_dir / "zz_copy.yaml").write_text((gold_dir / "r011.yaml").read_text("utf-8"), "utf-8")
    code, out = run_vap("eval", str(gold_dir), str(texts))
    assert code == 1
    assert "notes.yaml: not a readable gold file: no `doc:` key" in out
    flat = " ".join(out.split())  # long error lines may wrap at the terminal's width
    assert "zz_copy.yaml: not a readable gold file: names r011.txt" in flat
    assert "already annotates" in flat


# ---------------------------------------------------------------- scripted use


def eval_on_a_terminal(*options: str) -> tuple[str, str]:
    """(stdout, what reached the terminal) of `vap eval SEEDS SAMPLES --format json`
    run with standard error on a pseudo-terminal, standard output into a pipe: as
    `vap eval ... --format json | jq` is run by hand."""
    import os
    import pty
    import subprocess

    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "vap_cli", "eval", str(SEEDS), str(SAMPLES)]
            + ["--format", "json", *options],
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=300,
            env={**os.environ, "TERM": "xterm", "COLUMNS": "80"},
        )
        os.close(follower)
        follower = -1
        terminal = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # Linux: the pty is closed and read
                break
            if not chunk:
                break
            terminal += chunk
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)
    assert done.returncode == 0
    return done.stdout.decode("utf-8"), terminal.decode("utf-8", "replace")


def test_eval_draws_its_progress_on_the_terminal_and_keeps_stdout_json() -> None:
    stdout, terminal = eval_on_a_terminal()
    assert json.loads(stdout)["documents"] == len(list(SEEDS.glob("*.yaml")))
    assert "eval" in terminal  # the bar, on standard error only


def test_eval_quiet_draws_nothing_on_the_terminal() -> None:
    stdout, terminal = eval_on_a_terminal("-q")
    assert json.loads(stdout)["documents"] == len(list(SEEDS.glob("*.yaml")))
    assert terminal == ""
