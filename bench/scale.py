"""How the build scales: generated corpora of 100 and 1,000 articles (10,000 with --big).

    PYTHONPATH=plugins .venv/bin/python bench/scale.py            # 100, 1000
    PYTHONPATH=plugins .venv/bin/python bench/scale.py --big      # + 10000
    ... --sizes 20 --no-peers                                     # a quick look

For each size N it generates the corpus (bench/make_corpus.py, seed 1, into
bench/out/corpus-N) and prints:

- the extraction pre-pass (decode, clean, describe, claims, record, HTML), in
  articles/s, serial and on all cores (CORPUS_WORKERS), no cache;
- compare.group_claims on the extracted records;
- a full cold build (`pelican`, empty extraction cache): wall time and the
  peak resident memory of the build (os.wait4's ru_maxrss: the largest of the
  build process and its worker processes);
- a rebuild after adding one new article (the cache kept): wall time and its
  share of the cold build;
- the largest files of the site, and the largest page and search file
  (what a browser may have to load: the data files are downloads);
- the search of the built site: its files' size per article (raw and
  gzipped, store included), and, in Debian's Chromium from file://, the
  time until search is ready and query-to-paint p50/p95 over a fixed list of
  queries (bench/search_bench.py's measures, on the site's own search.html);
- peers, on the same articles: a plain Pelican build of them as minimal
  Markdown files (title, date, the scrape's text as paragraphs; Pelican's
  default theme, no plugins), and the same with the pelican-lunr plugin
  (PyPI pelican-lunr 0.3.0, installed into the venv for this bench only).

Everything goes to bench/out/ (--out; scale.json holds all figures). Nothing
here asserts a time: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "bench"))

import make_corpus  # noqa: E402
from corpus import compare  # noqa: E402
from corpus.pipeline import Corpus, prepare  # noqa: E402

OUT = ROOT / "bench" / "out"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "PYTHONHASHSEED": "0"}
PELICAN = [sys.executable, "-m", "pelican"]


# --- measuring a child ---------------------------------------------------------

# The build runs under a small launcher process: on Linux a child's ru_maxrss
# starts from the memory of the process it was forked from, so a build forked
# straight from this (large) process would be charged with its size.
LAUNCHER = """
import json, os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[2:], stdout=open(sys.argv[1], "wb"), stderr=subprocess.STDOUT)
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps({"seconds": time.perf_counter() - started,
                  "status": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss}))
