"""Broken and hostile scrapes: each is built or reported by name and reason,
the rest still builds, the exit status says something was skipped, and no
file under content/ changes."""

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.build_site import REPO, build

ARTICLE = (
    "Bridge Reopens After Repairs\n\n"
    "The old bridge reopened on Friday after eight months of repairs, the city said.\n\n"
    "Engineers replaced about 300 tonnes of steel and repainted the whole span.\n"
)
HOSTILE = (
    '<script>alert("title")</script> Evil <img src=x onerror=alert(2)>\n\n'
    "The mayor said </script><script>alert(3)</script> nothing of the kind happened.\n\n"
    '" onmouseover="alert(4)" and <a href="javascript:alert(5)">a link</a> are in this text.\n'
)
CHROME_ONLY = "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\nLeave a Reply\n"

# file name -> (bytes, expected: "built" or a word of the reason it is skipped)
CASES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"\n \n\t\n", "empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
    "nul.txt": (b"Title\x00\x00\x00body", "binary"),
    "latin1.txt": (ARTICLE.replace("old", "vieux café").encode("latin-1"), "built"),
    "cp1252.txt": (ARTICLE.replace("the city said", "\u201cthe city\u201d said").encode("cp1252"), "built"),
    "crlf_bom.txt": (b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode(), "built"),
    "chrome_only.txt": (CHROME_ONLY.encode(), "no article text"),
    "hostile.txt": (HOSTILE.encode(), "built"),
    "name with spaces ñ.txt": (ARTICLE.replace("Bridge", "Ferry").encode(), "built"),
    "no_title.txt": (ARTICLE.split("\n\n", 1)[1].encode(), "built"),
    "page.html": (b"<html><script>alert(6)</script><p>Text</p></html>", "must be plain-text files"),
}


def tree_state(root: Path) -> dict:
    return {
        p.relative_to(root).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    content = root / "content"
    shutil.copytree(REPO / "content", content)
    for name, (data, _) in CASES.items():
        (content / "raw" / name).write_bytes(data)
    huge = content / "raw" / "huge.txt"
    line = ("A long line of scraped text that repeats to make the file very large. " * 3 + "\n").encode()
    with huge.open("wb") as handle:
        handle.write(line * (20 * 1024 * 1024 // len(line) + 1))
    before = tree_state(content)
    result = build(content, root / "output")
    return result, content, root / "output", before


def test_build_exits_non_zero_and_counts(bad_build):
    result, content, _, _ = bad_build
    given = len(list((content / "raw").iterdir()))
    skipped = sum(1 for _, expected in CASES.values() if expected != "built") + 1  # + huge.txt
    assert result.returncode == 2  # Pelican's own failures are 1
    assert f"built {given - skipped} of {given} scrapes" in result.stdout + result.stderr


@pytest.mark.parametrize("name", [n for n, (_, e) in CASES.items() if e != "built"] + ["huge.txt"])
def test_each_skipped_file_is_named_with_its_reason(bad_build, name):
    result = bad_build[0]
    log = result.stdout + result.stderr
    expected = CASES.get(name, (None, "too large"))[1]
    lines = [line for line in log.splitlines() if f"skipped content/raw/{name}:" in line]
    assert lines, f"{name} not reported:\n{log[-3000:]}"
    assert expected in lines[0]


def test_good_and_repairable_files_are_built(bad_build):
    _, _, output, _ = bad_build
    titles = {BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").h1.get_text(" ", strip=True)
              for p in (output / "articles").glob("*.html")}
    assert "Bridge Reopens After Repairs" in titles  # latin1, cp1252, crlf_bom share this title
    assert "Ferry Reopens After Repairs" in titles  # the file name with spaces and ñ
    assert len(list((output / "articles").glob("*.html"))) == 5 + sum(
        1 for _, e in CASES.values() if e == "built")


def test_decoded_text_is_right(bad_build):
    _, _, output, _ = bad_build
    text = " ".join(p.read_text(encoding="utf-8") for p in (output / "articles").glob("*.html"))
    assert "vieux café" in text
    assert "\u201cthe city\u201d said" in text


def test_hostile_text_is_shown_as_text(bad_build):
    _, _, output, _ = bad_build
    for page in (output / "articles").glob("*.html"):
        html = page.read_text(encoding="utf-8")
        if "onmouseover" not in html:
            continue
        soup = BeautifulSoup(html, "html.parser")
        assert "alert(3)" in soup.get_text()
        for script in soup.find_all("script"):
            if script.get("type") == "application/ld+json":  # data, and escaped
                assert "<" not in script.string and json.loads(script.string)
                continue
            assert "alert" not in (script.string or "") and "alert" not in script.get("src", "")
        assert not soup.find_all(attrs={"onerror": True}) and not soup.find_all(attrs={"onmouseover": True})
        assert not soup.select('a[href^="javascript:"]')
        break
    else:
        raise AssertionError("the hostile scrape was not built")


def test_no_file_under_content_changed(bad_build):
    _, content, _, before = bad_build
    assert tree_state(content) == before
