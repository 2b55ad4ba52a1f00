"""vap: structured, checkable data from Kyrgyz press releases.

>>> from vap_cli import parse_text
>>> parse_text("Байланыш: info@vap.kg").contacts.emails
['info@vap.kg']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["parse_text", "parse_path", "people_total", "event_rows", "InputError", "__version__"]

if TYPE_CHECKING:
    from .errors import InputError
    from .export.event_table import event_rows
    from .pipeline import parse_path, parse_text
    from .resolve.headcount import people_total


def __getattr__(name: str) -> Any:
    # Lazy, so that `vap --help` does not pay for pydantic and the lexicons.
    if name in ("parse_text", "parse_path"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "people_total":
        from .resolve.headcount import people_total

        return people_total
    if name == "InputError":
        from .errors import InputError

        return InputError
    if name == "event_rows":
        from .export.event_table import event_rows

        return event_rows
    raise AttributeError(name)
