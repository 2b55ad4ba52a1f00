"""A clause's words, read once and shared by a count's rules (clause_words.ClauseWords):
each answer is the one the scan it replaced gives, on made-up clauses and on every
clause the rules ask of in the gold documents."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from vap_cli.extractors.participants import words as participant_words
from vap_cli.extractors.participants.clause_words import ClauseWords, Stems
from vap_cli.extractors.participants.words import Tokens
from vap_cli.numbers import Token
from vap_cli.pipeline import parse_path
from vap_cli.segment.tokens import TokenStream

GOLD_DOCS = Path(__file__).resolve().parent / "gold" / "docs"


def _has_scanned(clause: Sequence[Token], words: frozenset[str]) -> bool:
    return any(tok.low in words for tok in clause)


def _starts_scanned(clause: Sequence[Token], stems: tuple[str, ...]) -> bool:
    return any(tok.low.startswith(stems) for tok in clause)


def _word_starts_scanned(clause: Sequence[Token], stems: tuple[str, ...]) -> bool:
    return any(tok.kind == "word" and tok.low.startswith(stems) for tok in clause)


class _Checked(ClauseWords):
    """A ClauseWords that checks each answer against the scan over its clause."""

    __slots__ = ("clause",)

    def __init__(self, clause: Sequence[Token]) -> None:
        super().__init__(clause)
        self.clause = list(clause)

    def has(self, words: frozenset[str]) -> bool:
        answer = super().has(words)
        assert answer == _has_scanned(self.clause, words), (self.lows, sorted(words)[:5])
        _ASKED.append(answer)
        return answer

    def starts(self, stems: Stems) -> bool:
        answer = super().starts(stems)
        assert answer == _starts_scanned(self.clause, stems.stems), (self.lows, stems.stems)
        assert answer == _word_starts_scanned(self.clause, stems.stems), self.lows
        _ASKED.append(answer)
        return answer


# The answers the checked clauses gave in one test (cleared by the fixture).
_ASKED: list[bool] = []


@pytest.fixture
def checked_clauses(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    monkeypatch.setattr(participant_words, "ClauseWords", _Checked)
    _ASKED.clear()
    return _ASKED


TEXT = (
    "Жыйынга 50 тургун катышып, жолду оңдоо зарыл; «Таза шайлоо» коалициясынан 140 "
    "ыктыярчы. Кийин 20 адам келди – 3 киши кетти!!! Сертификаты получили 39 человек, "
    "сдавших тест.\nВ 2019 году 12.03.2020 — 30 депутатов не участвовали... Эмдөөдөн өттү"
)


def _made_up_tokens() -> Tokens:
    found = TokenStream(TEXT).between(0, len(TEXT))
    return Tokens(found, frozenset(k for k, tok in enumerate(found) if tok.text in ",.;!\n"))


def _classes(tokens: Sequence[Token]) -> tuple[list[frozenset[str]], list[Stems]]:
    """Word sets and stems of the text's own words (whole, their beginnings, a word that is
    no token, case variants), so that some clauses hold them and others do not."""
    lows = sorted({tok.low for tok in tokens})
    words = [frozenset([low]) for low in lows] + [frozenset(["жок", "не"]), frozenset()]
    letters = [low for low in lows if low[:1].isalpha()]
    stems = [Stems([low[:n]]) for low in letters for n in (1, 3, len(low))]
    stems += [Stems(["сертификат", "тест"]), Stems(["эмдөө", "кетти", "келди"]), Stems([])]
    return words, stems


def test_every_clause_answers_as_its_scan() -> None:
    tokens = _made_up_tokens()
    words, stems = _classes(tokens)
    for k in range(len(tokens) + 1):
        for reach in (1, 3, 7, 40):
            for side in ("after", "before"):
                clause = getattr(tokens, f"clause_{side}")(k, reach)
                shared = getattr(tokens, f"words_{side}")(k, reach)
                assert shared is getattr(tokens, f"words_{side}")(k, reach)  # made once
                for word_set in words:
                    assert shared.has(word_set) == _has_scanned(clause, word_set)
                for stem in stems:
                    assert shared.starts(stem) == _starts_scanned(clause, stem.stems)
                    assert shared.starts(stem) == _word_starts_scanned(clause, stem.stems)


def test_a_clause_of_its_own_kind_is_read_once_under_its_key() -> None:
    tokens = _made_up_tokens()
    clause = tokens[3:9]
    first = tokens.words_in(("own", 3, 9), clause)
    assert tokens.words_in(("own", 3, 9), clause) is first
    assert first.lows == [tok.low for tok in clause]
    assert ClauseWords([]).starts(Stems(["а"])) is False


def test_a_stem_must_open_with_a_letter() -> None:
    # (a token that opens with a letter is a word: the word rules' test is the same)
    for stem in ("", "-на", "5ке", "\x00а"):
        with pytest.raises(ValueError, match="no letter"):
            Stems([stem])


def test_the_rules_clauses_in_every_gold_document_answer_as_their_scans(
    checked_clauses: list[bool],
) -> None:
    paths = sorted(GOLD_DOCS.glob("*.txt"))
    assert len(paths) > 100
    for path in paths:
        parse_path(path)
    # the rules asked often, and were answered both ways
    assert len(checked_clauses) > 1000
    assert True in checked_clauses and False in checked_clauses
