"""A curator's corrections to the machine's claims: drop, fix, add — applied
at every build, shown as the curator's, never written into the raw scrape."""

import json
import shutil
import subprocess
import sys

import yaml
from bs4 import BeautifulSoup

from corpus.frontmatter import load_document
from tests.build_site import REPO, build

SEED = "002_55a23fde149e5faa"


def extract(content):
    result = subprocess.run(
        [sys.executable, "-m", "corpus", "extract", str(content / "raw" / f"{SEED}.txt")],
        cwd=REPO, capture_output=True, text=True, env={"PYTHONPATH": str(REPO / "plugins")}, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)[0]


def test_drop_fix_and_add_survive_a_rebuild(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    machine = extract(content)
    dropped, fixed = machine["claims"][0], machine["claims"][1]
    record_path = content / "curator" / f"{SEED}.yaml"
    record = yaml.safe_load(record_path.read_text(encoding="utf-8"))
    record["claims"] = {
        "drop": [dropped["id"]],
        "fix": {fixed["id"]: {"hedged": True, "hedges": ["checked: unconfirmed"]}},
        "add": [{"text": "A claim the machine missed.", "quantities": [{"value": 3, "unit": "planes"}]}],
    }
    record_path.write_text(yaml.safe_dump(record), encoding="utf-8")
    raw_before = (content / "raw" / f"{SEED}.txt").read_bytes()

    corrected = extract(content)
    ids = [c["id"] for c in corrected["claims"]]
    assert dropped["id"] not in ids
    fixed_now = next(c for c in corrected["claims"] if c["id"] == fixed["id"])
    assert fixed_now["hedged"] is True and fixed_now["origin"] == "curator"
    assert fixed_now["corrected"] == ["hedged", "hedges"]
    added = [c for c in corrected["claims"] if c["text"] == "A claim the machine missed."]
    assert added and added[0]["origin"] == "curator" and added[0]["id"].startswith("c-curator-")

    for attempt in ("first", "second"):  # corrections apply again at every build
        output = tmp_path / f"out-{attempt}"
        result = build(content, output)
        assert result.returncode == 0, result.stdout + result.stderr
        page = next(p for p in (output / "articles").glob("*.html")
                    if "Russia confirms" in p.read_text(encoding="utf-8"))
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.find(id=dropped["id"]) is None
        assert "added by curator" in soup.get_text()
        assert "corrected by curator" in soup.get_text()
        document = load_document(page.with_suffix(".md").read_text(encoding="utf-8"))
        assert [c["id"] for c in document["claims"]] == ids
    assert (content / "raw" / f"{SEED}.txt").read_bytes() == raw_before


def test_a_correction_naming_an_unknown_claim_is_reported(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    (content / "curator" / f"{SEED}.yaml").write_text("claims:\n  drop: [c-doesnotexist]\n", encoding="utf-8")
    record = extract(content)
    assert any("c-doesnotexist" in warning for warning in record["warnings"])


def test_a_broken_record_is_reported_and_the_article_still_built(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    (content / "curator" / f"{SEED}.yaml").write_text("published: 27/03/2019\n", encoding="utf-8")
    result = build(content, tmp_path / "out")
    log = result.stdout + result.stderr
    assert "curator record ignored" in log and "YYYY-MM-DD" in log
    assert "built 5 of 5 scrapes" in log


def test_make_corpus_writes_readable_documents(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "corpus", "documents", "--out", str(tmp_path), *sorted(
            str(p) for p in (REPO / "content" / "raw").glob("*.txt"))],
        cwd=REPO, capture_output=True, text=True, env={"PYTHONPATH": str(REPO / "plugins")}, timeout=120)
    assert result.returncode == 0, result.stderr
    documents = sorted(tmp_path.glob("*.md"))
    assert [d.stem for d in documents] == sorted(p.stem for p in (REPO / "content" / "raw").glob("*.txt"))
    text = documents[2].read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: 'Russia confirms it has troops in Venezuela: reports'\n")
    record = load_document(text)
    assert record["published"] == "2019-03-27" and record["provenance"]["published"]["origin"] == "page"
    assert record["claims"] and "The Russian Foreign Ministry on Tuesday confirmed" in record["body"]
    assert record["body"].startswith("Russian President Vladimir Putin")  # the caption, marked as one
    assert "{: .caption }" in record["body"]
