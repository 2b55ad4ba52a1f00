"""The hash functions of a one-file run (the disk cache's keys, rx's stored tries, a
record's id), from the interpreter's own modules: the same digests as `hashlib`'s,
whose import loads OpenSSL's library first (~3-4 ms of a one-file run's start-up, for
a few short keys). A Python built without them uses `hashlib`'s."""

from __future__ import annotations

import sys

try:
    if sys.version_info >= (3, 12):
        from _sha2 import sha256  # type: ignore[import-not-found]
    else:
        from _sha256 import sha256  # type: ignore[import-not-found]
    from _blake2 import blake2b
    from _sha1 import sha1  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - a Python built without its own hash modules
    from hashlib import blake2b, sha1, sha256

__all__ = ["blake2b", "sha1", "sha256"]