"""


def run_child(args, cwd=ROOT) -> dict:
    """Run a command; its wall time, exit status, peak RSS (MB) and output.

    Peak RSS is os.wait4's ru_maxrss: the largest resident size of the
    command's process or of any of its (waited-for) worker processes.
    """
    with tempfile.NamedTemporaryFile(suffix=".log") as log:
        done = subprocess.run([sys.executable, "-c", LAUNCHER, log.name, *args], cwd=cwd,
                              env=ENV, capture_output=True, text=True, check=True)
        figures = json.loads(done.stdout)
        text = Path(log.name).read_text(encoding="utf-8", errors="replace")
    return {"seconds": round(figures["seconds"], 2), "status": figures["status"],
            "peak_mb": round(figures["maxrss_kb"] / 1024, 1), "output": text}


def corpus_build(content: Path, output: Path, cache: Path | None, workers=None) -> dict:
    extra = [f"CORPUS_CACHE_PATH={json.dumps(str(cache)) if cache else 'null'}"]
    if workers:
        extra.append(f"CORPUS_WORKERS={int(workers)}")
    result = run_child([*PELICAN, str(content), "-o", str(output), "-s", "pelicanconf.py",
                        "-e", *extra])
    line = next((ln for ln in result["output"].splitlines() if "corpus: built" in ln), "")
    result["report"] = line.strip()
    return result


def largest_files(folder: Path, n=3) -> list[tuple[str, int]]:
    sizes = [(str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*") if p.is_file()]
    return sorted(sizes, key=lambda s: -s[1])[:n]


def largest_loaded(folder: Path) -> dict:
    """The largest page and the largest search file: what a browser loads."""
    pages = [(str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*.html")]
    search = [(str(p.relative_to(folder)), p.stat().st_size) for p in (folder / "search").glob("*.js")]
    return {"page": max(pages, key=lambda s: s[1], default=None),
            "search_file": max(search, key=lambda s: s[1], default=None)}


# Queries on the generated corpus (bench/make_corpus.py's words): a noun, a
# place with and without its accent, a surname, a number with its noun, two
# words, required and excluded, a prefix, a misspelling, a field, nothing.
QUERIES = ["troops", "Caracas", "Bogotá", "bogota", "Petrov", "100 troops", "tonnes cargo",
           "border talks", "+troops -Moscow", "arriv*", "goverment~1", "title:talks",
           "Defence Minister", "announced", "zzzznotfound"]


SEARCH_LOADS = 5  # page loads timed for 'ready'


def search_figures(site: Path, n: int, browser: bool) -> dict:
    """The built site's search: size per article and, in Chromium, ready and
    query-to-paint (search_bench's measures)."""
    from corpus import search_index

    texts = list(search_index.read_files(site / "search").values())
    raw = sum(len(t.encode("utf-8")) for t in texts)
    gz = sum(search_index.gzip_size(t) for t in texts)
    figures = {"files": len(texts), "bytes_per_article": round(raw / n),
               "gzip_per_article": round(gz / n)}
    print(f"  search files                  {len(texts)} file(s), {raw / n:,.0f} bytes per article, "
          f"{gz / n:,.0f} gzipped (store included)", flush=True)
    if browser:
        import search_bench

        timing = search_bench.browser_figures(site, QUERIES, repeat=2, loads=SEARCH_LOADS)
        figures.update({k: round(timing[k], 1) for k in (
            "ready_median", "painted_p50", "painted_p95", "handled_p50", "handled_p95",
            "floor_p50", "floor_p95")})
        print(f"  search ready from file://     {timing['ready_median']:8.0f} ms (median of {SEARCH_LOADS} loads)\n"
              f"  query-to-paint                p50 {timing['painted_p50']:.1f} ms, "
              f"p95 {timing['painted_p95']:.1f} ms over {timing['queries']} queries "
              f"(search + render p95 {timing['handled_p95']:.1f} ms; a trivial change of the page: "
              f"p95 {timing['floor_p95']:.1f} ms)", flush=True)
    return figures


# --- peers -----------------------------------------------------------------------

PLAIN_CONF = """
SITENAME = "plain"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
PATH = {path!r}
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = []
STATIC_PATHS = []
SLUGIFY_SOURCE = "basename"
ARTICLE_URL = ARTICLE_SAVE_AS = "articles/{{slug}}.html"
DEFAULT_PAGINATION = False
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
LOAD_CONTENT_CACHE = False
CACHE_CONTENT = False
PLUGINS = {plugins!r}
LUNR_INDEX_FILE = "search/lunr_index.js"
"""

TOP_CHROME = {line for outlet in make_corpus.OUTLETS for line in make_corpus.chrome_top(outlet)}


def to_markdown(raw: Path, target: Path) -> None:
    """A minimal Markdown article of a scrape: its headline, its date, its text."""
    import re

    lines = raw.read_text(encoding="utf-8").split("\n")
    title = next(ln for ln in lines if ln.strip() and ln not in TOP_CHROME)
    found = re.search(r"(January|February|March|April|May|June|July|August|September|"
                      r"October|November|December) (\d{1,2}), (\d{4})", "\n".join(lines[:12]))
    date = "2019-01-01"
    if found:
        month = ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"].index(found.group(1)) + 1
        date = f"{found.group(3)}-{month:02d}-{int(found.group(2)):02d}"
    body = "\n\n".join(ln.strip() for ln in lines if ln.strip())
    target.write_text(f"Title: {title}\nDate: {date}\nTags: news\n\n{body}\n", encoding="utf-8")


def peer_builds(raw_dir: Path, work: Path) -> dict:
    content = work / "plain-content"
    (content / "articles").mkdir(parents=True)
    for raw in sorted(raw_dir.glob("*.txt")):
        to_markdown(raw, content / "articles" / (raw.stem + ".md"))
    results = {}
    variants = {"plain": []}
    if importlib.util.find_spec("pelican.plugins.pelican_lunr"):
        variants["pelican-lunr"] = ["pelican.plugins.pelican_lunr"]
    else:
        results["pelican-lunr"] = {"error": "pelican-lunr is not installed: "
                                   ".venv/bin/pip install --no-deps pelican-lunr==0.3.0"}
    for name, plugins in variants.items():
        conf = work / f"{name}conf.py"
        conf.write_text(PLAIN_CONF.format(path=str(content), plugins=plugins), encoding="utf-8")
        output = work / f"out-{name}"
        result = run_child([*PELICAN, str(content), "-o", str(output), "-s", str(conf)])
        result["largest"] = largest_files(output) if output.exists() else []
        results[name] = result
    return results


# --- one size ---------------------------------------------------------------------

def extraction_rate(content: Path, workers: int, limit: int | None = None) -> dict:
    corpus = Corpus(curator_dir=content / "curator", root=content)
    paths = sorted(str(p.resolve()) for p in (content / "raw").glob("*.txt"))
    if limit:
        paths = paths[:limit]
    corpus.load(paths)
    corpus.line_counts
    started = time.perf_counter()
    prepared = prepare(corpus, workers=workers, cache=None)
    seconds = time.perf_counter() - started
    records = [r["record"] for r in prepared.values() if r["status"] == "ok"]
    return {"articles": len(paths), "seconds": round(seconds, 2),
            "per_second": round(len(paths) / seconds, 1), "records": records}


def measure(n: int, args) -> dict:
    content = args.out / f"corpus-{n}"
    make_corpus.generate(n, args.seed, content)
    workers = os.cpu_count() or 1
    figures = {"articles": n, "bytes": sum(p.stat().st_size for p in (content / "raw").glob("*.txt"))}
    print(f"\n== {n} articles ({figures['bytes'] / 1e6:.1f} MB of scrapes)", flush=True)

    serial_limit = args.serial_limit if n > args.serial_limit else None
    serial = extraction_rate(content, 1, serial_limit)
    parallel = extraction_rate(content, workers)
    records = parallel.pop("records")
    serial.pop("records")
    figures["extract_serial"] = serial
    figures["extract_parallel"] = {**parallel, "workers": workers}
    claims = sum(len(r["claims"]) for r in records)
    print(f"  extract pre-pass, serial      {serial['per_second']:8.1f} articles/s"
          f"{f' (first {serial_limit})' if serial_limit else ''}")
    print(f"  extract pre-pass, {workers} workers   {parallel['per_second']:8.1f} articles/s "
          f"({parallel['seconds']} s; {claims} claims)", flush=True)

    started = time.perf_counter()
    groups = compare.group_claims(records)
    figures["group_claims"] = {"claims": claims, "groups": len(groups),
                               "seconds": round(time.perf_counter() - started, 2)}
    print(f"  group_claims                  {figures['group_claims']['seconds']:8.2f} s "
          f"({len(groups)} groups)", flush=True)
    del records, groups

    with tempfile.TemporaryDirectory(prefix=f"scale-{n}-") as tmp:
        work = Path(tmp)
        site = work / "content"
        shutil.copytree(content, site)
        cache = work / "cache"
        cold = corpus_build(site, work / "out", cache)
        figures["cold_build"] = {k: cold[k] for k in ("seconds", "status", "peak_mb", "report")}
        figures["largest_files"] = largest_files(work / "out")
        figures["largest_loaded"] = largest_loaded(work / "out")
        print(f"  cold build                    {cold['seconds']:8.2f} s  peak {cold['peak_mb']} MB  "
              f"[{cold['report'] or 'status ' + str(cold['status'])}]", flush=True)
        if cold["status"] != 0:
            print(cold["output"][-3000:])
        else:
            figures["search"] = search_figures(work / "out", n, not args.no_browser)
        name, text = make_corpus.scrape(args.seed, n, [])
        (site / "raw" / name).write_bytes(text.encode("utf-8"))
        again = corpus_build(site, work / "out", cache)
        figures["rebuild_one_new"] = {k: again[k] for k in ("seconds", "status", "peak_mb", "report")}
        share = again["seconds"] / cold["seconds"]
        figures["rebuild_one_new"]["share_of_cold"] = round(share, 3)
        print(f"  rebuild, one article added    {again['seconds']:8.2f} s  ({share:.0%} of cold)  "
              f"[{again['report']}]", flush=True)
        for path, size in figures["largest_files"]:
            print(f"  largest file                  {size / 1e6:8.2f} MB  {path}")
        for what, found in figures["largest_loaded"].items():
            if found:
                print(f"  largest {what.replace('_', ' '):21} {found[1] / 1e6:8.2f} MB  {found[0]}")
        if not args.no_peers:
            peers = peer_builds(content / "raw", work)
            figures["peers"] = {}
            for peer, result in peers.items():
                if "error" in result:
                    print(f"  {peer:29} {result['error']}")
                    figures["peers"][peer] = result
                    continue
                ratio = cold["seconds"] / result["seconds"]
                figures["peers"][peer] = {k: result[k] for k in ("seconds", "status", "peak_mb", "largest")}
                figures["peers"][peer]["ours_over_peer"] = round(ratio, 2)
                print(f"  peer: {peer:23} {result['seconds']:8.2f} s  peak {result['peak_mb']} MB  "
                      f"(ours / peer = {ratio:.2f}x){'' if result['status'] == 0 else ' FAILED'}",
                      flush=True)
                if result["status"] != 0:
                    print(result["output"][-2000:])
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--big", action="store_true", help="also 10,000 articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-peers", action="store_true", help="skip the plain and pelican-lunr builds")
    parser.add_argument("--serial-limit", type=int, default=1000,
                        help="measure serial extraction on at most this many articles")
    parser.add_argument("--no-browser", action="store_true", help="skip the search figures in Chromium")
    parser.add_argument("--out", type=Path, default=OUT, help="where the corpora go")
    parser.add_argument("--json", type=Path, default=None, help="default: OUT/scale.json")
    args = parser.parse_args(argv)
    sizes = list(args.sizes) + ([10000] if args.big and 10000 not in args.sizes else [])
    args.out.mkdir(parents=True, exist_ok=True)
    args.json = args.json or args.out / "scale.json"
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(),
               "platform": platform.platform()}
    try:
        pages = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        machine["memory_gb"] = round(pages / 2**30, 1)
    except (ValueError, OSError):
        pass
    print(f"machine: {machine}")
    results = {"machine": machine, "sizes": {}}
    for n in sizes:
        results["sizes"][str(n)] = measure(n, args)
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
