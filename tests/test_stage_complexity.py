"""Each stage of the pipeline, alone, does work linear in the length of its input.

tests/test_complexity.py counts the calls of the whole pipeline; a stage that is
quadratic hides there behind the linear cost of the others until a document is
megabytes long (one walk over a table per announcement of its events, one scan
of all full dates per date without a year). Here every line each stage runs is
counted (Python's trace events: a loop's every turn, a comprehension's too),
stage by stage, on inputs that repeat what that stage looks at.
"""

from __future__ import annotations

import sys
import tracemalloc
from collections import Counter
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from vap_cli import pipeline
from vap_cli.extractors.places.excerpts import cut_off
from vap_cli.extractors.places.mention import Mention
from vap_cli.resolve import resolve
from vap_cli.segment import token_pieces

GROWTH = 10
# Of GROWTH = 10: linear stages measure 10-11 here; a walk over a table per
# announcement of its events measured 15.6 (at 20,000 characters).
LINEAR_SLACK = 14
SMALL_SIZE = 2_000  # characters


def _stages() -> list[tuple[str, Any]]:
    named = [(f.__module__.rsplit(".", 1)[-1], f) for f in pipeline.EXTRACTORS]
    return [*named, ("resolve", resolve)]


def stage_work(text: str) -> Counter[str]:
    """Trace events (calls and lines) of each stage of parsing `text`."""
    ctx = pipeline.build_context(text)
    work: Counter[str] = Counter()
    for name, run in _stages():
        work[name] = trace_events(run, ctx)
    return work


def stage_reads(text: str) -> Counter[str]:
    """Characters of the text each stage's str methods read (slices, find, rfind): the
    work that trace events do not see, one scan back to a line's start per word of a
    one-line text."""
    ctx = pipeline.build_context(text)
    reading = _ReadingText(ctx.norm.text)
    ctx.norm.text = reading
    # the token stream's text is the document's (phones' digit runs and the dates' shared
    # words are read from it only when it is): the same object, or the stages would be
    # measured on their fallback paths
    ctx.segments.tokens.text = reading
    reads: Counter[str] = Counter()
    for name, run in _stages():
        _ReadingText.read = 0
        run(ctx)
        reads[name] = _ReadingText.read
    return reads


def trace_events(run: Callable[[Any], object], arg: object) -> int:
    """Trace events (calls and lines) of run(arg)."""
    events = 0

    def trace(frame: FrameType, event: str, _: object) -> Any:
        nonlocal events
        events += 1
        return trace

    sys.settrace(trace)
    try:
        run(arg)
    finally:
        sys.settrace(None)
    return events


def repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


