"""Helpers for tests that build the site and look at it in a real browser.

Used by the fixtures in ``conftest.py`` and reusable by any test file:

- ``build_site``: run Pelican the way ``make html`` does, into any folder;
- ``serve_directory``: serve a folder over HTTP on 127.0.0.1 under a sub-path,
  as GitHub Pages serves a project site (``https://user.github.io/repo/``);
- ``launch_chromium``: Debian's Chromium, headless (Playwright's own browser
  download does not work here);
- ``PageWatcher``: records every request, console message, page error, CSP
  violation and dialog of a page, and fails a test if any request left the
  site or anything went wrong.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("CORPUS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CHROMIUM_MISSING = (
    f"Chromium not found at {CHROMIUM}: the browser tests need Debian's Chromium "
    "(Playwright's own browser download does not work here). Install it with "
    "`apt-get install chromium` (as root; `apt-get update` first)."
)
# Where the site appears when served over HTTP, as a GitHub Pages project site.
SUB_PATH = "/corpus/"
# Windows the tests look through: a laptop and a small phone.
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
# Build timeout: a build of the sample corpus takes a few seconds.
BUILD_TIMEOUT = 300


class BuildFailed(AssertionError):
    pass


def build_site(output_dir, content_dir=None, settings="pelicanconf.py", env=None):
    """Build the site into ``output_dir`` as ``make html`` does; returns the
    CompletedProcess. Raises BuildFailed (with Pelican's output) on failure."""
    try:
        from .build_site import build
    except ImportError:
        from build_site import build
    content_dir = Path(content_dir) if content_dir else REPO_ROOT / "content"
    result = build(content_dir, Path(output_dir), settings=settings, env=env, timeout=BUILD_TIMEOUT)
    if result.returncode != 0:
        raise BuildFailed(
            f"pelican exited {result.returncode}: {' '.join(result.args)}\n"
            f"--- stdout ---\n{result.stdout[-6000:]}\n--- stderr ---\n{result.stderr[-6000:]}"
        )
    return result


# ---------------------------------------------------------------- HTTP server


@dataclass
class ServedSite:
    """A folder served over HTTP; ``url`` is the site's root, ending in '/'."""

    url: str
    origin: str
    root: Path
    requests: list = field(default_factory=list)  # (path, status) seen by the server

    def page(self, relative: str = "index.html") -> str:
        return self.url + relative.lstrip("/")

    def errors(self):
        """Requests the server answered with an error, or outside the sub-path."""
        return [
            (path, status) for path, status in self.requests
            if status >= 400 or not path.startswith(urlsplit(self.url).path)
        ]


def _handler(directory: str, log: list):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=directory, **kwargs)

        def log_request(self, code="-", size="-"):
            try:
                status = int(getattr(code, "value", code))
            except (TypeError, ValueError):
                status = 0
            log.append((unquote(urlsplit(self.path).path), status))

        def log_message(self, format, *args):  # noqa: A002 - stdlib's name
            pass  # keep test output clean; requests are in ``log``

        def end_headers(self):
            # Never let the browser reuse an earlier test run's files.
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

    return Handler


@contextlib.contextmanager
def serve_directory(site_dir, scratch_dir, sub_path: str = SUB_PATH):
    """Serve a copy of ``site_dir`` at http://127.0.0.1:<free port><sub_path>.

    Anything outside the sub-path is a 404, as it would be for a project site
    on GitHub Pages, so a root-absolute link ("/theme/...") is caught.
    """
    sub_path = "/" + sub_path.strip("/") + "/"
    web_root = Path(scratch_dir)
    target = web_root / sub_path.strip("/")
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(site_dir, target)
    log: list = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(str(web_root), log))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    origin = f"http://{host}:{port}"
    try:
        yield ServedSite(url=origin + sub_path, origin=origin, root=target, requests=log)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# ------------------------------------------------------------------- browser


def launch_chromium(playwright):
    """Debian's Chromium, headless. Fails (never skips) when it is missing."""
    import pytest

    if not CHROMIUM.exists():
        pytest.fail(CHROMIUM_MISSING, pytrace=False)
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


