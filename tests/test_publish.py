"""Publishing: `make publish SITEURL=...` (publishconf.py) and `make github`.

- the public copy's links are absolute under SITEURL, its Atom feed holds the
  dated articles only (never the placeholder date 0001-01-01 of undated
  ones), its sitemap lists every page worth finding with a date only where
  one is known;
- 404.html works at ANY missing address under the site, as GitHub Pages
  serves it (checked in Chromium), and from disk in the local build;
- `make github` (ghp-import) puts exactly the built site, with .nojekyll,
  on a gh-pages branch: run here against a local bare repository, no
  network.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

try:  # tests/ may or may not be a package
    from . import quality
    from .browser import DESKTOP, REPO_ROOT, PageWatcher, build_site, file_url
    from .build_site import FIXTURE_CONTENT
except ImportError:
    import quality
    from browser import DESKTOP, REPO_ROOT, PageWatcher, build_site, file_url
    from build_site import FIXTURE_CONTENT

SITEURL = "https://example.github.io/corpus"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0",
}


def make(*args, env=None, timeout=600) -> subprocess.CompletedProcess:
    """`make ARGS` in the project, as README tells; `-o install` because
    `make test` has installed everything already (and must not go online)."""
    return subprocess.run(["make", "--no-print-directory", "-o", "install", *args],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def records_of(content: Path) -> list[dict]:
    raw = sorted((content / "raw").rglob("*.txt"))
    result = subprocess.run(
        [sys.executable, "-m", "corpus", "extract", *map(str, raw)], cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT / "plugins"), "PYTHONHASHSEED": "0"},
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def addresses(page: Path):
    """(element, attribute, value) of every address in a page."""
    for element in soup(page).find_all(True):
        for attribute in quality.URL_ATTRIBUTES:
            value = element.get(attribute)
            if isinstance(value, str) and value.strip():
                yield element, attribute, value.strip()


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """`make publish SITEURL=https://example.github.io/corpus`, into a
    temporary folder instead of output/."""
    output = tmp_path_factory.mktemp("publish") / "output"
    result = make("publish", f"SITEURL={SITEURL}", f"OUTPUTDIR={output}")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "built 5 of 5 scrapes" in result.stdout
    return output


@pytest.fixture(scope="module")
def records(site_records):
    return list(site_records.values())


# ----------------------------------------------------------- public copy


def test_make_publish_refuses_to_build_without_an_address(tmp_path):
    result = make("publish", "SITEURL=", f"OUTPUTDIR={tmp_path / 'out'}")
    assert result.returncode != 0
    assert "SITEURL=https://USER.github.io/REPO" in result.stdout + result.stderr
    # publishconf.py itself refuses too (pelican run by hand without SITEURL).
    env = {key: value for key, value in os.environ.items() if key != "SITEURL"}
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-o", str(tmp_path / "out2"),
         "-s", "publishconf.py"], cwd=REPO_ROOT, env={**env, "PYTHONPATH": "plugins"},
        capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "publishconf.py needs the public address" in result.stdout + result.stderr
    assert not (tmp_path / "out2" / "index.html").exists()


def test_public_copy_links_are_absolute_under_the_address(published):
    """RELATIVE_URLS = False: every internal address starts with SITEURL."""
    problems = []
    for page in quality.html_pages(published):
        for element, attribute, value in addresses(page):
            if value.startswith("#") or (quality.EXTERNAL.match(value) and not value.startswith("http")):
                continue
            if value.startswith(SITEURL + "/"):
                target = value[len(SITEURL) + 1:].split("#")[0].split("?")[0] or "index.html"
                if not (published / target).exists():
                    problems.append(f"{quality.rel(page, published)}: {value} names no file")
            elif not (element.name == "a" and value.startswith(("http://", "https://"))):
                problems.append(f"{quality.rel(page, published)}: <{element.name} {attribute}={value!r}>")
    assert problems == []


def test_404_page_has_only_absolute_addresses(published):
    """Shown for a missing address at any depth, 404.html cannot use a
    relative address: every one starts with SITEURL (or is #content)."""
    page = published / "404.html"
    assert page.is_file()
    found = list(addresses(page))
    assert len(found) > 10
    relative = [f"<{e.name} {a}={v!r}>" for e, a, v in found
                if not v.startswith(SITEURL + "/") and v != "#content"]
    assert relative == []
    assert soup(page).find("h1").get_text(strip=True) == "Page not found"
    assert soup(page).find("meta", attrs={"name": "robots", "content": "noindex"})


# ------------------------------------------------------------------ feed


def test_feed_holds_the_dated_articles_only_newest_first(published, records):
    feed = published / "feeds" / "all.atom.xml"
    assert quality.check_feed(feed, SITEURL, published) == []
    root = quality.ET.parse(feed).getroot()
    entries = root.findall(quality.ATOM + "entry")
    dated = sorted((r for r in records if r["published"]),
                   key=lambda r: (r["published"], r["title"]), reverse=True)
    undated = [r for r in records if not r["published"]]
    assert dated and undated, "the sample corpus has dated and undated articles"
    assert [e.findtext(quality.ATOM + "title") for e in entries] == [r["title"] for r in dated]
    assert [e.findtext(quality.ATOM + "published")[:10] for e in entries] == [r["published"] for r in dated]
    assert root.findtext(quality.ATOM + "updated")[:10] == dated[0]["published"]
    text = feed.read_text(encoding="utf-8")
    assert "0001-01-01" not in text
    for record in undated:
        assert f"/articles/{record['slug']}.html" not in text


def test_no_placeholder_date_and_no_other_feed_in_the_public_copy(published):
    """Pelican's own feeds (which would date undated articles 0001-01-01)
    stay off; every page links the one feed there is."""
    assert sorted(quality.rel(p, published) for p in (published / "feeds").rglob("*")) == [
        "feeds/all.atom.xml"]
    for path in quality.site_files(published):
        if path.suffix in (".html", ".xml", ".json", ".js", ".md", ".csv"):
            assert "0001-01-01" not in path.read_text(encoding="utf-8"), quality.rel(path, published)
    for page in (published / "index.html", published / "404.html"):
        link = soup(page).find("link", rel="alternate", type="application/atom+xml")
        assert link and link["href"] == f"{SITEURL}/feeds/all.atom.xml"


def test_fixture_site_feed_leaves_out_its_undated_article(tmp_path):
    site = tmp_path / "site"
    build_site(site, content_dir=FIXTURE_CONTENT, settings="publishconf.py", env={"SITEURL": SITEURL})
    undated = [r for r in records_of(FIXTURE_CONTENT) if not r["published"]]
    assert undated, "the fixture site has an undated article"
    feed = site / "feeds" / "all.atom.xml"
    assert quality.check_feed(feed, SITEURL, site) == []
    text = feed.read_text(encoding="utf-8")
    for record in undated:
        assert record["title"] not in text and record["slug"] not in text
    # The check itself: a placeholder date or a relative link is reported.
    planted = tmp_path / "planted.atom.xml"
    first_date = re.search(r"<published>(\d{4}-\d\d-\d\d)", text).group(1)
    planted.write_text(text.replace(f"<published>{first_date}", "<published>0001-01-01", 1)
                       .replace(f'href="{SITEURL}/articles/', 'href="articles/', 1), encoding="utf-8")
    problems = quality.check_feed(planted, SITEURL, site)
    assert any("0001-01-01" in p for p in problems), problems
    assert any("'articles/" in p and "not an absolute address" in p for p in problems), problems


def test_no_feed_and_no_feed_link_when_no_article_is_dated(tmp_path):
    content = tmp_path / "content"
    (content / "raw").mkdir(parents=True)
    undated = [r for r in records_of(FIXTURE_CONTENT) if not r["published"]][0]
    source = FIXTURE_CONTENT / "raw" / Path(undated["file"]).name
    (content / "raw" / source.name).write_bytes(source.read_bytes())
    site = tmp_path / "site"
    build_site(site, content_dir=content, settings="publishconf.py", env={"SITEURL": SITEURL})
    assert not (site / "feeds").exists()
    assert soup(site / "index.html").find("link", type="application/atom+xml") is None


# --------------------------------------------------------------- sitemap


def expected_sitemap(site: Path, records: list[dict]) -> dict[str, str | None]:
    """Every page but 404.html, search.html and any author page the authors
    index does not list (Pelican's page for the AUTHOR setting, if one is
    set: it names nobody); a date on the pages of dated articles."""
    listed_authors = set(quality.linked_pages(site / "authors" / "index.html", site, "authors",
                                              SITEURL))
    assert listed_authors, "the authors index lists no author"
    pages = {quality.rel(p, site): None for p in quality.html_pages(site)
             if not (p.parent.name == "authors" and p.name != "index.html"
                     and quality.rel(p, site) not in listed_authors)}
    for name in ("404.html", "search.html"):
        pages.pop(name)
    for record in records:
        pages[f"articles/{record['slug']}.html"] = record["published"]
    return pages


def test_sitemap_lists_every_page_with_known_dates_only(published, records):
    problems = quality.check_sitemap(published / "sitemap.xml", SITEURL, published,
                                     expected_sitemap(published, records))
    assert problems == []
    text = (published / "sitemap.xml").read_text(encoding="utf-8")
    assert text.count("<lastmod>") == sum(1 for r in records if r["published"]) > 0


def test_sitemap_check_reports_missing_pages_and_made_up_dates(published, records, tmp_path):
    text = (published / "sitemap.xml").read_text(encoding="utf-8")
    undated = [r for r in records if not r["published"]][0]
    loc = f"<loc>{SITEURL}/articles/{undated['slug']}.html</loc>"
    planted = tmp_path / "sitemap.xml"
    planted.write_text(
        text.replace(loc, loc + "<lastmod>2026-11-21</lastmod>")  # the build date
            .replace(f"  <url><loc>{SITEURL}/compare.html</loc></url>\n", ""),
        encoding="utf-8")
    problems = quality.check_sitemap(planted, SITEURL, published, expected_sitemap(published, records))
    assert any("compare.html" in p and "not in the sitemap" in p for p in problems), problems
    assert any(undated["slug"] in p and "2026-11-21" in p for p in problems), problems


def test_sitemap_is_only_written_for_a_public_copy(built_site):
    assert not (built_site / "sitemap.xml").exists()
    assert not (built_site / "feeds").exists()
    assert (built_site / "404.html").is_file()


# --------------------------------------------------------------- 404 page


@pytest.fixture(scope="module")
def served_public(tmp_path_factory):
    """The public copy built for, and served at, http://127.0.0.1:PORT/corpus/
    with 404.html for every missing address, as GitHub Pages does."""
    with quality.serve_web_root(tmp_path_factory.mktemp("www")) as web:
        site_url = web.site_url("corpus")
        build_site(web.site_dir("corpus"), settings="publishconf.py",
                   env={"SITEURL": site_url.rstrip("/")})
        yield web, site_url


@pytest.mark.parametrize("missing", [
    "x", "no-such-page.html", "articles/no-such-article.html", "a/b/c/d/e.html", "outlets/x/",
])
def test_404_page_works_at_any_missing_address(served_public, browser, missing):
    web, site_url = served_public
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    page = context.new_page()
    try:
        watcher = PageWatcher(page, site_url)
        response = page.goto(site_url + missing)
        assert response.status == 404
        assert page.locator("h1").inner_text() == "Page not found"
        # Styled by the site's stylesheet (the skip link is moved off-screen).
        assert page.evaluate("document.styleSheets.length") == 1
        assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position") == "absolute"
        # The search box loads the index from the site's root.
        page.locator("#search-box").focus()
        page.wait_for_load_state("networkidle")
        assert any(url.endswith("/corpus/search/index.js") for url in watcher.requests)
        # The one expected error: the missing page itself answers 404.
        watcher.bad_responses.remove(f"404 {site_url}{missing}")
        watcher.console = [(kind, text) for kind, text in watcher.console
                           if not (text.startswith("Failed to load resource: the server responded"
                                                   " with a status of 404")
                                   and text.endswith(f"[{site_url}{missing}:0]"))]
        watcher.assert_clean()
        # Its links lead to the site's pages.
        page.get_by_role("link", name="All articles").click()
        page.wait_for_load_state()
        assert page.url == site_url + "index.html"
        assert page.locator("h1").count() == 1
    finally:
        context.close()


def test_404_page_of_the_local_build_works_from_disk(built_site, page):
    """The local build's 404.html has relative links: opened from disk (the
    only way it is seen there) it is styled and its links resolve."""
    root = file_url(built_site)
    watcher = PageWatcher(page, root)
    page.goto(root + "404.html")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position") == "absolute"
    watcher.assert_clean()
    problems = [p for p in quality.check_dev_links(built_site) if p.startswith("404.html")]
    assert problems == []


# ----------------------------------------------------------- make github


def git(*args, cwd, check=True) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                            env={**os.environ, **GIT_ENV}, timeout=120)
    if check:
        assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result.stdout


