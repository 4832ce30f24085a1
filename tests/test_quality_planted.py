"""Each check of the quality gate FAILS when its fault is there.

The small fixture site (tests/fixtures/site/content) is built once per
module, as a public copy served under a sub-path and as a local build. Each
test first runs a check on the clean build (it must pass: no false alarm),
then plants a fault in a COPY of the output and runs the very same function
of tests/quality.py, which must report that fault.
"""

from __future__ import annotations

import shutil

import pytest

try:  # tests/ may or may not be a package
    from . import quality
    from .browser import DESKTOP, build_site
    from .build_site import FIXTURE_CONTENT
except ImportError:
    import quality
    from browser import DESKTOP, build_site
    from build_site import FIXTURE_CONTENT

CSP_META_START = '<meta http-equiv="Content-Security-Policy"'


@pytest.fixture(scope="module")
def public_fixture(web):
    """The fixture site's public copy, served at <origin>/fixture/."""
    site_url = web.site_url("fixture")
    build_site(web.site_dir("fixture"), content_dir=FIXTURE_CONTENT, settings="publishconf.py",
               env={"SITEURL": site_url.rstrip("/")})
    return web.site_dir("fixture"), site_url


@pytest.fixture(scope="module")
def local_fixture(tmp_path_factory):
    """The fixture site's local build (relative links)."""
    output = tmp_path_factory.mktemp("local") / "output"
    build_site(output, content_dir=FIXTURE_CONTENT)
    return output


@pytest.fixture
def planted_copy(public_fixture, web):
    """make(name) -> (folder, address) of a copy of the public fixture
    served at <origin>/<name>/, its addresses moved there."""
    site_dir, site_url = public_fixture

    def make(name):
        copy = quality.copy_site(site_dir, web.site_dir(name), site_url, web.site_url(name))
        return copy, web.site_url(name)

    return make


@pytest.fixture
def quality_page(browser):
    context = browser.new_context(viewport=DESKTOP, locale="en-GB", service_workers="block")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def first_article(site_dir) -> str:
    return quality.rel(sorted((site_dir / "articles").glob("*.html"))[0], site_dir)


def mentions(problems, *needles) -> bool:
    return any(all(needle in problem for needle in needles) for problem in problems)


# ------------------------------------------------------------------- links


def test_link_check_reports_broken_links_anchors_and_escapes(public_fixture, planted_copy, tmp_path):
    site_dir, site_url = public_fixture
    assert quality.check_links(site_dir, site_url, tmp_path / "clean") == []

    copy, copy_url = planted_copy("planted-links")
    article = first_article(copy)
    quality.plant(copy / "index.html", "</main>",
                  '<p><a href="articles/no-such-article.html">gone</a>'
                  f' <a href="{copy_url}{article}#no-such-claim">lost claim</a>'
                  ' <a href="/theme/css/site.css">outside the sub-path</a></p>')
    problems = quality.check_links(copy, copy_url, tmp_path / "planted")
    assert mentions(problems, "broken", "no-such-article.html"), problems
    assert mentions(problems, "no-such-claim", "not found"), problems
    assert mentions(problems, "broken", "'/theme/css/site.css'"), problems
    assert len(problems) == 3, problems


def test_link_check_fails_when_linkchecker_checks_nothing(public_fixture, tmp_path, monkeypatch):
    """A misconfigured run (here: every address filtered out) logs no
    error at all; the gate still fails, because the site's files were not
    checked."""
    site_dir, site_url = public_fixture
    monkeypatch.setattr(quality, "LINKCHECKER_CONFIG",
                        quality.LINKCHECKER_CONFIG.replace("ignore=^(?!{origin}/)", "ignore=."))
    problems = quality.check_links(site_dir, site_url, tmp_path / "misconfigured")
    # LinkChecker still fetches the pages it is given, but follows no link
    # from them: the theme's files, the raw scrapes, the data go unchecked.
    assert mentions(problems, "LinkChecker checked", "but not these", "theme/css/site.css"), problems


def test_local_link_check_reports_a_root_relative_link(local_fixture, tmp_path):
    assert quality.check_dev_links(local_fixture) == []

    copy = quality.copy_site(local_fixture, tmp_path / "copy")
    article = first_article(copy)
    quality.plant(copy / article, "</main>",
                  '<p><a href="/articles/x.html">root-relative</a>'
                  ' <img src="../theme/img/missing.svg" alt="missing"></p>')
    problems = quality.check_dev_links(copy)
    assert mentions(problems, article, "root-relative", "'/articles/x.html'"), problems
    assert mentions(problems, article, "'../theme/img/missing.svg'", "missing file"), problems
    assert len(problems) == 2, problems


