"""A word of the text (Token) and a candidate place (Mention): a name, its type word,
and what the passes decided about it."""

from __future__ import annotations

from typing import Any

from ... import gazetteer as gz
from ...explain import Rule
from ...plain import Fields
from ...segment.tokens import Word as Token  # a word of the places view (TokenStream.words)
from .constants import SCORE_TYPE_WORD
from .vocabulary import TypeWord


class Mention(Fields):
    __slots__ = (
        "start",
        "end",
        "first",
        "last",
        "name",
        "ending",
        "units",
        "type_word",
        "type_end",
        "plural_type",
        "level",
        "unit",
        "score",
        "rule",
        "unit_rule",
        "group",
        "cell",
        "sentence",
        "case",
        "person",
        "pasture",
        "organization",
        "street",
        "column",
        "opens_sentence",
        "opens_phrase",
        "type_before",
        "dateline",
        "written_small",
        "russian_noun",
        "header",
        "owns",
        "head",
        "venue",
        "venue_listed",
        "office",
        "establishment",
        "centre",
        "home",
        "compound_attributive",
        "counted",
        "route",
        "route_limit",
        "origin",
        "label",
        "headline",
        "bracket_end",
        "child_of",
        "owned",
        "readings",
    )
    start: int  # normalised span of the name (and its type word)
    end: int
    first: int  # token indexes of the name
    last: int
    name: str  # the name as written, nominative (the stem)
    ending: str
    units: list[gz.Unit]
    type_word: TypeWord | None
    type_end: int | None  # token index after the type word
    plural_type: bool
    level: str | None  # decided level
    unit: gz.Unit | None
    score: float
    rule: Rule | None  # the rule that decided its level (vap parse --explain)
    unit_rule: Rule | None  # the rule that picked its unit among several
    group: int | None  # list group
    cell: bool
    sentence: int
    case: str | None  # grammatical case of the type word (or of the bare name)
    person: bool  # not the unit: a person's name, a street, a team ("Талас Асанов")
    pasture: bool  # a pasture's name before its noun ("Ак-Кыя жайыты"): pastures.py
    # part of an organisation's or an event's name ('"Нарын Суу" ишканасы', "Нарын гезити")
    organization: bool
    street: bool  # before a street's or institution's word: no list member either
    # table column of a cell: (-1, separators before it) read from the text around it,
    # (the table's start, the column's index) from a table the segment stage found
    column: tuple[int, int]
    opens_sentence: bool
    opens_phrase: bool  # bare, nominative, opening its sentence before a lower-case word
    type_before: bool  # Russian type word before the name ("в городах X, Y и Z")
    dateline: bool  # opens the dateline ("Кыргызстан, Бишкек")
    # bare, opening its sentence, and written in small letters elsewhere in the text
    # ("Кербенге ... катышты" beside "медициналык кербени"): a common word
    written_small: bool
    # A Russian case form of a bare name ("из Нарына"): Russian names an oblast by its
    # adjective (Нарынская область), so the noun is the city.
    russian_noun: bool
    header: bool  # its level comes from its table column's header
    owns: str | None  # the level of the nameless type word after it (Чүйдүн үч району)
    head: str | None  # the level whose head's title stands next to it (Полпред Нарына)
    venue: bool  # a Russian noun where an event is held ("на семинаре в Оше"): the city
    venue_listed: bool  # a member of a list of Russian nouns where an event is held
    office: bool  # before an office's noun ("Ош кеңсеси"): the city
    # where an establishment stands ("Оштогу «Алай» мейманканасында"): the city
    establishment: bool
    centre: bool  # called a district's or oblast's centre ("районный центр"): a settlement
    # where a person lives or is from ("Кабакта жашаган", "Кабактан келген"): homes.py
    home: bool
    # a compound name in the attributive before a lower-case noun ("Ак-Муздагы мектеп":
    # the school at that place): homes.py
    compound_attributive: bool
    # a count right after it ("Курманбектен 9 киши"): a row of a list of where people came
    # from (siblings.mark_counted)
    counted: bool
    route: bool  # an end of a way between places ("Сары-Таштан Гүлчөгө"): a settlement
    # the end of a way through a point, before the word of its limit ("... Көк-Таш аркылуу
    # Ширинге чейин"): a settlement, though its name is shaped like a surname (marks.py)
    route_limit: bool
    # a Russian case form of a small unit, its name shaped like a surname, right after a
    # preposition of origin or place in the case it governs ("из Кичи-Кемина"): the unit
    # (russian_small_nouns.py; rule places.surname_shaped_after_preposition)
    origin: bool
    label: bool  # a headline's label: opens its line before a colon ("Баткен: ...")
    headline: bool  # bare, on the page's headline over the body (headlines.py)
    # The nominatives a Russian case form may stand for, when the gazetteer has several
    # ("Мирного": Мирное, Мирный): the unit picked names it (assemble.py)
    readings: tuple[str, ...]
    # Its type word stands after a bracketed parent ("Казыбек (Ат-Башы району) айылы"):
    # the words in the bracket are read for mentions of their own.
    bracket_end: int | None  # token index after the bracket
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        start: int,
        end: int,
        first: int,
        last: int,
        name: str,
        ending: str,
        units: list[gz.Unit],
        type_word: TypeWord | None = None,
        type_end: int | None = None,
        plural_type: bool = False,
        level: str | None = None,
        unit: gz.Unit | None = None,
        score: float = SCORE_TYPE_WORD,
        rule: Rule | None = None,
        unit_rule: Rule | None = None,
        group: int | None = None,
        cell: bool = False,
        sentence: int = 0,
        case: str | None = None,
        person: bool = False,
        pasture: bool = False,
        organization: bool = False,
        street: bool = False,
        column: tuple[int, int] = (-1, -1),
        opens_sentence: bool = False,
        opens_phrase: bool = False,
        type_before: bool = False,
        dateline: bool = False,
        written_small: bool = False,
        russian_noun: bool = False,
        header: bool = False,
        owns: str | None = None,
        head: str | None = None,
        venue: bool = False,
        venue_listed: bool = False,
        office: bool = False,
        establishment: bool = False,
        centre: bool = False,
        home: bool = False,
        compound_attributive: bool = False,
        counted: bool = False,
        route: bool = False,
        route_limit: bool = False,
        origin: bool = False,
        label: bool = False,
        headline: bool = False,
        bracket_end: int | None = None,
        child_of: str | None = None,
        owned: bool = False,
        readings: tuple[str, ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.first = first
        self.last = last
        self.name = name
        self.ending = ending
        self.units = units
        self.type_word = type_word
        self.type_end = type_end
        self.plural_type = plural_type
        self.level = level
        self.unit = unit
        self.score = score
        self.rule = rule
        self.unit_rule = unit_rule
        self.group = group
        self.cell = cell
        self.sentence = sentence
        self.case = case
        self.person = person
        self.pasture = pasture
        self.organization = organization
        self.street = street
        self.column = column
        self.opens_sentence = opens_sentence
        self.opens_phrase = opens_phrase
        self.type_before = type_before
        self.dateline = dateline
        self.written_small = written_small
        self.russian_noun = russian_noun
        self.header = header
        self.owns = owns
        self.head = head
        self.venue = venue
        self.venue_listed = venue_listed
        self.office = office
        self.establishment = establishment
        self.centre = centre
        self.home = home
        self.compound_attributive = compound_attributive
        self.counted = counted
        self.route = route
        self.route_limit = route_limit
        self.origin = origin
        self.label = label
        self.headline = headline
        self.bracket_end = bracket_end
        # the level of the typed unit whose bracket right after it holds this name
        self.child_of = child_of
        self.owned = owned  # right after its owner's type word ("Ноокат районунун X")
        self.readings = readings

    def settle(self, level: str, score: float, rule: Rule) -> None:
        """Give the mention its level, by `rule`, with that rule's score."""
        self.level, self.score, self.rule = level, score, rule

    @classmethod
    def of_token(
        cls, tok: Token, i: int, name: str, ending: str, units: list[gz.Unit], **rest: Any
    ) -> Mention:
        """A mention that is one token (tokens[i]): a name with its ending glued on."""
        return cls(
            start=tok.start,
            end=tok.end,
            first=i,
            last=i,
            name=name,
            ending=ending,
            units=units,
            sentence=tok.sentence,
            **rest,
        )


def of_levels(m: Mention, levels: tuple[str, ...]) -> list[gz.Unit]:
    """The mention's candidate units of these levels."""
    return [u for u in m.units if u.level in levels]