# Runs in every page before its own scripts (Playwright injects it; the
# page's CSP does not apply to it) and records CSP violations.
_CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ` +
    `at ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
});
"""


class PageWatcher:
    """Everything a page did that a test may want to fail on.

    Attach it before the first navigation::

        watcher = PageWatcher(page, site_root)
        page.goto(site_root + "index.html")
        watcher.assert_clean()

    ``site_root`` is the URL of the site's root folder (ending in '/'): an
    ``http://127.0.0.1:PORT/corpus/`` address or a ``file:///.../`` one. A
    request is off-site if it goes to another origin, or, for file:// sites,
    outside the site's folder.
    """

    def __init__(self, page, site_root: str):
        self.page = page
        self.site_root = site_root if site_root.endswith("/") else site_root + "/"
        self.requests: list[str] = []
        self.failed_requests: list[str] = []
        self.bad_responses: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        page.add_init_script(_CSP_RECORDER)
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("requestfailed", self._on_request_failed)
        page.on("response", self._on_response)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("dialog", self._on_dialog)

    def _on_console(self, message):
        location = message.location or {}
        where = f" [{location.get('url')}:{location.get('lineNumber')}]" if location.get("url") else ""
        self.console.append((message.type, message.text + where))

    def _on_request_failed(self, request):
        # ERR_ABORTED is the browser cancelling a request because the page
        # navigated away (a favicon still loading when a filter reloads the
        # page): not a fault of the site. Missing files show as 404 responses.
        if "ERR_ABORTED" in str(request.failure):
            return
        self.failed_requests.append(f"{request.url} ({request.failure})")

    def _on_response(self, response):
        if response.status >= 400:
            self.bad_responses.append(f"{response.status} {response.url}")

    def _on_dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    # -- what went wrong

    def offsite_requests(self) -> list[str]:
        return [url for url in self.requests if not is_on_site(url, self.site_root)]

    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind in ("error", "assert")]

    def csp_violations(self) -> list[str]:
        found = [text for _, text in self.console if "Content Security Policy" in text]
        try:
            found += self.page.evaluate("window.__cspViolations || []")
        except Exception:  # page closed or navigating: console messages still count
            pass
        return found

    def assert_no_offsite_requests(self):
        offsite = self.offsite_requests()
        assert not offsite, (
            f"the page made {len(offsite)} request(s) outside the site {self.site_root}: {offsite}"
        )

    def assert_clean(self):
        """No off-site request, failed request, error response, console error,
        page error, CSP violation or dialog."""
        self.assert_no_offsite_requests()
        problems = {
            "failed requests": self.failed_requests,
            "error responses": self.bad_responses,
            "console errors": self.console_errors(),
            "page errors": self.page_errors,
            "CSP violations": self.csp_violations(),
            "dialogs": self.dialogs,
        }
        problems = {name: found for name, found in problems.items() if found}
        assert not problems, f"page {self.page.url} had problems: {problems}"


def is_on_site(url: str, site_root: str) -> bool:
    """True if loading ``url`` stays within the site rooted at ``site_root``."""
    parts = urlsplit(url)
    root = urlsplit(site_root)
    if parts.scheme in ("data", "blob", "about"):
        return True  # never leaves the machine
    if parts.scheme != root.scheme:
        return False
    if parts.scheme == "file":
        return unquote(parts.path).startswith(unquote(root.path))
    return (parts.hostname, parts.port) == (root.hostname, root.port) and parts.path.startswith(
        root.path
    )


def file_url(path) -> str:
    """The file:// URL of a folder (ending in '/') or a file."""
    path = Path(path).resolve()
    url = path.as_uri()
    return url + "/" if path.is_dir() else url


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 if none)."""
    return page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth"
    )


def open_page(page, root, relative):
    """Open ``root + relative`` with a PageWatcher attached; over http the
    page must answer 200. Returns the watcher."""
    watcher = PageWatcher(page, root)
    response = page.goto(root + relative)
    if root.startswith("http"):
        assert response is not None and response.status == 200, f"{relative}: {response and response.status}"
    page.wait_for_load_state("networkidle")
    return watcher