# Inputs that repeat what one stage looks for, and the stages they load.
UNITS = {
    "announcements over a table": "Семинарлар өтөт.\n\nКүнү\tРайону\tЖайы\n"
    + "".join(f"{day}.10.17\tНарын\tзал\n" for day in range(20, 28))
    + "\n",
    "ranges over a table": "2017-жылдын 20-октябрынан 27-октябрына чейин семинарлар өтөт. "
    + "Семинарлар өтөт.\n\nКүнү\tРайону\tЖайы\n"
    + "".join(f"{day}.10.17\tНарын\tзал\n" for day in range(20, 28))
    + "\n",
    "dates and banners": "Шейшемби, 14-май, 2024 | 10:05\n2017-жылдын 25-октябрында жыйын өттү.\n",
    "dates under menus": "Бишкек | Ош | Баткен | Нарын\n5-декабрда Бекболот Бекиев келди.\n",
    "names in related news": "Окшош жаңылыктар:\nТаласта Бекболот Бекиев жыйын өткөрдү\n\n"
    "Бекиев жыйын өткөрдү. Асанов келди.\n",
    "dates without years": "5-декабрда, 6-декабрда, 2017-жылдын 25-октябрында. ",
    # the issued day again on many dateline-like lines, each line asked about the
    # issued day's repeats (one walk over all repeats per line was quadratic)
    "issued day on many date lines": "Бишкек, 2017-жылдын 25-майы.\nСеминар өттү.\n",
    "urls after emails": "info@vap.kg, www.vap.kg ",
    "projects with acronyms": '"Таза суу" (ТС) долбоору, (ТС) ',
    "rows after a count": "Нарындан 20 катышуучу келди, Таластан 15. ",
    "parts after a count": "Курска 35 киши катталып, 30у аяктады. ",
    "counts after places": "Нарын облусунан 25 катышуучу, ",
    "russian counts": "из г. Ош – 20 человек, ",
    "names with roles": "Бекболот Бекиев, долбоордун жетекчиси. ",
    "table rows": "1 | Ат-Башы району | 24 | 12 |\n",
    # bare lists, each member asked whether the text typed it before
    "lists of bare names": "Кочкор, Жумгал жана Ат-Башы тургундары келишти. ",
    # a name the gazetteer lacks opening its sentence, asked whether the text writes
    # it in small letters too
    "unknown names opening sentences": "Талкойсай айылында үй курулду. ",
    # a name-like word repeated (a scraped list of names): each surname asked whether it
    # opens its line as a speaker's label, each name whether its line is a headline
    "a surname repeated": "Асанов ",
    # a release with its line breaks lost: each place asked about its line's start, its
    # list's colon, whether it is its line's logo
    "a release on one line": "2017-жылдын 25-октябрында Нарын облусунун Кочкор районунда "
    "семинар өттү. Иш-чарага 40 адам катышты. Кошумча маалымат: Айбек Асанов, "
    "тел. 0555 313 385, e-mail: info@example.kg ",
    # runs of numbers with no sentence between them (a log or a table pasted into a
    # release, walkthrough 23): every number's window merged into one
    "a run of decimals": "1.1 ",
    "a run of phone numbers": "0555 313 385 ",
    "a run of dates": "25-октябрь 2017 ",
    "a run of counts": "240 адам катышты, ",
    # units beside units in the genitive, owners both: each number hopped on to the end
    # of its window (vetoes.owns_no_people, MAX_UNIT_SIBLINGS)
    "units beside units": "4 мектептин жана 2 ФАПтын жана ",
    # quotas from each unit in one unended sentence beside a total: each asked whether a
    # word of "each" is near it (the whole sentence read per quota was quadratic)
    "quotas in one sentence": "В семинаре участвовали 40 человек: по 10 представителей от"
    " каждого района, ",
    # a column of per-place rows with its line breaks lost: each row asked whether one more
    # row follows on its line (only across the next label, not to the line's end)
    "column rows on one line": "Жумгал айыл окмоту — 25, ",
    # produce named after a place on one line with no word of trade: each asked whether
    # its paragraph trades it (the whole line read per mention was quadratic; final read)
    "produce named after places": "Баткендин өрүгү жакшы болду, ",
}


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_each_stage_grows_linearly(unit: str) -> None:
    pipeline.parse_text(unit)  # warm the caches: the lexicons and patterns are built once
    small = stage_work(repeat_to(unit, SMALL_SIZE))
    big = stage_work(repeat_to(unit, SMALL_SIZE * GROWTH))
    ratios = {name: big[name] / max(small[name], 1) for name in big}
    worst = max(ratios, key=lambda name: ratios[name])
    assert ratios[worst] <= LINEAR_SLACK, (
        f"{GROWTH}x the input cost stage {worst} {ratios[worst]:.1f}x the work"
    )
    small, big = (
        stage_reads(repeat_to(unit, SMALL_SIZE)),
        stage_reads(repeat_to(unit, SMALL_SIZE * GROWTH)),
    )
    ratios = {name: big[name] / max(small[name], SMALL_SIZE) for name in big}
    worst = max(ratios, key=lambda name: ratios[name])
    assert ratios[worst] <= LINEAR_SLACK, (
        f"{GROWTH}x the input made stage {worst} read {ratios[worst]:.1f}x the characters"
    )