# -------------------------------------------------------------------- HTML


def test_html_check_reports_an_invalid_tag(local_fixture, tmp_path):
    copy = quality.copy_site(local_fixture, tmp_path / "planted")
    clean = quality.copy_site(local_fixture, tmp_path / "clean")
    quality.plant(copy / "index.html", "</main>", "<p><div>a block inside a paragraph</p>\n")
    css = copy / "theme" / "css" / "site.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.planted { colour: red; }\n", encoding="utf-8")
    # One JVM for both copies, as on the real site.
    problems = quality.check_html(quality.markup_files(clean) + quality.markup_files(copy),
                                  root=tmp_path)
    assert [p for p in problems if p.startswith("clean/")] == []
    assert mentions(problems, "planted/index.html:", "div"), problems
    assert mentions(problems, "planted/theme/css/site.css:", "colour"), problems
    assert all(p.startswith(("planted/index.html:", "planted/theme/css/site.css:"))
               for p in problems), problems


# ------------------------------------------------------------ accessibility


def test_accessibility_check_reports_an_image_without_alt(public_fixture, planted_copy, quality_page):
    site_dir, site_url = public_fixture
    article = first_article(site_dir)
    urls = ["index.html", article, quality.MISSING_PAGE]
    assert quality.check_accessibility(quality_page, [site_url + u for u in urls], site_url) == []

    copy, copy_url = planted_copy("planted-axe")
    quality.plant(copy / "index.html", "</main>", '<p><img src="theme/img/favicon.svg"></p>')
    problems = quality.check_accessibility(quality_page, [copy_url + "index.html"], copy_url)
    assert mentions(problems, "index.html", "image-alt", "critical"), problems


# ------------------------------------------------------------------ offline


def test_offline_check_reports_a_request_to_another_site(public_fixture, planted_copy, quality_page):
    site_dir, site_url = public_fixture
    urls = [site_url + quality.rel(p, site_dir) for p in quality.html_pages(site_dir)]
    assert quality.check_offline(quality_page, urls, site_url) == []

    # An image from a tracker, which the page's CSP blocks: the page still
    # asked for it. (".example" is reserved: it names no real host, and the
    # check would abort the request before it left anyway.)
    copy, copy_url = planted_copy("planted-offline")
    quality.plant(copy / "index.html", "</main>",
                  '<p><img src="https://tracker.example/pixel.gif" alt=""></p>')
    problems = quality.check_offline(quality_page, [copy_url + "index.html"], copy_url)
    assert mentions(problems, "index.html", "https://tracker.example/pixel.gif"), problems

    # The same without the CSP: the request is made, recorded and aborted.
    page = copy / "index.html"
    text = page.read_text(encoding="utf-8")
    start = text.index(CSP_META_START)
    page.write_text(text[:start] + text[text.index(">", start) + 1:], encoding="utf-8")
    problems = quality.check_offline(quality_page, [copy_url + "index.html"], copy_url)
    assert mentions(problems, "requested https://tracker.example/pixel.gif"), problems


def test_offline_check_reports_a_root_relative_load_outside_the_sub_path(planted_copy, quality_page):
    copy, copy_url = planted_copy("planted-escape")
    quality.plant(copy / "index.html", "</main>", '<p><img src="/theme/img/favicon.svg" alt=""></p>')
    problems = quality.check_offline(quality_page, [copy_url + "index.html"], copy_url)
    assert mentions(problems, "requested", "/theme/img/favicon.svg"), problems


# ---------------------------------------------------------- reproducibility


def test_reproducibility_check_reports_a_timestamp(local_fixture, tmp_path):
    again = tmp_path / "again"
    build_site(again, content_dir=FIXTURE_CONTENT, env={"PYTHONHASHSEED": "99", "TZ": "Asia/Tokyo"})
    assert quality.compare_builds(local_fixture, again) == []

    quality.plant(again / "index.html", "</footer>", "<p>Built on 21 November 2026 at 06:58:12.</p>")
    problems = quality.compare_builds(local_fixture, again)
    assert problems and mentions(problems, "index.html differs", "Built on 21 November 2026"), problems

    shutil.copy(again / "index.html", again / "extra.html")
    assert mentions(quality.compare_builds(local_fixture, again), "only in the second build: extra.html")
