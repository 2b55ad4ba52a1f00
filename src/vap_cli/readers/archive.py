"""Limits for zip-based formats (.docx): a zip bomb is refused before it is inflated
far, whatever its headers say.

A zip bomb declares gigabytes of content in kilobytes, or declares kilobytes and
holds gigabytes (its headers lie). First the declared sizes are checked: a file
whose members add up to more than MAX_UNCOMPRESSED, or that has more than
MAX_MEMBERS members, is refused at once. Then every member is inflated here, in
chunks of INFLATE_CHUNK bytes through zipfile's stream, with a running count that
stops at the limit; the stream stops at the declared size and checks the CRC, so a
member holding more than its header says fails as a zip bomb after a few
kilobytes. The reader library is given a stored (not compressed) copy of the
members so inflated: it never inflates the file's own data, which, read whole, zipfile
would inflate to the end of its stream (up to 2 GB at once) before it checked the size.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import InputError

# A Word press release is a few hundred kilobytes unpacked, photos included.
MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_MEMBERS = 5000
# The bytes inflated at a time: what a lying header can make a reader inflate at most.
INFLATE_CHUNK = 64 * 1024


def check_zip(data: bytes, kind: str) -> None:
    """InputError unless `data` is a zip whose declared sizes are within the limits;
    `kind` names the format."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception:  # noqa: BLE001 - zipfile raises many types on damaged archives
        raise InputError(f"not a valid {kind} file (corrupt or not a zip archive)") from None
    if len(members) > MAX_MEMBERS:
        raise InputError(f"{kind} has too many parts ({len(members)}; the limit is {MAX_MEMBERS})")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNCOMPRESSED:
        raise _too_large(kind, f"{unpacked} bytes", MAX_UNCOMPRESSED)


def unpacked_zip(data: bytes, kind: str, limit: int = MAX_UNCOMPRESSED) -> bytes:
    """`data` (a zip checked by check_zip) as a zip of the same members stored, not
    compressed, each inflated in chunks with a running count: InputError when the
    members hold more than `limit` bytes or more than their headers say."""
    check_zip(data, kind)
    total = 0
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as archive,
        zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as stored,
    ):
        for member in archive.infolist():
            if member.is_dir():
                continue
            total, content = _inflate(archive, member, kind, total, limit)
            stored.writestr(member.filename, content)
    return out.getvalue()


def _inflate(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, kind: str, total: int, limit: int
) -> tuple[int, bytes]:
    """(the running count, the member's bytes), read INFLATE_CHUNK bytes at a time."""
    parts: list[bytes] = []
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(INFLATE_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise _too_large(kind, f"over {limit} bytes", limit)
                parts.append(chunk)
    except zipfile.BadZipFile:  # the CRC of what the header declares does not match
        raise InputError(
            f"not a valid {kind} file ({member.filename} holds other data than its "
            "header says: corrupt, or a zip bomb)"
        ) from None
    except InputError:
        raise
    except Exception:  # noqa: BLE001 - zipfile raises many types on damaged archives
        raise InputError(f"not a valid {kind} file (corrupt or not a zip archive)") from None
    return total, b"".join(parts)


def _too_large(kind: str, unpacked: str, limit: int) -> InputError:
    return InputError(
        f"{kind} unpacks to {unpacked} (the limit is {limit}): a zip bomb or not a press release"
    )
