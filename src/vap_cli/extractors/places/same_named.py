"""A unit of the same name as the one just typed: "из села Ат-Башы одноимённого
района", "до села Ак-Муз одноименного айылного аймака", "Ак-Муз айылы аттас айыл аймагында"
(the district or the ayil aimak named as the village is). The word of "the same name"
(places.yaml same_named_words) and a type word after a typed name add that unit: the
typed name's own larger unit of that level whose name is the same (places.same_named);
when the unit picked for the typed name lies in no such unit, its namesake that does is
the one the text means (the rule picks it, `m.unit_rule`)."""

from __future__ import annotations

from ... import gazetteer as gz
from .mention import Mention, Token
from .rules import SAME_NAMED
from .tokens import gap_between, kyrgyz_type_at, russian_after
from .vocabulary import LEX, SPACES, TypeWord, fold

_SAME_NAMED_WORDS = frozenset(w.casefold() for w in LEX["same_named_words"])


def add_same_named(
    mentions: list[Mention], tokens: list[Token], text: str, gazetteer: gz.Gazetteer
) -> list[Mention]:
    """The mentions, with a mention of the larger unit for each typed name followed by a
    word of the same name and a type word (its span: those words)."""
    added: list[Mention] = []
    for m in mentions:
        if m.unit is None or m.type_word is None:
            continue
        k = m.type_end if m.type_end is not None and not m.type_before else m.last + 1
        if k + 1 >= len(tokens) or tokens[k].low not in _SAME_NAMED_WORDS:
            continue
        if gap_between(text, tokens[k - 1], tokens[k]) not in SPACES:
            continue
        typed = russian_after(tokens, k + 1) or _kyrgyz_type(tokens, k + 1, text)
        if typed is None or gap_between(text, tokens[k], tokens[k + 1]) not in SPACES:
            continue
        tw, end = typed
        found = _inside_same_named(m, tw.units, gazetteer)
        if found is None:
            continue
        own, unit = found
        if own is not m.unit:  # the namesake inside a unit of its name, not the one picked
            m.unit, m.unit_rule = own, SAME_NAMED
        added.append(
            Mention(
                tokens[k].start,
                tokens[end - 1].end,
                m.first,
                m.last,
                unit.name,
                "",
                [unit],
                tw,
                end,
                level=unit.level,
                unit=unit,
                score=m.score,
                rule=SAME_NAMED,
                sentence=m.sentence,
            )
        )
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _kyrgyz_type(tokens: list[Token], i: int, text: str) -> tuple[TypeWord, int] | None:
    """A Kyrgyz type word at token i and the index after it ("айыл аймагында")."""
    found = kyrgyz_type_at(tokens, i, text)
    return (found[0], found[1]) if found is not None else None


def _inside_same_named(
    m: Mention, levels: tuple[str, ...], gazetteer: gz.Gazetteer
) -> tuple[gz.Unit, gz.Unit] | None:
    """The typed name's unit and its larger unit of the same name: the unit picked
    (`m.unit`) when one of its own larger units is so named, else the first of its
    namesakes of that level that lies in one ("Ак-Булак айылы аттас айыл аймагы": the
    village Ак-Булак of the ayil aimak Ак-Булак, though another village of that name was
    picked)."""
    assert m.unit is not None  # (add_same_named reads typed names with a unit)
    level = m.unit.level
    namesakes = [m.unit, *(u for u in m.units if u.level == level and u is not m.unit)]
    for own in namesakes:
        above = same_named_above(own, levels, gazetteer)
        if above is not None:
            return own, above
    return None


def same_named_above(
    unit: gz.Unit, levels: tuple[str, ...], gazetteer: gz.Gazetteer
) -> gz.Unit | None:
    """The unit's own larger unit of one of `levels` whose name is the unit's, or None."""
    key = fold(unit.name)
    parent = gazetteer.get(unit.parent) if unit.parent else None
    while parent is not None:
        if parent.level in levels and fold(parent.name) == key:
            return parent
        parent = gazetteer.get(parent.parent) if parent.parent else None
    return None


def seats_named(
    name: str, villages: list[gz.Unit], levels: tuple[str, ...], gazetteer: gz.Gazetteer
) -> list[gz.Unit]:
    """The units of `levels` whose seat, one of `villages` that `name` writes by its
    Russian name, bears their Kyrgyz name ("Тюгель-Сай", the Russian name of the village
    Түгөл-Сай inside the ayil aimak Түгөл-Сай): a typed name the level lacks names the
    larger unit in a Russian spelling (rule places.seat_russian_name). A village's Kyrgyz
    alias names none (`places.named_like_another_level`: "Ак-Турпок" keeps the text's
    spelling)."""
    written = fold(name.strip())
    russian = [u for u in villages if u.name_ru and fold(u.name_ru) == written]
    seats = [same_named_above(u, levels, gazetteer) for u in russian]
    return list({u.id: u for u in seats if u is not None}.values())
