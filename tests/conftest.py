"""Shared fixtures: the site built once per test session, served over HTTP
under a sub-path, and a headless Chromium to look at it.

The helpers behind them live in ``tests/browser.py`` so that any test file
can build, serve or watch a page its own way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

try:  # tests/ may or may not be a package
    from .browser import DESKTOP, REPO_ROOT, build_site, file_url, launch_chromium, serve_directory
except ImportError:
    from browser import DESKTOP, REPO_ROOT, build_site, file_url, launch_chromium, serve_directory



@pytest.fixture(scope="session")
def repo_root():
    return REPO_ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site built ONCE from content/ with pelicanconf.py (relative URLs),
    into a temporary folder; the repository's output/ is left alone."""
    output = tmp_path_factory.mktemp("site") / "output"
    build_site(output)
    assert (output / "index.html").is_file(), "the build wrote no index.html"
    return output


@pytest.fixture(scope="session")
def site_records(repo_root):
    """The extracted record of every scrape in content/raw, by slug, from the
    plugin's own command line (`python -m corpus extract`): what the site was
    built from, to compare the pages against."""
    raw = sorted((repo_root / "content" / "raw").rglob("*.txt"))
    assert raw, "no scrapes in content/raw"
    env = {
        **os.environ,
        "PYTHONPATH": str(repo_root / "plugins"),
        "PYTHONHASHSEED": "0",
    }
    result = subprocess.run(
        [sys.executable, "-m", "corpus", "extract", *map(str, raw)],
        cwd=repo_root, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, f"corpus extract failed:\n{result.stderr[-4000:]}"
    records = json.loads(result.stdout)
    return {record["slug"]: record for record in records}


@pytest.fixture(scope="session")
def seeds(repo_root):
    """The extracted records of the seed scrapes, in file order, from the
    pipeline in this process (as the site build makes them)."""
    from corpus.pipeline import Corpus, extract

    paths = sorted((repo_root / "content" / "raw").glob("*.txt"))
    corpus = Corpus(curator_dir=repo_root / "content" / "curator", root=repo_root / "content")
    corpus.load(paths)
    return [extract(path, corpus) for path in paths]


@pytest.fixture(params=["file", "http"])
def site_root(request):
    """The site's root URL (ending in '/'), from disk or served under /corpus/:
    a test taking it runs both ways."""
    if request.param == "file":
        return request.getfixturevalue("file_site")
    served = request.getfixturevalue("http_site")
    assert served.url.endswith("/corpus/")
    return served.url


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    """A GitHub-Pages-like server on 127.0.0.1 for one test module's sites,
    each under its own sub-path (one server per module keeps their sites,
    and any faults planted in them, apart)."""
    try:
        from . import quality
    except ImportError:
        import quality
    with quality.serve_web_root(tmp_path_factory.mktemp("www")) as served:
        yield served


@pytest.fixture(scope="session")
def http_site(built_site, tmp_path_factory):
    """The built site served at http://127.0.0.1:<port>/corpus/."""
    with serve_directory(built_site, tmp_path_factory.mktemp("www")) as served:
        yield served


@pytest.fixture(scope="session")
def file_site(built_site):
    """The built site's root as a file:// URL (ending in '/')."""
    return file_url(built_site)


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    """Debian's /usr/bin/chromium, headless. Missing Chromium FAILS the test."""
    browser = launch_chromium(playwright_instance)
    yield browser
    browser.close()


@pytest.fixture
def context(browser):
    """A fresh browser profile per test: desktop window, light colour scheme."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light", locale="en-GB")
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    page.close()
