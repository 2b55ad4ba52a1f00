"""How the participants stage reads a passage's tokens: its sentence breaks and the
places a number may start found in one pass (candidates.passage), and the tokens as a
plain list beside its `Tokens` (words.Tokens.plain): the hot readers subscript and slice
the list (a list subclass's subscript goes through CPython's generic slot, ~3x a
list's). Each answers as the old way did, on made-up text and on the gold documents,
and so does the whole parse."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from vap_cli.extractors.participants import (
    being,
    candidates,
    generic,
    headings,
    number_vetoes,
    phrase,
    rows,
)
from vap_cli.extractors.participants import words as participant_words
from vap_cli.extractors.participants.words import Tokens, plain_list, who_at
from vap_cli.numbers import Token, number_at, start_indexes
from vap_cli.pipeline import explain_path
from vap_cli.segment.sentences import CLAUSE_MARKS, sentence_ends
from vap_cli.segment.tokens import TokenStream

GOLD_DOCS = Path(__file__).resolve().parent / "gold" / "docs"

TEXT = (
    "Жыйынга 50 тургун катышып, «Таза шайлоо» коалициясынан 140 ыктыярчы келди. "
    "«1000 лидер» долбооруна 30 жаш катышты; 12.03.2020 саат 09:50дө 1,5 миң киши. "
    "Тел.: (0770) 771-711, 0555 313-385. Сынакка катышкандарга 10 белек тартууланды.\n"
    "Катышуучулар:\n1. Таластан 15\n2. Нарын – 20 окуучу\n"
    "Из Кочкорского района 12 депутатов участвовали, 9 айыл өкмөтү, 24 айыл бар. "
    "10-15 адам, 30-40 киши, «Семинарга 40 адам катышты», – деди ал."
)
# the clause marks a passage breaks at (as candidates.passage marks them)
_BREAKS = ",.;!:\n"
# the reaches of the clauses asked of
_REACHES = (1, 4, 12)


def _passage(text: str) -> Tokens:
    found = TokenStream(text).between(0, len(text))
    return Tokens(found, frozenset(k for k, tok in enumerate(found) if tok.text in _BREAKS))


def _old_way(tokens: Tokens) -> Tokens:
    """The same passage read as before: its `plain` the `Tokens` itself."""
    old = Tokens(tokens, tokens.breaks)
    old.plain = old
    return old


def _texts() -> Iterator[str]:
    yield TEXT
    for path in sorted(GOLD_DOCS.glob("*.txt")):
        yield path.read_text(encoding="utf-8")


def _answers(tokens: Tokens) -> list[Any]:
    """What every changed reader says at every token of the passage."""
    answers: list[Any] = []
    for k in range(len(tokens)):
        answers += [
            who_at(tokens, k),
            phrase.status_at(tokens, k),
            headings.under_taking_part_heading(tokens, k),
            generic._contest_dative_before(tokens, k),
            rows.source_before(tokens, k),
            being.existence_verb_after(tokens, cast(Any, SimpleNamespace(end=k))),
            *(tokens.clause_after(k, reach) for reach in _REACHES),
            *(tokens.clause_before(k, reach) for reach in _REACHES),
        ]
        num = number_at(tokens, k)
        if num is not None:
            answers += [
                number_vetoes.phone_like(tokens, num),
                number_vetoes.date_or_decimal(tokens, num),
                number_vetoes.in_quoted_name(tokens, num),
                phrase.read_qualifiers(tokens, num),
            ]
    return answers


def test_the_plain_list_is_a_list_of_the_passages_tokens() -> None:
    tokens = _passage(TEXT)
    assert type(tokens.plain) is list
    assert tokens.plain == list(tokens) and len(tokens.plain) > 50
    assert plain_list(tokens) is tokens.plain
    other = list(tokens)
    assert plain_list(other) is other


@pytest.mark.parametrize("source", ["made-up", "gold"])
def test_the_readers_answer_as_they_did_reading_the_tokens(source: str) -> None:
    texts = list(_texts())
    texts = texts[:1] if source == "made-up" else texts[1:]
    assert len(texts) == 1 or len(texts) > 100
    numbers = 0
    for text in texts:
        tokens = _passage(text)
        new, old = _answers(tokens), _answers(_old_way(tokens))
        assert new == old
        numbers += sum(1 for a in new if a is True)
    assert numbers > 0  # some readers said yes


def test_a_broken_plain_list_changes_the_answers() -> None:
    tokens = _passage(TEXT)
    broken = _old_way(tokens)
    broken.plain = [*tokens.plain[1:], tokens.plain[0]]
    assert _answers(broken) != _answers(tokens)


def _explained(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        document, decisions = explain_path(path)
        out += [document.model_dump_json(), repr(decisions)]
    return out


def test_every_gold_document_parses_as_with_the_tokens_read_directly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = sorted(GOLD_DOCS.glob("*.txt"))
    assert len(paths) > 100
    new = _explained(paths)
    made = participant_words.Tokens.__init__

    def old_init(self: Tokens, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **kwargs)
        self.plain = self

    monkeypatch.setattr(participant_words.Tokens, "__init__", old_init)
    assert _explained(paths) == new


# --- a passage's breaks and number starts, one pass ----------------------------------------


def _breaks_scanned(tokens: Sequence[Token], inside: set[int]) -> frozenset[int]:
    """The old loop: the line breaks, and the clause marks and sentence ends."""
    return frozenset(
        k
        for k, tok in enumerate(tokens)
        if tok.kind == "nl"
        or (tok.kind == "punct" and (tok.start in inside or tok.text in CLAUSE_MARKS))
    )


@pytest.mark.parametrize("source", ["made-up", "gold"])
def test_a_passage_reads_its_breaks_and_number_starts_as_the_two_scans(source: str) -> None:
    texts = list(_texts())
    texts = texts[:1] if source == "made-up" else texts[1:]
    passages = 0
    for text in texts:
        ends = sentence_ends(text)
        stream = TokenStream(text, ends)
        for start, end in [*candidates.windows(text, stream), (0, len(text))]:
            tokens, starts = candidates.passage(stream, start, end, ends)
            inside = {e for e in ends if start <= e < end}
            assert starts == start_indexes(list(tokens))
            assert tokens.breaks == _breaks_scanned(list(tokens), inside)
            passages += bool(starts) and bool(tokens.breaks)
    assert passages >= len(texts)
