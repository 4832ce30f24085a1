"""An article as a document a person can read and diff: YAML front matter
(metadata, provenance, claims, the record of removed lines) and the cleaned
body in Markdown.

The site is built from this document, so the page, the search index and the
data exports all read the same record (`make corpus` writes them to corpus/;
each article page links to its copy).
"""

from __future__ import annotations

import yaml

try:  # libyaml, bundled with PyYAML's wheels, is ~10x faster
    from yaml import CSafeDumper as _Dumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - pure-Python PyYAML
    from yaml import SafeDumper as _Dumper
    from yaml import SafeLoader as _Loader

FENCE = "---"
# Fields written first, in this order, so every document reads the same way;
# the rest follow in the record's own order.
LEADING_FIELDS = ("title", "outlet", "author", "published", "url", "key", "slug", "file", "note")


class DocumentError(ValueError):
    """A document without a readable front matter."""


def dump_document(record: dict) -> str:
    """The record as Markdown with YAML front matter.

    >>> print(dump_document({"title": "T", "body": "Text.\\n", "claims": []}), end="")
    ---
    title: T
    claims: []
    ---
    Text.
    """
    metadata = {key: record[key] for key in LEADING_FIELDS if key in record}
    metadata.update((k, v) for k, v in record.items() if k not in metadata and k != "body")
    front = yaml.dump(metadata, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                      default_flow_style=False, width=100)
    return f"{FENCE}\n{front}{FENCE}\n{record.get('body', '')}"


def load_document(text: str) -> dict:
    """Read a document back into a record (the inverse of dump_document)."""
    if not text.startswith(FENCE + "\n"):
        raise DocumentError("the document does not start with a --- front matter fence")
    end = text.find("\n" + FENCE + "\n", len(FENCE))
    if end < 0:
        raise DocumentError("the front matter is not closed by a --- line")
    metadata = yaml.load(text[len(FENCE) + 1:end + 1], Loader=_Loader) or {}
    if not isinstance(metadata, dict):
        raise DocumentError("the front matter is not a mapping")
    return {**metadata, "body": text[end + len(FENCE) + 2:]}
