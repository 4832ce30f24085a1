"""The theme's HTML, read from a real build (no browser, except for the one
test that opens a hostile scrape in Chromium to see that nothing runs).

What is checked: links that work from disk and under a sub-path, the
content security policy and its consequences (no inline script or style),
one h1 and a language on every page, dates that never show Pelican's
placeholder for undated articles, a home page that says what each article
is, and scraped text that stays text however hostile it is.
"""

from __future__ import annotations

import json

import datetime
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

try:  # tests/ may or may not be a package
    from .browser import REPO_ROOT, PageWatcher, build_site, file_url
except ImportError:
    from browser import REPO_ROOT, PageWatcher, build_site, file_url

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'"
)
URL_ATTRIBUTES = ("href", "src", "action", "srcset", "poster", "data", "formaction")
EXTERNAL_SCHEMES = ("http://", "https://", "mailto:")


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert found, f"no HTML pages in {site}"
    return found


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def rel(path: Path, site: Path) -> str:
    return path.relative_to(site).as_posix()


def human_date(iso: str) -> str:
    date = datetime.date.fromisoformat(iso)
    return f"{date.day} {date:%B} {date.year}"


def visible_text(soup: BeautifulSoup) -> str:
    """The text a reader sees, whitespace collapsed (hashes and code left out,
    so a SHA-256 that happens to contain 0001 is not mistaken for a year)."""
    soup = BeautifulSoup(str(soup), "html.parser")
    for element in soup(["script", "style", "code", "head"]):
        element.decompose()
    return " ".join(soup.get_text(" ").split())


def article_page(site: Path, record: dict) -> Path:
    path = site / "articles" / f"{record['slug']}.html"
    assert path.is_file(), f"no page for {record['key']} at {rel(path, site)}"
    return path


# ------------------------------------------------------------ links and URLs


def test_no_link_or_asset_is_root_absolute(built_site):
    """Relative links only in the dev build: the folder must work from disk
    and under any sub-path."""
    offenders = []
    for path in pages(built_site):
        for element in soup_of(path).find_all(True):
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if value and value.strip().startswith("/"):
                    offenders.append(f"{rel(path, built_site)}: <{element.name} {attribute}={value!r}>")
    assert not offenders, "root-absolute URLs:\n" + "\n".join(offenders)


# Files offered for download rather than as pages: raw scrapes, extracted
# records, data exports.
DOWNLOADS = (".txt", ".md", ".csv", ".json")


def is_json_ld(script) -> bool:
    """A JSON-LD block is data, not script: it must parse as JSON and hold no
    literal "<" that could close the element."""
    if script.get("type") != "application/ld+json" or script.get("src"):
        return False
    json.loads(script.string or "")
    assert "<" not in (script.string or ""), str(script)[:120]
    return True


def test_internal_links_end_in_html_and_resolve(built_site):
    """Every internal link names an .html file (no directory links, which
    break from file://) that exists in the site, or is a #fragment."""
    problems = []
    for path in pages(built_site):
        for link in soup_of(path).find_all(["a", "area"], href=True):
            href = link["href"].strip()
            if href.startswith(EXTERNAL_SCHEMES) or href.startswith("#"):
                continue  # claim anchors point into the text: see the browser tests
            where = f"{rel(path, built_site)}: {href!r}"
            target = href.partition("#")[0].partition("?")[0]
            if not target.endswith(".html") and not target.endswith(DOWNLOADS):
                problems.append(f"{where} does not end in .html")
                continue
            resolved = (path.parent / target).resolve()
            if built_site.resolve() not in resolved.parents:
                problems.append(f"{where} leaves the site folder")
            elif not resolved.is_file():
                problems.append(f"{where} points to a missing file")
    assert not problems, "\n".join(problems)


def test_stylesheet_is_the_one_theme_file(built_site):
    for path in pages(built_site):
        sheets = [link["href"] for link in soup_of(path).find_all("link", rel="stylesheet")]
        assert len(sheets) == 1 and sheets[0].endswith("theme/css/site.css"), (rel(path, built_site), sheets)
        assert (path.parent / sheets[0]).resolve().is_file()


# ------------------------------------------------- CSP and what it implies


