"""The search in a real browser (Debian's Chromium, headless; missing Chromium
FAILS, never skips), from disk (file://) and over HTTP under a sub-path
(http://127.0.0.1:PORT/corpus/, as a GitHub Pages project site).

Two sites: the real one built from content/ (conftest's ``built_site``: the
searches the corpus is about; its index is one file) and the sample site of
tests/test_search_helpers.py (hostile text, several outlets, an undated
article: filters and escaping), built with a tiny part size so that its index
comes in parts, as a large corpus's does. Every test watches the page: no
request leaves the site, no console error, no CSP violation, no dialog.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from urllib.parse import quote, unquote, urlsplit

import pytest

try:
    from .browser import PageWatcher, file_url, serve_directory
    from .test_search_helpers import HOSTILE_TITLE, build_sample_site
except ImportError:
    from browser import PageWatcher, file_url, serve_directory
    from test_search_helpers import HOSTILE_TITLE, build_sample_site

from corpus import search_index

MODES = ["file", "http"]
# (Functions, not expressions: Playwright evaluates an expression with eval,
# which the pages' Content-Security-Policy forbids.)
READY = "() => document.documentElement.dataset.searchState === 'ready'"
HIGHLIGHTED = "() => document.documentElement.dataset.highlighted !== undefined"


# ------------------------------------------------------------------ fixtures


# Parts of at most 1,000 bytes: the sample site's 5 KB index comes in six.
SAMPLE_PART_BYTES = 1000


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    site = build_sample_site(tmp_path_factory.mktemp("search-browser"),
                             extra_settings={"CORPUS_SEARCH_PART_BYTES": SAMPLE_PART_BYTES})
    assert len(part_names(site)) > 3
    return site


def part_names(site):
    """The part files the site's search/index.js names."""
    header = search_index.parse_script((site / "search" / "index.js").read_text(encoding="utf-8"))
    return header.get("parts", [])


@pytest.fixture(scope="module")
def sample_http(sample_site, tmp_path_factory):
    with serve_directory(sample_site, tmp_path_factory.mktemp("search-www")) as served:
        yield served


@pytest.fixture(params=MODES)
def real_root(request):
    """The real site's root URL, from disk or under /corpus/ over HTTP."""
    if request.param == "file":
        root = request.getfixturevalue("file_site")
    else:
        root = request.getfixturevalue("http_site").url
    built = request.getfixturevalue("built_site")
    assert (built / "search" / "index.js").is_file() and (built / "search.html").is_file(), (
        "the build wrote no search/index.js or search.html: the corpus plugin's register() must "
        "call corpus.search_generator.register_search()"
    )
    return root


@pytest.fixture(params=MODES)
def sample_root(request, sample_site):
    if request.param == "file":
        return file_url(sample_site)
    return request.getfixturevalue("sample_http").url


# ------------------------------------------------------------------- helpers


def open_search(page, root, query=None, extra=""):
    watcher = PageWatcher(page, root)
    url = root + "search.html" + (f"?q={quote(query)}{extra}" if query is not None else "")
    page.goto(url)
    page.wait_for_function(READY)
    return watcher


def type_on_home_page(page, root, query):
    """The home page, `query` typed key by key into the header's box."""
    watcher = PageWatcher(page, root)
    page.goto(root + "index.html")
    page.focus("#search-box")
    page.keyboard.type(query)
    return watcher


def results(page):
    """Each result: its text, kind, href and the words in <mark>."""
    return page.evaluate("""() => [...document.querySelectorAll('#search-results li')].map(li => {
        const a = li.querySelector('a');
        return {
          isLink: !!a && a.parentElement === li && li.children.length === 1,
          kind: a && a.classList.contains('search-result-claim') ? 'claim' : 'article',
          text: a ? a.textContent : li.textContent,
          href: a ? a.getAttribute('href') : null,
          marks: [...li.querySelectorAll('mark')].map(m => m.textContent),
          meta: a ? a.querySelector('.search-result-meta').textContent : '',
        };
      })""")


def count_text(page):
    return page.locator("#search-results .search-count").inner_text()


def assert_results_are_links(page):
    found = results(page)
    assert found, "no results"
    assert all(r["isLink"] for r in found), found
    # Every link stays inside the site and is relative to the page (no "/..." root paths).
    hrefs = page.evaluate("[...document.querySelectorAll('#search-results a')].map(a => a.href)")
    return found, hrefs


# ----------------------------------------------------- the corpus's searches


