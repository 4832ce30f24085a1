"""An article as a document a person can read and diff: YAML front matter
(metadata, provenance, claims, the record of removed lines) and the cleaned
body in Markdown.

The site is built from this document, so the page, the search index and the
data exports all read the same record (`make corpus` writes them to corpus/;
each article page links to its copy).
"""

from __future__ import annotations

import io
import math
import re

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

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
# Types whose text (str(), "true"/"false", "null") always reads back as the
# same type: their tag, written implicitly in plain style only.
_FIXED_SCALARS = {bool: "tag:yaml.org,2002:bool", int: "tag:yaml.org,2002:int",
                  type(None): "tag:yaml.org,2002:null"}
_DUMP_OPTIONS = dict(allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)


class DocumentError(ValueError):
    """A document without a readable front matter."""


class _NotPlain(Exception):
    """A value _emit_plain does not write (the stock dumper does)."""


class _PlainEmitter:
    """Writes a record through libyaml's emitter as events, skipping PyYAML's
    representer and serializer.

    For dicts, lists, strings, ints, bools and None met once each, those
    build one node per value and the C serializer turns each node back into
    an event, calling the Python resolver twice per scalar: more work than
    the emitting itself. The events are known in advance: a scalar is plain
    only if no implicit resolver claims its text, exactly the test the
    serializer makes; a dict or list object met twice (an alias), or any
    other type, raises _NotPlain. tests/test_frontmatter.py compares the
    output with yaml.dump's.
    """

    def __init__(self, dumper):
        self.write = dumper.emit
        self.resolvers = dumper.yaml_implicit_resolvers
        self.by_first: dict[str, tuple] = {}
        self.seen: set[int] = set()

    def plain(self, value: str) -> bool:
        """Does ``value`` read back as a string when written unquoted?"""
        first = value[:1]  # '' for the empty string, as in BaseResolver.resolve
        resolvers = self.by_first.get(first)
        if resolvers is None:
            resolvers = tuple(self.resolvers.get(first, []) + self.resolvers.get(None, []))
            self.by_first[first] = resolvers
        for _tag, regexp in resolvers:
            if regexp.match(value):
                return False
        return True

    def emit(self, data) -> None:
        kind = type(data)
        if kind is str:
            self.write(yaml.ScalarEvent(None, _STR, (self.plain(data), True), data))
        elif kind is dict or kind is list:
            if id(data) in self.seen:
                raise _NotPlain("an object met twice is written as an alias")
            self.seen.add(id(data))
            emit = self.emit
            if kind is dict:
                self.write(yaml.MappingStartEvent(None, _MAP, True, flow_style=False))
                for key, value in data.items():
                    emit(key)
                    emit(value)
                self.write(yaml.MappingEndEvent())
            else:
                self.write(yaml.SequenceStartEvent(None, _SEQ, True, flow_style=False))
                for item in data:
                    emit(item)
                self.write(yaml.SequenceEndEvent())
        elif kind in _FIXED_SCALARS:
            text = "null" if data is None else ("true" if data else "false") if kind is bool else str(data)
            self.write(yaml.ScalarEvent(None, _FIXED_SCALARS[kind], (True, False), text))
        else:
            raise _NotPlain(f"{kind.__name__} values are left to the representer")


def _emit_plain(metadata: dict) -> str:
    """yaml.dump(metadata, Dumper=_Dumper, **_DUMP_OPTIONS), for plain values
    (raises _NotPlain otherwise); the same steps as yaml.dump_all, with the
    document written as events."""
    stream = io.StringIO()
    dumper = _Dumper(stream, **_DUMP_OPTIONS)
    try:
        dumper.open()
        dumper.emit(yaml.DocumentStartEvent(explicit=False))
        _PlainEmitter(dumper).emit(metadata)
        dumper.emit(yaml.DocumentEndEvent(explicit=False))
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()


def _metadata(record: dict) -> dict:
    """The front matter's fields, in the order they are written."""
    metadata = {key: record[key] for key in LEADING_FIELDS if key in record}
    metadata.update((k, v) for k, v in record.items() if k not in metadata and k != "body")
    return metadata


def _front(metadata: dict) -> str:
    try:
        return _emit_plain(metadata)
    except _NotPlain:
        return yaml.dump(metadata, Dumper=_Dumper, **_DUMP_OPTIONS)


def dump_document(record: dict) -> str:
    """The record as Markdown with YAML front matter.

    >>> print(dump_document({"title": "T", "body": "Text.\\n", "claims": []}), end="")
    ---
    title: T
    claims: []
    ---
    Text.
    """
    return f"{FENCE}\n{_front(_metadata(record))}{FENCE}\n{record.get('body', '')}"


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


# ---------------------------------------------------------------------------
# The record as read back from its document, without reading it
# ---------------------------------------------------------------------------

# Characters a string may hold for its YAML round trip to be taken as exact:
# the ones libyaml writes as they are (its "printable" set, with
# allow_unicode), less the line separators NEL, LS and PS, which YAML line
# folding treats specially, and the byte-order mark. Anything else (tabs,
# carriage returns, control characters, surrogates) is left to a real load.
_PLAIN_TEXT = re.compile("[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                         "\U00010000-\U0010ffff]*")


def _survives_yaml(value) -> bool:
    """Does ``value`` come back from dump + load equal, of the same types, in
    the same key order?

    True only for what SafeDumper writes and SafeLoader reads back as it
    was: dicts with string keys, lists, strings of _PLAIN_TEXT, ints, bools,
    None and finite floats. (Strings that would read as another type, such
    as "true", "1.5" or "2019-03-01", are quoted by the dumper: its resolver
    is the loader's.) tests/test_frontmatter.py checks the claim over real
    records and over awkward values.
    """
    kind = type(value)
    if kind is str:
        return _PLAIN_TEXT.fullmatch(value) is not None
    if kind is dict:
        return all(type(k) is str and _PLAIN_TEXT.fullmatch(k) is not None and _survives_yaml(v)
                   for k, v in value.items())
    if kind is list:
        return all(_survives_yaml(item) for item in value)
    if kind is float:
        return math.isfinite(value)
    return kind is int or kind is bool or value is None


def dump_and_read_back(record: dict) -> tuple[str, dict]:
    """``(dump_document(record), load_document(of that document))``.

    When every value of the record survives the YAML round trip unchanged
    (see _survives_yaml) and the front matter closes where it was written,
    the read-back record is built from the record itself: the same fields,
    values and order that loading gives, at no parsing cost. Otherwise the
    document is loaded.
    """
    metadata = _metadata(record)
    front = _front(metadata)
    body = record.get("body", "")
    document = f"{FENCE}\n{front}{FENCE}\n{body}"
    closes_as_written = document.find("\n" + FENCE + "\n", len(FENCE)) == len(FENCE) + len(front)
    if closes_as_written and type(body) is str and _survives_yaml(metadata):
        return document, {**metadata, "body": body}
    return document, load_document(document)
