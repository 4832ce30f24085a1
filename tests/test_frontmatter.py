"""The document is written and read back without PyYAML's representer and
loader where that gives the same result; these tests hold it to that."""

import math
import random
from pathlib import Path

import pytest
import yaml

from corpus.frontmatter import (_DUMP_OPTIONS, _Dumper, _front, _metadata, _survives_yaml,
                                dump_and_read_back, dump_document, load_document)
from corpus.pipeline import Corpus, extract
from corpus.source import RejectedScrape

ROOT = Path(__file__).resolve().parent.parent

AWKWARD_STRINGS = [
    "", " ", "  lead", "trail  ", "true", "True", "yes", "no", "on", "off", "null", "~", "Null",
    "1", "-1", "0o17", "012", "0x1F", "1_000", "1.5", ".5", "1e3", "1.0e+3", ".inf", "-.Inf", ".nan",
    "2019-03-01", "2019-03-01 10:00:00", "2019-3-1T10:00:00Z", "12:30:45", "1:20",
    "=", "<<", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick", "- dash", "-", "--- fence",
    "...", "? q", ": colon", "a: b", "a #b", "#c", "[x]", "{y: 1}", "'single'", '"double"',
    "multi\nline", "multi\n\nparagraph", "ends\n", "\nstarts", "x\n---\ny", "tab\there",
    "cr\rhere", "nel\x85here", "ls\u2028here", "ps\u2029here", "bom\ufeffhere", "ctrl\x07here",
    "del\x7fhere", "é “quoted” ’ — …", "emoji \U0001f600", "nbsp\xa0here", "wide " + "w" * 150,
    " ".join(["word"] * 60), "long-" * 40, "\\back\\slash", "a" * 1000,
]
AWKWARD_VALUES = [*AWKWARD_STRINGS, 0, -7, 10 ** 30, True, False, None, [], {}, [[]], [{}],
                  {"": ""}, {"k": [1, "2", None]}]


def _stock_front(metadata):
    return yaml.dump(metadata, Dumper=_Dumper, **_DUMP_OPTIONS)


def _records():
    """Real records: the seed scrapes with their curator records, the site
    fixture and the unseen fixtures."""
    groups = [
        (ROOT / "content", ROOT / "content" / "curator", sorted((ROOT / "content" / "raw").glob("*.txt"))),
        (ROOT / "tests/fixtures/site/content", ROOT / "tests/fixtures/site/content/curator",
         sorted((ROOT / "tests/fixtures/site/content/raw").glob("*.txt"))),
        (ROOT / "tests/fixtures/unseen", None, sorted((ROOT / "tests/fixtures/unseen").glob("*.txt"))),
    ]
    for root, curator, files in groups:
        corpus = Corpus(root=root, curator_dir=curator)
        corpus.load(files)
        for path in files:
            try:
                yield extract(str(path), corpus)
            except RejectedScrape:
                continue


@pytest.fixture(scope="module")
def records():
    found = list(_records())
    assert len(found) > 40
    return found


def test_front_matter_is_what_yaml_dump_writes(records):
    for record in records:
        metadata = _metadata(record)
        assert _front(metadata) == _stock_front(metadata), record["key"]


@pytest.mark.parametrize("value", AWKWARD_VALUES, ids=repr)
def test_awkward_values_are_written_as_yaml_dump_writes_them(value):
    metadata = {"title": value, "list": [value, {"nested": value}], "after": "x"}
    assert _front(metadata) == _stock_front(metadata)


def test_values_the_fast_writer_leaves_alone_are_still_written():
    shared = ["same", "list"]
    for metadata in ({"a": shared, "b": shared},   # an alias
                     {"f": 1.5, "g": [float("inf")]}, {"t": ("tu", "ple")}, {1: "int key"}):
        assert _front(metadata) == _stock_front(metadata)
    assert "&id001" in _front({"a": shared, "b": shared})


def test_random_nested_values_are_written_as_yaml_dump_writes_them():
    rng = random.Random(11)
    alphabet = list("ab: -#'\"\n\t\\[]{}&*!|>%@`,?é“’—\xa0\x85\u2028") + ["true", "null", "12", "2019-01-01"]

    def value(depth):
        pick = rng.random()
        if depth < 3 and pick < 0.2:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        if depth < 3 and pick < 0.35:
            return {"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))): value(depth + 1)
                    for _ in range(rng.randint(0, 3))}
        if pick < 0.45:
            return rng.choice([None, True, False, rng.randint(-10 ** 6, 10 ** 6)])
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))

    for _ in range(300):
        metadata = {"title": value(0), "claims": value(1)}
        assert _front(metadata) == _stock_front(metadata)


def _read_back_the_slow_way(record):
    document = dump_document(record)
    return document, load_document(document)


def test_read_back_record_equals_the_loaded_one(records):
    for record in records:
        document, read_back = dump_and_read_back(record)
        expected_document, loaded = _read_back_the_slow_way(record)
        assert document == expected_document
        # equal, with the same types and key order all the way down
        assert repr(read_back) == repr(loaded), record["key"]


@pytest.mark.parametrize("value", AWKWARD_VALUES, ids=repr)
def test_read_back_of_awkward_values_equals_the_loaded_one(value):
    record = {"title": "T", "value": value, "claims": [{"text": value, "hedges": [value]}],
              "body": "Text.\n"}
    document, read_back = dump_and_read_back(record)
    assert document == dump_document(record)
    assert repr(read_back) == repr(load_document(document))


def test_values_that_may_not_survive_are_loaded():
    # each of these takes the loading path, whatever it gives
    for value in ["nel\x85here", "tab\there", "cr\rhere", "ls\u2028here", "bom\ufeffhere",
                  float("nan"), ("tu", "ple"), b"bytes"]:
        assert not _survives_yaml({"v": value})
    assert not _survives_yaml({1: "int key"})
    assert _survives_yaml({"v": ["é “quoted” —", 3, True, None, {"k": "multi\nline"}]})
    assert _survives_yaml({"v": 2.5}) and not _survives_yaml({"v": math.inf})


def test_a_body_that_opens_like_a_fence_is_read_back_as_written():
    record = {"title": "T", "body": "---\nnot front matter\n---\n"}
    document, read_back = dump_and_read_back(record)
    assert repr(read_back) == repr(load_document(document))
    assert read_back["body"] == record["body"]


def test_the_read_back_record_is_not_the_record_itself():
    record = {"title": "T", "key": "k", "claims": [], "body": "B\n"}
    _document, read_back = dump_and_read_back(record)
    assert list(read_back) == ["title", "key", "claims", "body"]
    assert read_back is not record
