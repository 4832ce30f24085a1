"""The built site in a real browser (Debian's Chromium, headless), opened
both from disk (file://) and over HTTP under a sub-path (/corpus/, as a
GitHub Pages project site): the stylesheet applies, links work, nothing is
blocked or fails, nothing is fetched from elsewhere, and the pages fit a
375px phone.
"""

from __future__ import annotations

import re

import pytest

try:  # tests/ may or may not be a package
    from .browser import DESKTOP, PHONE, horizontal_overflow, is_on_site, open_page
except ImportError:
    from browser import DESKTOP, PHONE, horizontal_overflow, is_on_site, open_page

# Values only site.css sets (light colour scheme).
LIGHT_BACKGROUND = "rgb(251, 250, 247)"
DARK_BACKGROUND = "rgb(21, 23, 26)"
TARGET_BACKGROUND = "rgb(255, 229, 138)"

@pytest.fixture(scope="session")
def sample_article(site_records):
    """The article with the most claims (ties: by slug)."""
    return max(site_records.values(), key=lambda r: (len(r["claims"]), r["slug"]))


def site_pages(site_records, sample_article):
    return [
        "index.html",
        f"articles/{sample_article['slug']}.html",
        "outlets/index.html",
        "authors/index.html",
    ]


def assert_site_css_applied(page):
    styles = page.evaluate(
        """() => {
        const root = getComputedStyle(document.documentElement);
        const skip = document.querySelector('.skip-link');
        return {
          background: getComputedStyle(document.body).backgroundColor,
          measure: root.getPropertyValue('--measure').trim(),
          sheets: [...document.styleSheets].map(s => s.href),
          skipTop: skip ? skip.getBoundingClientRect().bottom : null,
        };
    }"""
    )
    assert styles["background"] == LIGHT_BACKGROUND, f"site.css not applied: {styles}"
    assert styles["measure"] == "68ch", styles
    assert len(styles["sheets"]) == 1 and styles["sheets"][0].endswith("/theme/css/site.css"), styles
    assert styles["skipTop"] is not None and styles["skipTop"] <= 0, "skip link visible before focus"


# ------------------------------------------------------- pages load cleanly


def test_pages_load_styled_without_errors_or_offsite_requests(page, site_root, site_records, sample_article):
    for relative in site_pages(site_records, sample_article):
        watcher = open_page(page, site_root, relative)
        assert_site_css_applied(page)
        assert page.locator("h1").count() == 1
        assert watcher.requests, "no request recorded"
        assert any(url.endswith("/theme/css/site.css") for url in watcher.requests), watcher.requests
        watcher.assert_clean()


def test_every_page_loads_over_http_without_missing_files(context, http_site, built_site):
    """Every built page, served under /corpus/: all its requests succeed and
    stay under the sub-path (the server saw no 404 and nothing outside it)."""
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    for relative in pages:
        page = context.new_page()
        watcher = open_page(page, http_site.url, relative)
        watcher.assert_clean()
        page.close()
    assert not http_site.errors(), f"server answered with errors or outside /corpus/: {http_site.errors()}"


# ------------------------------------------------------------------- links


def test_click_home_to_article_and_back(page, site_root):
    watcher = open_page(page, site_root, "index.html")
    home_heading = page.locator("h1").inner_text()
    first = page.locator("main .article-item__title a").first
    title = first.inner_text().strip()
    first.click()
    page.wait_for_load_state("load")
    assert re.search(r"/articles/[^/]+\.html$", page.url), page.url
    assert page.locator("h1").inner_text().strip() == title
    assert_site_css_applied(page)
    page.go_back()
    page.wait_for_load_state("load")
    assert page.url == site_root + "index.html"
    assert page.locator("h1").inner_text() == home_heading
    # And the header's home link, from an article two folders deep.
    page.locator("main .article-item__title a").first.click()
    page.locator(".site-name a").click()
    page.wait_for_load_state("load")
    assert page.url == site_root + "index.html"
    watcher.assert_clean()


def test_click_outlet_link_from_article_and_home(page, site_root, sample_article):
    outlet = sample_article["outlet"] or "Unknown outlet"
    watcher = open_page(page, site_root, f"articles/{sample_article['slug']}.html")
    page.locator(".article-header__outlet a").click()
    page.wait_for_load_state("load")
    assert re.search(r"/outlets/[^/]+\.html$", page.url), page.url
    assert page.locator("h1").inner_text().strip() == outlet
    listed = page.locator("main .article-item__title a").all_inner_texts()
    assert any(" ".join(t.split()) == " ".join(sample_article["title"].split()) for t in listed), listed
    # Outlets index -> outlet page, through the nav.
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Outlets").click()
    page.wait_for_load_state("load")
    assert page.url == site_root + "outlets/index.html"
    page.locator("tbody th a", has_text=outlet).first.click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text().strip() == outlet
    watcher.assert_clean()


def test_claim_links_point_into_the_same_page(page, site_root, sample_article):
    if not sample_article["claims"]:
        pytest.fail("no article in content/ has a claim: the claims list cannot be checked")
    url = site_root + f"articles/{sample_article['slug']}.html"
    watcher = open_page(page, site_root, f"articles/{sample_article['slug']}.html")
    links = page.locator("aside.claims ol.claim-list > li > a")
    assert links.count() == len(sample_article["claims"])
    first = sample_article["claims"][0]
    links.first.click()
    assert page.url == f"{url}#{first['id']}", "a claim link must stay on the article"
    target = page.locator(f".article-body [id='{first['id']}']")
    assert target.count() == 1, f"claim {first['id']} is not marked in the text"
    assert "claim" in (target.get_attribute("class") or "").split()
    # The sentence pointed at is highlighted and scrolled into view.
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == TARGET_BACKGROUND, background
    assert target.is_visible() and target.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    ), "the claim is not scrolled into view"
    # Other claims stay quiet: no background.
    others = page.locator(".article-body .claim:not(:target)")
    if others.count():
        quiet = others.first.evaluate("el => getComputedStyle(el).backgroundColor")
        assert quiet in ("rgba(0, 0, 0, 0)", "transparent"), quiet
    watcher.assert_clean()


