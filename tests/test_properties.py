"""Properties of the parser for any text (Hypothesis): it raises nothing, every
span lies inside the text and quotes it, the output is deterministic, and a
text, or a file, and its cleaned form (`vap clean`) give the same facts.

scripts/fuzz.py runs the same checks over raw bytes through every reader, for
longer runs than CI can afford."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from vap_cli import parse_path, parse_text
from vap_cli.clean import clean_file, clean_text
from vap_cli.errors import InputError
from vap_cli.verify import span_problems

# Pieces of the shapes press releases have (written for these tests), glued
# together with arbitrary characters, including those `clean` rewrites.
FRAGMENTS = [
    "Бишкек, ",
    "2019-жылдын 12-марты",
    "12.03.2019",
    " – ",
    "14-15-май",
    "Нарын облусунда",
    "Ош шаарында",
    "Сузак району",
    " семинар өттү. ",
    "Иш-чарага 40 киши катышты.",
    "120дан ашык адам",
    "около 30 человек",
    "Бекболот Бекиев",
    ", координатор",
    "тел.: +996 (312) 62-18-54",
    "0555 123 456",
    "info@vap.kg",
    "www.vap.kg",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "кеӊири",  # a look-alike letter that clean rewrites
    "Нaрын",  # a Latin a inside a Cyrillic word
    "\u00a0",
    "\u00ad",
    "«",
    "»",
    "2018-2020-жылдары",
    "5 мая",
]
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map(
    "".join
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def is_span(node: Any) -> bool:
    return isinstance(node, dict) and set(node) == {"start", "end"}


def facts(node: Any) -> Any:
    """A record without where its facts were found: no spans, quotes (the title is
    one: a line of the text as written), ids or paths."""
    if isinstance(node, dict):
        return {
            key: facts(value)
            for key, value in node.items()
            if key not in {"text", "title", "id", "source", "warnings"} and not is_span(value)
        }
    if isinstance(node, list):
        return [facts(value) for value in node if not is_span(value)]
    return node


@PROPERTY
@given(TEXTS)
def test_parse_raises_nothing_and_every_span_quotes_the_text(text: str) -> None:
    assert span_problems(parse_text(text), text) == []


@PROPERTY
@given(TEXTS)
def test_parse_is_deterministic(text: str) -> None:
    assert parse_text(text).model_dump() == parse_text(text).model_dump()


@PROPERTY
@given(TEXTS)
# found by Hypothesis: a dateline's city before a trailing tab, which `vap clean` drops
@example("Нaрын\t")
# found by Hypothesis: a trailing tab made a line a table row (normalise/wraps.py kept its break)
@example("Бишкек, \nБишкек, \t")
# found by Hypothesis: a soft hyphen between a place and its count kept them apart
@example("2019-жылдын 12-мартыБишкек, Нарын облусунда\xad120дан ашык адам")
# found by Hypothesis: a lone CR under the headline was no line break for the page's date
@example("2019-жылдын 12-мартыБишкек, \r2019-жылдын 12-марты")
# found by Hypothesis: a date after a gap of a space and two no-break spaces stands alone in
# its cell (a wide gap, segment/lines.py) and is the issued date; the clean keeps the gap's
# width. A space, a no-break space and a space is such a gap too; one no-break space is not.
@example("2019-жылдын 12-мартыБишкек, \xa0\xa02019-жылдын 12-марты")
@example("2019-жылдын 12-мартыБишкек \xa0 2019-жылдын 12-марты")
@example("2019-жылдын 12-мартыБишкек, \xa02019-жылдын 12-марты")
# found by Hypothesis: one blank line and two tell a double-spaced copy's line from its
# paragraph (normalise/wraps.py); the clean keeps two (a phone's line joined to its person's)
@example(text="Бекболот Бекиев\n\nтел.: +996 (312) 62-18-54\n\n\nБишкек, ")
def test_a_text_and_its_cleaned_form_give_the_same_facts(text: str) -> None:
    cleaned, _ = clean_text(text)
    before = facts(parse_text(text).model_dump(mode="json"))
    after = facts(parse_text(cleaned).model_dump(mode="json"))
    assert before == after


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(TEXTS, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
# found by Hypothesis: a last name of a text that opens with a blank line (cut_off)
@example(text="\nБишкек, Нaрын", encoding="utf-8")
# found by Hypothesis: a soft hyphen before a line's list mark (breakdowns._LEADING_SPACE)
@example(text="\xad – Бишкек, Иш-чарага 40 киши катышты.", encoding="utf-8")
# found by Hypothesis: a lone CR ends the name's line for its contacts too (resolve/__init__.py)
@example(text="Бекболот Бекиев\rтел.: +996 (312) 62-18-54", encoding="utf-8")
def test_a_file_and_its_cleaned_form_give_the_same_facts(tmp_path, text, encoding) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))
    try:
        parsed = parse_path(path)
        cleaned = clean_file(str(path))
    except InputError:
        assume(False)  # an empty file, or one without letters: refused by both
    after = parse_text(cleaned.after)
    assert facts(parsed.model_dump(mode="json")) == facts(after.model_dump(mode="json"))