def test_every_page_has_csp_lang_viewport_and_one_h1(built_site):
    for path in pages(built_site):
        soup = soup_of(path)
        name = rel(path, built_site)
        assert soup.html is not None and soup.html.get("lang", "").strip(), f"{name}: no lang"
        csp = soup.find("meta", attrs={"http-equiv": re.compile("^content-security-policy$", re.I)})
        assert csp is not None, f"{name}: no CSP meta"
        assert csp["content"] == CSP, f"{name}: CSP differs: {csp['content']!r}"
        assert "unsafe-inline" not in csp["content"] and "unsafe-eval" not in csp["content"]
        viewport = soup.find("meta", attrs={"name": "viewport"})
        assert viewport is not None and "width=device-width" in viewport["content"], name
        h1s = soup.find_all("h1")
        assert len(h1s) == 1, f"{name}: {len(h1s)} h1 elements"
        assert h1s[0].get_text(strip=True), f"{name}: empty h1"
        assert soup.find("main") is not None, f"{name}: no main landmark"
        assert soup.find("title") and soup.title.get_text(strip=True), f"{name}: no title"


def test_no_inline_script_style_or_event_handler(built_site):
    problems = []
    for path in pages(built_site):
        soup = soup_of(path)
        name = rel(path, built_site)
        for script in soup.find_all("script"):
            if is_json_ld(script):
                continue
            if not script.get("src") or script.string and script.string.strip():
                problems.append(f"{name}: inline <script>: {str(script)[:80]}")
        if soup.find("style"):
            problems.append(f"{name}: <style> element")
        for element in soup.find_all(True):
            if element.has_attr("style"):
                problems.append(f"{name}: style attribute on <{element.name}>")
            handlers = [attr for attr in element.attrs if attr.lower().startswith("on")]
            if handlers:
                problems.append(f"{name}: event handler {handlers} on <{element.name}>")
            href = element.get("href") or element.get("src") or ""
            if href.strip().lower().startswith(("javascript:", "vbscript:")):
                problems.append(f"{name}: {href!r}")
    assert not problems, "\n".join(problems)


def test_no_external_resources(built_site):
    """No CDN, no web fonts: every stylesheet, script, image and font is ours."""
    for path in pages(built_site):
        soup = soup_of(path)
        for element in soup.find_all(["link", "script", "img", "iframe", "source", "video", "audio"]):
            url = element.get("src") or element.get("href") or ""
            if element.name == "link" and not {"stylesheet", "icon", "preload", "modulepreload"} & set(
                element.get("rel") or []
            ):
                continue
            assert not re.match(r"^(https?:)?//", url), f"{rel(path, built_site)}: {element}"
    css = (built_site / "theme" / "css" / "site.css").read_text(encoding="utf-8")
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", css), "site.css loads something from elsewhere"
    assert "@font-face" not in css, "web fonts: use the system font stack"


# ------------------------------------------------------------------ dates


def test_undated_articles_say_undated_and_no_placeholder_date_anywhere(built_site, site_records):
    undated = [record for record in site_records.values() if record["published"] is None]
    for record in undated:
        soup = soup_of(article_page(built_site, record))
        published = soup.select_one(".article-meta")
        assert published is not None
        assert "undated" in visible_text(published), f"{record['key']}: does not say undated"
        assert not soup.select(".article-meta time"), f"{record['key']}: a <time> for an undated article"
    placeholder = re.compile(
        r"(?<![\w.])0*001(?!\w)"  # 0001, 0001-01-01
        r"|\b0?1\.? Jan(?:uary)?\.?,? 0*1(?!\d)"  # 1 Jan 1, 01 January 1
        r"|\bJan(?:uary)?\.? 0?1(?:st)?,? 0*1(?!\d)"  # January 1, 1
        r"|(?<![\w.])0*1[-/.]0?1[-/.]0*1(?![\w.])",  # 1/1/1, 01-01-1
        re.IGNORECASE,
    )
    for path in pages(built_site):
        soup = soup_of(path)
        text = visible_text(soup)
        match = placeholder.search(text)
        assert match is None, f"{rel(path, built_site)} shows {match.group(0)!r}: Pelican's placeholder date"
        for time in soup.find_all("time"):
            assert not time.get("datetime", "").startswith(("0001", "1-")), rel(path, built_site)


