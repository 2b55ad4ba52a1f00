"""Limits for zip-based formats (.docx), checked before any member is inflated.

A zip bomb declares gigabytes of content in kilobytes. Python's zipfile never
inflates a member past the size its directory entry declares (more data fails
the CRC check), so the declared sizes bound the memory a reader can use: a file
whose members add up to more than MAX_UNCOMPRESSED, or that has more than
MAX_MEMBERS members, is refused before the reader library opens it.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import InputError

# A Word press release is a few hundred kilobytes unpacked, photos included.
MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_MEMBERS = 5000


def check_zip(data: bytes, kind: str) -> None:
    """InputError unless `data` is a zip within the limits; `kind` names the format."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception:  # noqa: BLE001 - zipfile raises many types on damaged archives
        raise InputError(f"not a valid {kind} file (corrupt or not a zip archive)") from None
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{kind} has too many parts ({len(members)}; the limit is {MAX_MEMBERS})")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNCOMPRESSED:
        raise InputError(
            f"{kind} unpacks to {unpacked} bytes (the limit is {MAX_UNCOMPRESSED}): "
            "a zip bomb or not a press release"
        )