def test_the_counter_catches_a_quadratic_stage() -> None:
    # The measuring stick itself: a walk over all earlier sentences per sentence fails.
    def quadratic(ctx: Any) -> None:
        sentences = ctx.segments.sentences
        for k in range(len(sentences)):
            _ = [s for s in sentences[:k] if s[0] < 0]

    unit = "Бир сүйлөм. "
    small = pipeline.build_context(repeat_to(unit, SMALL_SIZE))
    big = pipeline.build_context(repeat_to(unit, SMALL_SIZE * GROWTH))
    assert trace_events(quadratic, big) / trace_events(quadratic, small) > LINEAR_SLACK


class _ReadingText(str):
    """A text that counts the characters its slices copy and its finds pass over."""

    read = 0

    def __getitem__(self, key: Any) -> str:
        part = str.__getitem__(self, key)
        type(self).read += len(part)
        return part

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:
        found = str.find(self, sub, start, end)
        low, high = start or 0, len(self) if end is None else end
        type(self).read += (found if found >= 0 else high) - low
        return found

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:
        found = str.rfind(self, sub, start, end)
        low, high = start or 0, len(self) if end is None else end
        type(self).read += high - (found if found >= 0 else low)
        return found


class _CountingText(str):
    """A text that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key: Any) -> str:
        part = str.__getitem__(self, key)
        type(self).copied += len(part)
        return part


def test_a_name_at_the_end_is_judged_without_copying_the_text() -> None:
    # "Is the text cut off right after this name?" asks about the blanks after it,
    # not about a copy of all the text after it (one per name: quadratic).
    unit = "Нарын облусунда жыйын өттү. "
    text = repeat_to(unit, SMALL_SIZE * GROWTH) + "Талас"
    counting = _CountingText(text)
    starts = [*range(0, len(text) - len(unit), len(unit)), len(text) - len("Талас")]
    names = [Mention(k, k + len("Талас"), 0, 0, "Талас", "", []) for k in starts]
    _CountingText.copied = 0
    for name in names:
        cut_off(name, counting)
    assert _CountingText.copied <= 2 * len(names)


def test_a_word_repeated_in_a_new_document_is_marked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the places' per-word marks are remembered on the index: a word met many times in
    # a document the memo has not seen is still marked once (a long document's cost)
    from dataclasses import replace

    from vap_cli.extractors.places import openings
    from vap_cli.segment.tokens import tokenize

    marked: Counter[str] = Counter()
    mark_word = openings._word_marks

    def counting(word: str, low: str, idx: object) -> int:
        marked[word] += 1
        return mark_word(word, low, idx)  # type: ignore[arg-type]

    monkeypatch.setattr(openings, "_word_marks", counting)
    index = pipeline.build_context("").resources.place_index
    for sentence in (
        "Нарын облусунун Ат-Башы районунда жыйын өттү. ",
        "В селе Бает Тонского района прошла встреча. ",
    ):
        tokens = tokenize(sentence * 40)
        marks = openings.word_marks(tokens, replace(index, marks_memo={}))
        assert len(marks) == len(tokens) + 1
        assert marked and max(marked.values()) == 1, marked.most_common(3)
        marked.clear()


def test_every_type_word_the_places_read_opens_on_a_word_marked_so() -> None:
    # the candidates read a type word (an owner's before a name, one after it) only at a
    # word whose marks say it may open one (openings.TYPE_AFTER): a shortcut, never a
    # type word it hides, for every type word form of the lexicon and its abbreviations
    from dataclasses import replace

    from vap_cli.extractors.places import openings
    from vap_cli.extractors.places.tokens import kyrgyz_type_at
    from vap_cli.extractors.places.vocabulary import ABBR_AFTER, TYPE_FORMS
    from vap_cli.segment.tokens import tokenize

    forms = {" ".join(words) for entries in TYPE_FORMS.values() for words, *_ in entries}
    abbreviations = {f"{a} {a}нын {a}-да" for a in ABBR_AFTER}
    index = pipeline.build_context("").resources.place_index
    found = 0
    for form in sorted(forms | abbreviations):
        text = f"Ноокат {form} Он-Арык айылы"
        tokens = tokenize(text)
        marks = openings.word_marks(tokens, replace(index, marks_memo={}))
        for j in range(len(tokens)):
            if kyrgyz_type_at(tokens, j, text) is not None:
                found += 1
                assert marks[j] & openings.TYPE_AFTER, (text, tokens[j].text)
    assert found > len(forms)


def test_the_places_of_counts_on_one_long_line_copy_no_line() -> None:
    # "Is this count a row of a list?" reads the line's head, not a copy of the line up
    # to the count (one per count: quadratic on a one-line document of counts)
    from vap_cli.extractors.participants import breakdowns

    text = repeat_to("Жыйынга 40 тургун катышты. ", SMALL_SIZE * GROWTH)
    ctx = pipeline.build_context(text)
    for _, extract in _stages()[:-1]:
        extract(ctx)
    parts = ctx.participants
    passages = breakdowns.Passages(ctx)
    passages.text = _CountingText(passages.text)
    _CountingText.copied = 0
    breakdowns._places_of_counts(passages, parts)
    assert len(parts) > SMALL_SIZE * GROWTH // 40
    assert _CountingText.copied <= 4 * len(parts)


def test_the_date_banners_of_one_long_line_copy_it_once() -> None:
    # "Is this date's line a banner of today's date and time?" reads each line once for
    # all the dates on it, not a copy of its line per date (quadratic on a one-line
    # document of dates over a page's posting line)
    from types import SimpleNamespace

    from vap_cli.extractors.dates import banners, find_atoms

    line = repeat_to("12.03.2024 жыйын ", SMALL_SIZE * GROWTH)
    text = f"{line}\nОпубликовано: 14.02.2023 | Категория: Новости\n\nВ селе прошел сход.\n"
    atoms = find_atoms(text)
    issued = next(i for i, a in enumerate(atoms) if a.start > len(line))
    ctx = SimpleNamespace(text=_CountingText(text))
    _CountingText.copied = 0
    assert banners.current_date_banners(ctx, atoms, issued) == {}  # type: ignore[arg-type]
    assert issued > SMALL_SIZE * GROWTH // len("12.03.2024 жыйын ") // 2
    assert _CountingText.copied <= 3 * len(text)


def test_a_title_line_of_many_dates_is_read_once_for_a_run_in_date() -> None:
    # "Does this date end the page's first line?" was a copy of the line's rest per date
    # (quadratic on a one-line document of dates): the line's end is read once
    from vap_cli.extractors.dates import find_atoms, issued

    line = repeat_to("12.03.2024 жыйын ", SMALL_SIZE * GROWTH)
    text = f"{line}\nЖыйын өттү.\n"
    ctx = pipeline.build_context(text)
    first = ctx.segments.lines[0]
    atoms = find_atoms(text)
    _CountingText.copied = 0
    issued._run_into_title(_CountingText(text), first, atoms, list(range(len(atoms))))
    assert len(atoms) > SMALL_SIZE * GROWTH // len("12.03.2024 жыйын ") // 2
    assert _CountingText.copied <= 3 * len(text)


def test_a_header_line_of_many_dates_is_asked_once_whether_it_is_a_masthead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # masthead_index asked "is this line a masthead's?" once per date on the line
    from vap_cli.extractors.dates import find_atoms, issued

    asked: list[int] = []

    def counting_masthead_date(text: str, line: Any) -> bool:
        asked.append(line.start)
        return False

    monkeypatch.setattr(issued, "masthead_date", counting_masthead_date)
    line = repeat_to("12.03.2024 жыйын ", SMALL_SIZE * GROWTH)
    ctx = pipeline.build_context(f"{line}\nЖыйын өттү.\n")
    from vap_cli.segment.cover import Cover

    days = Cover(ctx.segments.line_classes.programme_days)
    assert issued.masthead_index(ctx, find_atoms(ctx.text), days) is None
    assert len(asked) == len(set(asked))  # each line once, whatever its dates


# A megabyte of "1.1 " inside a release held 390 MB (walkthrough 23): a tuple a token
# below COMPACT_FROM characters, its one line one piece of working lists, one window of
# all its numbers and a list of them all. With small pieces (a test's sizes), each
# character more of it costs ~116 bytes more at the peak of its parse; 321 before rob24.
_DENSE_BYTES_PER_CHARACTER = 200
_DENSE_SIZES = (20_000, 80_000)


def test_a_run_of_numbers_is_parsed_in_memory_bounded_a_character(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(token_pieces, "PIECE_CHARS", 4096)
    monkeypatch.setattr(token_pieces, "COMPACT_TOKENS", 5_000, raising=False)
    release = UNITS["a release on one line"]
    pipeline.parse_text(release + repeat_to("1.1 ", 1000))  # the caches warm
    peaks = []
    for size in _DENSE_SIZES:
        text = release + repeat_to("1.1 ", size) + "\n" + release
        tracemalloc.start()
        try:
            pipeline.parse_text(text)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    grown = (peaks[1] - peaks[0]) / (_DENSE_SIZES[1] - _DENSE_SIZES[0])
    assert grown < _DENSE_BYTES_PER_CHARACTER


def test_a_run_of_numbers_is_decided_in_windows_of_bounded_length() -> None:
    # every number's window within a window of the next merged into one window of the
    # whole run: its tokens and numbers held at once. A window is at most WINDOW_MAX
    # characters long, and its snap to a space at either end.
    from vap_cli.extractors.participants import constants
    from vap_cli.extractors.participants.candidates import windows

    most = getattr(constants, "WINDOW_MAX", 20_000)
    text = repeat_to("1.1 ", 5 * most)
    spans = windows(text)
    assert max(end - start for start, end in spans) <= most + 2 * constants.SNAP
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(b[0] <= a[1] for a, b in zip(spans, spans[1:], strict=False))  # no gap


def test_a_long_line_is_asked_whether_it_is_upper_case_without_a_list_of_its_letters() -> None:
    # a release with its line breaks lost is one line: a list of its letters, a string
    # each, held ~84 bytes a Cyrillic letter (760 MB at 16 MB, walkthrough 23)
    from vap_cli.segment.lines_header import upper_case

    line = repeat_to("НАРЫН ОБЛУСУ ", SMALL_SIZE * GROWTH * 10)
    lower = line + "а"
    assert not upper_case(lower) and not upper_case("АБ 1") and upper_case("АБВ 1")
    tracemalloc.start()
    try:
        assert upper_case(line)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < len(line)


class _CountingSearch:
    """A compiled pattern whose finditer counts the characters it is asked to search."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.searched = 0

    def finditer(self, text: str, pos: int, endpos: int, *args: Any) -> Any:
        self.searched += endpos - pos
        return self.pattern.finditer(text, pos, endpos, *args)


def test_a_long_sentence_of_kind_words_is_searched_for_quotations_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each kind word of a sentence asks whether it stands inside a quoted question: the
    # sentence's quotations are read once for all of them (a search of the whole sentence
    # per kind word was quadratic on one unended sentence: 500 KB 17.8 s). The sentence
    # quotes a word: one with no opening mark is not searched at all.
    from vap_cli.extractors.events import asides

    unit = "В «семинаре» участвовали 40 человек: по 10 представителей от каждого района, "
    pipeline.parse_text(unit)
    searched = []
    for size in (SMALL_SIZE, SMALL_SIZE * GROWTH):
        counting = _CountingSearch(asides._QUOTATION)
        monkeypatch.setattr(asides, "_QUOTATION", counting)
        pipeline.parse_text(repeat_to(unit, size))
        searched.append(counting.searched)
        monkeypatch.undo()
    assert searched[0] > 0
    assert searched[1] / searched[0] <= LINEAR_SLACK, searched
