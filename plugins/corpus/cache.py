"""A content cache for extraction: a rebuild redoes only what changed.

One file per scrape result in ``cache/corpus/`` (setting ``CORPUS_CACHE_PATH``;
``None`` switches the cache off), named by a SHA-256 key over everything the
result depends on:

- the raw file's bytes (its SHA-256) and its name (the record's ``key``,
  ``file`` and slug come from the name);
- the extraction code: a hash of every ``.py`` file of this package, so any
  change to a rule, word list or stage invalidates every entry;
- the curator record's bytes (or its absence);
- what cleaning reads from the *other* scrapes: cleaning drops a short line
  found in at least ``SITE_REPEAT_MIN_SCRAPES`` scrapes of the folder
  (``clean._mark_site_repeats``), so a scrape's result depends on the corpus
  only through which of its own lines reach that count. The key holds exactly
  that set: adding or changing another scrape invalidates this one's entry
  only if it pushes one of this scrape's lines over (or back under) the
  threshold.

The value is whatever the caller stores (a pickled dict): entries are written
by this build for this build, in a folder that is gitignored, and read back
only when the key matches. A corrupt or unreadable entry counts as a miss.
Writes go to a temporary file first and are renamed into place, so parallel
or interrupted builds never leave half an entry.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

from . import clean_rules
from .clean import normalise_line

PACKAGE_DIR = Path(__file__).resolve().parent
# Bump to invalidate every entry when the cached value's shape changes
# without the code hash seeing it.
FORMAT = "1"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package's source: every .py file, by name and bytes."""
    digest = hashlib.sha256(FORMAT.encode())
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def repeated_lines(text: str, counts: Counter | None) -> list[str]:
    """This scrape's lines that cleaning will see as repeated across the site."""
    if not counts:
        return []
    need = clean_rules.SITE_REPEAT_MIN_SCRAPES.value
    found = set()
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            normal = normalise_line(stripped)
            if counts.get(normal, 0) >= need:
                found.add(normal)
    return sorted(found)


def entry_key(*, sha256: str, name: str, curator: bytes | None, text: str,
              counts: Counter | None, extra: str = "") -> str:
    """The cache key of one scrape's extraction (see the module docstring)."""
    digest = hashlib.sha256()
    for part in (code_version(), sha256, name, extra):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(b"curator:" + (b"-" if curator is None else b"+" + curator) + b"\0")
    for line in repeated_lines(text, counts):
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


class ExtractionCache:
    """get/put of pickled values by key, in a folder."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        try:
            with open(self._path(key), "rb") as handle:
                value = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError,
                ImportError, IndexError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
