"""Curator records: what a person knows about a scrape that its text lacks.

One optional YAML file per scrape, ``content/curator/<scrape name>.yaml``,
named like the raw file without ``.txt``. A curator can supply the page
address, outlet, author, title and publication date, and correct the
machine's claims (drop a false one, fix a field, add a missed one). The raw
scrape is never touched; corrections live here and survive every rebuild.

Example::

    url: https://example.org/2019/03/26/some-story/
    outlet: Example News
    published: 2019-03-26
    note: Date taken from the page address.
    claims:
      drop: [c-1a2b3c4d5e]
      fix:
        c-6f7a8b9c0d: {attribution: {source: the AFP, cue: reported}}
      add:
        - text: Two planes landed in Caracas on Saturday.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import yaml

# The fields a curator may set, and what each must be.
METADATA_FIELDS = {
    "url": str,
    "outlet": str,
    "author": str,
    "title": str,
    "published": datetime.date,
    "note": str,
}
CLAIM_ACTIONS = ("drop", "fix", "add")


class CuratorRecordError(Exception):
    """A curator record that cannot be used; the message says what is wrong."""


def curator_path(curator_dir: str | Path, scrape_path: str | Path) -> Path:
    """Where the record for a scrape lives.

    >>> str(curator_path("content/curator", "content/raw/001_ad58.txt"))
    'content/curator/001_ad58.yaml'
    """
    return Path(curator_dir) / (Path(scrape_path).stem + ".yaml")


def load_curator_record(path: str | Path) -> dict:
    """Read and check one record; a missing file is an empty record."""
    path = Path(path)
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise CuratorRecordError(f"{path}: not valid YAML ({_first_line(error)})") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CuratorRecordError(f"{path}: must be a mapping of field: value")
    return _checked(path, data)


def _checked(path: Path, data: dict) -> dict:
    record = {}
    for key, value in data.items():
        if key == "claims":
            record["claims"] = _checked_claims(path, value)
            continue
        expected = METADATA_FIELDS.get(key)
        if expected is None:
            known = ", ".join([*METADATA_FIELDS, "claims"])
            raise CuratorRecordError(f"{path}: unknown field {key!r} (known: {known})")
        if expected is datetime.date:
            value = _as_date(path, value)
        elif not isinstance(value, str) or not value.strip():
            raise CuratorRecordError(f"{path}: {key} must be non-empty text")
        else:
            value = value.strip()
        record[key] = value
    return record


def _as_date(path: Path, value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError as error:
        raise CuratorRecordError(
            f"{path}: published must be a date written YYYY-MM-DD, not {value!r}"
        ) from error


def _checked_claims(path: Path, value) -> dict:
    if not isinstance(value, dict) or not set(value) <= set(CLAIM_ACTIONS):
        raise CuratorRecordError(
            f"{path}: claims must be a mapping with drop, fix and/or add"
        )
    drop = value.get("drop") or []
    fix = value.get("fix") or {}
    add = value.get("add") or []
    if not isinstance(drop, list) or not all(isinstance(i, str) for i in drop):
        raise CuratorRecordError(f"{path}: claims.drop must be a list of claim ids")
    if not isinstance(fix, dict) or not all(isinstance(v, dict) for v in fix.values()):
        raise CuratorRecordError(f"{path}: claims.fix must map claim ids to fields")
    if not isinstance(add, list) or not all(
        isinstance(c, dict) and isinstance(c.get("text"), str) for c in add
    ):
        raise CuratorRecordError(f"{path}: claims.add must be a list of claims with a text")
    return {"drop": drop, "fix": fix, "add": add}


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
