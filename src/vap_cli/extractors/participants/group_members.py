"""The Russian members of a group of people counted by their agent noun: a group's noun,
"из" and the count ("бригада из 9 монтажников", "экипаж из 4 водителей"). An agent noun
outside the who lexicon counts elsewhere only beside a verb of taking part (agent_count),
since its suffixes make things too; after the noun of a group of people only and "из"
it can only name the group's people ("группа из 4 истребителей" may be of jets), so the count stands with the group's verb, before the group or after
the noun, or with none (the status unknown, as a who-noun's count with no verb)."""

from __future__ import annotations

from ...numbers import NumberMatch
from . import rules
from .counts_without_who import agent_status
from .measures import after_modifiers
from .phrase import Found, Reading, status_before
from .words import LEX, Tokens, agent_at, casefolded, folded_stems

# Groups of people only (a team, a delegation, a crew): not "группа", whose members may be
# things an agent's suffix makes too ("группа из 4 истребителей"; revfixl55).
_GROUP_STEMS = (
    folded_stems("working_team_stems")
    + folded_stems("unit_group_stems")
    + folded_stems("people_group_more_stems")
)
_NOT_GROUP_STEMS = folded_stems("unit_group_not_stems")  # "командировка", "сборник"
_OF = casefolded("consisting_before_count")  # "из"
_NOMINATIVES: dict[str, str] = LEX["agent_nominatives_ru"]


def group_of_agents(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """A Russian group's noun and "из" right before the count, an agent noun (after a few
    adjectives) right after it: so many agents, lemmatised by agent_nominatives_ru."""
    of, group = reading.start - 1, reading.start - 2
    if num.value is None or group < 0:
        return None
    if tokens[of].low not in _OF or not _group_noun(tokens, group):
        return None
    j = after_modifiers(tokens, reading.after)
    agent = agent_at(tokens, j)
    if agent is None:
        return None
    status = agent_status(tokens, j + 1) or status_before(tokens, group) or "unknown"
    start, end = tokens[reading.start].start, tokens[j].end
    return Found(
        num.value, reading.qualifier, _nominative(agent), status, start, end, rules.GROUP_OF_AGENTS
    )


def _group_noun(tokens: Tokens, k: int) -> bool:
    """Token k is the noun of a group of people in any case ("бригада", "отрядом",
    "экипажа"), no longer word those stems open ("командировка")."""
    low = tokens[k].low
    return (
        tokens[k].kind == "word"
        and low.startswith(_GROUP_STEMS)
        and not low.startswith(_NOT_GROUP_STEMS)
    )


def _nominative(agent: str) -> str:
    """The agent noun's nominative singular for its genitive plural ("водителей" ->
    "водитель"); another form as written."""
    for ending, nominative in _NOMINATIVES.items():
        if agent.endswith(ending):
            return agent[: -len(ending)] + nominative
    return agent
