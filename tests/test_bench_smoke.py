"""The benchmark corpus generator and a build of 20 of its articles."""

from __future__ import annotations

import os
import subprocess
import sys

try:
    from .build_site import REPO
except ImportError:
    from build_site import REPO

ENV = {**os.environ, "PYTHONPATH": str(REPO / "plugins"), "PYTHONHASHSEED": "0"}


def _generate(out, n=20, seed=5):
    subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), "--n", str(n),
                    "--seed", str(seed), "--out", str(out)], check=True, env=ENV, cwd=REPO,
                   capture_output=True)
    return {p.name: p.read_bytes() for p in sorted((out / "raw").glob("*.txt"))}


def test_generator_is_deterministic_and_varied(tmp_path):
    first = _generate(tmp_path / "a")
    assert first == _generate(tmp_path / "b")
    assert first != _generate(tmp_path / "c", seed=6)
    assert len(first) == 20
    sizes = sorted(len(text) for text in first.values())
    assert sizes[-1] > 2 * sizes[0]  # varied lengths
    text = b"\n".join(first.values()).decode("utf-8")
    for sign in ("said", "According to", "Leave a Reply", "Share this:", "Wix.com",
                 "Subscribe", "Related Posts", "2019"):
        assert sign in text, sign
    # corpus-N is a prefix of corpus-M for the same seed
    assert list(_generate(tmp_path / "d", n=5).items()) == list(first.items())[:5]


def test_generator_refuses_content_folder(tmp_path):
    result = subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), "--n", "1",
                             "--out", str(REPO / "content")], env=ENV, cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode != 0


def test_build_of_20_generated_articles(tmp_path):
    _generate(tmp_path / "corpus")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(tmp_path / "corpus"), "-o", str(tmp_path / "out"),
         "-s", str(REPO / "pelicanconf.py"), "-e", f'CORPUS_CACHE_PATH="{tmp_path / "cache"}"'],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "corpus: built 20 of 20 scrapes" in result.stdout
    assert (tmp_path / "out" / "compare.html").is_file()


def test_scale_benchmark_runs_on_20_articles(tmp_path):
    # The benchmark itself (bench/scale.py), small: every figure it prints
    # is there, the builds succeed and the search answers in Chromium. No
    # time is asserted: times depend on the machine.
    figures_path = tmp_path / "scale.json"
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "scale.py"), "--sizes", "20", "--no-peers",
         "--out", str(tmp_path), "--json", str(figures_path)],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    import json

    figures = json.loads(figures_path.read_text(encoding="utf-8"))["sizes"]["20"]
    assert figures["extract_serial"]["per_second"] > 0 and figures["extract_parallel"]["per_second"] > 0
    assert figures["group_claims"]["claims"] > 0
    assert figures["cold_build"]["status"] == 0 and figures["cold_build"]["peak_mb"] > 0
    assert "built 20 of 20" in figures["cold_build"]["report"]
    assert figures["rebuild_one_new"]["status"] == 0
    assert "built 21 of 21" in figures["rebuild_one_new"]["report"]
    search = figures["search"]
    assert search["files"] >= 1 and 0 < search["gzip_per_article"] < search["bytes_per_article"]
    assert search["ready_median"] > 0 and search["painted_p95"] >= search["painted_p50"] > 0
    assert figures["largest_loaded"]["page"][0].endswith(".html")
    assert (tmp_path / "corpus-20" / "raw").is_dir()
    assert "query-to-paint" in result.stdout