# ---------------------------------------------------------------- layout


def test_phone_width_has_no_horizontal_scroll(page, site_root, site_records, sample_article):
    root = site_root
    page.set_viewport_size(PHONE)
    for relative in site_pages(site_records, sample_article):
        watcher = open_page(page, root, relative)
        overflow = horizontal_overflow(page)
        assert overflow <= 0, f"{relative} is {overflow}px wider than a 375px phone"
        # Body text stays readable: at least 16px.
        size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert size >= 16
        watcher.assert_clean()


def test_claims_sit_beside_the_text_on_desktop_and_below_on_phone(page, http_site, sample_article):
    relative = f"articles/{sample_article['slug']}.html"
    open_page(page, http_site.url, relative)
    body = page.locator(".article-body").bounding_box()
    claims = page.locator("aside.claims").bounding_box()
    assert claims["x"] >= body["x"] + body["width"], (body, claims)
    assert abs(claims["y"] - body["y"]) < 50, "the claims column starts beside the text"
    # A comfortable measure: roughly 60-80 characters a line.
    chars = page.evaluate(
        """() => {
        const p = document.querySelector('.article-body p');
        const style = getComputedStyle(p);
        const canvas = document.createElement('canvas').getContext('2d');
        canvas.font = `${style.fontSize} ${style.fontFamily}`;
        const avg = canvas.measureText('abcdefghijklmnopqrstuvwxyz ').width / 27;
        return p.getBoundingClientRect().width / avg;
    }"""
    )
    assert 55 <= chars <= 90, f"body line length is about {chars:.0f} characters"
    line_height = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('.article-body p'));"
        " return parseFloat(s.lineHeight) / parseFloat(s.fontSize); })()"
    )
    assert line_height >= 1.4

    page.set_viewport_size(PHONE)
    body = page.locator(".article-body").bounding_box()
    claims = page.locator("aside.claims").bounding_box()
    assert claims["y"] >= body["y"] + body["height"], "on a phone the claims follow the text"
    assert claims["width"] <= PHONE["width"]


def test_captions_look_different_from_body_text(page, site_root, site_records):
    with_caption = [r for r in site_records.values() if any(b["kind"] == "caption" for b in r["blocks"])]
    if not with_caption:
        pytest.fail("no article in content/ has a caption")
    record = with_caption[0]
    watcher = open_page(page, site_root, f"articles/{record['slug']}.html")
    styles = page.evaluate(
        """() => {
        const pick = (el) => { const s = getComputedStyle(el);
          return [s.fontFamily, s.fontSize, s.color]; };
        return { caption: pick(document.querySelector('.article-body .caption')),
                 body: pick(document.querySelector('.article-body p:not(.caption)')) };
    }"""
    )
    differences = [a != b for a, b in zip(styles["caption"], styles["body"])]
    assert sum(differences) >= 2, styles
    watcher.assert_clean()


def test_skip_link_appears_on_focus_and_moves_to_main(page, http_site):
    watcher = open_page(page, http_site.url, "index.html")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0 and box["height"] > 0, "focused skip link is on screen"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus is visible"
    page.keyboard.press("Enter")
    assert page.url.endswith("#content")
    assert page.evaluate("document.activeElement.id") == "content"
    watcher.assert_clean()


def test_dark_colour_scheme_is_dark(browser, http_site):
    context = browser.new_context(viewport=DESKTOP, color_scheme="dark")
    try:
        page = context.new_page()
        watcher = open_page(page, http_site.url, "index.html")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        color = page.evaluate("getComputedStyle(document.body).color")
        assert background == DARK_BACKGROUND, background
        assert color != "rgb(28, 29, 31)", "dark mode keeps light-mode text colour"
        watcher.assert_clean()
    finally:
        context.close()


def test_print_hides_navigation(page, http_site, sample_article):
    open_page(page, http_site.url, f"articles/{sample_article['slug']}.html")
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert page.locator(".article-body").is_visible()
    assert page.locator("aside.claims").is_visible()


def test_off_site_detector():
    """The helper every browser test relies on to catch requests that leave
    the site: another host, port or scheme, or outside the sub-path."""
    root = "http://127.0.0.1:8123/corpus/"
    assert is_on_site("http://127.0.0.1:8123/corpus/theme/css/site.css", root)
    assert is_on_site("data:image/svg+xml,<svg/>", root)
    for url in (
        "http://127.0.0.1:8124/corpus/index.html",  # another port
        "http://localhost:8123/corpus/index.html",  # another host
        "https://127.0.0.1:8123/corpus/index.html",  # another scheme
        "http://127.0.0.1:8123/theme/css/site.css",  # outside the sub-path
        "https://fonts.googleapis.com/css?family=Inter",
        "ws://127.0.0.1:8123/corpus/socket",
    ):
        assert not is_on_site(url, root), url
    disk = "file:///tmp/site/output/"
    assert is_on_site("file:///tmp/site/output/articles/a.html", disk)
    assert not is_on_site("file:///etc/passwd", disk)
    assert not is_on_site("https://example.org/", disk)

