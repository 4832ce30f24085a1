"""Extraction on several cores gives exactly what extraction in one process gives."""

from __future__ import annotations

import shutil
import sys

from corpus.pipeline import Corpus, prepare

try:
    from .build_site import REPO
except ImportError:
    from build_site import REPO

sys.path.insert(0, str(REPO / "bench"))
import make_corpus  # noqa: E402


def _corpus(folder):
    corpus = Corpus(curator_dir=folder / "curator", root=folder)
    corpus.load(str(p.resolve()) for p in sorted((folder / "raw").glob("*.txt")))
    return corpus


def test_parallel_equals_serial(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(REPO / "content", folder)
    make_corpus.generate(12, 3, tmp_path / "generated")
    for raw in (tmp_path / "generated" / "raw").glob("*.txt"):
        shutil.copy(raw, folder / "raw" / raw.name)
    (folder / "raw" / "empty.txt").write_bytes(b"")
    (folder / "raw" / "chrome.txt").write_text("Share this:\nTwitter\nFacebook\n", encoding="utf-8")
    serial = prepare(_corpus(folder), workers=1)
    parallel = prepare(_corpus(folder), workers=2)
    assert list(serial) == list(parallel)
    assert serial == parallel
    statuses = {path.rsplit("/", 1)[-1]: r["status"] for path, r in serial.items()}
    assert statuses["chrome.txt"] == "rejected"
    assert sum(s == "ok" for s in statuses.values()) == 17
    assert "empty.txt" not in statuses  # rejected when decoded, never prepared