def test_dated_articles_show_the_published_date(built_site, site_records):
    for record in site_records.values():
        if record["published"] is None:
            continue
        soup = soup_of(article_page(built_site, record))
        time = soup.select_one(".article-meta time")
        assert time is not None and time["datetime"] == record["published"]
        text = visible_text(time.parent)
        assert human_date(record["published"]) in text
        origin = record["provenance"]["published"]["origin"]
        if origin == "curator":
            assert "from curator record" in text
        elif origin == "inferred":
            assert "inferred" in text


# --------------------------------------------------------------- home page


def test_home_page_lists_every_article_with_its_facts(built_site, site_records):
    soup = soup_of(built_site / "index.html")
    items = soup.select("main li.article-item")
    assert len(items) == len(site_records), (len(items), sorted(site_records))
    by_href = {}
    for item in items:
        link = item.select_one(".article-item__title a")
        by_href[link["href"]] = item
    assert soup.select_one("main .lede") and str(len(site_records)) in soup.select_one("main .lede").get_text()
    for slug, record in site_records.items():
        item = by_href.get(f"./articles/{slug}.html")
        assert item is not None, f"home page does not link {slug}: {sorted(by_href)}"
        text = visible_text(item)
        title = item.select_one(".article-item__title a").get_text(" ", strip=True)
        assert " ".join(title.split()) == " ".join(record["title"].split())
        outlet = record["outlet"] or "Unknown outlet"
        outlet_link = item.select_one("a.outlet")
        assert outlet_link is not None and outlet_link.get_text(strip=True) == outlet
        assert outlet_link["href"].startswith("./outlets/") and outlet_link["href"].endswith(".html")
        if record["published"]:
            assert human_date(record["published"]) in text, (slug, text)
        else:
            assert "undated" in text, (slug, text)
        if record["author"]:
            assert record["author"] in text
        else:
            assert "author unknown" in text
        stats = record["stats"]
        assert f"{stats['words']:,} word" in text, (slug, text)
        assert f"{stats['removed_lines']:,} of {stats['raw_lines']:,} lines removed as page chrome" in text, text
        claims = len(record["claims"])
        assert f"{claims:,} claim{'' if claims == 1 else 's'}" in text, (slug, text)


def test_home_page_order_is_newest_first_then_undated(built_site, site_records):
    soup = soup_of(built_site / "index.html")
    slugs = [
        a["href"].rsplit("/", 1)[-1].removesuffix(".html")
        for a in soup.select("main li.article-item .article-item__title a")
    ]
    published = [site_records[slug]["published"] for slug in slugs]
    dated = [p for p in published if p]
    assert published[: len(dated)] == sorted(dated, reverse=True), published
    assert all(p is None for p in published[len(dated):]), published


# ------------------------------------------------------------ article page


def test_article_page_shows_record_and_claims(built_site, site_records):
    for record in site_records.values():
        soup = soup_of(article_page(built_site, record))
        key = record["key"]
        assert " ".join(soup.h1.get_text(" ").split()) == " ".join(record["title"].split())
        header = soup.select_one("main .article-header")
        outlet = record["outlet"] or "Unknown outlet"
        assert outlet in visible_text(header)
        assert f"{record['stats']['words']:,} word" in visible_text(header)
        body = soup.select_one(".article-body")
        assert body is not None and body.find("p"), f"{key}: no body text"
        assert not body.find(["script", "style", "iframe", "img", "form"]), key
        aside = soup.select_one("aside.claims")
        assert aside is not None and aside.find(["h2", "h3"]), f"{key}: no claims section"
        items = aside.select("ol.claim-list > li")
        assert len(items) == len(record["claims"]), key
        marked = {span["id"] for span in body.select(".claim[id]")}
        for item, claim in zip(items, record["claims"]):
            link = item.find("a")
            assert link["href"] == f"#{claim['id']}"
            if claim.get("line") is not None:  # found in the text (not added by a curator)
                assert claim["id"] in marked, f"{key}: claim {claim['id']} is not marked in the text"
            assert " ".join(link.get_text(" ").split()) == " ".join(claim["text"].split())
            text = visible_text(item)
            for quantity in claim["quantities"]:
                assert str(quantity["unit"] or "") in text, (key, claim["id"], text)
                value = quantity["value"]
                if isinstance(value, int) and value < 1_000_000:
                    assert f"{value:,}" in text, (key, claim["id"], text)
                if quantity["approximate"]:
                    assert "≈" in text
            if claim["attribution"]:
                attribution = claim["attribution"]
                source = attribution.get("source_name") or attribution["source"]
                assert f"according to {source}" in text, (key, claim["id"], text)
            for hedge in claim["hedges"]:
                word = hedge if isinstance(hedge, str) else next(iter(hedge.values()))
                assert str(word) in text
        external = soup.select("main a.external")
        if record["url"] is None:
            assert not external, key
            assert "address not known" in visible_text(header)
        else:
            assert len(external) == 1, key
            link = external[0]
            assert link["href"] == record["url"]
            assert {"nofollow", "noopener"} <= set(link.get("rel") or []), link
            label = link.get_text(" ", strip=True)
            assert "external" in label and "↗" in label, f"{key}: the link to the original is not marked external"


