"""Curator records: what a person supplies is read, checked and kept."""

import datetime
from pathlib import Path

import pytest

from corpus.curator import CuratorRecordError, curator_path, load_curator_record

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path, text):
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_record_is_empty(tmp_path):
    assert load_curator_record(tmp_path / "none.yaml") == {}


def test_record_is_found_by_the_scrape_name():
    assert str(curator_path("content/curator", "content/raw/001_x.txt")).endswith("content/curator/001_x.yaml")


def test_fields_are_read_and_dates_parsed(tmp_path):
    record = load_curator_record(write(tmp_path, (
        "url: https://example.org/a\noutlet: '  Example News '\npublished: 2019-03-26\n"
        "claims:\n  drop: [c-1]\n  fix:\n    c-2: {hedged: true}\n  add:\n    - text: A fact.\n"
    )))
    assert record["outlet"] == "Example News"
    assert record["published"] == datetime.date(2019, 3, 26)
    assert record["claims"] == {"drop": ["c-1"], "fix": {"c-2": {"hedged": True}}, "add": [{"text": "A fact."}]}


@pytest.mark.parametrize("text, message", [
    ("outlet: [a, b]", "outlet must be non-empty text"),
    ("published: 26/03/2019", "YYYY-MM-DD"),
    ("publisher: X", "unknown field 'publisher'"),
    ("- just\n- a list", "must be a mapping"),
    ("outlet: 'unclosed", "not valid YAML"),
    ("claims: {remove: [c-1]}", "drop, fix and/or add"),
    ("claims: {add: [{value: 3}]}", "with a text"),
])
def test_bad_records_say_what_is_wrong(tmp_path, text, message):
    with pytest.raises(CuratorRecordError, match=message):
        load_curator_record(write(tmp_path, text))


def test_every_seed_has_a_valid_record():
    for raw in sorted((REPO / "content" / "raw").glob("*.txt")):
        record = load_curator_record(curator_path(REPO / "content" / "curator", raw))
        assert record.get("outlet"), raw.name
