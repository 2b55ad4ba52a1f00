"""The base of the records of models.py: light classes that a parse makes, reads
and writes as JSON without importing pydantic (about 40 ms of a one-file run's
start-up), and, built from the same declarations on first use, their pydantic
twins, which validate, dump and give the JSON Schema and the tables' columns.

A record declares its fields once, as a pydantic model would: an annotation (a
string: models.py has `from __future__ import annotations`), a default or
`Field(...)` with pydantic's own arguments. `pydantic_model(Record)` builds the
pydantic model of those declarations (the nested records' twins in place of the
records); a record's `model_dump`, `model_dump_json`, `model_validate`,
`model_json_schema` and `model_fields` are its twin's, so the records keep
pydantic's interface. `plain(record)` is the JSON data a parse writes, the same
as `model_dump(mode="json")` without building pydantic's serializer.
"""

from __future__ import annotations

import copy
import functools
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic.fields import FieldInfo
    from typing_extensions import Self


# What pydantic's error says of text it cannot encode as UTF-8 (lone surrogates).
LONE_SURROGATES = "surrogates not allowed"


class _Missing:
    """No default: the field is required."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class FieldSpec:
    """A field's default (or default factory) and its other pydantic `Field` arguments."""

    __slots__ = ("default", "default_factory", "options")

    def __init__(
        self, default: Any, default_factory: Callable[[], Any] | None, options: dict[str, Any]
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.options = options


def Field(  # noqa: N802 - pydantic's name, as the declarations read it
    default: Any = MISSING, *, default_factory: Callable[[], Any] | None = None, **options: Any
) -> Any:
    """pydantic.Field's arguments (description, ge, le, ...), kept for the twin."""
    return FieldSpec(default, default_factory, options)


class _RecordMeta(type):
    @property
    def model_fields(cls) -> dict[str, FieldInfo]:
        """The pydantic twin's fields (their types, defaults and descriptions)."""
        return pydantic_model(cls).model_fields


class Record(metaclass=_RecordMeta):
    """A record: its fields in `__dict__`, in their declared order."""

    # name -> (annotation, FieldSpec), in declared order, the base classes' first.
    record_fields: ClassVar[dict[str, tuple[str, FieldSpec]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls.record_fields)
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if str(annotation).startswith("ClassVar"):
                continue
            value = cls.__dict__.get(name, MISSING)
            spec = value if isinstance(value, FieldSpec) else FieldSpec(value, None, {})
            fields[name] = (annotation, spec)
            if name in cls.__dict__:
                delattr(cls, name)  # a value lives in the record's __dict__, never here
        cls.record_fields = fields

    def __init__(self, **data: Any) -> None:
        """A record of validated data, as pydantic's constructor makes (by the twin;
        the parser's own records are made with `model_construct`)."""
        twin = pydantic_model(type(self))(**{k: to_pydantic(v) for k, v in data.items()})
        self.__dict__ = from_pydantic(twin).__dict__

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:
        """A record of these values, not validated (the values are vap's own): the
        fields in their declared order, defaults filled in (pydantic's name)."""
        if tuple(values) == _names(cls):
            # every field given, in the declared order (most records a parse makes): the
            # keywords' own new dict is the record's, as the loop below would build it
            record = cls.__new__(cls)
            record.__dict__ = values
            return record
        data: dict[str, Any] = {}
        for name, default, factory in _defaults(cls):
            if name in values:
                data[name] = values[name]
            elif factory is not None:
                data[name] = factory()
            elif default is not MISSING:
                data[name] = default
        record = cls.__new__(cls)
        record.__dict__ = data
        return record

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with the fields of `update` replaced (not validated), as pydantic's."""
        record = type(self).__new__(type(self))
        data = copy.deepcopy(self.__dict__) if deep else dict(self.__dict__)
        if update:
            data.update(update)
        record.__dict__ = data
        return record

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment] # mutable, like a pydantic model

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

    def __str__(self) -> str:
        """As pydantic writes a model: `start=0 end=8`."""
        return " ".join(f"{name}={value!r}" for name, value in self.__dict__.items())

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """(name, value) of each field, as a pydantic model iterates."""
        return iter(self.__dict__.items())

    def model_dump(self, *, mode: str = "python", **options: Any) -> dict[str, Any]:
        """pydantic's `model_dump`; the JSON data of a record without options is `plain`."""
        if mode == "json" and not options:
            return dict(plain(self))
        return to_pydantic(self).model_dump(mode=mode, **options)

    def model_dump_json(self, **options: Any) -> str:
        """pydantic's `model_dump_json`; text with lone surrogates (a file name's
        undecodable bytes, surrogateescape) has them as `\\udcXX` escapes, as `vap
        parse` writes them (pydantic cannot encode them and would raise)."""
        from pydantic_core import PydanticSerializationError

        try:
            return to_pydantic(self).model_dump_json(**options)
        except PydanticSerializationError as exc:
            if LONE_SURROGATES not in str(exc):
                raise
        indent = options.pop("indent", None)
        data = to_pydantic(self).model_dump(mode="json", **options)
        separators = (",", ": ") if indent is not None else (",", ":")
        text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        """The record of validated data (pydantic's validation, by the twin)."""
        return from_pydantic(pydantic_model(cls).model_validate(obj, **options))  # type: ignore[no-any-return]

    @classmethod
    def model_validate_json(cls, data: str | bytes, **options: Any) -> Self:
        return from_pydantic(pydantic_model(cls).model_validate_json(data, **options))  # type: ignore[no-any-return]

    @classmethod
    def model_json_schema(cls, **options: Any) -> dict[str, Any]:
        return pydantic_model(cls).model_json_schema(**options)


@functools.cache
def _names(model: type[Record]) -> tuple[str, ...]:
    """The names of `model`'s fields, in order (`field_names`), kept for each model."""
    return field_names(model)


@functools.cache
def _defaults(model: type[Record]) -> tuple[tuple[str, Any, Callable[[], Any] | None], ...]:
    """(name, default, default factory) of each field of `model`, in order."""
    return tuple(_default(name, spec) for name, (_, spec) in model.record_fields.items())


def _default(name: str, spec: FieldSpec) -> tuple[str, Any, Callable[[], Any] | None]:
    """A mutable default is copied for each record, as pydantic copies it."""
    default, factory = spec.default, spec.default_factory
    if isinstance(default, (list, dict, set)):
        return name, MISSING, functools.partial(copy.deepcopy, default)
    return name, default, factory


def field_names(model: type[Record]) -> tuple[str, ...]:
    """The names of `model`'s fields, in order, without building its twin."""
    return tuple(model.record_fields)


def default_value(model: type[Record], name: str) -> Any:
    """The value field `name` of `model` has when none is given (its factory called)."""
    _, spec = model.record_fields[name]
    return spec.default_factory() if spec.default_factory is not None else spec.default


class _Twins(Mapping[str, Any]):
    """A module's names, with each record class read as its pydantic twin: where the
    annotations of the module's records are evaluated."""

    def __init__(self, names: dict[str, Any]) -> None:
        self.names = names

    def __getitem__(self, name: str) -> Any:
        value = self.names[name]
        if isinstance(value, type) and issubclass(value, Record):
            return pydantic_model(value)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


@functools.cache
def _twin_base() -> type[BaseModel]:
    from pydantic import BaseModel, ConfigDict

    class PydanticRecord(BaseModel):
        # Validators and serializers are built on first use, not when a twin is made.
        model_config = ConfigDict(extra="forbid", defer_build=True)

    return PydanticRecord


@functools.cache
def pydantic_model(record: type[Record]) -> type[BaseModel]:
    """The pydantic model of `record`'s declarations, built once."""
    from pydantic import Field as PydanticField
    from pydantic import create_model

    module = vars(sys.modules[record.__module__])
    twins = _Twins(module)
    fields: dict[str, Any] = {}
    for name, (annotation, spec) in record.record_fields.items():
        options = dict(spec.options)
        if spec.default is not MISSING:
            options["default"] = spec.default
        if spec.default_factory is not None:
            options["default_factory"] = _twin_factory(spec.default_factory)
        # The annotation is the declaration's own text, evaluated where it was written.
        hint = eval(annotation, module, twins)  # noqa: S307 - source code of vap's models
        fields[name] = (hint, PydanticField(**options))
    model: type[BaseModel] = create_model(
        record.__name__,
        __base__=_twin_base(),
        __module__=record.__module__,
        __doc__=record.__doc__,
        **fields,
    )
    model.__light__ = record  # type: ignore[attr-defined]
    return model


def _twin_factory(factory: Callable[[], Any]) -> Callable[[], Any]:
    """A default factory for the twin: a record class's constructor becomes its twin's."""
    owner = getattr(factory, "__self__", None)
    if isinstance(owner, type) and issubclass(owner, Record):
        return getattr(pydantic_model(owner), factory.__name__)  # type: ignore[no-any-return]
    return factory


def to_pydantic(value: Any) -> Any:
    """A record (and the records in it) as instances of their twins, not validated."""
    if isinstance(value, Record):
        model = pydantic_model(type(value))
        return model.model_construct(**{k: to_pydantic(v) for k, v in value.__dict__.items()})
    if isinstance(value, list):
        return [to_pydantic(item) for item in value]
    return value


def from_pydantic(value: Any) -> Any:
    """Twins' instances (and those in them) as records."""
    light = getattr(type(value), "__light__", None)
    if light is not None:
        record = light.__new__(light)
        record.__dict__ = {k: from_pydantic(v) for k, v in value.__dict__.items()}
        return record
    if isinstance(value, list):
        return [from_pydantic(item) for item in value]
    return value


# Values written as they are (anything else is a record, a list or an enum).
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """A record as JSON-ready data, the same as `model_dump(mode="json")` gives for the
    records vap makes (fields in their declared order, enums as their values),
    without building pydantic's serializer."""
    if isinstance(value, Record):
        return {
            name: item if type(item) in _PLAIN_TYPES else plain(item)
            for name, item in value.__dict__.items()
        }
    if isinstance(value, list):
        return [item if type(item) in _PLAIN_TYPES else plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    return value


def json_default(value: Any) -> Any:
    """`json.dumps(record, default=json_default)` writes what `plain(record)` gives, with
    the encoder walking the records itself: a record is its fields (`__dict__`, in their
    declared order), an enum its value; json writes everything else as it is."""
    if isinstance(value, Record):
        return value.__dict__
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
