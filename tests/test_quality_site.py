"""The quality gate on the real site (content/): the public copy built with
publishconf.py and served the way GitHub Pages serves a project site
(http://127.0.0.1:PORT/corpus/, its 404.html for any missing address), and
the local build (pelicanconf.py), which is opened from disk.

Each check is a function of tests/quality.py that returns the problems it
found; here every one must find none. tests/test_quality_planted.py shows
that each of them does find a fault planted in a copy of a site.
"""

from __future__ import annotations

import os
import shutil

import pytest

try:  # tests/ may or may not be a package
    from . import quality
    from .browser import DESKTOP, REPO_ROOT, build_site, file_url
except ImportError:
    import quality
    from browser import DESKTOP, REPO_ROOT, build_site, file_url

SUB_PATH = "corpus"


@pytest.fixture(scope="module")
def public_site(web):
    """The public copy of the real site, built ONCE with publishconf.py for
    the address it is served at: (folder, address ending in '/')."""
    site_url = web.site_url(SUB_PATH)
    build_site(web.site_dir(SUB_PATH), settings="publishconf.py",
               env={"SITEURL": site_url.rstrip("/"), "TZ": "UTC"})
    assert (web.site_dir(SUB_PATH) / "404.html").is_file()
    return web.site_dir(SUB_PATH), site_url


@pytest.fixture
def quality_page(browser):
    context = browser.new_context(viewport=DESKTOP, color_scheme="light", locale="en-GB",
                                  service_workers="block")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


# ------------------------------------------------------------------- links


def test_public_copy_has_no_broken_link_or_anchor(public_site, web, tmp_path):
    """LinkChecker, with its AnchorCheck plugin, over the whole public copy
    served under a sub-path: every internal link and #anchor resolves, and
    every file of the site was really checked."""
    site_dir, site_url = public_site
    pages = quality.html_pages(site_dir)
    assert len(pages) > 50, f"only {len(pages)} pages built"
    problems = quality.check_links(site_dir, site_url, tmp_path / "linkchecker")
    assert problems == []
    # Nothing was asked of the server outside the site's sub-path, and it
    # was asked for every page (the check ran against this server).
    paths = {path for path, _ in web.requests}
    assert {f"/{SUB_PATH}/{quality.rel(p, site_dir)}" for p in pages} <= paths
    assert not [p for p in paths if not p.startswith(f"/{SUB_PATH}/") and p != "/robots.txt"]


def test_local_build_has_no_link_that_breaks_from_disk(built_site):
    """The local build (relative URLs) opened from disk: no root-relative
    address, no link to a missing file or out of the folder."""
    assert len(quality.html_pages(built_site)) > 50
    assert quality.check_dev_links(built_site) == []


# -------------------------------------------------------------------- HTML


def test_every_page_is_valid_html(public_site, built_site):
    """The Nu HTML Checker over every page of both builds (and the
    stylesheet and SVG images), in one JVM run."""
    site_dir, _ = public_site
    pages = quality.markup_files(site_dir) + quality.html_pages(built_site)
    assert len(pages) > 100
    problems = quality.check_html(pages, root=os.path.commonpath([site_dir, built_site]))
    assert problems == []


# ------------------------------------------------------------ accessibility


def test_each_kind_of_page_has_no_serious_accessibility_violation(public_site, quality_page):
    """axe-core in each kind of page (the 404 page at a missing address),
    under the page's own Content Security Policy."""
    site_dir, site_url = public_site
    kinds = quality.page_kinds(site_dir, site_url)
    problems = quality.check_accessibility(
        quality_page, [site_url + path for path in kinds.values()], site_url)
    assert problems == []


# ------------------------------------------------------------------ offline


def test_no_page_of_the_public_copy_loads_anything_from_another_site(public_site, quality_page):
    """Chromium opens every page (and the 404 page at a missing address,
    and a search with results): 0 requests leave the site."""
    site_dir, site_url = public_site
    urls = [site_url + quality.rel(p, site_dir) for p in quality.html_pages(site_dir)]
    urls += [site_url + "search.html?q=caracas", site_url + quality.MISSING_PAGE]
    assert quality.check_offline(quality_page, urls, site_url) == []


def test_no_page_of_the_local_build_loads_anything_from_another_site(built_site, quality_page):
    """The same over the local build, opened from disk: every request stays
    in the site's folder."""
    root = file_url(built_site)
    urls = [root + quality.rel(p, built_site) for p in quality.html_pages(built_site)]
    urls += [root + "search.html?q=caracas"]
    assert quality.check_offline(quality_page, urls, root) == []


# ---------------------------------------------------------- reproducibility


def test_two_public_builds_are_byte_identical(tmp_path):
    """The same input builds to the same bytes whatever the hash seed, the
    time zone, the folders or the files' modification times. Both builds
    are made here, one after the other (so that nothing edited meanwhile is
    taken for a difference), each from a folder of its own, so that neither
    reuses what the other left behind (a cache of extractions)."""
    env = {"SITEURL": "https://example.github.io/corpus"}
    content = shutil.copytree(REPO_ROOT / "content", tmp_path / "elsewhere" / "content")
    for path in content.rglob("*"):
        os.utime(path, (1_234_567_890, 1_234_567_890))
    quality.build_elsewhere(tmp_path / "first", REPO_ROOT / "content", "publishconf.py",
                            cwd=tmp_path / "run1", env={**env, "PYTHONHASHSEED": "1", "TZ": "UTC"})
    quality.build_elsewhere(tmp_path / "second", content, "publishconf.py", cwd=tmp_path / "run2",
                            env={**env, "PYTHONHASHSEED": "4242", "TZ": "Pacific/Chatham"})
    assert quality.compare_builds(tmp_path / "first", tmp_path / "second") == []