@pytest.mark.parametrize("query, expect", [
    ("Saturday", ["Saturday"]),
    ("Mayorca", ["Mayorca"]),
    ("Zakharova", ["Zakharova"]),
    ("99 soldiers", ["99", "soldiers"]),
    ("S-300", ["S", "300"]),
    ("Maiquetía", ["Maiquetía"]),
    ("Maiquetia", ["Maiquetía"]),
])
def test_real_corpus_searches(page, real_root, query, expect):
    watcher = open_search(page, real_root, query)
    found, hrefs = assert_results_are_links(page)
    for word in expect:
        assert any(word in r["marks"] for r in found), f"{query!r}: no result marks {word!r}: {found}"
    top = found[0]
    assert all(word in top["marks"] or word in top["text"] for word in expect), top
    assert re.match(r"\d+ results? \(", count_text(page))
    assert all(h.startswith(real_root) for h in hrefs), hrefs
    watcher.assert_clean()


@pytest.mark.parametrize("query", ["Akismet", "Telegram"])
def test_removed_chrome_finds_nothing(page, real_root, query):
    watcher = open_search(page, real_root, query)
    assert count_text(page) == "No results"
    assert page.locator("#search-results a.search-result").count() == 0
    help_text = page.locator("#search-results .search-help").inner_text()
    for syntax in ("+", "-", "title:", "*", "~1"):
        assert syntax in help_text
    watcher.assert_clean()


def test_claim_result_opens_the_article_at_the_claim_with_the_word_marked(page, real_root):
    watcher = open_search(page, real_root, "Zakharova")
    claim = page.locator("#search-results a.search-result-claim").first
    href = claim.get_attribute("href")
    anchor = unquote(href.split("#", 1)[1])
    claim.click()
    page.wait_for_load_state()
    page.wait_for_function(HIGHLIGHTED)
    assert urlsplit(page.url).path.endswith(".html") and "/articles/" in page.url
    assert urlsplit(page.url).fragment == quote(anchor, safe="") or unquote(urlsplit(page.url).fragment) == anchor
    target = page.locator(f"[id='{anchor}']")
    assert target.count() == 1, f"no element with id {anchor} on {page.url}"
    assert "Zakharova" in target.inner_text()
    marks = page.evaluate("[...document.querySelectorAll('article mark')].map(m => m.textContent)")
    assert "Zakharova" in marks
    assert page.evaluate(f"document.getElementById({anchor!r}).querySelector('mark') !== null")
    box = target.bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"], "the claim is not in view"
    watcher.assert_clean()


def test_search_loads_only_when_needed(page, real_root):
    watcher = PageWatcher(page, real_root)
    page.goto(real_root + "index.html")
    page.wait_for_load_state("load")
    loaded = [u for u in watcher.requests if "/search/" in u]
    assert loaded == [], f"the index was loaded before anyone searched: {loaded}"
    assert page.evaluate("typeof window.lunr") == "undefined"
    page.focus("#search-box")
    page.wait_for_function(READY)
    assert any(u.endswith("/search/index.js") for u in watcher.requests)
    assert any(u.endswith("/search/lunr.min.js") for u in watcher.requests)
    watcher.assert_clean()


def test_slash_focuses_the_box_and_typing_shows_results(page, real_root):
    watcher = PageWatcher(page, real_root)
    page.goto(real_root + "index.html")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search-box"
    page.keyboard.type("Maiquetia")
    page.wait_for_selector("#search-results a.search-result")
    assert "Maiquetía" in page.locator("#search-results mark").first.inner_text()
    # "/" typed in the box is a character, not the shortcut.
    page.keyboard.type(" /")
    assert page.input_value("#search-box") == "Maiquetia /"
    watcher.assert_clean()


