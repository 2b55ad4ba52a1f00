"""vap: structured, checkable data from Kyrgyz press releases.

>>> from vap_cli import parse_text
>>> parse_text("Байланыш: info@vap.kg").contacts.emails
['info@vap.kg']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["parse_text", "parse_path", "__version__"]

if TYPE_CHECKING:
    from .pipeline import parse_path, parse_text


def __getattr__(name: str) -> Any:
    # Lazy, so that `vap --help` does not pay for pydantic and the lexicons.
    if name in ("parse_text", "parse_path"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
