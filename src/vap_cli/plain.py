"""Plain classes of named fields, for the small value objects the parse makes
(numbers found, lines, matches): a class lists its fields in `__slots__` and writes
its own `__init__`; `Fields` gives it the comparison, hash and repr a dataclass
would have, read from those fields.

Why not dataclasses: the dataclasses module writes each class's methods as source
text and compiles it with `exec` at import (five or six a frozen class), about a
sixth of a one-file run's start-up for the ~40 classes on the parse path, and a
frozen dataclass's `__init__` sets each field through `object.__setattr__`, about
five times the cost of a plain `__init__` (the parse makes thousands of them). What
is lost is only the frozen guard: nothing assigns to these objects' fields after
`__init__` (the classes say so), and tests/test_plain.py checks the equality, hash
and repr against a dataclass's.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, ClassVar


class Fields:
    """A base for a class with `__slots__` (its fields, in order) and its own
    `__init__`: equal to an object of the same class with equal fields (as a
    dataclass's `__eq__`), hashed as the tuple of them (as a frozen dataclass's
    `__hash__`; a class that is changed after `__init__` sets `__hash__ = None`), and
    shown as `Name(field=value, ...)` (as a dataclass's `__repr__`). `compared`: the
    fields compared, hashed and shown, when not every slot (a slot that caches what
    the others give)."""

    __slots__ = ()
    compared: ClassVar[tuple[str, ...]] = ()
    # the compared fields' values, as a tuple (set for each class)
    values_of: ClassVar[Callable[[Any], tuple[Any, ...]]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # its own fields, else its base's (a subclass that adds none)
        names = (
            cls.__dict__.get("compared") or tuple(cls.__dict__.get("__slots__", ())) or cls.compared
        )
        cls.compared = names
        getter = attrgetter(*names) if names else None
        if getter is None:
            cls.values_of = staticmethod(lambda _obj: ())
        elif len(names) == 1:
            cls.values_of = staticmethod(lambda obj: (getter(obj),))
        else:
            cls.values_of = staticmethod(getter)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            values = type(self).values_of
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(type(self).values_of(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.compared)
        return f"{type(self).__qualname__}({shown})"
