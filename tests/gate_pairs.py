"""A rule's fast path against its reference reading, on every count the phrase rules are
asked of: the shared harness of the gate tests (test_participants_sentence_words_first.py,
test_gates_before_clause_reads.py), each naming its own pairs of rule and reference."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import pytest

from vap_cli.extractors import participants
from vap_cli.extractors.participants import decide
from vap_cli.extractors.participants.phrase import Phrase
from vap_cli.extractors.participants.words import Tokens

PhraseRule = Callable[[Tokens, Phrase], bool]


def counts_seen(
    monkeypatch: pytest.MonkeyPatch, texts: Iterator[str]
) -> list[tuple[Tokens, Phrase]]:
    """Every count's phrase the phrase rules are asked of, with its tokens."""
    seen: list[tuple[Tokens, Phrase]] = []

    def record(tokens: Tokens, p: Phrase) -> bool:
        seen.append((tokens, p))
        return False

    first_rule = decide.PHRASE_RULES[0][0]
    monkeypatch.setattr(decide, "PHRASE_RULES", ((first_rule, record), *decide.PHRASE_RULES))
    for text in texts:
        participants.find_counts(text)
    return seen


def answers(
    seen: list[tuple[Tokens, Phrase]], pairs: Mapping[str, tuple[PhraseRule, PhraseRule]]
) -> dict[str, list[bool]]:
    """Each rule's answers over `seen`, asserting each equals its reference's."""
    found: dict[str, list[bool]] = {name: [] for name in pairs}
    for tokens, p in seen:
        for name, (fast, reference) in pairs.items():
            answer = fast(tokens, p)
            assert answer == reference(tokens, p), (name, [t.text for t in tokens[p.start : p.end]])
            found[name].append(answer)
    return found
