"""The extraction cache (plugins/corpus/cache.py): same results, correctly invalidated."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpus import cache as cache_module
from corpus.cache import ExtractionCache, entry_key, repeated_lines
from corpus.pipeline import Corpus, cache_key_of, prepare

try:
    from .build_site import REPO, site_files
except ImportError:  # tests/ run as a plain folder
    from build_site import REPO, site_files

SEEDS = REPO / "content"

ARTICLE = """{title}

By Jane Doe
March {day}, 2019

The minister said on Tuesday that {n} trucks of aid had reached the border town of Cucuta after a long delay.

Officials in Caracas told reporters the shipment would be inspected before it crossed, according to the state news agency.

{extra}
"""
# A short, non-prose line: chrome only if it is found in enough scrapes.
SHARED = "Zorblax Qwimmet Portal"


def _corpus(folder: Path) -> Corpus:
    corpus = Corpus(curator_dir=folder / "curator", root=folder)
    corpus.load(str(p.resolve()) for p in sorted((folder / "raw").glob("*.txt")))
    return corpus


def _write(folder: Path, index: int, shared: bool) -> None:
    (folder / "raw").mkdir(parents=True, exist_ok=True)
    text = ARTICLE.format(title=f"Aid convoy number {index} reaches the border", day=10 + index,
                          n=index + 3, extra=SHARED if shared else "")
    (folder / "raw" / f"a{index:02d}.txt").write_text(text, encoding="utf-8")


def test_cached_results_equal_fresh_ones(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(SEEDS, folder)
    fresh = prepare(_corpus(folder), workers=1, cache=None)
    store = ExtractionCache(tmp_path / "cache")
    first = prepare(_corpus(folder), workers=1, cache=store)
    assert store.hits == 0 and store.misses == len(fresh)
    store = ExtractionCache(tmp_path / "cache")
    second = prepare(_corpus(folder), workers=1, cache=store)
    assert store.hits == len(fresh) and store.misses == 0
    assert first == fresh and second == fresh


def test_another_scrape_changing_the_line_counts_invalidates(tmp_path):
    need = cache_module.clean_rules.SITE_REPEAT_MIN_SCRAPES.value
    folder = tmp_path / "content"
    for index in range(need - 1):
        _write(folder, index, shared=True)
    _write(folder, 50, shared=False)
    store = ExtractionCache(tmp_path / "cache")
    corpus = _corpus(folder)
    before = prepare(corpus, workers=1, cache=store)
    first = str((folder / "raw" / "a00.txt").resolve())
    key_before = cache_key_of(first, corpus)
    assert not any(r["rule"] == "repeated-across-site" for r in before[first]["record"]["removed"])

    # One more scrape with the shared line: it is now repeated across the
    # site in every scrape that has it, and their cached results are stale.
    _write(folder, need - 1, shared=True)
    store = ExtractionCache(tmp_path / "cache")
    corpus = _corpus(folder)
    after = prepare(corpus, workers=1, cache=store)
    assert cache_key_of(first, corpus) != key_before
    assert any(r["rule"] == "repeated-across-site" and r["text"] == SHARED
               for r in after[first]["record"]["removed"])
    assert after == prepare(_corpus(folder), workers=1, cache=None)
    # The scrape without the shared line kept its entry.
    assert store.hits == 1 and store.misses == need


def test_unrelated_change_keeps_the_entry(tmp_path):
    folder = tmp_path / "content"
    for index in range(3):
        _write(folder, index, shared=False)
    corpus = _corpus(folder)
    path = str((folder / "raw" / "a00.txt").resolve())
    key = cache_key_of(path, corpus)
    _write(folder, 7, shared=False)
    assert cache_key_of(path, _corpus(folder)) == key


def test_key_covers_raw_bytes_curator_and_code(tmp_path, monkeypatch):
    folder = tmp_path / "content"
    _write(folder, 0, shared=False)
    path = str((folder / "raw" / "a00.txt").resolve())
    key = cache_key_of(path, _corpus(folder))
    (folder / "curator").mkdir()
    (folder / "curator" / "a00.yaml").write_text("outlet: Example News\n", encoding="utf-8")
    with_curator = cache_key_of(path, _corpus(folder))
    assert with_curator != key
    (folder / "raw" / "a00.txt").write_text("Changed\n\nSome other text of the article.\n", encoding="utf-8")
    assert cache_key_of(path, _corpus(folder)) != with_curator
    base = dict(sha256="0" * 64, name="a", curator=None, text="x\n", counts=None)
    before = entry_key(**base)
    monkeypatch.setattr(cache_module, "code_version", lambda: "another version")
    assert entry_key(**base) != before


def test_repeated_lines_reads_what_cleaning_reads():
    from collections import Counter

    from corpus.clean import normalise_line

    counts = Counter({normalise_line("Menu"): 5, normalise_line("Rare"): 1})
    assert repeated_lines("  Menu  \nRare\n\n", counts) == [normalise_line("Menu")]


def test_corrupt_entry_is_a_miss(tmp_path):
    store = ExtractionCache(tmp_path)
    store.put("ab" * 32, {"status": "ok"})
    assert store.get("ab" * 32) == {"status": "ok"}
    (tmp_path / "ab" / ("ab" * 32 + ".pickle")).write_bytes(b"not a pickle")
    assert store.get("ab" * 32) is None


def _pelican(content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "PYTHONPATH": str(REPO / "plugins"), "PYTHONHASHSEED": "0"}
    return subprocess.run([sys.executable, "-m", "pelican", str(content), "-o", str(output),
                           "-s", str(REPO / "pelicanconf.py"), "-e", *extra],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("workers", [1, 2])
def test_site_is_byte_identical_with_and_without_cache(tmp_path, workers):
    cache = tmp_path / "cache"
    outputs = {}
    for name, setting in (("off", "null"), ("cold", f'"{cache}"'), ("warm", f'"{cache}"')):
        result = _pelican(SEEDS, tmp_path / name, f"CORPUS_CACHE_PATH={setting}",
                          f"CORPUS_WORKERS={workers}")
        assert result.returncode == 0, result.stderr[-2000:]
        outputs[name] = site_files(tmp_path / name)
    assert any(cache.rglob("*.pickle"))
    assert outputs["cold"] == outputs["off"]
    assert outputs["warm"] == outputs["off"]