def test_outlet_and_author_pages_list_their_articles(built_site, site_records):
    outlets_index = soup_of(built_site / "outlets" / "index.html")
    rows = {row.th.get_text(strip=True): row for row in outlets_index.select("tbody tr")}
    outlets = {}
    for record in site_records.values():
        outlets.setdefault(record["outlet"] or "Unknown outlet", []).append(record)
    assert set(rows) == set(outlets)
    for outlet, records in outlets.items():
        row = rows[outlet]
        assert row.th.get("scope") == "row"
        assert row.find("td").get_text(strip=True) == str(len(records))
        page = (built_site / "outlets" / row.a["href"]).resolve()
        links = {a["href"].rsplit("/", 1)[-1] for a in soup_of(page).select("main .article-item__title a")}
        assert links == {f"{r['slug']}.html" for r in records}
    authors_index = soup_of(built_site / "authors" / "index.html")
    named = {r["author"] for r in site_records.values() if r["author"]}
    listed = {row.th.get_text(strip=True) for row in authors_index.select("tbody tr")}
    assert listed == named, "the authors page lists exactly the authors the records name"


# ------------------------------------------------------------- hostile scrape

HOSTILE_TITLE = "<script>alert(1)</script> Evil <img src=x onerror=alert(2)>"
HOSTILE_SCRAPE = f"""{HOSTILE_TITLE}

The defence ministry said on Monday that 120 soldiers had arrived in the capital </script><script>alert(3)</script> and that more would follow within the week, according to officials who spoke to reporters.

Witnesses reported that the second aircraft " onmouseover="alert(4) landed late in the evening, and that about 35 tons of equipment were unloaded before dawn on Tuesday.

Officials declined to say how long the soldiers would stay, and the embassy did not answer questions sent by email before publication of this report.
"""
HOSTILE_CURATOR = """\
url: "javascript:alert(5)"
outlet: "<b onmouseover=alert(6)>Bad</b> & Co"
note: "<script>alert(7)</script> checked by hand"
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """content/ copied, plus a scrape (and a curator record) full of markup,
    built with the project's settings."""
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    shutil.copytree(REPO_ROOT / "content" / "raw", content / "raw")
    if (REPO_ROOT / "content" / "curator").is_dir():
        shutil.copytree(REPO_ROOT / "content" / "curator", content / "curator")
    (content / "curator").mkdir(exist_ok=True)
    (content / "raw" / "zz_hostile.txt").write_text(HOSTILE_SCRAPE, encoding="utf-8")
    (content / "curator" / "zz_hostile.yaml").write_text(HOSTILE_CURATOR, encoding="utf-8")
    output = root / "output"
    build_site(output, content_dir=content)
    return output


def hostile_page(site: Path) -> Path:
    found = [p for p in (site / "articles").glob("*.html") if "alert(1)" in p.read_text(encoding="utf-8")]
    assert len(found) == 1, f"expected one article with the hostile title, found {found}"
    return found[0]


