"""The command line prints the same record the site is built from."""

import json
import subprocess
import sys

from tests.build_site import REPO

SEEDS = sorted((REPO / "content" / "raw").glob("*.txt"))


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "corpus", *args], cwd=REPO, capture_output=True, text=True,
        env={"PYTHONPATH": str(REPO / "plugins"), "PATH": "/usr/bin:/bin"}, timeout=120,
    )


def test_extract_prints_one_object_per_file_in_order():
    result = run("extract", *(str(p.relative_to(REPO)) for p in reversed(SEEDS)))
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    # Named relative to the content folder, as in the site's records.
    assert [r["file"] for r in records] == [f"raw/{p.name}" for p in reversed(SEEDS)]
    for record in records:
        assert {"title", "author", "outlet", "published", "provenance", "body", "removed", "claims"} <= set(record)
        assert record["provenance"]["published"]["origin"] in {"page", "inferred", "curator", "missing"}
        for removal in record["removed"]:
            assert set(removal) == {"line", "text", "rule"} and removal["line"] >= 1


def test_removed_line_numbers_point_at_the_raw_file():
    record = json.loads(run("extract", "content/raw/001_ad583b772a9d7bc3.txt").stdout)[0]
    raw_lines = (REPO / "content/raw/001_ad583b772a9d7bc3.txt").read_text(encoding="utf-8").split("\n")
    for removal in record["removed"]:
        assert removal["text"].strip() in raw_lines[removal["line"] - 1]


def test_a_bad_file_gets_an_error_object_and_exit_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", "content/raw/002_55a23fde149e5faa.txt", str(empty))
    assert result.returncode == 1
    records = json.loads(result.stdout)
    assert records[0]["title"] == "Russia confirms it has troops in Venezuela: reports"
    assert records[1] == {"file": f"{tmp_path.name}/empty.txt", "error": "empty: the file has no text"}
    assert "skipped" in result.stderr and "empty.txt" in result.stderr