def test_keyboard_moves_through_results_and_enter_opens(page, real_root):
    watcher = type_on_home_page(page, real_root, "troops")
    page.wait_for_selector("#search-results a.search-result")
    links = page.locator("#search-results a.search-result")
    assert links.count() >= 2
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement === document.querySelectorAll('#search-results a.search-result')[0]")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement === document.querySelectorAll('#search-results a.search-result')[1]")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "search-box"
    page.keyboard.press("ArrowDown")
    expected = links.first.get_attribute("href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert unquote(page.url).split("?")[0].endswith(unquote(expected).split("?")[0].split("/")[-1])
    watcher.assert_clean()


def test_enter_in_the_box_opens_the_search_page(page, real_root):
    watcher = type_on_home_page(page, real_root, "Zakharova")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path.endswith("/search.html") and "q=Zakharova" in page.url
    page.wait_for_selector("#search-results a.search-result")
    watcher.assert_clean()


def _wait_for_request(page, held, what):
    deadline = time.monotonic() + 15
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert held, f"{what} was never requested"


def _release_and_see_only_the_last_query(page, held, watcher):
    """The held request answered: the results are those of the last query
    typed ("Saturday"), not of the earlier one ("Zakharova")."""
    held[0].continue_()
    page.wait_for_function(READY)
    page.wait_for_selector("#search-results a.search-result")
    marks = page.evaluate("[...document.querySelectorAll('#search-results mark')].map(m => m.textContent)")
    assert "Saturday" in marks and "Zakharova" not in marks
    watcher.assert_clean()


def test_query_typed_before_the_index_loaded(page, http_site, built_site):
    """Queued while search/index.js is slow to come; only the last query is shown."""
    root = http_site.url
    watcher = PageWatcher(page, root)

    held = []  # the request for the index, answered when the test says so
    page.route("**/search/index.js", lambda route: held.append(route))
    page.goto(root + "index.html")
    page.focus("#search-box")
    page.keyboard.type("Zakharova")
    page.wait_for_selector("#search-results .search-status")
    assert "Loading" in page.locator("#search-results").inner_text()
    page.fill("#search-box", "")
    page.keyboard.type("Saturday")
    assert page.evaluate("document.documentElement.dataset.searchState") == "loading"
    _wait_for_request(page, held, "search/index.js")
    _release_and_see_only_the_last_query(page, held, watcher)


def test_hostile_query_is_shown_as_text(page, real_root):
    hostile = "<img src=x onerror=alert(1)>"
    watcher = open_search(page, real_root, hostile)
    text = page.locator("#search-results").inner_text()
    assert page.input_value("#search-box") == hostile
    if "No results" in text:
        assert hostile in text  # echoed back as text
    assert page.locator("#search-results img").count() == 0
    page.fill("#search-box", '"><script>alert(2)</script><img src=x onerror=alert(3)>')
    page.wait_for_timeout(300)
    assert page.locator("#search-results img, #search-results script").count() == 0
    assert watcher.dialogs == []
    watcher.assert_clean()


@pytest.mark.parametrize("query, message", [
    ("title:", "could not be read"),
    ("nosuchfield:russia", "could not be read"),
    ("russia~9", "could not be read"),
])
def test_query_syntax_errors_are_explained(page, real_root, query, message):
    watcher = open_search(page, real_root, query)
    error = page.locator("#search-results .search-error").inner_text()
    assert message in error
    assert page.locator("#search-results .search-help").count() == 1
    watcher.assert_clean()


# ------------------------------------------------------ pages of results

# In the page: type `query` (the input event a key makes) and report what
# was drawn while handling it, before any later task could add more.
TYPE_AND_LOOK = """(query) => {
  const box = document.getElementById('search-box');
  box.value = query;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  const results = document.getElementById('search-results');
  const links = results.querySelectorAll('a.search-result');
  const last = links[links.length - 1];
  return {count: links.length, busy: results.hasAttribute('aria-busy'),
          more: results.querySelector('.search-more') !== null,
          lastBottom: last ? last.getBoundingClientRect().bottom : 0, windowHeight: innerHeight};
}"""
NOT_BUSY = "() => !document.getElementById('search-results').hasAttribute('aria-busy')"
LINKS = "#search-results a.search-result"


def total_results(page):
    return int(re.match(r"(\d+) results", count_text(page)).group(1))


@pytest.mark.parametrize("height", [500, 900])
def test_typing_draws_what_is_in_view_at_once_and_the_page_after_a_pause(page, real_root, height):
    page.set_viewport_size({"width": 1000, "height": height})
    watcher = open_search(page, real_root)
    now = page.evaluate(TYPE_AND_LOOK, "venezuela")
    total = total_results(page)
    assert total > 20, "the corpus's commonest word should fill more than two pages"
    # Drawn at once: fewer than a page, but down past the window's bottom.
    assert 1 <= now["count"] < 10 and now["busy"] and not now["more"]
    assert now["lastBottom"] >= now["windowHeight"], now
    # Typing paused: the whole page, then more on demand.
    page.wait_for_function(NOT_BUSY)
    assert page.locator(LINKS).count() == 10
    page.get_by_role("button", name="Show 10 more").click()
    assert page.locator(LINKS).count() == 20
    page.locator("#search-results .search-more").click()
    assert page.locator(LINKS).count() == min(30, total)
    assert (page.locator("#search-results .search-more").count() == 0) == (total <= 30)
    watcher.assert_clean()


def test_a_shared_link_or_a_filter_draws_the_whole_page_at_once(page, real_root):
    page.set_viewport_size({"width": 1000, "height": 500})
    watcher = open_search(page, real_root, "venezuela")
    assert page.locator(LINKS).count() == 10
    assert page.evaluate(NOT_BUSY)
    page.select_option("#search-type", "claim")
    assert page.locator(LINKS).count() == 10 and page.evaluate(NOT_BUSY)
    assert all(r["kind"] == "claim" for r in results(page))
    watcher.assert_clean()


def test_a_newer_query_drops_the_rest_of_the_older_page(page, real_root):
    page.set_viewport_size({"width": 1000, "height": 500})
    watcher = open_search(page, real_root)
    first = page.evaluate(TYPE_AND_LOOK, "venezuela")
    assert first["busy"]
    second = page.evaluate(TYPE_AND_LOOK, "Zakharova")
    assert not second["busy"], "Zakharova's few results should all fit in the window"
    page.wait_for_timeout(500)  # (well past the pause after which the rest is drawn)
    found = results(page)
    assert len(found) == total_results(page) == second["count"]
    assert page.locator("#search-results .search-more").count() == 0
    assert all(any("Zakharova" in mark for mark in r["marks"]) for r in found), found
    # Emptied while the rest of a page waits: nothing comes back.
    page.evaluate(TYPE_AND_LOOK, "venezuela")
    page.evaluate(TYPE_AND_LOOK, "")
    page.wait_for_timeout(500)
    assert page.locator(LINKS).count() == 0 and page.evaluate(NOT_BUSY)
    watcher.assert_clean()


def test_the_panel_shows_a_few_results_and_links_to_all(page, real_root):
    watcher = type_on_home_page(page, real_root, "venezuela")
    page.wait_for_function(READY)
    page.wait_for_function(NOT_BUSY)
    assert page.locator(LINKS).count() == 6
    link = page.locator("#search-results a.search-more")
    label = link.inner_text()
    assert re.fullmatch(r"All \d+ results \u2192", label), label
    with page.expect_navigation():
        link.click()
    assert urlsplit(page.url).path.endswith("/search.html") and "q=venezuela" in page.url
    page.wait_for_function(READY)
    assert count_text(page).startswith(label.split()[1] + " results")
    watcher.assert_clean()


# ----------------------------------------------------------- sample site


def test_filters_by_outlet_and_type_are_in_the_address(page, sample_root):
    watcher = open_search(page, sample_root, "troops")
    everything = results(page)
    assert {r["kind"] for r in everything} == {"article", "claim"}
    page.select_option("#search-type", "claim")
    page.wait_for_function("() => location.search.includes('type=claim')")
    assert {r["kind"] for r in results(page)} == {"claim"}
    page.select_option("#search-type", "")
    page.select_option("#search-outlet", "AMN")
    page.wait_for_function("() => location.search.includes('outlet=AMN')")
    only = results(page)
    assert only and all("AMN" in r["meta"] for r in only)
    assert len(only) < len(everything)
    # The address restores the same view.
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    page.wait_for_function(READY)
    assert page.input_value("#search-outlet") == "AMN"
    assert results(page) == only
    page.goto(sample_root + "search.html?q=troops&type=article")
    page.wait_for_function(READY)
    assert page.input_value("#search-type") == "article"
    assert {r["kind"] for r in results(page)} == {"article"}
    watcher.assert_clean()


def test_typing_on_the_search_page_updates_the_address(page, sample_root):
    watcher = open_search(page, sample_root)
    page.focus("#search-box")
    page.keyboard.type("Maiquetia")
    page.wait_for_selector("#search-results a.search-result")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Maiquetia'")
    watcher.assert_clean()


def test_results_show_title_outlet_date_kind_and_undated(page, sample_root):
    watcher = open_search(page, sample_root, "Łódź")
    found = results(page)
    assert found[0]["meta"] == "Article · Unknown outlet · undated"
    assert found[0]["text"].startswith("Putin sends troops to Venezuela")
    open_search(page, sample_root, "Zakharova")
    metas = [r["meta"] for r in results(page)]
    assert "Claim · AMN · 27 March 2019" in metas and "Article · AMN · 27 March 2019" in metas
    watcher.assert_clean()


def test_hostile_titles_and_bodies_render_as_text(page, sample_root):
    watcher = open_search(page, sample_root, "hostile")
    found = results(page)
    hostile = [r for r in found if r["text"].startswith("<script>")]
    assert hostile, found
    title = page.evaluate("document.querySelector('#search-results .search-result-title').textContent")
    assert title == HOSTILE_TITLE
    assert page.locator("#search-results script, #search-results img, #search-results b").count() == 0
    open_search(page, sample_root, "onerror alert")
    assert page.locator("#search-results script, #search-results img").count() == 0
    # The article page of the hostile record, opened from its result with highlighting.
    page.locator("#search-results a.search-result").first.click()
    page.wait_for_load_state()
    page.wait_for_function(HIGHLIGHTED)
    assert watcher.dialogs == []
    watcher.assert_clean()


def test_only_files_of_the_site_are_requested_under_the_sub_path(page, sample_http):
    root = sample_http.url
    assert urlsplit(root).path == "/corpus/"
    start = len(sample_http.requests)
    watcher = open_search(page, root, "Saturday")
    page.locator("#search-results a.search-result-claim").first.click()
    page.wait_for_load_state()
    page.wait_for_function(HIGHLIGHTED)
    watcher.assert_no_offsite_requests()
    served = sample_http.requests[start:]
    assert served and all(path.startswith("/corpus/") and status < 400 for path, status in served), served
    watcher.assert_clean()


# ------------------------------------------------------ an index in parts


def test_every_part_is_loaded_side_by_side(page, sample_root, sample_site):
    """index.js first (it names the parts), then every part, all asked for
    before the first has run; only then is the search ready."""
    watcher = PageWatcher(page, sample_root)
    page.add_init_script("""(() => {
      window.__partsAsked = [];
      new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach((node) => {
        if (node.tagName === 'SCRIPT' && /index-\\d+-/.test(node.src)) {
          window.__partsAsked.push([node.src, !!(window.CorpusSearch && window.CorpusSearch.parts
            && window.CorpusSearch.parts.some((part) => part !== null))]);
        }
      }))).observe(document, {childList: true, subtree: true});
    })();""")
    page.goto(sample_root + "search.html?q=troops")
    page.wait_for_function(READY)
    asked = page.evaluate("window.__partsAsked")
    names = part_names(sample_site)
    assert [src.rsplit("/", 1)[1] for src, _ in asked] == names
    assert not any(after_one_ran for _, after_one_ran in asked), asked
    for name in names:
        assert any(u.endswith("/search/" + name) for u in watcher.requests), name
    assert results(page)
    watcher.assert_clean()


@pytest.mark.parametrize("mode", MODES)
def test_a_missing_part_shows_the_failure_message(page, sample_site, tmp_path, mode):
    site = tmp_path / "site"
    shutil.copytree(sample_site, site)
    (site / "search" / part_names(site)[1]).unlink()
    with contextlib.ExitStack() as stack:
        if mode == "file":
            root = file_url(site)
        else:
            root = stack.enter_context(serve_directory(site, tmp_path / "www")).url
        watcher = PageWatcher(page, root)
        page.goto(root + "search.html?q=troops")
        page.wait_for_function("() => document.documentElement.dataset.searchState === 'failed'")
        error = page.locator("#search-results .search-error").inner_text()
        assert error == "The search index could not be loaded."
        assert page.locator("#search-results a.search-result").count() == 0
        # Typing more changes nothing: no half an index is searched.
        page.fill("#search-box", "Saturday")
        page.wait_for_timeout(300)
        assert page.evaluate("document.documentElement.dataset.searchState") == "failed"
        assert page.locator("#search-results a.search-result").count() == 0
        # The missing file is the one problem.
        missing = part_names(site)[1]
        assert all(missing in item for item in watcher.failed_requests + watcher.bad_responses)
        watcher.failed_requests = watcher.bad_responses = []
        watcher.console = [(kind, text) for kind, text in watcher.console if missing not in text
                           and not text.startswith("Failed to load resource")]
        watcher.assert_clean()


def test_query_typed_before_every_part_came(page, sample_http, sample_site):
    """A part held back: queries wait (only the last is shown), and the
    search is ready only once that part has come."""
    root = sample_http.url
    watcher = PageWatcher(page, root)
    last = part_names(sample_site)[-1]
    held = []
    page.route("**/search/" + last, lambda route: held.append(route))
    page.goto(root + "index.html")
    page.focus("#search-box")
    page.keyboard.type("Zakharova")
    _wait_for_request(page, held, f"search/{last}")
    page.wait_for_timeout(200)  # (the other parts have come and run)
    assert page.evaluate("document.documentElement.dataset.searchState") == "loading"
    assert "Loading" in page.locator("#search-results").inner_text()
    page.fill("#search-box", "")
    page.keyboard.type("Saturday")
    _release_and_see_only_the_last_query(page, held, watcher)