def own_scripts_only(soup: BeautifulSoup, name: str):
    for script in soup.find_all("script"):
        if is_json_ld(script):
            continue
        src = script.get("src") or ""
        assert src and "theme/" in src and not (script.string or "").strip(), (
            f"{name}: a <script> that is not the site's own: {str(script)[:120]}"
        )


def test_hostile_scrape_shows_markup_as_text(hostile_site):
    path = hostile_page(hostile_site)
    soup = soup_of(path)
    name = rel(path, hostile_site)
    assert soup.h1.get_text().strip() == HOSTILE_TITLE, soup.h1
    text = soup.get_text(" ")
    for fragment in ("</script><script>alert(3)</script>", '" onmouseover="alert(4)',
                     "<script>alert(7)</script>", "<b onmouseover=alert(6)>Bad</b> & Co"):
        assert fragment in text, f"{name}: {fragment!r} not shown as text"
    assert soup.title and "<script>" in soup.title.get_text()
    own_scripts_only(soup, name)
    assert not soup.find("img"), f"{name}: the scrape's <img> became an element"
    assert not soup.find("b"), f"{name}: the curator's <b> became an element"
    for element in soup.find_all(True):
        assert not [a for a in element.attrs if a.lower().startswith("on")], element
    # A curator's javascript: address is shown, never made a link.
    for link in soup.find_all(href=True):
        assert not link["href"].strip().lower().startswith("javascript:"), link
    assert "javascript:alert(5)" in text


def test_hostile_text_is_escaped_on_every_page(hostile_site):
    for path in pages(hostile_site):
        soup = soup_of(path)
        own_scripts_only(soup, rel(path, hostile_site))
        assert not soup.find("img") and not soup.find("b"), rel(path, hostile_site)
        for element in soup.find_all(True):
            assert not [a for a in element.attrs if a.lower().startswith("on")], (path, element)
    home = soup_of(hostile_site / "index.html")
    assert HOSTILE_TITLE in home.get_text(), "the home page lists the hostile title as text"


def test_hostile_article_runs_nothing_in_chromium(hostile_site, page):
    """Open the hostile article (and the home page) in Chromium: no dialog,
    no script error, the title shown as typed."""
    root = file_url(hostile_site)
    watcher = PageWatcher(page, root)
    for path in (hostile_page(hostile_site), hostile_site / "index.html"):
        page.goto(file_url(path))
        page.wait_for_load_state("load")
        page.mouse.move(10, 10)
        for element in page.query_selector_all("main p, main h1, main a")[:40]:
            element.hover()  # would fire an injected onmouseover
        assert watcher.dialogs == [], f"a dialog fired: {watcher.dialogs}"
        assert page.evaluate("document.querySelectorAll('img, script:not([src]):not([type=\"application/ld+json\"])').length") == 0
    page.goto(file_url(hostile_page(hostile_site)))
    assert page.locator("h1").inner_text().strip() == HOSTILE_TITLE
    watcher.assert_clean()


# ----------------------------------------------------------- public copy


def test_public_copy_links_are_absolute_under_siteurl(tmp_path):
    """publishconf.py: every internal link and asset starts with SITEURL/
    (a project site lives under /repo/), and pages link the Atom feed."""
    site_url = "https://example.org/corpus"
    output = tmp_path / "public"
    build_site(output, settings="publishconf.py", env={"SITEURL": site_url})
    checked = 0
    for path in pages(output):
        soup = soup_of(path)
        for element in soup.find_all(True):
            for attribute in ("href", "src", "action"):
                value = (element.get(attribute) or "").strip()
                if not value or value.startswith(("#", "mailto:")):
                    continue
                if element.name == "a" and "external" in (element.get("class") or []):
                    continue  # the original page's address
                if element.name == "a" and value.startswith(("http://", "https://")) and not value.startswith(site_url):
                    continue  # a link out of the site, e.g. a claim's source
                assert value.startswith(site_url + "/"), f"{rel(path, output)}: <{element.name} {attribute}={value!r}>"
                checked += 1
        if path.name != "404.html":
            feed = soup.find("link", rel="alternate", type="application/atom+xml")
            assert feed is not None and feed["href"].startswith(site_url + "/"), rel(path, output)
    assert checked > 50

