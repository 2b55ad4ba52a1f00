"""What a count's rules share instead of each scanning for its own words: a clause's words,
read once (clause_words.ClauseWords), and the status phrases a place may start
(words.status_phrases_at). Each answer is the one the scan it replaced gives, on
made-up text and on the gold documents."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from vap_cli.extractors.participants import phrase as participant_phrase
from vap_cli.extractors.participants import words as participant_words
from vap_cli.extractors.participants.clause_words import ClauseWords, Stems
from vap_cli.extractors.participants.words import STATUS, Tokens, status_phrases_at, words_at
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


# --- the status phrases a place may start --------------------------------------------------


def _status_scanned(tokens: Sequence[Token], j: int) -> tuple[tuple[str, ...], str] | None:
    """The first of STATUS's phrases under token j's word that stands at j (the old loop)."""
    for phrase, status in STATUS.get(tokens[j].low, ()):
        if words_at(tokens, j, phrase):
            return phrase, status
    return None


def _status_found(tokens: Sequence[Token], j: int) -> tuple[tuple[str, ...], str] | None:
    for phrase, status in status_phrases_at(tokens, j):
        if words_at(tokens, j, phrase):
            return phrase, status
    return None


def _status_text() -> str:
    """Every phrase of more than one word, whole, cut after its first word, its first word
    before another phrase's second, and last in the text (no token after it)."""
    phrases = [p for items in STATUS.values() for p, _ in items if len(p) > 1]
    seconds = sorted({p[1] for p in phrases})
    lines = [" ".join(p) for p in phrases]
    lines += [f"{p[0]} {seconds[n % len(seconds)]} жана" for n, p in enumerate(phrases)]
    lines += [f"{p[0]}, {p[1]}" for p in phrases]
    return " . ".join(lines) + " " + phrases[0][0]


def test_the_status_phrases_a_place_may_start_find_what_every_phrase_of_its_word_finds() -> None:
    text = _status_text()
    tokens = TokenStream(text).between(0, len(text))
    found = [_status_found(tokens, j) for j in range(len(tokens))]
    assert found == [_status_scanned(tokens, j) for j in range(len(tokens))]
    assert sum(1 for f in found if f is not None and len(f[0]) > 1) > 100


def test_the_status_phrases_in_every_gold_document_are_the_old_loops() -> None:
    found = 0
    for path in sorted(GOLD_DOCS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tokens = TokenStream(text).between(0, len(text))
        for j in range(len(tokens)):
            answer = _status_found(tokens, j)
            assert answer == _status_scanned(tokens, j), (path.name, j)
            found += answer is not None
    assert found > 100


# --- the qualifiers' words, one look-up a number -------------------------------------------


def _qualifier_text() -> str:
    """Every qualifier phrase of the lexicon before and after a number, and each cut."""
    lines = []
    for phrases in participant_phrase.QUALIFIERS.values():
        for item in phrases.items:
            lines += [f"{' '.join(item)} 25 адам", f"25 {' '.join(item)} адам", f"{item[-1]} 7"]
    return " . ".join(lines)


def _qualifier_before_scanned(tokens: Sequence[Token], first: int) -> tuple[str, int]:
    for name, qualifier in participant_phrase._QUALIFIERS_BEFORE:
        n = participant_phrase.QUALIFIERS[name].ending_at(tokens, first)
        if n:
            return qualifier, n
    return "exact", 0


@pytest.mark.parametrize("source", ["made-up", "gold"])
def test_the_qualifiers_words_let_through_every_place_a_qualifier_stands(source: str) -> None:
    texts = (
        [_qualifier_text()]
        if source == "made-up"
        else [p.read_text(encoding="utf-8") for p in sorted(GOLD_DOCS.glob("*.txt"))]
    )
    found = 0
    for text in texts:
        tokens = TokenStream(text).between(0, len(text))
        for k in range(len(tokens) + 1):
            answer = participant_phrase.qualifier_before(tokens, k)
            assert answer == _qualifier_before_scanned(tokens, k), k
            found += answer[1] > 0
            for case, keys in participant_phrase._QUALIFIERS_AFTER.items():
                if any(participant_phrase.QUALIFIERS[key].at(tokens, k) for key, _, _ in keys):
                    assert tokens[k].low in participant_phrase._QUALIFIER_FIRST_WORDS_AFTER[case]
                    found += 1
    assert found > 10