def test_make_github_puts_the_site_on_the_gh_pages_branch(published, tmp_path):
    """README: `make github SITEURL=...` builds the public copy and pushes
    it to gh-pages with ghp-import. The command `make github` runs is taken
    from the Makefile (`make -n`) and run as it is, with its --push, in a
    scratch repository whose `origin` is a bare repository on disk."""
    dry = make("-n", "-o", "publish", "github", f"SITEURL={SITEURL}", f"OUTPUTDIR={published}")
    assert dry.returncode == 0, dry.stderr
    commands = [line for line in dry.stdout.splitlines() if "ghp-import" in line]
    assert len(commands) == 1, dry.stdout
    command = shlex.split(commands[0])
    assert "--no-jekyll" in command and "--push" in command and str(published) == command[-1]
    command[0] = str(REPO_ROOT / command[0]) if not os.path.isabs(command[0]) else command[0]
    assert Path(command[0]).is_file(), f"{command[0]} missing: run `make install`"

    remote = tmp_path / "remote.git"
    work = tmp_path / "work"
    git("init", "--quiet", "--bare", str(remote), cwd=tmp_path)
    git("init", "--quiet", str(work), cwd=tmp_path)
    git("remote", "add", "origin", str(remote), cwd=work)
    result = subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=300,
                            env={**os.environ, **GIT_ENV})
    assert result.returncode == 0, result.stdout + result.stderr

    files = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())
    built = {quality.rel(p, published) for p in quality.site_files(published)}
    assert files == built | {".nojekyll"}
    for name in ("index.html", "404.html", "search/index.js", "search/lunr.min.js",
                 "theme/css/site.css", "feeds/all.atom.xml", "sitemap.xml"):
        assert name in files
    # Byte for byte what was built (git show prints the blob as stored).
    for name in ("index.html", "search/index.js"):
        blob = subprocess.run(["git", "show", f"gh-pages:{name}"], cwd=remote,
                              capture_output=True, timeout=60).stdout
        assert blob == (published / name).read_bytes()
    assert "Publish the site" in git("log", "-1", "--format=%s", "gh-pages", cwd=remote)
